#!/usr/bin/env bash
# Every check CI runs, in one command: ruff, mypy, then the test suite (in parallel, with
# pytest-xdist). Lint and type errors are reported as they are found but fail the run only at
# the end, so the tests still run and one pass shows everything that is wrong.
#
#   bash scripts/check.sh                 # everything
#   bash scripts/check.sh tests/sandbox   # ruff + mypy, then only these tests (pytest arguments)
#   bash scripts/check.sh -n 0            # tests in one process (the last -n wins)
set -uo pipefail
cd "$(dirname "$0")/.."

failed=()
echo "== ruff check ."
python -m ruff check . || failed+=("ruff")
echo "== mypy (config in pyproject.toml)"
python -m mypy || failed+=("mypy")

echo "== pytest"
# loadgroup: tests marked with one xdist_group (a shared server or database, see
# tests/conftest.py) run on one worker; the rest are spread over all workers.
python -m pytest -q -n auto --dist loadgroup "$@"
tests=$?

if [ "${#failed[@]}" -gt 0 ]; then
  echo "FAILED: ${failed[*]} (pytest exit status $tests)" >&2
  exit 1
fi
exit "$tests"
