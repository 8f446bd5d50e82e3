"""Validation of an SOP: findings (code, severity, message in Bahasa Indonesia, location).

Every code, its severity and meaning are listed in `CODES` and in docs/validation.md. The UI
shows the findings and the CLI prints them; nothing here changes the SOP.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from sopstudio.model.layout.fonts import font_key, missing_glyphs
from sopstudio.model.layout.geometry import SopLayout
from sopstudio.model.numbering import parse_indonesian_date
from sopstudio.model.sop import LIST_FIELDS, MUTU_FIELDS, Port, Sop, Step, StepKind
from sopstudio.model.style import StyleCatalog
from sopstudio.model.waktu import WaktuKind, parse_waktu

ERROR = "error"
WARNING = "warning"

#: Identity fields that must be filled: (field path, label, severity). A new draft has no
#: Tanggal Efektif or Tanggal Revisi yet, so those are not required.
IDENTITY_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("judul", "Judul SOP", ERROR),
    ("unit_header", "Kop unit kerja (PEMERINTAH ... / BIRO ...)", ERROR),
    ("nomor", "Nomor SOP", ERROR),
    ("tanggal_pembuatan", "Tanggal Pembuatan", WARNING),
    ("approver.jabatan", "Jabatan pengesah (Disahkan oleh)", ERROR),
    ("approver.nama", "Nama pengesah", ERROR),
    ("approver.nip", "NIP pengesah", WARNING),
    ("dasar_hukum", "Dasar Hukum", WARNING),
)

#: Date fields checked for a readable date, with their labels.
DATE_FIELDS: tuple[tuple[str, str], ...] = (
    ("tanggal_pembuatan", "Tanggal Pembuatan"),
    ("tanggal_revisi", "Tanggal Revisi"),
    ("tanggal_efektif", "Tanggal Efektif"),
)


def _identity_code(path: str) -> str:
    return "identity-missing-" + path.replace(".", "-").replace("_", "-")


#: Every code `validate_sop` reports, with its severity.
CODES: dict[str, str] = {
    **{_identity_code(path): severity for path, _, severity in IDENTITY_FIELDS},
    "placeholder-text": ERROR,
    "style-unknown": ERROR,
    "nip-invalid": WARNING,
    "date-invalid": WARNING,
    "duplicate-nomor": ERROR,
    "no-steps": ERROR,
    "no-start": ERROR,
    "multiple-starts": ERROR,
    "no-end": ERROR,
    "start-not-first": WARNING,
    "step-without-text": ERROR,
    "step-without-actor": ERROR,
    "unknown-actor": ERROR,
    "missing-next": ERROR,
    "decision-missing-yes": ERROR,
    "decision-missing-no": ERROR,
    "decision-same-targets": ERROR,
    "missing-link-target": ERROR,
    "self-link": ERROR,
    "link-into-start": ERROR,
    "unreachable-step": ERROR,
    "dead-end-step": ERROR,
    "waktu-empty": WARNING,
    "waktu-unparsed": WARNING,
    "kegiatan-not-verb": WARNING,
    "actor-without-name": ERROR,
    "duplicate-actor-name": WARNING,
    "actor-without-steps": WARNING,
    "layout-overflow": WARNING,
    "glyph-missing": WARNING,
    "hidden-characters": WARNING,
}

#: Bidi marks, embeddings, overrides and isolates, and zero-width characters: invisible, yet
#: they can make a title or a number read differently from what it holds.
HIDDEN_CHARACTERS = re.compile("[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")

_PORT_LABELS = {Port.NEXT: "berikutnya", Port.YES: "Ya", Port.NO: "Tidak"}


@dataclass(frozen=True)
class Finding:
    """One problem found in an SOP.

    `location` is "field:<name>" (an identity field, e.g. "field:approver.nip"),
    "step:<id>", "actor:<id>" or "sop" (the SOP as a whole).
    """

    code: str
    severity: str
    message: str
    location: str


def has_errors(findings: Collection[Finding]) -> bool:
    """True when any finding is an error."""
    return any(f.severity == ERROR for f in findings)


def validate_sop(
    sop: Sop, other_nomors: Collection[str] = (), styles: StyleCatalog | None = None
) -> list[Finding]:
    """All findings for an SOP, in a stable order: identity, structure, steps, actors,
    characters.

    `other_nomors` are the Nomor SOP of the other SOPs in the library (or decree), to detect
    a duplicate number; `styles` the house styles the SOP may name (default: the presets).
    """
    catalog = styles or StyleCatalog()
    return [
        *_identity(sop, other_nomors, catalog),
        *_structure(sop),
        *_steps(sop),
        *_actors(sop),
        *_characters(sop, catalog),
    ]


def _finding(code: str, message: str, location: str) -> Finding:
    return Finding(code, CODES[code], message, location)


# -- identity ------------------------------------------------------------------------------


def _field_value(sop: Sop, path: str) -> object:
    value: object = sop
    for part in path.split("."):
        value = getattr(value, part)
    return value


def _is_blank(value: object) -> bool:
    if isinstance(value, list):
        return not any(item.strip() for item in value)
    return not str(value).strip()


def normalise_nomor(nomor: str) -> str:
    """The comparable form of a Nomor SOP: "01 TAHUN 2024" and "1 Tahun  2024" match."""
    return re.sub(r"\b0+(?=\d)", "", " ".join(nomor.split()).casefold())


#: Text left to be filled in, such as "[unit kerja]" or "[nama pejabat]".
PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,60}\]")

#: Identity fields checked for placeholders, with their labels.
_TEXT_PATHS: tuple[tuple[str, str], ...] = (
    ("unit_header", "Kop unit kerja"),
    ("nomor", "Nomor SOP"),
    ("judul", "Judul SOP"),
    ("approver.jabatan", "Jabatan pengesah"),
    ("approver.nama", "Nama pengesah"),
    ("approver.pangkat", "Pangkat pengesah"),
    ("approver.nip", "NIP pengesah"),
)


def placeholder_in(texts: Collection[str]) -> str:
    """The first placeholder ("[unit kerja]") in `texts`, "" when there is none."""
    for text in texts:
        if found := PLACEHOLDER.search(text):
            return found.group(0)
    return ""


def _identity(sop: Sop, other_nomors: Collection[str], styles: StyleCatalog) -> Iterator[Finding]:
    for path, label, _ in IDENTITY_FIELDS:
        if _is_blank(_field_value(sop, path)):
            yield _finding(_identity_code(path), f"{label} belum diisi.", f"field:{path}")
    for path, label in _TEXT_PATHS:
        value = _field_value(sop, path)
        if mark := placeholder_in(value if isinstance(value, list) else [str(value)]):
            yield _finding(
                "placeholder-text",
                f'{label} masih berisi isian sementara "{mark}".',
                f"field:{path}",
            )
    if styles.get(sop.style) is None:
        yield _finding(
            "style-unknown",
            f'Gaya instansi "{sop.style}" tidak ada di pustaka; pilih gaya lain atau impor '
            "berkas gayanya (.style.json).",
            "field:style",
        )
    for path, label in DATE_FIELDS:
        text = getattr(sop, path).strip()
        if text and text != "-" and parse_indonesian_date(text) is None:
            yield _finding(
                "date-invalid",
                f'{label} "{text}" bukan tanggal yang dikenali (contoh: 17 September 2024).',
                f"field:{path}",
            )
    nip = "".join(sop.approver.nip.split())
    if nip and not (len(nip) == 18 and nip.isdigit()):
        yield _finding(
            "nip-invalid",
            f'NIP pengesah "{sop.approver.nip}" harus 18 angka (contoh: 19710329 199903 1 002).',
            "field:approver.nip",
        )
    nomor = normalise_nomor(sop.nomor)
    if nomor and nomor in {normalise_nomor(other) for other in other_nomors}:
        yield _finding(
            "duplicate-nomor",
            f'Nomor SOP "{sop.nomor.strip()}" sudah dipakai SOP lain.',
            "field:nomor",
        )


# -- flowchart structure -------------------------------------------------------------------


def _structure(sop: Sop) -> Iterator[Finding]:
    if not sop.steps:
        yield _finding("no-steps", "SOP belum memiliki langkah kegiatan.", "sop")
        return
    starts = [i for i, s in enumerate(sop.steps) if s.kind is StepKind.START]
    if not starts:
        yield _finding("no-start", "Tidak ada langkah Mulai (terminator awal).", "sop")
    for index in starts[1:]:
        yield _finding(
            "multiple-starts",
            f"Baris {index + 1}: langkah Mulai kedua; SOP hanya boleh memiliki satu awal "
            f"(baris {starts[0] + 1}).",
            f"step:{sop.steps[index].id}",
        )
    if starts and starts[0] != 0:
        yield _finding(
            "start-not-first",
            f"Baris {starts[0] + 1}: langkah Mulai sebaiknya berada di baris pertama.",
            f"step:{sop.steps[starts[0]].id}",
        )
    if not any(s.kind is StepKind.END for s in sop.steps):
        yield _finding("no-end", "Tidak ada langkah Selesai (terminator akhir).", "sop")


def _required_ports(step: Step) -> tuple[Port, ...]:
    return {
        StepKind.START: (Port.NEXT,),
        StepKind.PROCESS: (Port.NEXT,),
        StepKind.DECISION: (Port.YES, Port.NO),
        StepKind.END: (),
    }[step.kind]


def _broken_steps(sop: Sop) -> set[str]:
    """Steps with a missing, dangling or self link (reported by their own codes)."""
    ids = {s.id for s in sop.steps}
    return {
        s.id
        for s in sop.steps
        for port in _required_ports(s)
        if s.target(port) not in ids or s.target(port) == s.id
    }


def _reachable(sop: Sop, sources: list[str]) -> set[str]:
    """Steps reachable over existing links from `sources` (included)."""
    by_id = {s.id: s for s in sop.steps}
    queue = deque(sources)
    seen = set(queue)
    while queue:
        for _, target in by_id[queue.popleft()].links():
            if target in by_id and target not in seen:
                seen.add(target)
                queue.append(target)
    return seen


def _unreachable_heads(sop: Sop) -> dict[str, int]:
    """The first step (in table order) of each part of the flowchart that the start does not
    reach, with the number of other steps in that part. One finding per part: the steps
    after its head are unreachable only because the head is.
    """
    reached = _reachable(sop, [s.id for s in sop.steps if s.kind is StepKind.START])
    heads: dict[str, int] = {}
    for step in sop.steps:
        if step.id not in reached:
            part = _reachable(sop, [step.id]) - reached
            heads[step.id] = len(part) - 1
            reached |= part
    return heads


def _can_reach_end(sop: Sop) -> set[str]:
    """Steps with a path to an end. A broken step counts as reaching it: its own finding says
    what is missing, and the steps leading into it are not dead ends because of it.
    """
    incoming: dict[str, list[str]] = {s.id: [] for s in sop.steps}
    for step in sop.steps:
        for _, target in step.links():
            if target in incoming:
                incoming[target].append(step.id)
    broken = _broken_steps(sop)
    queue = deque(s.id for s in sop.steps if s.kind is StepKind.END or s.id in broken)
    seen = set(queue)
    while queue:
        for source in incoming[queue.popleft()]:
            if source not in seen:
                seen.add(source)
                queue.append(source)
    return seen


def _closed_loops(sop: Sop) -> dict[str, list[str]]:
    """The loops with no way out to an end, keyed by their first step in table order.

    Every step without a path to an end leads into such a loop; only the loop itself is
    reported, since the steps before it are dead ends because of it.
    """
    reaches_end = _can_reach_end(sop)
    dead = [s.id for s in sop.steps if s.id not in reaches_end]
    ahead = {step_id: _reachable(sop, [step_id]) for step_id in dead}
    loops: dict[str, list[str]] = {}
    covered: set[str] = set()
    for step_id in dead:
        # In a loop without exit, every step ahead leads back to this one.
        if step_id not in covered and all(step_id in ahead[t] for t in ahead[step_id]):
            loops[step_id] = [t for t in dead if t in ahead[step_id]]
            covered |= ahead[step_id]
    return loops


def _steps(sop: Sop) -> Iterator[Finding]:
    has_start = any(s.kind is StepKind.START for s in sop.steps)
    has_end = any(s.kind is StepKind.END for s in sop.steps)
    unreachable = _unreachable_heads(sop) if has_start else {}
    loops = _closed_loops(sop) if has_end else {}
    actor_ids = {a.id for a in sop.actors}
    rows = {s.id: index + 1 for index, s in enumerate(sop.steps)}
    starts = {s.id for s in sop.steps if s.kind is StepKind.START}
    for step in sop.steps:
        row = rows[step.id]
        where = f"step:{step.id}"
        if not step.text.strip():
            yield _finding("step-without-text", f"Baris {row}: uraian kegiatan kosong.", where)
        if step.actor is None:
            yield _finding("step-without-actor", f"Baris {row}: belum ada pelaksana.", where)
        elif step.actor not in actor_ids:
            yield _finding(
                "unknown-actor", f"Baris {row}: pelaksana tidak dikenal ({step.actor}).", where
            )
        if mark := placeholder_in([step.text, *(getattr(step, name) for name in MUTU_FIELDS)]):
            yield _finding(
                "placeholder-text", f'Baris {row}: masih berisi isian sementara "{mark}".', where
            )
        yield from _links(step, row, rows, starts)
        if step.id in unreachable:
            others = unreachable[step.id]
            also = f" (begitu pula {others} langkah yang hanya dicapai darinya)" if others else ""
            yield _finding(
                "unreachable-step",
                f"Baris {row}: langkah tidak dapat dicapai dari Mulai{also}.",
                where,
            )
        if step.id in loops:
            loop_rows = ", ".join(str(rows[t]) for t in loops[step.id])
            yield _finding(
                "dead-end-step",
                f"Baris {row}: alur berputar tanpa jalan menuju Selesai (baris {loop_rows}).",
                where,
            )
        yield from _waktu(step, row)
        if word := non_verb_start(step):
            yield _finding(
                "kegiatan-not-verb",
                f"Baris {row}: uraian kegiatan sebaiknya diawali kata kerja aktif "
                f'(me-, ber-, di-, ...), bukan "{word}".',
                where,
            )


def _links(
    step: Step, row: int, rows: dict[str, int], starts: Collection[str]
) -> Iterator[Finding]:
    where = f"step:{step.id}"
    if step.kind in (StepKind.START, StepKind.PROCESS) and step.next is None:
        yield _finding(
            "missing-next", f"Baris {row}: tidak ada panah ke langkah berikutnya.", where
        )
    if step.kind is StepKind.DECISION:
        if step.yes is None:
            yield _finding(
                "decision-missing-yes", f"Baris {row}: keputusan belum memiliki cabang Ya.", where
            )
        if step.no is None:
            yield _finding(
                "decision-missing-no",
                f"Baris {row}: keputusan belum memiliki cabang Tidak.",
                where,
            )
        if step.yes is not None and step.yes == step.no:
            target = f"baris {rows[step.yes]}" if step.yes in rows else step.yes
            yield _finding(
                "decision-same-targets",
                f"Baris {row}: cabang Ya dan Tidak menuju langkah yang sama ({target}).",
                where,
            )
    for port, target in step.links():
        label = _PORT_LABELS[port]
        if target not in rows:
            yield _finding(
                "missing-link-target",
                f"Baris {row}: panah {label} menuju langkah yang tidak ada ({target}).",
                where,
            )
        elif target == step.id:
            yield _finding(
                "self-link", f"Baris {row}: panah {label} menuju langkah itu sendiri.", where
            )
        elif target in starts:
            yield _finding(
                "link-into-start",
                f"Baris {row}: panah {label} menuju Mulai (baris {rows[target]}); Mulai tidak "
                "boleh didatangi panah, arahkan ke langkah sesudahnya.",
                where,
            )


_TERMINATOR_WORDS = {"mulai", "selesai"}


def _is_terminator_row(step: Step) -> bool:
    """A separate Mulai/Selesai row (houses that draw terminators as their own rows)."""
    return step.kind in (StepKind.START, StepKind.END) and (
        step.text.strip().casefold().rstrip(".") in _TERMINATOR_WORDS
    )


def _waktu(step: Step, row: int) -> Iterator[Finding]:
    if _is_terminator_row(step):
        return
    waktu = parse_waktu(step.waktu)
    where = f"step:{step.id}"
    if waktu.kind is WaktuKind.EMPTY:
        yield _finding("waktu-empty", f"Baris {row}: Waktu (mutu baku) kosong.", where)
    elif waktu.kind is WaktuKind.UNKNOWN:
        yield _finding(
            "waktu-unparsed",
            f'Baris {row}: Waktu "{step.waktu.strip()}" tidak dikenali; tulis misalnya '
            '"5 menit", "1–2 hari" atau "Sesuai jadwal".',
            where,
        )


# -- the kegiatan heuristic ----------------------------------------------------------------

#: Active and passive verb prefixes: me- (mem-, men-, meng-, meny-), ber-, di-, ter-, per-.
VERB_PREFIXES: tuple[str, ...] = ("me", "ber", "di", "ter", "per")
#: Root verbs used as imperatives in SOP rows ("Buat ...", "Kirim ...").
ROOT_VERBS: frozenset[str] = frozenset(
    (
        "ambil", "bahas", "baca", "bawa", "buat", "catat", "cek", "cetak", "datang", "hubungi",
        "input", "isi", "kirim", "lapor", "minta", "pilih", "pindai", "rekap", "scan", "simpan",
        "susun", "tanda", "tulis", "tunggu", "turun", "unduh", "unggah", "upload", "validasi",
        "verifikasi",
    )
)  # fmt: skip
#: Words a decision's question may start with ("Apakah dokumen lengkap?").
DECISION_WORDS: frozenset[str] = frozenset(("apakah", "apabila", "jika", "bila"))
_LEADING_NUMBERING = re.compile(r"^(?:\s*(?:\(?[0-9a-zA-Z]{1,3}[.)]\s+|[-–•*]\s*))*")
_FIRST_WORD = re.compile(r"[A-Za-z]+")


def non_verb_start(step: Step) -> str:
    """The first word of the kegiatan when it does not look like a verb, else "".

    A simple heuristic: after leading numbering ("1.", "a)", "-") the first word must start
    with me-, ber-, di-, ter- or per-, end in -kan (an imperative such as "Siapkan"), or be
    one of `ROOT_VERBS`; a decision may also start with `DECISION_WORDS`. Terminator rows
    reading just "Mulai"/"Selesai" are exempt.
    """
    if _is_terminator_row(step):
        return ""
    text = _LEADING_NUMBERING.sub("", step.text)
    match = _FIRST_WORD.search(text)
    if not match or match.start() != len(text) - len(text.lstrip()):
        return ""  # empty, or not starting with a word: reported elsewhere or not judged
    word = match.group()
    lower = word.casefold()
    if (
        lower.startswith(VERB_PREFIXES)
        or lower.endswith("kan")
        or lower in ROOT_VERBS
        or (step.kind is StepKind.DECISION and lower in DECISION_WORDS)
    ):
        return ""
    return word


# -- actors ----------------------------------------------------------------------------------


def _actors(sop: Sop) -> Iterator[Finding]:
    used = {s.actor for s in sop.steps}
    first_column: dict[str, int] = {}
    for index, actor in enumerate(sop.actors):
        where = f"actor:{actor.id}"
        name = " ".join(actor.name.split())
        if not name:
            yield _finding(
                "actor-without-name", f"Pelaksana kolom ke-{index + 1} belum diberi nama.", where
            )
        elif name.casefold() in first_column:
            yield _finding(
                "duplicate-actor-name",
                f'Pelaksana "{name}" muncul lebih dari sekali (kolom ke-'
                f"{first_column[name.casefold()] + 1} dan ke-{index + 1}).",
                where,
            )
        else:
            first_column[name.casefold()] = index
        if actor.id not in used:
            yield _finding(
                "actor-without-steps",
                f'Pelaksana "{name or index + 1}" tidak memiliki langkah.',
                where,
            )


# -- characters ----------------------------------------------------------------------------

#: Identity fields (paths) checked for hidden characters, in form order.
_IDENTITY_TEXT = (
    "unit_header",
    "nomor",
    "judul",
    "tanggal_pembuatan",
    "tanggal_revisi",
    "tanggal_efektif",
    "approver.jabatan",
    "approver.nama",
    "approver.pangkat",
    "approver.nip",
    *LIST_FIELDS,
)


def _texts(sop: Sop) -> Iterator[tuple[str, str]]:
    """(location, text) of every text of the SOP shown on paper, in form and table order."""
    for path in _IDENTITY_TEXT:
        value = _field_value(sop, path)
        yield f"field:{path}", "\n".join(value) if isinstance(value, list) else str(value)
    for step in sop.steps:
        yield (
            f"step:{step.id}",
            "\n".join((step.text, step.kelengkapan, step.waktu, step.output, step.keterangan)),
        )
    for actor in sop.actors:
        yield f"actor:{actor.id}", actor.name


def _characters(sop: Sop, styles: StyleCatalog) -> Iterator[Finding]:
    font = font_key(styles.style_of(sop.style).fonts.family)
    for where, text in _texts(sop):
        for code, message in character_problems(text, font, where.startswith("field:")):
            yield _finding(code, message, where)


def character_problems(text: str, font: str, identity: bool) -> Iterator[tuple[str, str]]:
    """("hidden-characters" | "glyph-missing", message) for a text printed in `font`; hidden
    characters are looked for in `identity` fields only (also used for decree fields)."""
    if identity and HIDDEN_CHARACTERS.search(text):
        found = sorted({f"U+{ord(c):04X}" for c in HIDDEN_CHARACTERS.findall(text)})
        yield (
            "hidden-characters",
            (
                "Isian berisi karakter tak terlihat (arah teks/lebar nol) yang dapat mengubah "
                f"cara teks terbaca: {', '.join(found)}."
            ),
        )
    missing = missing_glyphs(text, font)
    if missing:
        shown = ", ".join(f"{c} (U+{ord(c):04X})" for c in missing[:10])
        more = f" dan {len(missing) - 10} lainnya" if len(missing) > 10 else ""
        yield (
            "glyph-missing",
            (f"Karakter tanpa bentuk di huruf bawaan, dicetak sebagai [U+...]: {shown}{more}."),
        )


def layout_findings(layout: SopLayout | None) -> list[Finding]:
    """The layout engine's warnings (a row too tall for a page) as findings."""
    if layout is None:
        return []
    return [_finding("layout-overflow", warning, "sop") for warning in layout.warnings]
