"""A person's year in hours: both kinds of work side by side, to keep or to share."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from okuvol_desktop.reports.charts import monthly_chart
from okuvol_desktop.reports.data import KindSplit, PersonSummaryData, ValueOfTime
from okuvol_desktop.reports.fonts import rich
from okuvol_desktop.reports.styles import stylesheet
from okuvol_desktop.reports.tables import table, totals_table
from okuvol_desktop.reports.templates import yearly_summary_document
from okuvol_desktop.reports.texts import hours_text, long_date, number, text


def value_sentence(value: ValueOfTime, language: str) -> str:
    """ "1,234.50 USD at 34.79 USD an hour (source)"."""
    return text(
        language,
        "value_text",
        amount=number(value.amount, language),
        currency=value.currency,
        rate=number(value.rate, language),
        source=rich(value.source),
    )


def split_rows(rows: tuple[KindSplit, ...], header: str, language: str) -> list[list[str]]:
    """A header and one row a label with hours of each kind."""
    return [[header, text(language, "professional"), text(language, "volunteer")]] + [
        [rich(r.label), hours_text(r.professional, language), hours_text(r.volunteer, language)]
        for r in rows
    ]


def totals_rows(data: PersonSummaryData) -> list[tuple[str, str]]:
    """The year's totals, with the share of each kind for a dual-role person."""
    lang = data.language
    total = data.professional_minutes + data.volunteer_minutes
    unit = text(lang, "hours_unit")
    rows = [
        (text(lang, "professional"), f"{hours_text(data.professional_minutes, lang)} {unit}"),
        (text(lang, "volunteer"), f"{hours_text(data.volunteer_minutes, lang)} {unit}"),
        (text(lang, "total"), f"{hours_text(total, lang)} {unit}"),
    ]
    if data.dual_role and total:
        paid = round(100 * data.professional_minutes / total)
        rows.append(
            (text(lang, "dual_share"), text(lang, "share_line", paid=paid, volunteer=100 - paid))
        )
    return rows


def _story(data: PersonSummaryData, width: float) -> list[Flowable]:
    styles = stylesheet()
    lang = data.language
    h = styles["heading"]
    story: list[Flowable] = [
        Paragraph(
            text(lang, "person_summary_title", year=data.year, person=rich(data.person_name)),
            styles["title"],
        ),
        totals_table(totals_rows(data)),
        Spacer(1, 2 * mm),
        Paragraph(text(lang, "approved_note"), styles["small"]),
        Paragraph(text(lang, "by_month"), h),
        monthly_chart(data.by_month, lang, width),
        Paragraph(text(lang, "by_organisation"), h),
        table(
            [[text(lang, k) for k in ("col_organisation", "col_role", "col_kind", "col_hours")]]
            + [
                [
                    rich(r.organisation),
                    rich(r.role),
                    text(lang, r.kind),
                    hours_text(r.minutes, lang),
                ]
                for r in data.by_role
            ],
            [None, None, 110, 60],
            numeric=(3,),
        ),
        Paragraph(text(lang, "by_category"), h),
        table(
            split_rows(data.by_category, text(lang, "col_category"), lang),
            [None, 90, 90],
            numeric=(1, 2),
        ),
        Paragraph(text(lang, "skills"), h),
        Paragraph(
            ", ".join(f"{rich(name)} ({count})" for name, count in data.skills)
            or text(lang, "none"),
            styles["body"],
        ),
        Paragraph(f"{text(lang, 'beneficiaries')}: <b>{data.beneficiaries}</b>", styles["body"]),
    ]
    if data.value is not None:
        story += [
            Paragraph(text(lang, "value"), h),
            Paragraph(value_sentence(data.value, lang), styles["body"]),
        ]
    if data.goals:
        story.append(Paragraph(text(lang, "goals"), h))
        story += [
            Paragraph(
                text(
                    lang,
                    "goal_line",
                    kind=text(lang, g.kind),
                    done=hours_text(g.approved_minutes, lang),
                    target=hours_text(g.target_minutes, lang),
                    percent=f"{number(100 * g.approved_minutes / g.target_minutes, lang, 0)}%",
                ),
                styles["body"],
            )
            for g in data.goals
        ]
    if data.awards:
        story.append(Paragraph(text(lang, "awards"), h))
        for award in data.awards:
            line = text(
                lang,
                "award_line",
                scheme=rich(award.scheme),
                band=rich(award.age_band),
                tier=rich(award.reached) if award.reached else text(lang, "award_none"),
            )
            if award.next_tier:
                line += "; " + text(
                    lang,
                    "award_next",
                    hours=hours_text(award.minutes_to_next, lang),
                    tier=rich(award.next_tier),
                )
            story.append(Paragraph(line, styles["body"]))
    if data.dual_role and data.busiest_weeks:
        story += [
            Paragraph(text(lang, "busiest_weeks"), h),
            table(
                [["", text(lang, "professional"), text(lang, "volunteer"), text(lang, "total")]]
                + [
                    [
                        text(lang, "week_of", date=long_date(w.week_start, lang)),
                        hours_text(w.professional, lang),
                        hours_text(w.volunteer, lang),
                        hours_text(w.professional + w.volunteer, lang),
                    ]
                    for w in data.busiest_weeks
                ],
                [None, 80, 80, 80],
                numeric=(1, 2, 3),
            ),
        ]
    return story


def build_person_summary(data: PersonSummaryData, out: Path | BinaryIO) -> None:
    """Write a person's yearly summary as PDF."""
    lang = data.language
    doc = yearly_summary_document(
        out,
        subject_name=data.person_name,
        year=data.year,
        language=lang,
        generated=data.generated,
        title=text(lang, "person_summary_title", year=data.year, person=data.person_name),
        subject=f"okuvol yearly summary {data.year}",
    )
    doc.build(_story(data, doc.width))
