"""`sopstudio package`: build, verify and import signature packages.

    sopstudio package KEPUTUSAN.decree.json -o paket.zip [--paper f4|a4] [--style GAYA] [--draft]
    sopstudio package verify paket.zip
    sopstudio package import paket.zip [--yes] [--take-theirs ID ...] [--keep-ours ID ...]

Exit status: 0 done (verify: the package is intact); 1 the decree or an SOP has errors (build
without --draft), the package was tampered with, or an import needs a decision (conflicts, or
newer SOPs without --yes); 2 unreadable input.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from sopstudio.cli.inputs import (
    add_gate_options,
    add_paper_option,
    apply_style_option,
    open_library,
    paper_option,
    refuse_if_invalid,
)
from sopstudio.cli.terminal import safe
from sopstudio.model import decree_json
from sopstudio.model.decree import Decree
from sopstudio.model.errors import SopStudioError
from sopstudio.model.export_gate import draft_path
from sopstudio.model.package import (
    OURS,
    THEIRS,
    ImportPlan,
    LibraryChangedError,
    apply_import,
    import_styles,
    plan_import,
    verify_package,
)
from sopstudio.model.store import Library

if TYPE_CHECKING:
    from sopstudio.export.package import BuildResult

USAGE = (
    "sopstudio package KEPUTUSAN.decree.json -o PAKET.zip\n"
    "       sopstudio package verify PAKET.zip\n"
    "       sopstudio package import PAKET.zip [--yes] [--take-theirs ID ...] [--keep-ours ID ...]"
)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `package` subcommand."""
    parser = subparsers.add_parser(
        "package",
        help="paket tanda tangan: buat, periksa, impor",
        description=(
            "Membuat paket tanda tangan (PDF, DOCX dan data keputusan beserta SOP-nya dalam "
            "satu .zip dengan manifest SHA-256), memeriksa keutuhannya, atau mengimpornya ke "
            "pustaka (--library)."
        ),
        usage=USAGE,
    )
    parser.add_argument("words", nargs="+", metavar="ARGUMEN", help=argparse.SUPPRESS)
    parser.add_argument("-o", "--output", metavar="PAKET", help="berkas paket .zip yang dibuat")
    add_paper_option(parser)
    add_gate_options(parser)
    parser.add_argument(
        "--yes",
        action="store_true",
        help="impor: ganti SOP pustaka dengan versi paket yang lebih baru",
    )
    parser.add_argument(
        "--take-theirs",
        nargs="+",
        action="extend",
        default=[],
        metavar="ID",
        help="impor: untuk konflik ini, ambil versi paket",
    )
    parser.add_argument(
        "--keep-ours",
        nargs="+",
        action="extend",
        default=[],
        metavar="ID",
        help="impor: untuk konflik ini, pertahankan versi pustaka",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Dispatch on the first word: verify, import, or a decree file to package."""
    words = args.words
    importing = args.yes or args.take_theirs or args.keep_ours
    if words[0] == "verify" and len(words) == 2 and not (args.output or importing):
        return _verify(words[1])
    if words[0] == "import" and len(words) == 2 and not args.output:
        return _import(args, words[1])
    if len(words) == 1 and args.output and not importing:
        return _build(args, words[0])
    raise SopStudioError(f"penggunaan:\n       {USAGE}")


def _build(args: argparse.Namespace, source: str) -> int:
    decree = decree_json.load(source)
    try:
        if args.library:
            with Library.open(args.library, create=False) as library:
                result = _build_checked(args, decree, library=library)
        else:
            result = _build_checked(args, decree)
    except OSError as exc:
        raise SopStudioError(f"tidak dapat menulis {args.output}: {exc.strerror or exc}") from exc
    if isinstance(result, int):
        return result
    print(
        safe(
            f"Tersimpan: {result.path} ({len(result.manifest.files)} berkas, "
            f"{len(result.manifest.sops)} SOP)"
        )
    )
    return 0


def _build_checked(args: argparse.Namespace, decree: Decree, **options: Any) -> BuildResult | int:
    """The built package, or the exit status when the decree has errors and no --draft."""
    from sopstudio.export.package import build_package

    styles = apply_style_option(args, decree)
    if (refused := refuse_if_invalid(decree, styles, args.draft, "paket")) is not None:
        return refused
    output = draft_path(args.output) if args.draft else args.output
    return build_package(
        decree, output, paper=paper_option(args), styles=styles, draft=args.draft, **options
    )


def _verify(path: str) -> int:
    report = verify_package(path)
    print("\n".join(map(safe, report.lines())))
    return 0 if report.ok else 1


def _import(args: argparse.Namespace, path: str) -> int:
    report = verify_package(path)
    if not report.ok:
        print("\n".join(map(safe, report.lines())))
        return 1
    with open_library(args.library) as library:
        plan = plan_import(path, library)
        print("\n".join(map(safe, plan.describe())))
        choices = _choices(plan, args.take_theirs, args.keep_ours)
        unresolved = plan.unresolved(choices)
        if unresolved:
            print("Impor dihentikan: konflik berikut harus diputuskan dahulu")
            print(
                "(--take-theirs ID untuk mengambil versi paket, "
                "--keep-ours ID untuk versi pustaka):"
            )
            for item in plan.items():
                if item.id in unresolved:
                    print(f"- {safe(item.describe())}")
            return 1
        if plan.newer() and not args.yes:
            print(
                f"Impor dihentikan: {len(plan.newer())} butir lebih baru di paket akan mengganti "
                "versi pustaka; ulangi dengan --yes untuk menyetujuinya."
            )
            return 1
        try:
            result = apply_import(plan, library, choices, confirm_newer=args.yes)
        except LibraryChangedError as exc:
            print(safe(f"Impor dihentikan: {exc}"))
            return 1
        styles = import_styles(path, library)
    print("\n".join(map(safe, ["Impor selesai.", *result.lines()])))
    if styles:
        print(safe(f"Gaya instansi baru di pustaka: {', '.join(styles)}"))
    return 0


def _choices(plan: ImportPlan, theirs: list[str], ours: list[str]) -> dict[str, str]:
    """Conflict choices from the command line; ids may be shortened to a unique prefix."""
    choices: dict[str, str] = {}
    for value, given in ((THEIRS, theirs), (OURS, ours)):
        for prefix in given:
            matches = [item_id for item_id in plan.conflicts() if item_id.startswith(prefix)]
            if len(matches) != 1:
                problem = "bukan konflik dalam paket ini" if not matches else "ambigu"
                raise SopStudioError(f"ID {prefix!r}: {problem}")
            if choices.get(matches[0], value) != value:
                raise SopStudioError(f"ID {prefix!r} dipilih untuk kedua pihak")
            choices[matches[0]] = value
    return choices
