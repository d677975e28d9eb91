"""The README's configuration table lists every environment variable the settings read."""
import re

from django.conf import settings

READ = re.compile(r"\benv(?:_[a-z]+)?\(\s*[\"']([A-Z][A-Z0-9_]*)[\"']")
ROW = re.compile(r"^\|\s*`([A-Z][A-Z0-9_]*)`\s*\|", re.MULTILINE)


def _read_by_settings():
    names = set()
    for module in (settings.BASE_DIR / "leefwereld" / "conf").glob("*.py"):
        names |= set(READ.findall(module.read_text()))
        names |= set(re.findall(r"os\.environ(?:\.get)?[\(\[]\s*[\"']([A-Z][A-Z0-9_]*)", module.read_text()))
    return names


def _configuration_table():
    readme = (settings.BASE_DIR / "README.md").read_text()
    section = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    return set(ROW.findall(section))


def test_every_variable_the_settings_read_is_in_the_readme():
    read = _read_by_settings()
    assert {"SECRET_KEY", "DATABASE_URL", "TRUSTED_PROXIES", "SECURE_COOKIES"} <= read  # the parser works
    missing = read - _configuration_table()
    assert not missing, f"add these to the README's configuration table: {sorted(missing)}"


def test_the_readme_lists_no_variable_that_nothing_reads():
    stale = _configuration_table() - _read_by_settings() - {"DJANGO_SETTINGS_MODULE"}
    assert not stale, f"the README's configuration table names variables nothing reads: {sorted(stale)}"


def test_every_row_has_a_meaning_a_default_and_an_example():
    readme = (settings.BASE_DIR / "README.md").read_text()
    section = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if ROW.match(line)]
    assert rows
    for line in rows:
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        assert len(cells) == 4 and all(cells), line
