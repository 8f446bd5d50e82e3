"""Importing a package into a library: a plan (NEW / UNCHANGED / NEWER / OLDER / CONFLICT per
item), then applying it in one transaction that re-checks what the plan read."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from sopstudio.model import decree_json, jsonio, style_json
from sopstudio.model.decree import Decree
from sopstudio.model.errors import FormatError
from sopstudio.model.package.archive import open_archive
from sopstudio.model.package.manifest import (
    DECREE_DATA,
    DECREE_DOCUMENT,
    STYLES_DIR,
    Lineage,
    Manifest,
    PackageError,
    content_hash,
    decree_hash,
)
from sopstudio.model.package.verify import _verify
from sopstudio.model.sop import Sop
from sopstudio.model.store import Library, Relation, compare_lineage
from sopstudio.model.style import HouseStyle

# -- import ---------------------------------------------------------------------------------

_RELATION_TEXT = {
    Relation.NEW: "baru; akan ditambahkan",
    Relation.UNCHANGED: "sama dengan pustaka; dilewati",
    Relation.NEWER: "lebih baru di paket; mengganti versi pustaka setelah konfirmasi",
    Relation.OLDER: "lebih lama di paket; versi pustaka dipertahankan",
    Relation.CONFLICT: (
        "KONFLIK: berubah di paket dan di pustaka sejak revisi bersama; "
        "pilih pertahankan milik pustaka atau ambil dari paket"
    ),
}

OURS = "ours"
THEIRS = "theirs"


class _PlannedItem:
    """What the SOP and decree entries of an import plan share: a line for the user, and
    the library's version the plan was made against."""

    lineage: Lineage
    relation: Relation
    #: Our (revision, content hash) when the plan was made; None if we did not have it.
    our_head: tuple[int, str] | None

    @property
    def our_revision(self) -> int | None:
        """Our revision when the plan was made."""
        return None if self.our_head is None else self.our_head[0]

    @property
    def id(self) -> str:
        """The item's id."""
        raise NotImplementedError

    @property
    def name(self) -> str:
        """The item as the user knows it, e.g. 'SOP 02 Penanganan Surat Masuk'."""
        raise NotImplementedError

    def head_now(self, library: Library) -> tuple[int, str] | None:
        """Our (revision, content hash) now, locked until the library's transaction ends."""
        raise NotImplementedError

    def describe(self) -> str:
        """One line for the user."""
        ours = "" if self.our_revision is None else f", pustaka revisi {self.our_revision}"
        return (
            f"{self.name} [{self.id}] (paket revisi {self.lineage[-1][0]}{ours}): "
            f"{_RELATION_TEXT[self.relation]}"
        )


@dataclass(frozen=True)
class PlannedSop(_PlannedItem):
    """An SOP of the package and what importing it would do."""

    sop: Sop
    lineage: Lineage
    relation: Relation
    our_head: tuple[int, str] | None

    @property
    def id(self) -> str:
        """The SOP's id."""
        return self.sop.id

    @property
    def name(self) -> str:
        """'SOP <nomor> <judul>'."""
        return f"SOP {self.sop.nomor or '-'} {self.sop.judul}"

    def head_now(self, library: Library) -> tuple[int, str] | None:
        """Our (revision, content hash) of this SOP now, locked (see `Library.head`)."""
        return library.head(self.sop.id)

    def write_to(self, library: Library) -> None:
        """Store the package's SOP on top of our history; a new one goes into its unit."""
        sop = self.sop
        if self.relation is Relation.NEW:
            unit = library.ensure_unit(sop.unit_header) if sop.unit_header else None
            library.adopt_sop(sop, self.lineage, unit)
        else:
            library.adopt_sop(sop, self.lineage)


@dataclass(frozen=True)
class PlannedDecree(_PlannedItem):
    """The package's decree and what importing it would do."""

    decree: Decree
    lineage: Lineage
    relation: Relation
    our_head: tuple[int, str] | None

    @property
    def id(self) -> str:
        """The decree's id."""
        return self.decree.id

    @property
    def name(self) -> str:
        """'<kind> Nomor <nomor>'."""
        return f"{self.decree.kind.label} Nomor {self.decree.nomor or '-'}"

    def head_now(self, library: Library) -> tuple[int, str] | None:
        """Our (revision, content hash) of this decree now, locked."""
        return library.document_head(DECREE_DOCUMENT, self.decree.id)

    def write_to(self, library: Library) -> None:
        """Store the package's decree on top of our history."""
        # Stored as signed, with the SOP versions it embeds, whatever was chosen for each SOP.
        decree = self.decree
        data = decree_json.decree_to_dict(decree)
        library.adopt_document(DECREE_DOCUMENT, decree.id, data, decree_title(decree), self.lineage)


