"""Mutated real packages: reading, verifying and planning an import only ever report
problems or raise PackageError, and never change the library."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sopstudio.model.package import PackageError, plan_import, verify_package
from sopstudio.model.store import Library
from tests.examples import examples
from tests.hostile.packages import build, library_dump, sample_decree, sample_sops

FUZZ = settings(
    max_examples=examples(300),
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def genuine(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("asli") / "paket.zip"
    build(sample_decree(sample_sops(1)), path)
    return path.read_bytes()


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    with Library.open(tmp_path_factory.mktemp("pustaka") / "b.sqlite") as library:
        yield library


def mutations(size: int) -> st.SearchStrategy:
    """Byte flips, truncations and splices at any place of a file of `size` bytes."""
    flip = st.tuples(st.just("flip"), st.integers(0, size - 1), st.integers(1, 255))
    cut = st.tuples(st.just("cut"), st.integers(0, size - 1), st.just(0))
    splice = st.tuples(st.just("splice"), st.integers(0, size - 1), st.integers(1, 64))
    return st.lists(st.one_of(flip, cut, splice), min_size=1, max_size=4)


def mutate(data: bytes, steps) -> bytes:
    out = bytearray(data)
    for kind, at, value in steps:
        at = min(at, max(len(out) - 1, 0))
        if kind == "flip" and out:
            out[at] ^= value
        elif kind == "cut":
            del out[at:]
        else:
            out[at:at] = out[max(0, at - value) : at]  # repeat the preceding bytes
    return bytes(out)


def test_mutated_packages_fail_only_with_package_errors(genuine, library, tmp_path_factory):
    folder = tmp_path_factory.mktemp("mutasi")
    before = library_dump(library)

    @FUZZ
    @given(mutations(len(genuine)))
    def check(steps):
        path = Path(folder) / "paket.zip"
        path.write_bytes(mutate(genuine, steps))
        with contextlib.suppress(PackageError):
            verify_package(path)
        with contextlib.suppress(PackageError):
            plan_import(path, library)

    check()
    assert library_dump(library) == before


def test_mutated_contents_behind_a_valid_manifest(genuine, library, tmp_path_factory):
    """The decree data or the manifest mutated, with the manifest's hashes made to match:
    past verification, the readers still fail only with PackageError."""
    with zipfile.ZipFile(io.BytesIO(genuine)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    folder = tmp_path_factory.mktemp("isi")
    before = library_dump(library)

    @FUZZ
    @given(st.sampled_from(["data/keputusan.decree.json", "manifest.json"]), st.data())
    def check(target, data):
        files = dict(members)
        files[target] = mutate(files[target], data.draw(mutations(len(files[target]))))
        if target != "manifest.json":
            manifest = json.loads(files["manifest.json"])
            for item in manifest["files"]:
                if item["path"] == target:
                    item["sha256"] = hashlib.sha256(files[target]).hexdigest()
                    item["size"] = len(files[target])
            files["manifest.json"] = json.dumps(manifest).encode()
        path = Path(folder) / "paket.zip"
        with zipfile.ZipFile(path, "w") as archive:
            for name, content in files.items():
                archive.writestr(name, content)
        try:
            verify_package(path)
            plan_import(path, library)
        except PackageError:
            pass

    check()
    assert library_dump(library) == before
