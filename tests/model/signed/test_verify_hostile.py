"""Damaged or hostile signed PDFs get a reason, never a traceback, and never pass as valid
unless the damage is inside the signature's own unsigned placeholder."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sopstudio.model.signed.verify import verify_signed_pdf
from tests.signing import make_pki, sign_pdf

PKI = make_pki()
#: A small signed PDF (the sample decree is signed in the other tests; this one is fast).
BASE = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
)


def _small_pdf() -> bytes:
    offsets, body = [], BASE
    for number in (1, 2, 3):
        offsets.append(body.index(f"{number} 0 obj".encode()))
    xref = len(body)
    table = b"xref\n0 4\n0000000000 65535 f \n" + b"".join(
        f"{o:010d} 00000 n \n".encode() for o in offsets
    )
    return body + table + f"trailer<</Size 4/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n".encode()


SIGNED = sign_pdf(_small_pdf(), PKI)
TRUSTED = [PKI.root.asn1]
#: The signature value's placeholder: the only bytes a signature does not cover.
_RANGE = [int(v) for v in re.search(rb"/ByteRange\s*\[\s*(\d+) (\d+) (\d+) (\d+)", SIGNED).groups()]
HOLE = range(_RANGE[1], _RANGE[2])


def test_the_small_signed_pdf_is_valid():
    assert verify_signed_pdf(SIGNED, "ttd.pdf", TRUSTED).valid


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(SIGNED) - 1), st.integers(1, 255))
def test_a_changed_byte_is_refused_with_a_reason(at, flip):
    data = bytearray(SIGNED)
    data[at] ^= flip
    result = verify_signed_pdf(bytes(data), "ttd.pdf", TRUSTED)
    if result.valid:
        # Only the signature placeholder is outside the signed bytes: its zero padding, and
        # the certificates the signature carries unsigned (a damaged spare one is ignored).
        assert at in HOLE
    else:
        assert result.reasons() and all(isinstance(r, str) and r for r in result.reasons())


@settings(max_examples=30, deadline=None)
@given(st.integers(0, len(SIGNED)))
def test_a_truncated_file_is_refused(length):
    result = verify_signed_pdf(SIGNED[:length], "ttd.pdf", TRUSTED)
    assert not result.valid or length == len(SIGNED)


def test_files_that_are_no_signed_pdf_say_so():
    assert verify_signed_pdf(b"PK\x03\x04", "x.zip", TRUSTED).problem == "berkas ini bukan PDF"
    unsigned = verify_signed_pdf(_small_pdf(), "x.pdf", TRUSTED)
    assert unsigned.problem == "PDF ini tidak memuat tanda tangan elektronik"
    assert "TIDAK SAH" in unsigned.lines()[-1]
