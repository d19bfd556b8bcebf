<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>AssignSchemeDialog</name>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/scheme_dialogs.py" line="90" />
      <source>Assign %1</source>
      <translation>Tugaskan %1</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/scheme_dialogs.py" line="92" />
      <source>&amp;Give it to:</source>
      <translation>&amp;Berikan kepada:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/scheme_dialogs.py" line="94" />
      <source>First day of its &amp;cycles:</source>
      <translation>Hari pertama &amp;siklusnya:</translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/dialogs/scheme_dialogs.py" line="98" />
      <source>Each cycle of %n year(s) counts from this day: for a licence, the day it was last renewed.</source>
      <translation>
        <numerusform>Setiap siklus %n tahun dihitung dari hari ini: untuk izin praktik, hari terakhir izin itu diperpanjang.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/scheme_dialogs.py" line="113" />
      <source>Every volunteer of %1</source>
      <translation>Setiap relawan %1</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="175" />
      <source>Show:</source>
      <translation>Tampilkan:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="175" />
      <source>Year:</source>
      <translation>Tahun:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="176" />
      <source>Hours month by month</source>
      <translation>Jam bulan demi bulan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="177" />
      <source>Weekly load</source>
      <translation>Beban mingguan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="180" />
      <source>Professional (paid):</source>
      <translation>Profesional (berbayar):</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="180" />
      <source>Volunteer:</source>
      <translation>Relawan:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="180" />
      <source>Together:</source>
      <translation>Bersama:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="197" />
      <source>Everyone</source>
      <translation>Semua orang</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="245" />
      <source>Week from %1</source>
      <translation>Minggu mulai %1</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="277" />
      <source>Nobody is in this ledger yet. Start with the people whose hours you keep (yourself, for one).</source>
      <translation>Belum ada siapa pun di buku catatan ini. Mulailah dengan orang-orang yang jamnya Anda catat (misalnya Anda sendiri).</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="280" />
      <source>Add a &amp;person…</source>
      <translation>Tambah &amp;orang…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="284" />
      <source>Next, add the organisations where the work is done: an employer, a hospital, a school.</source>
      <translation>Berikutnya, tambahkan organisasi tempat pekerjaan dilakukan: pemberi kerja, rumah sakit, sekolah.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="287" />
      <source>Add an &amp;organisation…</source>
      <translation>Tambah o&amp;rganisasi…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="291" />
      <source>Then give a person a role at an organisation, paid (a nurse at a hospital) or volunteer (a tutor at a school); hours are logged in a role.</source>
      <translation>Lalu berikan seseorang peran di sebuah organisasi, berbayar (perawat di rumah sakit) atau relawan (tutor di sekolah); jam dicatat dalam sebuah peran.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="294" />
      <source>Add a &amp;role…</source>
      <translation>Tambah &amp;peran…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="297" />
      <source>No hours are recorded in this year yet. Log the first ones.</source>
      <translation>Belum ada jam yang tercatat pada tahun ini. Catat jam pertama.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="298" />
      <source>&amp;Log hours…</source>
      <translation>&amp;Catat jam…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="301" />
      <source>Getting started</source>
      <translation>Langkah pertama</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="315" />
      <source>This week holds %1 hours of work of both kinds together, more than the limit of %2 hours. Time to rest?</source>
      <translation>Minggu ini berisi %1 jam kerja dari kedua jenis, melebihi batas %2 jam. Saatnya beristirahat?</translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="326" />
      <source>%n week(s) of this year passed the weekly limit.</source>
      <translation>
        <numerusform>%n minggu pada tahun ini melewati batas mingguan.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="364" />
      <source>Hours</source>
      <translation>Jam</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="369" />
      <source>Month by month</source>
      <translation>Per bulan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="394" />
      <source>credits</source>
      <translation>kredit</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="394" />
      <source>h</source>
      <translation>jam</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="395" />
      <source>%1 – %2</source>
      <translation>%1 – %2</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="397" />
      <source>met</source>
      <translation>terpenuhi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="397" />
      <source>not met yet</source>
      <translation>belum terpenuhi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="399" />
      <source>%1 of %2 %3 approved, %4 awaiting review (%5): %6</source>
      <translation>%1 dari %2 %3 disetujui, %4 menunggu peninjauan (%5): %6</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="409" />
      <source>%1: %2 of %3 %4</source>
      <translation>%1: %2 dari %3 %4</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="426" />
      <source>This year</source>
      <translation>Tahun ini</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="429" />
      <source>People</source>
      <translation>Orang</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="431" />
      <source>%1 paid work only, %2 volunteer work only, %3 both</source>
      <translation>%1 hanya kerja berbayar, %2 hanya relawan, %3 keduanya</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="439" />
      <source>Both kinds of work</source>
      <translation>Kedua jenis pekerjaan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="441" />
      <source>%1% paid, %2% volunteer</source>
      <translation>%1% berbayar, %2% relawan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="447" />
      <source>Goal: %1 hours of %2 work</source>
      <translation>Target: %1 jam kerja %2</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="456" />
      <source>%1 h approved</source>
      <translation>%1 jam disetujui</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="462" />
      <source>%1 h more awaiting review</source>
      <translation>%1 jam lagi menunggu tinjauan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="469" />
      <source>No age band of this award fits the person.</source>
      <translation>Tidak ada kelompok usia penghargaan ini yang cocok untuk orang ini.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="471" />
      <source>no tier yet</source>
      <translation>belum ada tingkat</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="473" />
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="476" />
      <source>%1 h more for %2</source>
      <translation>%1 jam lagi untuk %2</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="483" />
      <source>Value of volunteer time</source>
      <translation>Nilai waktu relawan</translation>
    </message>
  </context>
  <context>
    <name>DataLocationDialog</name>
    <message>
      <location filename="../../okuvol_desktop/ui/help_menu.py" line="110" />
      <location filename="../../okuvol_desktop/ui/help_menu.py" line="130" />
      <source>Where your data lives</source>
      <translation>Tempat data Anda disimpan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/help_menu.py" line="111" />
      <source>Ledger</source>
      <translation>Buku catatan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/help_menu.py" line="113" />
      <source>Daily backups</source>
      <translation>Cadangan harian</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/help_menu.py" line="115" />
      <source>Backups</source>
      <translation>Cadangan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/help_menu.py" line="115" />
      <source>kept by the database server</source>
      <translation>disimpan oleh server basis data</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/help_menu.py" line="116" />
      <source>Logs of unexpected errors</source>
      <translation>Log kesalahan tak terduga</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/help_menu.py" line="118" />
      <source>Settings</source>
      <translation>Pengaturan</translation>
    </message>
  </context>
  <context>
    <name>DirectoryPage</name>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/directory_page.py" line="101" />
      <source>&amp;Edit…</source>
      <translation>&amp;Ubah…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/directory_page.py" line="102" />
      <source>&amp;Archive / restore</source>
      <translation>&amp;Arsipkan / pulihkan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/directory_page.py" line="103" />
      <source>Show archived</source>
      <translation>Tampilkan yang diarsipkan</translation>
    </message>
  </context>
  <context>
    <name>EntryDialog</name>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="295" />
      <source>Edit entry</source>
      <translation>Ubah catatan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="295" />
      <source>New entry</source>
      <translation>Catatan baru</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="297" />
      <source>&amp;Person:</source>
      <translation>&amp;Orang:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="298" />
      <source>&amp;Role:</source>
      <translation>&amp;Peran:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="299" />
      <source>&amp;Date:</source>
      <translation>&amp;Tanggal:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="300" />
      <source>Duration:</source>
      <translation>Durasi:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="301" />
      <source>&amp;Field of service:</source>
      <translation>&amp;Bidang layanan:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="302" />
      <source>D&amp;escription:</source>
      <translation>D&amp;eskripsi:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="303" />
      <source>&amp;Place:</source>
      <translation>&amp;Tempat:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="304" />
      <source>&amp;Skills:</source>
      <translation>&amp;Keterampilan:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="305" />
      <source>People &amp;served:</source>
      <translation>Orang yang &amp;dilayani:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="306" />
      <source>Credi&amp;ts:</source>
      <translation>Kredi&amp;t:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="307" />
      <source>Evidence:</source>
      <translation>Bukti:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="310" />
      <source>&amp;Hours</source>
      <translation>&amp;Jam</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="311" />
      <source>&amp;From</source>
      <translation>&amp;Dari</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="312" />
      <source>Hours</source>
      <translation>Jam</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="313" />
      <source>Start time</source>
      <translation>Waktu mulai</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="314" />
      <source>End time</source>
      <translation>Waktu selesai</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="315" />
      <source>Comma separated, e.g. first aid, teaching</source>
      <translation>Pisahkan dengan koma, mis. pertolongan pertama, mengajar</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="316" />
      <source>Not recorded</source>
      <translation>Tidak dicatat</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="319" />
      <source>Credits this entry earns towards a requirement, such as continuing education</source>
      <translation>Kredit yang diperoleh catatan ini untuk suatu persyaratan, seperti pendidikan berkelanjutan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="321" />
      <source>&amp;Attach evidence…</source>
      <translation>Lampirkan &amp;bukti…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="322" />
      <source>Attach evidence files</source>
      <translation>Lampirkan berkas bukti</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="323" />
      <source>Evidence files</source>
      <translation>Berkas bukti</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="325" />
      <source>Duration logged</source>
      <translation>Durasi yang dicatat</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="326" />
      <source>Review note</source>
      <translation>Catatan peninjauan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="211" />
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="317" />
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="331" />
      <source>None</source>
      <translation>Tidak ada</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="186" />
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="199" />
      <source>Evidence for this entry</source>
      <translation>Bukti untuk catatan ini</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="188" />
      <source>Documents and pictures (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
      <translation>Dokumen dan gambar (*.pdf *.png *.jpg *.jpeg);;Semua berkas (*)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="200" />
      <source>%1 is larger than 20 MB; attach a smaller scan.</source>
      <translation>%1 lebih besar dari 20 MB; lampirkan hasil pindai yang lebih kecil.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="210" />
      <source>%n file(s) kept</source>
      <translation>
        <numerusform>%n berkas disimpan</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="342" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="346" />
      <source>Fix what the note asks; saving sends the entry back for review.</source>
      <translation>Perbaiki sesuai catatan; menyimpan akan mengirim catatan ini kembali untuk ditinjau.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="348" />
      <source>Saving a change sends the entry back for review.</source>
      <translation>Menyimpan perubahan akan mengirim catatan ini kembali untuk ditinjau.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="353" />
      <source>&amp;Save and send for review</source>
      <translation>&amp;Simpan dan kirim untuk ditinjau</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="459" />
      <source>Choose a person who has a role first.</source>
      <translation>Pilih dulu orang yang memiliki peran.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="488" />
      <source>= %1 h</source>
      <translation>= %1 jam</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="538" />
      <source>Over the weekly limit</source>
      <translation>Melewati batas mingguan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="539" />
      <source>This brings the week of %1 for %2 to %3, over the weekly limit of %4.</source>
      <translation>Ini membuat minggu %1 untuk %2 menjadi %3, melewati batas mingguan %4.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="546" />
      <source>Log it anyway?</source>
      <translation>Tetap catat?</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="548" />
      <source>&amp;Log anyway</source>
      <translation>&amp;Tetap catat</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="597" />
      <source>Discard this entry? What you changed has not been saved.</source>
      <translation>Buang catatan ini? Perubahan Anda belum disimpan.</translation>
    </message>
  </context>
  <context>
    <name>EntryTableModel</name>
    <message>
      <location filename="../../okuvol_desktop/ui/models/entry_table.py" line="48" />
      <source>Date</source>
      <translation>Tanggal</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/models/entry_table.py" line="49" />
      <source>Time</source>
      <translation>Waktu</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/models/entry_table.py" line="50" />
      <source>Hours</source>
      <translation>Jam</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/models/entry_table.py" line="51" />
      <source>Person</source>
      <translation>Orang</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/models/entry_table.py" line="52" />
      <source>Organisation</source>
      <translation>Organisasi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/models/entry_table.py" line="53" />
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/models/entry_table.py" line="54" />
      <source>Role</source>
      <translation>Peran</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/models/entry_table.py" line="55" />
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/models/entry_table.py" line="56" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/models/entry_table.py" line="58" />
      <source>Description</source>
      <translation>Keterangan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/models/entry_table.py" line="277" />
      <source>Resubmitted</source>
      <translation>Dikirim ulang</translation>
    </message>
  </context>
  <context>
    <name>FileActions</name>
    <message>
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="89" />
      <source>&amp;Import hours…</source>
      <translation>&amp;Impor jam…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="90" />
      <source>&amp;Export the time log…</source>
      <translation>&amp;Ekspor catatan waktu…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="92" />
      <source>Write the entries the time log's filters show, as CSV or iCalendar</source>
      <translation>Tulis catatan yang ditampilkan penyaring catatan waktu, sebagai CSV atau iCalendar</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="94" />
      <source>Export the whole ledger (&amp;JSON)…</source>
      <translation>Ekspor seluruh buku catatan (&amp;JSON)…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="95" />
      <source>&amp;Back up…</source>
      <translation>&amp;Cadangkan…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="96" />
      <source>&amp;Restore a backup…</source>
      <translation>&amp;Pulihkan cadangan…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="111" />
      <source>Imported %Ln entry(s).</source>
      <translation>
        <numerusform>%Ln catatan diimpor.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="118" />
      <source>okuvol CSV (*.csv)</source>
      <translation>CSV okuvol (*.csv)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="119" />
      <source>iCalendar (*.ics)</source>
      <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="122" />
      <source>Export the time log</source>
      <translation>Ekspor catatan waktu</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="135" />
      <source>Export the whole ledger</source>
      <translation>Ekspor seluruh buku catatan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="137" />
      <source>okuvol JSON (*.json)</source>
      <translation>JSON okuvol (*.json)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="145" />
      <source>%Ln entry(s) written to %1</source>
      <translation>
        <numerusform>%Ln catatan ditulis ke %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="150" />
      <source>Exporting…</source>
      <translation>Mengekspor…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="161" />
      <source>Back up the ledger</source>
      <translation>Cadangkan buku catatan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="162" />
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="179" />
      <source>okuvol backups (*.sqlite3)</source>
      <translation>Cadangan okuvol (*.sqlite3)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="170" />
      <source>Backing up…</source>
      <translation>Mencadangkan…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="172" />
      <source>Backed up to %1</source>
      <translation>Dicadangkan ke %1</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="179" />
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="194" />
      <source>Restore a backup</source>
      <translation>Pulihkan cadangan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="196" />
      <source>Replace the ledger by %1? It holds %2 entries of %3 people. The ledger it replaces is kept beside it.</source>
      <translation>Ganti buku catatan dengan %1? Isinya %2 catatan dari %3 orang. Buku catatan yang diganti disimpan di sebelahnya.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="208" />
      <source>Restoring…</source>
      <translation>Memulihkan…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="217" />
      <source>Restored %1 entries. The replaced ledger is kept at %2.</source>
      <translation>%1 catatan dipulihkan. Buku catatan yang diganti disimpan di %2.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="238" />
      <source>Today's backup: %1</source>
      <translation>Cadangan hari ini: %1</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../../okuvol_desktop/ui/filter_bar.py" line="77" />
      <source>Search descriptions and places… (Ctrl+F)</source>
      <translation>Cari deskripsi dan tempat… (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/filter_bar.py" line="78" />
      <source>From any date</source>
      <translation>Dari tanggal berapa pun</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/filter_bar.py" line="79" />
      <source>To any date</source>
      <translation>Sampai tanggal berapa pun</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/filter_bar.py" line="80" />
      <source>Only entries on or after this date</source>
      <translation>Hanya catatan pada atau setelah tanggal ini</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/filter_bar.py" line="81" />
      <source>Only entries on or before this date</source>
      <translation>Hanya catatan pada atau sebelum tanggal ini</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/filter_bar.py" line="91" />
      <source>Person</source>
      <translation>Orang</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/filter_bar.py" line="92" />
      <source>Organisation</source>
      <translation>Organisasi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/filter_bar.py" line="93" />
      <source>Kind of work</source>
      <translation>Jenis pekerjaan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/filter_bar.py" line="94" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/filter_bar.py" line="95" />
      <source>Field of service</source>
      <translation>Bidang layanan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/filter_bar.py" line="96" />
      <source>From date</source>
      <translation>Dari tanggal</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/filter_bar.py" line="97" />
      <source>To date</source>
      <translation>Sampai tanggal</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/filter_bar.py" line="98" />
      <source>Search</source>
      <translation>Cari</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/filter_bar.py" line="114" />
      <source>Both kinds</source>
      <translation>Kedua jenis</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/filter_bar.py" line="118" />
      <source>Any status</source>
      <translation>Status apa pun</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/filter_bar.py" line="126" />
      <source>Everyone</source>
      <translation>Semua orang</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/filter_bar.py" line="130" />
      <source>All organisations</source>
      <translation>Semua organisasi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/filter_bar.py" line="135" />
      <source>All fields</source>
      <translation>Semua bidang</translation>
    </message>
  </context>
  <context>
    <name>FirstRun</name>
    <message>
      <location filename="../../okuvol_desktop/ui/first_run.py" line="27" />
      <source>Welcome to okuvol</source>
      <translation>Selamat datang di okuvol</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/first_run.py" line="28" />
      <source>This database is empty.</source>
      <translation>Basis data ini kosong.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/first_run.py" line="30" />
      <source>Fill it with sample people, organisations and two years of hours to look around, or start fresh with your own.</source>
      <translation>Isi dengan contoh orang, organisasi, dan jam selama dua tahun untuk melihat-lihat, atau mulai dari awal dengan data Anda sendiri.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/first_run.py" line="37" />
      <source>Sample data</source>
      <translation>Data contoh</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/first_run.py" line="40" />
      <source>Start fresh</source>
      <translation>Mulai dari awal</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/first_run.py" line="53" />
      <source>Creating sample data…</source>
      <translation>Membuat data contoh…</translation>
    </message>
  </context>
  <context>
    <name>HelpMenu</name>
    <message>
      <location filename="../../okuvol_desktop/ui/help_menu.py" line="166" />
      <source>&amp;Help</source>
      <translation>&amp;Bantuan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/help_menu.py" line="167" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Pintasan papan ketik</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/help_menu.py" line="168" />
      <source>&amp;Where is my data?</source>
      <translation>&amp;Di mana data saya?</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/help_menu.py" line="169" />
      <source>&amp;About okuvol</source>
      <translation>&amp;Tentang okuvol</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/help_menu.py" line="183" />
      <source>About okuvol</source>
      <translation>Tentang okuvol</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/help_menu.py" line="188" />
      <source>&lt;h3&gt;okuvol %1&lt;/h3&gt;&lt;p&gt;Paid and volunteer hours in one ledger: log them, have them approved, and print volunteer certificates.&lt;/p&gt;&lt;p&gt;The fonts are Noto, under the SIL Open Font License.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;okuvol %1&lt;/h3&gt;&lt;p&gt;Jam kerja berbayar dan relawan dalam satu buku catatan: catat, mintakan persetujuan, dan cetak sertifikat relawan.&lt;/p&gt;&lt;p&gt;Fonta yang dipakai adalah Noto, di bawah SIL Open Font License.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/help_menu.py" line="192" />
      <source>&lt;p&gt;The ledger: %1&lt;br&gt;More in Help &gt; Where is my data?&lt;/p&gt;</source>
      <translation>&lt;p&gt;Buku catatan: %1&lt;br&gt;Selengkapnya di Bantuan &gt; Di mana data saya?&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="100" />
      <source>Import hours</source>
      <translation>Impor jam</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="101" />
      <source>&amp;Import</source>
      <translation>&amp;Impor</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="142" />
      <source>Importing…</source>
      <translation>Mengimpor…</translation>
    </message>
  </context>
  <context>
    <name>LoadCalendar</name>
    <message>
      <location filename="../../okuvol_desktop/ui/load_calendar.py" line="53" />
      <source>Weekly load of the year</source>
      <translation>Beban mingguan sepanjang tahun</translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/load_calendar.py" line="86" />
      <source>%n week(s) over the weekly limit of %1.</source>
      <translation>
        <numerusform>%n minggu melewati batas mingguan %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/load_calendar.py" line="92" />
      <source>%n week(s) past the volunteering budget of %1.</source>
      <translation>
        <numerusform>%n minggu melewati anggaran relawan %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/load_calendar.py" line="96" />
      <source>%n rest week(s) without work.</source>
      <translation>
        <numerusform>%n minggu istirahat tanpa pekerjaan.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/load_calendar.py" line="100" />
      <source>The heaviest was the week of %1, with %2.</source>
      <translation>Yang terberat adalah minggu %1, dengan %2.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/load_calendar.py" line="110" />
      <source>Week of %1</source>
      <translation>Minggu %1</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/load_calendar.py" line="112" />
      <source>Still to come</source>
      <translation>Belum tiba</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/load_calendar.py" line="114" />
      <source>Rest week: no work logged</source>
      <translation>Minggu istirahat: tidak ada pekerjaan tercatat</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/load_calendar.py" line="117" />
      <source>Paid work: %1</source>
      <translation>Pekerjaan berbayar: %1</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/load_calendar.py" line="118" />
      <source>Volunteering: %1</source>
      <translation>Kerja relawan: %1</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/load_calendar.py" line="119" />
      <source>Together: %1</source>
      <translation>Bersama: %1</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/load_calendar.py" line="123" />
      <source>Over the weekly limit of %1</source>
      <translation>Melewati batas mingguan %1</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/load_calendar.py" line="129" />
      <source>Past the volunteering budget of %1</source>
      <translation>Melewati anggaran relawan %1</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/load_calendar.py" line="140" />
      <source>Paid work</source>
      <translation>Pekerjaan berbayar</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/load_calendar.py" line="141" />
      <source>Volunteering</source>
      <translation>Kerja relawan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/load_calendar.py" line="144" />
      <source>Over the limit (%1)</source>
      <translation>Melewati batas (%1)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/load_calendar.py" line="151" />
      <source>Past the volunteering budget (%1)</source>
      <translation>Melewati anggaran relawan (%1)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/load_calendar.py" line="156" />
      <source>Rest week</source>
      <translation>Minggu istirahat</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/load_calendar.py" line="249" />
      <source>%1 h</source>
      <translation>%1 jam</translation>
    </message>
  </context>
  <context>
    <name>LogTotalsLabel</name>
    <message>
      <location filename="../../okuvol_desktop/ui/log_summary.py" line="89" />
      <source>Counting…</source>
      <translation>Menghitung…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/log_summary.py" line="92" />
      <source>%Ln entry(s) match: %3 (%1 paid, %2 volunteer)</source>
      <translation>
        <numerusform>%Ln catatan cocok: %3 (%1 berbayar, %2 relawan)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/log_summary.py" line="99" />
      <source>%Ln chosen: %3 (%1 paid, %2 volunteer)</source>
      <translation>
        <numerusform>%Ln dipilih: %3 (%1 berbayar, %2 relawan)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="208" />
      <source>&amp;Dashboard</source>
      <translation>&amp;Dasbor</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="209" />
      <source>&amp;Time log</source>
      <translation>&amp;Catatan waktu</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="210" />
      <source>&amp;People</source>
      <translation>&amp;Orang</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="211" />
      <source>&amp;Organisations</source>
      <translation>O&amp;rganisasi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="212" />
      <source>&amp;Reports</source>
      <translation>&amp;Laporan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="213" />
      <source>&amp;Settings</source>
      <translation>&amp;Pengaturan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="214" />
      <source>&amp;File</source>
      <translation>&amp;Berkas</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="215" />
      <source>&amp;Edit</source>
      <translation>&amp;Sunting</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="216" />
      <source>&amp;View</source>
      <translation>&amp;Tampilan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="217" />
      <source>&amp;Language</source>
      <translation>&amp;Bahasa</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="218" />
      <source>Main toolbar</source>
      <translation>Bilah alat utama</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="219" />
      <source>&amp;New entry…</source>
      <translation>&amp;Catatan baru…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="231" />
      <source>&amp;Undo</source>
      <translation>&amp;Batalkan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="232" />
      <source>&amp;Redo</source>
      <translation>&amp;Ulangi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="233" />
      <source>Nothing to undo</source>
      <translation>Tidak ada yang dapat dibatalkan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="234" />
      <source>Nothing to redo</source>
      <translation>Tidak ada yang dapat diulang</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="221" />
      <source>&amp;Quit</source>
      <translation>&amp;Keluar</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="206" />
      <source>okuvol %1 — paid and volunteer hours</source>
      <translation>okuvol %1 — jam kerja berbayar dan relawan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="222" />
      <source>&amp;Refresh</source>
      <translation>&amp;Muat ulang</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="223" />
      <source>The database this window shows</source>
      <translation>Basis data yang ditampilkan jendela ini</translation>
    </message>
  </context>
  <context>
    <name>OrganisationDialog</name>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="230" />
      <source>Edit organisation</source>
      <translation>Ubah organisasi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="230" />
      <source>New organisation</source>
      <translation>Organisasi baru</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="234" />
      <source>&amp;Name:</source>
      <translation>&amp;Nama:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="235" />
      <source>&amp;Type:</source>
      <translation>&amp;Jenis:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="236" />
      <source>&amp;Address:</source>
      <translation>&amp;Alamat:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="237" />
      <source>&amp;Contact:</source>
      <translation>&amp;Kontak:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="238" />
      <source>Certificates &amp;signed by:</source>
      <translation>Sertifikat &amp;ditandatangani oleh:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="239" />
      <source>Signatory's &amp;title:</source>
      <translation>&amp;Jabatan penanda tangan:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="240" />
      <source>Certificate &amp;language:</source>
      <translation>&amp;Bahasa sertifikat:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="241" />
      <source>&amp;Logo:</source>
      <translation>&amp;Logo:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="242" />
      <source>Checked &amp;online at:</source>
      <translation>Diperiksa &amp;daring di:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="245" />
      <source>Hospital, school, law firm, NGO…</source>
      <translation>Rumah sakit, sekolah, kantor hukum, LSM…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="246" />
      <source>Choose…</source>
      <translation>Pilih…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="247" />
      <source>Remove</source>
      <translation>Hapus</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="248" />
      <source>Remove the logo</source>
      <translation>Hapus logo</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="251" />
      <source>The logo kept in the ledger</source>
      <translation>Logo yang tersimpan di buku catatan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="253" />
      <source>No logo</source>
      <translation>Tanpa logo</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="256" />
      <source>https://… (optional: the QR code then opens this page)</source>
      <translation>https://… (opsional: kode QR lalu membuka halaman ini)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="261" />
      <source>Choose a logo</source>
      <translation>Pilih logo</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="261" />
      <source>Pictures (*.png *.jpg *.jpeg)</source>
      <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
  </context>
  <context>
    <name>OrganisationsPage</name>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="27" />
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="28" />
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="96" />
      <source>Type</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="30" />
      <source>Professionals</source>
      <translation>Profesional</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="36" />
      <source>Volunteers</source>
      <translation>Relawan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="42" />
      <source>Paid hours</source>
      <translation>Jam berbayar</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="48" />
      <source>Volunteer hours</source>
      <translation>Jam relawan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="70" />
      <source>&amp;New organisation…</source>
      <translation>Organisasi &amp;baru…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="74" />
      <source>Organisations</source>
      <translation>Organisasi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="83" />
      <source>No organisation yet. Add one with “New organisation…”.</source>
      <translation>Belum ada organisasi. Tambahkan dengan “Organisasi baru…”.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="92" />
      <source>Choose an organisation to see its details.</source>
      <translation>Pilih organisasi untuk melihat rinciannya.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="97" />
      <source>Address</source>
      <translation>Alamat</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="98" />
      <source>Contact</source>
      <translation>Kontak</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="100" />
      <source>Certificates signed by</source>
      <translation>Sertifikat ditandatangani oleh</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="103" />
      <source>Certificate language</source>
      <translation>Bahasa sertifikat</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="104" />
      <source>Logo</source>
      <translation>Logo</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="104" />
      <source>kept in the ledger</source>
      <translation>tersimpan di buku catatan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="105" />
      <source>Checked online at</source>
      <translation>Diperiksa daring di</translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="133" />
      <source>%n day(s) old</source>
      <translation>
        <numerusform>berumur %n hari</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="135" />
      <source>signs now</source>
      <translation>menandatangani sekarang</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="138" />
      <source>retired on %1</source>
      <translation>dipensiunkan pada %1</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="144" />
      <source>Signing keys</source>
      <translation>Kunci penandatangan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="109" />
      <source>Archived</source>
      <translation>Diarsipkan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="112" />
      <source>not set</source>
      <translation>belum diatur</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="118" />
      <source>%1 professionals and %2 volunteers; %3 h paid, %4 h volunteer</source>
      <translation>%1 profesional dan %2 relawan; %3 jam berbayar, %4 jam relawan</translation>
    </message>
  </context>
  <context>
    <name>PeoplePage</name>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/people.py" line="29" />
      <source>Both kinds</source>
      <translation>Kedua jenis</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/people.py" line="33" />
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/people.py" line="35" />
      <location filename="../../okuvol_desktop/ui/pages/people.py" line="109" />
      <source>Roles</source>
      <translation>Peran</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/people.py" line="41" />
      <source>Paid hours</source>
      <translation>Jam berbayar</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/people.py" line="47" />
      <source>Volunteer hours</source>
      <translation>Jam relawan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/people.py" line="52" />
      <source>Dual-role</source>
      <translation>Peran ganda</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/people.py" line="73" />
      <source>&amp;New person…</source>
      <translation>Orang &amp;baru…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/people.py" line="75" />
      <source>Add &amp;role…</source>
      <translation>Tambah &amp;peran…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/people.py" line="78" />
      <source>People</source>
      <translation>Orang</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/people.py" line="87" />
      <source>Nobody yet. Add the first person with “New person…”.</source>
      <translation>Belum ada orang. Tambahkan orang pertama dengan “Orang baru…”.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/people.py" line="98" />
      <source>Choose a person to see their roles and hours.</source>
      <translation>Pilih seseorang untuk melihat peran dan jamnya.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/people.py" line="103" />
      <source>Does both paid and volunteer work.</source>
      <translation>Melakukan kerja berbayar dan relawan.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/people.py" line="105" />
      <source>Archived</source>
      <translation>Diarsipkan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/people.py" line="119" />
      <source>No roles yet.</source>
      <translation>Belum ada peran.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/people.py" line="122" />
      <source>%1 h paid, %2 h volunteer</source>
      <translation>%1 jam berbayar, %2 jam relawan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/people.py" line="134" />
      <source>Goal: %1 of %2 %3 hours approved</source>
      <translation>Target: %1 dari %2 jam %3 disetujui</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/people.py" line="164" />
      <source>Add an organisation first.</source>
      <translation>Tambahkan organisasi terlebih dahulu.</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="107" />
      <source>Edit person</source>
      <translation>Ubah data orang</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="107" />
      <source>New person</source>
      <translation>Orang baru</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="110" />
      <source>Full &amp;name:</source>
      <translation>&amp;Nama lengkap:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="111" />
      <source>&amp;E-mail:</source>
      <translation>&amp;Surel:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="112" />
      <source>&amp;Phone:</source>
      <translation>&amp;Telepon:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="113" />
      <source>&amp;Birth date:</source>
      <translation>Tanggal &amp;lahir:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="114" />
      <source>N&amp;otes:</source>
      <translation>&amp;Catatan:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="115" />
      <source>Weekly &amp;limit:</source>
      <translation>&amp;Batas mingguan:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="116" />
      <source>Weekly volunteering b&amp;udget:</source>
      <translation>A&amp;nggaran relawan mingguan:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="119" />
      <source>Not given (only for age-banded awards)</source>
      <translation>Tidak diisi (hanya untuk penghargaan menurut usia)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="121" />
      <source>No limit chosen</source>
      <translation>Belum ada batas</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="122" />
      <source> h a week</source>
      <translation> jam seminggu</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="123" />
      <source>No budget chosen</source>
      <translation>Belum ada anggaran</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="126" />
      <source>Hours of paid and volunteer work together in a week, past which okuvol warns before logging more. Without one, the limit in Settings counts.</source>
      <translation>Jam kerja berbayar dan relawan bersama dalam seminggu; bila terlewati, okuvol memperingatkan sebelum mencatat lagi. Tanpa batas ini, batas di Pengaturan yang berlaku.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="132" />
      <source>Volunteer hours you mean to give in a week; weeks that pass it are marked in the calendar of weekly load.</source>
      <translation>Jam relawan yang ingin Anda berikan dalam seminggu; minggu yang melewatinya ditandai di kalender beban mingguan.</translation>
    </message>
  </context>
  <context>
    <name>Progress</name>
    <message>
      <location filename="../../okuvol_desktop/ui/progress_dialog.py" line="32" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <location filename="../../okuvol_desktop/ui/i18n.py" line="110" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/i18n.py" line="111" />
      <source>Save</source>
      <translation>Simpan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/i18n.py" line="112" />
      <source>Save All</source>
      <translation>Simpan Semua</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/i18n.py" line="113" />
      <source>Open</source>
      <translation>Buka</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/i18n.py" line="114" />
      <source>&amp;Yes</source>
      <translation>&amp;Ya</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/i18n.py" line="115" />
      <source>Yes to &amp;All</source>
      <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/i18n.py" line="116" />
      <source>&amp;No</source>
      <translation>&amp;Tidak</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/i18n.py" line="117" />
      <source>N&amp;o to All</source>
      <translation>T&amp;idak untuk Semua</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/i18n.py" line="118" />
      <source>Abort</source>
      <translation>Hentikan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/i18n.py" line="119" />
      <source>Retry</source>
      <translation>Coba Lagi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/i18n.py" line="120" />
      <source>Ignore</source>
      <translation>Abaikan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/i18n.py" line="121" />
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/i18n.py" line="122" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/i18n.py" line="123" />
      <source>Discard</source>
      <translation>Buang</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/i18n.py" line="124" />
      <source>Help</source>
      <translation>Bantuan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/i18n.py" line="125" />
      <source>Apply</source>
      <translation>Terapkan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/i18n.py" line="126" />
      <source>Reset</source>
      <translation>Atur Ulang</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/i18n.py" line="127" />
      <source>Restore Defaults</source>
      <translation>Kembalikan Bawaan</translation>
    </message>
  </context>
  <context>
    <name>QWizard</name>
    <message>
      <location filename="../../okuvol_desktop/ui/i18n.py" line="129" />
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/i18n.py" line="130" />
      <source>&amp;Next &gt;</source>
      <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/i18n.py" line="131" />
      <source>&amp;Finish</source>
      <translation>&amp;Selesai</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/i18n.py" line="132" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/i18n.py" line="133" />
      <source>&amp;Help</source>
      <translation>&amp;Bantuan</translation>
    </message>
  </context>
  <context>
    <name>RatePresetDialog</name>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/scheme_dialogs.py" line="217" />
      <source>Add a value of an hour from a preset</source>
      <translation>Tambahkan nilai satu jam dari nilai siap pakai</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/scheme_dialogs.py" line="218" />
      <source>&amp;Published values:</source>
      <translation>Nilai yang &amp;diterbitkan:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/scheme_dialogs.py" line="221" />
      <source>Country</source>
      <translation>Negara</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/scheme_dialogs.py" line="222" />
      <source>Value of an hour</source>
      <translation>Nilai satu jam</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/scheme_dialogs.py" line="223" />
      <source>From</source>
      <translation>Mulai</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/scheme_dialogs.py" line="224" />
      <source>Method</source>
      <translation>Metode</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/scheme_dialogs.py" line="225" />
      <source>Figures</source>
      <translation>Angka</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/scheme_dialogs.py" line="234" />
      <source>Example: check it</source>
      <translation>Contoh: periksa dulu</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/scheme_dialogs.py" line="234" />
      <source>Published</source>
      <translation>Diterbitkan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/scheme_dialogs.py" line="258" />
      <source>Source: %1</source>
      <translation>Sumber: %1</translation>
    </message>
  </context>
  <context>
    <name>RatesPanel</name>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/rate_settings.py" line="135" />
      <source>Add a value by hand</source>
      <translation>Tambahkan nilai secara manual</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/rate_settings.py" line="140" />
      <source>&amp;Value of an hour:</source>
      <translation>&amp;Nilai satu jam:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/rate_settings.py" line="141" />
      <source>Applies &amp;from:</source>
      <translation>Berlaku &amp;mulai:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/rate_settings.py" line="142" />
      <source>&amp;Method:</source>
      <translation>&amp;Metode:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/rate_settings.py" line="143" />
      <source>S&amp;ource:</source>
      <translation>S&amp;umber:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/rate_settings.py" line="148" />
      <source>Currency</source>
      <translation>Mata uang</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/rate_settings.py" line="149" />
      <source>A three-letter currency code such as IDR or USD</source>
      <translation>Kode mata uang tiga huruf seperti IDR atau USD</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/rate_settings.py" line="151" />
      <source>Where the figure comes from</source>
      <translation>Asal angka ini</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/rate_settings.py" line="152" />
      <source>&amp;Add</source>
      <translation>&amp;Tambah</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/rate_settings.py" line="153" />
      <source>Add from &amp;preset…</source>
      <translation>Tambah dari nilai &amp;siap pakai…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/rate_settings.py" line="155" />
      <source>Published values by country, with their source (example figures marked)</source>
      <translation>Nilai yang diterbitkan per negara, dengan sumbernya (angka contoh ditandai)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/rate_settings.py" line="157" />
      <source>Values of an hour</source>
      <translation>Nilai satu jam</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/rate_settings.py" line="179" />
      <source>No value yet: volunteer time is counted in hours only.</source>
      <translation>Belum ada nilai: waktu relawan hanya dihitung dalam jam.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/rate_settings.py" line="203" />
      <source>Set in okuvol</source>
      <translation>Ditetapkan di okuvol</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/rate_settings.py" line="219" />
      <source>Added %1 from %2.</source>
      <translation>%1 ditambahkan, berlaku mulai %2.</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="58" />
      <source>Number</source>
      <translation>Nomor</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="59" />
      <source>Person</source>
      <translation>Orang</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="60" />
      <source>Organisation</source>
      <translation>Organisasi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="62" />
      <source>Hours</source>
      <translation>Jam</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="68" />
      <source>Issued</source>
      <translation>Diterbitkan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="73" />
      <source>Revoked</source>
      <translation>Dicabut</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="201" />
      <source>Make a document</source>
      <translation>Buat dokumen</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="202" />
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="221" />
      <source>Issued certificates</source>
      <translation>Sertifikat yang diterbitkan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="203" />
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="572" />
      <source>Check a certificate</source>
      <translation>Periksa sertifikat</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="208" />
      <source>Document:</source>
      <translation>Dokumen:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="209" />
      <source>Person:</source>
      <translation>Orang:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="210" />
      <source>Organisation:</source>
      <translation>Organisasi:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="211" />
      <source>Year:</source>
      <translation>Tahun:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="212" />
      <source>Language:</source>
      <translation>Bahasa:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="213" />
      <source>Paper:</source>
      <translation>Kertas:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="214" />
      <source>At least (hours):</source>
      <translation>Paling sedikit (jam):</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="215" />
      <source>Entries:</source>
      <translation>Catatan:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="216" />
      <source>Number:</source>
      <translation>Nomor:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="222" />
      <source>Document preview</source>
      <translation>Pratinjau dokumen</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="223" />
      <source>Verification code</source>
      <translation>Kode verifikasi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="227" />
      <source>Certificate for one person</source>
      <translation>Sertifikat untuk satu orang</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="228" />
      <source>Certificates for every volunteer</source>
      <translation>Sertifikat untuk setiap relawan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="229" />
      <source>A person's year</source>
      <translation>Setahun seseorang</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="230" />
      <source>An organisation's year</source>
      <translation>Setahun sebuah organisasi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="231" />
      <source>A person's portfolio (all their years)</source>
      <translation>Portofolio seseorang (semua tahunnya)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="237" />
      <source>As the organisation prefers</source>
      <translation>Sesuai pilihan organisasi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="242" />
      <source>US Letter</source>
      <translation>US Letter</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="243" />
      <source>List every approved entry</source>
      <translation>Cantumkan setiap catatan yang disetujui</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="244" />
      <source>A new number even if these facts are certified</source>
      <translation>Nomor baru meskipun fakta ini sudah disertifikasi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="245" />
      <source>&amp;Make</source>
      <translation>&amp;Buat</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="246" />
      <source>&amp;Issue</source>
      <translation>&amp;Terbitkan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="247" />
      <source>&amp;Save as…</source>
      <translation>&amp;Simpan sebagai…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="248" />
      <source>&amp;Print…</source>
      <translation>&amp;Cetak…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="249" />
      <source>&amp;Reprint the chosen one</source>
      <translation>&amp;Cetak ulang yang dipilih</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="252" />
      <source>Chec&amp;k</source>
      <translation>&amp;Periksa</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="253" />
      <source>Check a certificate &amp;file…</source>
      <translation>Periksa &amp;berkas sertifikat…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="310" />
      <source>Add people and organisations first.</source>
      <translation>Tambahkan orang dan organisasi terlebih dahulu.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="335" />
      <source>Making the preview…</source>
      <translation>Membuat pratinjau…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="350" />
      <source>Making the document…</source>
      <translation>Membuat dokumen…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="361" />
      <source>Portfolio %1.pdf</source>
      <translation>Portofolio %1.pdf</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="365" />
      <source>Making the portfolio…</source>
      <translation>Membuat portofolio…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="384" />
      <source>Certificate %1, issued on %2, already certifies these facts. Issue gives it again with its number.</source>
      <translation>Sertifikat %1, diterbitkan pada %2, sudah menyatakan fakta ini. Terbitkan memberikannya lagi dengan nomornya.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="393" />
      <source>A preview: %1 approved hours from %2 to %3. Nothing is issued until you choose Issue.</source>
      <translation>Pratinjau: %1 jam disetujui dari %2 sampai %3. Belum ada yang diterbitkan sampai Anda memilih Terbitkan.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="413" />
      <source>Issuing…</source>
      <translation>Menerbitkan…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="427" />
      <source>Certificate %1 was issued before for these facts; here it is again.</source>
      <translation>Sertifikat %1 sudah diterbitkan sebelumnya untuk fakta ini; inilah sertifikat itu lagi.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="429" />
      <source>Issued certificate %1.</source>
      <translation>Sertifikat %1 diterbitkan.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="444" />
      <source>Where should the certificates go?</source>
      <translation>Di mana sertifikat akan disimpan?</translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="454" />
      <source>%n certificate(s) written to %1</source>
      <translation>
        <numerusform>%n sertifikat ditulis ke %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="461" />
      <source>Writing certificates…</source>
      <translation>Menulis sertifikat…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="480" />
      <source>Save the document</source>
      <translation>Simpan dokumen</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="480" />
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="572" />
      <source>PDF documents (*.pdf)</source>
      <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="489" />
      <source>Saved to %1</source>
      <translation>Disimpan ke %1</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="504" />
      <source>Printing…</source>
      <translation>Mencetak…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="514" />
      <source>%n page(s) sent to the printer.</source>
      <translation>
        <numerusform>%n halaman dikirim ke pencetak.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="516" />
      <source>The printer could not be used.</source>
      <translation>Pencetak tidak dapat digunakan.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="540" />
      <source>Revoke certificate %1</source>
      <translation>Cabut sertifikat %1</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="541" />
      <source>Why is it withdrawn? Whoever checks it will read this.</source>
      <translation>Mengapa dicabut? Siapa pun yang memeriksanya akan membaca ini.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="548" />
      <source>Certificate %1 was revoked.</source>
      <translation>Sertifikat %1 telah dicabut.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="599" />
      <source>Not valid: %1</source>
      <translation>Tidak sah: %1</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="606" />
      <source>Valid document, signed by %1: %2</source>
      <translation>Dokumen sah, ditandatangani oleh %1: %2</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="612" />
      <source>Valid certificate %1, signed by %2.</source>
      <translation>Sertifikat %1 sah, ditandatangani oleh %2.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="607" />
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="614" />
      <source>the key given</source>
      <translation>kunci yang diberikan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="250" />
      <source>Re&amp;voke the chosen one…</source>
      <translation>Ca&amp;but yang dipilih…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="251" />
      <source>Paste a verification code (OKV2.…)</source>
      <translation>Tempel kode verifikasi (OKV2.…)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="615" />
      <source>%1 gave %2 approved volunteer hours with %3 from %4 to %5.</source>
      <translation>%1 memberikan %2 jam relawan yang disetujui bersama %3 dari %4 sampai %5.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="623" />
      <source>The records still agree.</source>
      <translation>Catatan masih sesuai.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="626" />
      <source>The records have changed since: they now hold %1 approved hours.</source>
      <translation>Catatan telah berubah sejak itu: kini berisi %1 jam yang disetujui.</translation>
    </message>
  </context>
  <context>
    <name>ReviewQueueBox</name>
    <message>
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="132" />
      <source>Awaiting review</source>
      <translation>Menunggu peninjauan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="135" />
      <source>Organisation</source>
      <translation>Organisasi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="136" />
      <source>Person</source>
      <translation>Orang</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="137" />
      <source>Entries</source>
      <translation>Catatan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="138" />
      <source>Hours</source>
      <translation>Jam</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="139" />
      <source>Waiting since</source>
      <translation>Menunggu sejak</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="142" />
      <source>Entries awaiting review</source>
      <translation>Catatan yang menunggu peninjauan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="143" />
      <source>&amp;Open in time log</source>
      <translation>&amp;Buka di catatan waktu</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="144" />
      <source>Approve all of this &amp;organisation…</source>
      <translation>Setujui semua dari &amp;organisasi ini…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="145" />
      <source>Approve a &amp;week…</source>
      <translation>Setujui satu &amp;minggu…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="167" />
      <source>%Ln entry(s) await review</source>
      <translation>
        <numerusform>%Ln catatan menunggu peninjauan</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="169" />
      <source>%1 h from %2</source>
      <translation>%1 jam dari %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="171" />
      <source>%Ln person(s)</source>
      <translation>
        <numerusform>%Ln orang</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="190" />
      <source>(%n sent again)</source>
      <translation>
        <numerusform>(%n dikirim ulang)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="263" />
      <source>Nothing awaits review there.</source>
      <translation>Tidak ada yang menunggu peninjauan di sana.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="267" />
      <source>Approve entries</source>
      <translation>Setujui catatan</translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="269" />
      <source>Approve %n entry(s) (%1)? You can undo this with Ctrl+Z.</source>
      <translation>
        <numerusform>Setujui %n catatan (%1)? Anda dapat membatalkannya dengan Ctrl+Z.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RoleDialog</name>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="380" />
      <source>Edit role</source>
      <translation>Ubah peran</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="380" />
      <source>New role</source>
      <translation>Peran baru</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="383" />
      <source>&amp;Person:</source>
      <translation>&amp;Orang:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="384" />
      <source>&amp;Organisation:</source>
      <translation>O&amp;rganisasi:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="385" />
      <source>&amp;Kind of work:</source>
      <translation>&amp;Jenis pekerjaan:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="386" />
      <source>&amp;Title:</source>
      <translation>&amp;Sebutan:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="387" />
      <source>&amp;Field:</source>
      <translation>&amp;Bidang:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="388" />
      <source>&amp;From:</source>
      <translation>&amp;Dari:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="389" />
      <source>&amp;Until:</source>
      <translation>&amp;Sampai:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="390" />
      <source>&amp;Paid by the hour:</source>
      <translation>&amp;Dibayar per jam:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="391" />
      <source>Hourly &amp;rate:</source>
      <translation>&amp;Tarif per jam:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="392" />
      <source>&amp;Currency:</source>
      <translation>&amp;Mata uang:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="393" />
      <source>&amp;Weekly hours:</source>
      <translation>Jam &amp;mingguan:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="403" />
      <source>Nurse, Reading tutor, Legal clinic helper…</source>
      <translation>Perawat, Tutor membaca, Pendamping klinik hukum…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="405" />
      <source>Open</source>
      <translation>Terbuka</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/people_dialogs.py" line="406" />
      <source>Not set</source>
      <translation>Belum diatur</translation>
    </message>
  </context>
  <context>
    <name>SchemeProgressPanel</name>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_progress.py" line="54" />
      <location filename="../../okuvol_desktop/ui/pages/scheme_progress.py" line="55" />
      <source>Schemes</source>
      <translation>Skema</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_progress.py" line="73" />
      <source>Reading their schemes…</source>
      <translation>Membaca skema mereka…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_progress.py" line="107" />
      <source>No scheme applies — assign one in Settings → Schemes.</source>
      <translation>Belum ada skema yang berlaku — tugaskan satu di Pengaturan → Skema.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_progress.py" line="117" />
      <source>No age band of this award fits them (see their birth date).</source>
      <translation>Tidak ada kelompok usia penghargaan ini yang cocok (lihat tanggal lahirnya).</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_progress.py" line="121" />
      <source>%1: %2 reached</source>
      <translation>%1: %2 tercapai</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_progress.py" line="125" />
      <source>%1: no tier reached yet</source>
      <translation>%1: belum mencapai tingkat mana pun</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_progress.py" line="128" />
      <source>%1 to %2</source>
      <translation>%1 menuju %2</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_progress.py" line="132" />
      <source>the highest tier</source>
      <translation>tingkat tertinggi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_progress.py" line="136" />
      <source>%1 approved, %2 awaiting review</source>
      <translation>%1 disetujui, %2 menunggu peninjauan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_progress.py" line="146" />
      <source>Cycle %1 – %2, counted in credits</source>
      <translation>Siklus %1 – %2, dihitung dalam kredit</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_progress.py" line="148" />
      <source>Cycle %1 – %2, counted in hours</source>
      <translation>Siklus %1 – %2, dihitung dalam jam</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_progress.py" line="154" />
      <source>%1 of %2 approved, %3 awaiting review</source>
      <translation>%1 dari %2 disetujui, %3 menunggu peninjauan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_progress.py" line="161" />
      <source>%1: %2 of %3 (%4)</source>
      <translation>%1: %2 dari %3 (%4)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_progress.py" line="165" />
      <source>met</source>
      <translation>terpenuhi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_progress.py" line="165" />
      <source>not yet</source>
      <translation>belum</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_progress.py" line="168" />
      <source>Met</source>
      <translation>Terpenuhi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_progress.py" line="170" />
      <source>Not met yet: %1 still needed</source>
      <translation>Belum terpenuhi: masih perlu %1</translation>
    </message>
  </context>
  <context>
    <name>SchemesPanel</name>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_settings.py" line="181" />
      <source>&amp;Add from file…</source>
      <translation>&amp;Tambah dari berkas…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_settings.py" line="182" />
      <source>Keep the scheme of an okuvol-scheme file (JSON)</source>
      <translation>Simpan skema dari berkas okuvol-scheme (JSON)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_settings.py" line="183" />
      <source>E&amp;xport…</source>
      <translation>E&amp;kspor…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_settings.py" line="185" />
      <source>Write the chosen scheme as a file, to change it or to share it</source>
      <translation>Tulis skema terpilih sebagai berkas, untuk mengubah atau membagikannya</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_settings.py" line="187" />
      <source>A&amp;ssign…</source>
      <translation>T&amp;ugaskan…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_settings.py" line="189" />
      <source>Give the chosen scheme to a person or to an organisation's volunteers</source>
      <translation>Berikan skema terpilih kepada seseorang atau kepada relawan suatu organisasi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_settings.py" line="191" />
      <source>&amp;Unassign…</source>
      <translation>&amp;Cabut…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_settings.py" line="192" />
      <source>Schemes</source>
      <translation>Skema</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_settings.py" line="193" />
      <source>The chosen scheme</source>
      <translation>Skema terpilih</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_settings.py" line="253" />
      <source>Choose a scheme to see its tiers or target, where it comes from, and whom it applies to. No scheme applies to anyone until you assign it.</source>
      <translation>Pilih skema untuk melihat tingkat atau targetnya, asalnya, dan kepada siapa skema itu berlaku. Tidak ada skema yang berlaku bagi siapa pun sampai Anda menugaskannya.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_settings.py" line="269" />
      <source>Add a scheme from a file</source>
      <translation>Tambahkan skema dari berkas</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_settings.py" line="271" />
      <source>okuvol schemes (*.json);;All files (*)</source>
      <translation>Skema okuvol (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_settings.py" line="286" />
      <source>%1 was not added: %2</source>
      <translation>%1 tidak ditambahkan: %2</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_settings.py" line="293" />
      <source>Added the scheme %1 from %2.</source>
      <translation>Skema %1 ditambahkan dari %2.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_settings.py" line="302" />
      <source>Replace the scheme?</source>
      <translation>Ganti skemanya?</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_settings.py" line="304" />
      <source>This ledger has a scheme called %1 already. Replace it with the one in %2? Whom it is assigned to stays as it is.</source>
      <translation>Buku catatan ini sudah memiliki skema bernama %1. Ganti dengan yang ada di %2? Penugasannya tetap seperti semula.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_settings.py" line="322" />
      <source>Export %1</source>
      <translation>Ekspor %1</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_settings.py" line="324" />
      <source>okuvol schemes (*.json)</source>
      <translation>Skema okuvol (*.json)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_settings.py" line="333" />
      <source>Wrote %1 to %2.</source>
      <translation>%1 ditulis ke %2.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_settings.py" line="342" />
      <source>Add a person or an organisation first.</source>
      <translation>Tambahkan seseorang atau sebuah organisasi terlebih dahulu.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_settings.py" line="350" />
      <source>%1 now applies to %2.</source>
      <translation>%1 kini berlaku bagi %2.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_settings.py" line="350" />
      <source>%1 applied to %2 already.</source>
      <translation>%1 sudah berlaku bagi %2.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_settings.py" line="363" />
      <source>%1 no longer applies to %2.</source>
      <translation>%1 tidak lagi berlaku bagi %2.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/settings.py" line="143" />
      <source>Database</source>
      <translation>Basis data</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/settings.py" line="144" />
      <source>Daily backups kept:</source>
      <translation>Cadangan harian yang disimpan:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/settings.py" line="144" />
      <source>Location:</source>
      <translation>Lokasi:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/settings.py" line="146" />
      <source>None</source>
      <translation>Tidak ada</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/settings.py" line="149" />
      <source>Each day okuvol opens a ledger file, it copies it into the folder okuvol-backups beside it, keeping this many days.</source>
      <translation>Setiap hari okuvol membuka berkas buku catatan, berkas itu disalin ke folder okuvol-backups di sebelahnya, disimpan selama sekian hari.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/settings.py" line="155" />
      <source>Work and language</source>
      <translation>Pekerjaan dan bahasa</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/settings.py" line="157" />
      <source>Language:</source>
      <translation>Bahasa:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/settings.py" line="158" />
      <source>Weeks start on:</source>
      <translation>Minggu dimulai pada:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/settings.py" line="159" />
      <source>Weekly limit (hours):</source>
      <translation>Batas mingguan (jam):</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/settings.py" line="160" />
      <source>New entries are:</source>
      <translation>Catatan baru berjenis:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/settings.py" line="161" />
      <source>Hours are written as:</source>
      <translation>Jam ditulis sebagai:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/settings.py" line="166" />
      <source>&amp;General</source>
      <translation>&amp;Umum</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/settings.py" line="167" />
      <source>&amp;Value of an hour</source>
      <translation>&amp;Nilai satu jam</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/settings.py" line="168" />
      <source>S&amp;chemes</source>
      <translation>S&amp;kema</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/settings.py" line="169" />
      <source>Settings sections</source>
      <translation>Bagian pengaturan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/settings.py" line="164" />
      <source>&amp;Open another database…</source>
      <translation>&amp;Buka basis data lain…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/settings.py" line="165" />
      <source>&amp;New database…</source>
      <translation>Basis data &amp;baru…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/settings.py" line="171" />
      <source>A week with more hours of both kinds together is flagged as overload</source>
      <translation>Minggu dengan jam kedua jenis yang lebih banyak dari ini ditandai sebagai beban berlebih</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/settings.py" line="224" />
      <source>Open a database</source>
      <translation>Buka basis data</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/settings.py" line="226" />
      <source>okuvol databases (*.sqlite3 *.db);;All files (*)</source>
      <translation>Basis data okuvol (*.sqlite3 *.db);;Semua berkas (*)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/settings.py" line="234" />
      <source>Create a database</source>
      <translation>Buat basis data</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/settings.py" line="236" />
      <source>okuvol databases (*.sqlite3)</source>
      <translation>Basis data okuvol (*.sqlite3)</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../okuvol_desktop/ui/help_menu.py" line="69" />
      <location filename="../../okuvol_desktop/ui/help_menu.py" line="80" />
      <source>Keyboard shortcuts</source>
      <translation>Pintasan papan ketik</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/help_menu.py" line="81" />
      <source>Action</source>
      <translation>Tindakan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/help_menu.py" line="81" />
      <source>Keys</source>
      <translation>Tombol</translation>
    </message>
  </context>
  <context>
    <name>TimeLogPage</name>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="166" />
      <source>&amp;New entry…</source>
      <translation>&amp;Catatan baru…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="167" />
      <source>Log hours (Ctrl+N)</source>
      <translation>Catat jam (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="168" />
      <source>&amp;Week grid…</source>
      <translation>&amp;Kisi mingguan…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="169" />
      <source>Type a whole week of hours at once (Ctrl+Shift+N)</source>
      <translation>Isi jam kerja satu minggu sekaligus (Ctrl+Shift+N)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="170" />
      <source>&amp;Edit…</source>
      <translation>&amp;Ubah…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="171" />
      <source>D&amp;uplicate…</source>
      <translation>&amp;Gandakan…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="172" />
      <source>&amp;Delete</source>
      <translation>&amp;Hapus</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="173" />
      <source>&amp;Submit</source>
      <translation>&amp;Ajukan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="175" />
      <source>Send the chosen drafts, or rejected entries once fixed, for review</source>
      <translation>Kirim draf yang dipilih, atau catatan ditolak yang sudah diperbaiki, untuk ditinjau</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="177" />
      <source>Review of the chosen entry</source>
      <translation>Peninjauan catatan yang dipilih</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="178" />
      <source>&amp;Approve</source>
      <translation>&amp;Setujui</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="179" />
      <source>Re&amp;ject…</source>
      <translation>&amp;Tolak…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="180" />
      <source>Find</source>
      <translation>Cari</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="181" />
      <source>&amp;Continue timer</source>
      <translation>&amp;Lanjutkan pengatur waktu</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="183" />
      <source>Start the timer again on this entry's role, description and category</source>
      <translation>Jalankan lagi pengatur waktu dengan peran, keterangan, dan kategori catatan ini</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="185" />
      <source>Entries</source>
      <translation>Catatan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="226" />
      <source>Loading…</source>
      <translation>Memuat…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="244" />
      <source>The ledger has changed since this list was loaded. Press F5 to see it.</source>
      <translation>Buku catatan telah berubah sejak daftar ini dimuat. Tekan F5 untuk melihatnya.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="312" />
      <source>No entries match these filters.</source>
      <translation>Tidak ada catatan yang cocok dengan saringan ini.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="316" />
      <source>No entries yet. Add people, organisations and roles, or fill the database with sample data.</source>
      <translation>Belum ada catatan. Tambahkan orang, organisasi, dan peran, atau isi basis data dengan data contoh.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="433" />
      <source>Log a week</source>
      <translation>Catat satu minggu</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="466" />
      <source>Log entry</source>
      <translation>Catat entri</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="506" />
      <source>Edit entry</source>
      <translation>Ubah catatan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="516" />
      <source>The entry has changed</source>
      <translation>Catatan ini sudah berubah</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="517" />
      <source>Open the entry as it is now?</source>
      <translation>Buka catatan seperti sekarang?</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="529" />
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="547" />
      <source>Delete entries</source>
      <translation>Hapus catatan</translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="530" />
      <source>Delete %n entry(s)? You can undo this with Ctrl+Z.</source>
      <translation>
        <numerusform>Hapus %n catatan? Anda dapat membatalkannya dengan Ctrl+Z.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="568" />
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="586" />
      <source>Reject entries</source>
      <translation>Tolak catatan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="568" />
      <source>Why are these hours rejected?</source>
      <translation>Mengapa jam ini ditolak?</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="351" />
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="584" />
      <source>Approve entries</source>
      <translation>Setujui catatan</translation>
    </message>
  </context>
  <context>
    <name>TimerBar</name>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="184" />
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="185" />
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="210" />
      <source>What are you working on?</source>
      <translation>Apa yang sedang Anda kerjakan?</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="187" />
      <source>What the entry will say; Enter starts the timer (Ctrl+Shift+T comes here)</source>
      <translation>Isi keterangan catatan; Enter menjalankan pengatur waktu (Ctrl+Shift+T menuju ke sini)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="189" />
      <source>No one yet</source>
      <translation>Belum ada orang</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="190" />
      <source>No role open</source>
      <translation>Tidak ada peran yang aktif</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="191" />
      <source>Whose time</source>
      <translation>Waktu milik siapa</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="192" />
      <source>Role</source>
      <translation>Peran</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="193" />
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="194" />
      <source>The timer is running</source>
      <translation>Pengatur waktu sedang berjalan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="195" />
      <source>Time elapsed</source>
      <translation>Waktu berlalu</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="196" />
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="197" />
      <source>Started at</source>
      <translation>Mulai pukul</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="199" />
      <source>When the work began: type an earlier time if you started the timer late</source>
      <translation>Kapan pekerjaan dimulai: ketik waktu yang lebih awal jika Anda terlambat menjalankan pengatur waktu</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="202" />
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="498" />
      <source>Discard</source>
      <translation>Buang</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="203" />
      <source>Discard the running timer</source>
      <translation>Buang pengatur waktu yang berjalan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="204" />
      <source>Throw the running timer away without logging it</source>
      <translation>Buang pengatur waktu yang berjalan tanpa mencatatnya</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="205" />
      <source>Continue</source>
      <translation>Lanjutkan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="206" />
      <source>Continue a recent piece of work</source>
      <translation>Lanjutkan pekerjaan terakhir</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="208" />
      <source>Start the timer again on a recent entry's role, description and category</source>
      <translation>Jalankan lagi pengatur waktu dengan peran, keterangan, dan kategori catatan terakhir</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="280" />
      <source>%1 at %2 (%3)</source>
      <translation>%1 di %2 (%3)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="342" />
      <source>No recent entries to continue</source>
      <translation>Tidak ada catatan terakhir untuk dilanjutkan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="346" />
      <source>%1 at %2</source>
      <translation>%1 di %2</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="368" />
      <source>Stop</source>
      <translation>Berhenti</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="369" />
      <source>Stop the timer and log the time</source>
      <translation>Hentikan pengatur waktu dan catat waktunya</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="370" />
      <source>Stop the timer and log the time (Ctrl+T)</source>
      <translation>Hentikan pengatur waktu dan catat waktunya (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="372" />
      <source>Start</source>
      <translation>Mulai</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="373" />
      <source>Start the timer</source>
      <translation>Jalankan pengatur waktu</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="374" />
      <source>Start timing this work (Ctrl+T)</source>
      <translation>Mulai menghitung waktu pekerjaan ini (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="442" />
      <source>Still reading the people; try again in a moment.</source>
      <translation>Masih membaca daftar orang; coba lagi sebentar lagi.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="449" />
      <source>There is no one to time yet. Add a person in People, give them a role at an organisation, then start the timer.</source>
      <translation>Belum ada orang yang waktunya dapat dihitung. Tambahkan orang di Orang, beri peran di sebuah organisasi, lalu jalankan pengatur waktu.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="457" />
      <source>%1 has no role open today. Give them a role at an organisation in People, then start the timer.</source>
      <translation>%1 tidak memiliki peran yang aktif hari ini. Berikan peran di sebuah organisasi di Orang, lalu jalankan pengatur waktu.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="481" />
      <source>Nothing to time yet</source>
      <translation>Belum ada yang dapat dihitung waktunya</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="485" />
      <source>Open People</source>
      <translation>Buka Orang</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="495" />
      <source>Discard the timer?</source>
      <translation>Buang pengatur waktu?</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="497" />
      <source>Discard it and nothing is logged, or keep it running.</source>
      <translation>Buang, maka tidak ada yang dicatat, atau biarkan tetap berjalan.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="499" />
      <source>Keep running</source>
      <translation>Biarkan berjalan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="513" />
      <source>The timer has run for less than a minute, too short to log.</source>
      <translation>Pengatur waktu berjalan kurang dari satu menit, terlalu singkat untuk dicatat.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_bar.py" line="534" />
      <source>Discard the timer that has run for %1?</source>
      <translation>Buang pengatur waktu yang sudah berjalan %1?</translation>
    </message>
  </context>
  <context>
    <name>TimerController</name>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_controller.py" line="61" />
      <source>Stop &amp;timer</source>
      <translation>Hentikan &amp;pengatur waktu</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_controller.py" line="62" />
      <source>Stop the timer and log the time (Ctrl+T)</source>
      <translation>Hentikan pengatur waktu dan catat waktunya (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_controller.py" line="64" />
      <source>Start &amp;timer</source>
      <translation>Jalankan &amp;pengatur waktu</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_controller.py" line="65" />
      <source>Start timing the work in the timer bar (Ctrl+T)</source>
      <translation>Mulai menghitung waktu pekerjaan di bilah pengatur waktu (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_controller.py" line="88" />
      <source>%1: %2 at %3 — %4</source>
      <translation>%1: %2 di %3 — %4</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/timer_controller.py" line="82" />
      <source>No timer is running</source>
      <translation>Tidak ada pengatur waktu yang berjalan</translation>
    </message>
  </context>
  <context>
    <name>UnassignSchemeDialog</name>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/scheme_dialogs.py" line="152" />
      <source>Unassign %1</source>
      <translation>Cabut %1</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/scheme_dialogs.py" line="153" />
      <source>&amp;Take it back from:</source>
      <translation>&amp;Cabut dari:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/scheme_dialogs.py" line="160" />
      <source>Every volunteer of %1</source>
      <translation>Setiap relawan %1</translation>
    </message>
  </context>
  <context>
    <name>WeekChoice</name>
    <message>
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="49" />
      <source>Approve a week</source>
      <translation>Setujui satu minggu</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="52" />
      <source>A day of the week to approve</source>
      <translation>Satu hari dalam minggu yang akan disetujui</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="61" />
      <source>Submitted hours at %1 in the week of:</source>
      <translation>Jam yang dikirim di %1 pada minggu:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="64" />
      <source>&amp;Day:</source>
      <translation>&amp;Hari:</translation>
    </message>
  </context>
  <context>
    <name>WeekGridDialog</name>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/week_grid_dialog.py" line="138" />
      <location filename="../../okuvol_desktop/ui/dialogs/week_grid_dialog.py" line="211" />
      <source>Week grid</source>
      <translation>Kisi mingguan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/week_grid_dialog.py" line="139" />
      <source>&amp;Person:</source>
      <translation>&amp;Orang:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/week_grid_dialog.py" line="140" />
      <location filename="../../okuvol_desktop/ui/dialogs/week_grid_dialog.py" line="142" />
      <source>Previous week</source>
      <translation>Minggu sebelumnya</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/week_grid_dialog.py" line="141" />
      <location filename="../../okuvol_desktop/ui/dialogs/week_grid_dialog.py" line="143" />
      <source>Next week</source>
      <translation>Minggu berikutnya</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/week_grid_dialog.py" line="144" />
      <source>Hours by role and day</source>
      <translation>Jam per peran dan hari</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/week_grid_dialog.py" line="145" />
      <source>This &amp;week</source>
      <translation>&amp;Minggu ini</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/week_grid_dialog.py" line="148" />
      <source>Type the hours of each day (2.5 or 2:30). Grey figures are hours already logged; what you type is added to them. Shaded days are outside a role or still to come.</source>
      <translation>Ketik jam setiap hari (2,5 atau 2:30). Angka abu-abu adalah jam yang sudah dicatat; yang Anda ketik ditambahkan. Hari yang diarsir berada di luar masa peran atau belum tiba.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/week_grid_dialog.py" line="153" />
      <source>Keep as &amp;drafts (submit them later)</source>
      <translation>Simpan sebagai &amp;draf (ajukan nanti)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/week_grid_dialog.py" line="154" />
      <source>&amp;Save week</source>
      <translation>&amp;Simpan minggu</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/week_grid_dialog.py" line="172" />
      <source>Add a person and a role first.</source>
      <translation>Tambahkan orang dan peran terlebih dahulu.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/week_grid_dialog.py" line="190" />
      <source>%1 has no role open in this week.</source>
      <translation>%1 tidak memiliki peran yang aktif pada minggu ini.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/week_grid_dialog.py" line="201" />
      <source>%1 – %2</source>
      <translation>%1 – %2</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/week_grid_dialog.py" line="212" />
      <source>Forget the hours typed for this week? They have not been saved.</source>
      <translation>Buang jam yang diketik untuk minggu ini? Jam itu belum disimpan.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/week_grid_dialog.py" line="241" />
      <source>New: %1 · week: %2</source>
      <translation>Baru: %1 · minggu: %2</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/week_grid_dialog.py" line="244" />
      <source>(over your weekly limit of %1)</source>
      <translation>(melebihi batas mingguan Anda %1)</translation>
    </message>
  </context>
  <context>
    <name>WeekGridModel</name>
    <message>
      <location filename="../../okuvol_desktop/ui/models/week_grid.py" line="211" />
      <source>This day has not come yet.</source>
      <translation>Hari tersebut belum tiba.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/models/week_grid.py" line="213" />
      <source>The role is not open on this day.</source>
      <translation>Peran ini tidak aktif pada hari tersebut.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/models/week_grid.py" line="216" />
      <source>Already logged: %1. Hours typed here are added to them.</source>
      <translation>Sudah dicatat: %1. Jam yang diketik di sini ditambahkan.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/models/week_grid.py" line="219" />
      <source>Type the hours, as 2.5 or 2:30.</source>
      <translation>Ketik jamnya, misalnya 2,5 atau 2:30.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/models/week_grid.py" line="267" />
      <location filename="../../okuvol_desktop/ui/models/week_grid.py" line="277" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
  </context>
  <context>
    <name>_CheckPage</name>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="495" />
      <source>Check before importing</source>
      <translation>Periksa sebelum mengimpor</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="497" />
      <source>The whole file was read and every row checked; nothing is written yet.</source>
      <translation>Seluruh berkas telah dibaca dan setiap baris diperiksa; belum ada yang ditulis.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="505" />
      <source>Checking every row…</source>
      <translation>Memeriksa setiap baris…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="537" />
      <source>This file cannot be imported: %Ln row(s) break a rule.</source>
      <translation>
        <numerusform>Berkas ini tidak dapat diimpor: %Ln baris melanggar aturan.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="540" />
      <source>Line %1: %2</source>
      <translation>Baris %1: %2</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="546" />
      <source>Nothing was written. Correct the file, or go back and fill what it lacks.</source>
      <translation>Tidak ada yang ditulis. Perbaiki berkasnya, atau kembali dan isi yang kurang.</translation>
    </message>
  </context>
  <context>
    <name>_FilePage</name>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="186" />
      <source>Which file?</source>
      <translation>Berkas yang mana?</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="189" />
      <source>An export of Toggl, Clockify or Kimai (CSV or Excel), Timewarrior's data or export, Watson's frames or log, or an okuvol CSV or JSON file.</source>
      <translation>Ekspor Toggl, Clockify atau Kimai (CSV atau Excel), data atau ekspor Timewarrior, frames atau log Watson, atau berkas CSV atau JSON okuvol.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="193" />
      <source>&amp;Browse…</source>
      <translation>&amp;Telusuri…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="195" />
      <source>&amp;File:</source>
      <translation>&amp;Berkas:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="195" />
      <source>F&amp;ormat:</source>
      <translation>F&amp;ormat:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="197" />
      <source>Nothing is written until you press Import on the last page.</source>
      <translation>Tidak ada yang ditulis sampai Anda menekan Impor di halaman terakhir.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="200" />
      <source>Choose the file to import</source>
      <translation>Pilih berkas yang akan diimpor</translation>
    </message>
  </context>
  <context>
    <name>_MappingPage</name>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="270" />
      <source>What the file holds</source>
      <translation>Isi berkas</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="273" />
      <source>Fill what the file does not say: it applies to the rows that say nothing themselves. The first rows are shown as they will be imported.</source>
      <translation>Isi apa yang tidak disebut berkas: isian berlaku untuk baris yang tidak menyebutnya sendiri. Baris-baris pertama ditampilkan seperti yang akan diimpor.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="281" />
      <source>&amp;Person:</source>
      <translation>&amp;Orang:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="282" />
      <source>&amp;Organisation:</source>
      <translation>O&amp;rganisasi:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="283" />
      <source>&amp;Kind:</source>
      <translation>&amp;Jenis:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="284" />
      <source>&amp;Every row:</source>
      <translation>&amp;Setiap baris:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="285" />
      <source>&amp;Time zone:</source>
      <translation>&amp;Zona waktu:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="286" />
      <source>&amp;Dates:</source>
      <translation>&amp;Tanggal:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="291" />
      <source>The first rows as they will be imported</source>
      <translation>Baris pertama sebagaimana akan diimpor</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="293" />
      <source>Use this organisation and kind for every row, whatever the file says</source>
      <translation>Gunakan organisasi dan jenis ini untuk setiap baris, apa pun isi berkas</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="298" />
      <source>As the file shows</source>
      <translation>Sesuai isi berkas</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="299" />
      <source>Day first (31/12/2026)</source>
      <translation>Hari dulu (31/12/2026)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="300" />
      <source>Month first (12/31/2026)</source>
      <translation>Bulan dulu (12/31/2026)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="306" />
      <source>As the file says</source>
      <translation>Sesuai berkas</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="313" />
      <source>Line</source>
      <translation>Baris</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="314" />
      <source>Date</source>
      <translation>Tanggal</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="315" />
      <source>Time</source>
      <translation>Waktu</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="316" />
      <source>Hours</source>
      <translation>Jam</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="317" />
      <source>Person</source>
      <translation>Orang</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="318" />
      <source>Organisation</source>
      <translation>Organisasi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="319" />
      <source>Role</source>
      <translation>Peran</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="320" />
      <source>Description</source>
      <translation>Deskripsi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="331" />
      <source>Reading the file…</source>
      <translation>Membaca berkas…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="362" />
      <source>The dates of this file can be read two ways. Line %1 says %2: is that %3 (day first) or %4 (month first)? Choose under Dates.</source>
      <translation>Tanggal di berkas ini dapat dibaca dengan dua cara. Baris %1 berisi %2: apakah itu %3 (hari dulu) atau %4 (bulan dulu)? Pilih di Tanggal.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="389" />
      <source>From the file's columns: %1</source>
      <translation>Dari kolom berkas: %1</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="402" />
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="403" />
      <source>person</source>
      <translation>orang</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="404" />
      <source>organisation</source>
      <translation>organisasi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="405" />
      <source>role</source>
      <translation>peran</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="406" />
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="407" />
      <source>description</source>
      <translation>deskripsi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="408" />
      <source>skills</source>
      <translation>keterampilan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="409" />
      <source>paid work</source>
      <translation>kerja berbayar</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="410" />
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="411" />
      <source>date</source>
      <translation>tanggal</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="412" />
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="413" />
      <source>start</source>
      <translation>mulai</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="414" />
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="415" />
      <source>end</source>
      <translation>selesai</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="420" />
      <source>left out: still running</source>
      <translation>tidak diambil: masih berjalan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="421" />
      <source>left out: longer than 24 hours</source>
      <translation>ditinggalkan: lebih dari 24 jam</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="422" />
      <source>left out: shorter than a minute</source>
      <translation>tidak diambil: kurang dari satu menit</translation>
    </message>
  </context>
  <context>
    <name>_Relay</name>
    <message>
      <location filename="../../okuvol_desktop/ui/tasks.py" line="69" />
      <source>Something went wrong: %1</source>
      <translation>Terjadi kesalahan: %1</translation>
    </message>
  </context>
  <context>
    <name>awards</name>
    <message>
      <location filename="../../okuvol_desktop/ui/labels.py" line="40" />
      <source>President's Volunteer Service Award</source>
      <translation>President's Volunteer Service Award (AS)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/labels.py" line="41" />
      <source>Kids (5-10)</source>
      <translation>Anak-anak (5-10)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/labels.py" line="42" />
      <source>Teens (11-15)</source>
      <translation>Remaja (11-15)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/labels.py" line="43" />
      <source>Young adults (16-25)</source>
      <translation>Dewasa muda (16-25)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/labels.py" line="44" />
      <source>Adults (26+)</source>
      <translation>Dewasa (26+)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/labels.py" line="45" />
      <source>Bronze</source>
      <translation>Perunggu</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/labels.py" line="46" />
      <source>Silver</source>
      <translation>Perak</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/labels.py" line="47" />
      <source>Gold</source>
      <translation>Emas</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../okuvol_desktop/ui/errors.py" line="20" />
      <source>okuvol</source>
      <translation>okuvol</translation>
    </message>
  </context>
  <context>
    <name>formats</name>
    <message>
      <location filename="../../okuvol_desktop/ui/formats.py" line="69" />
      <source>%1 h</source>
      <translation>%1 jam</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/formats.py" line="95" />
      <source>Hours and minutes (%1)</source>
      <translation>Jam dan menit (%1)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/formats.py" line="98" />
      <source>Decimal hours (%1)</source>
      <translation>Jam desimal (%1)</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../okuvol_desktop/ui/labels.py" line="15" />
      <source>Professional</source>
      <translation>Profesional</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/labels.py" line="16" />
      <source>Volunteer</source>
      <translation>Relawan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/labels.py" line="22" />
      <source>Draft</source>
      <translation>Draf</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/labels.py" line="23" />
      <source>Submitted</source>
      <translation>Diajukan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/labels.py" line="24" />
      <source>Approved</source>
      <translation>Disetujui</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/labels.py" line="25" />
      <source>Rejected</source>
      <translation>Ditolak</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/scheme_settings.py" line="207" />
      <location filename="../../okuvol_desktop/ui/pages/scheme_progress.py" line="76" />
      <location filename="../../okuvol_desktop/ui/labels.py" line="33" />
      <source>en</source>
      <comment>language code of this translation</comment>
      <translation>id</translation>
    </message>
  </context>
  <context>
    <name>review</name>
    <message>
      <location filename="../../okuvol_desktop/ui/review_text.py" line="25" />
      <source>role</source>
      <translation>peran</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_text.py" line="26" />
      <source>date</source>
      <translation>tanggal</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_text.py" line="27" />
      <source>start</source>
      <translation>mulai</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_text.py" line="28" />
      <source>end</source>
      <translation>selesai</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_text.py" line="29" />
      <source>hours</source>
      <translation>jam</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_text.py" line="30" />
      <source>field of service</source>
      <translation>bidang layanan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_text.py" line="31" />
      <source>description</source>
      <translation>keterangan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_text.py" line="32" />
      <source>place</source>
      <translation>tempat</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_text.py" line="33" />
      <source>people served</source>
      <translation>orang yang dilayani</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_text.py" line="52" />
      <source>a coordinator</source>
      <translation>seorang koordinator</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_text.py" line="55" />
      <source>Rejected by %1 on %2.</source>
      <translation>Ditolak oleh %1 pada %2.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_text.py" line="57" />
      <source>Approved by %1 on %2.</source>
      <translation>Disetujui oleh %1 pada %2.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_text.py" line="59" />
      <source>Sent again for review; last reviewed by %1 on %2.</source>
      <translation>Dikirim ulang untuk ditinjau; terakhir ditinjau oleh %1 pada %2.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_text.py" line="65" />
      <source>%1 Note: “%2”</source>
      <translation>%1 Catatan: “%2”</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_text.py" line="82" />
      <source>(none)</source>
      <translation>(kosong)</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_text.py" line="98" />
      <source>Nothing changed since the review.</source>
      <translation>Tidak ada yang berubah sejak peninjauan.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/review_text.py" line="104" />
      <source>Changed since the review: %1</source>
      <translation>Berubah sejak peninjauan: %1</translation>
    </message>
  </context>
  <context>
    <name>screenshots</name>
    <message>
      <location filename="../../okuvol_desktop/ui/screenshots.py" line="141" />
      <source>Morning clinic</source>
      <translation>Klinik pagi</translation>
    </message>
  </context>
</TS>
