"""Turning a `RawSop` into a `Sop`: identity, lanes, steps, actors, decisions and links.

Each inference that is not read straight from the source (an actor taken from the text, a
decision read from "apabila tidak setuju ...", a shifted column) is recorded in the report
as a guess; each thing a human must fix (a lost step number, an unnamed lane) as a problem.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from sopstudio.model.importers.columns import ColumnMap, map_columns
from sopstudio.model.importers.names import best_lane, starts_with_lane
from sopstudio.model.importers.raw import RawCell, RawSop, RawTable, step_number
from sopstudio.model.importers.report import ImportReport
from sopstudio.model.importers.text import one_line
from sopstudio.model.numbering import parse_indonesian_date
from sopstudio.model.signatory import is_titles, split_jabatan_nama
from sopstudio.model.sop import Actor, Approver, Sop, Step, StepKind
from sopstudio.model.waktu import WaktuKind, parse_waktu

#: Longer lane-cell text is a description of a picture, not a mark.
MAX_MARK_LENGTH = 40


@dataclass
class _Row:
    """A step as read from a body row, before links are made."""

    number: int | None
    text: str
    where: str
    lanes: list[int] = field(default_factory=list)
    #: The drawn symbol (DOCX); a terminator is read as START.
    symbol: StepKind | None = None
    kelengkapan: str = ""
    waktu: str = ""
    output: str = ""
    keterangan: str = ""


def build_sop(raw: RawSop) -> tuple[Sop, ImportReport]:
    """The SOP a raw document describes, and the report of its guesses and problems."""
    report = ImportReport()
    sop = Sop()
    _identity(raw, sop, report)
    lanes: list[str] = []
    rows = _read_rows(raw, lanes, report)
    sop.actors = [Actor(name) for name in lanes]
    if not rows:
        report.problem(
            "NO_STEPS", "Tidak ada langkah (tabel diagram alir) yang ditemukan.", raw.where
        )
    _check_numbers(rows, report)
    sop.steps = [
        Step(
            text=r.text,
            kelengkapan=r.kelengkapan,
            waktu=r.waktu,
            output=r.output,
            keterangan=r.keterangan,
        )
        for r in rows
    ]
    _assign_actors(sop, rows, report)
    _link(sop, rows, report)
    _drawn_links(sop, rows, raw.links)
    _check_waktu(sop, rows, report)
    return sop, report


# -- identity ------------------------------------------------------------------------------

_NIP = re.compile(r"\bNIP\.?\s*:?\s*((?:\d[\s.]?){18})", re.IGNORECASE)
_PANGKAT = re.compile(r"\b(?:Pembina|Penata|Pengatur|Juru)\b", re.IGNORECASE)


def _digits(text: str) -> str:
    """A NIP as stored: its 18 digits (printed grouped 8-6-1-3)."""
    return re.sub(r"\D", "", text)


def parse_approver(text: str, units: Iterable[str] = ()) -> Approver:
    """Split "Plt. Kepala Biro ..., Nama, gelar Pangkat NIP. 1975..." or "KEPALA BAGIAN ...
    NAMA, gelar NIP. ..." into its parts; `units` (the SOP's letterhead lines) tell where an
    upper-case jabatan ends and the name begins."""
    lines = [one_line(line) for line in text.split("\n") if line.strip()]
    if len(lines) >= 3 and not any("," in line for line in lines[:1]):
        # One item per line, as the identity table prints it: jabatan, nama, pangkat, NIP;
        # a first line holding jabatan and name is followed by the pangkat at once.
        nips = [(line, match) for line in lines if (match := _NIP.search(line))]
        nip_lines = [line for line, _match in nips]
        rest = [line for line in lines[1:] if line not in nip_lines]
        jabatan, nama = lines[0], ""
        if not rest or _PANGKAT.match(rest[0]):
            jabatan, nama = split_jabatan_nama(lines[0], units)
        elif rest:
            nama, rest = rest[0], rest[1:]
        return Approver(
            jabatan=jabatan or nama,
            nama=nama if jabatan else "",
            pangkat=" ".join(rest),
            nip=_digits(nips[0][1].group(1)) if nips else "",
        )
    flat = " ".join(lines)
    approver = Approver()
    nip = _NIP.search(flat)
    if nip:
        approver.nip = _digits(nip.group(1))
        flat = (flat[: nip.start()] + " " + flat[nip.end() :]).strip()
    pangkat = _PANGKAT.search(flat)
    if pangkat:
        approver.pangkat = flat[pangkat.start() :].strip(" ,")
        flat = flat[: pangkat.start()]
    jabatan, comma, names = flat.partition(",")
    if comma and not is_titles(names):
        approver.jabatan, approver.nama = jabatan.strip(), names.strip(" ,")
    else:
        # "JABATAN NAMA, gelar": the comma only sets off the name's titles.
        approver.jabatan, approver.nama = split_jabatan_nama(flat.strip(" ,"), units)
    return approver


def _identity(raw: RawSop, sop: Sop, report: ImportReport) -> None:
    fields = raw.fields
    sop.unit_header = list(raw.unit_header)
    sop.nomor = one_line(fields.get("nomor", "")).strip(" :.")
    sop.judul = one_line(fields.get("judul", "")).strip(" :")
    for name in ("tanggal_pembuatan", "tanggal_revisi", "tanggal_efektif"):
        text = one_line(fields.get(name, "")).strip(" :")
        # Dates are stored in ISO form (printed long again); text that is no date is kept.
        setattr(sop, name, parse_indonesian_date(text) or ("" if text == "-" else text))
    if "disahkan" in fields:
        sop.approver = parse_approver(fields["disahkan"], sop.unit_header)
    for name, items in raw.lists.items():
        setattr(sop, name, list(items))
    if not sop.judul:
        report.problem("NO_JUDUL", "Judul SOP tidak ditemukan.", raw.where)
    if not sop.nomor:
        report.problem("NO_NOMOR", "Nomor SOP tidak ditemukan.", raw.where)
    elif not re.search(r"\d", sop.nomor):
        report.problem("NOMOR_INCOMPLETE", f"Nomor SOP tanpa angka: {sop.nomor!r}.", raw.where)


# -- rows -----------------------------------------------------------------------------------


def _read_rows(raw: RawSop, lanes: list[str], report: ImportReport) -> list[_Row]:
    rows: list[_Row] = []
    noted_pictures = False
    for table in _in_page_order(raw, report):
        cmap = map_columns(table.header)
        lane_index = _lane_indexes(cmap, lanes, table.where, report)
        for raw_row in table.rows:
            cells = _strip_column_numbers([c.text for c in raw_row.cells])
            number_text = _cell(cells, cmap.no)
            text = _cell(cells, cmap.kegiatan)
            number = step_number(number_text)
            drawn = any(
                col < len(raw_row.cells) and raw_row.cells[col].symbol is not None
                for col, _name in cmap.lanes
            )
            if number is None and drawn:
                # A row without a number but with its own symbol in a lane is a step.
                report.guess(
                    "STEP_UNNUMBERED",
                    "Baris tanpa nomor dengan simbol sendiri dibaca sebagai langkah.",
                    raw_row.where,
                    len(rows) + 1,
                )
            elif number is None:
                if text and rows:
                    rows[-1].text = f"{rows[-1].text} {text}".strip()
                    report.guess(
                        "ROW_MERGED",
                        "Baris tanpa nomor digabung ke langkah sebelumnya.",
                        raw_row.where,
                        len(rows),
                    )
                continue
            row = _Row(number, _strip_number(text, number) if number else text, raw_row.where)
            shift = _mutu_shift(cells, cmap)
            if shift:
                report.guess(
                    "COLUMNS_SHIFTED",
                    f"Kolom Mutu Baku bergeser {shift:+d}; dibaca menurut isi kolom Waktu.",
                    raw_row.where,
                    len(rows) + 1,
                )
            for name in ("kelengkapan", "waktu", "output", "keterangan"):
                col = getattr(cmap, name)
                if col is not None:
                    setattr(row, name, _cell(cells, col + shift))
            marked: list[int] = []
            for (col, _name), index in zip(cmap.lanes, lane_index, strict=True):
                cell = raw_row.cells[col] if col < len(raw_row.cells) else RawCell()
                mark = " ".join(cells[col].split()) if col < len(cells) else ""
                if cell.symbol is not None:
                    row.lanes.append(index)
                    row.symbol = row.symbol or cell.symbol
                elif mark and len(mark) <= MAX_MARK_LENGTH:
                    # "Mulai", "Ya", "Selesai" ...: OCR left a word where a symbol stood.
                    marked.append(index)
                elif mark and not noted_pictures:
                    noted_pictures = True
                    report.problem(
                        "LANE_TEXT",
                        "Sel jalur berisi teks panjang (bukan simbol); diabaikan.",
                        raw_row.where,
                        len(rows) + 1,
                    )
            # A drawn symbol marks the lane; a word elsewhere in the row (an arrow's "Ya")
            # only counts where no symbol is drawn.
            row.lanes = row.lanes or marked
            rows.append(row)
    return rows


def _first_number(table: RawTable) -> int:
    no = map_columns(table.header).no
    for row in table.rows:
        number = step_number(row.cells[no].text if no < len(row.cells) else "")
        if number is not None:
            return number
    return 0


def _in_page_order(raw: RawSop, report: ImportReport) -> list[RawTable]:
    """The tables sorted by their first step number when pages were scanned out of order."""
    firsts = [_first_number(t) for t in raw.tables]
    if firsts == sorted(firsts):
        return raw.tables
    report.guess(
        "PAGES_REORDERED",
        "Halaman tabel tidak berurutan; diurutkan menurut nomor langkah pertamanya.",
        raw.tables[firsts.index(min(firsts))].where,
    )
    return [t for _n, _i, t in sorted(zip(firsts, range(len(firsts)), raw.tables, strict=True))]


def _cell(cells: list[str], col: int | None) -> str:
    if col is None or col < 0 or col >= len(cells):
        return ""
    return cells[col].strip()


def _strip_column_numbers(cells: list[str]) -> list[str]:
    """Remove the column numbers OCR merged into a row ("2 Menyiapkan", "8 5 menit")."""
    hits = [j for j, c in enumerate(cells) if j >= 1 and re.match(rf"^{j + 1}(?:\s|$)", c.strip())]
    if len(hits) < 3:
        return cells
    out = list(cells)
    for j in hits:
        out[j] = out[j].strip()[len(str(j + 1)) :].strip()
    return out


def _strip_number(text: str, number: int) -> str:
    """The step text without a repeated step number ("1. Menerima ..." in step 1)."""
    return re.sub(rf"^(?:\d+\s+)?{number}\s*[.)]\s+", "", text).strip()


def _is_waktu(text: str) -> bool:
    return parse_waktu(text).kind in (WaktuKind.DURATION, WaktuKind.NON_DURATION)


def _mutu_shift(cells: list[str], cmap: ColumnMap) -> int:
    """How far a row's Mutu Baku cells sit from the header's columns (OCR dropped or added one)."""
    if cmap.waktu is None or _is_waktu(_cell(cells, cmap.waktu)):
        return 0
    for shift in (1, -1, 2, -2):
        col = cmap.waktu + shift
        if col > cmap.kegiatan and parse_waktu(_cell(cells, col)).kind == WaktuKind.DURATION:
            return shift
    return 0


def _lane_indexes(cmap: ColumnMap, lanes: list[str], where: str, report: ImportReport) -> list[int]:
    """The SOP lane index of each lane column of a table, adding lanes first seen here."""
    indexes: list[int] = []
    for position, (_col, name) in enumerate(cmap.lanes):
        name = one_line(name)
        if not name:
            if position < len(lanes):
                indexes.append(position)
                continue
            name = f"Pelaksana {len(lanes) + 1}"
            report.problem("LANE_UNNAMED", f"Kolom pelaksana tanpa nama; dinamai {name!r}.", where)
        folded = [lane.casefold() for lane in lanes]
        if name.casefold() in folded:
            indexes.append(folded.index(name.casefold()))
        else:
            lanes.append(name)
            indexes.append(len(lanes) - 1)
    return indexes


def _check_numbers(rows: list[_Row], report: ImportReport) -> None:
    """Report step numbers that skip or repeat (lost or duplicated pages)."""
    previous: int | None = None
    for index, row in enumerate(rows, start=1):
        n = row.number
        if n is None:
            continue
        if previous is None and n != 1:
            report.problem(
                "NUMBER_START", f"Langkah pertama bernomor {n}, bukan 1.", row.where, index
            )
        elif previous is not None and n == previous:
            report.problem("NUMBER_DUPLICATE", f"Nomor langkah {n} ganda.", row.where, index)
        elif previous is not None and n > previous + 1:
            missing = f"{previous + 1}" if n == previous + 2 else f"{previous + 1}-{n - 1}"
            report.problem(
                "NUMBER_GAP",
                f"Nomor langkah melompat dari {previous} ke {n}: langkah {missing} hilang?",
                row.where,
                index,
            )
        elif previous is not None and n < previous:
            report.problem(
                "NUMBER_ORDER", f"Nomor langkah {n} sesudah {previous}.", row.where, index
            )
        previous = n


# -- actors ---------------------------------------------------------------------------------

#: Who the work goes to next: "... kepada X", "... ke X", "menugaskan X ...".
_ADDRESSEE = re.compile(
    r"\b(?:kepada|ke|menugaskan|memerintahkan|menginstruksikan|mendisposisikan)\s+"
    r"(?:sdr\.?\s+|yth\.?\s+)?([^.,;:()]+)",
    re.IGNORECASE,
)
_CUT = re.compile(
    r"\s+(?:untuk|guna|agar|yang|dan|serta|apabila|jika|kalau|bila|melalui|sebagai|dengan|dalam|"
    r"terkait|sesuai|setelah|selanjutnya|kemudian|menyiapkan|menyusun|mempersiapkan|"
    r"membuat|melaksanakan|memproses|menindaklanjuti)\b.*$",
    re.IGNORECASE,
)


def mentions(text: str) -> list[str]:
    """The officials a text forwards work to ("... kepada Kasubag ..."), in text order."""
    found = []
    for match in _ADDRESSEE.finditer(text):
        who = _CUT.sub("", match.group(1)).strip()
        if who:
            found.append(" ".join(who.split()[:7]))
    return found


def addressee_lane(text: str, lanes: list[str]) -> int | None:
    """The lane of the last official the text hands work to."""
    for who in reversed(mentions(text)):
        index = best_lane(who, lanes)
        if index is not None:
            return index
    return None


def _assign_actors(sop: Sop, rows: list[_Row], report: ImportReport) -> None:
    names = [a.name for a in sop.actors]
    previous: Step | None = None
    for index, (step, row) in enumerate(zip(sop.steps, rows, strict=True), start=1):
        lane: int | None = None
        if row.lanes:
            lane = row.lanes[0]
            if len(set(row.lanes)) > 1:
                report.guess(
                    "ACTOR_SEVERAL_MARKS",
                    f"Beberapa jalur bertanda; dipakai {names[lane]!r}.",
                    row.where,
                    index,
                )
        elif (lane := starts_with_lane(step.text, names)) is not None:
            step.actor_guessed = True
            report.guess(
                "ACTOR_FROM_TEXT",
                f"Pelaksana {names[lane]!r} dibaca dari awal teks langkah.",
                row.where,
                index,
            )
        elif (
            previous is not None
            and (lane := addressee_lane(_forward_part(previous.text), names)) is not None
        ):
            step.actor_guessed = True
            report.guess(
                "ACTOR_FROM_PREVIOUS",
                f"Pelaksana {names[lane]!r} ditebak dari tujuan langkah sebelumnya.",
                row.where,
                index,
            )
        elif previous is not None and previous.actor is not None:
            step.actor = previous.actor
            step.actor_guessed = True
            report.guess(
                "ACTOR_SAME_AS_PREVIOUS",
                "Pelaksana tidak terbaca; disamakan dengan langkah sebelumnya.",
                row.where,
                index,
            )
        else:
            report.problem(
                "ACTOR_UNKNOWN", "Pelaksana langkah ini tidak dapat ditentukan.", row.where, index
            )
        if lane is not None:
            step.actor = sop.actors[lane].id
        previous = step


# -- decisions and links --------------------------------------------------------------------

_CONDITION = re.compile(r"\b(?:apabila|jika|jikalau|bila|kalau|bilamana)\b", re.IGNORECASE)
_RETURN = re.compile(
    r"\b(?:dikembalikan|mengembalikan|dikembalikannya|kembalikan|kembali\s+ke|perbaik\w*|"
    r"diperbaiki)\b",
    re.IGNORECASE,
)
_NEGATIVE = re.compile(
    r"^\W*(?:apabila|jika|jikalau|bila|kalau|bilamana)\s+(?:\S+\s+){0,6}?[\"']?"
    r"(?:tidak|belum|gagal|kegagalan|kurang|kekurangan|kesalahan|ditolak|menolak|habis|"
    r"ada\s+(?:koreksi|perbaikan|revisi|masukan))\b",
    re.IGNORECASE,
)
_STEP_REF = re.compile(
    r"\b(?:langkah|tahap|tahapan|kegiatan|nomor|no\.?|butir)\s*(?:ke\s*-?\s*)?(\d{1,3})\b",
    re.IGNORECASE,
)
_GOTO = re.compile(r"\b(?:lanjut\w*|kembali|menuju)\s+(?:ke\s+)?", re.IGNORECASE)
_RETURN_TO = re.compile(
    r"\b(?:dikembalikan|mengembalikan|kembalikan|kembali)\b[^.;]*?\b(?:kepada|ke)\s+"
    r"(?:sdr\.?\s+)?([^.,;:()]+)",
    re.IGNORECASE,
)


def clauses(text: str) -> list[str]:
    """The text cut before each condition word ("apabila", "jika", ...)."""
    starts = [m.start() for m in _CONDITION.finditer(text)]
    bounds = [0, *starts, len(text)]
    return [text[a:b] for a, b in pairwise(bounds) if text[a:b].strip()]


def split_decision(text: str) -> tuple[str, str] | None:
    """(yes part, no part) of a decision step's text, or None when the text decides nothing.

    Decisions are: two or more conditional clauses of which one is negated ("apabila tidak
    setuju ...") or sends the work back ("... dikembalikan kepada X"); two or more conditional
    clauses that each name the step to go to ("jika ..., lanjut ke langkah 4"); one negated
    clause that sends the work back (the "yes" path is the rest of the text); "Apakah ...?".
    """
    parts = clauses(text)
    conditional = [p for p in parts if _CONDITION.match(p)]
    negative = [p for p in conditional if _NEGATIVE.match(p) or _RETURN.search(p)]
    if len(conditional) >= 2 and negative and len(negative) < len(conditional):
        return " ".join(p for p in parts if p not in negative), " ".join(negative)
    if len(conditional) >= 2 and all(_STEP_REF.search(p) for p in conditional):
        first = parts.index(conditional[0])
        return " ".join(parts[: first + 1]), " ".join(conditional[1:])
    if len(conditional) >= 2 and negative:
        # Every branch is negated ("jika tidak ada sanggah ... jika ada sanggah" reads as
        # such too): the first branch is "Ya", the rest "Tidak".
        first = parts.index(conditional[0])
        return " ".join(parts[: first + 1]), " ".join(conditional[1:])
    if len(conditional) == 1 and _NEGATIVE.match(conditional[0]) and _RETURN.search(conditional[0]):
        return " ".join(p for p in parts if p is not conditional[0]), conditional[0]
    if re.search(r"\bapakah\b[^?]*\?", text, re.IGNORECASE):
        return text, ""
    return None


def _forward_part(text: str) -> str:
    """The part of a step's text that says where the work goes next."""
    decision = split_decision(text)
    return decision[0] if decision else text


def _step_by_number(rows: list[_Row], number: int, before: int | None = None) -> int | None:
    for index, row in enumerate(rows):
        if row.number == number and (before is None or index != before):
            return index
    return None


def _link(sop: Sop, rows: list[_Row], report: ImportReport) -> None:
    steps = sop.steps
    if not steps:
        return
    names = [a.name for a in sop.actors]
    last = len(steps) - 1
    for index, (step, row) in enumerate(zip(steps, rows, strict=True)):
        following = steps[index + 1].id if index < last else None
        decision = _decision(row, step.text) if 0 < index < last else None
        if index == last or (index > 0 and row.symbol == StepKind.START):
            step.kind = StepKind.END  # the last row, or a capsule drawn further up
            continue
        if index == 0:
            step.kind = StepKind.START
        if decision is None:
            step.next = _goto(step.text, rows, index, steps) or following
            continue
        step.kind = StepKind.DECISION
        yes_part, no_part = decision
        step.yes = _goto(yes_part, rows, index, steps) or following
        step.no = _no_target(sop, rows, index, no_part, names, report)
        report.guess(
            "DECISION_FROM_TEXT",
            "Langkah dibaca sebagai keputusan (Ya/Tidak) dari teksnya.",
            row.where,
            index + 1,
        )


def _drawn_links(sop: Sop, rows: list[_Row], links: list[tuple[str, str, str]]) -> None:
    """Replace the inferred links of each step with the arrows drawn from it."""
    index = {row.where: i for i, row in enumerate(rows)}
    outgoing: dict[int, list[tuple[int, str]]] = {}
    for tail, head, port in links:
        if tail in index and head in index:
            outgoing.setdefault(index[tail], []).append((index[head], port))
    for position, arrows in outgoing.items():
        step = sop.steps[position]
        if step.kind == StepKind.END:
            continue
        targets = [sop.steps[t].id for t, _port in arrows]
        if step.kind != StepKind.DECISION:
            step.next = targets[0]
            continue
        by_port = {port: sop.steps[t].id for t, port in arrows if port}
        unlabelled = [sop.steps[t].id for t, port in arrows if not port]
        step.yes = by_port.get("yes") or (unlabelled.pop(0) if unlabelled else step.yes)
        step.no = by_port.get("no") or (unlabelled.pop(0) if unlabelled else step.no)
    for step in sop.steps:
        # Clear ports the step's kind does not use, so no stale link survives.
        if step.kind != StepKind.DECISION:
            step.yes = step.no = None
        if step.kind in (StepKind.DECISION, StepKind.END):
            step.next = None


def _decision(row: _Row, text: str) -> tuple[str, str] | None:
    """The (yes, no) text parts when the step decides: a drawn diamond, else its text."""
    if row.symbol == StepKind.DECISION:
        return split_decision(text) or (text, "")
    if row.symbol == StepKind.PROCESS:
        return None  # a drawn rectangle is not a decision, whatever the text says
    return split_decision(text)


def _goto(text: str, rows: list[_Row], index: int, steps: list[Step]) -> str | None:
    """The step a "lanjut ke langkah N" / "kembali ke langkah N" in the text points at."""
    for match in _GOTO.finditer(text):
        ref = _STEP_REF.match(text, match.end())
        if ref:
            target = _step_by_number(rows, int(ref.group(1)), before=index)
            if target is not None:
                return steps[target].id
    return None


def _no_target(
    sop: Sop, rows: list[_Row], index: int, no_part: str, names: list[str], report: ImportReport
) -> str:
    steps = sop.steps
    where = rows[index].where
    ref = _STEP_REF.search(no_part)
    if ref:
        target = _step_by_number(rows, int(ref.group(1)), before=index)
        if target is not None:
            return steps[target].id
    returned = _RETURN_TO.search(no_part)
    if returned:
        who = _CUT.sub("", returned.group(1)).strip()
        lane = best_lane(who, names)
        if lane is not None:
            actor_id = sop.actors[lane].id
            for earlier in range(index - 1, -1, -1):
                if steps[earlier].actor == actor_id:
                    return steps[earlier].id
        report.guess(
            "DECISION_TARGET_GUESSED",
            f"Tujuan 'Tidak' ({who!r}) tidak cocok dengan langkah sebelumnya; "
            "diarahkan ke langkah sebelumnya.",
            where,
            index + 1,
        )
    else:
        report.guess(
            "DECISION_TARGET_GUESSED",
            "Tujuan 'Tidak' tidak disebut; diarahkan ke langkah sebelumnya.",
            where,
            index + 1,
        )
    return steps[index - 1].id


def _check_waktu(sop: Sop, rows: list[_Row], report: ImportReport) -> None:
    for index, (step, row) in enumerate(zip(sop.steps, rows, strict=True), start=1):
        if parse_waktu(step.waktu).kind == WaktuKind.UNKNOWN:
            report.problem(
                "WAKTU_UNREADABLE", f"Waktu tidak terbaca: {step.waktu!r}.", row.where, index
            )
