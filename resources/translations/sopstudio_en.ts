<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
  <context>
    <name>ChapterEditor</name>
    <message>
      <source>Satu ayat atau butir per baris</source>
      <extracomment>The new chapter list, and whether it comes from typing (which merges). A typing session ended (the next keystroke starts a new undo step).</extracomment>
      <translation>One paragraph or item per line</translation>
    </message>
    <message>
      <source>Diikuti daftar SOP dari Lampiran</source>
      <translation>Followed by the list of SOPs from the Attachment</translation>
    </message>
    <message>
      <source>Judul bab (satu baris per baris cetak)</source>
      <translation>Chapter title (one line per printed line)</translation>
    </message>
    <message>
      <source>Pasal dalam bab ini</source>
      <translation>Articles in this chapter</translation>
    </message>
    <message>
      <source>Isi pasal</source>
      <translation>Article text</translation>
    </message>
  </context>
  <context>
    <name>Confirm</name>
    <message>
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>(kosong)</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <source>Ketik tanggal (mis. 17/09/2024, 17 September 2024, 17 Sep 2024) atau pilih dari kalender.</source>
      <translation>Type a date (e.g. 17/09/2024, 17 September 2024, 17 Sep 2024) or pick one from the calendar.</translation>
    </message>
    <message>
      <source>Pilih dari kalender</source>
      <translation>Pick from the calendar</translation>
    </message>
    <message>
      <source>Bulan saja</source>
      <translation>Month only</translation>
    </message>
    <message>
      <source>Kosongkan tanggal</source>
      <translation>Clear the date</translation>
    </message>
    <message>
      <source>Bukan tanggal yang dikenali: %1</source>
      <translation>Not a recognised date: %1</translation>
    </message>
  </context>
  <context>
    <name>DecreeForm</name>
    <message>
      <source>Keputusan</source>
      <extracomment>Paths of optional blocks: the widgets below them are enabled only when the block exists. The editing widget of each path ("nomor", "signer.nama", "menimbang", ...). The label of each path, as the form shows it.</extracomment>
      <translation>Decision</translation>
    </message>
    <message>
      <source>Jenis</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Daerah</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>Pejabat penetap (jika berbeda)</source>
      <translation>Issuing official (if different)</translation>
    </message>
    <message>
      <source>Nomor</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Tentang</source>
      <translation>Subject</translation>
    </message>
    <message>
      <source>Ditetapkan di</source>
      <translation>Enacted at</translation>
    </message>
    <message>
      <source>Tanggal ditetapkan</source>
      <translation>Date enacted</translation>
    </message>
    <message>
      <source>Diktum pertama</source>
      <translation>First clause</translation>
    </message>
    <message>
      <source>Kop (satu baris per butir)</source>
      <translation>Letterhead (one line per item)</translation>
    </message>
    <message>
      <source>Konsiderans</source>
      <translation>Considerations</translation>
    </message>
    <message>
      <source>Menimbang</source>
      <translation>Considering (Menimbang)</translation>
    </message>
    <message>
      <source>Sarankan dari Dasar Hukum SOP</source>
      <translation>Suggest from the SOPs' legal basis</translation>
    </message>
    <message>
      <source>Mengingat</source>
      <translation>Having regard to (Mengingat)</translation>
    </message>
    <message>
      <source>Memperhatikan</source>
      <translation>Noting (Memperhatikan)</translation>
    </message>
    <message>
      <source>Diktum</source>
      <translation>Clauses (diktum)</translation>
    </message>
    <message>
      <source>Buat ulang diktum...</source>
      <translation>Redraft clauses...</translation>
    </message>
    <message>
      <source>Bab dan Pasal</source>
      <translation>Chapters and articles</translation>
    </message>
    <message>
      <source>Buat ulang bab dan pasal...</source>
      <translation>Redraft chapters and articles...</translation>
    </message>
    <message>
      <source>Penandatangan</source>
      <translation>Signatory</translation>
    </message>
    <message>
      <source>Pengundangan (Peraturan)</source>
      <translation>Promulgation (regulation)</translation>
    </message>
    <message>
      <source>Diundangkan dalam Berita Daerah</source>
      <translation>Promulgated in the Regional Gazette</translation>
    </message>
    <message>
      <source>Diundangkan di</source>
      <translation>Promulgated at</translation>
    </message>
    <message>
      <source>Tanggal diundangkan</source>
      <translation>Date promulgated</translation>
    </message>
    <message>
      <source>Berita Daerah</source>
      <translation>Regional Gazette</translation>
    </message>
    <message>
      <source>Salinan sesuai dengan aslinya</source>
      <translation>Certified true copy</translation>
    </message>
    <message>
      <source>Tembusan dan paraf</source>
      <translation>Copies and initials</translation>
    </message>
    <message>
      <source>Tembusan</source>
      <translation>Copies to</translation>
    </message>
    <message>
      <source>Paraf hierarki (jabatan)</source>
      <translation>Initials hierarchy (positions)</translation>
    </message>
    <message>
      <source>Jabatan</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Pangkat/golongan</source>
      <translation>Rank/grade</translation>
    </message>
    <message>
      <source>NIP</source>
      <translation>Employee ID (NIP)</translation>
    </message>
    <message>
      <source>a.n. (atas nama)</source>
      <translation>a.n. (on behalf of)</translation>
    </message>
    <message>
      <source>ub. (untuk beliau)</source>
      <translation>ub. (for him/her)</translation>
    </message>
    <message>
      <source>Ubah %1</source>
      <translation>Change %1</translation>
    </message>
  </context>
  <context>
    <name>DecreeTab</name>
    <message>
      <source>Keputusan</source>
      <extracomment>After every committed edit. Ask the main window to open an SOP of the library. A status bar message. The findings were recomputed (after every change). Ids of library SOPs this tab saved as new revisions. The findings of the last refresh (the main window shows them in Validasi).</extracomment>
      <translation>Decision</translation>
    </message>
    <message>
      <source>Lampiran</source>
      <translation>Attachment</translation>
    </message>
    <message>
      <source>Ekspor PDF...</source>
      <translation>Export PDF...</translation>
    </message>
    <message>
      <source>Ekspor DOCX...</source>
      <translation>Export DOCX...</translation>
    </message>
    <message>
      <source>Buat paket tanda tangan...</source>
      <translation>Build signature package...</translation>
    </message>
    <message>
      <source>Diktum</source>
      <translation>Clauses (diktum)</translation>
    </message>
    <message>
      <source>Sarankan Mengingat dari Dasar Hukum SOP</source>
      <translation>Suggest Mengingat from the SOPs' legal basis</translation>
    </message>
    <message>
      <source>%1 butir Mengingat ditambahkan.</source>
      <translation>%1 Mengingat item(s) added.</translation>
    </message>
    <message>
      <source>Buat ulang diktum</source>
      <translation>Redraft clauses</translation>
    </message>
    <message>
      <source>Diekspor ke %1</source>
      <translation>Exported to %1</translation>
    </message>
    <message>
      <source>Simpan paket tanda tangan</source>
      <translation>Save signature package</translation>
    </message>
    <message>
      <source>Paket tanda tangan (*.zip)</source>
      <translation>Signature packages (*.zip)</translation>
    </message>
    <message>
      <source>Paket tersimpan: %1</source>
      <translation>Package saved: %1</translation>
    </message>
    <message>
      <source>SOP belum tersimpan</source>
      <translation>SOPs not saved</translation>
    </message>
    <message>
      <source>%1 SOP di Lampiran berbeda dari pustaka (misalnya setelah “Nomori ulang”):</source>
      <translation>%1 SOPs in the Lampiran differ from the library (e.g. after “Renumber”):</translation>
    </message>
    <message>
      <source>Paket memuat riwayat setiap SOP dari pustaka. Simpan SOP ini sebagai revisi baru di pustaka?</source>
      <translation>The package carries each SOP's history from the library. Save these SOPs as new revisions in the library?</translation>
    </message>
    <message>
      <source>Simpan ke pustaka</source>
      <translation>Save to library</translation>
    </message>
    <message>
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>SOP tidak dapat disimpan</source>
      <translation>The SOP cannot be saved</translation>
    </message>
    <message>
      <source>Simpan SOP Lampiran ke pustaka</source>
      <translation>Save Lampiran SOPs to the library</translation>
    </message>
    <message>
      <source>Paket ditolak</source>
      <translation>Package refused</translation>
    </message>
    <message>
      <source>Keputusan ini masih memiliki %1 kesalahan dan tidak dapat dipaketkan untuk ditandatangani. Perbaiki kesalahan berikut, atau buat paket draf (setiap halaman bertanda DRAF).</source>
      <translation>This decree still has %1 errors and cannot be packaged for signature. Fix the errors below, or build a package of drafts (every page marked DRAF).</translation>
    </message>
    <message>
      <source>Buat paket draf</source>
      <translation>Build a package of drafts</translation>
    </message>
  </context>
  <context>
    <name>DiktumEditor</name>
    <message>
      <source>Diikuti daftar SOP dari Lampiran</source>
      <extracomment>Markers of the decree's lists, by 1-based position.</extracomment>
      <translation>Followed by the list of SOPs from the Attachment</translation>
    </message>
  </context>
  <context>
    <name>DocumentTab</name>
    <message>
      <source>Identitas</source>
      <extracomment>After every committed edit (each undo stack index change, typing merges included).</extracomment>
      <translation>Identity</translation>
    </message>
    <message>
      <source>Diagram Alir</source>
      <translation>Flowchart</translation>
    </message>
    <message>
      <source>SOP tanpa judul</source>
      <translation>Untitled SOP</translation>
    </message>
  </context>
  <context>
    <name>EditCommands</name>
    <message>
      <source>Sisipkan langkah di bawah</source>
      <extracomment>Groups of commands (a separator between groups), in menu order.</extracomment>
      <translation>Insert step below</translation>
    </message>
    <message>
      <source>Sisipkan langkah di atas</source>
      <translation>Insert step above</translation>
    </message>
    <message>
      <source>Sunting teks kegiatan</source>
      <translation>Edit activity text</translation>
    </message>
    <message>
      <source>Duplikat langkah</source>
      <translation>Duplicate step</translation>
    </message>
    <message>
      <source>Jadikan Proses</source>
      <translation>Make it a Process</translation>
    </message>
    <message>
      <source>Jadikan Keputusan</source>
      <translation>Make it a Decision</translation>
    </message>
    <message>
      <source>Jadikan Mulai</source>
      <translation>Make it a Start</translation>
    </message>
    <message>
      <source>Jadikan Selesai</source>
      <translation>Make it an End</translation>
    </message>
    <message>
      <source>Tukar Ya/Tidak</source>
      <translation>Swap Yes/No</translation>
    </message>
    <message>
      <source>Naikkan langkah</source>
      <translation>Move step up</translation>
    </message>
    <message>
      <source>Turunkan langkah</source>
      <translation>Move step down</translation>
    </message>
    <message>
      <source>Pindahkan ke pelaksana kiri</source>
      <translation>Move to the performer on the left</translation>
    </message>
    <message>
      <source>Pindahkan ke pelaksana kanan</source>
      <translation>Move to the performer on the right</translation>
    </message>
    <message>
      <source>Tambah pelaksana</source>
      <translation>Add performer</translation>
    </message>
    <message>
      <source>Geser pelaksana ke kiri</source>
      <translation>Move lane left</translation>
    </message>
    <message>
      <source>Geser pelaksana ke kanan</source>
      <translation>Move lane right</translation>
    </message>
    <message>
      <source>Sel berikutnya / sebelumnya saat menyunting</source>
      <extracomment>Keys that are not menu commands, for the help page.</extracomment>
      <translation>Next / previous cell while editing</translation>
    </message>
    <message>
      <source>Batalkan suntingan sel</source>
      <translation>Cancel the cell edit</translation>
    </message>
    <message>
      <source>Atas / Bawah</source>
      <translation>Up / Down</translation>
    </message>
    <message>
      <source>Pilih langkah sebelumnya / berikutnya</source>
      <translation>Select the previous / next step</translation>
    </message>
    <message>
      <source>Hapus langkah (sambungan diperbaiki)</source>
      <translation>Delete the step (links repaired)</translation>
    </message>
    <message>
      <source>Urungkan / Ulangi</source>
      <translation>Undo / Redo</translation>
    </message>
    <message>
      <source>SOP baru</source>
      <translation>New SOP</translation>
    </message>
    <message>
      <source>Simpan (otomatis juga)</source>
      <translation>Save (also automatic)</translation>
    </message>
    <message>
      <source>Ekspor PDF/DOCX</source>
      <translation>Export PDF/DOCX</translation>
    </message>
    <message>
      <source>Cari di pustaka</source>
      <translation>Search the library</translation>
    </message>
    <message>
      <source>Sesuaikan lebar / ukuran cetak</source>
      <translation>Fit width / printed size</translation>
    </message>
    <message>
      <source>Menu, Shift+F10, klik kanan</source>
      <translation>Menu, Shift+F10, right click</translation>
    </message>
    <message>
      <source>Menu konteks langkah atau pelaksana</source>
      <translation>Context menu of a step or lane</translation>
    </message>
    <message>
      <source>Seret simbol</source>
      <translation>Drag a symbol</translation>
    </message>
    <message>
      <source>Pindah baris atau pelaksana</source>
      <translation>Move to another row or lane</translation>
    </message>
    <message>
      <source>Seret dari titik biru</source>
      <translation>Drag from the blue dot</translation>
    </message>
    <message>
      <source>Tautkan ke langkah lain, atau langkah baru di lajur</source>
      <translation>Link to another step, or a new step in a lane</translation>
    </message>
    <message>
      <source>Mulai</source>
      <extracomment>The palette: the four step symbols (inserted below the selection) and a new lane.</extracomment>
      <translation>Start</translation>
    </message>
    <message>
      <source>Sisipkan langkah Mulai (terminator)</source>
      <translation>Insert a Start step (terminator)</translation>
    </message>
    <message>
      <source>Proses</source>
      <translation>Process</translation>
    </message>
    <message>
      <source>Sisipkan langkah Proses</source>
      <translation>Insert a Process step</translation>
    </message>
    <message>
      <source>Keputusan</source>
      <translation>Decision</translation>
    </message>
    <message>
      <source>Sisipkan Keputusan (Ya/Tidak)</source>
      <translation>Insert a Decision (Yes/No)</translation>
    </message>
    <message>
      <source>Selesai</source>
      <translation>End</translation>
    </message>
    <message>
      <source>Sisipkan langkah Selesai (terminator)</source>
      <translation>Insert an End step (terminator)</translation>
    </message>
    <message>
      <source>Pelaksana</source>
      <translation>Performer</translation>
    </message>
    <message>
      <source>Tambah pelaksana (lajur) di kanan (Ctrl+L)</source>
      <translation>Add a performer (lane) on the right (Ctrl+L)</translation>
    </message>
    <message>
      <source>&lt;h3&gt;SOP Studio dalam satu halaman&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Pustaka&lt;/b&gt; (kiri) menyimpan SOP per unit; klik kanan untuk unit baru, SOP baru, pindah, duplikat atau hapus. Setiap SOP punya tab &lt;b&gt;Identitas&lt;/b&gt; dan &lt;b&gt;Diagram Alir&lt;/b&gt;. Pilih langkah untuk mengubahnya di &lt;b&gt;Properti Langkah&lt;/b&gt; (kanan); temuan ada di &lt;b&gt;Validasi&lt;/b&gt; (bawah). Semua perubahan tersimpan otomatis dan dapat diurungkan.&lt;/p&gt;&lt;h4&gt;Pintasan&lt;/h4&gt;</source>
      <translation>&lt;h3&gt;SOP Studio on one page&lt;/h3&gt;&lt;p&gt;The &lt;b&gt;Library&lt;/b&gt; (left) keeps SOPs by unit; right click for a new unit, a new SOP, move, duplicate or delete. Each SOP has an &lt;b&gt;Identity&lt;/b&gt; and a &lt;b&gt;Flowchart&lt;/b&gt; tab. Select a step to change it in &lt;b&gt;Step properties&lt;/b&gt; (right); findings are in &lt;b&gt;Validation&lt;/b&gt; (bottom). Every change is saved automatically and can be undone.&lt;/p&gt;&lt;h4&gt;Shortcuts&lt;/h4&gt;</translation>
    </message>
  </context>
  <context>
    <name>EvaluationDialog</name>
    <message>
      <source>Evaluasi SOP</source>
      <translation>SOP evaluation</translation>
    </message>
    <message>
      <source>mis. 2025</source>
      <translation>e.g. 2025</translation>
    </message>
    <message>
      <source>Tahun</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>(belum ada)</source>
      <translation>(none yet)</translation>
    </message>
    <message>
      <source>Revisi SOP yang dihasilkan</source>
      <translation>Resulting SOP revision</translation>
    </message>
    <message>
      <source>Kriteria</source>
      <translation>Criterion</translation>
    </message>
    <message>
      <source>Ya/Tidak</source>
      <translation>Yes/No</translation>
    </message>
    <message>
      <source>Catatan</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Isi tahun evaluasi (mis. 2025).</source>
      <translation>Enter the evaluation year (e.g. 2025).</translation>
    </message>
    <message>
      <source>Evaluasi %1 tersimpan di pustaka.</source>
      <translation>Evaluation %1 saved in the library.</translation>
    </message>
  </context>
  <context>
    <name>EvidenceDialog</name>
    <message>
      <source>Paket bukti RB/ZI</source>
      <translation>RB/ZI evidence pack</translation>
    </message>
    <message>
      <source>SOP yang berlaku, hasil monitoring, rekap evaluasi, perbandingan revisi dan pemetaan SOP, dengan daftar isi.</source>
      <translation>SOPs in force, monitoring results, evaluation recap, revision comparisons and the SOP mapping, with a table of contents.</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Tahun</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>Buat paket...</source>
      <translation>Build pack...</translation>
    </message>
    <message>
      <source>Simpan paket bukti</source>
      <translation>Save evidence pack</translation>
    </message>
    <message>
      <source>Arsip zip (*.zip)</source>
      <translation>Zip archives (*.zip)</translation>
    </message>
    <message>
      <source>Paket gagal dibuat: %1</source>
      <translation>The pack could not be built: %1</translation>
    </message>
    <message>
      <source>Tersimpan: %1 (%2 berkas)</source>
      <translation>Saved: %1 (%2 files)</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Ekspor SOP</source>
      <translation>Export SOP</translation>
    </message>
    <message>
      <source>Ekspor keputusan</source>
      <extracomment>The written file (after a successful export).</extracomment>
      <translation>Export decree</translation>
    </message>
    <message>
      <source>DOCX (Word)</source>
      <extracomment>The message box listing the errors of a refused export (None until one is refused).</extracomment>
      <translation>DOCX (Word)</translation>
    </message>
    <message>
      <source>F4 (215 × 330 mm)</source>
      <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
      <source>A4 (210 × 297 mm)</source>
      <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
      <source>Pilih...</source>
      <translation>Choose...</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Kertas</source>
      <translation>Paper</translation>
    </message>
    <message>
      <source>Berkas tujuan</source>
      <translation>Target file</translation>
    </message>
    <message>
      <source>Ekspor sebagai draf (setiap halaman dan nama berkas bertanda DRAF; boleh masih ada kesalahan)</source>
      <translation>Export as a draft (every page and the file name marked DRAF; errors allowed)</translation>
    </message>
    <message>
      <source>Ekspor</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Dokumen PDF (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
      <source>Dokumen Word (*.docx)</source>
      <translation>Word documents (*.docx)</translation>
    </message>
    <message>
      <source>Simpan sebagai</source>
      <translation>Save as</translation>
    </message>
    <message>
      <source>Tentukan berkas tujuan terlebih dahulu.</source>
      <translation>Choose a target file first.</translation>
    </message>
    <message>
      <source>Mengekspor...</source>
      <translation>Exporting...</translation>
    </message>
    <message>
      <source>Ekspor ditolak: %1 kesalahan.</source>
      <translation>Export refused: %1 errors.</translation>
    </message>
    <message>
      <source>Ekspor ditolak</source>
      <translation>Export refused</translation>
    </message>
    <message>
      <source>Dokumen ini masih memiliki %1 kesalahan dan tidak dapat diekspor untuk ditandatangani. Perbaiki kesalahan berikut, atau centang “Ekspor sebagai draf”.</source>
      <translation>This document still has %1 errors and cannot be exported for signature. Fix the errors below, or tick “Export as a draft”.</translation>
    </message>
    <message>
      <source>Mengekspor... (%1 dari %2 bagian)</source>
      <translation>Exporting... (%1 of %2 parts)</translation>
    </message>
    <message>
      <source>Tersimpan: %1</source>
      <translation>Saved: %1</translation>
    </message>
  </context>
  <context>
    <name>FileDialogs</name>
    <message>
      <source>Cari di:</source>
      <translation>Look in:</translation>
    </message>
    <message>
      <source>Nama berkas:</source>
      <translation>File name:</translation>
    </message>
    <message>
      <source>Jenis berkas:</source>
      <translation>Files of type:</translation>
    </message>
    <message>
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Buka</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Berkas %1 sudah ada. Timpa?</source>
      <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
      <source>Timpa</source>
      <translation>Replace</translation>
    </message>
    <message>
      <source>Buka berkas</source>
      <translation>Open file</translation>
    </message>
  </context>
  <context>
    <name>IdentityForm</name>
    <message>
      <source>Kop, nomor dan judul</source>
      <extracomment>The editing widget of each field name ("judul", "approver.nip", "dasar_hukum", ...). The label of each field, as the form shows it.</extracomment>
      <translation>Header, number and title</translation>
    </message>
    <message>
      <source>Kop unit kerja (satu baris per butir)</source>
      <translation>Unit header (one line per item)</translation>
    </message>
    <message>
      <source>Nomor SOP</source>
      <translation>SOP number</translation>
    </message>
    <message>
      <source>Judul SOP</source>
      <translation>SOP title</translation>
    </message>
    <message>
      <source>Gaya tata letak</source>
      <translation>Layout style</translation>
    </message>
    <message>
      <source>Tanggal</source>
      <translation>Dates</translation>
    </message>
    <message>
      <source>Tanggal Pembuatan</source>
      <translation>Date drafted</translation>
    </message>
    <message>
      <source>Tanggal Revisi</source>
      <translation>Date revised</translation>
    </message>
    <message>
      <source>Tanggal Efektif</source>
      <translation>Effective date</translation>
    </message>
    <message>
      <source>Disahkan oleh</source>
      <translation>Approved by</translation>
    </message>
    <message>
      <source>Jabatan</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Pangkat/golongan</source>
      <translation>Rank/grade</translation>
    </message>
    <message>
      <source>NIP</source>
      <translation>Employee ID (NIP)</translation>
    </message>
    <message>
      <source>Dasar Hukum</source>
      <translation>Legal basis</translation>
    </message>
    <message>
      <source>Kualifikasi Pelaksana</source>
      <translation>Performer qualifications</translation>
    </message>
    <message>
      <source>Keterkaitan</source>
      <translation>Related procedures</translation>
    </message>
    <message>
      <source>Peralatan/Perlengkapan</source>
      <translation>Equipment/supplies</translation>
    </message>
    <message>
      <source>Peringatan</source>
      <translation>Warning</translation>
    </message>
    <message>
      <source>Pencatatan dan Pendataan</source>
      <translation>Records and data</translation>
    </message>
    <message>
      <source>%1 (tidak ada)</source>
      <translation>%1 (missing)</translation>
    </message>
    <message>
      <source>Ubah %1</source>
      <translation>Change %1</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Impor SOP dari %1</source>
      <extracomment>The unit combo's value for "the unit named by the SOP's own header". Ids of the SOPs added to the library, in order.</extracomment>
      <translation>Import SOPs from %1</translation>
    </message>
    <message>
      <source>Membaca %1...</source>
      <translation>Reading %1...</translation>
    </message>
    <message>
      <source>Judul SOP</source>
      <translation>SOP title</translation>
    </message>
    <message>
      <source>Langkah</source>
      <translation>Step</translation>
    </message>
    <message>
      <source>Pelaksana</source>
      <translation>Performer</translation>
    </message>
    <message>
      <source>Tebakan</source>
      <translation>Guesses</translation>
    </message>
    <message>
      <source>Sumber</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Perlu diperiksa</source>
      <translation>To check</translation>
    </message>
    <message>
      <source>Pilih SOP untuk melihat laporan impornya.</source>
      <translation>Select an SOP to see its import report.</translation>
    </message>
    <message>
      <source>Menurut kop unit kerja pada SOP</source>
      <translation>By the unit header of each SOP</translation>
    </message>
    <message>
      <source>Unit tujuan</source>
      <translation>Target unit</translation>
    </message>
    <message>
      <source>Tambahkan ke pustaka</source>
      <translation>Add to library</translation>
    </message>
    <message>
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>(tanpa judul)</source>
      <translation>(untitled)</translation>
    </message>
    <message>
      <source>Berkas tidak dapat diimpor: %1</source>
      <translation>The file cannot be imported: %1</translation>
    </message>
    <message>
      <source>%1 — %2 langkah, %3 pelaksana</source>
      <translation>%1 — %2 steps, %3 performers</translation>
    </message>
    <message>
      <source>Perlu diperiksa: %1 galat, %2 peringatan; %3 tebakan.</source>
      <translation>To check: %1 errors, %2 warnings; %3 guesses.</translation>
    </message>
    <message>
      <source>langkah %1</source>
      <translation>steps %1</translation>
    </message>
    <message>
      <source>Peringatan</source>
      <translation>Warning</translation>
    </message>
    <message>
      <source>Tidak ada tebakan maupun masalah.</source>
      <translation>No guesses and no problems.</translation>
    </message>
    <message>
      <source>Catatan untuk seluruh berkas:</source>
      <translation>Notes on the whole file:</translation>
    </message>
    <message>
      <source>%1 SOP ditemukan, %2 dipilih. Periksa laporan tiap SOP sebelum menambahkannya.</source>
      <translation>%1 SOP(s) found, %2 chosen. Check each SOP's report before adding it.</translation>
    </message>
    <message>
      <source>SOP tidak dapat disimpan: %1</source>
      <translation>The SOP cannot be saved: %1</translation>
    </message>
  </context>
  <context>
    <name>LampiranEditor</name>
    <message>
      <source>Tambah SOP dari pustaka...</source>
      <extracomment>Ask the main window to open an SOP of the library (double-click on a row).</extracomment>
      <translation>Add SOPs from the library...</translation>
    </message>
    <message>
      <source>Hapus dari Lampiran</source>
      <translation>Remove from Attachment</translation>
    </message>
    <message>
      <source>Perbarui dari pustaka</source>
      <translation>Update from library</translation>
    </message>
    <message>
      <source>Ganti salinan SOP di Lampiran dengan versi terbaru di pustaka.</source>
      <translation>Replace the Attachment's copies of the SOPs with the library's latest versions.</translation>
    </message>
    <message>
      <source>Nomori ulang</source>
      <translation>Renumber</translation>
    </message>
    <message>
      <source>Beri nomor “NN Tahun YYYY” menurut urutan Lampiran.</source>
      <translation>Number “NN Tahun YYYY” in Attachment order.</translation>
    </message>
    <message>
      <source>Tahun</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>Urutan SOP di Lampiran (seret untuk memindahkan; klik dua kali untuk membuka):</source>
      <translation>SOPs of the Attachment in order (drag to move; double-click to open):</translation>
    </message>
    <message>
      <source>(tanpa nomor)</source>
      <translation>(no number)</translation>
    </message>
    <message>
      <source>SOP tidak dapat dimuat</source>
      <translation>The SOP cannot be loaded</translation>
    </message>
    <message>
      <source>Tambah %1 SOP ke Lampiran</source>
      <translation>Add %1 SOP(s) to the Attachment</translation>
    </message>
    <message>
      <source>Pindahkan SOP di Lampiran</source>
      <translation>Move SOP in the Attachment</translation>
    </message>
    <message>
      <source>Hapus SOP dari Lampiran</source>
      <translation>Remove SOP from the Attachment</translation>
    </message>
    <message>
      <source>Perbarui SOP Lampiran dari pustaka</source>
      <translation>Update Attachment SOPs from the library</translation>
    </message>
    <message>
      <source>SOP berikut tidak ada di pustaka ini dan tetap seperti di Lampiran:</source>
      <translation>These SOPs are not in this library and stay as they are in the Attachment:</translation>
    </message>
    <message>
      <source>Semua SOP di Lampiran sudah sama dengan pustaka.</source>
      <translation>Every SOP of the Attachment already matches the library.</translation>
    </message>
    <message>
      <source>Nomori ulang SOP Lampiran (tahun %1)</source>
      <translation>Renumber Attachment SOPs (year %1)</translation>
    </message>
  </context>
  <context>
    <name>LibraryDock</name>
    <message>
      <source>Pustaka</source>
      <extracomment>Item data roles: what an item stands for. The library's document kind for decrees (sopstudio.model.package.DECREE_DOCUMENT). The column showing each SOP's and decree's status. Typing pauses this long before the library is searched. The id of the SOP to open. The id of the decree to open. The unit (or None) a new SOP should go into. What to do with an SOP ("rename", "move", "duplicate", "delete") and its id.</extracomment>
      <translation>Library</translation>
    </message>
    <message>
      <source>Cari judul, nomor atau kegiatan...</source>
      <translation>Search title, number or activity...</translation>
    </message>
    <message>
      <source>Semua status</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <source>Draf</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>Direviu</source>
      <translation>Reviewed</translation>
    </message>
    <message>
      <source>Diajukan</source>
      <translation>Submitted</translation>
    </message>
    <message>
      <source>Disahkan</source>
      <translation>Signed</translation>
    </message>
    <message>
      <source>Berlaku</source>
      <translation>In force</translation>
    </message>
    <message>
      <source>Dicabut</source>
      <translation>Revoked</translation>
    </message>
    <message>
      <source>Diganti</source>
      <translation>Replaced</translation>
    </message>
    <message>
      <source>Keputusan</source>
      <translation>Decision</translation>
    </message>
    <message>
      <source>(tanpa judul)</source>
      <translation>(untitled)</translation>
    </message>
    <message>
      <source>SOP baru di sini</source>
      <translation>New SOP here</translation>
    </message>
    <message>
      <source>Ganti judul SOP...</source>
      <translation>Rename SOP...</translation>
    </message>
    <message>
      <source>Pindahkan ke unit...</source>
      <translation>Move to unit...</translation>
    </message>
    <message>
      <source>Duplikat SOP</source>
      <translation>Duplicate SOP</translation>
    </message>
    <message>
      <source>Hapus SOP...</source>
      <translation>Delete SOP...</translation>
    </message>
    <message>
      <source>Unit baru...</source>
      <translation>New unit...</translation>
    </message>
    <message>
      <source>Sub-unit (Bagian) baru...</source>
      <translation>New sub-unit (Bagian)...</translation>
    </message>
    <message>
      <source>Ganti nama unit...</source>
      <translation>Rename unit...</translation>
    </message>
    <message>
      <source>Hapus unit...</source>
      <translation>Delete unit...</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Unit baru</source>
      <translation>New unit</translation>
    </message>
    <message>
      <source>Sub-unit baru</source>
      <translation>New sub-unit</translation>
    </message>
    <message>
      <source>Nama unit (mis. Biro Organisasi Setda Provinsi):</source>
      <translation>Unit name (e.g. Biro Organisasi Setda Provinsi):</translation>
    </message>
    <message>
      <source>Ganti nama unit</source>
      <translation>Rename unit</translation>
    </message>
    <message>
      <source>Nama unit:</source>
      <translation>Unit name:</translation>
    </message>
    <message>
      <source>Hapus unit</source>
      <translation>Delete unit</translation>
    </message>
    <message>
      <source>Hapus unit “%1”?</source>
      <translation>Delete the unit “%1”?</translation>
    </message>
    <message>
      <source>Hapus</source>
      <translation>Remove</translation>
    </message>
  </context>
  <context>
    <name>LineEditor</name>
    <message>
      <source>Ketik butir, lalu Enter</source>
      <translation>Type an item, then Enter</translation>
    </message>
  </context>
  <context>
    <name>ListEditor</name>
    <message>
      <source>Tambah butir</source>
      <extracomment>The whole new list after a change.</extracomment>
      <translation>Add item</translation>
    </message>
    <message>
      <source>Hapus butir</source>
      <translation>Remove item</translation>
    </message>
    <message>
      <source>Naikkan butir</source>
      <translation>Move item up</translation>
    </message>
    <message>
      <source>Turunkan butir</source>
      <translation>Move item down</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Baru</source>
      <extracomment>Stands for the unit in a new decree's default diktum until it is redrafted. Below this width (px) the Properti Langkah dock is widened to PROPERTIES_WIDTH when shown. How long transient status bar messages stay (ms). Files a drop onto the window imports (Berkas &gt; Impor reads the same). (nomor, judul) of every SOP in the library, as last listed. Where "Buka contoh" builds the sample library (tests point it elsewhere). The properties dock was hidden for a decree tab (and comes back for an SOP).</extracomment>
      <translation>&amp;New</translation>
    </message>
    <message>
      <source>&amp;Buka pustaka...</source>
      <translation>&amp;Open library...</translation>
    </message>
    <message>
      <source>&amp;Keputusan baru</source>
      <translation>New &amp;decree</translation>
    </message>
    <message>
      <source>&amp;Impor...</source>
      <translation>&amp;Import...</translation>
    </message>
    <message>
      <source>Impor &amp;paket...</source>
      <translation>Import &amp;package...</translation>
    </message>
    <message>
      <source>PDF &amp;bertanda tangan...</source>
      <translation>&amp;Signed PDF...</translation>
    </message>
    <message>
      <source>&amp;Tempel tabel</source>
      <translation>&amp;Paste table</translation>
    </message>
    <message>
      <source>&amp;Simpan</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>&amp;Ekspor...</source>
      <translation>&amp;Export...</translation>
    </message>
    <message>
      <source>&amp;Tutup SOP</source>
      <translation>&amp;Close SOP</translation>
    </message>
    <message>
      <source>&amp;Preferensi...</source>
      <translation>&amp;Preferences...</translation>
    </message>
    <message>
      <source>&amp;Gaya instansi...</source>
      <translation>House &amp;styles...</translation>
    </message>
    <message>
      <source>&amp;Keluar</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>Urungkan</source>
      <translation>Undo</translation>
    </message>
    <message>
      <source>Ulangi</source>
      <translation>Redo</translation>
    </message>
    <message>
      <source>&amp;Hapus langkah</source>
      <translation>&amp;Delete step</translation>
    </message>
    <message>
      <source>&amp;Cari</source>
      <translation>&amp;Find</translation>
    </message>
    <message>
      <source>Per&amp;besar</source>
      <translation>Zoom &amp;in</translation>
    </message>
    <message>
      <source>Per&amp;kecil</source>
      <translation>Zoom &amp;out</translation>
    </message>
    <message>
      <source>Sesuaikan &amp;lebar</source>
      <translation>Fit &amp;width</translation>
    </message>
    <message>
      <source>Ukuran &amp;cetak (100%)</source>
      <translation>&amp;Print size (100%)</translation>
    </message>
    <message>
      <source>Ekspor &amp;PDF...</source>
      <translation>Export as &amp;PDF...</translation>
    </message>
    <message>
      <source>Ekspor &amp;DOCX...</source>
      <translation>Export as &amp;DOCX...</translation>
    </message>
    <message>
      <source>&amp;Tentang SOP Studio</source>
      <translation>&amp;About SOP Studio</translation>
    </message>
    <message>
      <source>&amp;Bantuan dan pintasan</source>
      <translation>&amp;Help and shortcuts</translation>
    </message>
    <message>
      <source>&amp;Periksa instalasi...</source>
      <translation>&amp;Check installation...</translation>
    </message>
    <message>
      <source>&amp;Monitoring SOP...</source>
      <translation>&amp;Monitor SOP...</translation>
    </message>
    <message>
      <source>&amp;Evaluasi SOP...</source>
      <translation>&amp;Evaluate SOP...</translation>
    </message>
    <message>
      <source>&amp;Bandingkan revisi...</source>
      <translation>&amp;Compare revisions...</translation>
    </message>
    <message>
      <source>&amp;Waktu dan beban pelaksana...</source>
      <translation>&amp;Time and actor load...</translation>
    </message>
    <message>
      <source>&amp;Jadwal monitoring dan evaluasi...</source>
      <translation>Monitoring and evaluation &amp;schedule...</translation>
    </message>
    <message>
      <source>&amp;Paket bukti RB/ZI...</source>
      <translation>RB/ZI &amp;evidence pack...</translation>
    </message>
    <message>
      <source>&amp;Berkas</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>Pustaka &amp;terakhir</source>
      <translation>&amp;Recent libraries</translation>
    </message>
    <message>
      <source>&amp;Sunting</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <source>&amp;Tampilan</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>&amp;Ekspor</source>
      <translation>E&amp;xport</translation>
    </message>
    <message>
      <source>E&amp;valuasi</source>
      <translation>E&amp;valuation</translation>
    </message>
    <message>
      <source>B&amp;antuan</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>Alat</source>
      <translation>Tools</translation>
    </message>
    <message>
      <source>Palet simbol</source>
      <translation>Symbol palette</translation>
    </message>
    <message>
      <source>(belum ada)</source>
      <translation>(none yet)</translation>
    </message>
    <message>
      <source>(hanya-baca)</source>
      <translation>(read-only)</translation>
    </message>
    <message>
      <source>Tidak ada pustaka terbuka</source>
      <translation>No library open</translation>
    </message>
    <message>
      <source>Buka atau buat pustaka</source>
      <translation>Open or create a library</translation>
    </message>
    <message>
      <source>Pustaka SOP (*.sqlite *.db);;Semua berkas (*)</source>
      <translation>SOP libraries (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
      <source>Pustaka tidak dapat dibuka</source>
      <translation>The library cannot be opened</translation>
    </message>
    <message>
      <source>Pustaka dibuka: %1</source>
      <translation>Library opened: %1</translation>
    </message>
    <message>
      <source>Pustaka hanya-baca</source>
      <translation>Read-only library</translation>
    </message>
    <message>
      <source>Pustaka dibuka hanya-baca (%1): SOP dapat dibaca dan diekspor, tetapi perubahan tidak dapat disimpan. Jika pustaka rusak, periksa dengan `sopstudio library check` dan pulihkan dengan `sopstudio library recover BERKAS-BARU.sqlite`.</source>
      <translation>The library opened read-only (%1): SOPs can be read and exported, but changes cannot be saved. If the library is damaged, check it with `sopstudio library check` and recover it with `sopstudio library recover NEW-FILE.sqlite`.</translation>
    </message>
    <message>
      <source>Pemulihan</source>
      <translation>Recovery</translation>
    </message>
    <message>
      <source>Sebagian perubahan tidak dapat dipulihkan:</source>
      <translation>Some changes could not be recovered:</translation>
    </message>
    <message>
      <source>%1 SOP dipulihkan.</source>
      <translation>%1 SOP(s) recovered.</translation>
    </message>
    <message>
      <source>SOP tidak dapat dibuka</source>
      <translation>The SOP cannot be opened</translation>
    </message>
    <message>
      <source>SOP ini berstatus %1: perubahan disimpan sebagai revisi baru (Draf); revisi ini tetap seperti adanya.</source>
      <translation>This SOP is %1: changes are saved as a new revision (Draft); this revision stays as it is.</translation>
    </message>
    <message>
      <source>SOP Baru</source>
      <translation>New SOP</translation>
    </message>
    <message>
      <source>Pelaksana 1</source>
      <translation>Performer 1</translation>
    </message>
    <message>
      <source>SOP tidak dapat dibuat</source>
      <translation>The SOP cannot be created</translation>
    </message>
    <message>
      <source>Ganti judul SOP</source>
      <translation>Rename SOP</translation>
    </message>
    <message>
      <source>Judul SOP:</source>
      <translation>SOP title:</translation>
    </message>
    <message>
      <source>Ubah judul</source>
      <translation>Change title</translation>
    </message>
    <message>
      <source>Buat unit terlebih dahulu.</source>
      <translation>Create a unit first.</translation>
    </message>
    <message>
      <source>Pindahkan SOP</source>
      <translation>Move SOP</translation>
    </message>
    <message>
      <source>Unit tujuan:</source>
      <translation>Target unit:</translation>
    </message>
    <message>
      <source>Pindahkan</source>
      <translation>Move</translation>
    </message>
    <message>
      <source>Salinan %1</source>
      <translation>Copy of %1</translation>
    </message>
    <message>
      <source>Hapus SOP “%1” beserta seluruh riwayat revisinya dari pustaka?</source>
      <translation>Delete the SOP “%1” and all its revisions from the library?</translation>
    </message>
    <message>
      <source>Hapus SOP</source>
      <translation>Delete SOP</translation>
    </message>
    <message>
      <source>Penghapusan tidak dapat diurungkan.</source>
      <translation>Deleting cannot be undone.</translation>
    </message>
    <message>
      <source>Hapus</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Tersimpan (revisi %1)</source>
      <translation>Saved (revision %1)</translation>
    </message>
    <message>
      <source>Gagal menyimpan: %1</source>
      <translation>Saving failed: %1</translation>
    </message>
    <message>
      <source>Semua perubahan tersimpan.</source>
      <translation>All changes saved.</translation>
    </message>
    <message>
      <source>Perubahan belum tersimpan</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <source>Perubahan pada SOP berikut tidak dapat disimpan ke pustaka:</source>
      <translation>Changes to these SOPs cannot be saved to the library:</translation>
    </message>
    <message>
      <source>Tutup juga? Perubahan tetap ada di jurnal pemulihan dan ditawarkan kembali saat pustaka ini dibuka.</source>
      <translation>Close anyway? The changes stay in the recovery journal and are offered again when this library is opened.</translation>
    </message>
    <message>
      <source>Tutup tanpa menyimpan</source>
      <translation>Close without saving</translation>
    </message>
    <message>
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Keputusan tidak dapat dibuka</source>
      <translation>The decree cannot be opened</translation>
    </message>
    <message>
      <source>Keputusan tidak dapat dibuat</source>
      <translation>The decree cannot be created</translation>
    </message>
    <message>
      <source>Impor SOP</source>
      <translation>Import SOPs</translation>
    </message>
    <message>
      <source>Dokumen SOP (*.docx *.pdf *.txt *.tsv);;Semua berkas (*)</source>
      <translation>SOP documents (*.docx *.pdf *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
      <source>%1 SOP ditambahkan ke pustaka.</source>
      <translation>%1 SOP(s) added to the library.</translation>
    </message>
    <message>
      <source>Impor paket tanda tangan</source>
      <translation>Import signature package</translation>
    </message>
    <message>
      <source>Paket tanda tangan (*.zip)</source>
      <translation>Signature packages (*.zip)</translation>
    </message>
    <message>
      <source>Berkas tidak dapat dibuka</source>
      <translation>The file cannot be opened</translation>
    </message>
    <message>
      <source>Tempel tabel</source>
      <translation>Paste table</translation>
    </message>
    <message>
      <source>Tabel hanya dapat ditempel ke SOP yang belum berisi langkah. Buat SOP baru, lalu tempel tabelnya di sana.</source>
      <translation>A table can only be pasted into an SOP without steps. Create a new SOP and paste the table there.</translation>
    </message>
    <message>
      <source>Papan klip tidak berisi tabel (salin tabel dari Word atau Excel).</source>
      <translation>The clipboard holds no table (copy a table from Word or Excel).</translation>
    </message>
    <message>
      <source>Tidak ada langkah SOP yang dikenali dalam tabel yang ditempel.</source>
      <translation>No SOP steps were recognised in the pasted table.</translation>
    </message>
    <message>
      <source>%1 langkah ditempel.</source>
      <translation>%1 step(s) pasted.</translation>
    </message>
    <message>
      <source>SOP</source>
      <translation>SOP</translation>
    </message>
    <message>
      <source>Langkah %1</source>
      <translation>Step %1</translation>
    </message>
    <message>
      <source>Pelaksana</source>
      <translation>Performer</translation>
    </message>
    <message>
      <source>Diekspor ke %1</source>
      <translation>Exported to %1</translation>
    </message>
    <message>
      <source>Bantuan SOP Studio</source>
      <translation>SOP Studio help</translation>
    </message>
    <message>
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Gaya tidak tersimpan</source>
      <translation>Style not saved</translation>
    </message>
    <message>
      <source>Ubah gaya instansi</source>
      <translation>Change house style</translation>
    </message>
    <message>
      <source>Gaya %1 tersimpan di pustaka</source>
      <translation>Style %1 saved in the library</translation>
    </message>
    <message>
      <source>Tentang SOP Studio</source>
      <translation>About SOP Studio</translation>
    </message>
    <message>
      <source>&lt;b&gt;SOP Studio %1&lt;/b&gt;&lt;p&gt;Penyusun Standar Operasional Prosedur Administrasi Pemerintahan (Permenpan-RB Nomor 35 Tahun 2012), bekerja tanpa jaringan.&lt;/p&gt;</source>
      <translation>&lt;b&gt;SOP Studio %1&lt;/b&gt;&lt;p&gt;Writes Indonesian government Standard Operating Procedures (Permenpan-RB Regulation 35/2012), entirely offline.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>MonitoringDialog</name>
    <message>
      <source>Monitoring pelaksanaan SOP</source>
      <translation>SOP implementation monitoring</translation>
    </message>
    <message>
      <source>mis. Semester I 2025</source>
      <translation>e.g. Semester I 2025</translation>
    </message>
    <message>
      <source>Periode</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>Cetak formulir kosong...</source>
      <translation>Print blank form...</translation>
    </message>
    <message>
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Prosedur</source>
      <translation>Procedure</translation>
    </message>
    <message>
      <source>Penilaian terhadap penerapan</source>
      <translation>Assessment of implementation</translation>
    </message>
    <message>
      <source>Catatan hasil penilaian</source>
      <translation>Assessment notes</translation>
    </message>
    <message>
      <source>Tindakan yang harus diambil</source>
      <translation>Action to take</translation>
    </message>
    <message>
      <source>Tersimpan: %1</source>
      <translation>Saved: %1</translation>
    </message>
    <message>
      <source>Isi periode monitoring terlebih dahulu.</source>
      <translation>Enter the monitoring period first.</translation>
    </message>
    <message>
      <source>Monitoring %1 tersimpan di pustaka.</source>
      <translation>Monitoring %1 saved in the library.</translation>
    </message>
  </context>
  <context>
    <name>PackageBuildDialog</name>
    <message>
      <source>Paket tanda tangan</source>
      <extracomment>Table columns of the import plan. The written package (after a successful build).</extracomment>
      <translation>Signature package</translation>
    </message>
    <message>
      <source>Membuat paket %1...</source>
      <translation>Building package %1...</translation>
    </message>
    <message>
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Paket tersimpan: %1 (%2 berkas).</source>
      <translation>Package saved: %1 (%2 files).</translation>
    </message>
    <message>
      <source>Paket tidak dapat dibuat: %1</source>
      <translation>The package cannot be built: %1</translation>
    </message>
  </context>
  <context>
    <name>PackageImportDialog</name>
    <message>
      <source>Impor paket %1</source>
      <extracomment>After a successful import (the library changed).</extracomment>
      <translation>Import package %1</translation>
    </message>
    <message>
      <source>Memeriksa paket...</source>
      <translation>Checking the package...</translation>
    </message>
    <message>
      <source>Isi paket</source>
      <translation>Package content</translation>
    </message>
    <message>
      <source>Revisi paket</source>
      <translation>Package revision</translation>
    </message>
    <message>
      <source>Revisi pustaka</source>
      <translation>Library revision</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Keputusan Anda</source>
      <translation>Your decision</translation>
    </message>
    <message>
      <source>Impor</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Baru</source>
      <translation>New</translation>
    </message>
    <message>
      <source>Tidak berubah</source>
      <translation>Unchanged</translation>
    </message>
    <message>
      <source>Lebih baru di paket</source>
      <translation>Newer in the package</translation>
    </message>
    <message>
      <source>Lebih lama di paket</source>
      <translation>Older in the package</translation>
    </message>
    <message>
      <source>Konflik</source>
      <translation>Conflict</translation>
    </message>
    <message>
      <source>SOP %1</source>
      <translation>SOP %1</translation>
    </message>
    <message>
      <source>— pilih —</source>
      <translation>— choose —</translation>
    </message>
    <message>
      <source>Pertahankan milik kita</source>
      <translation>Keep ours</translation>
    </message>
    <message>
      <source>Ambil dari paket</source>
      <translation>Take the package's</translation>
    </message>
    <message>
      <source>Paket tidak dapat diimpor: %1</source>
      <translation>The package cannot be imported: %1</translation>
    </message>
    <message>
      <source>%1 konflik: isi berubah di paket dan di pustaka. Pilih untuk setiap konflik sebelum mengimpor.</source>
      <translation>%1 conflict(s): changed in the package and in the library. Choose for each conflict before importing.</translation>
    </message>
    <message>
      <source>Paket utuh. Periksa rencana impor, lalu klik Impor.</source>
      <translation>The package is intact. Check the import plan, then click Import.</translation>
    </message>
    <message>
      <source>Versi lebih baru</source>
      <translation>Newer versions</translation>
    </message>
    <message>
      <source>%1 isi paket lebih baru daripada versi di pustaka. Ganti versi pustaka dengan versi paket?</source>
      <translation>%1 item(s) of the package are newer than the library's. Replace the library's versions with the package's?</translation>
    </message>
    <message>
      <source>Ganti</source>
      <translation>Replace</translation>
    </message>
    <message>
      <source>Pertahankan versi pustaka</source>
      <translation>Keep the library's versions</translation>
    </message>
    <message>
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Impor gagal: %1</source>
      <translation>Import failed: %1</translation>
    </message>
    <message>
      <source>Impor selesai.</source>
      <translation>Import finished.</translation>
    </message>
    <message>
      <source>Gaya instansi baru di pustaka: %1</source>
      <translation>New house styles in the library: %1</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <source>Preferensi</source>
      <translation>Preferences</translation>
    </message>
    <message>
      <source>Bahasa antarmuka berlaku setelah SOP Studio dibuka ulang.</source>
      <translation>The interface language applies after SOP Studio is restarted.</translation>
    </message>
    <message>
      <source>Bahasa antarmuka</source>
      <translation>Interface language</translation>
    </message>
    <message>
      <source>Kertas bawaan ekspor</source>
      <translation>Default export paper</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>PropertiesDock</name>
    <message>
      <source>Properti Langkah</source>
      <extracomment>The text fields of a step shown as one-line edits, in table order.</extracomment>
      <translation>Step Properties</translation>
    </message>
    <message>
      <source>Pilih satu langkah pada diagram alir.</source>
      <translation>Select a step in the flowchart.</translation>
    </message>
    <message>
      <source>Langkah</source>
      <translation>Step</translation>
    </message>
    <message>
      <source>Mulai (terminator)</source>
      <translation>Start (terminator)</translation>
    </message>
    <message>
      <source>Proses</source>
      <translation>Process</translation>
    </message>
    <message>
      <source>Keputusan</source>
      <translation>Decision</translation>
    </message>
    <message>
      <source>Selesai (terminator)</source>
      <translation>End (terminator)</translation>
    </message>
    <message>
      <source>Jenis</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Pelaksana</source>
      <translation>Performer</translation>
    </message>
    <message>
      <source>Kegiatan</source>
      <translation>Activity</translation>
    </message>
    <message>
      <source>Kelengkapan</source>
      <translation>Requirements</translation>
    </message>
    <message>
      <source>Waktu</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>Output</translation>
    </message>
    <message>
      <source>Keterangan</source>
      <translation>Remarks</translation>
    </message>
    <message>
      <source>Berikutnya</source>
      <translation>Next</translation>
    </message>
    <message>
      <source>Ya</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>Tidak</source>
      <translation>No</translation>
    </message>
    <message>
      <source>(tidak ada)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>Ubah teks kegiatan</source>
      <translation>Edit activity text</translation>
    </message>
    <message>
      <source>Ubah kelengkapan</source>
      <translation>Edit requirements</translation>
    </message>
    <message>
      <source>Ubah waktu</source>
      <translation>Edit time</translation>
    </message>
    <message>
      <source>Ubah output</source>
      <translation>Edit output</translation>
    </message>
    <message>
      <source>Ubah keterangan</source>
      <translation>Edit remarks</translation>
    </message>
    <message>
      <source>Pindahkan ke pelaksana %1</source>
      <translation>Move to performer %1</translation>
    </message>
    <message>
      <source>Ubah sambungan</source>
      <translation>Change link</translation>
    </message>
  </context>
  <context>
    <name>RecoveryDialog</name>
    <message>
      <source>Pemulihan</source>
      <translation>Recovery</translation>
    </message>
    <message>
      <source>SOP Studio tidak ditutup dengan benar. Perubahan berikut belum tersimpan di pustaka. Pulihkan sekarang?</source>
      <translation>SOP Studio was not closed properly. These changes are not in the library yet. Recover them now?</translation>
    </message>
    <message>
      <source>SOP tanpa judul</source>
      <translation>Untitled SOP</translation>
    </message>
    <message>
      <source>Pulihkan</source>
      <translation>Recover</translation>
    </message>
    <message>
      <source>Buang perubahan</source>
      <translation>Discard changes</translation>
    </message>
    <message>
      <source>Nanti</source>
      <translation>Later</translation>
    </message>
  </context>
  <context>
    <name>RedraftDialog</name>
    <message>
      <source>Buat ulang bab dan pasal</source>
      <translation>Redraft chapters and articles</translation>
    </message>
    <message>
      <source>Buat ulang diktum</source>
      <translation>Redraft clauses</translation>
    </message>
    <message>
      <source>Isi diktum (atau bab dan pasal) saat ini diganti dengan teks baku. Perubahan ini dapat diurungkan.</source>
      <translation>The current clauses (or chapters and articles) are replaced by the standard text. This can be undone.</translation>
    </message>
    <message>
      <source>Unit kerja pemilik SOP</source>
      <translation>Unit owning the SOPs</translation>
    </message>
    <message>
      <source>Pelaksana monitoring dan evaluasi</source>
      <translation>Who monitors and evaluates</translation>
    </message>
    <message>
      <source>Buat ulang</source>
      <translation>Redraft</translation>
    </message>
    <message>
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>RevisionDialog</name>
    <message>
      <source>Bandingkan revisi SOP</source>
      <translation>Compare SOP revisions</translation>
    </message>
    <message>
      <source>Revisi %1</source>
      <translation>Revision %1</translation>
    </message>
    <message>
      <source>Ekspor...</source>
      <translation>Export...</translation>
    </message>
    <message>
      <source>SOP lama</source>
      <translation>Old SOP</translation>
    </message>
    <message>
      <source>SOP baru</source>
      <translation>New SOP</translation>
    </message>
    <message>
      <source>SOP ini belum punya revisi tersimpan.</source>
      <translation>This SOP has no stored revision yet.</translation>
    </message>
    <message>
      <source>Ekspor perbandingan</source>
      <translation>Export comparison</translation>
    </message>
    <message>
      <source>Dokumen PDF (*.pdf);;Dokumen Word (*.docx)</source>
      <translation>PDF documents (*.pdf);;Word documents (*.docx)</translation>
    </message>
    <message>
      <source>Gagal mengekspor: %1</source>
      <translation>Export failed: %1</translation>
    </message>
    <message>
      <source>Tersimpan: %1</source>
      <translation>Saved: %1</translation>
    </message>
  </context>
  <context>
    <name>ScheduleDialog</name>
    <message>
      <source>Jadwal monitoring dan evaluasi</source>
      <extracomment>The id of an SOP the user wants to open.</extracomment>
      <translation>Monitoring and evaluation schedule</translation>
    </message>
    <message>
      <source>Jatuh tempo</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>Kegiatan</source>
      <translation>Activity</translation>
    </message>
    <message>
      <source>Nomor SOP</source>
      <translation>SOP number</translation>
    </message>
    <message>
      <source>Judul SOP</source>
      <translation>SOP title</translation>
    </message>
    <message>
      <source>Terakhir</source>
      <translation>Last</translation>
    </message>
    <message>
      <source>Monitoring</source>
      <translation>Monitoring</translation>
    </message>
    <message>
      <source>Evaluasi</source>
      <translation>Evaluation</translation>
    </message>
    <message>
      <source>belum pernah</source>
      <translation>never</translation>
    </message>
  </context>
  <context>
    <name>SelfTestDialog</name>
    <message>
      <source>Periksa instalasi</source>
      <extracomment>Emitted once every check has run, with the number that failed.</extracomment>
      <translation>Check installation</translation>
    </message>
    <message>
      <source>Memeriksa instalasi...</source>
      <translation>Checking the installation...</translation>
    </message>
    <message>
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Semua pemeriksaan lulus.</source>
      <translation>All checks passed.</translation>
    </message>
    <message>
      <source>%1 pemeriksaan GAGAL.</source>
      <translation>%1 checks FAILED.</translation>
    </message>
  </context>
  <context>
    <name>SignedPdfDialog</name>
    <message>
      <source>PDF bertanda tangan elektronik</source>
      <extracomment>Columns of the trusted certificate list. After a signed PDF was attached (statuses in the library changed).</extracomment>
      <translation>Electronically signed PDF</translation>
    </message>
    <message>
      <source>(opsional) paket tanda tangan asal PDF ini</source>
      <translation>(optional) the signature package this PDF was made from</translation>
    </message>
    <message>
      <source>PDF bertanda tangan</source>
      <translation>Signed PDF</translation>
    </message>
    <message>
      <source>Paket</source>
      <translation>Package</translation>
    </message>
    <message>
      <source>Sertifikat tepercaya (akar dan perantara)</source>
      <translation>Trusted certificates (roots and intermediates)</translation>
    </message>
    <message>
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Sidik jari SHA-256</source>
      <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
      <source>Bandingkan sidik jari dengan yang diumumkan penerbitnya (Root CA Indonesia DS G1, BSrE/BSSN). Tidak ada yang diunduh dari jaringan.</source>
      <translation>Compare the fingerprints with those its issuer publishes (Root CA Indonesia DS G1, BSrE/BSSN). Nothing is downloaded from the network.</translation>
    </message>
    <message>
      <source>Tambah sertifikat...</source>
      <translation>Add certificates...</translation>
    </message>
    <message>
      <source>Hapus</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Periksa</source>
      <translation>Verify</translation>
    </message>
    <message>
      <source>Lampirkan ke pustaka</source>
      <translation>Attach to the library</translation>
    </message>
    <message>
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Pilih...</source>
      <translation>Choose...</translation>
    </message>
    <message>
      <source>Tambah sertifikat tepercaya</source>
      <translation>Add trusted certificates</translation>
    </message>
    <message>
      <source>Sertifikat (*.pem *.crt *.cer *.der)</source>
      <translation>Certificates (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Paket tanda tangan</source>
      <translation>Signature package</translation>
    </message>
    <message>
      <source>Paket tanda tangan (*.zip)</source>
      <translation>Signature packages (*.zip)</translation>
    </message>
    <message>
      <source>Tanda tangan SAH.</source>
      <translation>The signature is VALID.</translation>
    </message>
    <message>
      <source>Tanda tangan SAH dan cocok dengan paket.</source>
      <translation>The signature is VALID and matches the package.</translation>
    </message>
    <message>
      <source>Tanda tangan SAH; dilampirkan ke pustaka.</source>
      <translation>The signature is VALID; attached to the library.</translation>
    </message>
    <message>
      <source>DITOLAK: %1</source>
      <translation>REFUSED: %1</translation>
    </message>
  </context>
  <context>
    <name>SopEditor</name>
    <message>
      <source>Ubah teks kegiatan</source>
      <extracomment>Undo text of an edit to each step field.</extracomment>
      <translation>Edit activity text</translation>
    </message>
    <message>
      <source>Ubah kelengkapan</source>
      <translation>Edit requirements</translation>
    </message>
    <message>
      <source>Ubah waktu</source>
      <translation>Edit time</translation>
    </message>
    <message>
      <source>Ubah output</source>
      <translation>Edit output</translation>
    </message>
    <message>
      <source>Ubah keterangan</source>
      <translation>Edit remarks</translation>
    </message>
    <message>
      <source>Proses</source>
      <extracomment>Context-menu label and shortcut of each step kind.</extracomment>
      <translation>Process</translation>
    </message>
    <message>
      <source>Keputusan</source>
      <translation>Decision</translation>
    </message>
    <message>
      <source>Mulai (terminator)</source>
      <translation>Start (terminator)</translation>
    </message>
    <message>
      <source>Selesai (terminator)</source>
      <translation>End (terminator)</translation>
    </message>
    <message>
      <source>Diagram alir masih kosong. Tambahkan langkah pertama dengan tombol ini, tekan Enter pada diagram, atau pilih simbol pada palet.</source>
      <extracomment>The selected step id, or None. A refused edit's message (Bahasa Indonesia), for the status bar or a message box.</extracomment>
      <translation>The flowchart is empty. Add the first step with this button, press Enter on the flowchart, or pick a symbol in the palette.</translation>
    </message>
    <message>
      <source>Tambah langkah pertama</source>
      <translation>Add the first step</translation>
    </message>
    <message>
      <source>Tambahkan pelaksana terlebih dahulu (Ctrl+L).</source>
      <extracomment>The zoom to open at (None: as wide as the view, following its width).</extracomment>
      <translation>Add a performer first (Ctrl+L).</translation>
    </message>
    <message>
      <source>Sisipkan langkah di bawah</source>
      <translation>Insert step below</translation>
    </message>
    <message>
      <source>Sisipkan langkah di atas</source>
      <translation>Insert step above</translation>
    </message>
    <message>
      <source>Hapus langkah</source>
      <translation>Delete step</translation>
    </message>
    <message>
      <source>Duplikat langkah</source>
      <translation>Duplicate step</translation>
    </message>
    <message>
      <source>Ubah jenis langkah</source>
      <translation>Change step kind</translation>
    </message>
    <message>
      <source>Tukar Ya/Tidak</source>
      <translation>Swap Yes/No</translation>
    </message>
    <message>
      <source>Geser pelaksana ke kiri</source>
      <translation>Move lane left</translation>
    </message>
    <message>
      <source>Geser pelaksana ke kanan</source>
      <translation>Move lane right</translation>
    </message>
    <message>
      <source>Pindahkan langkah</source>
      <extracomment>Distance in points the mouse must travel before a press becomes a drag.</extracomment>
      <translation>Move step</translation>
    </message>
    <message>
      <source>Pindahkan ke pelaksana %1</source>
      <translation>Move to performer %1</translation>
    </message>
    <message>
      <source>Pelaksana %1</source>
      <translation>Performer %1</translation>
    </message>
    <message>
      <source>Tambah pelaksana</source>
      <translation>Add performer</translation>
    </message>
    <message>
      <source>Hapus pelaksana</source>
      <translation>Delete performer</translation>
    </message>
    <message>
      <source>Ganti nama pelaksana</source>
      <translation>Rename performer</translation>
    </message>
    <message>
      <source>Tambah langkah di akhir</source>
      <translation>Add step at the end</translation>
    </message>
    <message>
      <source>Ubah jenis</source>
      <translation>Change kind</translation>
    </message>
    <message>
      <source>Duplikat</source>
      <translation>Duplicate</translation>
    </message>
    <message>
      <source>Sunting teks kegiatan</source>
      <translation>Edit activity text</translation>
    </message>
    <message>
      <source>Tambah pelaksana di kiri</source>
      <translation>Add performer on the left</translation>
    </message>
    <message>
      <source>Tambah pelaksana di kanan</source>
      <translation>Add performer on the right</translation>
    </message>
    <message>
      <source> (Ya)</source>
      <translation> (Yes)</translation>
    </message>
    <message>
      <source> (Tidak)</source>
      <translation> (No)</translation>
    </message>
    <message>
      <source>Tautkan langkah</source>
      <translation>Link step</translation>
    </message>
    <message>
      <source>Tambah langkah tertaut</source>
      <translation>Add linked step</translation>
    </message>
    <message>
      <source>Pindahkan pelaksana</source>
      <translation>Move performer</translation>
    </message>
  </context>
  <context>
    <name>SopPickerDialog</name>
    <message>
      <source>Tambah SOP ke Lampiran</source>
      <extracomment>Pixels the mouse must travel with the button held before a press becomes a drag.</extracomment>
      <translation>Add SOPs to the Attachment</translation>
    </message>
    <message>
      <source>Cari judul, nomor atau kegiatan...</source>
      <translation>Search title, number or activity...</translation>
    </message>
    <message>
      <source>Tambahkan</source>
      <translation>Add</translation>
    </message>
    <message>
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>SOP yang sudah ada di Lampiran tidak ditampilkan.</source>
      <translation>SOPs already in the Attachment are not shown.</translation>
    </message>
  </context>
  <context>
    <name>SopTimeDialog</name>
    <message>
      <source>Waktu dan beban pelaksana</source>
      <translation>Time and actor load</translation>
    </message>
    <message>
      <source>Pelaksana</source>
      <translation>Performer</translation>
    </message>
    <message>
      <source>Langkah</source>
      <translation>Step</translation>
    </message>
    <message>
      <source>Waktu</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Jalur terpendek</source>
      <translation>Shortest path</translation>
    </message>
    <message>
      <source>Jalur terpanjang</source>
      <translation>Longest path</translation>
    </message>
    <message>
      <source>tidak ada jalur dari Mulai ke Selesai</source>
      <translation>no path from start to end</translation>
    </message>
    <message>
      <source>langkah %1</source>
      <translation>steps %1</translation>
    </message>
    <message>
      <source>Tidak dihitung: langkah %1 (%2)</source>
      <translation>Not counted: step %1 (%2)</translation>
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message>
      <source>&lt;h2&gt;Selamat datang di SOP Studio&lt;/h2&gt;&lt;p&gt;Susun SOP Administrasi Pemerintahan (Permenpan-RB 35/2012): identitas, diagram alir, ekspor PDF/DOCX.&lt;/p&gt;</source>
      <extracomment>A recent library's path.</extracomment>
      <translation>&lt;h2&gt;Welcome to SOP Studio&lt;/h2&gt;&lt;p&gt;Write government administration SOPs (Permenpan-RB 35/2012): identity, flowchart, PDF/DOCX export.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Buat SOP baru</source>
      <translation>Create a new SOP</translation>
    </message>
    <message>
      <source>SOP kosong di unit yang dipilih pada Pustaka (Ctrl+N)</source>
      <translation>An empty SOP in the unit selected in the Library (Ctrl+N)</translation>
    </message>
    <message>
      <source>Buka contoh</source>
      <translation>Open the samples</translation>
    </message>
    <message>
      <source>Pustaka contoh berisi SOP dan keputusan yang sudah jadi</source>
      <translation>A sample library with finished SOPs and decrees</translation>
    </message>
    <message>
      <source>Impor dari Word/Excel...</source>
      <translation>Import from Word/Excel...</translation>
    </message>
    <message>
      <source>Baca SOP dari berkas .docx, .txt atau .tsv (Ctrl+I)</source>
      <translation>Read SOPs from a .docx, .txt or .tsv file (Ctrl+I)</translation>
    </message>
    <message>
      <source>Buka pustaka lain...</source>
      <translation>Open another library...</translation>
    </message>
    <message>
      <source>Buka atau buat berkas pustaka (Ctrl+O)</source>
      <translation>Open or create a library file (Ctrl+O)</translation>
    </message>
    <message>
      <source>Pustaka terakhir (klik dua kali untuk membuka):</source>
      <translation>Recent libraries (double-click to open):</translation>
    </message>
    <message>
      <source>Tips: tekan F1 untuk daftar pintasan papan ketik.</source>
      <translation>Tip: press F1 for the keyboard shortcuts.</translation>
    </message>
  </context>
  <context>
    <name>StyleDialog</name>
    <message>
      <source>Gaya Instansi</source>
      <extracomment>Space between the previewed pages, in points. The style as it stands after each change (for the preview and listeners).</extracomment>
      <translation>House Styles</translation>
    </message>
    <message>
      <source>F4 (215 × 330 mm)</source>
      <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
      <source>A4 (210 × 297 mm)</source>
      <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
      <source>Cetak baris nomor kolom (1, 2, 3, ...)</source>
      <translation>Print the column-number row (1, 2, 3, ...)</translation>
    </message>
    <message>
      <source>Mulai/Selesai sebagai baris sendiri (jika tidak: ditulis di dalam terminator langkah pertama dan terakhir)</source>
      <translation>Start/End as rows of their own (otherwise written inside the first and last step's terminator)</translation>
    </message>
    <message>
      <source>Kop dicetak tebal</source>
      <translation>Letterhead in bold</translation>
    </message>
    <message>
      <source>Kop dengan huruf kapital</source>
      <translation>Letterhead in capitals</translation>
    </message>
    <message>
      <source>sama dengan teks identitas</source>
      <translation>same as the identity text</translation>
    </message>
    <message>
      <source>Pilih logo (PNG)...</source>
      <extracomment>The logo as the style stores it (a PNG data: URL, "" for none).</extracomment>
      <translation>Choose logo (PNG)...</translation>
    </message>
    <message>
      <source>Tanpa logo</source>
      <translation>No logo</translation>
    </message>
    <message>
      <source>Cetak baris pangkat/golongan</source>
      <translation>Print the rank/grade line</translation>
    </message>
    <message>
      <source>Umum</source>
      <translation>General</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Labels</translation>
    </message>
    <message>
      <source>Kop dan tanda tangan</source>
      <translation>Letterhead and signature</translation>
    </message>
    <message>
      <source>Impor berkas gaya...</source>
      <translation>Import style file...</translation>
    </message>
    <message>
      <source>Ekspor berkas gaya...</source>
      <translation>Export style file...</translation>
    </message>
    <message>
      <source>Simpan ke pustaka</source>
      <translation>Save to library</translation>
    </message>
    <message>
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Mulai dari gaya</source>
      <translation>Start from style</translation>
    </message>
    <message>
      <source>Nama gaya (huruf kecil, angka, -)</source>
      <translation>Style name (lower case, digits, -)</translation>
    </message>
    <message>
      <source>Keterangan</source>
      <translation>Remarks</translation>
    </message>
    <message>
      <source>Kertas</source>
      <translation>Paper</translation>
    </message>
    <message>
      <source>Huruf</source>
      <translation>Font</translation>
    </message>
    <message>
      <source>Ukuran teks tabel</source>
      <translation>Table text size</translation>
    </message>
    <message>
      <source>Ukuran teks kepala tabel</source>
      <translation>Table header size</translation>
    </message>
    <message>
      <source>Ukuran teks identitas</source>
      <translation>Identity text size</translation>
    </message>
    <message>
      <source>Ukuran judul</source>
      <translation>Title size</translation>
    </message>
    <message>
      <source>Baris kop diambil dari unit kerja setiap SOP.</source>
      <translation>The letterhead lines come from each SOP's unit.</translation>
    </message>
    <message>
      <source>Ukuran huruf kop</source>
      <translation>Letterhead size</translation>
    </message>
    <message>
      <source>Logo (Garuda/lambang daerah)</source>
      <translation>Logo (Garuda/regional emblem)</translation>
    </message>
    <message>
      <source>Lebar logo</source>
      <translation>Logo width</translation>
    </message>
    <message>
      <source>Ruang tanda tangan / stempel TTE</source>
      <translation>Room for the signature / e-signature stamp</translation>
    </message>
    <message>
      <source>Awalan NIP</source>
      <translation>NIP prefix</translation>
    </message>
    <message>
      <source>Nama gaya harus huruf kecil, angka atau tanda hubung (contoh: kota-malang).</source>
      <translation>A style name is lower-case letters, digits or hyphens (e.g. kota-malang).</translation>
    </message>
    <message>
      <source>Pilih logo</source>
      <translation>Choose logo</translation>
    </message>
    <message>
      <source>Gambar PNG (*.png)</source>
      <translation>PNG images (*.png)</translation>
    </message>
    <message>
      <source>Berkas tidak dapat dibaca: %1 (%2)</source>
      <translation>The file cannot be read: %1 (%2)</translation>
    </message>
    <message>
      <source>Logo tidak dapat dipakai: %1</source>
      <translation>The logo cannot be used: %1</translation>
    </message>
    <message>
      <source>Impor berkas gaya</source>
      <translation>Import style file</translation>
    </message>
    <message>
      <source>Gaya instansi (*.style.json)</source>
      <translation>House styles (*.style.json)</translation>
    </message>
    <message>
      <source>Berkas gaya tidak dapat dibaca: %1</source>
      <translation>The style file cannot be read: %1</translation>
    </message>
    <message>
      <source>Ekspor berkas gaya</source>
      <translation>Export style file</translation>
    </message>
    <message>
      <source>Berkas tidak dapat ditulis: %1 (%2)</source>
      <translation>The file cannot be written: %1 (%2)</translation>
    </message>
  </context>
  <context>
    <name>ValidationDock</name>
    <message>
      <source>Validasi</source>
      <extracomment>"step:&lt;id&gt;", "field:&lt;name&gt;", "actor:&lt;id&gt;" or "sop".</extracomment>
      <translation>Validation</translation>
    </message>
    <message>
      <source>Tingkat</source>
      <translation>Severity</translation>
    </message>
    <message>
      <source>Lokasi</source>
      <translation>Location</translation>
    </message>
    <message>
      <source>Pesan</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>Galat</source>
      <translation>Error</translation>
    </message>
    <message>
      <source>Peringatan</source>
      <translation>Warning</translation>
    </message>
    <message>
      <source>Validasi: %1 galat, %2 peringatan</source>
      <translation>Validation: %1 error(s), %2 warning(s)</translation>
    </message>
    <message>
      <source>Validasi: tidak ada temuan</source>
      <translation>Validation: no findings</translation>
    </message>
  </context>
  <context>
    <name>Worker</name>
    <message>
      <source>Berkas tidak dapat dibaca atau ditulis: %1 (%2)</source>
      <translation>The file cannot be read or written: %1 (%2)</translation>
    </message>
    <message>
      <source>Galat tak terduga: %1</source>
      <translation>Unexpected error: %1</translation>
    </message>
  </context>
  <context>
    <name>_RecordDialog</name>
    <message>
      <source>mis. 30 Juni 2025</source>
      <extracomment>The Ya/Tidak combo's entries and the values they stand for.</extracomment>
      <translation>e.g. 30 Juni 2025</translation>
    </message>
    <message>
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Cetak...</source>
      <translation>Print...</translation>
    </message>
    <message>
      <source>Tanggal penilaian</source>
      <translation>Assessment date</translation>
    </message>
    <message>
      <source>Nama penilai</source>
      <translation>Assessor's name</translation>
    </message>
    <message>
      <source>Jabatan penilai</source>
      <translation>Assessor's position</translation>
    </message>
    <message>
      <source>Tanggal tidak dikenali: %1 (mis. 30 Juni 2025)</source>
      <translation>Date not recognised: %1 (e.g. 30 Juni 2025)</translation>
    </message>
    <message>
      <source>Cetak ke</source>
      <translation>Print to</translation>
    </message>
    <message>
      <source>Dokumen PDF (*.pdf);;Dokumen Word (*.docx)</source>
      <translation>PDF documents (*.pdf);;Word documents (*.docx)</translation>
    </message>
    <message>
      <source>Gagal mencetak: %1</source>
      <translation>Printing failed: %1</translation>
    </message>
    <message>
      <source>Tersimpan: %1</source>
      <translation>Saved: %1</translation>
    </message>
  </context>
</TS>