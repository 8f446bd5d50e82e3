"""Decree operations obey the undo laws: the inverses restore the decree exactly, and
applying the operations again gives the same result."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sopstudio.model import decree_json
from sopstudio.model.decree_ops import DecreePathError, SetDecreeValue, get_path
from sopstudio.resources import SAMPLES
from tests.examples import examples

DECREE = decree_json.load(sorted(SAMPLES.glob("*.decree.json"))[0])
TEXT_PATHS = (
    "nomor",
    "tentang",
    "region",
    "tempat_ditetapkan",
    "tanggal_ditetapkan",
    "signer.nama",
    "signer.jabatan",
    "signer.nip",
    "signer.atas_nama",
    "issuer",
)
LIST_PATHS = ("menimbang", "mengingat", "tembusan", "kop")

texts = st.text(max_size=20)
text_ops = st.builds(SetDecreeValue, st.sampled_from(TEXT_PATHS), texts)
list_ops = st.builds(SetDecreeValue, st.sampled_from(LIST_PATHS), st.lists(texts, max_size=4))
lampiran_ops = st.permutations(range(len(DECREE.lampiran.sops))).map(
    lambda order: SetDecreeValue("lampiran.sops", [DECREE.lampiran.sops[i] for i in order[:-1]])
)
decree_ops = st.lists(st.one_of(text_ops, list_ops, lampiran_ops), min_size=1, max_size=15)


@settings(max_examples=examples(100), deadline=None)
@given(decree_ops)
def test_inverses_restore_and_redo_reapplies(script):
    decree = copy.deepcopy(DECREE)
    inverses = [op.apply(decree) for op in script]
    after = copy.deepcopy(decree)
    for inverse in reversed(inverses):
        inverse.apply(decree)
    assert decree == DECREE
    for op in script:
        op.apply(decree)
    assert decree == after


def test_an_operation_holds_copies_not_the_models_objects():
    decree = copy.deepcopy(DECREE)
    values = ["bahwa ..."]
    op = SetDecreeValue("menimbang", values)
    inverse = op.apply(decree)
    values.append("dan lagi")
    decree.menimbang.append("diubah di tempat")
    assert op.value == ["bahwa ...", "dan lagi"] and decree.menimbang[-1] == "diubah di tempat"
    inverse.apply(decree)
    assert decree.menimbang == DECREE.menimbang


@pytest.mark.parametrize("path", ["judul", "signer.gelar", "lampiran.nothing.deeper"])
def test_a_path_that_names_nothing_is_refused(path):
    decree = copy.deepcopy(DECREE)
    with pytest.raises(DecreePathError):
        SetDecreeValue(path, "x").apply(decree)
    with pytest.raises(DecreePathError):
        get_path(decree, path)
    assert decree == DECREE