@dataclass(frozen=True)
class ImportPlan:
    """What importing a package into a library would do, item by item."""

    path: Path
    manifest: Manifest
    sops: tuple[PlannedSop, ...]
    decree: PlannedDecree

    def items(self) -> list[PlannedSop | PlannedDecree]:
        """Every SOP, then the decree."""
        return [*self.sops, self.decree]

    def conflicts(self) -> list[str]:
        """Ids of the items the user must decide on (keep ours or take theirs)."""
        return [item.id for item in self.items() if item.relation is Relation.CONFLICT]

    def newer(self) -> list[str]:
        """Ids of the items that replace ours only after confirmation."""
        return [item.id for item in self.items() if item.relation is Relation.NEWER]

    def unresolved(self, choices: Mapping[str, str]) -> list[str]:
        """Conflict ids without a choice."""
        return [item_id for item_id in self.conflicts() if item_id not in choices]

    def describe(self) -> list[str]:
        """The plan as text lines for the user."""
        return [f"Rencana impor {self.path.name}:", *(f"- {i.describe()}" for i in self.items())]


@dataclass
class AppliedImport:
    """What `apply_import` did, as lists of item descriptions."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """A summary for the user."""
        out = []
        for title, items in (
            ("Ditambahkan", self.added),
            ("Diganti", self.replaced),
            ("Versi pustaka dipertahankan", self.kept),
            ("Dilewati (sama)", self.skipped),
        ):
            if items:
                out.append(f"{title} ({len(items)}):")
                out += [f"- {item}" for item in items]
        return out


def read_package(path: str | os.PathLike[str]) -> tuple[Manifest, Decree]:
    """The manifest and decree of a package that verifies; PackageError otherwise."""
    with open_archive(path) as archive:
        report = _verify(archive)
        if not report.ok:
            problems = report.lines()[1:]
            raise PackageError("\n".join(["paket tidak utuh; impor dibatalkan:", *problems]))
        manifest = report.manifest
        assert manifest is not None
        listed = {f.path: f for f in manifest.files}
        if DECREE_DATA not in listed:
            raise PackageError(f"paket tidak memuat {DECREE_DATA}")
        raw = archive.read(DECREE_DATA, 5 * jsonio.MAX_BYTES)
    # Hashed again: the zip could have been replaced between the check and this read.
    if hashlib.sha256(raw).hexdigest() != listed[DECREE_DATA].sha256:
        raise PackageError(f"{DECREE_DATA} berubah saat dibaca; impor dibatalkan")
    try:
        decree = decree_json.loads(raw)
    except FormatError as exc:
        raise PackageError(f"{DECREE_DATA} tidak dapat dibaca: {exc}") from exc
    if not manifest.decree_lineage:
        manifest = replace(manifest, decree_lineage=((decree.revision, decree_hash(decree)),))
    _check_consistent(manifest, decree)
    return manifest, decree


def _check_consistent(manifest: Manifest, decree: Decree) -> None:
    """The manifest's SOP list is the decree's Lampiran, revision and content alike."""
    if manifest.decree_id != decree.id:
        raise PackageError("manifest menyebut keputusan lain dari data keputusan dalam paket")
    if manifest.decree_lineage[-1] != (decree.revision, decree_hash(decree)):
        raise PackageError("revisi atau isi keputusan tidak cocok dengan silsilah di manifest")
    sops = decree.lampiran.sops
    if [s.id for s in manifest.sops] != [s.id for s in sops]:
        raise PackageError("daftar SOP di manifest tidak sama dengan Lampiran keputusan")
    if len({s.id for s in sops}) != len(sops):
        raise PackageError("Lampiran keputusan memuat SOP yang sama lebih dari sekali")
    for listed, sop in zip(manifest.sops, sops, strict=True):
        if listed.lineage[-1] != (sop.revision, content_hash(sop)):
            raise PackageError(
                f"SOP {sop.judul!r}: revisi atau isi tidak cocok dengan silsilah di manifest"
            )


def plan_import(path: str | os.PathLike[str], library: Library) -> ImportPlan:
    """Verify a package and work out, per SOP and for the decree, what importing would do."""
    manifest, decree = read_package(path)
    planned = []
    for listed, sop in zip(manifest.sops, decree.lampiran.sops, strict=True):
        ours = library.lineage(sop.id)
        relation = compare_lineage(ours, listed.lineage)
        planned.append(PlannedSop(sop, listed.lineage, relation, _head(ours)))
    ours = library.document_lineage(DECREE_DOCUMENT, decree.id)
    planned_decree = PlannedDecree(
        decree, manifest.decree_lineage, compare_lineage(ours, manifest.decree_lineage), _head(ours)
    )
    return ImportPlan(Path(path), manifest, tuple(planned), planned_decree)


def _head(lineage: Sequence[tuple[int, str]]) -> tuple[int, str] | None:
    """The newest (revision, hash) of a lineage, None for an empty one."""
    return (lineage[-1][0], lineage[-1][1]) if lineage else None


def apply_import(
    plan: ImportPlan,
    library: Library,
    choices: Mapping[str, str] | None = None,
    confirm_newer: bool = False,
) -> AppliedImport:
    """Carry out a plan: all of it or, if anything fails, none of it.

    `choices` maps each conflicting id to "ours" or "theirs"; a conflict without a choice
    refuses the whole import. Newer items replace ours only with `confirm_newer`.
    """
    choices = dict(choices or {})
    _check_choices(plan, choices)
    result = AppliedImport()
    try:
        with library.transaction():
            # Each item the plan read is locked and compared with what the plan saw before
            # anything is written, so a save that landed since planning is never overwritten.
            changed = [item for item in plan.items() if item.head_now(library) != item.our_head]
            if changed:
                raise LibraryChangedError(changed)
            for item in plan.items():
                label = f"{item.name} (revisi {item.lineage[-1][0]})"
                if not _takes(item, choices, confirm_newer):
                    unchanged = item.relation is Relation.UNCHANGED
                    (result.skipped if unchanged else result.kept).append(label)
                    continue
                item.write_to(library)
                (result.added if item.relation is Relation.NEW else result.replaced).append(label)
    except PackageError:
        raise
    except Exception as exc:
        raise PackageError(f"impor gagal; pustaka dikembalikan seperti semula ({exc})") from exc
    return result


class LibraryChangedError(PackageError):
    """Items saved elsewhere since the import was planned: conflicts, nothing was written."""

    def __init__(self, items: Sequence[_PlannedItem]) -> None:
        self.items = tuple(items)
        lines = [f"- KONFLIK: {item.name} [{item.id}] disimpan di tempat lain" for item in items]
        super().__init__(
            "\n".join(
                [
                    "pustaka berubah sejak rencana impor dibuat; tidak ada yang ditimpa. "
                    "Buat rencana ulang:",
                    *lines,
                ]
            )
        )


def _check_choices(plan: ImportPlan, choices: Mapping[str, str]) -> None:
    conflicts = plan.conflicts()
    unknown = [key for key in choices if key not in conflicts]
    if unknown:
        raise PackageError(f"pilihan untuk yang bukan konflik: {', '.join(unknown)}")
    bad = [key for key, value in choices.items() if value not in (OURS, THEIRS)]
    if bad:
        raise PackageError(f"pilihan harus '{OURS}' atau '{THEIRS}': {', '.join(bad)}")
    missing = plan.unresolved(choices)
    if missing:
        raise PackageError(f"konflik belum diputuskan: {', '.join(missing)}")


def _takes(item: PlannedSop | PlannedDecree, choices: Mapping[str, str], confirm: bool) -> bool:
    """Whether the package's version of an item goes into the library."""
    if item.relation is Relation.NEW:
        return True
    if item.relation is Relation.NEWER:
        return confirm
    if item.relation is Relation.CONFLICT:
        return choices[item.id] == THEIRS
    return False


