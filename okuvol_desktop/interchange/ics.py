"""Entries as an iCalendar file (RFC 5545), written with the icalendar package.

A timed entry is an event at its real instants (UTC); an entry of hours only is an all-day
event on its date, its hours in the title. Each event's UID is stable for the entry, so a
calendar that imports the file again updates instead of duplicating.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from icalendar import Calendar, Event

from okuvol_desktop.domain.durations import format_hmm, span_of
from okuvol_desktop.domain.model import EntryLine

PRODUCT = "-//okuvol//okuvol desktop//EN"
_KIND = {"professional": "Professional", "volunteer": "Volunteer"}


def event(line: EntryLine, stamp: datetime, domain: str = "okuvol.local") -> Event:
    """The calendar event of one entry."""
    entry = line.entry
    item = Event()
    item.add("uid", f"entry-{entry.id}@{domain}")
    item.add("dtstamp", stamp)
    kind = _KIND[entry.kind.value]
    if entry.start is not None and entry.end is not None:
        span = span_of(entry.date, entry.start, entry.end, entry.timezone)
        item.add("summary", f"{line.role_title} — {line.organisation_name}")
        item.add("dtstart", span.start_utc)
        item.add("dtend", span.end_utc)
    else:
        item.add(
            "summary",
            f"{line.role_title} — {line.organisation_name} ({format_hmm(entry.minutes)} h)",
        )
        item.add("dtstart", entry.date)
        item.add("dtend", entry.date + timedelta(days=1))
        item.add("transp", "TRANSPARENT")  # hours on a day do not block the whole day
    details = [
        f"{line.person_name} · {kind} · {format_hmm(entry.minutes)} h · {entry.status.value}"
    ]
    if entry.description:
        details.append(entry.description)
    item.add("description", "\n".join(details))
    item.add("categories", [kind] + ([line.category.name_en] if line.category else []))
    if entry.location:
        item.add("location", entry.location)
    return item


def calendar(lines: Iterable[EntryLine], stamp: datetime) -> Calendar:
    """A calendar of the entries."""
    cal = Calendar()
    cal.add("prodid", PRODUCT)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "okuvol")
    for line in lines:
        cal.add_component(event(line, stamp))
    return cal
