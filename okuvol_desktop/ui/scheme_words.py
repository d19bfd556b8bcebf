"""Schemes and values of time in words: what a scheme asks, its tiers and minimums, and how a
value of an hour was measured. Settings and the People view write them the same way, and
never show a raw value such as "award", "credits" or "replacement"."""

from __future__ import annotations

import html
from collections.abc import Mapping
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.schemes import (
    AgeBand,
    AwardPeriod,
    AwardScheme,
    Measure,
    Scheme,
)
from okuvol_desktop.domain.valuation import METHODS
from okuvol_desktop.ui.formats import number_text
from okuvol_desktop.ui.labels import award_label

_CONTEXT = "schemes"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, None, n)


def escape(text: str) -> str:
    """Text for rich text: markup characters written out, quotes left as typed (a QLabel
    shows an escaped apostrophe as is in its accessible text)."""
    return html.escape(text, quote=False)


def amount_text(value: Decimal) -> str:
    """2, 2.5 or 2.25 in the locale's digits: whole numbers without decimals."""
    whole = value == value.to_integral_value()
    return number_text(float(value), 0 if whole else 2)


def measured(measure: Measure, value: Decimal) -> str:
    """ "24 credits" or "150 h"."""
    if measure is Measure.CREDITS:
        return _tr("%1 credits").replace("%1", amount_text(value))
    return _tr("%1 h").replace("%1", amount_text(value))


def counts_text(kinds: frozenset[WorkKind]) -> str:
    """The work a scheme counts: paid, volunteer or both."""
    if kinds >= {WorkKind.PROFESSIONAL, WorkKind.VOLUNTEER}:
        return _tr("paid and volunteer work")
    if WorkKind.PROFESSIONAL in kinds:
        return _tr("paid work")
    return _tr("volunteer work")


def scheme_kind(scheme: Scheme) -> str:
    """ "Award" or "Requirement"."""
    return _tr("Award") if isinstance(scheme, AwardScheme) else _tr("Requirement")


def scheme_summary(scheme: Scheme) -> str:
    """What a scheme asks, in one short line: "Award: hours in a calendar year"."""
    if isinstance(scheme, AwardScheme):
        if scheme.period is AwardPeriod.LIFETIME:
            return _tr("Award: hours over a lifetime")
        return _tr("Award: hours in a calendar year")
    return _tr("Requirement: %1 every %n year(s)", scheme.cycle_years).replace(
        "%1", measured(scheme.measure, scheme.target)
    )


def band_ages(band: AgeBand) -> str:
    """The ages a band is for: "ages 5 to 10", "from age 26", "any age"."""
    low, high = band.min_age, band.max_age
    if low is not None and high is not None:
        return _tr("ages %1 to %2").replace("%1", str(low)).replace("%2", str(high))
    if low is not None:
        return _tr("from age %1").replace("%1", str(low))
    if high is not None:
        return _tr("up to age %1").replace("%1", str(high))
    return _tr("any age")


def tiers_text(band: AgeBand) -> str:
    """A band's tiers from the lowest: "Bronze 100 h · Silver 250 h · Gold 500 h"."""
    ladder = sorted(band.tiers, key=lambda t: t.hours)
    return " · ".join(f"{award_label(t.name)} {measured(Measure.HOURS, t.hours)}" for t in ladder)


def category_name(key: str, categories: Mapping[str, str]) -> str:
    """A field by its key, in the interface's language; a key no field has yet, as written."""
    return categories.get(key, key)


def scheme_details(scheme: Scheme, categories: Mapping[str, str]) -> str:
    """Everything a scheme says, as rich text: what it asks and counts, its tiers or target and
    minimums, its source and note. ``categories`` names fields by key."""
    about = scheme.about
    parts = [f"<h3>{escape(about.name)}</h3>"]
    if about.example:
        parts.append(
            "<p><b>"
            + escape(_tr("Example figures: check them, export the scheme and adjust it."))
            + "</b></p>"
        )
    parts.append(
        "<p>"
        + escape(scheme_summary(scheme))
        + "<br>"
        + escape(_tr("Counts approved %1.").replace("%1", counts_text(scheme.counts)))
        + "</p>"
    )
    if isinstance(scheme, AwardScheme):
        parts.append("<table cellspacing='2'>")
        for band in scheme.bands:
            parts.append(
                f"<tr><td><b>{escape(award_label(band.name))}</b> ({escape(band_ages(band))})"
                f"&nbsp;&nbsp;</td><td>{escape(tiers_text(band))}</td></tr>"
            )
        parts.append("</table>")
    elif scheme.minimums:
        minimums = "; ".join(
            f"{category_name(m.category, categories)} {amount_text(m.amount)}"
            for m in scheme.minimums
        )
        text = (
            _tr("At least, in credits each cycle: %1")
            if scheme.measure is Measure.CREDITS
            else _tr("At least, in hours each cycle: %1")
        )
        parts.append("<p>" + escape(text.replace("%1", minimums)) + "</p>")
    else:
        parts.append("<p>" + escape(_tr("No minimum per field.")) + "</p>")
    where = [x for x in (about.region, str(about.year) if about.year else None) if x]
    source = _tr("Source: %1").replace("%1", about.source)
    if where:
        source += f" ({', '.join(where)})"
    parts.append(f"<p>{escape(source)}</p>")
    if about.note:
        parts.append(f"<p><i>{escape(about.note)}</i></p>")
    return "".join(parts)


def method_label(method: str | None) -> str:
    """How a value of an hour was measured, in a few words."""
    if method == METHODS[0]:
        return _tr("Replacement cost")
    if method == METHODS[1]:
        return _tr("Opportunity cost")
    return _tr("Not stated")


def method_explanation(method: str | None) -> str:
    """What a method means, for a tooltip."""
    if method == METHODS[0]:
        return _tr("What paying someone to do the same work would cost.")
    if method == METHODS[1]:
        return _tr("What the volunteer would have earned in the time.")
    return _tr("The source does not say how the value was measured.")
