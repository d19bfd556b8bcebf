<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>EntryTableModel</name>
    <message>
      <location filename="../../okuvol_desktop/ui/models/entry_table.py" line="39" />
      <source>Date</source>
      <translation>Tanggal</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/models/entry_table.py" line="40" />
      <source>Time</source>
      <translation>Waktu</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/models/entry_table.py" line="41" />
      <source>Hours</source>
      <translation>Jam</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/models/entry_table.py" line="42" />
      <source>Person</source>
      <translation>Orang</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/models/entry_table.py" line="43" />
      <source>Organisation</source>
      <translation>Organisasi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/models/entry_table.py" line="44" />
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/models/entry_table.py" line="45" />
      <source>Role</source>
      <translation>Peran</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/models/entry_table.py" line="46" />
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/models/entry_table.py" line="47" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="46" />
      <source>okuvol — paid and volunteer hours</source>
      <translation>okuvol — jam kerja berbayar dan relawan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="47" />
      <source>&amp;Overview</source>
      <translation>&amp;Ikhtisar</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="48" />
      <source>&amp;Time log</source>
      <translation>&amp;Catatan waktu</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="49" />
      <source>&amp;File</source>
      <translation>&amp;Berkas</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="50" />
      <source>&amp;View</source>
      <translation>&amp;Tampilan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="51" />
      <source>&amp;Quit</source>
      <translation>&amp;Keluar</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="52" />
      <source>&amp;Refresh</source>
      <translation>&amp;Muat ulang</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/main_window.py" line="53" />
      <source>The database this window shows</source>
      <translation>Basis data yang ditampilkan jendela ini</translation>
    </message>
  </context>
  <context>
    <name>OverviewPage</name>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/overview.py" line="81" />
      <source>Year:</source>
      <translation>Tahun:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/overview.py" line="82" />
      <source>Hours given</source>
      <translation>Jam yang diberikan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/overview.py" line="85" />
      <source>Professional (paid):</source>
      <translation>Profesional (berbayar):</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/overview.py" line="86" />
      <source>Volunteer:</source>
      <translation>Relawan:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/overview.py" line="87" />
      <source>Together:</source>
      <translation>Bersama:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/overview.py" line="88" />
      <source>People:</source>
      <translation>Orang:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/overview.py" line="89" />
      <source>Value of volunteer time:</source>
      <translation>Nilai waktu relawan:</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/overview.py" line="96" />
      <source>Organisation</source>
      <translation>Organisasi</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/overview.py" line="96" />
      <source>Professional hours</source>
      <translation>Jam profesional</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/overview.py" line="96" />
      <source>Volunteer hours</source>
      <translation>Jam relawan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/overview.py" line="109" />
      <source>Counting…</source>
      <translation>Menghitung…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/overview.py" line="126" />
      <source>No hours are recorded in this year yet.</source>
      <translation>Belum ada jam yang tercatat pada tahun ini.</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/overview.py" line="129" />
      <location filename="../../okuvol_desktop/ui/pages/overview.py" line="132" />
      <source>%1 h</source>
      <translation>%1 jam</translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/pages/overview.py" line="135" />
      <source>%1 h in %n entries</source>
      <translation>
        <numerusform>%1 jam dalam %n catatan</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/pages/overview.py" line="141" />
      <source>%n people: </source>
      <translation>
        <numerusform>%n orang: </numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/overview.py" line="142" />
      <source>%1 paid work only, %2 volunteer work only, %3 both</source>
      <translation>%1 hanya kerja berbayar, %2 hanya relawan, %3 keduanya</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/overview.py" line="148" />
      <source>not set</source>
      <translation>belum diatur</translation>
    </message>
  </context>
  <context>
    <name>TimeLogPage</name>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="66" />
      <source>Loading…</source>
      <translation>Memuat…</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="76" />
      <source>No entries yet. Log hours with “okuvol log”, or try “okuvol demo” on an empty database.</source>
      <translation>Belum ada catatan. Catat jam dengan “okuvol log”, atau coba “okuvol demo” pada basis data kosong.</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../okuvol_desktop/ui/labels.py" line="16" />
      <source>Professional</source>
      <translation>Profesional</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/labels.py" line="17" />
      <source>Volunteer</source>
      <translation>Relawan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/labels.py" line="23" />
      <source>Draft</source>
      <translation>Draf</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/labels.py" line="24" />
      <source>Submitted</source>
      <translation>Diajukan</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/labels.py" line="25" />
      <source>Approved</source>
      <translation>Disetujui</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/labels.py" line="26" />
      <source>Rejected</source>
      <translation>Ditolak</translation>
    </message>
    <message>
      <location filename="../../okuvol_desktop/ui/labels.py" line="34" />
      <source>en</source>
      <comment>language code of this translation</comment>
      <translation>id</translation>
    </message>
  </context>
</TS>
