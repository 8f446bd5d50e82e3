"""Bounded work on hostile input (issue 12): each input issue 12 timed (TSV with 100k
columns, DOCX with 1,500 tables / 4,000 shapes / 40,000 section breaks, 45 MB of text,
/dev/zero) is refused early with an Indonesian message, through `import_file`, a paste and
`sopstudio import` (a paste: tests/ui/test_paste.py). Times and memory are in the benchmark (P6), not asserted here."""

from __future__ import annotations

import pytest

from sopstudio.cli import main as cli_main
from sopstudio.model.importers import ImportFailed, import_bytes, import_file, import_text, limits
from tests.hostile import inputs

REFUSED = "Masukan terlalu besar untuk diimpor"

CASES = [
    ("columns", "x.tsv", lambda: inputs.tsv_with_columns(100_000), "100.000 kolom"),
    ("tables", "x.docx", lambda: inputs.docx_with_tables(1_500), "tabel (batas 400)"),
    ("part", "x.docx", lambda: inputs.docx_with_tables(2_500), "bita isi dokumen Word"),
    ("shapes", "x.docx", lambda: inputs.docx_with_shapes(4_000), "bentuk gambar pada satu"),
    ("sections", "x.docx", lambda: inputs.docx_with_section_breaks(40_000), "bagian (section)"),
    ("text", "x.txt", lambda: inputs.long_text(45_000_000), "bita teks"),
]


@pytest.mark.parametrize(("name", "file", "build", "says"), CASES, ids=[c[0] for c in CASES])
def test_hostile_file_is_refused_with_a_message(tmp_path, name, file, build, says):
    path = tmp_path / file
    path.write_bytes(build())
    with pytest.raises(ImportFailed) as caught:
        import_file(path)
    assert REFUSED in str(caught.value) and says in str(caught.value)
    assert "Pecah dokumen" in str(caught.value)


def test_dev_zero_is_refused_after_reading_no_more_than_the_limit():
    with pytest.raises(ImportFailed, match="terlalu besar"):
        import_file("/dev/zero")


def test_cli_import_refuses_with_exit_2_and_writes_nothing(tmp_path, capsys):
    source = tmp_path / "lebar.tsv"
    source.write_bytes(inputs.tsv_with_columns(100_000))
    out = tmp_path / "out"
    assert cli_main(["import", str(source), "--output", str(out)]) == 2
    assert REFUSED in capsys.readouterr().err
    assert not out.exists() or not any(out.iterdir())


def test_just_under_the_limits_is_read():
    assert import_bytes(inputs.docx_with_tables(20), "x.docx").sops
    assert import_bytes(inputs.docx_with_section_breaks(1_500), "x.docx").sops
    assert import_bytes(inputs.tsv_with_columns(limits.MAX_COLUMNS), "x.tsv").sops


def test_html_table_inside_a_tsv_cell_is_bounded_too():
    cells = "".join("<td>x</td>" for _ in range(limits.MAX_COLUMNS + 1))
    with pytest.raises(ImportFailed, match="kolom"):
        import_text(f"Judul SOP\tA\nNo\t<table><tr>{cells}</tr></table>\n")
