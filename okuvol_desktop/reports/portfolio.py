"""A person's portfolio: the record of their work to bring to a job application.

Who they are and the time it covers, hours of both kinds, skills practised with hours in each
kind of work, the organisations served, awards reached, requirements kept, and the
certificates issued to them. Approved hours count; hours awaiting review stand beside them.
A section with nothing in it is left out rather than printed empty.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from okuvol_desktop.reports.data import (
    AwardYearLine,
    PortfolioData,
    RequirementLine,
)
from okuvol_desktop.reports.direction import isolate
from okuvol_desktop.reports.flowables import UserText
from okuvol_desktop.reports.person_summary import (
    HOURS_COLUMN,
    section,
    split_table,
    totals_table,
)
from okuvol_desktop.reports.styles import stylesheet
from okuvol_desktop.reports.tables import fill_widths, table
from okuvol_desktop.reports.templates import summary_document
from okuvol_desktop.reports.texts import hours_text, long_date, number, short_date, text

DATE_COLUMN = 70  # points: "28 Nov 2026" on one line in a table cell
RANGE_COLUMN = 128  # points: "28 Nov 2026 – 31 Des 2030" on one line
APPROVED_COLUMN = 56  # points: "Disetujui" over figures; "Awaiting review" takes HOURS_COLUMN


def _range(start: date, end: date, language: str) -> str:
    return text(
        language, "date_range", start=short_date(start, language), end=short_date(end, language)
    )


def served_rows(data: PortfolioData) -> list[list[str]]:
    """Header and one row a role: organisation, role, kind, the first and last day worked,
    approved and pending hours."""
    lang = data.language
    header = [
        text(lang, key)
        for key in (
            "col_organisation",
            "col_role",
            "col_kind",
            "col_served",
            "approved",
            "pending",
        )
    ]
    return [header] + [
        [
            r.organisation,
            r.role,
            text(lang, r.kind),
            _range(r.first_day, r.last_day, lang),
            hours_text(r.approved_minutes, lang),
            hours_text(r.pending_minutes, lang),
        ]
        for r in data.served
    ]


def _tier(award: AwardYearLine, data: PortfolioData) -> str:
    if award.reached:
        return award.reached
    # "Not yet" only while the award's year (or a lifetime) still runs.
    ended = not award.lifetime and award.year < data.generated.year
    return text(data.language, "award_none_ended" if ended else "award_none")


def award_rows(data: PortfolioData) -> list[list[str]]:
    """Header and one row an award and year: the tier reached, approved and pending hours."""
    lang = data.language
    header = [text(lang, k) for k in ("col_award", "col_year", "col_tier", "approved", "pending")]
    return [header] + [
        [
            a.scheme,
            text(lang, "lifetime_to", year=a.year) if a.lifetime else str(a.year),
            _tier(a, data),
            hours_text(a.approved_minutes, lang),
            hours_text(a.pending_minutes, lang),
        ]
        for a in data.awards
    ]


def _amount(value: Decimal, language: str) -> str:
    return number(value, language)


def _met(r: RequirementLine, data: PortfolioData) -> str:
    if r.met:
        return text(data.language, "met_yes")
    # A cycle still running may yet be met; one that has ended was not.
    return text(data.language, "met_not_yet" if r.cycle_end >= data.generated else "met_no")


def requirement_rows(data: PortfolioData) -> list[list[str]]:
    """Header and one row a requirement's cycle: the target (with its unit), approved and
    pending amounts, and whether approved work meets it."""
    lang = data.language
    header = [
        text(lang, k)
        for k in ("col_requirement", "col_cycle", "col_target", "approved", "pending", "col_met")
    ]
    return [header] + [
        [
            r.scheme,
            _range(r.cycle_start, r.cycle_end, lang),
            f"{_amount(r.target, lang)} {text(lang, 'unit_' + r.measure)}",
            _amount(r.approved, lang),
            _amount(r.pending, lang),
            _met(r, data),
        ]
        for r in data.requirements
    ]


def certificate_rows(data: PortfolioData) -> list[list[str]]:
    """Header and one row a certificate: number, organisation, period, approved volunteer
    hours and the day it was issued."""
    lang = data.language
    header = [
        text(lang, k)
        for k in ("col_number", "col_organisation", "col_period", "col_hours", "col_issued")
    ]
    return [header] + [
        [
            c.number,
            c.organisation,
            _range(c.period_start, c.period_end, lang),
            hours_text(c.minutes, lang),
            short_date(c.issue_date, lang),
        ]
        for c in data.certificates
    ]


def _head(data: PortfolioData, width: float) -> list[Flowable]:
    styles = stylesheet()
    lang = data.language
    period = text(
        lang,
        "portfolio_period",
        start=long_date(data.period_start, lang),
        end=long_date(data.period_end, lang),
    )
    made = text(lang, "portfolio_made", date=long_date(data.generated, lang))
    return [
        # A long name gets smaller rather than break between letters.
        UserText(
            text(lang, "portfolio_title", person=isolate(data.person_name)),
            styles["title"],
            base=0,
            min_size=14,
            max_lines=2,
        ),
        Paragraph(escape(period), styles["body"]),
        Paragraph(escape(made), styles["small"]),
        Spacer(1, 3 * mm),
        totals_table(data.totals, lang, width),
        Spacer(1, 2 * mm),
        Paragraph(escape(text(lang, "portfolio_note")), styles["small"]),
    ]


def _skills(data: PortfolioData, width: float) -> list[Flowable]:
    if not data.skills:
        return []
    lang = data.language
    return [
        section(
            text(lang, "skills_by_kind"),
            split_table(data.skills, text(lang, "col_skill"), lang, width, user=True),
        ),
        Spacer(1, 1.5 * mm),
        Paragraph(escape(text(lang, "skills_note")), stylesheet()["small"]),
    ]


def _story(data: PortfolioData, width: float) -> list[Flowable]:
    lang = data.language
    story = _head(data, width) + _skills(data, width)
    if data.served:
        story.append(
            section(
                text(lang, "served_title"),
                table(
                    served_rows(data),
                    fill_widths(
                        [None, None, 80, RANGE_COLUMN, APPROVED_COLUMN, HOURS_COLUMN], width
                    ),
                    numeric=(4, 5),
                    user=(0, 1),
                ),
            )
        )
    if data.by_category:
        story.append(
            section(
                text(lang, "by_category"),
                split_table(data.by_category, text(lang, "col_category"), lang, width, user=True),
            )
        )
    if data.awards:
        story.append(
            section(
                text(lang, "awards_title"),
                table(
                    award_rows(data),
                    fill_widths([None, 90, 100, APPROVED_COLUMN, HOURS_COLUMN], width),
                    numeric=(3, 4),
                    user=(0, 2),
                ),
            )
        )
    if data.requirements:
        story.append(
            section(
                text(lang, "requirements_title"),
                table(
                    requirement_rows(data),
                    fill_widths([None, RANGE_COLUMN, 66, APPROVED_COLUMN, HOURS_COLUMN, 60], width),
                    numeric=(2, 3, 4),
                    user=(0,),
                ),
            )
        )
    if data.certificates:
        story.append(
            section(
                text(lang, "certificates_title"),
                table(
                    certificate_rows(data),
                    fill_widths([96, None, RANGE_COLUMN, 50, DATE_COLUMN], width),
                    numeric=(3,),
                    user=(1,),
                ),
            )
        )
    if data.revoked_left_out:
        note = Paragraph(escape(_revoked(data)), stylesheet()["small"])
        # Under the certificates kept, or under a heading of its own when all were revoked.
        story += (
            [Spacer(1, 1.5 * mm), note]
            if data.certificates
            else [section(text(lang, "certificates_title"), note)]
        )
    return story


def _revoked(data: PortfolioData) -> str:
    count = data.revoked_left_out
    if count == 1:
        return text(data.language, "revoked_one")
    return text(data.language, "revoked_many", count=count)


def build_portfolio(data: PortfolioData, out: Path | BinaryIO) -> None:
    """Write a person's portfolio as PDF.

    Its author is okuvol, as for a person's yearly summary: it gathers the records of every
    organisation the person worked with, and none of them wrote it.
    """
    lang = data.language
    span = text(
        lang,
        "portfolio_span",
        start=short_date(data.period_start, lang),
        end=short_date(data.period_end, lang),
    )
    doc = summary_document(
        out,
        subject_name=data.person_name,
        span=span,
        language=lang,
        generated=data.generated,
        title=text(lang, "portfolio_title", person=data.person_name),
        subject="okuvol portfolio",
        author="okuvol",
    )
    doc.build(_story(data, doc.width))
