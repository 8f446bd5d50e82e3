"""House styles stored in the library (migration 0004), on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from sopstudio.model.store import Library, NotFoundError
from sopstudio.model.style import Fonts, HouseStyle, Labels, SignatureBlock


def kota_style(kegiatan: str = "Uraian Prosedur") -> HouseStyle:
    return HouseStyle(
        name="kota-contoh",
        description="Kota Contoh",
        labels=Labels(kegiatan=kegiatan, keterangan="Ket"),
        fonts=Fonts(family="Bookman Old Style"),
        signature=SignatureBlock(stamp_space=70.0),
    )


def test_saved_style_comes_back_and_joins_the_catalog(library: Library):
    assert library.styles() == []
    library.save_style(kota_style())
    assert library.styles() == [kota_style()]
    catalog = library.style_catalog()
    assert catalog.get("kota-contoh") == kota_style()
    assert {"permenpan", "ntt", "malang"} <= set(catalog.names())


def test_saving_again_replaces_and_delete_removes(library: Library):
    library.save_style(kota_style())
    library.save_style(kota_style("Aktivitas"))
    assert [s.labels.kegiatan for s in library.styles()] == ["Aktivitas"]
    library.delete_style("kota-contoh")
    assert library.styles() == []
    with pytest.raises(NotFoundError):
        library.delete_style("kota-contoh")


def test_a_style_save_rolls_back_with_its_transaction(library: Library):
    with pytest.raises(RuntimeError), library.transaction():
        library.save_style(kota_style())
        raise RuntimeError("batal")
    assert library.styles() == []
