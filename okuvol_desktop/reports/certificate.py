"""The volunteer certificate: one page to frame, then the itemised record if asked for.

Sentences in the document's language never embed what a user typed: the recipient's name,
the organisation, roles and signatory are drawn on their own by UserText, in any script.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

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
from okuvol_desktop.reports.direction import isolate
from okuvol_desktop.reports.flowables import SignatureLine, UserText, qr_code, qr_side
from okuvol_desktop.reports.styles import RULE, stylesheet
from okuvol_desktop.reports.tables import CELL_FONT, CELL_PADDING, fill_widths, table
from okuvol_desktop.reports.templates import DocumentTemplate, Footer
from okuvol_desktop.reports.texts import hours_text, long_date, text

KEYWORD_PREFIX = "okuvol-verification-code:"


def _list(items: tuple[str, ...], language: str) -> str:
    """Items joined with commas, each isolated so that mixed scripts keep their order."""
    return ", ".join(isolate(i) for i in items) if items else text(language, "none")


def _logo(picture: bytes | None) -> list[Flowable]:
    """The organisation's logo (PNG or JPEG bytes kept in the ledger), fitted to 28 x 60 mm."""
    if not picture:
        return []
    logo = Image(io.BytesIO(picture))
    scale = min(28 * mm / logo.imageHeight, 60 * mm / logo.imageWidth)
    logo.drawHeight, logo.drawWidth = logo.imageHeight * scale, logo.imageWidth * scale
    return [logo, Spacer(1, 4 * mm)]


def served_sentence(data: CertificateData) -> str:
    """ "served on 48 days between 5 January 2026 and 20 December 2026", or "" if unknown."""
    lang = data.language
    if not data.served_days or data.served_first is None or data.served_last is None:
        return ""
    if data.served_days == 1:
        return text(lang, "served_one", date=long_date(data.served_first, lang))
    return text(
        lang,
        "served",
        days=data.served_days,
        first=long_date(data.served_first, lang),
        last=long_date(data.served_last, lang),
    )


def details_rows(data: CertificateData) -> list[list[str]]:
    """Label and value (plain text) of the service's details: where, as what, when, on what."""
    lang = data.language
    rows = [
        [text(lang, "col_organisation"), data.organisation_name],
        [text(lang, "col_roles"), _list(data.role_titles, lang)],
        [
            text(lang, "period"),
            text(
                lang,
                "period_value",
                start=long_date(data.period_start, lang),
                end=long_date(data.period_end, lang),
            ),
        ],
        [text(lang, "categories"), _list(data.categories, lang)],
        [text(lang, "skills"), _list(data.skills, lang)],
    ]
    if data.beneficiaries:
        rows.append([text(lang, "beneficiaries"), str(data.beneficiaries)])
    return rows


def itemised_rows(data: CertificateData) -> list[list[str]]:
    """Header and one row per approved entry, as plain text for the itemised table."""
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
            e.role,
            hours_text(e.minutes, lang),
            e.approved_by or "",
            long_date(e.approved_on, lang) if e.approved_on else "",
        ]
        for e in data.entries
    )
    return rows


def _details(data: CertificateData, width: float) -> Table:
    styles = stylesheet()
    label_width = 45 * mm
    value_style = styles["cell"]
    result = Table(
        [
            # A single name reads in its own direction; a list or a date, left to right.
            [
                Paragraph(escape(label), value_style),
                UserText(value, value_style, base=None if i == 0 else 0),
            ]
            for i, (label, value) in enumerate(details_rows(data))
        ],
        colWidths=[label_width, width - label_width],
    )
    result.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                *CELL_FONT,
            ]
        )
    )
    return result


def _signed(data: CertificateData, width: float) -> Table:
    styles = stylesheet()
    lang = data.language
    cell = styles["cell"]
    signature_width = 75 * mm
    result = Table(
        [
            [
                [
                    Paragraph(
                        escape(text(lang, "issued", date=long_date(data.issue_date, lang))), cell
                    ),
                    Paragraph(escape(f"{text(lang, 'number')}:"), cell),
                    UserText(data.number, styles["cell_bold"]),
                ],
                SignatureLine(
                    data.signatory_name,
                    data.signatory_title,
                    width=signature_width - 2 * CELL_PADDING,
                ),
            ]
        ],
        colWidths=[width - signature_width, signature_width],
    )
    result.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), *CELL_FONT]))
    return result


