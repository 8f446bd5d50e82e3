<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
  <context>
    <name>DateField</name>
    <message>
      <source>(kosong)</source>
      <extracomment>The day QDateEdit shows as "empty" (its minimum, displayed as the special value text).</extracomment>
      <translation>(empty)</translation>
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
      <source>Tertulis: %1</source>
      <translation>Written as: %1</translation>
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
    <name>ExportDialog</name>
    <message>
      <source>Ekspor SOP</source>
      <extracomment>The written file (after a successful export).</extracomment>
      <translation>Export SOP</translation>
    </message>
    <message>
      <source>DOCX (Word)</source>
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
      <source>Tersimpan: %1</source>
      <translation>Saved: %1</translation>
    </message>
  </context>
  <context>
    <name>ExportTask</name>
    <message>
      <source>Ekspor DOCX belum tersedia pada instalasi ini.</source>
      <translation>DOCX export is not available in this installation.</translation>
    </message>
    <message>
      <source>Berkas tidak dapat ditulis: %1 (%2)</source>
      <translation>The file cannot be written: %1 (%2)</translation>
    </message>
    <message>
      <source>Ekspor gagal: %1</source>
      <translation>Export failed: %1</translation>
    </message>
    <message>
      <source>Ekspor gagal karena galat tak terduga: %1</source>
      <translation>Export failed with an unexpected error: %1</translation>
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
      <source>Ubah %1</source>
      <translation>Change %1</translation>
    </message>
  </context>
  <context>
    <name>LibraryDock</name>
    <message>
      <source>Pustaka</source>
      <extracomment>Item data roles: what an item stands for. Typing pauses this long before the library is searched. The id of the SOP to open.</extracomment>
      <translation>Library</translation>
    </message>
    <message>
      <source>Cari judul, nomor atau kegiatan...</source>
      <translation>Search title, number or activity...</translation>
    </message>
    <message>
      <source>(tanpa judul)</source>
      <translation>(untitled)</translation>
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
      <extracomment>How long transient status bar messages stay (ms). (nomor, judul) of every SOP in the library, as last listed.</extracomment>
      <translation>&amp;New</translation>
    </message>
    <message>
      <source>&amp;Buka pustaka...</source>
      <translation>&amp;Open library...</translation>
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
      <source>B&amp;antuan</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>Alat</source>
      <translation>Tools</translation>
    </message>
    <message>
      <source>(belum ada)</source>
      <translation>(none yet)</translation>
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
      <source>Tentang SOP Studio</source>
      <translation>About SOP Studio</translation>
    </message>
    <message>
      <source>&lt;b&gt;SOP Studio %1&lt;/b&gt;&lt;p&gt;Penyusun Standar Operasional Prosedur Administrasi Pemerintahan (Permenpan-RB Nomor 35 Tahun 2012), bekerja tanpa jaringan.&lt;/p&gt;</source>
      <translation>&lt;b&gt;SOP Studio %1&lt;/b&gt;&lt;p&gt;Writes Indonesian government Standard Operating Procedures (Permenpan-RB Regulation 35/2012), entirely offline.&lt;/p&gt;</translation>
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
      <source>Tambahkan pelaksana terlebih dahulu (Ctrl+L).</source>
      <extracomment>The selected step id, or None. A refused edit's message (Bahasa Indonesia), for the status bar or a message box.</extracomment>
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
</TS>