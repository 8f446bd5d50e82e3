"""Top-level units are unique on both backends (issue 12): concurrent adds of the same unit
give one row, a second add of an existing name is refused with a message, and the 0003
migration merges duplicates an older library already holds."""

from __future__ import annotations

import threading

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError

from sopstudio.model.store import Library, StoreError, migrate
from sopstudio.model.store.engine import create_library_engine, library_url
from sopstudio.model.store.schema import sops, units
from tests.model.store.samples import sample_sop

ROUNDS = 25
WRITERS = 4


def run_together(work, count: int) -> list:
    """Run `work(index)` in `count` threads released at once; their results (or errors)."""
    barrier = threading.Barrier(count)
    results: list = [None] * count

    def run(index: int) -> None:
        barrier.wait()
        try:
            results[index] = work(index)
        except StoreError as exc:  # returned to the test's thread
            results[index] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


def test_concurrent_ensure_unit_makes_one_chain(library: Library):
    writers = [Library.open(library.url) for _ in range(WRITERS)]
    try:
        for round_ in range(ROUNDS):
            path = [f"PEMERINTAH KABUPATEN UJI {round_}", "SEKRETARIAT DAERAH"]
            ids = run_together(lambda i, path=path: writers[i].ensure_unit(path), WRITERS)
            assert not [r for r in ids if isinstance(r, Exception)], ids
            assert len(set(ids)) == 1
        roots = [u.name for u in library.units() if u.parent_id is None]
        assert len(roots) == len(set(roots)) == ROUNDS
        assert len(library.units()) == 2 * ROUNDS
    finally:
        for writer in writers:
            writer.close()


def test_concurrent_add_unit_adds_one_and_refuses_the_rest(library: Library):
    writers = [Library.open(library.url) for _ in range(WRITERS)]
    try:
        for round_ in range(ROUNDS):
            name = f"PEMERINTAH KOTA UJI {round_}"
            results = run_together(lambda i, name=name: writers[i].add_unit(name), WRITERS)
            added = [r for r in results if isinstance(r, int)]
            refused = [r for r in results if isinstance(r, StoreError)]
            assert len(added) == 1 and len(refused) == WRITERS - 1, results
            assert all("sudah ada" in str(r) for r in refused)
        assert len(library.units()) == ROUNDS
    finally:
        for writer in writers:
            writer.close()


def test_database_refuses_a_second_root_of_the_same_name(library: Library):
    library.add_unit("PEMERINTAH PROVINSI")
    row = {"parent_id": None, "name": "PEMERINTAH PROVINSI", "kind": "instansi"}
    with pytest.raises(IntegrityError), library._engine.begin() as conn:
        conn.execute(insert(units).values(row))


def test_0003_merges_duplicate_top_level_units(library_location):
    sop_a, sop_b = sample_sop(), sample_sop()
    with Library.open(library_location) as library:
        library.save_sop(sop_a)
        library.save_sop(sop_b)
    before = ScriptDirectory.from_config(migrate.alembic_config()).get_revision("0003")
    engine = create_library_engine(library_url(library_location))
    try:
        migrate.downgrade(engine, before.down_revision)
        with engine.begin() as conn:

            def unit(name: str, parent: int | None) -> int:
                values = {"parent_id": parent, "name": name, "kind": "unit"}
                return conn.execute(insert(units).values(values).returning(units.c.id)).scalar_one()

            # What two concurrent adds left behind before 0003: the same instansi twice.
            first, second = unit("PEMPROV", None), unit("PEMPROV", None)
            biro_1, biro_2 = unit("BIRO", first), unit("BIRO", second)
            only_2 = unit("DINAS", second)
            unit("LAIN", None)
            for sop, home in ((sop_a, biro_1), (sop_b, biro_2)):
                conn.execute(update(sops).where(sops.c.id == sop.id).values(unit_id=home))
        migrate.upgrade(engine)
        with engine.connect() as conn:
            rows = conn.execute(select(units.c.id, units.c.parent_id, units.c.name)).all()
            homes = dict(conn.execute(select(sops.c.id, sops.c.unit_id)).all())
    finally:
        engine.dispose()
    assert sorted((r.name, r.parent_id or 0) for r in rows) == sorted(
        [("PEMPROV", 0), ("BIRO", first), ("DINAS", first), ("LAIN", 0)]
    )
    assert homes == {sop_a.id: biro_1, sop_b.id: biro_1}
    assert {r.id for r in rows} >= {first, biro_1, only_2}
