"""What an import did, in sentences: the command line prints them, the import wizard shows
them translated. One list for both, so that they never tell two stories."""

from __future__ import annotations

from okuvol_desktop.domain.durations import format_hmm
from okuvol_desktop.domain.errors import Message
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.interchange.dates import DateOrder
from okuvol_desktop.services.importing import ImportReport

_SHOWN = 10  # lines and names listed before "and N more"


def _listed(items: list[str]) -> str:
    shown = ", ".join(items[:_SHOWN])
    return shown + (f" … (+{len(items) - _SHOWN})" if len(items) > _SHOWN else "")


def _added(report: ImportReport) -> Message:
    values = {
        "added": f"{report.added:,}",
        "rows": f"{report.rows:,}",
        "professional": format_hmm(report.minutes[WorkKind.PROFESSIONAL]),
        "volunteer": format_hmm(report.minutes[WorkKind.VOLUNTEER]),
    }
    if report.dry_run:
        return Message(
            "Entries that would be added: {added} ({professional} h professional, {volunteer} h "
            "volunteer); rows read: {rows}.",
            values,
        )
    if report.added == 0 and (report.already_imported or report.repeated):
        return Message("Nothing new: every span of this file is already in the ledger.")
    return Message(
        "Entries added: {added} ({professional} h professional, {volunteer} h volunteer); "
        "rows read: {rows}.",
        values,
    )


def _left_out(report: ImportReport) -> list[Message]:
    said: list[Message] = []
    if report.already_imported:
        said.append(
            Message("Imported before, passed over: {count}.", {"count": report.already_imported})
        )
    if report.repeated:
        said.append(
            Message("Repeated in the file, taken once: {count}.", {"count": report.repeated})
        )
    if report.short:
        said.append(Message("Shorter than a minute, left out: {count}.", {"count": report.short}))
    if report.running:
        said.append(
            Message(
                "Still running, left out: {count} (lines: {lines}).",
                {"count": len(report.running), "lines": _listed([str(n) for n in report.running])},
            )
        )
    if report.long_spans:
        spans = [f"{s.line} ({format_hmm(s.minutes)})" for s in report.long_spans]
        said.append(
            Message(
                "Longer than 24 hours (a timer left running?), left out: {count} (lines: "
                "{lines}). Log the real hours by hand.",
                {"count": len(report.long_spans), "lines": _listed(spans)},
            )
        )
    return said


def _how_read(report: ImportReport) -> list[Message]:
    said: list[Message] = []
    if report.date_order is DateOrder.DMY:
        said.append(
            Message("Dates were read day first, as you said.")
            if report.date_order_given
            else Message("Dates were read day first, as the file shows.")
        )
    elif report.date_order is DateOrder.MDY:
        said.append(
            Message("Dates were read month first, as you said.")
            if report.date_order_given
            else Message("Dates were read month first, as the file shows.")
        )
    if report.times_read_in:
        said.append(
            Message(
                "The file's times carry no time zone; they were read in {zone}.",
                {"zone": report.times_read_in},
            )
        )
    return said


def _created(report: ImportReport) -> list[Message]:
    # Literal sentences, each of its own, so that the translation catalog finds them.
    said: list[Message] = []
    dry = report.dry_run
    if report.people:
        values = {"count": len(report.people), "names": _listed(report.people)}
        said.append(
            Message("People to create: {count} ({names}).", values)
            if dry
            else Message("People created: {count} ({names}).", values)
        )
    if report.organisations:
        values = {"count": len(report.organisations), "names": _listed(report.organisations)}
        said.append(
            Message("Organisations to create: {count} ({names}).", values)
            if dry
            else Message("Organisations created: {count} ({names}).", values)
        )
    if report.roles:
        values = {"count": len(report.roles), "names": _listed(report.roles)}
        said.append(
            Message("Roles to create: {count} ({names}).", values)
            if dry
            else Message("Roles created: {count} ({names}).", values)
        )
    return said


def describe_import(report: ImportReport) -> list[Message]:
    """The sentences that tell what an import did, or would do for a dry run."""
    said = [_added(report), *_left_out(report), *_how_read(report)]
    if report.overlapping:
        said.append(
            Message(
                "Entries that overlap other timed entries of the same person: {count}; they "
                "are kept as the file has them.",
                {"count": report.overlapping},
            )
        )
    return said + _created(report)
