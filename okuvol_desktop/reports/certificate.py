"""The volunteer certificate: one page to frame, then the itemised record if asked for."""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from okuvol_desktop.reports.data import CertificateData
from okuvol_desktop.reports.flowables import SignatureLine, qr_code
from okuvol_desktop.reports.fonts import rich
from okuvol_desktop.reports.styles import RULE, stylesheet
from okuvol_desktop.reports.templates import DocumentTemplate
from okuvol_desktop.reports.texts import hours_text, long_date, text

KEYWORD_PREFIX = "okuvol-verification-code:"


def _list(items: tuple[str, ...], language: str) -> str:
    return ", ".join(rich(i) for i in items) if items else text(language, "none")


def _logo(picture: bytes | None) -> list[Flowable]:
    """The organisation's logo (PNG or JPEG bytes kept in the ledger), fitted to 28 x 60 mm."""
    if not picture:
        return []
    logo = Image(io.BytesIO(picture))
    scale = min(28 * mm / logo.imageHeight, 60 * mm / logo.imageWidth)
    logo.drawHeight, logo.drawWidth = logo.imageHeight * scale, logo.imageWidth * scale
    return [logo, Spacer(1, 4 * mm)]


def details_rows(data: CertificateData) -> list[list[str]]:
    """Label and value of the work's details, as markup for the details table."""
    lang = data.language
    rows = [
        [text(lang, "categories"), _list(data.categories, lang)],
        [text(lang, "skills"), _list(data.skills, lang)],
    ]
    if data.beneficiaries:
        rows.append([text(lang, "beneficiaries"), str(data.beneficiaries)])
    return rows


def itemised_rows(data: CertificateData) -> list[list[str]]:
    """Header and one row per approved entry, as markup for the itemised table."""
    lang = data.language
    rows = [
        [
            text(lang, key)
            for key in ("col_date", "col_role", "col_hours", "col_approved_by", "col_approved_on")
        ]
    ]
    rows.extend(
        [
            long_date(e.date, lang),
            rich(e.role),
            hours_text(e.minutes, lang),
            rich(e.approved_by),
            long_date(e.approved_on, lang) if e.approved_on else "",
        ]
        for e in data.entries
    )
    return rows


def _story(data: CertificateData, width: float) -> list[Flowable]:
    styles = stylesheet()
    lang = data.language
    organisation = rich(data.organisation_name)
    sentence = text(
        lang,
        "gave_hours",
        hours=hours_text(data.approved_minutes, lang),
        roles=", ".join(rich(r) for r in data.role_titles),
        organisation=organisation,
        start=long_date(data.period_start, lang),
        end=long_date(data.period_end, lang),
    )
    cell = styles["cell"]
    details = Table(
        [[Paragraph(label, cell), Paragraph(value, cell)] for label, value in details_rows(data)],
        colWidths=[45 * mm, None],
    )
    details.setStyle(
        TableStyle(
            [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE)]
        )
    )
    code_block = Table(
        [
            [
                qr_code(data.code, 30 * mm),
                [
                    Paragraph(f"<b>{text(lang, 'verify')}</b>", cell),
                    Paragraph(data.code, styles["code"]),
                    Paragraph(
                        text(
                            lang,
                            "verify_how",
                            organisation=organisation,
                            fingerprint=data.key_fingerprint,
                        ),
                        styles["small"],
                    ),
                ],
            ]
        ],
        colWidths=[34 * mm, None],
    )
    code_block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    signed = Table(
        [
            [
                [
                    Paragraph(text(lang, "issued", date=long_date(data.issue_date, lang)), cell),
                    Paragraph(f"{text(lang, 'number')}: <b>{rich(data.number)}</b>", cell),
                ],
                SignatureLine(data.signatory_name, data.signatory_title, width=70 * mm),
            ]
        ],
        colWidths=[None, 75 * mm],
    )
    signed.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    story: list[Flowable] = [
        *_logo(data.logo),
        Paragraph(organisation, styles["organisation"]),
        Paragraph(text(lang, "certificate_title"), styles["certificate_title"]),
        Paragraph(text(lang, "certifies"), styles["centered"]),
        Paragraph(rich(data.person_name), styles["recipient"]),
        Paragraph(sentence, styles["centered"]),
        Spacer(1, 8 * mm),
        details,
        Spacer(1, 5 * mm),
        Paragraph(text(lang, "records", organisation=organisation), styles["small"]),
        Spacer(1, 10 * mm),
        KeepTogether([signed, Spacer(1, 8 * mm), code_block]),
    ]
    if data.entries:
        table = Table(
            [
                [
                    Paragraph(c, styles["cell_right" if i == 2 else "cell"])
                    for i, c in enumerate(row)
                ]
                for row in itemised_rows(data)
            ],
            colWidths=[32 * mm, None, 16 * mm, 38 * mm, 32 * mm],
            repeatRows=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story += [PageBreak(), Paragraph(text(lang, "itemised"), styles["heading"]), table]
    return story


def build_certificate(data: CertificateData, out: Path | BinaryIO) -> None:
    """Write the certificate as PDF to ``out``; the code also goes into the PDF's keywords."""
    lang = data.language
    doc = DocumentTemplate(
        out,
        paper=data.paper,
        footer=lambda page: (
            f"{data.organisation_name} · {text(lang, 'number')} {data.number}"
            f" · {text(lang, 'page', page=page)}"
        ),
        title=f"{text(lang, 'certificate_title')}: {data.person_name}",
        subject=f"{data.number}; {data.person_name}; {data.organisation_name}; "
        f"{data.period_start.isoformat()}..{data.period_end.isoformat()}; "
        f"{hours_text(data.approved_minutes, 'en')} h",
        keywords=f"{KEYWORD_PREFIX}{data.code}",
    )
    doc.build(_story(data, doc.width))
