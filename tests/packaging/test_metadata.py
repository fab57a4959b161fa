"""What pip and PyPI show of lamina: the wheel's metadata (license, URLs, classifiers, the README as
its description), and the README's two commands for a fresh machine that .ci/run runs verbatim."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def test_the_readme_keeps_the_test_command_that_ci_runs() -> None:
    ci = (REPO / ".ci" / "run").read_text()
    command = ci.split("# The README's test command, verbatim:\n", 1)[1].strip()
    readme = (REPO / "README.md").read_text()
    assert f"```bash\n{command}\n```" in readme
    assert ("```bash\npython3 -m venv .venv && .venv/bin/pip install -q -e . && cd examples/machups && "
            "rm -rf prisma/migrations prisma/dev.db && ../../.venv/bin/lamina migrate dev --name init && "
            "cat prisma/migrations/*_init/migration.sql\n```") in readme


@pytest.mark.slow
def test_the_wheel_carries_license_urls_and_the_readme(tmp_path: Path) -> None:
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(REPO)],
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = tmp_path.glob("lamina-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        info = next(name for name in archive.namelist() if name.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(archive.read(info).decode())
        license_text = archive.read(info.replace("METADATA", "licenses/LICENSE")).decode()
    assert metadata["License-Expression"] == "MIT"
    assert metadata.get_all("License-File") == ["LICENSE"]
    assert license_text == (REPO / "LICENSE").read_text() and "lamina contributors" in license_text
    assert metadata.get_all("Project-URL")
    assert "Topic :: Database" in metadata.get_all("Classifier")
    assert metadata["Description-Content-Type"] == "text/markdown"
    assert metadata.get_payload() == (REPO / "README.md").read_text()
