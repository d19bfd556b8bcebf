"""Sample people and organisations for `okuvol demo`: names in the scripts the ledger serves."""

from __future__ import annotations

# (given names, family names, how a full name is written: "{given} {family}" or reversed)
NAME_POOLS: tuple[tuple[tuple[str, ...], tuple[str, ...], str], ...] = (
    (
        (
            "Siti",
            "Dewi",
            "Putu Ayu",
            "Rina",
            "Wulan",
            "Budi",
            "Agus",
            "Made",
            "Rizky",
            "Hendra",
            "Intan",
            "Yusuf",
        ),
        (
            "Rahmawati",
            "Lestari",
            "Santoso",
            "Prasetyo",
            "Wulandari",
            "Suarsana",
            "Hidayat",
            "Kurniawan",
            "Siregar",
            "Nasution",
            "Manurung",
            "Sembiring",
        ),
        "{given} {family}",
    ),
    (
        ("Thị Hương", "Văn Đức", "Minh Châu", "Thu Trang", "Quốc Bảo", "Ngọc Ánh"),
        ("Nguyễn", "Trần", "Phạm", "Lê", "Hoàng", "Đặng"),
        "{family} {given}",
    ),
    (
        ("Ayşe", "Mehmet", "Şükrü", "Gülşen", "İbrahim", "Çağla", "Oğuz", "Zeynep"),
        ("Yılmaz", "Çelik", "Öztürk", "Doğan", "Şahin", "Aydın", "Kılıç", "Arslan"),
        "{given} {family}",
    ),
    (
        ("فاطمة", "محمد", "ليلى", "أحمد", "مريم", "يوسف"),
        ("الزهراء", "عبد الله", "حسن", "الخطيب", "النجار", "منصور"),
        "{given} {family}",
    ),
    (
        ("小明", "娜", "伟", "芳", "静", "磊"),
        ("王", "李", "陈", "张", "刘", "杨"),
        "{family}{given}",
    ),
)

# (name, type, time zone, kind of roles it offers, category keys, professional titles,
#  volunteer titles)
ORGANISATIONS: tuple[
    tuple[str, str, str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...
] = (
    (
        "RS Harapan Sehat",
        "Hospital",
        "Asia/Jakarta",
        "both",
        ("health_care",),
        ("Nurse", "Doctor", "Midwife"),
        ("Patient companion", "Blood drive helper"),
    ),
    (
        "Sekolah Alam Nusantara",
        "School",
        "Asia/Jakarta",
        "both",
        ("education", "children_youth"),
        ("Teacher", "School counsellor"),
        ("Reading tutor",),
    ),
    (
        "Klinik Psikologi Sahabat Jiwa",
        "Clinic",
        "Asia/Makassar",
        "professional",
        ("health_care", "social_services"),
        ("Psychologist", "Counsellor"),
        (),
    ),
    (
        "Kantor Hukum Adil & Rekan",
        "Law firm",
        "Asia/Jakarta",
        "professional",
        ("legal_aid",),
        ("Lawyer", "Paralegal"),
        (),
    ),
    (
        "LBH Keadilan Rakyat",
        "Legal aid NGO",
        "Asia/Jakarta",
        "volunteer",
        ("legal_aid", "social_services"),
        (),
        ("Pro bono lawyer", "Legal clinic helper"),
    ),
    (
        "Relawan Tanggap Bencana",
        "Disaster relief NGO",
        "Asia/Makassar",
        "volunteer",
        ("disaster_relief", "health_care"),
        (),
        ("Field medic", "Logistics volunteer"),
    ),
    (
        "Panti Wreda Kasih Ibu",
        "Elderly home",
        "Asia/Jakarta",
        "volunteer",
        ("elderly_care",),
        (),
        ("Companion", "Physiotherapy helper"),
    ),
    (
        "Lớp Học Tình Thương",
        "Community school",
        "Asia/Ho_Chi_Minh",
        "volunteer",
        ("education", "children_youth"),
        (),
        ("Volunteer teacher",),
    ),
    (
        "Toplum Sağlığı Derneği",
        "Community health association",
        "Europe/Istanbul",
        "both",
        ("health_care", "community"),
        ("Community nurse",),
        ("Health educator",),
    ),
)

SKILLS_BY_CATEGORY: dict[str, tuple[str, ...]] = {
    "health_care": ("first aid", "patient care", "triage", "wound care"),
    "education": ("teaching", "curriculum design", "mentoring"),
    "children_youth": ("mentoring", "storytelling", "sports coaching"),
    "legal_aid": ("legal research", "client interviews", "mediation"),
    "social_services": ("counselling", "case management"),
    "disaster_relief": ("logistics", "first aid", "search and rescue"),
    "elderly_care": ("companionship", "physiotherapy", "dementia care"),
    "community": ("public speaking", "event organising"),
}

DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    "professional": (
        "Ward shift",
        "Lessons and marking",
        "Client sessions",
        "Case preparation",
        "Clinic hours",
        "Team meeting and notes",
    ),
    "volunteer": (
        "Reading club with children",
        "Free legal consultation",
        "Flood relief shift",
        "Visiting residents",
        "Health talk in the village",
        "Weekend tutoring",
        "Sorting donated supplies",
    ),
}

REJECTION_NOTES = (
    "Hours do not match the sign-in sheet.",
    "Logged twice; see the other entry.",
    "Outside the agreed programme.",
)
