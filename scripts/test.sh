#!/usr/bin/env bash
# Install the test needs and run the whole suite (the README's test command).
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install -q -r requirements-dev.txt
python -m pytest -q "$@"
