"""An organisation's yearly impact summary: people, hours of both kinds, value, volunteers."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from okuvol_desktop.reports.charts import monthly_chart
from okuvol_desktop.reports.data import OrganisationSummaryData
from okuvol_desktop.reports.fonts import rich
from okuvol_desktop.reports.person_summary import split_rows, value_sentence
from okuvol_desktop.reports.styles import stylesheet
from okuvol_desktop.reports.tables import table, totals_table
from okuvol_desktop.reports.templates import yearly_summary_document
from okuvol_desktop.reports.texts import hours_text, text


def people_rows(data: OrganisationSummaryData) -> list[tuple[str, str]]:
    """How many volunteers, professionals and dual-role people, and hours of each kind."""
    lang = data.language
    unit = text(lang, "hours_unit")
    return [
        (text(lang, "volunteers"), str(data.volunteers)),
        (text(lang, "professionals"), str(data.professionals)),
        (text(lang, "dual_role"), str(data.dual_role)),
        (text(lang, "professional_hours"), f"{hours_text(data.professional_minutes, lang)} {unit}"),
        (text(lang, "volunteer_hours"), f"{hours_text(data.volunteer_minutes, lang)} {unit}"),
        (
            text(lang, "approved_volunteer_hours"),
            f"{hours_text(data.approved_volunteer_minutes, lang)} {unit}",
        ),
        (text(lang, "beneficiaries"), str(data.beneficiaries)),
    ]


def volunteer_rows(data: OrganisationSummaryData) -> list[list[str]]:
    """Header and one row a volunteer: approved hours and hours awaiting review."""
    lang = data.language
    return [[text(lang, "col_person"), text(lang, "col_approved"), text(lang, "col_pending")]] + [
        [rich(v.name), hours_text(v.approved_minutes, lang), hours_text(v.pending_minutes, lang)]
        for v in data.volunteer_list
    ]


def _story(data: OrganisationSummaryData, width: float) -> list[Flowable]:
    styles = stylesheet()
    lang = data.language
    h = styles["heading"]
    story: list[Flowable] = [
        Paragraph(
            text(
                lang, "org_summary_title", year=data.year, organisation=rich(data.organisation_name)
            ),
            styles["title"],
        ),
        totals_table(people_rows(data)),
        Spacer(1, 2 * mm),
        Paragraph(text(lang, "approved_note"), styles["small"]),
    ]
    if data.value is not None:
        story += [
            Paragraph(text(lang, "value"), h),
            Paragraph(value_sentence(data.value, lang), styles["body"]),
        ]
    story += [
        Paragraph(text(lang, "by_month"), h),
        monthly_chart(data.by_month, lang, width),
        Paragraph(text(lang, "by_category"), h),
        table(
            split_rows(data.by_category, text(lang, "col_category"), lang),
            [None, 90, 90],
            numeric=(1, 2),
        ),
        Paragraph(text(lang, "volunteer_list"), h),
        table(volunteer_rows(data), [None, 90, 90], numeric=(1, 2)),
    ]
    return story


def build_organisation_summary(data: OrganisationSummaryData, out: Path | BinaryIO) -> None:
    """Write an organisation's yearly impact summary as PDF."""
    lang = data.language
    doc = yearly_summary_document(
        out,
        subject_name=data.organisation_name,
        year=data.year,
        language=lang,
        generated=data.generated,
        title=text(lang, "org_summary_title", year=data.year, organisation=data.organisation_name),
        subject=f"okuvol impact summary {data.year}",
    )
    doc.build(_story(data, doc.width))
