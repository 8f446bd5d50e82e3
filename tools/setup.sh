#!/bin/sh
# Set up SOP Studio on a fresh Debian/Ubuntu machine that has Python 3.11+ and apt.
#
#   sh tools/setup.sh run    system libraries Qt needs, .venv, `pip install -e .`,
#                            then open the app on the bundled sample library
#   sh tools/setup.sh test   the same plus the tools the tests use (poppler, LibreOffice,
#                            Xvfb, fonts, PostgreSQL), `pip install -e '.[test]'`, then the
#                            whole test suite; the exit status is pytest's
#   sh tools/setup.sh lint   .venv and `pip install -e '.[test]'` as for `test`, then the
#                            checks CI runs before the suite: `ruff check .` (lint rules in
#                            pyproject.toml), `ruff format --check .` and `mypy` (the packages
#                            it lists); fails on a finding
#
# Safe to run again: installed packages and an existing .venv are reused. Runs apt-get through
# sudo when not root. PYTHON=/path/to/python3.x picks the interpreter for the new .venv.
set -eu

usage() {
    echo "pemakaian: sh tools/setup.sh run|test|lint" >&2
    exit 2
}

[ $# -ge 1 ] || usage
MODE=$1
shift
case "$MODE" in
    run | test | lint) ;;
    *) usage ;;
esac

cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=.venv

say() {
    printf '== %s\n' "$*"
}

# Libraries the PySide6 wheels load at run time (xcb platform plugin, EGL/GL, fonts, D-Bus).
# Each word may list alternatives separated by '|': the first one apt knows is installed
# (names differ between Debian 12, Debian 13 and Ubuntu after the 64-bit time_t rename).
QT_PACKAGES="libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libdbus-1-3
    libglib2.0-0t64|libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb1
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0
    libxcb-xinerama0 libxcb-xkb1 libxrender1 libsm6 libice6"
# Tools the tests drive: pdftoppm/pdftotext, LibreOffice (DOCX -> PDF), Xvfb, fonts that
# LibreOffice substitutes for Arial/Bookman, a PostgreSQL server for the store tests, strace
# (the self-test opens no socket, native code included).
TEST_PACKAGES="poppler-utils libreoffice-writer-nogui|libreoffice-writer xvfb xauth
    fonts-liberation2|fonts-liberation fonts-dejavu-core postgresql strace"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "perlu hak root untuk memasang paket sistem (sudo tidak ada): $*" >&2
        exit 1
    fi
}

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

known() {
    apt-cache policy "$1" 2>/dev/null | grep -q 'Candidate: [^(]'
}

# Install the packages not yet present; `apt-get update` runs at most once, and only if needed.
install_system_packages() {
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "apt-get tidak ada: pasang sendiri paket sistem yang setara dengan: $*" >&2
        return 0
    fi
    missing=""
    for group in "$@"; do
        done_group=no
        for name in $(echo "$group" | tr '|' ' '); do
            if installed "$name"; then done_group=yes; break; fi
        done
        [ "$done_group" = yes ] || missing="$missing $group"
    done
    [ -n "$missing" ] || return 0
    say "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    wanted=""
    for group in $missing; do
        choice=""
        for name in $(echo "$group" | tr '|' ' '); do
            if known "$name"; then choice=$name; break; fi
        done
        [ -n "$choice" ] || { echo "paket tidak tersedia di apt: $group" >&2; exit 1; }
        wanted="$wanted $choice"
    done
    say "apt-get install$wanted"
    # shellcheck disable=SC2086  # word splitting is intended: one argument per package
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $wanted
}

check_python() {
    if ! command -v "$PYTHON" >/dev/null 2>&1; then
        echo "Python tidak ditemukan: $PYTHON (perlu Python 3.11 atau lebih baru)" >&2
        exit 1
    fi
    if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
        echo "perlu Python 3.11 atau lebih baru; $PYTHON adalah $("$PYTHON" -V 2>&1)" >&2
        exit 1
    fi
}

make_venv() {
    if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -m pip --version >/dev/null 2>&1; then
        return 0
    fi
    rm -rf "$VENV"
    say "membuat $VENV dengan $("$PYTHON" -V 2>&1)"
    "$PYTHON" -m venv "$VENV"
}

packages="$QT_PACKAGES"
[ "$MODE" = test ] && packages="$packages $TEST_PACKAGES"
check_python
# Debian's own Python needs python3-venv for `python -m venv` to bring pip along.
"$PYTHON" -c 'import ensurepip' 2>/dev/null || packages="$packages python3-venv"
# shellcheck disable=SC2086
install_system_packages $packages
make_venv

if [ "$MODE" = run ]; then
    say "pip install -e ."
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e .
    say "membuka SOP Studio dengan pustaka contoh"
    exec "$VENV/bin/sopstudio" --sample "$@"
fi

say "pip install -e '.[test]'"
"$VENV/bin/python" -m pip install -q --disable-pip-version-check -e '.[test]'
if [ "$MODE" = lint ]; then
    say "ruff check ."
    "$VENV/bin/ruff" check .
    say "ruff format --check ."
    "$VENV/bin/ruff" format --check .
    say "mypy"
    exec "$VENV/bin/mypy"
fi
say "menjalankan tes (CI=${CI:-})"
set +e
"$VENV/bin/python" -m pytest -n auto "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
    echo "pytest tidak menjalankan satu tes pun: dianggap gagal" >&2
    exit 1
fi
exit "$status"
