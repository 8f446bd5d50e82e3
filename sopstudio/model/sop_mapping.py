"""The old-to-new SOP table of a revision: which SOPs stay, change, are new or revoked.

When a decree replaces an older one (or a unit's library moves on over a year), reviewers ask
for the mapping: No | SOP lama (nomor, judul) | SOP baru (nomor, judul) | Keterangan
(tetap / diubah / baru / dicabut), the Malang form. SOPs are matched by their id, which
the library keeps through every revision (and, failing that, by nomor).
"""

from __future__ import annotations

from dataclasses import dataclass

from sopstudio.model.decree import Decree, MappingRow
from sopstudio.model.sop import Sop
from sopstudio.model.sop_diff import diff_sops

TETAP, DIUBAH, BARU, DICABUT = "tetap", "diubah", "baru", "dicabut"


@dataclass(frozen=True)
class MappingEntry:
    """One SOP's fate; `old` or `new` is None for a new or a revoked SOP."""

    old: Sop | None
    new: Sop | None
    keterangan: str


def _same_content(old: Sop, new: Sop) -> bool:
    diff = diff_sops(old, new)
    moved = diff.lanes_reordered or diff.steps_reordered
    return diff.unchanged_parts and not moved and all(c.name == "revision" for c in diff.identity)


def map_sops(old: list[Sop], new: list[Sop]) -> list[MappingEntry]:
    """Every SOP of either list, in the new list's order, revoked ones last."""
    by_id = {s.id: s for s in old}
    by_nomor = {s.nomor: s for s in old if s.nomor}
    used: set[str] = set()
    entries = []
    for sop in new:
        before = by_id.get(sop.id) or (by_nomor.get(sop.nomor) if sop.nomor else None)
        if before is None or before.id in used:
            entries.append(MappingEntry(None, sop, BARU))
            continue
        used.add(before.id)
        entries.append(MappingEntry(before, sop, TETAP if _same_content(before, sop) else DIUBAH))
    entries += [MappingEntry(s, None, DICABUT) for s in old if s.id not in used]
    return entries


def decree_mapping(old: Decree, new: Decree) -> list[MappingEntry]:
    """The mapping from the SOPs of the decree `new` replaces to its own."""
    return map_sops(old.lampiran.sops, new.lampiran.sops)


def apply_mapping(decree: Decree, old: Decree) -> None:
    """Fill `decree`'s Lampiran mapping table from the older decree it replaces."""
    decree.lampiran.mapping = [
        MappingRow(
            e.old.nomor if e.old else "",
            e.old.judul if e.old else "",
            e.new.nomor if e.new else "",
            e.new.judul if e.new else "",
        )
        for e in decree_mapping(old, decree)
    ]
    decree.lampiran.mapping_years = (_year(old), _year(decree))


def _year(decree: Decree) -> str:
    return decree.tanggal_ditetapkan[:4] if decree.tanggal_ditetapkan[:4].isdigit() else ""
