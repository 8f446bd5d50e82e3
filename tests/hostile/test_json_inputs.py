"""Hostile JSON: 100k-deep nesting, files over the size limit, wrong format or version, and a
wrong JSON type at every place of a real file, through the loaders and the CLI.

Every one is a FormatError with a message in Bahasa Indonesia naming the place; the CLI
exits 2 with "galat: ..." and writes nothing; `sopstudio library add` leaves the library
exactly as it was (compared as an SQL dump).
"""

from __future__ import annotations

import copy
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sopstudio.cli import main as cli_main
from sopstudio.model import decree_json, jsonio
from sopstudio.model.errors import FormatError
from sopstudio.model.store import Library
from sopstudio.resources import SAMPLES

SOP_FILE = SAMPLES / "sops" / "02-penanganan-surat-masuk.sop.json"
DECREE_FILE = SAMPLES / "kepgub-267-2024-biro-organisasi.decree.json"
DEPTH = 100_000
#: One value of every JSON type, to put where another type belongs.
OTHER_VALUES: tuple[Any, ...] = (None, True, 7, -1, 2.5, "teks", [], [1, "a"], {}, {"x": 1})

LOADERS = {
    "sop": (jsonio.loads, jsonio.load, "x.sop.json"),
    "decree": (decree_json.loads, decree_json.load, "x.decree.json"),
}


def nested(depth: int, kind: str) -> str:
    if kind == "list":
        return "[" * depth + "]" * depth
    return '{"a":' * depth + "1" + "}" * depth


def deep_documents(kind: str) -> Iterator[tuple[str, str]]:
    """Deeply nested JSON: bare, and inside an otherwise valid document."""
    yield "list", nested(DEPTH, "list")
    yield "object", nested(DEPTH, "object")
    real = json.loads((SOP_FILE if kind == "sop" else DECREE_FILE).read_text(encoding="utf-8"))
    text = json.dumps({**real, "title": "@@"}).replace('"@@"', nested(DEPTH, "list"))
    yield "in-a-field", text


def assert_clear(error: FormatError) -> None:
    """An Indonesian message, not a Python repr or an English parser message alone."""
    message = str(error)
    assert message and "Traceback" not in message
    assert not message.startswith(("Expecting", "maximum recursion", "'")), message


@pytest.mark.parametrize("kind", LOADERS)
def test_deep_nesting_is_a_format_error(kind, tmp_path):
    loads, load, name = LOADERS[kind]
    for label, text in deep_documents(kind):
        with pytest.raises(FormatError) as raised:
            loads(text)
        assert_clear(raised.value)
        path = tmp_path / f"{label}-{name}"
        path.write_text(text)
        with pytest.raises(FormatError):
            load(path)


@pytest.mark.parametrize("kind", LOADERS)
def test_files_over_the_limit_are_refused_before_reading(kind, tmp_path):
    loads, load, name = LOADERS[kind]
    limit = jsonio.MAX_BYTES if kind == "sop" else decree_json.MAX_BYTES
    path = tmp_path / name
    with open(path, "wb") as handle:  # sparse: 2 GB on disk costs nothing
        handle.truncate(2 * 1024**3)
    started = time.monotonic()
    with pytest.raises(FormatError) as raised:
        load(path)
    assert time.monotonic() - started < 1.0  # refused by its size, not read
    assert "terlalu besar" in str(raised.value) and str(path) in str(raised.value)
    with pytest.raises(FormatError, match="terlalu besar"):
        loads(b" " * (limit + 1))


VERSIONS = [
    ({"version": 99}, "versi"),
    ({"version": "1"}, "versi"),
    ({"version": -1}, "versi"),
    ({"version": None}, "versi"),
    ({"version": 1.0}, "versi"),
    ({"format": "sopstudio.package"}, "format"),
    ({"format": None}, "format"),
]


@pytest.mark.parametrize("kind", LOADERS)
@pytest.mark.parametrize("change,word", VERSIONS)
def test_wrong_version_or_format(kind, change, word):
    loads = LOADERS[kind][0]
    real = json.loads((SOP_FILE if kind == "sop" else DECREE_FILE).read_text(encoding="utf-8"))
    with pytest.raises(FormatError) as raised:
        loads(json.dumps({**real, **change}))
    assert word in str(raised.value), str(raised.value)
    # The other loader refuses this kind's file by its format.
    other = LOADERS["decree" if kind == "sop" else "sop"][0]
    with pytest.raises(FormatError, match="format|bukan berkas"):
        other(json.dumps(real))


