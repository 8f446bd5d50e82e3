"""Waktu parsing, formatting and conversion, checked on every form found in the seeds."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sopstudio.model.waktu import (
    APPROX,
    AT_LEAST,
    AT_MOST,
    EACH,
    Waktu,
    WaktuKind,
    format_minutes,
    format_waktu,
    parse_waktu,
    sum_minutes,
    total_minutes,
    unit_minutes,
)

D, N, U = WaktuKind.DURATION, WaktuKind.NON_DURATION, WaktuKind.UNKNOWN
FIXTURE = Path(__file__).parent.parent / "fixtures" / "waktu_seeds.txt"

#: Every distinct Waktu cell of the seeds (tests/fixtures/waktu_seeds.txt, made by
#: tools/extract_waktu_seeds.py), with its kind and canonical form, written by reading them.
SEED_EXPECTATIONS: dict[str, tuple[WaktuKind, str]] = {
    "1 - 6 Jam": (D, "1–6 jam"),
    "1 Hari": (D, "1 hari"),
    "1 Hari 2 Hari": (D, "1 hari + 2 hari"),
    "1 Hari Kerja": (D, "1 hari kerja"),
    "1 Jam": (D, "1 jam"),
    "1 Minggu": (D, "1 minggu"),
    "1 bulan": (D, "1 bulan"),
    "1 hari": (D, "1 hari"),
    "1 hari per minggu": (D, "1 hari per minggu"),
    "1 jam": (D, "1 jam"),
    "1 menit": (D, "1 menit"),
    "1 minggu": (D, "1 minggu"),
    "10 Menit": (D, "10 menit"),
    "10 hari": (D, "10 hari"),
    "10 menit": (D, "10 menit"),
    "120 menit": (D, "120 menit"),
    "14 Hari": (D, "14 hari"),
    "14 Jam": (D, "14 jam"),
    "15 Menit": (D, "15 menit"),
    "15 menit": (D, "15 menit"),
    "180 menit": (D, "180 menit"),
    "1`5 Menit": (D, "15 menit"),
    "2 Hari": (D, "2 hari"),
    "2 Hari Kerja": (D, "2 hari kerja"),
    "2 Jam": (D, "2 jam"),
    "2 Minggu": (D, "2 minggu"),
    "2 hari": (D, "2 hari"),
    "2 jam": (D, "2 jam"),
    "2 menit": (D, "2 menit"),
    "2 minggu": (D, "2 minggu"),
    "20 Menit": (D, "20 menit"),
    "20 menit": (D, "20 menit"),
    "21 hari": (D, "21 hari"),
    "3 - 5 hari": (D, "3–5 hari"),
    "3 Hari": (D, "3 hari"),
    "3 Hari Kerja": (D, "3 hari kerja"),
    "3 Jam": (D, "3 jam"),
    "3 hari": (D, "3 hari"),
    "3 jam": (D, "3 jam"),
    "3 jam per agenda selama 10 hari": (D, "3 jam per agenda selama 10 hari"),
    "3 menit": (D, "3 menit"),
    "30 Menit": (D, "30 menit"),
    "30 menit": (D, "30 menit"),
    "45 menit": (D, "45 menit"),
    "480 menit": (D, "480 menit"),
    "5 Hari Kerja": (D, "5 hari kerja"),
    "5 Menit": (D, "5 menit"),
    "5 hari": (D, "5 hari"),
    "5 menit": (D, "5 menit"),
    "5menit": (D, "5 menit"),
    "60 menit": (D, "60 menit"),
    "7 Hari": (D, "7 hari"),
    "7 Hari/ Sesuai Ke- butuhan": (D, "7 hari/ sesuai kebutuhan"),
    "7 hari": (D, "7 hari"),
    "90 menit": (D, "90 menit"),
    "@ 3 hari": (D, "@ 3 hari"),
    "N/A": (N, "N/A"),
    "Sesuai jadwal kegiatan": (N, "Sesuai jadwal"),
    "Sesuai waktu yang ditetapkan": (N, "Sesuai ketentuan"),
    "sesuai Surat Tugas": (N, "Sesuai surat tugas"),
    "sesuai kebutuhan": (N, "Sesuai kebutuhan"),
}


def seed_forms() -> list[str]:
    return FIXTURE.read_text(encoding="utf-8").splitlines()


def test_fixture_lists_every_expected_form() -> None:
    assert sorted(seed_forms()) == sorted(SEED_EXPECTATIONS)
    assert len(seed_forms()) >= 50


@pytest.mark.parametrize("text", sorted(SEED_EXPECTATIONS))
def test_seed_form(text: str) -> None:
    kind, formatted = SEED_EXPECTATIONS[text]
    w = parse_waktu(text)
    assert w.text == text
    assert w.kind is kind
    assert format_waktu(w) == formatted


def test_every_seed_form_is_recognised() -> None:
    unknown = [t for t in seed_forms() if parse_waktu(t).kind is WaktuKind.UNKNOWN]
    assert unknown == []


@pytest.mark.parametrize(
    ("text", "low", "high", "unit", "qualifier", "note"),
    [
        ("5 menit", 5, 5, "menit", "", ""),
        ("1,5 jam", 1.5, 1.5, "jam", "", ""),
        ("1.5 jam", 1.5, 1.5, "jam", "", ""),
        ("1 (satu) hari", 1, 1, "hari", "", ""),
        ("2 (dua) hari kerja", 2, 2, "hari kerja", "", ""),
        ("dua jam", 2, 2, "jam", "", ""),
        ("sebelas hari", 11, 11, "hari", "", ""),
        ("setengah hari", 0.5, 0.5, "hari", "", ""),
        ("1/2 jam", 0.5, 0.5, "jam", "", ""),
        ("3-5 hari", 3, 5, "hari", "", ""),
        ("1–2 hari", 1, 2, "hari", "", ""),
        ("1 s.d. 3 hari", 1, 3, "hari", "", ""),
        ("1 s/d 3 Hari", 1, 3, "hari", "", ""),
        ("1 sampai dengan 3 hari", 1, 3, "hari", "", ""),
        ("2 hingga 4 jam", 2, 4, "jam", "", ""),
        ("1 jam - 2 jam", 1, 2, "jam", "", ""),
        ("± 1 jam", 1, 1, "jam", APPROX, ""),
        ("kurang lebih 2 jam", 2, 2, "jam", APPROX, ""),
        ("Maks. 3 hari", 3, 3, "hari", AT_MOST, ""),
        ("paling lambat 7 hari kerja", 7, 7, "hari kerja", AT_MOST, ""),
        ("minimal 1 hari", 1, 1, "hari", AT_LEAST, ""),
        ("@ 3 hari", 3, 3, "hari", EACH, ""),
        ("3 HK", 3, 3, "hari kerja", "", ""),
        ("10 mnt", 10, 10, "menit", "", ""),
        ("2 mgg", 2, 2, "minggu", "", ""),
        ("1 bln", 1, 1, "bulan", "", ""),
        ("1 tahun", 1, 1, "tahun", "", ""),
        ("30 detik", 30, 30, "detik", "", ""),
        ("1 hari setiap minggu", 1, 1, "hari", "", "setiap minggu"),
        ("5 menit.", 5, 5, "menit", "", ""),
    ],
)
def test_durations(text, low, high, unit, qualifier, note) -> None:
    w = parse_waktu(text)
    assert (w.kind, w.low, w.high, w.unit, w.qualifier, w.note) == (
        WaktuKind.DURATION,
        low,
        high,
        unit,
        qualifier,
        note,
    )


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Sesuai jadwal", "Sesuai jadwal"),
        ("sesuai Jadual", "Sesuai jadwal"),
        ("Terjadwal", "Sesuai jadwal"),
        ("Sesuai kontrak", "Sesuai kontrak"),
        ("sesuai masa kontrak", "Sesuai kontrak"),
        ("Menyesuaikan", "Sesuai kebutuhan"),
        ("Sesuai ketentuan yang berlaku", "Sesuai ketentuan"),
        ("sesuai SPT", "Sesuai surat tugas"),
        ("sesuai permintaan Pimpinan", "Sesuai permintaan Pimpinan"),
        ("N/A", "N/A"),
        ("NA", "N/A"),
        ("-", "N/A"),
        ("—", "N/A"),
        ("Tidak ada", "N/A"),
        ("Tentatif", "Tentatif"),
        ("Segera", "Segera"),
        ("setiap saat", "Setiap saat"),
        ("akhir tahun", "Akhir tahun"),
        ("Bulan Januari tahun berjalan", "Bulan Januari tahun berjalan"),
    ],
)
def test_non_durations(text: str, label: str) -> None:
    w = parse_waktu(text)
    assert w.kind is WaktuKind.NON_DURATION
    assert w.label == label
    assert format_waktu(w) == label


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_empty(text: str) -> None:
    w = parse_waktu(text)
    assert w.kind is WaktuKind.EMPTY
    assert format_waktu(w) == ""
    assert total_minutes(w) is None


@pytest.mark.parametrize(
    "text",
    ["(a)", "Surat masuk", "0 menit", "5-3 hari", "1 jam - 2 hari", "1 hari 2", "5 menit Pokja"],
)
def test_unknown_keeps_text(text: str) -> None:
    w = parse_waktu(text)
    assert w.kind is WaktuKind.UNKNOWN
    assert format_waktu(w) == text


def test_compound_durations() -> None:
    span = parse_waktu("1 jam 30 menit")
    assert span.kind is WaktuKind.DURATION and len(span.parts) == 2
    assert format_waktu(span) == "1 jam 30 menit"
    assert total_minutes(span) == 90
    assert not span.is_range
    added = parse_waktu("1 Hari 2 Hari")
    assert total_minutes(added, hours_per_day=8) == 3 * 8 * 60


def test_conversion() -> None:
    assert unit_minutes("jam") == 60
    assert unit_minutes("hari") == unit_minutes("hari kerja") == 450
    assert unit_minutes("minggu") == 5 * 450
    assert unit_minutes("bulan") == 20 * 450
    assert total_minutes(parse_waktu("2 hari"), hours_per_day=8) == 960
    assert total_minutes(parse_waktu("3-5 hari")) == 5 * 450
    assert total_minutes(parse_waktu("3-5 hari"), upper=False) == 3 * 450
    assert total_minutes(parse_waktu("Sesuai jadwal")) is None


def test_sum_and_format_minutes() -> None:
    items = [parse_waktu(t) for t in ("5 menit", "1 jam", "1 hari", "N/A", "", "??")]
    total, skipped = sum_minutes(items)
    assert (total, skipped) == (5 + 60 + 450, 3)
    assert format_minutes(total) == "1 hari 1 jam 5 menit"
    assert format_minutes(0) == "0 menit"
    assert format_minutes(120) == "2 jam"


def test_is_range() -> None:
    assert parse_waktu("3-5 hari").is_range
    assert not parse_waktu("3 hari").is_range
    assert not parse_waktu("N/A").is_range


def test_waktu_is_frozen() -> None:
    w = parse_waktu("5 menit")
    with pytest.raises(AttributeError):
        w.low = 3  # type: ignore[misc]
    assert w == Waktu("5 menit", WaktuKind.DURATION, 5.0, 5.0, "menit")


@given(st.text(max_size=40))
def test_parse_never_raises_and_keeps_text(text: str) -> None:
    w = parse_waktu(text)
    assert w.text == text
    assert isinstance(format_waktu(w), str)


@given(
    st.integers(min_value=1, max_value=500),
    st.integers(min_value=0, max_value=50),
    st.sampled_from(["menit", "jam", "hari", "hari kerja", "minggu", "bulan", "tahun"]),
    st.sampled_from(["", APPROX, AT_MOST, AT_LEAST, EACH]),
)
def test_format_parse_round_trip(low: int, extra: int, unit: str, qualifier: str) -> None:
    w = Waktu("", WaktuKind.DURATION, float(low), float(low + extra), unit, qualifier)
    again = parse_waktu(format_waktu(w))
    assert (again.kind, again.low, again.high, again.unit, again.qualifier) == (
        w.kind,
        w.low,
        w.high,
        w.unit,
        w.qualifier,
    )
