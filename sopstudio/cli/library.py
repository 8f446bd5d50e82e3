"""`sopstudio library`: add `*.sop.json` files to the library, list, search and export SOPs,
check the library for damage and recover what is readable into a new file.

The library is `--library PATH` (a SQLite file or a database URL) or, without it, the
default library in the user data folder. `check` exits 1 when it finds damage; `recover`
exits 1 when some revision could not be read back intact.
"""

from __future__ import annotations

import argparse
import datetime
import sys

from sopstudio.cli.inputs import find_sop_id, open_library
from sopstudio.cli.terminal import safe
from sopstudio.model import jsonio
from sopstudio.model.errors import FormatError, SopStudioError
from sopstudio.model.lifecycle import parse_status
from sopstudio.model.package import DECREE_DOCUMENT
from sopstudio.model.signed.attach import bring_into_force
from sopstudio.model.store import NotFoundError, SopSummary, StaleRevisionError
from sopstudio.model.store.lifecycle import SOP_KIND
from sopstudio.model.store.repair import check_library, recover_library


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `library` subcommand and its actions."""
    parser = subparsers.add_parser(
        "library",
        help="kelola pustaka SOP: tambah, daftar, cari, ekspor",
        description="Kelola pustaka SOP (berkas --library atau pustaka bawaan pengguna).",
    )
    actions = parser.add_subparsers(dest="action", metavar="AKSI", required=True)
    add = actions.add_parser("add", help="simpan berkas *.sop.json ke pustaka")
    add.add_argument("files", nargs="+", metavar="BERKAS")
    add.set_defaults(func=_add)
    listing = actions.add_parser("list", help="daftar SOP (id, nomor, judul, unit, revisi)")
    listing.set_defaults(func=_list)
    search = actions.add_parser("search", help="cari SOP menurut judul dan teks kegiatan")
    search.add_argument("words", nargs="+", metavar="KATA")
    search.set_defaults(func=_search)
    export = actions.add_parser(
        "export",
        help="tulis satu SOP sebagai *.sop.json, atau (--signed) arsip dokumen bertanda tangan",
        usage="sopstudio library export ID -o BERKAS | --signed FOLDER",
    )
    export.add_argument(
        "sop_id", nargs="?", metavar="ID", help="id SOP, awalannya yang unik, atau nomornya"
    )
    export.add_argument("-o", "--output", metavar="BERKAS")
    export.add_argument(
        "--signed",
        metavar="FOLDER",
        help="tulis semua PDF bertanda tangan dan register.csv ke FOLDER",
    )
    export.set_defaults(func=_export)
    check = actions.add_parser("check", help="periksa pustaka dari kerusakan")
    check.set_defaults(func=_check)
    recover = actions.add_parser(
        "recover", help="salin setiap revisi yang masih utuh ke berkas pustaka baru"
    )
    recover.add_argument("output", metavar="KELUARAN.sqlite", help="berkas pustaka baru")
    recover.set_defaults(func=_recover)
    status = actions.add_parser(
        "status", help="status siklus hidup SOP dan keputusan; ubah dengan --set"
    )
    status.add_argument("item_id", nargs="?", metavar="ID", help="id SOP/keputusan atau awalannya")
    status.add_argument(
        "--set",
        dest="new_status",
        metavar="STATUS",
        help="draf, direviu, berlaku, dicabut atau diganti",
    )
    status.add_argument(
        "--today", type=datetime.date.fromisoformat, metavar="YYYY-MM-DD", help=argparse.SUPPRESS
    )
    status.set_defaults(func=_status)


def _add(args: argparse.Namespace) -> int:
    status = 0
    with open_library(args.library) as library:
        for name in args.files:
            try:
                sop = jsonio.load(name)
                unit = library.ensure_unit(sop.unit_header) if sop.unit_header else None
                revision = library.save_sop(sop, unit)
            except FormatError as exc:
                print(safe(f"galat {exc}"), file=sys.stderr)
                status = 2
            except StaleRevisionError as exc:
                print(safe(f"galat {name}: {exc}"), file=sys.stderr)
                status = max(status, 1)
            else:
                print(safe(f"tersimpan {name}: {sop.judul} (revisi {revision})"))
    return status


def _list(args: argparse.Namespace) -> int:
    with open_library(args.library, create=False) as library:
        _print(library.list_sops())
    return 0


def _search(args: argparse.Namespace) -> int:
    with open_library(args.library, create=False) as library:
        _print(library.search(" ".join(args.words)))
    return 0


def _export(args: argparse.Namespace) -> int:
    if args.signed:
        if args.sop_id or args.output:
            raise SopStudioError("--signed tidak dipakai bersama ID atau -o")
        return _export_signed(args)
    if not (args.sop_id and args.output):
        raise SopStudioError("sebutkan ID SOP dan -o BERKAS, atau --signed FOLDER")
    with open_library(args.library, create=False) as library:
        jsonio.save(library.load_sop(find_sop_id(library, args.sop_id)), args.output)
    return 0


def _check(args: argparse.Namespace) -> int:
    with open_library(args.library, create=False) as library:
        findings = check_library(library)
    if findings.problems:
        print(safe(f"Pustaka RUSAK ({findings.summary()}):"))
        print("\n".join(f"- {safe(problem)}" for problem in findings.problems))
        print("Pulihkan yang masih terbaca dengan: sopstudio library recover KELUARAN.sqlite")
        return 1
    print(safe(f"Pustaka utuh: {findings.summary()}."))
    return 0


def _recover(args: argparse.Namespace) -> int:
    with open_library(args.library, create=False) as library:
        findings = recover_library(library, args.output)
    print(safe(f"Tersalin ke {args.output}: {findings.summary()}."))
    if findings.problems:
        print("Tidak terbaca utuh (tidak disalin):")
        print("\n".join(f"- {safe(problem)}" for problem in findings.problems))
        return 1
    return 0


def _print(summaries: list[SopSummary]) -> None:
    # One tab-separated line per SOP, so the output can be filtered with other tools.
    for s in summaries:
        unit = " / ".join(s.unit_path)
        print("\t".join(map(safe, (s.id, s.nomor, s.judul, unit, f"revisi {s.revision}"))))


def _export_signed(args: argparse.Namespace) -> int:
    from sopstudio.export.archive import export_signed

    with open_library(args.library, create=False) as library:
        try:
            result = export_signed(library, args.signed)
        except OSError as exc:
            raise SopStudioError(
                f"tidak dapat menulis ke {args.signed}: {exc.strerror or exc}"
            ) from exc
    print(
        safe(
            f"Tersimpan: {len(result.files)} PDF bertanda tangan dan {result.register} "
            f"({result.rows} baris)"
        )
    )
    return 0


def _status(args: argparse.Namespace) -> int:
    """List statuses (moving signed revisions whose date has come to Berlaku), or set one."""
    with open_library(args.library, create=False) as library:
        lifecycle = library.lifecycle
        bring_into_force(library, args.today or datetime.date.today())
        items = [(SOP_KIND, s.id, f"SOP {s.nomor or '-'} {s.judul}") for s in library.list_sops()]
        items += [(DECREE_DOCUMENT, d.id, d.title) for d in library.list_documents(DECREE_DOCUMENT)]
        if args.item_id:
            matches = [i for i in items if i[1] == args.item_id] or [
                i for i in items if i[1].startswith(args.item_id)
            ]
            if len(matches) != 1:
                problem = "tidak ditemukan" if not matches else f"ambigu ({len(matches)})"
                raise NotFoundError(f"{args.item_id!r} {problem}")
            items = matches
        elif args.new_status:
            raise SopStudioError("--set memerlukan ID")
        if args.new_status:
            kind, item_id, _label = items[0]
            lifecycle.set_status(kind, item_id, parse_status(args.new_status))
        for kind, item_id, label in items:
            record = lifecycle.record(kind, item_id)
            fields = [item_id, label, f"revisi {record.revision}", record.status.label]
            if record.signed_at:
                fields.append(f"{record.signer} {record.signed_at:%Y-%m-%d}")
            print("\t".join(map(safe, fields)))
    return 0
