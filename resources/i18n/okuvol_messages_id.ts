<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
  <context>
    <name>messages</name>
    <message>
      <source>{clock:%H:%M} does not exist on {day} in {key}: the clocks were moved forward at that time.</source>
      <translation>{clock:%H:%M} tidak ada pada {day} di {key}: jam dimajukan pada waktu itu.</translation>
    </message>
    <message>
      <source>'{hours}' is not a number of hours.</source>
      <translation>'{hours}' bukan jumlah jam.</translation>
    </message>
    <message>
      <source>An entry can last at most 24 hours (got {hours} hours).</source>
      <translation>Satu catatan paling lama 24 jam (tertulis {hours} jam).</translation>
    </message>
    <message>
      <source>Unknown time zone '{name}'; use a name such as Asia/Jakarta.</source>
      <translation>Zona waktu '{name}' tidak dikenal; gunakan nama seperti Asia/Jakarta.</translation>
    </message>
    <message>
      <source>'{text}' is not a number of hours; write it as 2.5 or 2:30.</source>
      <translation>'{text}' bukan jumlah jam; tulis seperti 2,5 atau 2:30.</translation>
    </message>
    <message>
      <source>The PKCS#12 file holds no key with its certificate.</source>
      <translation>Berkas PKCS#12 tidak berisi kunci beserta sertifikatnya.</translation>
    </message>
    <message>
      <source>The certificate in the file belongs to another key.</source>
      <translation>Sertifikat di dalam berkas milik kunci lain.</translation>
    </message>
    <message>
      <source>The file is not a PKCS#12 key file, or the password is wrong.</source>
      <translation>Berkas ini bukan berkas kunci PKCS#12, atau kata sandinya salah.</translation>
    </message>
    <message>
      <source>The RSA key has {bits} bits; take a key of at least 2048 bits.</source>
      <translation>Kunci RSA ini {bits} bit; gunakan kunci minimal 2048 bit.</translation>
    </message>
    <message>
      <source>The key is neither ECDSA nor RSA; PDF readers could not check its signatures.</source>
      <translation>Kunci ini bukan ECDSA maupun RSA; pembaca PDF tidak dapat memeriksa tanda tangannya.</translation>
    </message>
    <message>
      <source>The key file holds no certificate or public key; it should be the file 'okuvol org export-key' wrote.</source>
      <translation>Berkas kunci tidak berisi sertifikat atau kunci publik; seharusnya berkas yang ditulis oleh 'okuvol org export-key'.</translation>
    </message>
    <message>
      <source>The key file holds a damaged PEM block.</source>
      <translation>Berkas kunci berisi blok PEM yang rusak.</translation>
    </message>
    <message>
      <source>The key file holds a damaged {label} block.</source>
      <translation>Berkas kunci berisi blok {label} yang rusak.</translation>
    </message>
    <message>
      <source>The weekly volunteering budget ({budget} hours) cannot be above the weekly limit ({limit} hours).</source>
      <translation>Anggaran relawan mingguan ({budget} jam) tidak boleh melebihi batas mingguan ({limit} jam).</translation>
    </message>
    <message>
      <source>The period ends ({end}) before it starts ({start}).</source>
      <translation>Periode berakhir ({end}) sebelum dimulai ({start}).</translation>
    </message>
    <message>
      <source>{year} is not a year okuvol can count.</source>
      <translation>{year} bukan tahun yang dapat dihitung okuvol.</translation>
    </message>
    <message>
      <source>{day} is outside the role '{title}', which runs from {start} to {end}.</source>
      <translation>{day} berada di luar masa peran '{title}', yang berlaku dari {start} sampai {end}.</translation>
    </message>
    <message>
      <source>The review note</source>
      <translation>Catatan tinjauan</translation>
    </message>
    <message>
      <source>An entry must last more than 0 minutes (got {minutes}).</source>
      <translation>Sebuah catatan harus lebih dari 0 menit (tercatat {minutes}).</translation>
    </message>
    <message>
      <source>An entry can last at most 24 hours (got {duration} hours).</source>
      <translation>Sebuah catatan paling lama 24 jam (tercatat {duration} jam).</translation>
    </message>
    <message>
      <source>{day} is in the future; hours can be logged up to today ({today}).</source>
      <translation>{day} ada di masa depan; jam hanya dapat dicatat sampai hari ini ({today}).</translation>
    </message>
    <message>
      <source>{label} cannot be negative (got {amount}).</source>
      <translation>{label} tidak boleh negatif (tertulis {amount}).</translation>
    </message>
    <message>
      <source>{label} of {amount} is more than the ledger keeps (at most {largest}).</source>
      <translation>{label} sebesar {amount} melebihi yang dapat disimpan buku catatan (paling banyak {largest}).</translation>
    </message>
    <message>
      <source>Credits must be from 0 to {most} (got {credits}).</source>
      <translation>Kredit harus antara 0 dan {most} (tertulis {credits}).</translation>
    </message>
    <message>
      <source>Credits are kept to two decimal places (got {credits}).</source>
      <translation>Kredit disimpan dengan dua angka di belakang koma (tertulis {credits}).</translation>
    </message>
    <message>
      <source>The number of people served cannot be negative (got {beneficiaries}).</source>
      <translation>Jumlah orang yang dilayani tidak boleh negatif (tercatat {beneficiaries}).</translation>
    </message>
    <message>
      <source>{beneficiaries} people served is more than one entry can count (at most {most}).</source>
      <translation>{beneficiaries} orang yang dilayani melebihi yang dapat dihitung satu catatan (paling banyak {most}).</translation>
    </message>
    <message>
      <source>The entry ends at the minute it starts ({clock:%H:%M}); an end before the start crosses midnight. For a whole day, give 24 hours instead of times.</source>
      <translation>Catatan ini berakhir pada menit yang sama dengan mulainya ({clock:%H:%M}); waktu selesai sebelum waktu mulai berarti melewati tengah malam. Untuk satu hari penuh, isi 24 jam, bukan jam mulai dan selesai.</translation>
    </message>
    <message>
      <source>The entry ends at {end:%H:%M} on {day}, which is still to come; log it once it is over, or start the timer.</source>
      <translation>Catatan ini berakhir pukul {end:%H:%M} pada {day}, yang belum tiba; catat setelah selesai, atau jalankan pengatur waktu.</translation>
    </message>
    <message>
      <source>{duration} hours today would end after now ({now:%H:%M}); log the hours you have worked so far, or start the timer.</source>
      <translation>{duration} jam hari ini akan berakhir setelah saat ini ({now:%H:%M}); catat jam yang sudah Anda kerjakan, atau jalankan pengatur waktu.</translation>
    </message>
    <message>
      <source>the beginning</source>
      <translation>awal</translation>
    </message>
    <message>
      <source>the present</source>
      <translation>sekarang</translation>
    </message>
    <message>
      <source>Already approved: {entry}. Edit it if it is wrong, and it goes back for review.</source>
      <translation>Sudah disetujui: {entry}. Ubah jika keliru, lalu catatan itu kembali untuk ditinjau.</translation>
    </message>
    <message>
      <source>Not possible: {entry} is {current} and cannot become {target}.</source>
      <translation>Tidak mungkin: {entry} berstatus {current} dan tidak dapat menjadi {target}.</translation>
    </message>
    <message>
      <source>A rejection needs a note that tells the person why.</source>
      <translation>Penolakan memerlukan catatan yang menjelaskan alasannya kepada orang tersebut.</translation>
    </message>
    <message>
      <source>This overlaps {entry}.</source>
      <translation>Ini tumpang tindih dengan {entry}.</translation>
    </message>
    <message>
      <source>This is not a valid okuvol verification code: it should start with OKV2. and have three parts.</source>
      <translation>Ini bukan kode verifikasi okuvol yang sah: kode harus diawali OKV2. dan terdiri dari tiga bagian.</translation>
    </message>
    <message>
      <source>This is not a valid okuvol verification code: its signature is cut short.</source>
      <translation>Ini bukan kode verifikasi okuvol yang sah: tanda tangannya terpotong.</translation>
    </message>
    <message>
      <source>A certified text contains a control character.</source>
      <translation>Teks yang disertifikasi mengandung karakter kontrol.</translation>
    </message>
    <message>
      <source>This is not a valid okuvol verification code: it does not hold the facts of a certificate.</source>
      <translation>Ini bukan kode verifikasi okuvol yang sah: kode tidak memuat data sebuah sertifikat.</translation>
    </message>
    <message>
      <source>This is not a valid okuvol verification code: it contains characters that do not belong in a code.</source>
      <translation>Ini bukan kode verifikasi okuvol yang sah: kode mengandung karakter yang bukan bagian dari kode.</translation>
    </message>
    <message>
      <source>This is not a valid okuvol verification code: its facts are not readable text.</source>
      <translation>Ini bukan kode verifikasi okuvol yang sah: datanya bukan teks yang dapat dibaca.</translation>
    </message>
    <message>
      <source>This is not a valid okuvol verification code: a date or the hours in it are damaged.</source>
      <translation>Ini bukan kode verifikasi okuvol yang sah: tanggal atau jam di dalamnya rusak.</translation>
    </message>
    <message>
      <source>{label} holds bytes that are not text (not UTF-8); type it again.</source>
      <translation>{label} berisi bita yang bukan teks (bukan UTF-8); ketik ulang.</translation>
    </message>
    <message>
      <source>{label} holds an invisible control character ({code}); remove it.</source>
      <translation>{label} berisi karakter kendali yang tak terlihat ({code}); hapus karakter itu.</translation>
    </message>
    <message>
      <source>{label} is {length} characters long; the most it can be is {limit}.</source>
      <translation>Panjang {label} {length} karakter; paling banyak {limit}.</translation>
    </message>
    <message>
      <source>{label} must not be empty.</source>
      <translation>{label} tidak boleh kosong.</translation>
    </message>
    <message>
      <source>the {column} '{text}' is not a date (this file's dates are day/month/year)</source>
      <translation>{column} '{text}' bukan tanggal (tanggal di berkas ini berurutan hari/bulan/tahun)</translation>
    </message>
    <message>
      <source>The dates of this file can be read day first or month first: line {line} says {text}, which is {day_first} one way and {month_first} the other. Say which with --date-order dmy (day first) or --date-order mdy (month first).</source>
      <translation>Tanggal di berkas ini dapat dibaca hari dulu atau bulan dulu: baris {line} berisi {text}, yaitu {day_first} menurut cara pertama dan {month_first} menurut cara kedua. Tentukan dengan --date-order dmy (hari dulu) atau --date-order mdy (bulan dulu).</translation>
    </message>
    <message>
      <source>The dates of this file are written in two orders: line {day_line} has {day_text} (day first) and line {month_line} has {month_text} (month first). Make them one order, then import again.</source>
      <translation>Tanggal di berkas ini ditulis dengan dua urutan: baris {day_line} berisi {day_text} (hari dulu) dan baris {month_line} berisi {month_text} (bulan dulu). Samakan urutannya, lalu impor lagi.</translation>
    </message>
    <message>
      <source>the {column} '{text}' is not a date (this file's dates are month/day/year)</source>
      <translation>{column} '{text}' bukan tanggal (tanggal di berkas ini berurutan bulan/hari/tahun)</translation>
    </message>
    <message>
      <source>the {column} '{text}' is not a date (this file's dates are year-month-day)</source>
      <translation>{column} '{text}' bukan tanggal (tanggal di berkas ini berurutan tahun-bulan-hari)</translation>
    </message>
    <message>
      <source>--date-order {given} does not fit this file: line {line} has {text}, which can only be {found}.</source>
      <translation>--date-order {given} tidak cocok dengan berkas ini: baris {line} berisi {text}, yang hanya dapat dibaca {found}.</translation>
    </message>
    <message>
      <source>{file} is empty.</source>
      <translation>{file} kosong.</translation>
    </message>
    <message>
      <source>the {column} '{text}' is not one of {allowed}</source>
      <translation>{column} '{text}' bukan salah satu dari {allowed}</translation>
    </message>
    <message>
      <source>the minutes '{text}' are not a whole number</source>
      <translation>menit '{text}' bukan bilangan bulat</translation>
    </message>
    <message>
      <source>the review time or the people served cannot be read</source>
      <translation>waktu peninjauan atau jumlah orang yang dilayani tidak dapat dibaca</translation>
    </message>
    <message>
      <source>{file} is not an okuvol-json document.</source>
      <translation>{file} bukan dokumen okuvol-json.</translation>
    </message>
    <message>
      <source>{file} is okuvol-json version {version}; this okuvol reads version {supported}.</source>
      <translation>{file} adalah okuvol-json versi {version}; okuvol ini membaca versi {supported}.</translation>
    </message>
    <message>
      <source>{file} says it is okuvol-json, but its tables are not a list of rows each, as okuvol writes them.</source>
      <translation>{file} mengaku okuvol-json, tetapi tabelnya bukan daftar baris seperti yang ditulis okuvol.</translation>
    </message>
    <message>
      <source>the {column} '{text}' is not a time of day (write 14:30 or 2:30 PM)</source>
      <translation>{column} '{text}' bukan jam (tulis 14:30 atau 2:30 PM)</translation>
    </message>
    <message>
      <source>the Billable '{text}' says neither yes nor no</source>
      <translation>Billable '{text}' tidak menyatakan ya maupun tidak</translation>
    </message>
    <message>
      <source>{file} is not a {what} file: it is not text in UTF-8.</source>
      <translation>{file} bukan berkas {what}: isinya bukan teks UTF-8.</translation>
    </message>
    <message>
      <source>{file} is not a {what} file: line {line} cannot be read as CSV ({reason}).</source>
      <translation>{file} bukan berkas {what}: baris {line} tidak dapat dibaca sebagai CSV ({reason}).</translation>
    </message>
    <message>
      <source>{file} is not a {what} file: it looks like a workbook but cannot be opened ({reason}).</source>
      <translation>{file} bukan berkas {what}: tampak seperti buku kerja, tetapi tidak dapat dibuka ({reason}).</translation>
    </message>
    <message>
      <source>{file} is not complete JSON (line {line}: {reason}).</source>
      <translation>{file} bukan JSON yang utuh (baris {line}: {reason}).</translation>
    </message>
    <message>
      <source>{file} nests its values far deeper than an export of time does.</source>
      <translation>{file} menyusun nilainya jauh lebih dalam daripada ekspor waktu mana pun.</translation>
    </message>
    <message>
      <source>{file} holds a number of thousands of digits, which no export of time has.</source>
      <translation>{file} berisi angka dengan ribuan digit, yang tidak dimiliki ekspor waktu mana pun.</translation>
    </message>
    <message>
      <source>the {column} '{text}' is not a date (write 2026-03-02)</source>
      <translation>{column} '{text}' bukan tanggal (tulis 2026-03-02)</translation>
    </message>
    <message>
      <source>The first line of this {what} file has no '{column}' column; it names the columns: {header}.</source>
      <translation>Baris pertama berkas {what} ini tidak memiliki kolom '{column}'; kolom yang disebutkan: {header}.</translation>
    </message>
    <message>
      <source>{field} is missing from the scheme file.</source>
      <translation>{field} tidak ada di berkas skema.</translation>
    </message>
    <message>
      <source>The file is not an okuvol scheme: its "format" is not "okuvol-scheme".</source>
      <translation>Berkas ini bukan skema okuvol: "format"-nya bukan "okuvol-scheme".</translation>
    </message>
    <message>
      <source>The scheme file is of version {version}; this okuvol reads version 1.</source>
      <translation>Berkas skema ini versi {version}; okuvol ini membaca versi 1.</translation>
    </message>
    <message>
      <source>{field} must be a JSON object with named fields.</source>
      <translation>{field} harus berupa objek JSON dengan kolom bernama.</translation>
    </message>
    <message>
      <source>{field} must be text of 1 to {longest} characters.</source>
      <translation>{field} harus berupa teks 1 sampai {longest} karakter.</translation>
    </message>
    <message>
      <source>{field} must be a whole number from {low} to {high}, not {value}.</source>
      <translation>{field} harus bilangan bulat dari {low} sampai {high}, bukan {value}.</translation>
    </message>
    <message>
      <source>{field} must be a number more than 0 and at most 100,000, with at most two decimals, not {value}.</source>
      <translation>{field} harus angka lebih dari 0 dan paling banyak 100.000, dengan paling banyak dua angka di belakang koma, bukan {value}.</translation>
    </message>
    <message>
      <source>{field} must be true or false.</source>
      <translation>{field} harus true atau false.</translation>
    </message>
    <message>
      <source>{field} must be one of {choices}, not {value}.</source>
      <translation>{field} harus salah satu dari {choices}, bukan {value}.</translation>
    </message>
    <message>
      <source>{field} must be a list with at least one item.</source>
      <translation>{field} harus berupa daftar dengan sedikitnya satu isi.</translation>
    </message>
    <message>
      <source>{field} is above the band's max_age.</source>
      <translation>{field} lebih tinggi daripada max_age kelompok usia itu.</translation>
    </message>
    <message>
      <source>The scheme file is not valid JSON: {reason} on line {line}.</source>
      <translation>Berkas skema ini bukan JSON yang sah: {reason} pada baris {line}.</translation>
    </message>
    <message>
      <source>{field} is not a field of a scheme file here; the fields are: {fields}.</source>
      <translation>{field} bukan kolom berkas skema di sini; kolomnya: {fields}.</translation>
    </message>
    <message>
      <source>{field} names {name} twice.</source>
      <translation>{field} menyebut {name} dua kali.</translation>
    </message>
    <message>
      <source>The age bands {first} and {second} both fit people aged {age}; a person must fit one band only.</source>
      <translation>Kelompok usia {first} dan {second} sama-sama mencakup orang berusia {age}; setiap orang hanya boleh masuk satu kelompok.</translation>
    </message>
    <message>
      <source>{file} is not a Timewarrior file: it is neither its data (lines starting 'inc') nor `timew export` JSON.</source>
      <translation>{file} bukan berkas Timewarrior: bukan datanya (baris yang diawali 'inc') maupun JSON dari `timew export`.</translation>
    </message>
    <message>
      <source>{file} is JSON, but neither Watson's frames nor `watson log --json`: import Watson's frames file (in ~/.config/watson) or the output of `watson log --json`.</source>
      <translation>{file} berformat JSON, tetapi bukan frames Watson maupun `watson log --json`: impor berkas frames Watson (di ~/.config/watson) atau keluaran `watson log --json`.</translation>
    </message>
    <message>
      <source>{file} is not a Watson file: import its frames file or `watson log --json`.</source>
      <translation>{file} bukan berkas Watson: impor berkas frames-nya atau `watson log --json`.</translation>
    </message>
    <message>
      <source>its tags are not a list of words</source>
      <translation>tagnya bukan daftar kata</translation>
    </message>
    <message>
      <source>it ends ({end}) before it starts ({start})</source>
      <translation>berakhir ({end}) sebelum dimulai ({start})</translation>
    </message>
    <message>
      <source>This is not a Timewarrior export: it holds no list of intervals.</source>
      <translation>Ini bukan ekspor Timewarrior: tidak berisi daftar interval.</translation>
    </message>
    <message>
      <source>'{text}' is not a Timewarrior interval</source>
      <translation>'{text}' bukan interval Timewarrior</translation>
    </message>
    <message>
      <source>{file} is Watson's state file with no frame running: it holds nothing to import. Import Watson's frames file (in ~/.config/watson) or `watson log --json`.</source>
      <translation>{file} adalah berkas state Watson tanpa frame yang sedang berjalan: tidak ada yang dapat diimpor. Impor berkas frames Watson (di ~/.config/watson) atau `watson log --json`.</translation>
    </message>
    <message>
      <source>{file} is a Watson report (totals by project), not its frames: import Watson's frames file or the output of `watson log --json`.</source>
      <translation>{file} adalah laporan Watson (total per proyek), bukan frames-nya: impor berkas frames Watson atau keluaran `watson log --json`.</translation>
    </message>
    <message>
      <source>the {what} '{stamp}' is not a UTC time</source>
      <translation>{what} '{stamp}' bukan waktu UTC</translation>
    </message>
    <message>
      <source>the {what} '{value}' is not a time</source>
      <translation>{what} '{value}' bukan waktu</translation>
    </message>
    <message>
      <source>interval {number} has no start</source>
      <translation>interval {number} tidak memiliki awal</translation>
    </message>
    <message>
      <source>this is not a Watson frame</source>
      <translation>ini bukan frame Watson</translation>
    </message>
    <message>
      <source>{name} cannot be read as a PDF: {reason}.</source>
      <translation>{name} tidak dapat dibaca sebagai PDF: {reason}.</translation>
    </message>
    <message>
      <source>The database login</source>
      <translation>Login basis data</translation>
    </message>
    <message>
      <source>The database login '{login}' is longer than PostgreSQL keeps ({most} bytes).</source>
      <translation>Login basis data '{login}' lebih panjang daripada yang disimpan PostgreSQL ({most} bita).</translation>
    </message>
    <message>
      <source>PostgreSQL keeps logins starting pg_ for itself; choose another name.</source>
      <translation>PostgreSQL menyimpan login yang diawali pg_ untuk dirinya sendiri; pilih nama lain.</translation>
    </message>
    <message>
      <source>{reviewer} is the person of {entry}: no one approves or rejects their own hours. Ask a coordinator of the organisation.</source>
      <translation>{reviewer} adalah orang pemilik {entry}: tidak seorang pun menyetujui atau menolak jamnya sendiri. Mintalah kepada koordinator organisasi.</translation>
    </message>
    <message>
      <source>There is no entry with id {entry_id}.</source>
      <translation>Tidak ada catatan dengan id {entry_id}.</translation>
    </message>
    <message>
      <source>The ledger holds {current} entries; restoring {path} replaces them with its {entries}. Restore with --force (the current ledger is kept aside).</source>
      <translation>Buku catatan berisi {current} catatan; memulihkan {path} menggantinya dengan {entries} catatan miliknya. Pulihkan dengan --force (buku catatan saat ini disimpan terpisah).</translation>
    </message>
    <message>
      <source>Certificates can be printed in en or id, not '{language}'.</source>
      <translation>Sertifikat dapat dicetak dalam en atau id, bukan '{language}'.</translation>
    </message>
    <message>
      <source>Paper can be a4 or letter, not '{paper}'.</source>
      <translation>Kertas dapat berukuran a4 atau letter, bukan '{paper}'.</translation>
    </message>
    <message>
      <source>The period starts on {start}, after today; a certificate can only state hours already given.</source>
      <translation>Periode dimulai pada {start}, setelah hari ini; sertifikat hanya dapat menyatakan jam yang sudah diberikan.</translation>
    </message>
    <message>
      <source>The reason</source>
      <translation>Alasan</translation>
    </message>
    <message>
      <source>{person} has no approved volunteer hours at {organisation} from {start} to {end}; there is nothing to certify.</source>
      <translation>{person} tidak memiliki jam relawan yang disetujui di {organisation} dari {start} sampai {end}; tidak ada yang dapat disertifikasi.</translation>
    </message>
    <message>
      <source>The minimum of hours cannot be negative.</source>
      <translation>Jumlah jam minimum tidak boleh negatif.</translation>
    </message>
    <message>
      <source>Certificate {number} was revoked on {day} ({reason}); it is not printed again.</source>
      <translation>Sertifikat {number} telah dicabut pada {day} ({reason}); sertifikat ini tidak dicetak lagi.</translation>
    </message>
    <message>
      <source>The connection to the database was lost; nothing was changed. Check the network or the server, then try again.</source>
      <translation>Sambungan ke basis data terputus; tidak ada yang diubah. Periksa jaringan atau server, lalu coba lagi.</translation>
    </message>
    <message>
      <source>The disk that holds the ledger is full; nothing was written. Free some space, then try again.</source>
      <translation>Disk tempat buku catatan penuh; tidak ada yang ditulis. Kosongkan sebagian ruang, lalu coba lagi.</translation>
    </message>
    <message>
      <source>Someone else changed the same records at the same moment; nothing was changed. Try again.</source>
      <translation>Orang lain mengubah data yang sama pada saat yang sama; tidak ada yang diubah. Coba lagi.</translation>
    </message>
    <message>
      <source>The shared ledger refused a value as longer or larger than it keeps: {reason}. Nothing was changed.</source>
      <translation>Buku catatan bersama menolak nilai yang lebih panjang atau lebih besar daripada yang dapat disimpannya: {reason}. Tidak ada yang diubah.</translation>
    </message>
    <message>
      <source>This overlaps another entry of the same person, saved at the same moment from elsewhere; nothing was changed. Reload and look again.</source>
      <translation>Catatan ini tumpang tindih dengan catatan lain dari orang yang sama, yang disimpan pada saat yang sama dari tempat lain; tidak ada yang diubah. Muat ulang dan periksa lagi.</translation>
    </message>
    <message>
      <source>The shared ledger refused this, as its rules say: {reason}. Nothing was changed.</source>
      <translation>Buku catatan bersama menolak ini sesuai aturannya: {reason}. Tidak ada yang diubah.</translation>
    </message>
    <message>
      <source>The database does not allow this to your account: {reason}. Nothing was changed; a coordinator of the organisation can do it.</source>
      <translation>Basis data tidak mengizinkan akun Anda melakukan ini: {reason}. Tidak ada yang diubah; koordinator organisasi dapat melakukannya.</translation>
    </message>
    <message>
      <source>Give at least one person and no negative counts.</source>
      <translation>Berikan setidaknya satu orang dan tanpa jumlah negatif.</translation>
    </message>
    <message>
      <source>{entries} entries need at least {needed} people (one entry a day each at most in two years); raise --people.</source>
      <translation>{entries} catatan memerlukan setidaknya {needed} orang (paling banyak satu catatan sehari per orang dalam dua tahun); naikkan --people.</translation>
    </message>
    <message>
      <source>The database already holds data; demo fills an empty one only.</source>
      <translation>Basis data sudah berisi data; demo hanya mengisi basis data yang kosong.</translation>
    </message>
    <message>
      <source>A skill</source>
      <translation>Sebuah keterampilan</translation>
    </message>
    <message>
      <source>Give both a start and an end time (the {missing} is missing), or a number of hours.</source>
      <translation>Berikan waktu mulai dan waktu selesai ({missing} belum diisi), atau jumlah jam.</translation>
    </message>
    <message>
      <source>The role '{title}' is archived.</source>
      <translation>Peran '{title}' sudah diarsipkan.</translation>
    </message>
    <message>
      <source>{who} changed {entry} at {when}, after you opened it; nothing was saved. Reload it to see their change, then edit again.</source>
      <translation>{who} mengubah {entry} pada {when}, setelah Anda membukanya; tidak ada yang disimpan. Muat ulang untuk melihat perubahannya, lalu ubah lagi.</translation>
    </message>
    <message>
      <source>Give either hours or a start and end time, not both.</source>
      <translation>Berikan jumlah jam atau waktu mulai dan selesai, jangan keduanya.</translation>
    </message>
    <message>
      <source>Give the number of hours, or a start and end time.</source>
      <translation>Berikan jumlah jam, atau waktu mulai dan selesai.</translation>
    </message>
    <message>
      <source>The description</source>
      <translation>Uraian</translation>
    </message>
    <message>
      <source>The place</source>
      <translation>Tempat</translation>
    </message>
    <message>
      <source>{name} is archived; restore it before logging hours.</source>
      <translation>{name} sudah diarsipkan; pulihkan dulu sebelum mencatat jam.</translation>
    </message>
    <message>
      <source>{file} is {size} MB; evidence files may be up to 20 MB.</source>
      <translation>{file} berukuran {size} MB; berkas bukti paling besar 20 MB.</translation>
    </message>
    <message>
      <source>{file} cannot be read: {reason}.</source>
      <translation>{file} tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
      <source>{file} has changed since it was kept (its SHA-256 differs); it is not saved.</source>
      <translation>{file} telah berubah sejak disimpan (SHA-256-nya berbeda); berkas tidak disimpan.</translation>
    </message>
    <message>
      <source>An entry can only move to another role of the same person.</source>
      <translation>Sebuah catatan hanya dapat dipindahkan ke peran lain milik orang yang sama.</translation>
    </message>
    <message>
      <source>Not deleted: {entry} is {status} and is kept as a record.</source>
      <translation>Tidak dihapus: {entry} berstatus {status} dan disimpan sebagai arsip.</translation>
    </message>
    <message>
      <source>'{format}' is not an export format; use csv, json or ics.</source>
      <translation>'{format}' bukan format ekspor; gunakan csv, json, atau ics.</translation>
    </message>
    <message>
      <source>Only the whole-ledger JSON carries keys.</source>
      <translation>Hanya JSON seluruh buku catatan yang membawa kunci.</translation>
    </message>
    <message>
      <source>{file} was written by a ledger at schema {schema}; this okuvol is at {head}. Open it with the okuvol that wrote it, or restore a backup instead.</source>
      <translation>{file} ditulis oleh buku catatan dengan skema {schema}; okuvol ini pada skema {head}. Buka dengan okuvol yang menulisnya, atau pulihkan cadangan.</translation>
    </message>
    <message>
      <source>A JSON export holds the whole ledger; filters apply to csv and ics.</source>
      <translation>Ekspor JSON berisi seluruh buku catatan; penyaring berlaku untuk csv dan ics.</translation>
    </message>
    <message>
      <source>okuvol-json brings back a whole ledger; import it into an empty database (okuvol --db new.sqlite3 import FILE --format okuvol-json).</source>
      <translation>okuvol-json memulihkan seluruh buku catatan; impor ke basis data kosong (okuvol --db baru.sqlite3 import BERKAS --format okuvol-json).</translation>
    </message>
    <message>
      <source>{file} cannot be loaded: the {table} rows are not as okuvol wrote them ({reason}).</source>
      <translation>{file} tidak dapat dimuat: baris {table} tidak seperti yang ditulis okuvol ({reason}).</translation>
    </message>
    <message>
      <source>Give the name of the file to write.</source>
      <translation>Berikan nama berkas yang akan ditulis.</translation>
    </message>
    <message>
      <source>{out} is a symbolic link; give the name of a file, not of a link.</source>
      <translation>{out} adalah tautan simbolik; berikan nama berkas, bukan nama tautan.</translation>
    </message>
    <message>
      <source>{out} is a folder; give the name of a file in it (for example {example}).</source>
      <translation>{out} adalah folder; berikan nama berkas di dalamnya (misalnya {example}).</translation>
    </message>
    <message>
      <source>{out} is not a file but a device or a pipe; give the name of a file.</source>
      <translation>{out} bukan berkas, melainkan perangkat atau pipa; berikan nama berkas.</translation>
    </message>
    <message>
      <source>Give the folder to write into.</source>
      <translation>Berikan folder tujuan penulisan.</translation>
    </message>
    <message>
      <source>{out} is a file, not a folder; give a folder for the documents.</source>
      <translation>{out} adalah berkas, bukan folder; berikan folder untuk dokumen.</translation>
    </message>
    <message>
      <source>{out} is the ledger itself (or one of its files); writing there would destroy it. Choose another name.</source>
      <translation>{out} adalah buku catatan itu sendiri (atau salah satu berkasnya); menulis di sana akan merusaknya. Pilih nama lain.</translation>
    </message>
    <message>
      <source>Could not write {file}: {reason}. Nothing was written under that name.</source>
      <translation>Tidak dapat menulis {file}: {reason}. Tidak ada yang ditulis dengan nama itu.</translation>
    </message>
    <message>
      <source>{out} cannot be written: {reason}.</source>
      <translation>{out} tidak dapat ditulis: {reason}.</translation>
    </message>
    <message>
      <source>A goal needs more than 0 hours (got {hours}).</source>
      <translation>Target memerlukan lebih dari 0 jam (tercatat {hours}).</translation>
    </message>
    <message>
      <source>A goal of {hours} hours is more than a year holds ({most} hours).</source>
      <translation>Target {hours} jam melebihi jumlah jam dalam setahun ({most} jam).</translation>
    </message>
    <message>
      <source>Entries added: {added} ({professional} h professional, {volunteer} h volunteer); rows read: {rows}.</source>
      <translation>Catatan ditambahkan: {added} ({professional} jam profesional, {volunteer} jam relawan); baris dibaca: {rows}.</translation>
    </message>
    <message>
      <source>Entries that would be added: {added} ({professional} h professional, {volunteer} h volunteer); rows read: {rows}.</source>
      <translation>Catatan yang akan ditambahkan: {added} ({professional} jam profesional, {volunteer} jam relawan); baris dibaca: {rows}.</translation>
    </message>
    <message>
      <source>Nothing new: every span of this file is already in the ledger.</source>
      <translation>Tidak ada yang baru: setiap rentang waktu di berkas ini sudah ada di buku catatan.</translation>
    </message>
    <message>
      <source>Imported before, passed over: {count}.</source>
      <translation>Sudah diimpor sebelumnya, dilewati: {count}.</translation>
    </message>
    <message>
      <source>Repeated in the file, taken once: {count}.</source>
      <translation>Berulang di dalam berkas, diambil sekali: {count}.</translation>
    </message>
    <message>
      <source>Shorter than a minute, left out: {count}.</source>
      <translation>Lebih pendek dari satu menit, ditinggalkan: {count}.</translation>
    </message>
    <message>
      <source>Still running, left out: {count} (lines: {lines}).</source>
      <translation>Masih berjalan, ditinggalkan: {count} (baris: {lines}).</translation>
    </message>
    <message>
      <source>Longer than 24 hours (a timer left running?), left out: {count} (lines: {lines}). Log the real hours by hand.</source>
      <translation>Lebih dari 24 jam (pengatur waktu lupa dihentikan?), ditinggalkan: {count} (baris: {lines}). Catat jam yang sebenarnya secara manual.</translation>
    </message>
    <message>
      <source>The file's times carry no time zone; they were read in {zone}.</source>
      <translation>Waktu di berkas ini tidak menyebut zona waktu; waktu dibaca dalam zona {zone}.</translation>
    </message>
    <message>
      <source>Entries that overlap other timed entries of the same person: {count}; they are kept as the file has them.</source>
      <translation>Catatan yang tumpang tindih dengan catatan berwaktu lain dari orang yang sama: {count}; dibiarkan seperti di berkas.</translation>
    </message>
    <message>
      <source>Dates were read day first, as you said.</source>
      <translation>Tanggal dibaca hari dulu, sesuai pilihan Anda.</translation>
    </message>
    <message>
      <source>Dates were read day first, as the file shows.</source>
      <translation>Tanggal dibaca hari dulu, sesuai isi berkas.</translation>
    </message>
    <message>
      <source>People to create: {count} ({names}).</source>
      <translation>Orang yang akan dibuat: {count} ({names}).</translation>
    </message>
    <message>
      <source>People created: {count} ({names}).</source>
      <translation>Orang yang dibuat: {count} ({names}).</translation>
    </message>
    <message>
      <source>Organisations to create: {count} ({names}).</source>
      <translation>Organisasi yang akan dibuat: {count} ({names}).</translation>
    </message>
    <message>
      <source>Organisations created: {count} ({names}).</source>
      <translation>Organisasi yang dibuat: {count} ({names}).</translation>
    </message>
    <message>
      <source>Roles to create: {count} ({names}).</source>
      <translation>Peran yang akan dibuat: {count} ({names}).</translation>
    </message>
    <message>
      <source>Roles created: {count} ({names}).</source>
      <translation>Peran yang dibuat: {count} ({names}).</translation>
    </message>
    <message>
      <source>Dates were read month first, as you said.</source>
      <translation>Tanggal dibaca bulan dulu, sesuai pilihan Anda.</translation>
    </message>
    <message>
      <source>Dates were read month first, as the file shows.</source>
      <translation>Tanggal dibaca bulan dulu, sesuai isi berkas.</translation>
    </message>
    <message>
      <source>Nothing was imported from {file}; rows that cannot be imported: {total}. {lines}</source>
      <translation>Tidak ada yang diimpor dari {file}; baris yang tidak dapat diimpor: {total}. {lines}</translation>
    </message>
    <message>
      <source>There is no file at {path}.</source>
      <translation>Tidak ada berkas di {path}.</translation>
    </message>
    <message>
      <source>The organisation's name</source>
      <translation>Nama organisasi</translation>
    </message>
    <message>
      <source>'{format}' is not a format okuvol imports; use one of {formats}.</source>
      <translation>'{format}' bukan format yang dapat diimpor okuvol; gunakan salah satu dari {formats}.</translation>
    </message>
    <message>
      <source>it names no person (give --person)</source>
      <translation>tidak menyebut orang (berikan --person)</translation>
    </message>
    <message>
      <source>it names no organisation (give --org)</source>
      <translation>tidak menyebut organisasi (berikan --org)</translation>
    </message>
    <message>
      <source>it does not say whether the work was paid or volunteer (give --kind)</source>
      <translation>tidak menyebut apakah pekerjaan itu berbayar atau relawan (berikan --kind)</translation>
    </message>
    <message>
      <source>{name} is archived</source>
      <translation>{name} sudah diarsipkan</translation>
    </message>
    <message>
      <source>The reviewer's name</source>
      <translation>Nama peninjau</translation>
    </message>
    <message>
      <source>The name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <source>Certificates can be printed in English (en) or Indonesian (id), not '{language}'.</source>
      <translation>Sertifikat dapat dicetak dalam bahasa Inggris (en) atau Indonesia (id), bukan '{language}'.</translation>
    </message>
    <message>
      <source>The logo {logo} is larger than 2 MB; take a smaller picture.</source>
      <translation>Logo {logo} lebih besar dari 2 MB; gunakan gambar yang lebih kecil.</translation>
    </message>
    <message>
      <source>The verification address must start with https:// (it is put in the QR code).</source>
      <translation>Alamat verifikasi harus diawali https:// (alamat ini dimasukkan ke dalam kode QR).</translation>
    </message>
    <message>
      <source>The logo file {logo} cannot be read: {reason}.</source>
      <translation>Berkas logo {logo} tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
      <source>The logo {logo} must be a PNG or JPEG picture.</source>
      <translation>Logo {logo} harus berupa gambar PNG atau JPEG.</translation>
    </message>
    <message>
      <source>{name} has {count} entries and cannot be deleted; archive it instead.</source>
      <translation>{name} memiliki {count} catatan dan tidak dapat dihapus; arsipkan saja.</translation>
    </message>
    <message>
      <source>'{email}' is not an e-mail address.</source>
      <translation>'{email}' bukan alamat surel.</translation>
    </message>
    <message>
      <source>The birth date {birth_date} is in the future.</source>
      <translation>Tanggal lahir {birth_date} ada di masa depan.</translation>
    </message>
    <message>
      <source>{full_name} has {count} entries and cannot be deleted; archive them instead.</source>
      <translation>{full_name} memiliki {count} catatan dan tidak dapat dihapus; arsipkan saja.</translation>
    </message>
    <message>
      <source>{person} has no hours approved or awaiting review and no certificates from {start} to {end}: a portfolio would be empty.</source>
      <translation>{person} tidak memiliki jam yang disetujui atau menunggu peninjauan dan tidak memiliki sertifikat dari {start} sampai {end}: portofolionya akan kosong.</translation>
    </message>
    <message>
      <source>The value of an hour</source>
      <translation>Nilai satu jam</translation>
    </message>
    <message>
      <source>The value of an hour must be more than 0; type what an hour is worth.</source>
      <translation>Nilai satu jam harus lebih dari 0; ketik berapa nilai satu jam.</translation>
    </message>
    <message>
      <source>'{currency}' is not a three-letter currency code such as IDR.</source>
      <translation>'{currency}' bukan kode mata uang tiga huruf seperti IDR.</translation>
    </message>
    <message>
      <source>No rate preset is called {preset}; okuvol rate presets lists them.</source>
      <translation>Tidak ada tarif siap pakai bernama {preset}; okuvol rate presets menampilkan daftarnya.</translation>
    </message>
    <message>
      <source>A rate in {code} from {valid_from} exists already.</source>
      <translation>Tarif dalam {code} mulai {valid_from} sudah ada.</translation>
    </message>
    <message>
      <source>The role ends ({end_date}) before it starts ({start_date}).</source>
      <translation>Peran berakhir ({end_date}) sebelum dimulai ({start_date}).</translation>
    </message>
    <message>
      <source>The hourly rate</source>
      <translation>Tarif per jam</translation>
    </message>
    <message>
      <source>The role's title</source>
      <translation>Nama peran</translation>
    </message>
    <message>
      <source>The field of work</source>
      <translation>Bidang kerja</translation>
    </message>
    <message>
      <source>{person} does both professional and volunteer work at {organisation}; say which kind (--kind professional or --kind volunteer).</source>
      <translation>{person} melakukan pekerjaan profesional dan relawan di {organisation}; sebutkan jenisnya (--kind professional atau --kind volunteer).</translation>
    </message>
    <message>
      <source>{person} has several roles at {organisation}: {titles}; name one with --role.</source>
      <translation>{person} memiliki beberapa peran di {organisation}: {titles}; pilih satu dengan --role.</translation>
    </message>
    <message>
      <source>{name}'s timer is running; stop it (the time becomes an entry) or cancel it first.</source>
      <translation>Pengatur waktu {name} sedang berjalan; hentikan dulu (waktunya menjadi catatan) atau batalkan.</translation>
    </message>
    <message>
      <source>A volunteer role has no hourly rate.</source>
      <translation>Peran relawan tidak memiliki tarif per jam.</translation>
    </message>
    <message>
      <source>Give the currency of the hourly rate, e.g. IDR.</source>
      <translation>Berikan mata uang tarif per jam, misalnya IDR.</translation>
    </message>
    <message>
      <source>Contracted weekly hours must be between 0 and 168 (got {weekly_hours}).</source>
      <translation>Jam kerja mingguan sesuai kontrak harus antara 0 dan 168 (tercatat {weekly_hours}).</translation>
    </message>
    <message>
      <source>{person} has no role at {organisation} that fits (kind: {kind}; role: {role}).</source>
      <translation>{person} tidak memiliki peran yang sesuai di {organisation} (jenis: {kind}; peran: {role}).</translation>
    </message>
    <message>
      <source>{person} has no role at {organisation}.</source>
      <translation>{person} tidak memiliki peran di {organisation}.</translation>
    </message>
    <message>
      <source>Entries from {first} are logged in this role; the role must start by then.</source>
      <translation>Ada catatan sejak {first} dalam peran ini; peran harus dimulai paling lambat tanggal itu.</translation>
    </message>
    <message>
      <source>Entries up to {last} are logged in this role; the role must not end before.</source>
      <translation>Ada catatan sampai {last} dalam peran ini; peran tidak boleh berakhir lebih awal.</translation>
    </message>
    <message>
      <source>The role '{title}' has {count} entries and cannot be deleted; archive it instead.</source>
      <translation>Peran '{title}' memiliki {count} catatan dan tidak dapat dihapus; arsipkan saja.</translation>
    </message>
    <message>
      <source>Name either a person or an organisation (--person or --org), not both.</source>
      <translation>Sebutkan seseorang atau sebuah organisasi (--person atau --org), bukan keduanya.</translation>
    </message>
    <message>
      <source>No scheme is called {name}; okuvol scheme list shows them.</source>
      <translation>Tidak ada skema bernama {name}; okuvol scheme list menampilkan daftarnya.</translation>
    </message>
    <message>
      <source>{file} is not a text file in UTF-8; save it as UTF-8.</source>
      <translation>{file} bukan berkas teks UTF-8; simpan sebagai UTF-8.</translation>
    </message>
    <message>
      <source>{whom} does not have the scheme {name}.</source>
      <translation>{whom} tidak memiliki skema {name}.</translation>
    </message>
    <message>
      <source>The ledger has a scheme called {name} already; to change it, add the file with --replace (its assignments stay).</source>
      <translation>Buku catatan sudah memiliki skema bernama {name}; untuk mengubahnya, tambahkan berkasnya dengan --replace (penugasannya tetap).</translation>
    </message>
    <message>
      <source>{file} cannot be loaded: the signing key {key} is damaged (its public key, fingerprint and certificate do not agree).</source>
      <translation>{file} tidak dapat dimuat: kunci penanda tangan {key} rusak (kunci publik, sidik jari, dan sertifikatnya tidak cocok).</translation>
    </message>
    <message>
      <source>{file} cannot be loaded: the private key of {holder} is damaged or belongs to another key.</source>
      <translation>{file} tidak dapat dimuat: kunci privat {holder} rusak atau milik kunci lain.</translation>
    </message>
    <message>
      <source>This key ({fingerprint}) is already known to the ledger.</source>
      <translation>Kunci ini ({fingerprint}) sudah dikenal oleh buku catatan.</translation>
    </message>
    <message>
      <source>Summaries can be written in en or id, not '{language}'.</source>
      <translation>Ringkasan dapat ditulis dalam en atau id, bukan '{language}'.</translation>
    </message>
    <message>
      <source>The timer has run for less than a minute; there is nothing to log yet (cancel it to discard it).</source>
      <translation>Pengatur waktu berjalan kurang dari satu menit; belum ada yang dapat dicatat (batalkan untuk membuangnya).</translation>
    </message>
    <message>
      <source>No timer is running for {full_name}.</source>
      <translation>Tidak ada pengatur waktu yang berjalan untuk {full_name}.</translation>
    </message>
    <message>
      <source>A timer is already running for {full_name} since {started:%Y-%m-%d %H:%M}; stop it first.</source>
      <translation>Pengatur waktu sudah berjalan untuk {full_name} sejak {started:%Y-%m-%d %H:%M}; hentikan dulu.</translation>
    </message>
    <message>
      <source>No timer is running.</source>
      <translation>Tidak ada pengatur waktu yang berjalan.</translation>
    </message>
    <message>
      <source>{count} timers are running; say whose to stop with --person.</source>
      <translation>{count} pengatur waktu sedang berjalan; sebutkan milik siapa yang dihentikan dengan --person.</translation>
    </message>
    <message>
      <source>The timer has run since {begin:%Y-%m-%d %H:%M}, more than 24 hours; cancel it and log the hours by hand.</source>
      <translation>Pengatur waktu berjalan sejak {begin:%Y-%m-%d %H:%M}, lebih dari 24 jam; batalkan dan catat jamnya secara manual.</translation>
    </message>
    <message>
      <source>{start:%Y-%m-%d %H:%M} is still to come; the timer can only have started by now ({now:%H:%M}).</source>
      <translation>{start:%Y-%m-%d %H:%M} belum tiba; pengatur waktu hanya bisa dimulai paling lambat sekarang ({now:%H:%M}).</translation>
    </message>
    <message>
      <source>{start:%Y-%m-%d %H:%M} is 24 hours ago or more; a timer spans less than a day. Log longer work by hand.</source>
      <translation>{start:%Y-%m-%d %H:%M} sudah 24 jam lalu atau lebih; pengatur waktu mencakup kurang dari sehari. Catat pekerjaan yang lebih lama secara manual.</translation>
    </message>
    <message>
      <source>Only the owner of the shared ledger sees every entry, so only they can check the kept totals.</source>
      <translation>Hanya pemilik buku catatan bersama yang melihat setiap catatan, jadi hanya dia yang dapat memeriksa total yang disimpan.</translation>
    </message>
    <message>
      <source>The file's signature is damaged and cannot be checked.</source>
      <translation>Tanda tangan berkas rusak dan tidak dapat diperiksa.</translation>
    </message>
    <message>
      <source>No organisation in this ledger has the key {key_fingerprint}; check it with --key and the key file the organisation published.</source>
      <translation>Tidak ada organisasi di buku catatan ini yang memiliki kunci {key_fingerprint}; periksa dengan --key dan berkas kunci yang diterbitkan organisasi tersebut.</translation>
    </message>
    <message>
      <source>No organisation in this ledger has the key that signed this file (a key in the name of {holder}, {key_fingerprint}); anyone can make a key in any name. Check it with --key and the key file the organisation published.</source>
      <translation>Tidak ada organisasi di buku catatan ini yang memiliki kunci yang menandatangani berkas ini (kunci atas nama {holder}, {key_fingerprint}); siapa pun dapat membuat kunci atas nama apa pun. Periksa dengan --key dan berkas kunci yang diterbitkan organisasi tersebut.</translation>
    </message>
    <message>
      <source>The certificate was signed with another key than those in the key file (it names key {key_fingerprint}).</source>
      <translation>Sertifikat ditandatangani dengan kunci selain yang ada di berkas kunci (sertifikat menyebut kunci {key_fingerprint}).</translation>
    </message>
    <message>
      <source>The file was signed with a key that is not in the key file given (a key in the name of {holder}, {key_fingerprint}); anyone can make a key in any name.</source>
      <translation>Berkas ditandatangani dengan kunci yang tidak ada di berkas kunci yang diberikan (kunci atas nama {holder}, {key_fingerprint}); siapa pun dapat membuat kunci atas nama apa pun.</translation>
    </message>
    <message>
      <source>The file carries no PDF signature, so nothing shows who made it or that it is unchanged: it is not a certificate as okuvol issues it. Check its code instead, or ask the organisation for the signed file.</source>
      <translation>Berkas tidak memiliki tanda tangan PDF, jadi tidak ada yang menunjukkan siapa pembuatnya atau bahwa isinya tidak berubah: ini bukan sertifikat seperti yang diterbitkan okuvol. Periksa kodenya saja, atau minta berkas bertanda tangan kepada organisasi.</translation>
    </message>
    <message>
      <source>The file carries more than one signature; okuvol signs a certificate once, so it was changed after it was issued.</source>
      <translation>Berkas memiliki lebih dari satu tanda tangan; okuvol menandatangani sertifikat sekali saja, jadi berkas ini diubah setelah diterbitkan.</translation>
    </message>
    <message>
      <source>The file was changed after it was signed: its content no longer matches its signature.</source>
      <translation>Berkas diubah setelah ditandatangani: isinya tidak lagi cocok dengan tanda tangannya.</translation>
    </message>
    <message>
      <source>Something was added to the file after it was signed (an update on top of the signed document), so what it shows now is not what was signed.</source>
      <translation>Ada yang ditambahkan ke berkas setelah ditandatangani (pembaruan di atas dokumen yang ditandatangani), jadi yang ditampilkan sekarang bukan yang ditandatangani.</translation>
    </message>
    <message>
      <source>The signature does not match the facts: the code was altered or signed with another key.</source>
      <translation>Tanda tangan tidak cocok dengan datanya: kode telah diubah atau ditandatangani dengan kunci lain.</translation>
    </message>
    <message>
      <source>The code names {organisation}, but it was signed with the key of {signer}: an organisation can only certify its own volunteers.</source>
      <translation>Kode menyebut {organisation}, tetapi ditandatangani dengan kunci {signer}: sebuah organisasi hanya dapat memberi sertifikat kepada relawannya sendiri.</translation>
    </message>
    <message>
      <source>The signature is valid.</source>
      <translation>Tanda tangannya sah.</translation>
    </message>
    <message>
      <source>The list of revoked certificates in the key file is not signed by the keys in it; get the file again from the organisation.</source>
      <translation>Daftar sertifikat yang dicabut di berkas kunci tidak ditandatangani oleh kunci di dalamnya; minta lagi berkas tersebut dari organisasi.</translation>
    </message>
    <message>
      <source>There is no file {path}.</source>
      <translation>Tidak ada berkas {path}.</translation>
    </message>
    <message>
      <source>The file was signed with the key of {signer}, not of {organisation}, which the certificate names.</source>
      <translation>Berkas ditandatangani dengan kunci {signer}, bukan kunci {organisation} yang disebut dalam sertifikat.</translation>
    </message>
    <message>
      <source>Certificate {number} was revoked by {organisation} on {day}: {reason}</source>
      <translation>Sertifikat {number} telah dicabut oleh {organisation} pada {day}: {reason}</translation>
    </message>
    <message>
      <source>This ledger issued certificate {number} with other facts than the code states; ask {organisation} which one is theirs.</source>
      <translation>Buku catatan ini menerbitkan sertifikat {number} dengan fakta yang berbeda dari yang dinyatakan kode; tanyakan kepada {organisation} mana yang benar.</translation>
    </message>
    <message>
      <source>Cannot read {path}: {reason}.</source>
      <translation>Tidak dapat membaca {path}: {reason}.</translation>
    </message>
    <message>
      <source>The document's signature is valid and covers the whole file.</source>
      <translation>Tanda tangan dokumen sah dan mencakup seluruh berkas.</translation>
    </message>
    <message>
      <source>{role} on {day}: {reason}</source>
      <translation>{role} pada {day}: {reason}</translation>
    </message>
    <message>
      <source>This role belongs to someone else.</source>
      <translation>Peran ini milik orang lain.</translation>
    </message>
    <message>
      <source>Granting access is for a shared PostgreSQL ledger; a SQLite file belongs to whoever can open it.</source>
      <translation>Pemberian akses berlaku untuk buku catatan PostgreSQL bersama; berkas SQLite milik siapa pun yang dapat membukanya.</translation>
    </message>
    <message>
      <source>This ledger is on a PostgreSQL server: back it up with pg_dump (pg_dump -Fc -f okuvol.dump DBNAME) and restore with pg_restore.</source>
      <translation>Buku catatan ini ada di server PostgreSQL: cadangkan dengan pg_dump (pg_dump -Fc -f okuvol.dump NAMADB) dan pulihkan dengan pg_restore.</translation>
    </message>
    <message>
      <source>The copy {path} failed SQLite's integrity check: {result}.</source>
      <translation>Salinan {path} gagal dalam pemeriksaan integritas SQLite: {result}.</translation>
    </message>
    <message>
      <source>The backup cannot overwrite the database itself; choose another file.</source>
      <translation>Cadangan tidak boleh menimpa basis data itu sendiri; pilih berkas lain.</translation>
    </message>
    <message>
      <source>There is no backup file at {path}.</source>
      <translation>Tidak ada berkas cadangan di {path}.</translation>
    </message>
    <message>
      <source>{path} is not a ledger as okuvol makes it ({differences}); it was changed with another program and is not restored.</source>
      <translation>{path} bukan buku catatan seperti buatan okuvol ({differences}); berkas itu diubah dengan program lain dan tidak dipulihkan.</translation>
    </message>
    <message>
      <source>{path} is not an okuvol backup: it is not a SQLite database.</source>
      <translation>{path} bukan cadangan okuvol: bukan basis data SQLite.</translation>
    </message>
    <message>
      <source>{path} is damaged: {reason}.</source>
      <translation>{path} rusak: {reason}.</translation>
    </message>
    <message>
      <source>{path} was made by a newer version of okuvol; update okuvol to restore it.</source>
      <translation>{path} dibuat oleh okuvol versi lebih baru; perbarui okuvol untuk memulihkannya.</translation>
    </message>
    <message>
      <source>Could not write the backup {file}: {reason}. Nothing was written under that name.</source>
      <translation>Tidak dapat menulis cadangan {file}: {reason}. Tidak ada yang ditulis dengan nama itu.</translation>
    </message>
    <message>
      <source>{path} is damaged: {result}.</source>
      <translation>{path} rusak: {result}.</translation>
    </message>
    <message>
      <source>{path} is a SQLite database of another application, not an okuvol backup.</source>
      <translation>{path} adalah basis data SQLite aplikasi lain, bukan cadangan okuvol.</translation>
    </message>
    <message>
      <source>No certificate has the number '{number}'.</source>
      <translation>Tidak ada sertifikat dengan nomor '{number}'.</translation>
    </message>
    <message>
      <source>Certificate {number} was already revoked on {day}: {reason}</source>
      <translation>Sertifikat {number} sudah dicabut pada {day}: {reason}</translation>
    </message>
    <message>
      <source>{path} is read-only: okuvol keeps its records in the file and must be able to write it. Copy it to a folder you can write to.</source>
      <translation>{path} hanya-baca: okuvol menyimpan catatannya di berkas itu dan harus dapat menulisnya. Salin ke folder yang dapat Anda tulisi.</translation>
    </message>
    <message>
      <source>Cannot open the database {shown}: {reason}.</source>
      <translation>Basis data {shown} tidak dapat dibuka: {reason}.</translation>
    </message>
    <message>
      <source>{path} is a folder; give the path of a database file.</source>
      <translation>{path} adalah folder; berikan jalur berkas basis data.</translation>
    </message>
    <message>
      <source>okuvol keeps its ledger in SQLite or PostgreSQL; '{scheme}' is neither. Give a postgresql:// URL or the path of a file.</source>
      <translation>okuvol menyimpan buku catatannya di SQLite atau PostgreSQL; '{scheme}' bukan keduanya. Berikan URL postgresql:// atau jalur sebuah berkas.</translation>
    </message>
    <message>
      <source>'{value}' cannot be a database file on this computer ({reason}).</source>
      <translation>'{value}' tidak bisa menjadi berkas basis data di komputer ini ({reason}).</translation>
    </message>
    <message>
      <source>'{value}' is not a database URL or a file path.</source>
      <translation>'{value}' bukan URL basis data atau jalur berkas.</translation>
    </message>
    <message>
      <source>Cannot make the folder {folder} for the ledger: {reason}.</source>
      <translation>Folder {folder} untuk buku catatan tidak dapat dibuat: {reason}.</translation>
    </message>
    <message>
      <source>No evidence file has the id {id}; okuvol evidence list ENTRY_ID shows them.</source>
      <translation>Tidak ada berkas bukti dengan id {id}; okuvol evidence list ENTRY_ID menampilkan daftarnya.</translation>
    </message>
    <message>
      <source>The signing key of organisation {organisation_id} is not available to you.</source>
      <translation>Kunci penanda tangan organisasi {organisation_id} tidak tersedia untuk Anda.</translation>
    </message>
    <message>
      <source>This ledger has no key to sign summaries with.</source>
      <translation>Buku catatan ini tidak memiliki kunci untuk menandatangani ringkasan.</translation>
    </message>
    <message>
      <source>{shown} holds tables of another application, not an okuvol ledger; choose another database.</source>
      <translation>{shown} berisi tabel aplikasi lain, bukan buku catatan okuvol; pilih basis data lain.</translation>
    </message>
    <message>
      <source>{shown} was written by a newer version of okuvol; update okuvol to open it.</source>
      <translation>{shown} ditulis oleh versi okuvol yang lebih baru; perbarui okuvol untuk membukanya.</translation>
    </message>
    <message>
      <source>Upgrading left {count} broken references; the database was not changed.</source>
      <translation>Pemutakhiran menyisakan {count} rujukan rusak; basis data tidak diubah.</translation>
    </message>
    <message>
      <source>The ledger holds no picture {sha256}.</source>
      <translation>Buku catatan tidak menyimpan gambar {sha256}.</translation>
    </message>
    <message>
      <source>No category is called '{ref}'. Known categories: {known}.</source>
      <translation>Tidak ada kategori bernama '{ref}'. Kategori yang dikenal: {known}.</translation>
    </message>
    <message>
      <source>An organisation called '{name}' already exists (id {found}).</source>
      <translation>Organisasi bernama '{name}' sudah ada (id {found}).</translation>
    </message>
    <message>
      <source>There is no organisation with id {organisation_id}.</source>
      <translation>Tidak ada organisasi dengan id {organisation_id}.</translation>
    </message>
    <message>
      <source>There is no person with id {person_id}.</source>
      <translation>Tidak ada orang dengan id {person_id}.</translation>
    </message>
    <message>
      <source>There is no role with id {role_id}.</source>
      <translation>Tidak ada peran dengan id {role_id}.</translation>
    </message>
    <message>
      <source>Cannot open the database {path}: {exc}.</source>
      <translation>Basis data {path} tidak dapat dibuka: {exc}.</translation>
    </message>
    <message>
      <source>The e-mail address</source>
      <translation>Alamat e-mail</translation>
    </message>
    <message>
      <source>The phone number</source>
      <translation>Nomor telepon</translation>
    </message>
    <message>
      <source>The notes</source>
      <translation>Catatan tambahan</translation>
    </message>
    <message>
      <source>The type of organisation</source>
      <translation>Jenis organisasi</translation>
    </message>
    <message>
      <source>The address</source>
      <translation>Alamat</translation>
    </message>
    <message>
      <source>The contact</source>
      <translation>Kontak</translation>
    </message>
    <message>
      <source>The signatory's name</source>
      <translation>Nama penanda tangan</translation>
    </message>
    <message>
      <source>The signatory's title</source>
      <translation>Jabatan penanda tangan</translation>
    </message>
    <message>
      <source>The name of who revoked it</source>
      <translation>Nama yang mencabutnya</translation>
    </message>
    <message>
      <source>The name of who changed it</source>
      <translation>Nama yang mengubahnya</translation>
    </message>
  </context>
</TS>
