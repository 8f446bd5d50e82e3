"""The real SOPs the layout is judged on: the bundled samples, the transcribed seed SOPs and
every SOP the importer reads from the two seed decrees in `tests/corpus`."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from sopstudio.model import jsonio
from sopstudio.model.sop import Sop
from sopstudio.resources import SAMPLES

SEED_SOPS = Path(__file__).resolve().parents[2] / "fixtures" / "seed_sops"
SEEDS = Path(__file__).resolve().parents[2] / "corpus"
DECREES = ("kepgub-ntt-267-2024-biro-organisasi.txt", "kepgub-ntt-324-2024-biro-pbj.txt")


def file_sops() -> list[tuple[str, Sop]]:
    """(name, SOP) of every sample and transcribed seed SOP file."""
    paths = sorted(SAMPLES.glob("**/*.sop.json")) + sorted(SEED_SOPS.glob("*.sop.json"))
    return [(path.name.removesuffix(".sop.json"), jsonio.load(path)) for path in paths]


@cache
def decree_sops(name: str) -> tuple[tuple[str, Sop], ...]:
    """(name, SOP) of every SOP the importer reads from one seed decree."""
    from sopstudio.model.importers import import_file

    result = import_file(SEEDS / name)
    return tuple((f"{name[11:14]}-{i:03d}", item.sop) for i, item in enumerate(result.sops))


def all_sops() -> list[tuple[str, Sop]]:
    """Samples, transcribed seeds and all imported seed SOPs."""
    found = file_sops()
    for decree in DECREES:
        found += decree_sops(decree)
    return found
