"""Refresh resources/translations/sopstudio_en.ts: extract strings (pyside6-lupdate), then
fill in the English of every entry from EN below (entries without English stay unfinished
and make this script fail, so a new UI string cannot ship untranslated).

    /work/venv/bin/python tools/translate_en.py
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "sopstudio_en.ts"

EN = {
    "(kosong)": "(empty)",
    "Bulan saja": "Month only",
    "Kosongkan tanggal": "Clear the date",
    "Tertulis: %1": "Written as: %1",
    "Identitas": "Identity",
    "Diagram Alir": "Flowchart",
    "SOP tanpa judul": "Untitled SOP",
    "Ekspor SOP": "Export SOP",
    "DOCX (Word)": "DOCX (Word)",
    "F4 (215 \u00d7 330 mm)": "F4 (215 \u00d7 330 mm)",
    "A4 (210 \u00d7 297 mm)": "A4 (210 \u00d7 297 mm)",
    "Pilih...": "Choose...",
    "Format": "Format",
    "Kertas": "Paper",
    "Berkas tujuan": "Target file",
    "Ekspor": "Export",
    "Tutup": "Close",
    "Dokumen PDF (*.pdf)": "PDF documents (*.pdf)",
    "Dokumen Word (*.docx)": "Word documents (*.docx)",
    "Simpan sebagai": "Save as",
    "Tentukan berkas tujuan terlebih dahulu.": "Choose a target file first.",
    "Mengekspor...": "Exporting...",
    "Tersimpan: %1": "Saved: %1",
    "Ekspor DOCX belum tersedia pada instalasi ini.":
        "DOCX export is not available in this installation.",
    "Berkas tidak dapat ditulis: %1 (%2)": "The file cannot be written: %1 (%2)",
    "Ekspor gagal: %1": "Export failed: %1",
    "Ekspor gagal karena galat tak terduga: %1": "Export failed with an unexpected error: %1",
    "Kop, nomor dan judul": "Header, number and title",
    "Kop unit kerja (satu baris per butir)": "Unit header (one line per item)",
    "Nomor SOP": "SOP number",
    "Judul SOP": "SOP title",
    "Gaya tata letak": "Layout style",
    "Tanggal": "Dates",
    "Tanggal Pembuatan": "Date drafted",
    "Tanggal Revisi": "Date revised",
    "Tanggal Efektif": "Effective date",
    "Disahkan oleh": "Approved by",
    "Jabatan": "Position",
    "Nama": "Name",
    "Pangkat/golongan": "Rank/grade",
    "NIP": "Employee ID (NIP)",
    "Dasar Hukum": "Legal basis",
    "Kualifikasi Pelaksana": "Performer qualifications",
    "Keterkaitan": "Related procedures",
    "Peralatan/Perlengkapan": "Equipment/supplies",
    "Peringatan": "Warning",
    "Pencatatan dan Pendataan": "Records and data",
    "Ubah %1": "Change %1",
    "Pustaka": "Library",
    "Cari judul, nomor atau kegiatan...": "Search title, number or activity...",
    "(tanpa judul)": "(untitled)",
    "Tambah butir": "Add item",
    "Hapus butir": "Remove item",
    "Naikkan butir": "Move item up",
    "Turunkan butir": "Move item down",
    "&Baru": "&New",
    "&Buka pustaka...": "&Open library...",
    "&Simpan": "&Save",
    "&Ekspor...": "&Export...",
    "&Tutup SOP": "&Close SOP",
    "&Preferensi...": "&Preferences...",
    "&Keluar": "&Quit",
    "Urungkan": "Undo",
    "Ulangi": "Redo",
    "&Hapus langkah": "&Delete step",
    "&Cari": "&Find",
    "Per&besar": "Zoom &in",
    "Per&kecil": "Zoom &out",
    "Sesuaikan &lebar": "Fit &width",
    "Ukuran &cetak (100%)": "&Print size (100%)",
    "Ekspor &PDF...": "Export as &PDF...",
    "Ekspor &DOCX...": "Export as &DOCX...",
    "&Tentang SOP Studio": "&About SOP Studio",
    "&Berkas": "&File",
    "Pustaka &terakhir": "&Recent libraries",
    "&Sunting": "&Edit",
    "&Tampilan": "&View",
    "&Ekspor": "E&xport",
    "B&antuan": "&Help",
    "Alat": "Tools",
    "(belum ada)": "(none yet)",
    "Tidak ada pustaka terbuka": "No library open",
    "Buka atau buat pustaka": "Open or create a library",
    "Pustaka SOP (*.sqlite *.db);;Semua berkas (*)": "SOP libraries (*.sqlite *.db);;All files (*)",
    "Pustaka tidak dapat dibuka": "The library cannot be opened",
    "Pustaka dibuka: %1": "Library opened: %1",
    "Pemulihan": "Recovery",
    "Sebagian perubahan tidak dapat dipulihkan:": "Some changes could not be recovered:",
    "%1 SOP dipulihkan.": "%1 SOP(s) recovered.",
    "SOP tidak dapat dibuka": "The SOP cannot be opened",
    "SOP Baru": "New SOP",
    "Pelaksana 1": "Performer 1",
    "SOP tidak dapat dibuat": "The SOP cannot be created",
    "Tersimpan (revisi %1)": "Saved (revision %1)",
    "Gagal menyimpan: %1": "Saving failed: %1",
    "Semua perubahan tersimpan.": "All changes saved.",
    "Perubahan belum tersimpan": "Unsaved changes",
    "Perubahan pada SOP berikut tidak dapat disimpan ke pustaka:":
        "Changes to these SOPs cannot be saved to the library:",
    "Tutup juga? Perubahan tetap ada di jurnal pemulihan dan ditawarkan kembali saat pustaka "
    "ini dibuka.": "Close anyway? The changes stay in the recovery journal and are offered again "
                   "when this library is opened.",
    "Tutup tanpa menyimpan": "Close without saving",
    "Batal": "Cancel",
    "SOP": "SOP",
    "Langkah %1": "Step %1",
    "Pelaksana": "Performer",
    "Diekspor ke %1": "Exported to %1",
    "Tentang SOP Studio": "About SOP Studio",
    "<b>SOP Studio %1</b><p>Penyusun Standar Operasional Prosedur Administrasi Pemerintahan "
    "(Permenpan-RB Nomor 35 Tahun 2012), bekerja tanpa jaringan.</p>":
        "<b>SOP Studio %1</b><p>Writes Indonesian government Standard Operating Procedures "
        "(Permenpan-RB Regulation 35/2012), entirely offline.</p>",
    "Preferensi": "Preferences",
    "Bahasa antarmuka berlaku setelah SOP Studio dibuka ulang.":
        "The interface language applies after SOP Studio is restarted.",
    "Bahasa antarmuka": "Interface language",
    "Kertas bawaan ekspor": "Default export paper",
    "Properti Langkah": "Step Properties",
    "Pilih satu langkah pada diagram alir.": "Select a step in the flowchart.",
    "Langkah": "Step",
    "Mulai (terminator)": "Start (terminator)",
    "Proses": "Process",
    "Keputusan": "Decision",
    "Selesai (terminator)": "End (terminator)",
    "Jenis": "Kind",
    "Kegiatan": "Activity",
    "Kelengkapan": "Requirements",
    "Waktu": "Time",
    "Output": "Output",
    "Keterangan": "Remarks",
    "Berikutnya": "Next",
    "Ya": "Yes",
    "Tidak": "No",
    "(tidak ada)": "(none)",
    "Ubah teks kegiatan": "Edit activity text",
    "Ubah kelengkapan": "Edit requirements",
    "Ubah waktu": "Edit time",
    "Ubah output": "Edit output",
    "Ubah keterangan": "Edit remarks",
    "Pindahkan ke pelaksana %1": "Move to performer %1",
    "Ubah sambungan": "Change link",
    "SOP Studio tidak ditutup dengan benar. Perubahan berikut belum tersimpan di pustaka. "
    "Pulihkan sekarang?": "SOP Studio was not closed properly. These changes are not in the "
                          "library yet. Recover them now?",
    "Pulihkan": "Recover",
    "Buang perubahan": "Discard changes",
    "Nanti": "Later",
    "Tambahkan pelaksana terlebih dahulu (Ctrl+L).": "Add a performer first (Ctrl+L).",
    "Sisipkan langkah di bawah": "Insert step below",
    "Sisipkan langkah di atas": "Insert step above",
    "Hapus langkah": "Delete step",
    "Duplikat langkah": "Duplicate step",
    "Ubah jenis langkah": "Change step kind",
    "Tukar Ya/Tidak": "Swap Yes/No",
    "Pindahkan langkah": "Move step",
    "Pelaksana %1": "Performer %1",
    "Tambah pelaksana": "Add performer",
    "Hapus pelaksana": "Delete performer",
    "Ganti nama pelaksana": "Rename performer",
    "Duplikat": "Duplicate",
    "Sunting teks kegiatan": "Edit activity text",
    "Tambah pelaksana di kiri": "Add performer on the left",
    "Tambah pelaksana di kanan": "Add performer on the right",
    " (Ya)": " (Yes)",
    " (Tidak)": " (No)",
    "Tautkan langkah": "Link step",
    "Tambah langkah tertaut": "Add linked step",
    "Pindahkan pelaksana": "Move performer",
    "Tambah langkah di akhir": "Add step at the end",
    "Ubah jenis": "Change kind",
    "Validasi": "Validation",
    "Tingkat": "Severity",
    "Lokasi": "Location",
    "Pesan": "Message",
    "Galat": "Error",
    "Validasi: %1 galat, %2 peringatan": "Validation: %1 error(s), %2 warning(s)",
    "Validasi: tidak ada temuan": "Validation: no findings",
    "OK": "OK",
}


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "sopstudio" / "ui").rglob("*.py"))
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lupdate"), *sources, "-ts",
                    str(TS.relative_to(ROOT)), "-source-language", "id", "-target-language",
                    "en", "-no-obsolete", "-locations", "none", "-silent"],
                   cwd=ROOT, check=True)
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in EN:
            translation.text = EN[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    ET.indent(tree)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    with TS.open("r+", encoding="utf-8") as handle:  # keep Linguist's DOCTYPE line
        text = handle.read().replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        handle.seek(0)
        handle.write(text)
        handle.truncate()
    for source in missing:
        print(f"no English for: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
