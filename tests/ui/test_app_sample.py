"""The bundled sample library holds every sample SOP and sample decree."""

from sopstudio.model.package import DECREE_DOCUMENT
from sopstudio.model.store import Library
from sopstudio.resources import SAMPLES
from sopstudio.ui.app import build_sample_library


def test_sample_library_has_the_sample_sops_and_decrees(tmp_path):
    path = build_sample_library(tmp_path / "contoh.sqlite")
    with Library.open(path, create=False) as library:
        assert len(library.list_sops()) == len(list((SAMPLES / "sops").glob("*.sop.json")))
        titles = [d.title for d in library.list_documents(DECREE_DOCUMENT)]
    assert len(titles) == len(list(SAMPLES.glob("*.decree.json"))) == 2
    assert any("267/KEP/HK/2024" in title for title in titles)
