"""Speed of the store on a generated library of 1,000 SOPs and of the autosave path.

Targets (issue 9, P4 and the editor's autosave): list 1,000 SOPs well under 1 s, search
them in under 50 ms, save a 100-step SOP after one edit in a few ms. The limits asserted
here are the targets, checked against the CPU time of this process (SQLite runs in it),
which other load on a shared machine does not inflate; the wall-clock limits only catch
gross regressions. Run with -s to see the measured figures.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

import pytest

from sopstudio.model.sop import Actor, Sop, Step, StepKind
from sopstudio.model.store import Library

VERBS = ["Menerima", "Memeriksa", "Memverifikasi", "Menyusun", "Mengajukan", "Menandatangani"]
OBJECTS = ["surat masuk", "berkas usulan", "konsep keputusan", "dokumen kontrak", "laporan"]
TOPICS = ["Cuti Pegawai", "Pengadaan Barang", "Analisis Jabatan", "Evaluasi Kelembagaan"]


def generated_sop(rng: random.Random, number: int, steps: int) -> Sop:
    """A realistic SOP: 2-7 lanes, a quarter of steps decisions, Indonesian text."""
    actors = [Actor(f"Pelaksana {i}", id=f"a{i}") for i in range(rng.randint(2, 7))]
    rows = []
    for i in range(steps):
        kind = StepKind.DECISION if rng.random() < 0.25 else StepKind.PROCESS
        text = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} tahap {i} nomor {number}"
        rows.append(Step(id=f"s{i}", kind=kind, actor=rng.choice(actors).id, text=text))
    rows[0].kind, rows[-1].kind = StepKind.START, StepKind.END
    for before, after in zip(rows, rows[1:], strict=False):
        if before.kind is StepKind.DECISION:
            before.yes, before.no = after.id, rows[0].id
        else:
            before.next = after.id
    return Sop(
        judul=f"Standar Operasional Prosedur {rng.choice(TOPICS)} {number}",
        nomor=f"{number:03d} TAHUN 2024",
        actors=actors,
        steps=rows,
    )


def median_ms(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds of `action`."""
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


@pytest.fixture(scope="module")
def big_library(tmp_path_factory) -> Library:
    rng = random.Random(74)
    lib = Library.open(tmp_path_factory.mktemp("besar") / "pustaka.sqlite")
    units = [lib.ensure_unit(["PEMERINTAH PROVINSI NTT", f"BIRO {b}"]) for b in "ABCDE"]
    started = time.perf_counter()
    for number in range(1000):
        steps = min(32, max(1, int(rng.lognormvariate(2.1, 0.5))))  # median about 8
        lib.save_sop(generated_sop(rng, number, steps), rng.choice(units))
    print(f"\n1,000 SOPs saved in {time.perf_counter() - started:.2f} s")
    yield lib
    lib.close()


@pytest.mark.slow
def test_list_and_search_1000_sops(big_library: Library):
    assert len(big_library.list_sops()) == 1000
    list_wall, list_cpu = median_ms(big_library.list_sops, 5)
    queries = ["cuti pegawai", "menandatangani konsep", "nomor 517", "tidak ditemukan apa pun"]
    search_wall, search_cpu = max(median_ms(lambda q=q: big_library.search(q), 9) for q in queries)
    assert {s.nomor for s in big_library.search("nomor 517")} >= {"517 TAHUN 2024"}
    print(f"list 1,000 SOPs: {list_wall:.1f} ms (CPU {list_cpu:.1f} ms)")
    print(f"search, slowest query: {search_wall:.1f} ms (CPU {search_cpu:.1f} ms)")
    assert list_cpu < 1000 and list_wall < 2000
    assert search_cpu < 50 and search_wall < 500


@pytest.mark.slow
def test_open_and_list_1000_sops(big_library: Library):
    def open_and_list() -> None:
        with Library.open(big_library.url, create=False) as lib:
            assert len(lib.list_sops()) >= 1000

    open_wall, open_cpu = median_ms(open_and_list, 5)
    print(f"open the library and list 1,000 SOPs: {open_wall:.1f} ms (CPU {open_cpu:.1f} ms)")
    assert open_cpu < 1000 and open_wall < 2000


@pytest.mark.slow
def test_autosave_of_a_100_step_sop_after_one_edit(big_library: Library):
    sop = generated_sop(random.Random(100), 100, 100)
    big_library.save_sop(sop)
    edits = iter(range(1_000_000))

    def edit_and_save() -> None:
        number = next(edits)
        sop.steps[number % 100].text = f"Mengubah teks {number}"
        big_library.save_sop(sop)

    wall, cpu = median_ms(edit_and_save, 30)
    print(f"autosave of a 100-step SOP after one edit: {wall:.2f} ms (CPU {cpu:.2f} ms)")
    assert big_library.load_sop(sop.id) == sop
    assert cpu < 10 and wall < 200
