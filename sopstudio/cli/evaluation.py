"""`sopstudio evaluation`: yearly evaluation of SOPs on the government's criteria.

sopstudio --library L evaluation template SOP --tahun 2025 -o e.json
sopstudio --library L evaluation save e.json
sopstudio --library L evaluation print SOP --tahun 2025 -o evaluasi.pdf
sopstudio --library L evaluation recap "Biro Organisasi" --tahun 2025 -o rekap.pdf
sopstudio --library L evaluation criteria [--set kriteria.txt]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sopstudio.cli.inputs import (
    add_paper_option,
    load_sop_arg,
    open_library,
    read_json_file,
    write_form_output,
    write_json_file,
)
from sopstudio.cli.terminal import safe
from sopstudio.model.errors import FormatError, SopStudioError
from sopstudio.model.monitoring import blank_evaluation, evaluation_from_dict, evaluation_to_dict


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `evaluation` subcommand and its actions."""
    parser = subparsers.add_parser(
        "evaluation",
        help="evaluasi SOP tahunan: isian, simpan, cetak, rekap unit, kriteria",
        description="Evaluasi penerapan SOP AP menurut kriteria pemerintah daerah.",
    )
    actions = parser.add_subparsers(dest="action", metavar="AKSI", required=True)
    template = actions.add_parser("template", help="tulis lembar evaluasi JSON untuk diisi")
    template.add_argument("sop", metavar="SOP")
    template.add_argument("--tahun", required=True)
    template.add_argument("-o", "--output", required=True, metavar="BERKAS")
    template.set_defaults(func=_template)
    save = actions.add_parser("save", help="simpan lembar evaluasi terisi (JSON) ke pustaka")
    save.add_argument("file", metavar="BERKAS")
    save.set_defaults(func=_save)
    show = actions.add_parser("print", help="cetak evaluasi satu SOP (PDF/DOCX)")
    show.add_argument("sop", metavar="SOP")
    show.add_argument("--tahun", required=True)
    show.add_argument("-o", "--output", required=True, metavar="KELUARAN")
    add_paper_option(show)
    show.set_defaults(func=_print)
    recap = actions.add_parser("recap", help="rekap evaluasi semua SOP satu unit (PDF/DOCX)")
    recap.add_argument("unit", metavar="UNIT", help="nama unit (bagian mana pun dari jalurnya)")
    recap.add_argument("--tahun", required=True)
    recap.add_argument("-o", "--output", required=True, metavar="KELUARAN")
    add_paper_option(recap)
    recap.set_defaults(func=_recap)
    criteria = actions.add_parser("criteria", help="tampilkan atau ganti kriteria evaluasi")
    criteria.add_argument("--set", metavar="BERKAS", help="berkas teks: satu kriteria per baris")
    criteria.set_defaults(func=_criteria)


def _template(args: argparse.Namespace) -> int:
    from sopstudio.model.assessments import criteria

    with open_library(args.library, create=False) as library:
        sop = load_sop_arg(args, args.sop, library)
        form = blank_evaluation(sop, args.tahun, criteria(library))
    return write_json_file(evaluation_to_dict(form), args.output)


def _save(args: argparse.Namespace) -> int:
    from sopstudio.model.assessments import save_evaluation

    form = evaluation_from_dict(read_json_file(args.file))
    with open_library(args.library, create=False) as library:
        sop = library.load_sop(form.sop_id)
        save_evaluation(library, form)
    print(safe(f"Tersimpan: evaluasi {form.tahun} untuk {sop.nomor} {sop.judul}"))
    return 0


def _print(args: argparse.Namespace) -> int:
    from sopstudio.model.assessments import evaluations
    from sopstudio.model.forms import evaluation_form

    with open_library(args.library, create=False) as library:
        sop = load_sop_arg(args, args.sop, library)
        found = [e for e in evaluations(library, sop.id) if e.tahun == args.tahun]
    if not found:
        raise SopStudioError(f"belum ada evaluasi tahun {args.tahun} untuk SOP ini")
    return write_form_output(evaluation_form(sop, found[0]), args)


def _recap(args: argparse.Namespace) -> int:
    from sopstudio.model.assessments import unit_recap

    with open_library(args.library, create=False) as library:
        form = unit_recap(library, args.unit, args.tahun)
    return write_form_output(form, args)


def _criteria(args: argparse.Namespace) -> int:
    from sopstudio.model.assessments import criteria, save_criteria

    with open_library(args.library, create=False) as library:
        if args.set:
            try:
                lines = Path(args.set).read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as exc:
                raise FormatError(f"tidak dapat dibaca: {exc}", args.set) from exc
            try:
                save_criteria(library, lines)
            except ValueError as exc:
                raise SopStudioError(str(exc)) from exc
        for number, item in enumerate(criteria(library), start=1):
            print(f"K{number}\t{safe(item)}")
    return 0