def _code_block(data: CertificateData, width: float) -> Table:
    styles = stylesheet()
    lang = data.language
    cell = styles["cell"]
    # What a phone reads: words naming the certificate, or the organisation's own address,
    # with the code; printed bigger when it is long, so that its squares stay readable.
    scanned = data.qr_text or data.code
    side = qr_side(scanned, 30 * mm)
    qr_width = side + 4 * mm
    result = Table(
        [
            [
                qr_code(scanned, side),
                [
                    Paragraph(f"<b>{escape(text(lang, 'verify'))}</b>", cell),
                    Paragraph(escape(data.code), styles["code"]),
                    Paragraph(
                        text(lang, "verify_how", fingerprint=escape(data.key_fingerprint)),
                        styles["small"],
                    ),
                ],
            ]
        ],
        colWidths=[qr_width, width - qr_width],
    )
    result.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *CELL_FONT]))
    return result


def _story(data: CertificateData, width: float) -> list[Flowable]:
    styles = stylesheet()
    lang = data.language
    # A long organisation or recipient name gets smaller rather than push the signature and
    # the code off the page.
    heading: list[Flowable] = [
        UserText(data.organisation_name, styles["organisation"], min_size=10, max_lines=2)
    ]
    for recorded in (data.organisation_address, data.organisation_contact):
        heading += [UserText(line, styles["address"]) for line in (recorded or "").splitlines()]
    served = served_sentence(data)
    story: list[Flowable] = [
        *_logo(data.logo),
        *heading,
        Paragraph(escape(text(lang, "certificate_title")), styles["certificate_title"]),
        Paragraph(escape(text(lang, "certifies")), styles["centered"]),
        # A name without spaces shrinks to stay on one line (down to 12 pt) before it breaks.
        UserText(data.person_name, styles["recipient"], min_size=12, max_lines=2),
        Paragraph(
            text(lang, "gave_hours", hours=hours_text(data.approved_minutes, lang)),
            styles["centered"],
        ),
    ]
    if served:
        story.append(Paragraph(escape(served), styles["centered"]))
    story += [
        Spacer(1, 8 * mm),
        _details(data, width),
        Spacer(1, 5 * mm),
        Paragraph(escape(text(lang, "records")), styles["small"]),
        Spacer(1, 10 * mm),
        KeepTogether([_signed(data, width), Spacer(1, 8 * mm), _code_block(data, width)]),
    ]
    if data.entries:
        # Dates take their longest month ("19 September 2026") on one line.
        widths = fill_widths([36 * mm, None, 16 * mm, 34 * mm, 36 * mm], width)
        story += [
            PageBreak(),
            Paragraph(escape(text(lang, "itemised")), styles["heading"]),
            table(itemised_rows(data), widths, numeric=(2,), user=(1, 3)),
        ]
    return story


def build_certificate(data: CertificateData, out: Path | BinaryIO) -> None:
    """Write the certificate as PDF to ``out``; the code also goes into the PDF's keywords."""
    lang = data.language
    doc = DocumentTemplate(
        out,
        paper=data.paper,
        footer=lambda page: Footer(
            data.organisation_name,
            f" · {text(lang, 'number')} {data.number} · {text(lang, 'page', page=page)}",
        ),
        title=f"{text(lang, 'certificate_title')}: {data.person_name}",
        subject=f"{data.number}; {data.person_name}; {data.organisation_name}; "
        f"{data.period_start.isoformat()}..{data.period_end.isoformat()}; "
        f"{hours_text(data.approved_minutes, 'en')} h",
        author=data.organisation_name,
        language=lang,
        keywords=f"{KEYWORD_PREFIX}{data.code}",
    )
    doc.build(_story(data, doc.width))
