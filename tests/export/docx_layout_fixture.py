"""DOCX test data: a small hand-built SopLayout and generated, plausible SOPs."""

from __future__ import annotations

import random
from itertools import pairwise

from sopstudio.model.layout.geometry import (
    Align,
    Cell,
    CellRole,
    Connector,
    Label,
    Page,
    PageKind,
    Point,
    Rect,
    SopLayout,
    Symbol,
    SymbolKind,
    Table,
    TextBlock,
)
from sopstudio.model.layout.text import text_block
from sopstudio.model.sop import Actor, Approver, Sop, Step, StepKind
from sopstudio.model.style import PageSettings

FONT = "Arial"
SIZE = 8.0
PAD = 2.0


def block(text: str, rect: Rect, font: str = FONT, align: Align = Align.LEFT) -> TextBlock:
    """`text` wrapped into `rect` (the padding box) by the layout engine's text placement."""
    return text_block(text, font, SIZE, rect, align)


def cell(tbl_x, tbl_y, row, col, text, role, rs=1, cs=1, font=FONT, align=Align.LEFT, step=None):
    x0, x1 = tbl_x[col], tbl_x[col + cs]
    y0, y1 = tbl_y[row], tbl_y[row + rs]
    rect = Rect(x0, y0, x1 - x0, y1 - y0)
    inner = Rect(x0 + PAD, y0 + PAD, x1 - x0 - 2 * PAD, y1 - y0 - 2 * PAD)
    return Cell(rect, block(text, inner, font, align), role, row, col, rs, cs, step_id=step)


STEPS = (
    (
        "s1",
        "Menerima dan mencatat surat masuk dari unit kerja",
        "Surat masuk",
        "5 menit",
        "Agenda surat",
    ),
    (
        "s2",
        "Menelaah dan memeriksa kelengkapan berkas usulan",
        "Berkas usulan",
        "1 jam",
        "Hasil telaah",
    ),
    ("s3", "Menandatangani surat jawaban", "Konsep surat", "15 menit", "Surat jawaban"),
)


