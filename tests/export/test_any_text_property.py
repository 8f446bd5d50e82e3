"""Any legal text in any field exports to PDF and DOCX and round-trips through JSON and the
library (issue 12). Legal text is whatever `legal_text.clean` makes of any string: controls,
surrogates, bidi and zero-width characters, emoji, scripts the fonts lack, long tokens."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sopstudio.export.docx import write_decree_docx, write_sop_docx
from sopstudio.export.pdf import write_decree_pdf, write_sop_pdf
from sopstudio.model import decree_json, jsonio
from sopstudio.model.legal_text import clean, is_legal
from sopstudio.model.sop import LIST_FIELDS, Approver, Sop
from sopstudio.model.store import Library
from tests.hostile.packages import sample_decree
from tests.strategies import sops

CREATED = datetime(2024, 9, 17, tzinfo=UTC)
#: Characters worth drawing often: controls, separators, bidi, zero-width, a surrogate,
#: emoji, CJK, combining marks, XML's awkward ones.
_NASTY = (
    "\x00\x07\x0b\x0c\x1b\x7f\x85\x9b\t\r\n\u2028\u202e\u2066\u200b\ufeff\ud800\udfff"
    "\U0001f600\u4e2d\u0301&<>\"'\ufffe"
)
_CHARS = st.one_of(st.characters(), st.sampled_from(_NASTY))
#: Legal text: any string cleaned, now and then an unbroken token of up to 2,000 characters.
LEGAL = st.one_of(
    st.text(_CHARS, max_size=40),
    st.tuples(st.sampled_from("xW\u4e2d/"), st.integers(200, 2000)).map(lambda t: t[0] * t[1]),
).map(clean)


@st.composite
def legal_sops(draw: st.DrawFn) -> Sop:
    """A valid small SOP with legal text in every text field (ids stay as generated)."""
    sop = draw(sops(max_steps=5, max_lanes=3))
    texts = {
        name: draw(LEGAL)
        for name in ("judul", "nomor", "tanggal_pembuatan", "tanggal_revisi", "tanggal_efektif")
    }
    lists = {name: draw(st.lists(LEGAL, max_size=3)) for name in (*LIST_FIELDS, "unit_header")}
    approver = Approver(*(draw(LEGAL) for _ in range(4)))
    steps = [
        replace(
            s,
            text=draw(LEGAL),
            kelengkapan=draw(LEGAL),
            waktu=draw(LEGAL),
            output=draw(LEGAL),
            keterangan=draw(LEGAL),
        )
        for s in sop.steps
    ]
    actors = [replace(a, name=draw(LEGAL)) for a in sop.actors]
    return replace(sop, approver=approver, steps=steps, actors=actors, **texts, **lists)


_SETTINGS = settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@_SETTINGS
@given(st.text(_CHARS))
def test_legal_text_is_what_clean_gives(text):
    assert is_legal(clean(text))


@_SETTINGS
@given(legal_sops())
def test_any_legal_sop_exports_and_round_trips(sop):
    assert jsonio.loads(jsonio.dumps(sop)) == sop
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        assert write_sop_pdf(sop, out / "sop.pdf", creation_date=CREATED) >= 2
        write_sop_docx(sop, out / "sop.docx", creation_date=CREATED)
        with Library.open(out / "pustaka.sqlite") as library:
            library.save_sop(sop)
            assert library.load_sop(sop.id) == replace(
                sop, revision=library.load_sop(sop.id).revision
            )


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(legal_sops(), st.lists(LEGAL, min_size=9, max_size=9))
def test_any_legal_decree_exports_and_round_trips(sop, texts):
    decree = sample_decree([sop])
    (
        decree.nomor,
        decree.tentang,
        decree.region,
        decree.tempat_ditetapkan,
        decree.signer.nama,
        decree.signer.jabatan,
        menimbang,
        mengingat,
        tembusan,
    ) = texts
    decree.menimbang, decree.mengingat, decree.tembusan = [menimbang], [mengingat], [tembusan]
    assert decree_json.loads(decree_json.dumps(decree)) == decree
    with tempfile.TemporaryDirectory() as folder:
        write_decree_pdf(decree, Path(folder) / "k.pdf", creation_date=CREATED)
        write_decree_docx(decree, Path(folder) / "k.docx", creation_date=CREATED)
