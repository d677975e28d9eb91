"""collectstatic for production: skip the npm packages' source files that no page uses."""
from django.contrib.staticfiles.apps import StaticFilesConfig as DjangoStaticFilesConfig


class StaticFilesConfig(DjangoStaticFilesConfig):
    # background-image-icon.css points at an icon the tokens package does not ship, which stops
    # the manifest storage; the others are sources and type files for bundlers.
    ignore_patterns = [
        *DjangoStaticFilesConfig.ignore_patterns,
        "*.scss", "*.less", "*.d.ts", "*.cjs", "*.mjs", "background-image-icon.css",
    ]