def sample_layout(paper_settings: PageSettings | None = None) -> SopLayout:
    """Identity page and a flowchart page with a decision and a loop back."""
    settings = paper_settings or PageSettings()
    width, height = settings.size
    left, top = settings.margins.left, settings.margins.top
    # Identity page: header lines top-left, field table top-right, list grid below.
    header = tuple(
        block(text, Rect(left, top + i * 11, 300, 11), "Arial-Bold")
        for i, text in enumerate(("PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", "BIRO ORGANISASI"))
    )
    fx = (left + 400, left + 500, width - settings.margins.right)
    fy = (top, top + 14, top + 28)
    fields = Table(
        fx,
        fy,
        (
            cell(fx, fy, 0, 0, "Nomor SOP", CellRole.FIELD_LABEL),
            cell(fx, fy, 0, 1, "01 TAHUN 2024", CellRole.FIELD_VALUE),
            cell(fx, fy, 1, 0, "Judul SOP", CellRole.FIELD_LABEL),
            cell(fx, fy, 1, 1, "Penanganan Surat Masuk", CellRole.FIELD_VALUE),
        ),
    )
    lx = (left, left + 400, width - settings.margins.right)
    ly = (top + 60, top + 74, top + 120)
    lists = Table(
        lx,
        ly,
        (
            cell(lx, ly, 0, 0, "Dasar Hukum", CellRole.HEADER, font="Arial-Bold"),
            cell(lx, ly, 0, 1, "Kualifikasi Pelaksana", CellRole.HEADER, font="Arial-Bold"),
            cell(
                lx,
                ly,
                1,
                0,
                "1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik\n"
                "2. Peraturan Menteri PAN-RB Nomor 35 Tahun 2012",
                CellRole.LIST,
            ),
            cell(lx, ly, 1, 1, "Memahami tata naskah dinas", CellRole.LIST),
        ),
    )
    identity = Page(PageKind.IDENTITY, width, height, (fields, lists), texts=header)
    # Flowchart page: No | Kegiatan | Lane A | Lane B | Kelengkapan | Waktu | Output | Ket.
    cx = [left]
    for w in (20, 180, 90, 90, 90, 50, 90, 80):
        cx.append(cx[-1] + w)
    cy = [top, top + 14, top + 28, top + 40, top + 80, top + 120, top + 160]
    cx, cy = tuple(cx), tuple(cy)
    C = Align.CENTER
    cells = [
        cell(cx, cy, 0, 0, "No", CellRole.HEADER, rs=2, font="Arial-Bold", align=C),
        cell(cx, cy, 0, 1, "Tahap Kegiatan", CellRole.HEADER, rs=2, font="Arial-Bold", align=C),
        cell(cx, cy, 0, 2, "Pelaksana", CellRole.HEADER, cs=2, font="Arial-Bold", align=C),
        cell(cx, cy, 0, 4, "Mutu Baku", CellRole.HEADER, cs=3, font="Arial-Bold", align=C),
        cell(cx, cy, 0, 7, "Keterangan", CellRole.HEADER, rs=2, font="Arial-Bold", align=C),
        cell(cx, cy, 1, 2, "Kepala Biro", CellRole.HEADER, font="Arial-Bold", align=C),
        cell(cx, cy, 1, 3, "Analis", CellRole.HEADER, font="Arial-Bold", align=C),
        cell(cx, cy, 1, 4, "Kelengkapan", CellRole.HEADER, font="Arial-Bold", align=C),
        cell(cx, cy, 1, 5, "Waktu", CellRole.HEADER, font="Arial-Bold", align=C),
        cell(cx, cy, 1, 6, "Output", CellRole.HEADER, font="Arial-Bold", align=C),
    ]
    cells += [cell(cx, cy, 2, c, str(c + 1), CellRole.COLUMN_NUMBER, align=C) for c in range(8)]
    for index, (sid, text, kel, waktu, out) in enumerate(STEPS):
        row = 3 + index
        cells += [
            cell(cx, cy, row, 0, str(index + 1), CellRole.NO, align=C, step=sid),
            cell(cx, cy, row, 1, text, CellRole.KEGIATAN, step=sid),
            cell(cx, cy, row, 2, "", CellRole.LANE, step=sid),
            cell(cx, cy, row, 3, "", CellRole.LANE, step=sid),
            cell(cx, cy, row, 4, kel, CellRole.KELENGKAPAN, step=sid),
            cell(cx, cy, row, 5, waktu, CellRole.WAKTU, step=sid),
            cell(cx, cy, row, 6, out, CellRole.OUTPUT, step=sid),
            cell(cx, cy, row, 7, "", CellRole.KETERANGAN, step=sid),
        ]
    table = Table(cx, cy, tuple(cells), header_rows=3)

    def centred(lane: int, row: int, w: float, h: float) -> Rect:
        mx = (cx[2 + lane] + cx[3 + lane]) / 2
        my = (cy[row] + cy[row + 1]) / 2
        return Rect(mx - w / 2, my - h / 2, w, h)

    s1 = centred(1, 3, 60, 22)
    s2 = centred(1, 4, 50, 30)
    s3 = centred(0, 5, 60, 22)
    symbols = (
        Symbol(SymbolKind.TERMINATOR, s1, "s1"),
        Symbol(SymbolKind.DECISION, s2, "s2"),
        Symbol(SymbolKind.TERMINATOR, s3, "s3"),
    )
    ya = block("Ya", Rect(s2.x - 14, s2.center.y - 10, 12, 9))
    tidak = block("Tidak", Rect(s2.right + 2, s2.center.y - 10, 20, 9))
    gutter = cx[5] - 6
    connectors = (
        Connector((Point(s1.center.x, s1.bottom), Point(s2.center.x, s2.y)), "s1", "s2", "next"),
        Connector(
            (Point(s2.x, s2.center.y), Point(s3.center.x, s2.center.y), Point(s3.center.x, s3.y)),
            "s2",
            "s3",
            "yes",
            label=Label(ya),
        ),
        Connector(
            (
                Point(s2.right, s2.center.y),
                Point(gutter, s2.center.y),
                Point(gutter, s1.center.y),
                Point(s1.right, s1.center.y),
            ),
            "s2",
            "s1",
            "no",
            label=Label(tidak),
        ),
    )
    flow = Page(PageKind.FLOWCHART, width, height, (table,), symbols, connectors)
    return SopLayout(
        "sample",
        (identity, flow),
        step_rows=tuple(
            (sid, 1, Rect(cx[0], cy[3 + i], cx[-1] - cx[0], cy[4 + i] - cy[3 + i]))
            for i, (sid, *_rest) in enumerate(STEPS)
        ),
        lanes=(("a", cx[2], cx[3]), ("b", cx[3], cx[4])),
    )


