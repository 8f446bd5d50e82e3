"""The *.sop.json format: lossless round trip and clear errors."""

import pytest

from sopstudio.model import jsonio
from sopstudio.model.errors import FormatError
from sopstudio.model.sop import Actor, Approver, Sop, Step, StepKind


def test_round_trip(tmp_path):
    sop = Sop(
        judul="Penanganan Surat Masuk",
        nomor="01 TAHUN 2024",
        unit_header=["PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", "SEKRETARIAT DAERAH"],
        approver=Approver("Kepala Biro", "Nama", "Pembina", "197103291999031002"),
        dasar_hukum=["UU 23/2014"],
        actors=[Actor("Analis", id="a")],
        steps=[Step(id="1", kind=StepKind.START, actor="a", text="Menerima", waktu="5 menit")],
    )
    path = tmp_path / "x.sop.json"
    jsonio.save(sop, path)
    assert jsonio.load(path) == sop


@pytest.mark.parametrize(
    "text, where",
    [
        ("{", "baris 1"),
        ('{"format": "other", "version": 1}', "format"),
        ('{"format": "sopstudio.sop", "version": 99}', "version"),
        ('{"format": "sopstudio.sop", "version": 1, "steps": [{"kind": "blob"}]}', "steps[0].kind"),
        ('{"format": "sopstudio.sop", "version": 1, "title": 5}', "title"),
        ('{"format": "sopstudio.sop", "version": 1, "steps": [{"actor": "x"}]}', "steps[0].actor"),
        ("[" * 100000, ""),
    ],
)
def test_errors_say_where(text, where):
    with pytest.raises(FormatError) as info:
        jsonio.loads(text)
    assert where in str(info.value)


def test_saved_file_has_ordinary_permissions(tmp_path):
    import os

    mask = os.umask(0o022)
    try:
        jsonio.save(Sop(judul="x"), tmp_path / "p.sop.json")
    finally:
        os.umask(mask)
    assert (tmp_path / "p.sop.json").stat().st_mode & 0o777 == 0o644
