"""Every ``SITREP_*`` setting can come from the environment, typed like its default."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from .conftest import TESTS

READ_SETTINGS = """
import json, os
os.environ["SCRAPY_SETTINGS_MODULE"] = "crawler.settings"
from scrapy.utils.project import get_project_settings
settings = get_project_settings()
names = ["SITREP_REVISIT_LATEST", "SITREP_STORE_HTML", "SITREP_AUTO_MIGRATE",
         "SITREP_STORE_BATCH_SECONDS", "SITREP_SPILL_DIR", "SITREP_DRIFT_DIR", "SITREP_SINCE"]
print(json.dumps({name: settings.get(name) for name in names}))
"""


def _settings_with(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
    return subprocess.run(
        [sys.executable, "-c", READ_SETTINGS],
        capture_output=True,
        text=True,
        env={**clean, **env},
        cwd=TESTS.parent,
        timeout=60,
    )


def test_environment_variables_set_typed_settings() -> None:
    completed = _settings_with(
        SITREP_REVISIT_LATEST="2",
        SITREP_STORE_HTML="0",
        SITREP_AUTO_MIGRATE="no",
        SITREP_STORE_BATCH_SECONDS="0.5",
        SITREP_SPILL_DIR="/var/tmp/sitrep",
        SITREP_SINCE="2024-04-01",
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert json.loads(completed.stdout) == {
        "SITREP_REVISIT_LATEST": 2,
        "SITREP_STORE_HTML": False,
        "SITREP_AUTO_MIGRATE": False,
        "SITREP_STORE_BATCH_SECONDS": 0.5,
        "SITREP_SPILL_DIR": "/var/tmp/sitrep",
        "SITREP_DRIFT_DIR": "drift",  # unset: the default
        "SITREP_SINCE": "2024-04-01",
    }


def test_a_malformed_number_names_the_variable() -> None:
    completed = _settings_with(SITREP_MAX_REPORTS_PER_SOURCE="lots")
    assert completed.returncode != 0
    assert "SITREP_MAX_REPORTS_PER_SOURCE='lots': expected an integer" in completed.stderr
