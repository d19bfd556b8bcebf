"""A person's year in hours: both kinds of work side by side, to keep or to share.

Every table of hours has a column of approved hours and one of hours awaiting review;
drafts are in neither (services/summaries.py).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from okuvol_desktop.domain.schemes import Measure
from okuvol_desktop.reports.charts import load_calendar, monthly_chart, week_hours
from okuvol_desktop.reports.data import PersonSummaryData, ReviewSplit, ValueOfTime
from okuvol_desktop.reports.direction import isolate
from okuvol_desktop.reports.flowables import KeepWithStart, UserText
from okuvol_desktop.reports.styles import stylesheet
from okuvol_desktop.reports.tables import fill_widths, table
from okuvol_desktop.reports.templates import summary_document
from okuvol_desktop.reports.texts import hours_text, long_date, number, text

HOURS_COLUMN = 78  # points: a column of hours, wide enough for "Awaiting review" on two lines


def value_sentence(value: ValueOfTime, language: str) -> str:
    """ "1,234.50 USD at 34.79 USD an hour (source)" (plain text: the source is user text)."""
    return text(
        language,
        "value_text",
        amount=number(value.amount, language),
        currency=value.currency,
        rate=number(value.rate, language),
        source=isolate(value.source),
    )


def heading(title: str) -> Paragraph:
    """A section heading (the document's own words)."""
    return Paragraph(escape(title), stylesheet()["heading"])


def section(title: str, body: Flowable) -> KeepWithStart:
    """A heading kept with the start of its body."""
    return KeepWithStart(heading(title), body)


def totals_rows(totals: ReviewSplit, language: str) -> list[list[str]]:
    """Header and the year's hours of each kind and together: approved, awaiting review."""
    lang = language
    return [
        [text(lang, "hours_table"), text(lang, "approved"), text(lang, "pending")],
        [
            text(lang, "professional"),
            hours_text(totals.professional_approved, lang),
            hours_text(totals.professional_pending, lang),
        ],
        [
            text(lang, "volunteer"),
            hours_text(totals.volunteer_approved, lang),
            hours_text(totals.volunteer_pending, lang),
        ],
        [text(lang, "total"), hours_text(totals.approved, lang), hours_text(totals.pending, lang)],
    ]


def totals_table(totals: ReviewSplit, language: str, width: float) -> Table:
    """The year's hours of each kind, approved and awaiting review."""
    widths = fill_widths([None, HOURS_COLUMN, HOURS_COLUMN], width)
    return table(totals_rows(totals, language), widths, numeric=(1, 2))


def split_rows(rows: tuple[ReviewSplit, ...], header: str, language: str) -> list[list[str]]:
    """Two header rows (each kind over "approved" and "awaiting review") and one row a label."""
    lang = language
    approved, pending = text(lang, "approved"), text(lang, "pending")
    return [
        [header, text(lang, "professional"), "", text(lang, "volunteer"), ""],
        ["", approved, pending, approved, pending],
    ] + [
        [
            r.label,
            hours_text(r.professional_approved, lang),
            hours_text(r.professional_pending, lang),
            hours_text(r.volunteer_approved, lang),
            hours_text(r.volunteer_pending, lang),
        ]
        for r in rows
    ]


def split_table(
    rows: tuple[ReviewSplit, ...], header: str, language: str, width: float, *, user: bool
) -> Table:
    """A table of labels with approved and pending hours of each kind; ``user`` when the
    labels are user text (categories named in the ledger)."""
    widths = fill_widths([None, *[HOURS_COLUMN] * 4], width)
    return table(
        split_rows(rows, header, language),
        widths,
        numeric=(1, 2, 3, 4),
        user=(0,) if user else (),
        header_rows=2,
        # The label header spans both header rows, each kind spans its two columns.
        spans=[(0, 0, 0, 1), (1, 0, 2, 0), (3, 0, 4, 0)],
    )


def role_rows(data: PersonSummaryData) -> list[list[str]]:
    """Header and one row a role: organisation, role, kind, approved and pending hours."""
    lang = data.language
    header = [
        text(lang, key)
        for key in ("col_organisation", "col_role", "col_kind", "approved", "pending")
    ]
    return [header] + [
        [
            r.organisation,
            r.role,
            text(lang, r.kind),
            hours_text(r.approved_minutes, lang),
            hours_text(r.pending_minutes, lang),
        ]
        for r in data.by_role
    ]


def share_line(totals: ReviewSplit, language: str) -> str:
    """ "Share of each kind of work: 87% professional, 13% volunteer" (hours approved or
    awaiting review), or "" without hours."""
    counted = totals.professional + totals.volunteer
    if not counted:
        return ""
    paid = round(100 * totals.professional / counted)
    share = text(language, "share_line", paid=paid, volunteer=100 - paid)
    return f"{text(language, 'dual_share')}: {share}"


def _awards(data: PersonSummaryData) -> list[Flowable]:
    lang = data.language
    body = stylesheet()["body"]
    lines = []
    for award in data.awards:
        if award.age_band is None:
            line = f"{isolate(award.scheme)}: {text(lang, 'award_no_band')}"
            lines.append(UserText(line, body, base=0))
            continue
        line = text(
            lang,
            "award_line",
            scheme=isolate(award.scheme),
            band=isolate(award.age_band),
            tier=isolate(award.reached) if award.reached else text(lang, "award_none"),
        )
        if award.next_tier:
            line += "; " + text(
                lang,
                "award_next",
                hours=hours_text(award.minutes_to_next, lang),
                tier=isolate(award.next_tier),
            )
        # Scheme, band and tier names are the ledger's: drawn as user text, left to right.
        lines.append(UserText(line, body, base=0))
    return lines


def _amount(value: Decimal, language: str) -> str:
    """Hours or credits: 24 or 15.50, in the document's language."""
    whole = value == value.to_integral_value()
    return number(value, language, 0 if whole else 2)


def _requirements(data: PersonSummaryData) -> list[Flowable]:
    """Each requirement's cycle: approved of the target, pending beside, each minimum."""
    lang = data.language
    body = stylesheet()["body"]
    lines: list[Flowable] = []
    for need in data.requirements:
        unit = text(lang, "unit_credits" if need.measure is Measure.CREDITS else "unit_hours")
        line = text(
            lang,
            "requirement_line",
            scheme=isolate(need.scheme),
            start=long_date(need.cycle_start, lang),
            end=long_date(need.cycle_end, lang),
            approved=_amount(need.approved, lang),
            target=_amount(need.target, lang),
            unit=unit,
            pending=_amount(need.pending, lang),
            state=text(lang, "met" if need.met else "not_met"),
        )
        lines.append(UserText(line, body, base=0))
        for minimum in need.minimums:
            said = text(
                lang,
                "minimum_line",
                field=isolate(minimum.category),
                approved=_amount(minimum.approved, lang),
                needed=_amount(minimum.needed, lang),
                unit=unit,
            )
            lines.append(UserText("• " + said + (" ✓" if minimum.met else ""), body, base=0))
    return lines


def _evidence(data: PersonSummaryData, width: float) -> list[Flowable]:
    """The files kept with the year's entries, each with its hash and whether it is intact."""
    if not data.evidence:
        return []
    lang = data.language
    header = [text(lang, k) for k in ("col_date", "col_file", "col_check")] + ["SHA-256"]
    rows = [header] + [
        [
            long_date(e.work_date, lang),
            e.file_name,
            text(lang, "intact" if e.intact else "changed"),
            e.sha256[:16] + "…",
        ]
        for e in data.evidence
    ]
    widths = fill_widths([28 * mm, None, 30 * mm, 38 * mm], width)
    return [section(text(lang, "evidence"), table(rows, widths, user=(1,)))]


def _goals(data: PersonSummaryData) -> list[Flowable]:
    lang = data.language
    return [
        Paragraph(
            escape(
                text(
                    lang,
                    "goal_line",
                    kind=text(lang, g.kind),
                    done=hours_text(g.approved_minutes, lang),
                    target=hours_text(g.target_minutes, lang),
                    percent=f"{number(100 * g.approved_minutes / g.target_minutes, lang, 0)}%",
                )
            ),
            stylesheet()["body"],
        )
        for g in data.goals
    ]


def _listed(title: str, lines: list[Flowable]) -> list[Flowable]:
    """A heading kept with the first of its lines, then the others."""
    return [KeepWithStart(heading(title), lines[0]), *lines[1:]] if lines else []


def load_sentences(data: PersonSummaryData) -> str:
    """The calendar of weekly load in words, under the drawing."""
    load, lang = data.load, data.language
    assert load is not None
    said = text(
        lang,
        "load_summary",
        over=len(load.over_limit()),
        weeks=len(load.weeks),
        limit=week_hours(load.limit_minutes, lang),
        rest=len(load.rest_weeks()),
    )
    if load.budget_minutes is not None:
        said += " " + text(
            lang,
            "load_budget_summary",
            past=len(load.past_budget()),
            budget=week_hours(load.budget_minutes, lang),
        )
    return said


def _load(data: PersonSummaryData, width: float) -> list[Flowable]:
    """The calendar of weekly load and what it says, when the year has one."""
    if data.load is None:
        return []
    styles = stylesheet()
    return [
        section(text(data.language, "weekly_load"), load_calendar(data.load, data.language, width)),
        Paragraph(escape(load_sentences(data)), styles["small"]),
    ]


def _opening(data: PersonSummaryData, width: float) -> list[Flowable]:
    """The title, the year's totals of both kinds, and (for a dual-role person) the share of
    each; then what "approved" means."""
    styles = stylesheet()
    lang = data.language
    opening: list[Flowable] = [
        UserText(
            text(lang, "person_summary_title", year=data.year, person=isolate(data.person_name)),
            styles["title"],
            base=0,
        ),
        totals_table(data.totals, lang, width),
    ]
    if data.dual_role and (share := share_line(data.totals, lang)):
        opening += [Spacer(1, 1.5 * mm), Paragraph(escape(share), styles["body"])]
    return [
        *opening,
        Spacer(1, 2 * mm),
        Paragraph(escape(text(lang, "approved_note")), styles["small"]),
    ]


def _where_the_hours_went(data: PersonSummaryData, width: float) -> list[Flowable]:
    """The year by month, the weekly load, by organisation and role, by category, the skills
    practised and the people served."""
    lang = data.language
    body = stylesheet()["body"]
    return [
        section(text(lang, "by_month"), monthly_chart(data.by_month, lang, width)),
        *_load(data, width),
        section(
            text(lang, "by_organisation"),
            table(
                role_rows(data),
                fill_widths([None, None, 95, HOURS_COLUMN, HOURS_COLUMN], width),
                numeric=(3, 4),
                user=(0, 1),
            ),
        ),
        section(
            text(lang, "by_category"),
            split_table(data.by_category, text(lang, "col_category"), lang, width, user=True),
        ),
        section(
            text(lang, "skills"),
            UserText(
                ", ".join(f"{isolate(name)} ({count})" for name, count in data.skills)
                or text(lang, "none"),
                body,
                base=0,
            ),
        ),
        Paragraph(f"{escape(text(lang, 'beneficiaries'))}: <b>{data.beneficiaries}</b>", body),
    ]


def _value(data: PersonSummaryData) -> list[Flowable]:
    """What the volunteer hours are worth, where the ledger has a rate in the user's currency."""
    if data.value is None:
        return []
    body = stylesheet()["body"]
    sentence = value_sentence(data.value, data.language)
    return [section(text(data.language, "value"), UserText(sentence, body, base=0))]


def _busiest_weeks(data: PersonSummaryData, width: float) -> list[Flowable]:
    """A dual-role person's busiest weeks, both kinds side by side."""
    if not (data.dual_role and data.busiest_weeks):
        return []
    lang = data.language
    weeks = tuple(
        ReviewSplit(
            text(lang, "week_of", date=long_date(w.week_start, lang)),
            w.minutes.professional_approved,
            w.minutes.professional_pending,
            w.minutes.volunteer_approved,
            w.minutes.volunteer_pending,
        )
        for w in data.busiest_weeks
    )
    return [
        section(
            text(lang, "busiest_weeks"),
            split_table(weeks, text(lang, "col_week"), lang, width, user=False),
        )
    ]


def _story(data: PersonSummaryData, width: float) -> list[Flowable]:
    lang = data.language
    return [
        *_opening(data, width),
        *_where_the_hours_went(data, width),
        *_value(data),
        *_listed(text(lang, "goals"), _goals(data)),
        *_listed(text(lang, "awards"), _awards(data)),
        *_listed(text(lang, "requirements"), _requirements(data)),
        *_evidence(data, width),
        *_busiest_weeks(data, width),
    ]


def build_person_summary(data: PersonSummaryData, out: Path | BinaryIO) -> None:
    """Write a person's yearly summary as PDF.

    Its author is okuvol: the summary gathers the records of every organisation the person
    worked with, and none of them, nor the person, wrote it.
    """
    lang = data.language
    doc = summary_document(
        out,
        subject_name=data.person_name,
        span=str(data.year),
        language=lang,
        generated=data.generated,
        title=text(lang, "person_summary_title", year=data.year, person=data.person_name),
        subject=f"okuvol yearly summary {data.year}",
        author="okuvol",
    )
    doc.build(_story(data, doc.width))
