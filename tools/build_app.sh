#!/bin/sh
# Build the frozen SOP Studio app (PyInstaller, one folder) into dist/sopstudio and run its
# self-test. Needs the developer set-up first (`sh tools/setup.sh run` or `test`); installs
# the `[build]` extra (PyInstaller) into .venv when missing.
#
#   sh tools/build_app.sh       then: dist/sopstudio/sopstudio (editor),
#                                     dist/sopstudio/sopstudio-cli self-test
#
# PYTHON=/path/to/python picks the interpreter that has SOP Studio installed (default .venv).
set -eu

cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}

if ! "$PYTHON" -c 'import PyInstaller' 2>/dev/null; then
    echo "== pip install -e '.[build]'"
    "$PYTHON" -m pip install -q --disable-pip-version-check -e '.[build]'
fi
start=$(date +%s)
echo "== pyinstaller packaging/sopstudio.spec"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/sopstudio.spec
echo "== dibangun dalam $(($(date +%s) - start)) detik: dist/sopstudio ($(du -sh dist/sopstudio | cut -f1))"
echo "== dist/sopstudio/sopstudio-cli self-test"
exec dist/sopstudio/sopstudio-cli self-test
