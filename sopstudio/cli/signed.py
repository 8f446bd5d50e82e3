"""`sopstudio signed`: verify signed PDFs offline, attach them to the library, and manage the
certificates trusted for that.

    sopstudio signed verify SIGNED.pdf [--trust CERT.pem ...] [--package PAKET.zip]
    sopstudio --library L signed import SIGNED.pdf [--trust CERT.pem ...] [--package PAKET.zip]
    sopstudio --library L signed trust add CERT.pem ... | list | remove SHA256

Exit status: 0 valid (and, with --package or for import, made from our package); 1 refused,
with the reason; 2 unreadable input.
"""

from __future__ import annotations

import argparse
import datetime

from sopstudio.cli.inputs import open_library
from sopstudio.cli.terminal import safe
from sopstudio.model.errors import SopStudioError
from sopstudio.model.signed.attach import (
    SignedError,
    attach_signed,
    check_signed,
    read_signed,
    read_submission,
    trusted_certificates,
)
from sopstudio.model.signed.certs import describe, read_certificates
from sopstudio.model.signed.verify import verify_signed_pdf
from sopstudio.model.store import Library, NotFoundError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `signed` subcommand and its actions."""
    parser = subparsers.add_parser(
        "signed",
        help="PDF bertanda tangan elektronik: periksa, lampirkan, sertifikat tepercaya",
        description=(
            "Memeriksa tanda tangan elektronik (TTE) PDF tanpa jaringan, melampirkan PDF "
            "bertanda tangan ke keputusan dan SOP di pustaka, dan mengelola sertifikat "
            "tepercaya."
        ),
    )
    actions = parser.add_subparsers(dest="action", metavar="AKSI", required=True)
    verify = actions.add_parser("verify", help="periksa tanda tangan sebuah PDF")
    _signed_arguments(verify)
    verify.set_defaults(func=_verify)
    attach = actions.add_parser(
        "import", help="periksa lalu lampirkan PDF bertanda tangan ke pustaka (Disahkan)"
    )
    _signed_arguments(attach)
    attach.add_argument(
        "--today", type=datetime.date.fromisoformat, metavar="YYYY-MM-DD", help=argparse.SUPPRESS
    )
    attach.set_defaults(func=_import)
    trust = actions.add_parser("trust", help="sertifikat akar/perantara tepercaya di pustaka")
    trust_actions = trust.add_subparsers(dest="trust_action", metavar="AKSI", required=True)
    add = trust_actions.add_parser("add", help="percayai sertifikat dari berkas PEM/DER")
    add.add_argument("files", nargs="+", metavar="SERTIFIKAT")
    add.set_defaults(func=_trust_add)
    listing = trust_actions.add_parser("list", help="daftar sertifikat tepercaya dan sidik jarinya")
    listing.set_defaults(func=_trust_list)
    remove = trust_actions.add_parser("remove", help="hapus sertifikat dari daftar tepercaya")
    remove.add_argument("fingerprint", metavar="SHA256", help="sidik jari SHA-256 atau awalannya")
    remove.set_defaults(func=_trust_remove)


def _signed_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("pdf", metavar="PDF", help="PDF bertanda tangan")
    parser.add_argument(
        "--trust",
        nargs="+",
        action="extend",
        default=[],
        metavar="SERTIFIKAT",
        help="sertifikat akar/perantara tepercaya (PEM atau DER)",
    )
    parser.add_argument("--package", metavar="PAKET", help="paket tanda tangan (.zip) asal PDF ini")


def _verify(args: argparse.Namespace) -> int:
    data = read_signed(args.pdf)
    library = _open_existing(args.library)
    try:
        trusted = trusted_certificates(library, args.trust)
    finally:
        if library is not None:
            library.close()
    package = read_submission(args.package) if args.package else None
    check = check_signed(data, args.pdf, trusted, package)
    print("\n".join(map(safe, check.lines())))
    if not check.ok:
        print(safe(f"Hasil: DITOLAK: {check.refusal}"))
        return 1
    print("Hasil: SAH dan cocok dengan paket" if package else "Hasil: SAH")
    return 0


def _import(args: argparse.Namespace) -> int:
    data = read_signed(args.pdf)
    package = read_submission(args.package) if args.package else None
    today = args.today or datetime.date.today()
    with open_library(args.library, create=False) as library:
        trusted = trusted_certificates(library, args.trust)
        try:
            result = attach_signed(library, data, args.pdf, trusted, today, package)
        except SignedError as exc:
            print("\n".join(map(safe, verify_signed_pdf(data, args.pdf, trusted).lines())))
            print(safe(f"Hasil: {exc}"))
            return 1
    print("\n".join(map(safe, result.lines())))
    return 0


def _trust_add(args: argparse.Namespace) -> int:
    certs = [cert for name in args.files for cert in read_certificates(name)]
    with open_library(args.library) as library:
        for cert in certs:
            info = describe(cert)
            added = library.lifecycle.trust(info.sha256, info.subject, info.der)
            print("Dipercayai:" if added else "Sudah tepercaya:")
            print("\n".join(safe(f"  {line}") for line in info.lines()))
    print("Bandingkan sidik jari di atas dengan yang diumumkan penerbitnya (mis. BSrE/BSSN).")
    return 0


def _trust_list(args: argparse.Namespace) -> int:
    with open_library(args.library, create=False) as library:
        certs = trusted_certificates(library)
    if not certs:
        print("Belum ada sertifikat tepercaya.")
    for cert in certs:
        print("\n".join(map(safe, describe(cert).lines())))
    return 0


def _trust_remove(args: argparse.Namespace) -> int:
    wanted = args.fingerprint.replace(":", "").lower()
    with open_library(args.library, create=False) as library:
        matches = [
            info
            for info in map(describe, trusted_certificates(library))
            if info.sha256.startswith(wanted)
        ]
        if len(matches) != 1:
            problem = "tidak ditemukan" if not matches else "ambigu"
            raise SopStudioError(f"sertifikat {args.fingerprint!r} {problem}")
        library.lifecycle.distrust(matches[0].sha256)
    print(safe(f"Tidak lagi dipercayai: {matches[0].subject}"))
    return 0


def _open_existing(location: str | None) -> Library | None:
    """The library when it exists (its trusted certificates count), else None."""
    try:
        return open_library(location, create=False)
    except NotFoundError:
        return None
