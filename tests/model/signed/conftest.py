"""Fixtures for signed-PDF tests: a test PKI, and a library holding a real sample decree
from which a signature package was built (so its revisions are Diajukan)."""

from __future__ import annotations

import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from sopstudio.export.package import build_package
from sopstudio.model import decree_json
from sopstudio.model.decree import Decree
from sopstudio.model.package import DECREE_DOCUMENT, decree_title
from sopstudio.model.store import Library
from tests.hostile.packages import CREATED
from tests.signing import Pki, make_pki

SAMPLE = (
    Path(__file__).resolve().parents[3] / "resources/samples/kepgub-324-2024-biro-pbj.decree.json"
)


def enact(library: Library, decree: Decree) -> Decree:
    """Save a decree's SOPs (in their units) and the decree into `library`, as the editor
    does; the stored decree."""
    for sop in decree.lampiran.sops:
        unit = library.ensure_unit(sop.unit_header) if sop.unit_header else None
        library.save_sop(sop, unit)
    library.save_document(
        DECREE_DOCUMENT, decree.id, decree_json.decree_to_dict(decree), decree_title(decree)
    )
    return decree_json.decree_from_dict(library.load_document(DECREE_DOCUMENT, decree.id))


@dataclass(frozen=True)
class Built:
    """A library with a decree and the package built from it."""

    library: Path
    package: Path
    decree: Decree
    pdf: bytes

    def open_copy(self, tmp_path: Path) -> Library:
        """A library of its own for one test."""
        target = tmp_path / "pustaka.sqlite"
        shutil.copyfile(self.library, target)
        return Library.open(target, create=False)


@pytest.fixture(scope="session")
def pki() -> Pki:
    return make_pki()


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Built:
    """The sample decree of Biro PBJ (3 SOPs) saved in a library and packaged from it."""
    folder = tmp_path_factory.mktemp("terbit")
    path = folder / "pustaka.sqlite"
    with Library.open(path) as library:
        decree = enact(library, decree_json.load(SAMPLE))
        package = build_package(decree, folder / "paket.zip", created=CREATED, library=library)
    with zipfile.ZipFile(package.path) as archive:
        pdf = archive.read("keputusan.pdf")
    return Built(path, package.path, decree, pdf)