def places(value: Any, path: tuple = ()) -> Iterator[tuple]:
    """The path of every value in a JSON tree (keys and list indexes)."""
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:3]):  # the first few items of long lists
            yield from places(item, (*path, index))


def replaced(data: Any, path: tuple, new: Any) -> Any:
    result = copy.deepcopy(data)
    target = result
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = new
    return result


@pytest.mark.parametrize("kind", LOADERS)
def test_wrong_types_everywhere(kind):
    """Each place of a real file given each other JSON type: loads or a located FormatError."""
    loads = LOADERS[kind][0]
    real = json.loads((SOP_FILE if kind == "sop" else DECREE_FILE).read_text(encoding="utf-8"))
    refused = 0
    for path in list(places(real))[1:]:
        if kind == "decree" and len(path) > 3 and path[:2] == ("lampiran", "sops") and path[2] > 0:
            continue  # the first SOP of the Lampiran stands for the others
        current = real
        for key in path:
            current = current[key]
        for new in OTHER_VALUES:
            if type(new) is type(current):
                continue
            try:
                loads(json.dumps(replaced(real, path, new)))
            except FormatError as error:
                assert_clear(error)
                refused += 1
    assert refused > 200


@pytest.fixture
def bad_files(tmp_path) -> dict[str, Path]:
    real = json.loads(SOP_FILE.read_text(encoding="utf-8"))
    files = {
        "deep": nested(DEPTH, "list"),
        "version": json.dumps({**real, "version": 99}),
        "types": json.dumps({**real, "steps": {"1": "bukan daftar"}}),
        "broken": SOP_FILE.read_text(encoding="utf-8")[:-40],
        "decree-as-sop": DECREE_FILE.read_text(encoding="utf-8"),
    }
    paths = {}
    for name, text in files.items():
        paths[name] = tmp_path / f"{name}.sop.json"
        paths[name].write_text(text, encoding="utf-8")
    huge = tmp_path / "huge.sop.json"
    with open(huge, "wb") as handle:
        handle.truncate(jsonio.MAX_BYTES + 1)
    paths["huge"] = huge
    return paths


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as raw:
        return list(raw.iterdump())


def test_cli_refuses_each_bad_file_with_exit_2(bad_files, tmp_path, capsys):
    for name, path in bad_files.items():
        capsys.readouterr()
        assert cli_main(["validate", str(path)]) == 2, name
        err = capsys.readouterr().err
        assert err.startswith("galat: ") and str(path) in err, err
        target = tmp_path / f"{name}.pdf"
        assert cli_main(["export", str(path), "-o", str(target)]) == 2, name
        assert capsys.readouterr().err.startswith("galat: ")
        assert not target.exists()
    decree = tmp_path / "rusak.decree.json"
    decree.write_text(nested(DEPTH, "object"))
    assert cli_main(["export", str(decree), "-o", str(tmp_path / "k.pdf")]) == 2
    assert "galat: " in capsys.readouterr().err
    assert not (tmp_path / "k.pdf").exists()


def test_library_add_of_bad_files_leaves_the_library_unchanged(bad_files, tmp_path, capsys):
    library = tmp_path / "pustaka.sqlite"
    with Library.open(library) as opened:
        sop = jsonio.load(SOP_FILE)
        opened.save_sop(sop, opened.ensure_unit(sop.unit_header))
    before = dump(library)
    for name, path in bad_files.items():
        capsys.readouterr()
        assert cli_main(["--library", str(library), "library", "add", str(path)]) == 2, name
        assert capsys.readouterr().err.startswith("galat ")
        assert dump(library) == before, name
    # A good file beside bad ones is still added; the bad ones change nothing.
    good = tmp_path / "baik.sop.json"
    other = jsonio.load(SAMPLES / "sops" / "03-penerbitan-nota-dinas.sop.json")
    jsonio.save(other, good)
    assert (
        cli_main(["--library", str(library), "library", "add", str(bad_files["deep"]), str(good)])
        == 2
    )
    with Library.open(library, create=False) as opened:
        assert sorted(s.id for s in opened.list_sops()) == sorted([sop.id, other.id])
    assert os.path.getsize(library) > 0
