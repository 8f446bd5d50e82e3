"""`sopstudio redline`: what changed between two revisions of an SOP, side by side.

    sopstudio redline LAMA.sop.json BARU.sop.json -o perbandingan.pdf
    sopstudio --library L redline SOP --dari 2 --ke 3 -o perbandingan.docx

Without --ke the newest revision is compared; without --dari, the one before it.
"""

from __future__ import annotations

import argparse

from sopstudio.cli.inputs import add_paper_option, find_sop_id, open_library, write_form_output
from sopstudio.model import jsonio
from sopstudio.model.errors import SopStudioError
from sopstudio.model.sop import Sop


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `redline` subcommand."""
    parser = subparsers.add_parser(
        "redline",
        help="bandingkan dua revisi SOP (SOP lama | SOP baru) ke PDF/DOCX",
        description="Perbandingan langkah demi langkah antara dua revisi SOP: langkah baru, "
        "dihapus, diubah, pindah pelaksana, mutu baku yang berubah.",
    )
    parser.add_argument(
        "sops",
        nargs="+",
        metavar="SOP",
        help="dua berkas .sop.json, atau satu SOP pustaka (id atau nomor)",
    )
    parser.add_argument("--dari", type=int, metavar="REVISI", help="revisi lama")
    parser.add_argument("--ke", type=int, metavar="REVISI", help="revisi baru")
    parser.add_argument("-o", "--output", required=True, metavar="KELUARAN")
    add_paper_option(parser)
    parser.set_defaults(func=run)


def _revisions(args: argparse.Namespace) -> tuple[Sop, Sop]:
    if len(args.sops) == 2:
        return jsonio.load(args.sops[0]), jsonio.load(args.sops[1])
    if len(args.sops) != 1:
        raise SopStudioError("berikan dua berkas .sop.json atau satu SOP pustaka")
    with open_library(args.library, create=False) as library:
        sop_id = find_sop_id(library, args.sops[0])
        kept = [r.revision for r in library.history(sop_id) if r.has_snapshot]
        new = args.ke if args.ke is not None else (kept[-1] if kept else 0)
        older = [r for r in kept if r < new]
        old = args.dari if args.dari is not None else (older[-1] if older else None)
        if old is None:
            raise SopStudioError("SOP ini belum punya revisi sebelumnya untuk dibandingkan")
        return library.load_revision(sop_id, old), library.load_revision(sop_id, new)


def run(args: argparse.Namespace) -> int:
    """Write the side-by-side comparison; print the counts."""
    from sopstudio.model.forms import redline
    from sopstudio.model.sop_diff import Status, diff_sops

    old, new = _revisions(args)
    diff = diff_sops(old, new)
    counts = diff.counts()
    identity = sum(c.name != "revision" for c in diff.identity)
    print(
        f"{counts[Status.ADDED]} langkah baru, {counts[Status.REMOVED]} dihapus, "
        f"{counts[Status.CHANGED]} diubah; {identity} isian identitas berubah"
    )
    return write_form_output(redline(old, new, diff), args)