def package_styles(path: str | os.PathLike[str]) -> list[HouseStyle]:
    """The house styles a package carries (`gaya/*.style.json`); PackageError for one that
    cannot be read. Call on a package `verify_package` found intact."""
    with open_archive(path) as archive:
        names = sorted(
            n
            for n in archive.names()
            if n.startswith(f"{STYLES_DIR}/") and n.endswith(style_json.SUFFIX)
        )
        try:
            return [style_json.loads(archive.read(n, style_json.MAX_BYTES)) for n in names]
        except FormatError as exc:
            raise PackageError(f"gaya dalam paket tidak dapat dibaca: {exc}") from exc


def import_styles(path: str | os.PathLike[str], library: Library) -> list[str]:
    """Store the package's house styles the library does not know yet and return their
    names; a preset or stored style of the same name is kept (other SOPs may print in it)."""
    known = set(library.style_catalog().names())
    added = [style for style in package_styles(path) if style.name not in known]
    with library.transaction():
        for style in added:
            library.save_style(style)
    return [style.name for style in added]


def decree_title(decree: Decree) -> str:
    """The title a library lists a decree under."""
    nomor = f" Nomor {decree.nomor}" if decree.nomor else ""
    return f"{decree.kind.label}{nomor} tentang {decree.tentang}".strip()
