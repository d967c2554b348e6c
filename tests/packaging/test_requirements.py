"""requirements.txt (what Streamlit Community Cloud installs) and pyproject.toml say the same."""
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _requirements() -> list[str]:
    lines = (ROOT / "requirements.txt").read_text().splitlines()
    reqs = [re.sub(r"\s+#.*$", "", line).strip() for line in lines]
    return sorted(r.replace(" ", "") for r in reqs if r and not r.startswith(("#", "-")))


def test_requirements_match_pyproject_dependencies():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert sorted(d.replace(" ", "") for d in project["dependencies"]) == _requirements()


def test_console_script_points_at_the_cli():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["scripts"]["naturalcad"] == "naturalcad.__main__:main"
