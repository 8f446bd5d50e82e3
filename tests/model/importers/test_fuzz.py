"""Fuzzing: any text and any damaged DOCX either imports or raises ImportFailed, nothing else."""

from __future__ import annotations

import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sopstudio.model.importers import ImportFailed, import_bytes, import_text
from tests.examples import examples
from tests.model.importers import officedocx as office
from tests.model.importers.test_docx import FIELDS, LANES, LISTS, STEPS

FUZZ = settings(
    max_examples=examples(120),
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

#: Fragments that steer the reader into its states: labels, headers, marks, HTML.
TOKENS = st.sampled_from(
    [
        "No",
        "No.",
        "Tahap Kegiatan",
        "Uraian Prosedur",
        "Pelaksana",
        "Mutu Baku",
        "Kelengkapan",
        "Waktu",
        "Output",
        "Keterangan",
        "Nomor SOP",
        "Judul SOP",
        "Disahkan oleh",
        "Dasar Hukum",
        "Peralatan/Perlengkapan",
        "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR",
        "BIRO ORGANISASI",
        "Mulai",
        "Selesai",
        "Ya",
        "Tidak",
        "1",
        "2.",
        "1.'2.",
        "5 menit",
        "1`5 Menit",
        "Kabag",
        "apabila tidak setuju dikembalikan kepada Kabag",
        "lanjut ke langkah 9",
        "Apakah sah?",
        "<ol>1. a2. b</ol>",
        "<table><tr><td>Nomor SOP</td><td>1</td></tr></table>",
        "<p>",
        "\t",
        "\n",
        "\t\t",
        "NIP. 19750308 199903 1 004",
        "a. jika",
        "b. jika",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(TOKENS, st.text(max_size=12)), max_size=120).map("".join),
)


def _office_bytes() -> bytes:
    document = office.new_document()
    office.identity(document, FIELDS, LISTS)
    office.flowchart(document, LANES, STEPS, repeat_every=3)
    return office.to_bytes(document)


OFFICE = _office_bytes()


def _import_or_fail(call) -> None:
    try:
        result = call()
    except ImportFailed as exc:
        assert str(exc)  # a message for the user
        return
    for item in result.sops:
        ids = {s.id for s in item.sop.steps}
        assert all(t in ids for s in item.sop.steps for _p, t in s.links())


@FUZZ
@given(TEXTS)
def test_any_text_imports_or_fails_cleanly(text: str) -> None:
    _import_or_fail(lambda: import_text(text))


@FUZZ
@given(st.integers(min_value=0, max_value=len(OFFICE) - 1))
def test_truncated_docx_fails_cleanly(cut: int) -> None:
    _import_or_fail(lambda: import_bytes(OFFICE[:cut], "x.docx"))


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(OFFICE) - 1), st.integers(0, 255)), max_size=8))
def test_corrupted_docx_bytes_fail_cleanly(flips: list[tuple[int, int]]) -> None:
    data = bytearray(OFFICE)
    for position, value in flips:
        data[position] = value
    _import_or_fail(lambda: import_bytes(bytes(data), "x.docx"))


def _with_document_xml(xml: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(OFFICE))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = xml if info.filename == "word/document.xml" else source.read(info)
            target.writestr(info.filename, data)
    return buffer.getvalue()


DOCUMENT_XML = zipfile.ZipFile(io.BytesIO(OFFICE)).read("word/document.xml")


@FUZZ
@given(st.integers(0, len(DOCUMENT_XML)), st.binary(max_size=64))
def test_broken_document_xml_fails_cleanly(cut: int, junk: bytes) -> None:
    _import_or_fail(lambda: import_bytes(_with_document_xml(DOCUMENT_XML[:cut] + junk), "x.docx"))


@FUZZ
@given(
    st.sampled_from(
        [
            b'<!DOCTYPE x [<!ENTITY e SYSTEM "http://example.invalid/x">]>',
            b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
            b"<!doctype html>",
            b'<!ENTITY % p SYSTEM "file:///etc/passwd">',
        ]
    )
)
def test_entity_payloads_are_refused(declaration: bytes) -> None:
    head = DOCUMENT_XML.index(b"?>") + 2 if b"?>" in DOCUMENT_XML[:200] else 0
    xml = DOCUMENT_XML[:head] + declaration + DOCUMENT_XML[head:]
    try:
        import_bytes(_with_document_xml(xml), "x.docx")
    except ImportFailed as exc:
        assert "DOCTYPE" in str(exc) or "XML" in str(exc)
    else:
        raise AssertionError("a DOCTYPE/ENTITY declaration was accepted")
