"""Bundled fonts: real metrics, registration under the keys renderers use, and wrapping."""

from reportlab.pdfbase import pdfmetrics

from sopstudio.model.layout import fonts
from sopstudio.model.layout.fonts import FONT_FILES, ensure_registered, font_key, string_width, wrap


def test_every_key_names_a_bundled_file():
    for family in ("Arial", "Bookman Old Style"):
        for suffix in ("", "-Bold", "-Italic", "-BoldItalic"):
            assert FONT_FILES[family + suffix].is_file()


def test_registered_under_the_keys():
    ensure_registered()
    assert set(FONT_FILES) <= set(pdfmetrics.getRegisteredFontNames())


def test_font_key_variants_and_fallback():
    assert font_key("Arial", bold=True) == "Arial-Bold"
    assert font_key("Bookman Old Style", bold=True, italic=True) == "Bookman Old Style-BoldItalic"
    assert font_key("Comic Sans") == "Arial"


def test_widths_are_arial_metrics():
    # Liberation Sans is metric-compatible with Arial: "H" advances 1479/2048 em, space 569/2048.
    assert string_width("H", "Arial", 10) == 10 * 1479 / 2048
    assert string_width("H H", "Arial", 10) == 10 * (2 * 1479 + 569) / 2048
    assert fonts.ascent("Arial", 10) > fonts.descent("Arial", 10) > 0
    assert fonts.line_height(8) == 8 * fonts.LINE_SPACING


def test_wrap_breaks_at_spaces_within_width():
    text = "Menelaah dan mendisposisi surat masuk kepada Kepala Bagian"
    width = 100.0
    lines = wrap(text, "Arial", 8, width)
    assert len(lines) > 1
    assert " ".join(lines) == text
    assert all(string_width(line, "Arial", 8) <= width for line in lines)


def test_wrap_keeps_newlines_and_breaks_long_words():
    assert wrap("satu\n\ndua", "Arial", 8, 500) == ("satu", "", "dua")
    word = "x" * 80
    lines = wrap(word, "Arial", 8, 50)
    assert "".join(lines) == word
    assert all(string_width(line, "Arial", 8) <= 50 for line in lines)