VERBS = (
    "Menerima",
    "Menelaah",
    "Mendisposisi",
    "Memeriksa",
    "Menyusun",
    "Mengoreksi",
    "Menandatangani",
    "Mengagendakan",
    "Mengarsipkan",
    "Meneruskan",
    "Memverifikasi",
)
OBJECTS = (
    "surat masuk",
    "konsep keputusan",
    "berkas usulan",
    "laporan evaluasi",
    "nota dinas",
    "rancangan SOP",
    "dokumen analisis jabatan",
    "hasil telaah",
)
WAKTU = ("5 menit", "10 menit", "1 jam", "2 jam", "1 hari", "Sesuai jadwal")


def generated_sop(seed: int, steps: int = 9, lanes: int = 4, style: str = "ntt") -> Sop:
    """A plausible SOP with a decision that loops back for repair, deterministic per seed."""
    rng = random.Random(seed)
    actors = [Actor(f"Pelaksana {chr(65 + i)} Biro Organisasi", f"a{i}") for i in range(lanes)]
    result = []
    for index in range(steps):
        kind = StepKind.PROCESS
        if index == 0:
            kind = StepKind.START
        elif index == steps - 1:
            kind = StepKind.END
        elif index == steps // 2:
            kind = StepKind.DECISION
        verb, obj = rng.choice(VERBS), rng.choice(OBJECTS)
        text = f"{verb} {obj} ({seed}.{index + 1}) dan meneruskan kepada pelaksana berikutnya"
        if kind is StepKind.DECISION:
            text = (
                f"Memeriksa {obj} ({seed}.{index + 1}); apabila setuju diteruskan, apabila "
                "tidak setuju dikembalikan untuk diperbaiki"
            )
        result.append(
            Step(
                kind=kind,
                actor=f"a{index % lanes}",
                text=text,
                kelengkapan=f"{obj.capitalize()} {index + 1}",
                waktu=rng.choice(WAKTU),
                output=f"{obj.capitalize()} terproses {index + 1}",
                keterangan="Jika diperlukan" if index % 3 == 2 else "",
                id=f"s{index + 1}",
            )
        )
    for step, following in pairwise(result):
        if step.kind is StepKind.DECISION:
            step.yes, step.no = following.id, result[max(0, result.index(step) - 2)].id
        else:
            step.next = following.id
    return Sop(
        judul=f"Penanganan Surat Nomor {seed}",
        nomor=f"{seed:02d} TAHUN 2024",
        unit_header=[
            "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR",
            "SEKRETARIAT DAERAH",
            "BIRO ORGANISASI",
        ],
        tanggal_pembuatan="2024-09-17",
        tanggal_revisi="-",
        approver=Approver(
            "Kepala Biro Organisasi",
            "Nama Pejabat, S.H.",
            "Pembina Tingkat I",
            "197103291999031002",
        ),
        dasar_hukum=[
            "Peraturan Menteri PAN-RB Nomor 35 Tahun 2012 tentang Pedoman Penyusunan "
            "Standar Operasional Prosedur Administrasi Pemerintahan",
            "Peraturan Gubernur Nusa Tenggara Timur Nomor 44 Tahun 2020",
        ],
        kualifikasi=["Pendidikan minimal S1", "Memahami tata naskah dinas"],
        keterkaitan=["SOP Penanganan Surat Keluar"],
        peralatan=["Komputer", "ATK"],
        peringatan=["Apabila tidak dilaksanakan, tindak lanjut surat terlambat"],
        pencatatan=["Buku agenda"],
        actors=actors,
        steps=result,
        style=style,
        id=f"sop-{seed}",
    )
