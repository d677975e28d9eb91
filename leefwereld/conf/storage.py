"""Static files with hashed names, compressed with gzip only.

WeasyPrint (decision letters) brings brotli along through fonttools; whitenoise would then brotli-compress
every font and style sheet at collectstatic, which takes minutes for no gain a proxy cannot give.
"""
from whitenoise.compress import Compressor
from whitenoise.storage import CompressedManifestStaticFilesStorage


class GzipManifestStaticFilesStorage(CompressedManifestStaticFilesStorage):
    def create_compressor(self, **kwargs):
        return Compressor(**{**kwargs, "use_brotli": False})
