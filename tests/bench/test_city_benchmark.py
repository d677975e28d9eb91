"""The city benchmark runs end to end: a tiny city, served by gunicorn, every page answered without error.

A smoke test of the instrument, not a speed test: it asserts no timings.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="bench/city.py makes its own PostgreSQL database on 127.0.0.1:5432; CI runs this on PostgreSQL",
)


def test_city_benchmark_reports_every_page_without_errors(tmp_path):
    """--quick with 50 households: every page at 1 and 2 users, zero errors, a positive rate, queries counted."""
    out = tmp_path / "city.json"
    run = subprocess.run(
        [sys.executable, "bench/city.py", "--quick", "--scale", "50", "--duration", "1", "--users", "1,2",
         "--json", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    report = json.loads(out.read_text())
    rows = report["rows"]
    assert {(r["page"], r["users"]) for r in rows} == {
        (page, users) for page in ["floor", "werkvoorraad", "person", "household", "gesprek", "plan", "search name",
                                   "search birth date", "search postcode", "search bsn"] for users in (1, 2)}
    for row in rows:
        assert row["errors"] == 0, row
        assert row["requests"] > 0 and row["rps"] > 0, row
        assert isinstance(row["queries"], int), row
    assert report["load"]["rows"] > 0
    assert "Dropped" in run.stdout  # the database is gone again
