"""A test PKI made in process: root CA, signer, timestamp authority and CRLs (cryptography's
x509 builders), and PAdES signing with pyHanko (its DummyTimeStamper as TSA). No network."""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass

from asn1crypto import crl as asn1_crl
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

NOW = datetime.datetime.now(datetime.UTC)


@dataclass(frozen=True)
class Party:
    """A certificate with its private key."""

    cert: x509.Certificate
    key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey

    @property
    def asn1(self) -> asn1_x509.Certificate:
        return asn1_x509.Certificate.load(self.cert.public_bytes(serialization.Encoding.DER))

    @property
    def asn1_key(self) -> asn1_keys.PrivateKeyInfo:
        return asn1_keys.PrivateKeyInfo.load(
            self.key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )

    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)


@dataclass(frozen=True)
class Pki:
    """A root CA with a signer and a timestamp authority it issued (the signer through an
    intermediate CA when there is one, as BSrE's CA sits under Root CA Indonesia DS G1)."""

    root: Party
    signer: Party
    tsa: Party
    ca: Party | None = None


def _name(common: str, serial: str = "") -> x509.Name:
    attrs = [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Uji SOP Studio"),
        x509.NameAttribute(NameOID.COMMON_NAME, common),
    ]
    if serial:
        attrs.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, serial))
    return x509.Name(attrs)


def _issue(subject: x509.Name, key, issuer: Party | None, *, ca=False, tsa=False) -> Party:
    own = ec.generate_private_key(ec.SECP256R1()) if key is None else key
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject if issuer is None else issuer.cert.subject)
        .public_key(own.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - datetime.timedelta(days=30))
        .not_valid_after(NOW + datetime.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(own.public_key()), False)
    )
    if issuer is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()), False
        )
    usage = dict.fromkeys(
        (
            "digital_signature",
            "content_commitment",
            "key_encipherment",
            "data_encipherment",
            "key_agreement",
            "key_cert_sign",
            "crl_sign",
            "encipher_only",
            "decipher_only",
        ),
        False,
    )
    if ca:
        usage.update(key_cert_sign=True, crl_sign=True)
    else:
        usage.update(digital_signature=True, content_commitment=not tsa)
    builder = builder.add_extension(x509.KeyUsage(**usage), critical=True)
    if issuer is not None:  # as BSrE certificates do: where the issuer's CRL is published
        builder = builder.add_extension(
            x509.CRLDistributionPoints(
                [
                    x509.DistributionPoint(
                        [x509.UniformResourceIdentifier("http://crl.invalid/root.crl")],
                        None,
                        None,
                        None,
                    )
                ]
            ),
            critical=False,
        )
    if tsa:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True
        )
    signing_key = own if issuer is None else issuer.key
    return Party(builder.sign(signing_key, hashes.SHA256()), own)


def make_pki(
    root_name: str = "Uji Root CA",
    signer: str = "Budi Santoso, S.H.",
    nip: str = "197103291999031002",
    intermediate: bool = False,
) -> Pki:
    """A fresh root CA, a signer (name and NIP in the subject) and a TSA; with
    `intermediate`, the signer's certificate comes from a CA under the root."""
    root = _issue(_name(root_name), None, None, ca=True)
    ca = _issue(_name("Uji BSrE CA"), None, root, ca=True) if intermediate else None
    return Pki(
        root=root,
        signer=_issue(_name(signer, nip), None, ca or root),
        # pyHanko's DummyTimeStamper signs with RSA only.
        tsa=_issue(_name("Uji TSA"), rsa.generate_private_key(65537, 2048), root, tsa=True),
        ca=ca,
    )


def make_crl(
    pki: Pki,
    revoked: list[x509.Certificate],
    revoked_at: datetime.datetime | None = None,
    issuer: Party | None = None,
) -> asn1_crl.CertificateList:
    """A CRL of `issuer` (the root CA by default) listing `revoked` (revoked an hour ago
    unless said otherwise)."""
    issuer = issuer or pki.root
    when = revoked_at or NOW - datetime.timedelta(hours=1)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(issuer.cert.subject)
        .last_update(NOW - datetime.timedelta(hours=2))
        .next_update(NOW + datetime.timedelta(days=7))
        .add_extension(x509.CRLNumber(1), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()), False
        )
    )
    for cert in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(cert.serial_number)
            .revocation_date(when)
            .build()
        )
    crl = builder.sign(issuer.key, hashes.SHA256())
    return asn1_crl.CertificateList.load(crl.public_bytes(serialization.Encoding.DER))


def sign_pdf(
    data: bytes,
    pki: Pki,
    *,
    timestamp: bool = False,
    crls: list[asn1_crl.CertificateList] | None = None,
) -> bytes:
    """`data` signed (PAdES) by the signer as an incremental update; with `crls`, the
    revocation data is embedded at signing (the signer must not be revoked)."""
    signer = signers.SimpleSigner(
        signing_cert=pki.signer.asn1,
        signing_key=pki.signer.asn1_key,
        cert_registry=SimpleCertificateStore.from_certs(
            [pki.root.asn1, *([pki.ca.asn1] if pki.ca else [])]
        ),
    )
    meta = signers.PdfSignatureMetadata(
        field_name="TTE",
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        embed_validation_info=crls is not None,
        validation_context=ValidationContext(
            trust_roots=[pki.root.asn1],
            crls=crls or [],
            allow_fetching=False,
            revocation_mode="hard-fail",
        )
        if crls is not None
        else None,
    )
    stamper = (
        DummyTimeStamper(
            tsa_cert=pki.tsa.asn1,
            tsa_key=pki.tsa.asn1_key,
            certs_to_embed=SimpleCertificateStore.from_certs([pki.root.asn1]),
        )
        if timestamp
        else None
    )
    out = io.BytesIO()
    signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(data)),
        meta,
        signer=signer,
        timestamper=stamper,
        output=out,
    )
    return out.getvalue()


def append_dss(signed: bytes, crls: list[asn1_crl.CertificateList]) -> bytes:
    """`signed` with a document security store holding `crls` appended (no validation, so a
    CRL that revokes the signer can be embedded)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(signed))
    contents = reader.embedded_signatures[0].pkcs7_content
    out = io.BytesIO(signed)
    out.seek(0, io.SEEK_END)
    DocumentSecurityStore.add_dss(out, contents, crls=crls)
    return out.getvalue()
