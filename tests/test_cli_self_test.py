"""`sopstudio self-test`, offline by construction, the frozen-app resource paths, old Windows."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from sopstudio.cli import main
from sopstudio.resources import SAMPLES
from sopstudio.windows import MIN_BUILD, unsupported_windows_message

ROOT = Path(__file__).resolve().parent.parent
#: Exit status of a child process that tried to use the network.
NETWORK = 97
#: Runs `sopstudio` commands (one argv per line of stdin) in a process where any socket use
#: ends the process at once with NETWORK: an audit hook sees every socket Python creates,
#: connects, binds or resolves, whoever catches exceptions.
OFFLINE_CHILD = f"""
import os, shlex, sys
def refuse_network(event, args):
    if event.startswith(("socket.", "urllib.")):
        print("jaringan dipakai:", event, args, file=sys.stderr, flush=True)
        os._exit({NETWORK})
sys.addaudithook(refuse_network)
from sopstudio.cli import main
for line in sys.stdin.read().splitlines():
    status = main(shlex.split(line))
    if status:
        sys.exit(status)
"""


def run_offline(commands: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(cwd),
        "XDG_CACHE_HOME": str(cwd),
        "XDG_CONFIG_HOME": str(cwd),
    }
    return subprocess.run(
        [sys.executable, "-c", OFFLINE_CHILD],
        input="\n".join(commands),
        check=False,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


def test_self_test_and_exports_pass_without_opening_a_socket(tmp_path):
    sop = next((SAMPLES / "sops").glob("*.sop.json"))
    decree = next(SAMPLES.glob("*.decree.json"))
    result = run_offline(
        ["self-test"]
        + [
            f"export {shlex.quote(str(src))} -o {out}"
            for src, out in (
                (sop, "sop.pdf"),
                (sop, "sop.docx"),
                (decree, "kep.pdf"),
                (decree, "kep.docx"),
            )
        ],
        tmp_path,
    )
    assert result.returncode == 0, result.stderr + result.stdout
    lines = result.stdout.splitlines()
    checks = [line for line in lines if line.startswith(("OK ", "GAGAL "))]
    assert len(checks) == 12 and all(line.startswith("OK ") for line in checks), lines
    assert "Semua pemeriksaan lulus." in lines
    assert all(
        (tmp_path / name).stat().st_size > 1000
        for name in ("sop.pdf", "sop.docx", "kep.pdf", "kep.docx")
    )
    # The self-test wrote only in its own temporary folder.
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "kep.docx",
        "kep.pdf",
        "sop.docx",
        "sop.pdf",
    ]


def test_the_offline_harness_does_catch_a_socket(tmp_path):
    child = OFFLINE_CHILD.replace(
        "from sopstudio.cli import main",
        "import socket; socket.create_connection(('127.0.0.1', 9))",
    )
    result = subprocess.run(
        [sys.executable, "-c", child],
        input="",
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == NETWORK and "socket." in result.stderr


def test_native_code_opens_no_socket_either(require_tool, tmp_path):
    # Qt, SQLite and lrelease are native code the audit hook cannot see: trace the syscalls.
    strace = require_tool("strace")
    if subprocess.run(
        [strace, "-o", os.devnull, "true"], check=False, capture_output=True
    ).returncode:
        pytest.skip("strace cannot trace here (ptrace not permitted)")
    log = tmp_path / "strace.log"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(tmp_path)}
    trace = "trace=socket,connect,socketpair"
    result = subprocess.run(
        [strace, "-f", "-e", trace, "-o", str(log), sys.executable, "-m", "sopstudio", "self-test"],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    calls = [
        line
        for line in log.read_text().splitlines()
        if any(f"{name}(" in line for name in ("socket", "connect", "socketpair"))
    ]
    assert calls == []


def test_a_broken_installation_fails_with_its_reason(qapp, tmp_path, monkeypatch, capsys):
    # An installation whose samples folder is empty: the library opens empty, and the checks
    # that need samples say so; the others still pass.
    from sopstudio.ui import app, selftest

    monkeypatch.setattr(app, "SAMPLES", tmp_path)
    monkeypatch.setattr(selftest, "SAMPLES", tmp_path)
    assert main(["self-test"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[3] == (
        "GAGAL Pustaka contoh: berisi 0 SOP dan 0 keputusan, contoh yang "
        "dibawa 0 SOP dan 0 keputusan"
    )
    assert lines[4].startswith("GAGAL Tata letak: pustaka contoh tidak terbuka")
    assert [line.split(":")[0] for line in lines if line.startswith("OK ")] == [
        "OK Skema berkas SOP",
        "OK Gaya instansi",
        "OK Migrasi basis data",
        "OK Fon",
        "OK Ikon",
        "OK Terjemahan",
    ]
    assert lines[-1] == "6 pemeriksaan GAGAL."


def test_frozen_app_finds_resources_in_its_bundle_folder(tmp_path):
    code = (
        "import sys; sys.frozen = True; sys._MEIPASS = sys.argv[1]\n"
        "from sopstudio.resources import FONTS, SAMPLES\nprint(FONTS); print(SAMPLES)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
    )
    assert result.stdout.split() == [
        str(tmp_path / "resources" / "fonts"),
        str(tmp_path / "resources" / "samples"),
    ]


@pytest.mark.parametrize(
    ("major", "build", "supported"),
    [
        (6, 9600, False),  # Windows 8.1
        (10, 17134, False),  # Windows 10 1803
        (10, MIN_BUILD, True),  # Windows 10 1809
        (10, 22631, True),  # Windows 11 reports major 10
    ],
)
def test_windows_older_than_1809_is_refused_in_indonesian(major, build, supported):
    message = unsupported_windows_message(major, build)
    assert (message is None) == supported
    if message:
        assert "Windows 10 versi 1809" in message and str(build) in message
