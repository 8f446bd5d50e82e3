"""Fuzzing the loaders and importers with damaged real inputs (hypothesis, derandomized).

The sample *.sop.json and *.decree.json, a seed decree excerpt and our own DOCX of a sample
are damaged byte- and structure-wise; `jsonio.loads`, `decree_json.loads` and
`importers.import_bytes` either succeed or raise their own error (FormatError,
ImportFailed), nothing else. Signature packages are fuzzed the same way in
tests/hostile/test_package_fuzz.py.
"""

from __future__ import annotations

import contextlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sopstudio.export.docx import write_sop_docx
from sopstudio.model import decree_json, jsonio
from sopstudio.model.errors import FormatError
from sopstudio.model.importers import ImportFailed, import_bytes
from sopstudio.resources import SAMPLES
from tests.examples import examples
from tests.fuzz.mutations import byte_edits, mutate_bytes, mutated_json

FUZZ = settings(
    max_examples=examples(1500),
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)
SOP_FILES = sorted((SAMPLES / "sops").glob("*.sop.json"))
DECREE_FILES = sorted(SAMPLES.glob("*.decree.json"))
SEED_EXCERPT = Path(__file__).with_name("seed_excerpt.txt").read_bytes()
SOP_TEXTS = [p.read_bytes() for p in SOP_FILES]
DECREE_TEXTS = [p.read_bytes() for p in DECREE_FILES]


def _loads_or_format_error(loads, data) -> None:
    with contextlib.suppress(FormatError):
        loads(data)


def _imports_or_fails(data: bytes, name: str) -> None:
    with contextlib.suppress(ImportFailed):
        import_bytes(data, name)


@FUZZ
@given(source=st.sampled_from(SOP_TEXTS), edits=byte_edits)
def test_sop_json_bytes(source, edits):
    _loads_or_format_error(jsonio.loads, mutate_bytes(source, edits))


@FUZZ
@given(data=st.data(), index=st.integers(0, len(SOP_TEXTS) - 1))
def test_sop_json_structure(data, index):
    text = data.draw(mutated_json(json.loads(SOP_TEXTS[index])))
    _loads_or_format_error(jsonio.loads, text)


@settings(FUZZ, max_examples=examples(500))
@given(source=st.sampled_from(DECREE_TEXTS), edits=byte_edits)
def test_decree_json_bytes(source, edits):
    _loads_or_format_error(decree_json.loads, mutate_bytes(source, edits))


@settings(FUZZ, max_examples=examples(500))
@given(data=st.data(), index=st.integers(0, len(DECREE_TEXTS) - 1))
def test_decree_json_structure(data, index):
    text = data.draw(mutated_json(json.loads(DECREE_TEXTS[index])))
    _loads_or_format_error(decree_json.loads, text)


@settings(FUZZ, max_examples=examples(800))
@given(edits=byte_edits)
def test_seed_text_bytes(edits):
    _imports_or_fails(mutate_bytes(SEED_EXCERPT, edits), "seed.txt")


@pytest.fixture(scope="module")
def own_docx(tmp_path_factory) -> bytes:
    """Our own DOCX of a sample SOP."""
    path = tmp_path_factory.mktemp("docx") / "contoh.docx"
    write_sop_docx(jsonio.load(SOP_FILES[1]), path)
    return path.read_bytes()


@settings(FUZZ, max_examples=examples(600))
@given(edits=byte_edits)
def test_docx_bytes(own_docx, edits):
    _imports_or_fails(mutate_bytes(own_docx, edits), "rusak.docx")


@settings(FUZZ, max_examples=examples(600))
@given(
    edits=byte_edits,
    part=st.sampled_from(
        ["word/document.xml", "[Content_Types].xml", "word/_rels/document.xml.rels"]
    ),
)
def test_docx_parts(own_docx, edits, part):
    """A damaged XML part inside an intact zip (what byte flips of the zip rarely reach)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(own_docx)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            content = source.read(info)
            target.writestr(
                info.filename, mutate_bytes(content, edits) if info.filename == part else content
            )
    _imports_or_fails(out.getvalue(), "rusak.docx")


@pytest.fixture(scope="module")
def printed_pdf() -> bytes:
    """A PDF LibreOffice printed from a Word file (a committed import fixture)."""
    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "pdf"
    return (fixtures / "sample-02-penanganan-surat-masuk.pdf").read_bytes()


@settings(FUZZ, max_examples=150)
@given(edits=byte_edits)
def test_pdf_bytes(printed_pdf, edits):
    _imports_or_fails(mutate_bytes(printed_pdf, edits), "rusak.pdf")
