"""`sopstudio self-test` and Bantuan > Periksa instalasi: does this installation work?

Each check exercises the real code path on the bundled resources, writing only inside a
folder it is given (never the user's library or settings), and yields one Indonesian line:
"OK <check>: <what was verified>" or "GAGAL <check>: <reason>". Needs a QGuiApplication
(fonts and translations are checked through Qt, as the editor uses them).
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect

from sopstudio.model import decree_json, jsonio, style_json
from sopstudio.model.decree import Decree
from sopstudio.model.layout import fonts as layout_fonts
from sopstudio.model.layout import layout_sop
from sopstudio.model.layout.quality import link_coverage, quality_report
from sopstudio.model.package import DECREE_DOCUMENT
from sopstudio.model.sop import Sop
from sopstudio.model.store import Library, library_url, migrate
from sopstudio.model.store.engine import create_library_engine
from sopstudio.model.store.schema import metadata
from sopstudio.resources import ICONS, SAMPLES, SCHEMA, STYLES

#: A UI string and the English the translation must give for it (context, source, English).
TRANSLATION_PROBE = ("MainWindow", "&Berkas", "&File")


class CheckFailed(Exception):
    """A check found the installation broken; the message says why (Indonesian)."""


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check."""

    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        """The line printed for this check."""
        return f"{'OK' if self.ok else 'GAGAL'} {self.name}: {self.detail}"


