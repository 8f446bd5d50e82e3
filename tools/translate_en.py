"""Refresh resources/translations/sopstudio_en.ts: extract strings (pyside6-lupdate), then
fill in the English of every entry from EN below (entries without English stay unfinished
and make this script fail, so a new UI string cannot ship untranslated).

    .venv/bin/python tools/translate_en.py
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
    "&Periksa instalasi...": "&Check installation...",
    "Periksa instalasi": "Check installation",
    "Berkas tidak dapat dibuka": "The file cannot be opened",
    "Memeriksa instalasi...": "Checking the installation...",
    "Semua pemeriksaan lulus.": "All checks passed.",
    "%1 pemeriksaan GAGAL.": "%1 checks FAILED.",
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
    "(hanya-baca)": "(read-only)",
    "Pustaka hanya-baca": "Read-only library",
    "Pustaka dibuka hanya-baca (%1): SOP dapat dibaca dan diekspor, tetapi perubahan "
    "tidak dapat disimpan. Jika pustaka rusak, periksa dengan `sopstudio library check` "
    "dan pulihkan dengan `sopstudio library recover BERKAS-BARU.sqlite`.": (
        "The library opened read-only (%1): SOPs can be read and exported, but changes "
        "cannot be saved. If the library is damaged, check it with `sopstudio library check` "
        "and recover it with `sopstudio library recover NEW-FILE.sqlite`."
    ),
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
    "Satu ayat atau butir per baris": "One paragraph or item per line",
    "Diikuti daftar SOP dari Lampiran": "Followed by the list of SOPs from the Attachment",
    "Judul bab (satu baris per baris cetak)": "Chapter title (one line per printed line)",
    "Pasal dalam bab ini": "Articles in this chapter",
    "Isi pasal": "Article text",
    "Ekspor keputusan": "Export decree",
    "Mengekspor... (%1 dari %2 bagian)": "Exporting... (%1 of %2 parts)",
    "Daerah": "Region",
    "Pejabat penetap (jika berbeda)": "Issuing official (if different)",
    "Nomor": "Number",
    "Tentang": "Subject",
    "Ditetapkan di": "Enacted at",
    "Tanggal ditetapkan": "Date enacted",
    "Diktum pertama": "First clause",
    "Kop (satu baris per butir)": "Letterhead (one line per item)",
    "Konsiderans": "Considerations",
    "Menimbang": "Considering (Menimbang)",
    "Sarankan dari Dasar Hukum SOP": "Suggest from the SOPs' legal basis",
    "Mengingat": "Having regard to (Mengingat)",
    "Memperhatikan": "Noting (Memperhatikan)",
    "Diktum": "Clauses (diktum)",
    "Buat ulang diktum...": "Redraft clauses...",
    "Bab dan Pasal": "Chapters and articles",
    "Buat ulang bab dan pasal...": "Redraft chapters and articles...",
    "Penandatangan": "Signatory",
    "Pengundangan (Peraturan)": "Promulgation (regulation)",
    "Diundangkan dalam Berita Daerah": "Promulgated in the Regional Gazette",
    "Diundangkan di": "Promulgated at",
    "Tanggal diundangkan": "Date promulgated",
    "Berita Daerah": "Regional Gazette",
    "Salinan sesuai dengan aslinya": "Certified true copy",
    "Tembusan dan paraf": "Copies and initials",
    "Tembusan": "Copies to",
    "Paraf hierarki (jabatan)": "Initials hierarchy (positions)",
    "a.n. (atas nama)": "a.n. (on behalf of)",
    "ub. (untuk beliau)": "ub. (for him/her)",
    "Lampiran": "Attachment",
    "Pratinjau": "Preview",
    "Temuan": "Findings",
    "Ekspor PDF...": "Export PDF...",
    "Ekspor DOCX...": "Export DOCX...",
    "Buat paket tanda tangan...": "Build signature package...",
    "Temuan (%1)": "Findings (%1)",
    "Sarankan Mengingat dari Dasar Hukum SOP": "Suggest Mengingat from the SOPs' legal basis",
    "%1 butir Mengingat ditambahkan.": "%1 Mengingat item(s) added.",
    "Buat ulang diktum": "Redraft clauses",
    "Simpan paket tanda tangan": "Save signature package",
    "Paket tanda tangan (*.zip)": "Signature packages (*.zip)",
    "Paket tersimpan: %1": "Package saved: %1",
    "Impor SOP dari %1": "Import SOPs from %1",
    "Membaca %1...": "Reading %1...",
    "Masalah": "Problems",
    "Tebakan": "Guesses",
    "Sumber": "Source",
    "Pilih SOP untuk melihat laporan impornya.": "Select an SOP to see its import report.",
    "Menurut kop unit kerja pada SOP": "By the unit header of each SOP",
    "Unit tujuan": "Target unit",
    "Tambahkan ke pustaka": "Add to library",
    "Berkas tidak dapat diimpor: %1": "The file cannot be imported: %1",
    "%1 \u2014 %2 langkah, %3 pelaksana": "%1 \u2014 %2 steps, %3 performers",
    "Tidak ada tebakan maupun masalah.": "No guesses and no problems.",
    "Catatan untuk seluruh berkas:": "Notes on the whole file:",
    "%1 SOP ditemukan, %2 dipilih. Periksa laporan tiap SOP sebelum menambahkannya.":
        "%1 SOP(s) found, %2 chosen. Check each SOP's report before adding it.",
    "SOP tidak dapat disimpan: %1": "The SOP cannot be saved: %1",
    "Tambah SOP dari pustaka...": "Add SOPs from the library...",
    "Hapus dari Lampiran": "Remove from Attachment",
    "Perbarui dari pustaka": "Update from library",
    "Ganti salinan SOP di Lampiran dengan versi terbaru di pustaka.":
        "Replace the Attachment's copies of the SOPs with the library's latest versions.",
    "Nomori ulang": "Renumber",
    "Beri nomor \u201cNN Tahun YYYY\u201d menurut urutan Lampiran.":
        "Number \u201cNN Tahun YYYY\u201d in Attachment order.",
    "Tahun": "Year",
    "Urutan SOP di Lampiran (seret untuk memindahkan; klik dua kali untuk membuka):":
        "SOPs of the Attachment in order (drag to move; double-click to open):",
    "(tanpa nomor)": "(no number)",
    "SOP tidak dapat dimuat": "The SOP cannot be loaded",
    "Tambah %1 SOP ke Lampiran": "Add %1 SOP(s) to the Attachment",
    "Pindahkan SOP di Lampiran": "Move SOP in the Attachment",
    "Hapus SOP dari Lampiran": "Remove SOP from the Attachment",
    "Perbarui SOP Lampiran dari pustaka": "Update Attachment SOPs from the library",
    "SOP berikut tidak ada di pustaka ini dan tetap seperti di Lampiran:":
        "These SOPs are not in this library and stay as they are in the Attachment:",
    "Semua SOP di Lampiran sudah sama dengan pustaka.":
        "Every SOP of the Attachment already matches the library.",
    "Nomori ulang SOP Lampiran (tahun %1)": "Renumber Attachment SOPs (year %1)",
    "&Keputusan baru": "New &decree",
    "&Impor...": "&Import...",
    "Impor &paket...": "Import &package...",
    "&Tempel tabel": "&Paste table",
    "Keputusan tidak dapat dibuka": "The decree cannot be opened",
    "Keputusan tidak dapat dibuat": "The decree cannot be created",
    "Impor SOP": "Import SOPs",
    "Dokumen SOP (*.docx *.pdf *.txt *.tsv);;Semua berkas (*)":
        "SOP documents (*.docx *.pdf *.txt *.tsv);;All files (*)",
    "%1 SOP ditambahkan ke pustaka.": "%1 SOP(s) added to the library.",
    "Impor paket tanda tangan": "Import signature package",
    "Tempel tabel": "Paste table",
    "Tabel hanya dapat ditempel ke SOP yang belum berisi langkah. Buat SOP baru, lalu tempel "
    "tabelnya di sana.":
        "A table can only be pasted into an SOP without steps. Create a new SOP and paste the "
        "table there.",
    "Papan klip tidak berisi tabel (salin tabel dari Word atau Excel).":
        "The clipboard holds no table (copy a table from Word or Excel).",
    "Tidak ada langkah SOP yang dikenali dalam tabel yang ditempel.":
        "No SOP steps were recognised in the pasted table.",
    "%1 langkah ditempel.": "%1 step(s) pasted.",
    "Paket tanda tangan": "Signature package",
    "Membuat paket %1...": "Building package %1...",
    "Paket tersimpan: %1 (%2 berkas).": "Package saved: %1 (%2 files).",
    "Paket tidak dapat dibuat: %1": "The package cannot be built: %1",
    "Impor paket %1": "Import package %1",
    "Memeriksa paket...": "Checking the package...",
    "Isi paket": "Package content",
    "Revisi paket": "Package revision",
    "Revisi pustaka": "Library revision",
    "Status": "Status",
    "Keputusan Anda": "Your decision",
    "Impor": "Import",
    "Baru": "New",
    "Tidak berubah": "Unchanged",
    "Lebih baru di paket": "Newer in the package",
    "Lebih lama di paket": "Older in the package",
    "Konflik": "Conflict",
    "SOP %1": "SOP %1",
    "\u2014 pilih \u2014": "\u2014 choose \u2014",
    "Pertahankan milik kita": "Keep ours",
    "Ambil dari paket": "Take the package's",
    "Paket tidak dapat diimpor: %1": "The package cannot be imported: %1",
    "%1 konflik: isi berubah di paket dan di pustaka. Pilih untuk setiap konflik sebelum "
    "mengimpor.":
        "%1 conflict(s): changed in the package and in the library. Choose for each conflict "
        "before importing.",
    "Paket utuh. Periksa rencana impor, lalu klik Impor.":
        "The package is intact. Check the import plan, then click Import.",
    "Versi lebih baru": "Newer versions",
    "%1 isi paket lebih baru daripada versi di pustaka. Ganti versi pustaka dengan versi paket?":
        "%1 item(s) of the package are newer than the library's. Replace the library's versions "
        "with the package's?",
    "Ganti": "Replace",
    "Pertahankan versi pustaka": "Keep the library's versions",
    "Impor gagal: %1": "Import failed: %1",
    "Impor selesai.": "Import finished.",
    "Buat ulang bab dan pasal": "Redraft chapters and articles",
    "Isi diktum (atau bab dan pasal) saat ini diganti dengan teks baku. Perubahan ini dapat "
    "diurungkan.":
        "The current clauses (or chapters and articles) are replaced by the standard text. This "
        "can be undone.",
    "Unit kerja pemilik SOP": "Unit owning the SOPs",
    "Pelaksana monitoring dan evaluasi": "Who monitors and evaluates",
    "Buat ulang": "Redraft",
    "Tambah SOP ke Lampiran": "Add SOPs to the Attachment",
    "Tambahkan": "Add",
    "SOP yang sudah ada di Lampiran tidak ditampilkan.":
        "SOPs already in the Attachment are not shown.",
    "Berkas tidak dapat dibaca atau ditulis: %1 (%2)":
        "The file cannot be read or written: %1 (%2)",
    "Galat tak terduga: %1": "Unexpected error: %1",
    # Issue 15: the first hour in the editor.
    'Timpa':
        'Replace',
    'Ketik tanggal (mis. 17/09/2024, 17 September 2024, 17 Sep 2024) atau pilih dari kalender.':
        'Type a date (e.g. 17/09/2024, 17 September 2024, 17 Sep 2024) or pick one from the calendar.',
    'Pilih dari kalender':
        'Pick from the calendar',
    'Bukan tanggal yang dikenali: %1':
        'Not a recognised date: %1',
    'SOP belum tersimpan':
        'SOPs not saved',
    '%1 SOP di Lampiran berbeda dari pustaka (misalnya setelah “Nomori ulang”):':
        '%1 SOPs in the Lampiran differ from the library (e.g. after “Renumber”):',
    'Paket memuat riwayat setiap SOP dari pustaka. Simpan SOP ini sebagai revisi baru di pustaka?':
        "The package carries each SOP's history from the library. Save these SOPs as new revisions in the library?",
    'SOP tidak dapat disimpan':
        'The SOP cannot be saved',
    'Simpan SOP Lampiran ke pustaka':
        'Save Lampiran SOPs to the library',
    'Jadikan Proses':
        'Make it a Process',
    'Jadikan Keputusan':
        'Make it a Decision',
    'Jadikan Mulai':
        'Make it a Start',
    'Jadikan Selesai':
        'Make it an End',
    'Naikkan langkah':
        'Move step up',
    'Turunkan langkah':
        'Move step down',
    'Pindahkan ke pelaksana kiri':
        'Move to the performer on the left',
    'Pindahkan ke pelaksana kanan':
        'Move to the performer on the right',
    'Geser pelaksana ke kiri':
        'Move lane left',
    'Geser pelaksana ke kanan':
        'Move lane right',
    'Sel berikutnya / sebelumnya saat menyunting':
        'Next / previous cell while editing',
    'Batalkan suntingan sel':
        'Cancel the cell edit',
    'Atas / Bawah':
        'Up / Down',
    'Pilih langkah sebelumnya / berikutnya':
        'Select the previous / next step',
    'Hapus langkah (sambungan diperbaiki)':
        'Delete the step (links repaired)',
    'Urungkan / Ulangi':
        'Undo / Redo',
    'Simpan (otomatis juga)':
        'Save (also automatic)',
    'Ekspor PDF/DOCX':
        'Export PDF/DOCX',
    'Cari di pustaka':
        'Search the library',
    'Sesuaikan lebar / ukuran cetak':
        'Fit width / printed size',
    'Menu, Shift+F10, klik kanan':
        'Menu, Shift+F10, right click',
    'Menu konteks langkah atau pelaksana':
        'Context menu of a step or lane',
    'Seret simbol':
        'Drag a symbol',
    'Pindah baris atau pelaksana':
        'Move to another row or lane',
    'Seret dari titik biru':
        'Drag from the blue dot',
    'Tautkan ke langkah lain, atau langkah baru di lajur':
        'Link to another step, or a new step in a lane',
    'Mulai':
        'Start',
    'Sisipkan langkah Mulai (terminator)':
        'Insert a Start step (terminator)',
    'Sisipkan langkah Proses':
        'Insert a Process step',
    'Sisipkan Keputusan (Ya/Tidak)':
        'Insert a Decision (Yes/No)',
    'Selesai':
        'End',
    'Sisipkan langkah Selesai (terminator)':
        'Insert an End step (terminator)',
    'Tambah pelaksana (lajur) di kanan (Ctrl+L)':
        'Add a performer (lane) on the right (Ctrl+L)',
    '<h3>SOP Studio dalam satu halaman</h3><p><b>Pustaka</b> (kiri) menyimpan SOP per unit; klik kanan untuk unit baru, SOP baru, pindah, duplikat atau hapus. Setiap SOP punya tab <b>Identitas</b> dan <b>Diagram Alir</b>. Pilih langkah untuk mengubahnya di <b>Properti Langkah</b> (kanan); temuan ada di <b>Validasi</b> (bawah). Semua perubahan tersimpan otomatis dan dapat diurungkan.</p><h4>Pintasan</h4>':
        '<h3>SOP Studio on one page</h3><p>The <b>Library</b> (left) keeps SOPs by unit; right click for a new unit, a new SOP, move, duplicate or delete. Each SOP has an <b>Identity</b> and a <b>Flowchart</b> tab. Select a step to change it in <b>Step properties</b> (right); findings are in <b>Validation</b> (bottom). Every change is saved automatically and can be undone.</p><h4>Shortcuts</h4>',
    'Cari di:':
        'Look in:',
    'Nama berkas:':
        'File name:',
    'Jenis berkas:':
        'Files of type:',
    'Buka':
        'Open',
    'Berkas %1 sudah ada. Timpa?':
        '%1 already exists. Replace it?',
    'Buka berkas':
        'Open file',
    'Perlu diperiksa':
        'To check',
    'Perlu diperiksa: %1 galat, %2 peringatan; %3 tebakan.':
        'To check: %1 errors, %2 warnings; %3 guesses.',
    '(langkah %1)':
        '(step %1)',
    'SOP baru di sini':
        'New SOP here',
    'Ganti judul SOP...':
        'Rename SOP...',
    'Pindahkan ke unit...':
        'Move to unit...',
    'Duplikat SOP':
        'Duplicate SOP',
    'Hapus SOP...':
        'Delete SOP...',
    'Unit baru...':
        'New unit...',
    'Sub-unit (Bagian) baru...':
        'New sub-unit (Bagian)...',
    'Ganti nama unit...':
        'Rename unit...',
    'Hapus unit...':
        'Delete unit...',
    'Unit baru':
        'New unit',
    'Sub-unit baru':
        'New sub-unit',
    'Nama unit (mis. Biro Organisasi Setda Provinsi):':
        'Unit name (e.g. Biro Organisasi Setda Provinsi):',
    'Ganti nama unit':
        'Rename unit',
    'Nama unit:':
        'Unit name:',
    'Hapus unit':
        'Delete unit',
    'Hapus unit “%1”?':
        'Delete the unit “%1”?',
    'Ketik butir, lalu Enter':
        'Type an item, then Enter',
    '&Bantuan dan pintasan':
        '&Help and shortcuts',
    'Palet simbol':
        'Symbol palette',
    'Ganti judul SOP':
        'Rename SOP',
    'Judul SOP:':
        'SOP title:',
    'Ubah judul':
        'Change title',
    'Buat unit terlebih dahulu.':
        'Create a unit first.',
    'Pindahkan SOP':
        'Move SOP',
    'Unit tujuan:':
        'Target unit:',
    'Pindahkan':
        'Move',
    'Salinan %1':
        'Copy of %1',
    'Hapus SOP':
        'Delete SOP',
    'Hapus SOP “%1” beserta seluruh riwayat revisinya dari pustaka?':
        'Delete the SOP “%1” and all its revisions from the library?',
    'Penghapusan tidak dapat diurungkan.':
        'Deleting cannot be undone.',
    'Bantuan SOP Studio':
        'SOP Studio help',
    'Diagram alir masih kosong. Tambahkan langkah pertama dengan tombol ini, tekan Enter pada diagram, atau pilih simbol pada palet.':
        'The flowchart is empty. Add the first step with this button, press Enter on the flowchart, or pick a symbol in the palette.',
    'Tambah langkah pertama':
        'Add the first step',
    '<h2>Selamat datang di SOP Studio</h2><p>Susun SOP Administrasi Pemerintahan (Permenpan-RB 35/2012): identitas, diagram alir, ekspor PDF/DOCX.</p>':
        '<h2>Welcome to SOP Studio</h2><p>Write government administration SOPs (Permenpan-RB 35/2012): identity, flowchart, PDF/DOCX export.</p>',
    'Buat SOP baru':
        'Create a new SOP',
    'SOP kosong di unit yang dipilih pada Pustaka (Ctrl+N)':
        'An empty SOP in the unit selected in the Library (Ctrl+N)',
    'Buka contoh':
        'Open the samples',
    'Pustaka contoh berisi SOP dan keputusan yang sudah jadi':
        'A sample library with finished SOPs and decrees',
    'Impor dari Word/Excel...':
        'Import from Word/Excel...',
    'Baca SOP dari berkas .docx, .txt atau .tsv (Ctrl+I)':
        'Read SOPs from a .docx, .txt or .tsv file (Ctrl+I)',
    'Buka pustaka lain...':
        'Open another library...',
    'Buka atau buat berkas pustaka (Ctrl+O)':
        'Open or create a library file (Ctrl+O)',
    'Pustaka terakhir (klik dua kali untuk membuka):':
        'Recent libraries (double-click to open):',
    'Tips: tekan F1 untuk daftar pintasan papan ketik.':
        'Tip: press F1 for the keyboard shortcuts.',
    # Monitoring, evaluation and revision (Evaluasi menu)
    "E&valuasi": "E&valuation",
    "&Monitoring SOP...": "&Monitor SOP...",
    "&Evaluasi SOP...": "&Evaluate SOP...",
    "&Bandingkan revisi...": "&Compare revisions...",
    "&Waktu dan beban pelaksana...": "&Time and actor load...",
    "&Jadwal monitoring dan evaluasi...": "Monitoring and evaluation &schedule...",
    "&Paket bukti RB/ZI...": "RB/ZI &evidence pack...",
    "Arsip zip (*.zip)": "Zip archives (*.zip)",
    "Bandingkan revisi SOP": "Compare SOP revisions",
    "Buat paket...": "Build pack...",
    "Catatan hasil penilaian": "Assessment notes",
    "Catatan": "Notes",
    "Cetak formulir kosong...": "Print blank form...",
    "Cetak ke": "Print to",
    "Cetak...": "Print...",
    "Dokumen PDF (*.pdf);;Dokumen Word (*.docx)": "PDF documents (*.pdf);;Word documents (*.docx)",
    "Ekspor perbandingan": "Export comparison",
    "Ekspor...": "Export...",
    "Evaluasi %1 tersimpan di pustaka.": "Evaluation %1 saved in the library.",
    "Evaluasi SOP": "SOP evaluation",
    "Evaluasi": "Evaluation",
    "Gagal mencetak: %1": "Printing failed: %1",
    "Gagal mengekspor: %1": "Export failed: %1",
    "Isi periode monitoring terlebih dahulu.": "Enter the monitoring period first.",
    "Isi tahun evaluasi (mis. 2025).": "Enter the evaluation year (e.g. 2025).",
    "Jabatan penilai": "Assessor's position",
    "Jadwal monitoring dan evaluasi": "Monitoring and evaluation schedule",
    "Jalur terpanjang": "Longest path",
    "Jalur terpendek": "Shortest path",
    "Jatuh tempo": "Due",
    "Kriteria": "Criterion",
    "Monitoring %1 tersimpan di pustaka.": "Monitoring %1 saved in the library.",
    "Monitoring pelaksanaan SOP": "SOP implementation monitoring",
    "Monitoring": "Monitoring",
    "Nama penilai": "Assessor's name",
    "No": "No",
    "Paket bukti RB/ZI": "RB/ZI evidence pack",
    "Paket gagal dibuat: %1": "The pack could not be built: %1",
    "Penilaian terhadap penerapan": "Assessment of implementation",
    "Periode": "Period",
    "Prosedur": "Procedure",
    "Revisi %1": "Revision %1",
    "Revisi SOP yang dihasilkan": "Resulting SOP revision",
    "SOP baru": "New SOP",
    "SOP ini belum punya revisi tersimpan.": "This SOP has no stored revision yet.",
    "SOP lama": "Old SOP",
    "SOP yang berlaku, hasil monitoring, rekap evaluasi, perbandingan revisi dan pemetaan SOP, "
    "dengan daftar isi.": "SOPs in force, monitoring results, evaluation recap, revision "
    "comparisons and the SOP mapping, with a table of contents.",
    "Simpan paket bukti": "Save evidence pack",
    "Simpan": "Save",
    "Tanggal penilaian": "Assessment date",
    "Tanggal tidak dikenali: %1 (mis. 30 Juni 2025)": "Date not recognised: %1 (e.g. 30 Juni 2025)",
    "Terakhir": "Last",
    "Tersimpan: %1 (%2 berkas)": "Saved: %1 (%2 files)",
    "Tidak dihitung: langkah %1 (%2)": "Not counted: step %1 (%2)",
    "Tindakan yang harus diambil": "Action to take",
    "Unit": "Unit",
    "Waktu dan beban pelaksana": "Time and actor load",
    "Ya/Tidak": "Yes/No",
    "belum pernah": "never",
    "langkah %1": "steps %1",
    "mis. 2025": "e.g. 2025",
    "mis. 30 Juni 2025": "e.g. 30 Juni 2025",
    "mis. Semester I 2025": "e.g. Semester I 2025",
    "tidak ada jalur dari Mulai ke Selesai": "no path from start to end",
    "Paket ditolak": "Package refused",
    "Keputusan ini masih memiliki %1 kesalahan dan tidak dapat dipaketkan untuk "
    "ditandatangani. Perbaiki kesalahan berikut, atau buat paket draf (setiap halaman "
    "bertanda DRAF).":
        "This decree still has %1 errors and cannot be packaged for signature. Fix the errors "
        "below, or build a package of drafts (every page marked DRAF).",
    "Buat paket draf": "Build a package of drafts",
    "Ekspor sebagai draf (setiap halaman dan nama berkas bertanda DRAF; boleh masih ada "
    "kesalahan)":
        "Export as a draft (every page and the file name marked DRAF; errors allowed)",
    "Ekspor ditolak: %1 kesalahan.": "Export refused: %1 errors.",
    "Ekspor ditolak": "Export refused",
    "Dokumen ini masih memiliki %1 kesalahan dan tidak dapat diekspor untuk ditandatangani. "
    "Perbaiki kesalahan berikut, atau centang \u201cEkspor sebagai draf\u201d.":
        "This document still has %1 errors and cannot be exported for signature. Fix the "
        "errors below, or tick \u201cExport as a draft\u201d.",
    "%1 (tidak ada)": "%1 (missing)",
    "&Gaya instansi...": "House &styles...",
    "Gaya tidak tersimpan": "Style not saved",
    "Ubah gaya instansi": "Change house style",
    "Gaya %1 tersimpan di pustaka": "Style %1 saved in the library",
    "Gaya instansi baru di pustaka: %1": "New house styles in the library: %1",
    "Gaya Instansi": "House Styles",
    "Cetak baris nomor kolom (1, 2, 3, ...)": "Print the column-number row (1, 2, 3, ...)",
    "Mulai/Selesai sebagai baris sendiri (jika tidak: ditulis di dalam terminator langkah "
    "pertama dan terakhir)":
        "Start/End as rows of their own (otherwise written inside the first and last step's "
        "terminator)",
    "Kop dicetak tebal": "Letterhead in bold",
    "Kop dengan huruf kapital": "Letterhead in capitals",
    "sama dengan teks identitas": "same as the identity text",
    "Cetak baris pangkat/golongan": "Print the rank/grade line",
    "Umum": "General",
    "Label": "Labels",
    "Kop dan tanda tangan": "Letterhead and signature",
    "Impor berkas gaya...": "Import style file...",
    "Ekspor berkas gaya...": "Export style file...",
    "Simpan ke pustaka": "Save to library",
    "Mulai dari gaya": "Start from style",
    "Nama gaya (huruf kecil, angka, -)": "Style name (lower case, digits, -)",
    "Huruf": "Font",
    "Ukuran teks tabel": "Table text size",
    "Ukuran teks kepala tabel": "Table header size",
    "Ukuran teks identitas": "Identity text size",
    "Ukuran judul": "Title size",
    "Baris kop diambil dari unit kerja setiap SOP.":
        "The letterhead lines come from each SOP's unit.",
    "Ukuran huruf kop": "Letterhead size",
    "Ruang tanda tangan / stempel TTE": "Room for the signature / e-signature stamp",
    "Awalan NIP": "NIP prefix",
    "Nama gaya harus huruf kecil, angka atau tanda hubung (contoh: kota-malang).":
        "A style name is lower-case letters, digits or hyphens (e.g. kota-malang).",
    "Impor berkas gaya": "Import style file",
    "Gaya instansi (*.style.json)": "House styles (*.style.json)",
    "Berkas gaya tidak dapat dibaca: %1": "The style file cannot be read: %1",
    "Ekspor berkas gaya": "Export style file",
    "Pilih logo (PNG)...": "Choose logo (PNG)...",
    "Tanpa logo": "No logo",
    "Logo (Garuda/lambang daerah)": "Logo (Garuda/regional emblem)",
    "Lebar logo": "Logo width",
    "Pilih logo": "Choose logo",
    "Gambar PNG (*.png)": "PNG images (*.png)",
    "Berkas tidak dapat dibaca: %1 (%2)": "The file cannot be read: %1 (%2)",
    "Logo tidak dapat dipakai: %1": "The logo cannot be used: %1",
    # signed PDFs and lifecycle statuses
    "Semua status": "All statuses",
    "Draf": "Draft",
    "Direviu": "Reviewed",
    "Diajukan": "Submitted",
    "Disahkan": "Signed",
    "Berlaku": "In force",
    "Dicabut": "Revoked",
    "Diganti": "Replaced",
    "PDF &bertanda tangan...": "&Signed PDF...",
    "PDF bertanda tangan elektronik": "Electronically signed PDF",
    "(opsional) paket tanda tangan asal PDF ini":
        "(optional) the signature package this PDF was made from",
    "PDF bertanda tangan": "Signed PDF",
    "Paket": "Package",
    "Sertifikat tepercaya (akar dan perantara)": "Trusted certificates (roots and intermediates)",
    "Sidik jari SHA-256": "SHA-256 fingerprint",
    "Bandingkan sidik jari dengan yang diumumkan penerbitnya (Root CA Indonesia DS G1, "
    "BSrE/BSSN). Tidak ada yang diunduh dari jaringan.":
        "Compare the fingerprints with those its issuer publishes (Root CA Indonesia DS G1, "
        "BSrE/BSSN). Nothing is downloaded from the network.",
    "Tambah sertifikat...": "Add certificates...",
    "Periksa": "Verify",
    "Lampirkan ke pustaka": "Attach to the library",
    "Tambah sertifikat tepercaya": "Add trusted certificates",
    "Sertifikat (*.pem *.crt *.cer *.der)": "Certificates (*.pem *.crt *.cer *.der)",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "Tanda tangan SAH.": "The signature is VALID.",
    "Tanda tangan SAH dan cocok dengan paket.":
        "The signature is VALID and matches the package.",
    "Tanda tangan SAH; dilampirkan ke pustaka.":
        "The signature is VALID; attached to the library.",
    "DITOLAK: %1": "REFUSED: %1",
    "Hapus": "Remove",
    "SOP ini berstatus %1: perubahan disimpan sebagai revisi baru (Draf); revisi "
    "ini tetap seperti adanya.":
        "This SOP is %1: changes are saved as a new revision (Draft); this revision "
        "stays as it is.",
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
