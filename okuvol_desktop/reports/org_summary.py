"""An organisation's yearly impact summary: people, hours of both kinds, value, volunteers.

As in the person's summary, approved hours and hours awaiting review have columns of their
own and drafts are in neither.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from okuvol_desktop.reports.charts import monthly_chart
from okuvol_desktop.reports.data import OrganisationSummaryData
from okuvol_desktop.reports.direction import isolate
from okuvol_desktop.reports.flowables import UserText
from okuvol_desktop.reports.person_summary import (
    HOURS_COLUMN,
    section,
    split_table,
    totals_table,
    value_sentence,
)
from okuvol_desktop.reports.styles import stylesheet
from okuvol_desktop.reports.tables import fill_widths, table
from okuvol_desktop.reports.templates import summary_document
from okuvol_desktop.reports.texts import hours_text, text


def people_rows(data: OrganisationSummaryData) -> list[list[str]]:
    """Header and how many volunteers, professionals, dual-role people and people served."""
    lang = data.language
    return [
        [text(lang, "people"), ""],
        [text(lang, "volunteers"), str(data.volunteers)],
        [text(lang, "professionals"), str(data.professionals)],
        [text(lang, "dual_role"), str(data.dual_role)],
        [text(lang, "beneficiaries"), str(data.beneficiaries)],
    ]


def volunteer_rows(data: OrganisationSummaryData) -> list[list[str]]:
    """Header and one row a volunteer: approved hours and hours awaiting review."""
    lang = data.language
    return [[text(lang, "col_person"), text(lang, "col_approved"), text(lang, "col_pending")]] + [
        [v.name, hours_text(v.approved_minutes, lang), hours_text(v.pending_minutes, lang)]
        for v in data.volunteer_list
    ]


def _story(data: OrganisationSummaryData, width: float) -> list[Flowable]:
    styles = stylesheet()
    lang = data.language
    hours = fill_widths([None, HOURS_COLUMN, HOURS_COLUMN], width)
    story: list[Flowable] = [
        UserText(
            text(
                lang,
                "org_summary_title",
                year=data.year,
                organisation=isolate(data.organisation_name),
            ),
            styles["title"],
            base=0,
        ),
        table(people_rows(data), fill_widths([None, HOURS_COLUMN], width), numeric=(1,)),
        Spacer(1, 3 * mm),
        totals_table(data.totals, lang, width),
        Spacer(1, 2 * mm),
        Paragraph(escape(text(lang, "approved_note")), styles["small"]),
    ]
    if data.value is not None:
        story.append(
            section(
                text(lang, "value"),
                UserText(value_sentence(data.value, lang), styles["body"], base=0),
            )
        )
    story += [
        section(text(lang, "by_month"), monthly_chart(data.by_month, lang, width)),
        section(
            text(lang, "by_category"),
            split_table(data.by_category, text(lang, "col_category"), lang, width, user=True),
        ),
        section(
            text(lang, "volunteer_list"),
            table(volunteer_rows(data), hours, numeric=(1, 2), user=(0,)),
        ),
    ]
    return story


def build_organisation_summary(data: OrganisationSummaryData, out: Path | BinaryIO) -> None:
    """Write an organisation's yearly impact summary as PDF; its author is the organisation."""
    lang = data.language
    doc = summary_document(
        out,
        subject_name=data.organisation_name,
        span=str(data.year),
        language=lang,
        generated=data.generated,
        title=text(lang, "org_summary_title", year=data.year, organisation=data.organisation_name),
        subject=f"okuvol impact summary {data.year}",
        author=data.organisation_name,
    )
    doc.build(_story(data, doc.width))
