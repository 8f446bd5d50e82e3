"""`sopstudio monitoring`: the monitoring form of an SOP (Tabel 7), blank or filled.

    sopstudio monitoring blank SOP -o form.pdf          # to print for a field visit
    sopstudio monitoring template SOP --periode P -o m.json   # to fill in an editor
    sopstudio --library L monitoring save m.json        # store a filled form
    sopstudio --library L monitoring print SOP --periode P -o hasil.pdf

SOP is a `*.sop.json` file or, with the library, an SOP's id, id prefix or nomor.
"""

from __future__ import annotations

import argparse

from sopstudio.cli.inputs import (
    add_paper_option,
    load_sop_arg,
    open_library,
    read_json_file,
    write_form_output,
    write_json_file,
)
from sopstudio.cli.terminal import safe
from sopstudio.model.errors import SopStudioError
from sopstudio.model.monitoring import (
    blank_monitoring,
    monitoring_from_dict,
    monitoring_to_dict,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `monitoring` subcommand and its actions."""
    parser = subparsers.add_parser(
        "monitoring",
        help="formulir monitoring pelaksanaan SOP: kosong, isian, simpan, cetak",
        description="Formulir Monitoring Pelaksanaan SOP AP (Tabel 7 Permenpan-RB 35/2012).",
    )
    actions = parser.add_subparsers(dest="action", metavar="AKSI", required=True)
    blank = actions.add_parser("blank", help="cetak formulir kosong (PDF/DOCX)")
    blank.add_argument("sop", metavar="SOP")
    blank.add_argument("-o", "--output", required=True, metavar="KELUARAN")
    add_paper_option(blank)
    blank.set_defaults(func=_blank)
    template = actions.add_parser("template", help="tulis formulir isian JSON untuk diisi")
    template.add_argument("sop", metavar="SOP")
    template.add_argument("--periode", required=True, help='mis. "Semester I 2025"')
    template.add_argument("-o", "--output", required=True, metavar="BERKAS")
    template.set_defaults(func=_template)
    save = actions.add_parser("save", help="simpan formulir terisi (JSON) ke pustaka")
    save.add_argument("file", metavar="BERKAS")
    save.set_defaults(func=_save)
    show = actions.add_parser("print", help="cetak hasil monitoring dari pustaka (PDF/DOCX)")
    show.add_argument("sop", metavar="SOP")
    show.add_argument("--periode", required=True)
    show.add_argument("-o", "--output", required=True, metavar="KELUARAN")
    add_paper_option(show)
    show.set_defaults(func=_print)


def _blank(args: argparse.Namespace) -> int:
    from sopstudio.model.forms import monitoring_form

    return write_form_output(monitoring_form(load_sop_arg(args, args.sop)), args)


def _template(args: argparse.Namespace) -> int:
    form = blank_monitoring(load_sop_arg(args, args.sop), args.periode)
    return write_json_file(monitoring_to_dict(form), args.output)


def _save(args: argparse.Namespace) -> int:
    from sopstudio.model.assessments import save_monitoring

    form = monitoring_from_dict(read_json_file(args.file))
    with open_library(args.library, create=False) as library:
        sop = library.load_sop(form.sop_id)
        known = {s.id for s in sop.steps}
        unknown = [r.step_id for r in form.rows if r.step_id not in known]
        if unknown and form.revision == sop.revision:
            raise SopStudioError(f"langkah tidak dikenal di formulir: {', '.join(unknown)}")
        save_monitoring(library, form)
    print(safe(f"Tersimpan: monitoring {form.periode} untuk {sop.nomor} {sop.judul}"))
    return 0


def _print(args: argparse.Namespace) -> int:
    from sopstudio.model.assessments import monitorings
    from sopstudio.model.forms import monitoring_form

    with open_library(args.library, create=False) as library:
        sop = load_sop_arg(args, args.sop, library)
        found = [m for m in monitorings(library, sop.id) if m.periode == args.periode]
    if not found:
        raise SopStudioError(f"belum ada monitoring periode {args.periode!r} untuk SOP ini")
    return write_form_output(monitoring_form(sop, found[0]), args)
