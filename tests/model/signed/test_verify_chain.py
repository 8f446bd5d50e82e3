"""A signer certified by an intermediate CA (as BSrE's CA under Root CA Indonesia DS G1):
the user trusts the root only; the signature carries the intermediate."""

from __future__ import annotations

import pytest

from sopstudio.model.signed.verify import verify_signed_pdf
from tests.signing import make_crl, make_pki, sign_pdf


@pytest.fixture(scope="module")
def chain():
    return make_pki("Uji Root CA DS G1", intermediate=True)


def test_the_chain_through_the_intermediate_reaches_the_trusted_root(built, chain):
    signed = sign_pdf(built.pdf, chain, timestamp=True)
    result = verify_signed_pdf(signed, "ttd.pdf", [chain.root.asn1])
    assert result.valid, result.reasons()
    assert "sampai akar Uji Root CA DS G1" in result.signatures[0].trust_text


def test_revocation_data_for_every_link_of_the_chain_is_checked(built, chain):
    crls = [make_crl(chain, []), make_crl(chain, [], issuer=chain.ca)]
    signed = sign_pdf(built.pdf, chain, timestamp=True, crls=crls)
    result = verify_signed_pdf(signed, "ttd.pdf", [chain.root.asn1])
    assert result.valid, result.reasons()
    assert "2 CRL" in result.signatures[0].revocation_text


def test_a_signer_revoked_by_the_intermediate_is_refused(built, chain):
    from tests.signing import append_dss

    crls = [make_crl(chain, []), make_crl(chain, [chain.signer.cert], issuer=chain.ca)]
    signed = append_dss(sign_pdf(built.pdf, chain, timestamp=True), crls)
    result = verify_signed_pdf(signed, "ttd.pdf", [chain.root.asn1])
    assert not result.valid
    assert "DICABUT" in result.reasons()[0]
