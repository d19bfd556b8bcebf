"""The words of the documents in English and Bahasa Indonesia, with dates and numbers to match.

Reports never import Qt, so their translations live here as plain tables; each document picks
one language ("en" or "id") from its data.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

LANGUAGES = ("en", "id")

_MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
}

_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "certificate_title": "Certificate of Volunteer Service",
        "certifies": "This certifies that",
        "gave_hours": "gave <b>{hours} approved volunteer hours</b>",
        "served": "served on {days} days between {first} and {last}",
        "served_one": "served on one day, {date}",
        "col_roles": "Roles",
        "period": "Period",
        "period_value": "from {start} to {end}",
        "categories": "Fields of service",
        "skills": "Skills practised",
        "beneficiaries": "People served",
        "records": "The organisation keeps the records of this service. Only hours it approved "
        "are counted; hours awaiting review are not included.",
        "issued": "Issued on {date}",
        "number": "Certificate number",
        "verify": "Verification code",
        "verify_how": "Scan the code or run <i>okuvol verify</i> with this file or the code. "
        "It is signed with the organisation's key, fingerprint {fingerprint}.",
        "itemised": "Itemised record",
        "col_date": "Date",
        "col_role": "Role",
        "col_hours": "Hours",
        "col_approved_by": "Approved by",
        "col_approved_on": "Approved on",
        "page": "Page {page}",
        "person_summary_title": "{year} in hours: {person}",
        "org_summary_title": "{year} impact summary: {organisation}",
        "professional": "Professional (paid)",
        "volunteer": "Volunteer",
        "total": "Together",
        "hours_unit": "hours",
        "by_organisation": "By organisation and role",
        "col_organisation": "Organisation",
        "by_category": "By field of service",
        "col_category": "Field of service",
        "by_month": "Month by month",
        "col_person": "Person",
        "value": "Value of volunteer time",
        "value_text": "{amount} {currency} at {rate} {currency} an hour ({source})",
        "goals": "Goals",
        "goal_line": "{kind}: {done} of {target} hours ({percent})",
        "awards": "Award progress",
        "award_line": "{scheme}, {band}: {tier}",
        "award_next": "{hours} more approved hours for {tier}",
        "award_none": "no tier reached yet",
        "award_none_ended": "no tier reached",
        "award_no_band": "no age band of this award fits",
        "requirements": "Requirements",
        "requirement_line": "{scheme}, {start} to {end}: {approved} of {target} {unit} "
        "approved, {pending} awaiting review; {state}",
        "minimum_line": "{field}: {approved} of {needed} {unit}",
        "met": "met",
        "not_met": "not met yet",
        "evidence": "Evidence kept with the entries",
        "col_file": "File",
        "col_check": "Check",
        "intact": "intact",
        "changed": "CHANGED since it was kept",
        "dual_share": "Share of each kind of work",
        "busiest_weeks": "Busiest weeks (both kinds together)",
        "week_of": "Week of {date}",
        "weekly_load": "Weekly load",
        "load_paid": "Paid work",
        "load_volunteer": "Volunteering",
        "load_over": "Over the limit ({hours} h)",
        "load_budget": "Past the volunteering budget ({hours} h)",
        "load_rest": "Rest week",
        "load_hours": "{hours} h",
        "load_summary": "{over} of {weeks} weeks over the weekly limit of {limit} hours; "
        "{rest} rest weeks without work.",
        "load_budget_summary": "{past} weeks past the volunteering budget of {budget} hours.",
        "volunteers": "Volunteers (people)",
        "professionals": "Professionals (people)",
        "dual_role": "People doing both (dual-role)",
        "professional_hours": "Professional hours (paid)",
        "volunteer_hours": "Volunteer hours",
        "approved_volunteer_hours": "Approved volunteer hours",
        "share_line": "{paid}% professional, {volunteer}% volunteer",
        "col_kind": "Kind",
        "volunteer_list": "Volunteers and their hours",
        "col_approved": "Approved hours",
        "col_pending": "Awaiting review",
        "approved": "Approved",
        "pending": "Awaiting review",
        "col_week": "Week",
        "hours_table": "Hours",
        "people": "People",
        "none": "None recorded",
        "approved_note": "Hours count when approved; hours submitted and awaiting review are "
        "shown beside them, drafts in neither. The value of volunteer time, goals and awards "
        "count approved hours only.",
        "generated": "Made with okuvol on {date}",
        "portfolio_title": "Portfolio: {person}",
        "portfolio_period": "Work from {start} to {end}",
        "portfolio_span": "{start} to {end}",
        "portfolio_made": "Made on {date} from the records in okuvol",
        "portfolio_note": "Hours count once the organisation approved them; hours submitted and "
        "awaiting review are shown beside them, drafts in neither. Awards and requirements count "
        "approved work only.",
        "skills_by_kind": "Skills practised, with hours in each kind of work",
        "skills_note": "An entry that names several skills counts whole under each of them.",
        "col_skill": "Skill",
        "served_title": "Organisations served",
        "col_served": "Days served",
        "awards_title": "Awards",
        "col_award": "Award",
        "col_year": "Year",
        "col_tier": "Tier reached",
        "lifetime_to": "Lifetime to {year}",
        "requirements_title": "Requirements",
        "col_requirement": "Requirement",
        "col_cycle": "Cycle",
        "col_target": "Target",
        "col_met": "Met",
        "met_yes": "Met",
        "met_not_yet": "Not yet",
        "met_no": "Not met",
        "unit_hours": "hours",
        "unit_credits": "credits",
        "certificates_title": "Certificates issued",
        "col_number": "Number",
        "col_period": "Period",
        "col_issued": "Issued",
        "date_range": "{start} – {end}",
        "revoked_one": "One revoked certificate is left out.",
        "revoked_many": "{count} revoked certificates are left out.",
    },
    "id": {
        "certificate_title": "Sertifikat Pengabdian Relawan",
        "certifies": "Dengan ini menyatakan bahwa",
        "gave_hours": "telah memberikan <b>{hours} jam relawan yang disetujui</b>",
        "served": "bertugas pada {days} hari antara {first} dan {last}",
        "served_one": "bertugas pada satu hari, {date}",
        "col_roles": "Peran",
        "period": "Periode",
        "period_value": "dari {start} sampai {end}",
        "categories": "Bidang layanan",
        "skills": "Keterampilan yang dipraktikkan",
        "beneficiaries": "Orang yang dilayani",
        "records": "Organisasi menyimpan catatan kegiatan ini. Hanya jam yang disetujuinya "
        "yang dihitung; jam yang masih menunggu tinjauan tidak termasuk.",
        "issued": "Diterbitkan pada {date}",
        "number": "Nomor sertifikat",
        "verify": "Kode verifikasi",
        "verify_how": "Pindai kode atau jalankan <i>okuvol verify</i> dengan berkas ini atau "
        "kodenya. Kode ditandatangani dengan kunci organisasi, sidik jari {fingerprint}.",
        "itemised": "Rincian kegiatan",
        "col_date": "Tanggal",
        "col_role": "Peran",
        "col_hours": "Jam",
        "col_approved_by": "Disetujui oleh",
        "col_approved_on": "Disetujui pada",
        "page": "Halaman {page}",
        "person_summary_title": "{year} dalam jam: {person}",
        "org_summary_title": "Ringkasan dampak {year}: {organisation}",
        "professional": "Profesional (berbayar)",
        "volunteer": "Relawan",
        "total": "Bersama",
        "hours_unit": "jam",
        "by_organisation": "Menurut organisasi dan peran",
        "col_organisation": "Organisasi",
        "by_category": "Menurut bidang layanan",
        "col_category": "Bidang layanan",
        "by_month": "Per bulan",
        "col_person": "Nama",
        "value": "Nilai waktu relawan",
        "value_text": "{amount} {currency} dengan tarif {rate} {currency} per jam ({source})",
        "goals": "Target",
        "goal_line": "{kind}: {done} dari {target} jam ({percent})",
        "awards": "Kemajuan penghargaan",
        "award_line": "{scheme}, {band}: {tier}",
        "award_next": "{hours} jam disetujui lagi untuk {tier}",
        "award_none": "belum mencapai tingkat mana pun",
        "award_none_ended": "tidak mencapai tingkat mana pun",
        "award_no_band": "tidak ada kelompok usia penghargaan ini yang cocok",
        "requirements": "Persyaratan",
        "requirement_line": "{scheme}, {start} sampai {end}: {approved} dari {target} {unit} "
        "disetujui, {pending} menunggu peninjauan; {state}",
        "minimum_line": "{field}: {approved} dari {needed} {unit}",
        "met": "terpenuhi",
        "not_met": "belum terpenuhi",
        "evidence": "Bukti yang disimpan bersama catatan",
        "col_file": "Berkas",
        "col_check": "Pemeriksaan",
        "intact": "utuh",
        "changed": "BERUBAH sejak disimpan",
        "dual_share": "Pembagian kedua jenis pekerjaan",
        "busiest_weeks": "Minggu tersibuk (kedua jenis bersama)",
        "week_of": "Minggu mulai {date}",
        "weekly_load": "Beban mingguan",
        "load_paid": "Kerja berbayar",
        "load_volunteer": "Kegiatan relawan",
        "load_over": "Melebihi batas ({hours} jam)",
        "load_budget": "Melewati anggaran relawan ({hours} jam)",
        "load_rest": "Minggu istirahat",
        "load_hours": "{hours} jam",
        "load_summary": "{over} dari {weeks} minggu melebihi batas mingguan {limit} jam; "
        "{rest} minggu istirahat tanpa kerja.",
        "load_budget_summary": "{past} minggu melewati anggaran relawan {budget} jam.",
        "volunteers": "Relawan (orang)",
        "professionals": "Profesional (orang)",
        "dual_role": "Orang dengan peran ganda",
        "professional_hours": "Jam profesional (berbayar)",
        "volunteer_hours": "Jam relawan",
        "approved_volunteer_hours": "Jam relawan yang disetujui",
        "share_line": "{paid}% profesional, {volunteer}% relawan",
        "col_kind": "Jenis",
        "volunteer_list": "Relawan dan jam mereka",
        "col_approved": "Jam disetujui",
        "col_pending": "Menunggu tinjauan",
        "approved": "Disetujui",
        "pending": "Menunggu tinjauan",
        "col_week": "Minggu",
        "hours_table": "Jam",
        "people": "Orang",
        "none": "Tidak ada catatan",
        "approved_note": "Jam dihitung setelah disetujui; jam yang sudah diajukan dan menunggu "
        "tinjauan ditampilkan di sampingnya, draf tidak termasuk keduanya. Nilai waktu relawan, "
        "target dan penghargaan hanya menghitung jam yang disetujui.",
        "generated": "Dibuat dengan okuvol pada {date}",
        "portfolio_title": "Portofolio: {person}",
        "portfolio_period": "Kegiatan dari {start} sampai {end}",
        "portfolio_span": "{start} sampai {end}",
        "portfolio_made": "Dibuat pada {date} dari catatan di okuvol",
        "portfolio_note": "Jam dihitung setelah disetujui organisasi; jam yang sudah diajukan dan "
        "menunggu tinjauan ditampilkan di sampingnya, draf tidak termasuk keduanya. Penghargaan "
        "dan persyaratan hanya menghitung kegiatan yang disetujui.",
        "skills_by_kind": "Keterampilan yang dipraktikkan, dengan jam pada tiap jenis pekerjaan",
        "skills_note": "Catatan yang menyebut beberapa keterampilan dihitung utuh pada "
        "masing-masing keterampilan.",
        "col_skill": "Keterampilan",
        "served_title": "Organisasi tempat bertugas",
        "col_served": "Masa bertugas",
        "awards_title": "Penghargaan",
        "col_award": "Penghargaan",
        "col_year": "Tahun",
        "col_tier": "Tingkat dicapai",
        "lifetime_to": "Seumur hidup s.d. {year}",
        "requirements_title": "Persyaratan",
        "col_requirement": "Persyaratan",
        "col_cycle": "Siklus",
        "col_target": "Target",
        "col_met": "Terpenuhi",
        "met_yes": "Terpenuhi",
        "met_not_yet": "Belum",
        "met_no": "Tidak terpenuhi",
        "unit_hours": "jam",
        "unit_credits": "kredit",
        "certificates_title": "Sertifikat yang diterbitkan",
        "col_number": "Nomor",
        "col_period": "Periode",
        "col_issued": "Terbit",
        "date_range": "{start} – {end}",
        "revoked_one": "Satu sertifikat yang dicabut tidak dicantumkan.",
        "revoked_many": "{count} sertifikat yang dicabut tidak dicantumkan.",
    },
}


def text(language: str, key: str, **values: object) -> str:
    """The sentence ``key`` in ``language`` with ``values`` filled in.

    Some sentences carry markup (<b>, <i>) for a Paragraph; a value that a user typed never
    goes into one of those (documents draw user text with flowables.UserText).
    """
    return _TEXTS[language][key].format(**values)


def long_date(day: date, language: str) -> str:
    """28 November 2026 in both languages (month names differ)."""
    return f"{day.day} {_MONTHS[language][day.month - 1]} {day.year}"


def short_date(day: date, language: str) -> str:
    """28 Nov 2026 (28 Des 2026 in Indonesian): a date for a narrow column."""
    return f"{day.day} {month_name(day.month, language, short=True)} {day.year}"


def month_name(month: int, language: str, short: bool = False) -> str:
    """The month's name, or its first three letters."""
    name = _MONTHS[language][month - 1]
    return name[:3] if short else name


def number(value: Decimal | float | int, language: str, decimals: int = 2) -> str:
    """1,234.50 in English, 1.234,50 in Indonesian; rounded to the nearest, never up."""
    quantum = Decimal(1).scaleb(-decimals)
    rounded = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    shown = f"{rounded:,.{decimals}f}"
    if language == "id":
        shown = shown.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return shown


def hours_text(minutes: int, language: str) -> str:
    """Minutes as hours with two decimals in the document's language."""
    return number(Decimal(minutes) / 60, language)
