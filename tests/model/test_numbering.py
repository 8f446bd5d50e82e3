"""Diktum ordinals, legal letter lists, numbers in words, dates, NIP and Nomor SOP."""

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sopstudio.model.numbering import (
    diktum_ordinal,
    format_date_field,
    format_long_date,
    format_month_year,
    format_nip,
    letter_label,
    nomor_sop,
    number_to_words,
    parse_indonesian_date,
)

DIKTUM = {
    1: "KESATU",
    2: "KEDUA",
    3: "KETIGA",
    4: "KEEMPAT",
    5: "KELIMA",
    6: "KEENAM",
    7: "KETUJUH",
    8: "KEDELAPAN",
    9: "KESEMBILAN",
    10: "KESEPULUH",
    11: "KESEBELAS",
    12: "KEDUA BELAS",
    13: "KETIGA BELAS",
    19: "KESEMBILAN BELAS",
    20: "KEDUA PULUH",
    21: "KEDUA PULUH SATU",
    30: "KETIGA PULUH",
    99: "KESEMBILAN PULUH SEMBILAN",
    100: "KESERATUS",
}


@pytest.mark.parametrize(("n", "name"), sorted(DIKTUM.items()))
def test_diktum_ordinal(n: int, name: str) -> None:
    assert diktum_ordinal(n) == name


def test_diktum_pertama_variant() -> None:
    assert diktum_ordinal(1, first="PERTAMA") == "PERTAMA"
    assert [diktum_ordinal(n, first="PERTAMA") for n in (2, 11, 12)] == [
        "KEDUA",
        "KESEBELAS",
        "KEDUA BELAS",
    ]


@pytest.mark.parametrize("bad", [0, -1])
def test_diktum_rejects_non_positive(bad: int) -> None:
    with pytest.raises(ValueError):
        diktum_ordinal(bad)


def test_diktum_rejects_unknown_first() -> None:
    with pytest.raises(ValueError):
        diktum_ordinal(1, first="SATU")


LETTERS = {1: "a", 2: "b", 26: "z", 27: "aa", 28: "bb", 52: "zz", 53: "aaa", 74: "vvv", 79: "aaaa"}


@pytest.mark.parametrize(("n", "label"), sorted(LETTERS.items()))
def test_letter_label(n: int, label: str) -> None:
    assert letter_label(n) == label


def test_letter_labels_match_the_74_item_seed_list() -> None:
    # Keputusan Gubernur NTT 324/KEP/HK/2024 letters its 74 SOPs a. .. z., aa. .. zz., aaa. .. vvv.
    labels = [letter_label(n) for n in range(1, 75)]
    assert labels[:3] == ["a", "b", "c"] and labels[25:28] == ["z", "aa", "bb"]
    assert labels[-1] == "vvv" and len(set(labels)) == 74


def test_letter_label_rejects_zero() -> None:
    with pytest.raises(ValueError):
        letter_label(0)


WORDS = {
    0: "nol",
    1: "satu",
    9: "sembilan",
    10: "sepuluh",
    11: "sebelas",
    12: "dua belas",
    19: "sembilan belas",
    20: "dua puluh",
    21: "dua puluh satu",
    45: "empat puluh lima",
    100: "seratus",
    101: "seratus satu",
    111: "seratus sebelas",
    250: "dua ratus lima puluh",
    1000: "seribu",
    1001: "seribu satu",
    2024: "dua ribu dua puluh empat",
    11000: "sebelas ribu",
    100000: "seratus ribu",
    1_000_000: "satu juta",
    2_500_000: "dua juta lima ratus ribu",
    1_000_000_000: "satu miliar",
    -3: "minus tiga",
}


@pytest.mark.parametrize(("n", "words"), sorted(WORDS.items()))
def test_number_to_words(n: int, words: str) -> None:
    assert number_to_words(n) == words


@given(st.integers(min_value=1, max_value=10**13))
def test_number_words_are_clean(n: int) -> None:
    words = number_to_words(n)
    assert words == words.strip() and "  " not in words
    assert "satu puluh" not in words and "satu ratus" not in words and "satu belas" not in words


def test_long_dates_match_the_seeds() -> None:
    assert format_long_date(datetime.date(2024, 9, 17)) == "17 September 2024"
    assert format_long_date(datetime.date(2024, 7, 9)) == "09 Juli 2024"
    assert format_long_date(datetime.date(2020, 12, 2)) == "02 Desember 2020"
    assert format_long_date(datetime.date(2024, 7, 9), zero_pad=False) == "9 Juli 2024"
    assert format_month_year(2022, 6) == "Juni 2022"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("2024-09-17", "17 September 2024"),
        ("2020-12-02", "02 Desember 2020"),
        ("2022-06", "Juni 2022"),
        ("2024-02-30", "2024-02-30"),
        ("-", "-"),
        ("", ""),
        ("02 Desember 2020", "02 Desember 2020"),
    ],
)
def test_format_date_field(text: str, shown: str) -> None:
    assert format_date_field(text) == shown


def test_format_date_field_unpadded() -> None:
    assert format_date_field("2024-07-09", zero_pad=False) == "9 Juli 2024"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("17 September 2024", "2024-09-17"),
        ("09 Juli 2024", "2024-07-09"),
        ("10 JUNI 2024", "2024-06-10"),
        ("  2 desember   2020 ", "2020-12-02"),
        ("Juni 2022", "2022-06"),
        ("02 Nopember 2020", "2020-11-02"),
        ("17 Agt 2024", "2024-08-17"),
        ("1 Okt 2024", "2024-10-01"),
        ("17/09/2024", "2024-09-17"),
        ("17-09-2024", "2024-09-17"),
        ("2024-02-29", "2024-02-29"),
        ("2022-06", "2022-06"),
        ("31 Februari 2024", None),
        ("2023-02-29", None),
        ("17 Smarch 2024", None),
        ("-", None),
        ("", None),
        ("Kupang", None),
    ],
)
def test_parse_indonesian_date(text: str, iso: str | None) -> None:
    assert parse_indonesian_date(text) == iso


@given(st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2199, 12, 31)))
def test_long_date_round_trip(date: datetime.date) -> None:
    assert parse_indonesian_date(format_long_date(date)) == date.isoformat()
    assert parse_indonesian_date(format_long_date(date, zero_pad=False)) == date.isoformat()


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("197103291999031002", "19710329 199903 1 002"),
        ("19750308 199903 1 004", "19750308 199903 1 004"),
        (" 197503081999031004 ", "19750308 199903 1 004"),
        ("1975030819990310", "1975030819990310"),
        ("19750308199903100X", "19750308199903100X"),
        ("", ""),
        ("-", "-"),
    ],
)
def test_format_nip(text: str, shown: str) -> None:
    assert format_nip(text) == shown


def test_nomor_sop() -> None:
    assert nomor_sop(1, 2024) == "01 Tahun 2024"
    assert nomor_sop(74, 2024) == "74 Tahun 2024"
    assert nomor_sop(100, 2025) == "100 Tahun 2025"
    with pytest.raises(ValueError):
        nomor_sop(0, 2024)
