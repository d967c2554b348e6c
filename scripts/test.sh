#!/usr/bin/env bash
# Install the test needs, then run ruff, mypy and the whole suite (the README's test command;
# .ci/run calls it). The checks themselves live in scripts/check.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install -q -r requirements-dev.txt
exec bash scripts/check.sh "$@"
