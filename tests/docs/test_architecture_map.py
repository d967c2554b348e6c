"""docs/architecture.md is the map for the next engineer: every module it names must exist."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAP = ROOT / "docs" / "architecture.md"
TRACKED_DIRS = ("naturalcad", "pages", "tests", "benchmarks", "scripts", "supabase", "examples")


def _named_files() -> set[str]:
    return set(re.findall(r"`([\w./-]+\.(?:py|sql|toml|sh))`", MAP.read_text()))


def _exists(name: str) -> bool:
    if "/" in name:
        return any((base / name).exists() for base in (ROOT, ROOT / "naturalcad"))
    return (ROOT / name).exists() or any(
        any((ROOT / d).rglob(name)) for d in TRACKED_DIRS if (ROOT / d).is_dir()
    )


def test_the_map_names_modules():
    assert len(_named_files()) >= 20


def test_every_module_the_map_names_exists():
    missing = sorted(n for n in _named_files() if not _exists(n))
    assert missing == [], f"docs/architecture.md names files that do not exist: {missing}"
