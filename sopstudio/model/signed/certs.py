"""Certificates the user trusts: read from PEM or DER files, named by SHA-256 fingerprint.

Nothing is fetched: the user compares the fingerprints shown with the ones the issuer
publishes (for Indonesia, Root CA Indonesia DS G1 and the BSrE CA of BSSN).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import pem, x509

from sopstudio.model.errors import SopStudioError

#: A certificate file larger than this is not a certificate.
MAX_CERT_FILE_BYTES = 1024 * 1024


class CertificateError(SopStudioError):
    """A file that holds no readable X.509 certificate."""


def display_name(name: x509.Name) -> str:
    """A certificate name as people say it: its common name, else the whole name."""
    return str(name.native.get("common_name") or name.human_friendly)


@dataclass(frozen=True)
class CertificateInfo:
    """What the user compares before trusting a certificate."""

    sha256: str
    name: str
    subject: str
    issuer: str
    not_before: str
    not_after: str
    is_ca: bool
    der: bytes

    @property
    def fingerprint(self) -> str:
        """The SHA-256 fingerprint as issuers print it ("AB:CD:...")."""
        return ":".join(self.sha256[i : i + 2] for i in range(0, 64, 2)).upper()

    def lines(self) -> list[str]:
        """A description for the user."""
        kind = "CA" if self.is_ca else "bukan CA"
        return [
            f"Subjek  : {self.subject}",
            f"Penerbit: {self.issuer}",
            f"Berlaku : {self.not_before} s.d. {self.not_after} ({kind})",
            f"SHA-256 : {self.fingerprint}",
        ]


def describe(cert: x509.Certificate) -> CertificateInfo:
    """The fingerprint, names and validity of a certificate."""
    der = cert.dump()
    validity = cert["tbs_certificate"]["validity"]
    return CertificateInfo(
        sha256=hashlib.sha256(der).hexdigest(),
        name=display_name(cert.subject),
        subject=cert.subject.human_friendly,
        issuer=cert.issuer.human_friendly,
        not_before=validity["not_before"].native.date().isoformat(),
        not_after=validity["not_after"].native.date().isoformat(),
        is_ca=bool(cert.ca),
        der=der,
    )


def parse_certificates(data: bytes, label: str) -> list[x509.Certificate]:
    """Every certificate in PEM (one or more blocks) or DER bytes; CertificateError if none."""
    try:
        if pem.detect(data):
            ders = [
                der
                for kind, _headers, der in pem.unarmor(data, multiple=True)
                if kind == "CERTIFICATE"
            ]
        else:
            ders = [data]
        certs = [x509.Certificate.load(der) for der in ders]
        for cert in certs:
            _ = cert.native  # parse everything now: a broken certificate fails here
    except (ValueError, TypeError, KeyError) as exc:
        raise CertificateError(
            f"{label}: bukan sertifikat X.509 (PEM atau DER) yang dapat dibaca"
        ) from exc
    if not certs:
        raise CertificateError(f"{label}: tidak memuat sertifikat (blok CERTIFICATE)")
    return certs


def read_certificates(path: str | os.PathLike[str]) -> list[x509.Certificate]:
    """The certificates in a PEM or DER file."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_CERT_FILE_BYTES + 1)
    except OSError as exc:
        raise CertificateError(f"{path.name}: tidak dapat dibaca ({exc.strerror})") from exc
    if len(data) > MAX_CERT_FILE_BYTES:
        raise CertificateError(f"{path.name}: terlalu besar untuk sebuah sertifikat")
    return parse_certificates(data, path.name)
