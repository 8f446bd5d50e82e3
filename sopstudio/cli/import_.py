"""`sopstudio import INPUT -o OUTDIR`: turn a Word document, a PDF or copied/transcribed text
into `*.sop.json` files, one per SOP found, and print the import report.

The report lists, per SOP, each guess and problem with its place in the source, and the
validation findings of the imported SOP (errors count as problems). Exit status: 0 imported cleanly, 1 imported but a
SOP has validation errors a human must fix, 2 the input is unreadable or a file exists.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from dataclasses import asdict
from pathlib import Path

from sopstudio.cli.inputs import fail
from sopstudio.cli.terminal import safe
from sopstudio.model import jsonio
from sopstudio.model.importers import ImportedSop, ImportFailed, ImportResult, import_file
from sopstudio.model.validate import Finding, has_errors, validate_sop

EXIT_OK, EXIT_ERRORS = 0, 1
#: Longest file-name stem written (the slug of nomor and judul).
MAX_STEM = 80


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `import` subcommand."""
    parser = subparsers.add_parser(
        "import",
        help="impor SOP dari dokumen Word (.docx), PDF atau teks tabel (salinan Word/Excel)",
        description="Impor SOP dari .docx, .pdf atau teks bertabulasi; satu berkas *.sop.json per SOP "
        "yang ditemukan. Status keluar 0 berhasil, 1 ada SOP dengan galat validasi yang perlu "
        "diperiksa, 2 masukan tidak terbaca atau berkas tujuan sudah ada.",
    )
    parser.add_argument("input", metavar="INPUT", help="berkas .docx, .pdf atau .txt/.tsv")
    parser.add_argument("-o", "--output", metavar="OUTDIR", required=True, help="folder tujuan")
    parser.add_argument("--json", action="store_true", help="laporan dalam JSON (mesin)")
    parser.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada")
    parser.set_defaults(func=run)


def slug(text: str) -> str:
    """A file-name-safe ASCII form of a text: lower case words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def file_names(result: ImportResult) -> list[str]:
    """A distinct `*.sop.json` name for each imported SOP, from its nomor and judul."""
    names: list[str] = []
    for index, item in enumerate(result.sops, start=1):
        stem = slug(f"{item.sop.nomor} {item.sop.judul}")[:MAX_STEM].strip("-")
        stem = stem or f"sop-{index:02d}"
        name, counter = f"{stem}.sop.json", 2
        while name in names:
            name, counter = f"{stem}-{counter}.sop.json", counter + 1
        names.append(name)
    return names


def _finding_dict(finding: Finding) -> dict[str, str]:
    return {
        "code": finding.code,
        "severity": finding.severity,
        "message": finding.message,
        "location": finding.location,
    }


def _human(item: ImportedSop, name: str) -> list[str]:
    sop = item.sop
    title = (
        f"== {name}: {sop.nomor or '(tanpa nomor)'} {sop.judul or '(tanpa judul)'} "
        f"[{item.where}] {len(sop.steps)} langkah, {len(sop.actors)} pelaksana, "
        f"{len(item.report.problems)} masalah"
    )
    return [title] + [f"  {note.line()}" for note in item.report.notes]


def run(args: argparse.Namespace) -> int:
    """Import, write the SOP files and print the report; return the exit status."""
    try:
        result = import_file(args.input)
    except ImportFailed as exc:
        return fail(exc)
    if not result.sops:
        return fail(*(note.message for note in result.report.notes))
    outdir = Path(args.output)
    names = file_names(result)
    targets = [outdir / name for name in names]
    existing = [t for t in targets if t.exists()]
    if existing and not args.force:
        return fail(*(f"{target} sudah ada (pakai --force untuk menimpa)" for target in existing))
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        for item, target in zip(result.sops, targets, strict=True):
            jsonio.save(item.sop, target)
    except OSError as exc:
        return fail(f"tidak dapat menulis ke {outdir}: {exc}")
    nomors = [item.sop.nomor for item in result.sops]
    findings = [
        validate_sop(item.sop, nomors[:i] + nomors[i + 1 :]) for i, item in enumerate(result.sops)
    ]
    if args.json:
        print(
            safe(
                json.dumps(
                    {
                        "input": str(args.input),
                        "report": result.report.to_list(),
                        "mapping": [asdict(row) for row in result.mapping],
                        "sops": [
                            {
                                "file": str(target),
                                "where": item.where,
                                "nomor": item.sop.nomor,
                                "judul": item.sop.judul,
                                "steps": len(item.sop.steps),
                                "actors": [a.name for a in item.sop.actors],
                                "report": item.report.to_list(),
                                "findings": [_finding_dict(f) for f in found],
                            }
                            for item, target, found in zip(
                                result.sops, targets, findings, strict=True
                            )
                        ],
                    },
                    ensure_ascii=False,
                    indent=2,
                ),
                keep_newlines=True,
            )
        )
    else:
        print(safe(f"{len(result.sops)} SOP ditemukan di {args.input}; ditulis ke {outdir}"))
        for note in result.report.notes:
            print(f"  {safe(note.line())}")
        for item, name in zip(result.sops, names, strict=True):
            print("\n".join(map(safe, _human(item, name))))
    return EXIT_ERRORS if any(has_errors(found) for found in findings) else EXIT_OK