class SelfTest:
    """The checks, in order; later ones reuse the sample library the earlier ones built."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.sops: list[Sop] = []
        self.decrees: list[Decree] = []

    def checks(self) -> list[tuple[str, Callable[[], str]]]:
        """(name, check) pairs; a check returns what it verified or raises."""
        return [
            ("Skema berkas SOP", self.check_schema),
            ("Gaya instansi", self.check_styles),
            ("Migrasi basis data", self.check_migrations),
            ("Pustaka contoh", self.check_sample_library),
            ("Tata letak", self.check_layout),
            ("Ekspor SOP ke PDF", lambda: self.check_pdf(self._first(self.sops), "sop.pdf")),
            ("Ekspor SOP ke DOCX", lambda: self.check_docx(self._first(self.sops), "sop.docx")),
            (
                "Ekspor keputusan ke PDF",
                lambda: self.check_pdf(self._first(self.decrees), "keputusan.pdf"),
            ),
            (
                "Ekspor keputusan ke DOCX",
                lambda: self.check_docx(self._first(self.decrees), "keputusan.docx"),
            ),
            ("Fon", self.check_fonts),
            ("Ikon", self.check_icons),
            ("Terjemahan", self.check_translation),
        ]

    def run(self) -> Iterator[CheckResult]:
        """Run every check, yielding each result as soon as it is known."""
        for name, check in self.checks():
            try:
                yield CheckResult(name, True, check())
            except CheckFailed as exc:
                yield CheckResult(name, False, str(exc))
            except Exception as exc:  # noqa: BLE001 (a self-test reports any breakage)
                yield CheckResult(name, False, f"{type(exc).__name__}: {exc}")

    # -- the checks ---------------------------------------------------------------------

    def check_schema(self) -> str:
        path = SCHEMA / "sop.schema.json"
        schema = json.loads(path.read_text(encoding="utf-8"))
        declared = (
            schema["properties"]["format"]["const"],
            schema["properties"]["version"]["const"],
        )
        if declared != (jsonio.FORMAT, jsonio.VERSION):
            raise CheckFailed(
                f"{path.name} menyatakan {declared}, aplikasi menulis "
                f"{(jsonio.FORMAT, jsonio.VERSION)}"
            )
        return f"{path.name} terbaca ({jsonio.FORMAT} versi {jsonio.VERSION})"

    def check_styles(self) -> str:
        names = [
            style_json.load(path).name for path in sorted(STYLES.glob("*" + style_json.SUFFIX))
        ]
        if not names:
            raise CheckFailed(f"tidak ada gaya instansi bawaan di {STYLES}")
        return f"{len(names)} gaya bawaan terbaca ({', '.join(names)})"

    def check_migrations(self) -> str:
        path = self.folder / "migrasi.sqlite"
        Library.open(path).close()  # a new library: every migration runs
        engine = create_library_engine(library_url(path))
        try:
            revision = migrate.current_revision(engine)
            tables = set(inspect(engine).get_table_names())
        finally:
            engine.dispose()
        head = migrate.head_revision()
        if revision != head:
            raise CheckFailed(f"pustaka baru berhenti di revisi {revision}, bukan {head}")
        missing = sorted(set(metadata.tables) - tables)
        if missing:
            raise CheckFailed(f"tabel tidak dibuat oleh migrasi: {', '.join(missing)}")
        return f"pustaka baru sampai revisi {head}, {len(metadata.tables)} tabel"

    def check_sample_library(self) -> str:
        from sopstudio.ui.app import build_sample_library

        path = build_sample_library(self.folder / "contoh.sqlite")
        with Library.open(path, create=False) as library:
            self.sops = [library.load_sop(s.id) for s in library.list_sops()]
            self.decrees = [
                decree_json.decree_from_dict(library.load_document(DECREE_DOCUMENT, d.id))
                for d in library.list_documents(DECREE_DOCUMENT)
            ]
        expected = (
            len(list((SAMPLES / "sops").glob("*.sop.json"))),
            len(list(SAMPLES.glob("*.decree.json"))),
        )
        if (len(self.sops), len(self.decrees)) != expected or not all(expected):
            raise CheckFailed(
                f"berisi {len(self.sops)} SOP dan {len(self.decrees)} keputusan, "
                f"contoh yang dibawa {expected[0]} SOP dan {expected[1]} keputusan"
            )
        return f"{len(self.sops)} SOP dan {len(self.decrees)} keputusan terbuka"

    def check_layout(self) -> str:
        pages = 0
        for sop in self._all(self.sops):
            layout = layout_sop(sop)
            report, coverage = quality_report(layout), link_coverage(sop, layout)
            if not (report.ok and coverage.ok) or layout.warnings:
                raise CheckFailed(
                    f"SOP {sop.judul or sop.id!r}: "
                    f"{dict(report.counts()) | dict(coverage.counts())} "
                    f"{list(layout.warnings)}"
                )
            pages += report.pages
        return f"{len(self.sops)} SOP tertata tanpa masalah, {pages} halaman"

    def check_pdf(self, document: Sop | Decree, name: str) -> str:
        from sopstudio.export.pdf import write_decree_pdf, write_sop_pdf

        target = self.folder / name
        write = write_sop_pdf if isinstance(document, Sop) else write_decree_pdf
        pages = write(document, target)
        if not target.read_bytes().startswith(b"%PDF-") or not pages:
            raise CheckFailed(f"{name} bukan PDF yang utuh")
        return f"{name}, {pages} halaman"

    def check_docx(self, document: Sop | Decree, name: str) -> str:
        from sopstudio.export.docx import write_decree_docx, write_sop_docx

        target = self.folder / name
        write = write_sop_docx if isinstance(document, Sop) else write_decree_docx
        write(document, target)
        with zipfile.ZipFile(target) as archive:
            body = archive.read("word/document.xml")
        if b"<w:body" not in body:
            raise CheckFailed(f"{name} tidak berisi badan dokumen")
        return f"{name}, {target.stat().st_size // 1024} KB"

    def check_fonts(self) -> str:
        from PySide6.QtGui import QFontInfo

        from sopstudio.ui.fonts import scaled_font

        layout_fonts.ensure_registered()  # reportlab reads every TTF
        for key, path in layout_fonts.FONT_FILES.items():
            font = scaled_font(key, 10.0)  # Qt loads the same file
            if QFontInfo(font).family() != font.family():
                raise CheckFailed(
                    f"Qt memakai {QFontInfo(font).family()!r} sebagai ganti {path.name}"
                )
        return f"{len(layout_fonts.FONT_FILES)} fon terpasang di PDF dan di layar"

    def check_icons(self) -> str:
        from PySide6.QtGui import QIcon

        icons = sorted(ICONS.glob("*.svg"))
        blank = [path.name for path in icons if QIcon(str(path)).pixmap(16, 16).isNull()]
        if blank or not icons:
            raise CheckFailed(f"ikon SVG tidak dapat digambar: {', '.join(blank) or 'tidak ada'}")
        return f"{len(icons)} ikon SVG tergambar"

    def check_translation(self) -> str:
        from PySide6.QtCore import QTranslator

        from sopstudio.ui.app import compiled_translation

        path = compiled_translation("en", cache=self.folder / "terjemahan")
        if path is None:
            raise CheckFailed("terjemahan bahasa Inggris tidak dapat dibuat")
        translator = QTranslator()
        if not translator.load(str(path)):
            raise CheckFailed(f"{path.name} tidak dapat dimuat")
        context, source, english = TRANSLATION_PROBE
        if translator.translate(context, source) != english:
            raise CheckFailed(f"{source!r} tidak diterjemahkan menjadi {english!r}")
        return f"{path.name} dimuat"

    @staticmethod
    def _all(documents: list) -> list:
        if not documents:
            raise CheckFailed("pustaka contoh tidak terbuka (lihat pemeriksaan di atas)")
        return documents

    def _first(self, documents: list):
        return self._all(documents)[0]
