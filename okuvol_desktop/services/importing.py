"""Importing another tracker's file: all of it or nothing, and never the same row twice.

The file is streamed: rows are checked one by one against the ledger's rules and written in
batches with executemany, inside one transaction. A row that breaks a rule stops the writing
(reading goes on, to count every bad row) and the transaction rolls back, so a refused file
leaves the ledger as it was. A dry run is the same work rolled back at the end.

Each entry remembers where it came from (``source`` "import", ``source_id`` what the span is:
the tracker, the person, and its start and end instants; for a row without times, its content
and how many identical rows came before it in the file). The unique index on the two passes
over spans already in the ledger as they are written, so the same work imported again, in
another form of the same tracker (its JSON and its CSV, with or without a column, re-saved by
a spreadsheet) adds nothing, while the same span of another person is that person's work. The
report tells spans imported before from spans repeated in the file.

Seconds: a span under a minute is left out and counted; any other keeps its start to the
minute and its length rounded to the nearest minute. A span over 24 hours (a timer left
running over a weekend) is left out, counted and listed by line, and the rest imported.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from okuvol_desktop.domain import rules
from okuvol_desktop.domain.durations import (
    Span,
    recorded_span,
    span_of,
    utc_instant,
    zone,
)
from okuvol_desktop.domain.errors import OkuvolError, ValidationError
from okuvol_desktop.domain.kinds import EntrySource, EntryStatus, WorkKind
from okuvol_desktop.domain.model import (
    Organisation,
    OrganisationDetails,
    Person,
    PersonDetails,
    Role,
    RoleDetails,
)
from okuvol_desktop.domain.progress import Cancelled, NoProgress, Progress
from okuvol_desktop.domain.text import check_optional
from okuvol_desktop.interchange.dates import DateOrder
from okuvol_desktop.interchange.formats import FORMATS, ImportFormat
from okuvol_desktop.interchange.rows import ImportedRow, ReadSettings, RowProblem, SkippedRow
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.exporting import ExportService
from okuvol_desktop.services.organisations import record_organisation
from okuvol_desktop.storage.bulk import BulkEntryWriter, roomy_page_cache
from okuvol_desktop.storage.entry_values import (
    ENTRY_COLUMNS,
    EntryRecord,
    EntryWork,
    WorkTimes,
    entry_work,
)
from okuvol_desktop.storage.repositories import (
    CategoryRepo,
    EntryRepo,
    OrganisationRepo,
    PersonRepo,
    RoleRepo,
    SkillRepo,
)
from okuvol_desktop.storage.writer_note import IMPORT, writing

SHOWN_PROBLEMS = 5
WHOLE_LEDGER = "okuvol-json"  # a whole ledger, loaded as it was into an empty database
_BATCH = 2_000
_KIND, _MINUTES = ENTRY_COLUMNS.index("kind"), ENTRY_COLUMNS.index("minutes")
_SOURCE_ID = ENTRY_COLUMNS.index("source_id")
_MINUTES_IN_A_DAY = 24 * 60
_DEFAULT_ROLE_TITLE = {
    WorkKind.PROFESSIONAL: "Professional work",
    WorkKind.VOLUNTEER: "Volunteer work",
}


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """What the person importing says about the file.

    ``person``, ``organisation`` and ``kind`` fill what a row lacks; ``force_organisation``
    and ``force_kind`` replace what every row says. ``date_order`` says how to read dates the
    file leaves ambiguous (03/02/2026).
    """

    format: str
    person: str | None = None
    organisation: str | None = None
    kind: WorkKind | None = None
    timezone: str | None = None
    dry_run: bool = False
    force_organisation: str | None = None
    force_kind: WorkKind | None = None
    date_order: DateOrder | None = None


@dataclass(frozen=True, slots=True)
class LongSpan:
    """A span left out because it lasts more than a day: where it is and how long."""

    line: int
    minutes: int


@dataclass(slots=True)
class ImportReport:
    """What an import did (or, for a dry run, would do).

    Attributes:
        already_imported: Spans the ledger held before this import (the same work).
        repeated: Spans the file itself holds more than once, taken once.
        short: Spans under a minute, left out.
        running, long_spans: Timers not stopped, and spans over 24 hours, left out, by line.
        date_order: The order dates were read in, when the format writes them in its user's
            order; ``date_order_given`` whether the person importing said it.
        times_read_in: The zone the file's times were read in, when they carry none.
    """

    dry_run: bool
    rows: int = 0
    added: int = 0
    already_imported: int = 0
    repeated: int = 0
    short: int = 0
    running: list[int] = field(default_factory=list)
    long_spans: list[LongSpan] = field(default_factory=list)
    overlapping: int = 0  # added timed entries that overlap another of the same person
    people: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    minutes: Counter[WorkKind] = field(default_factory=Counter)
    date_order: DateOrder | None = None
    date_order_given: bool = False
    times_read_in: str | None = None


class ImportRefused(OkuvolError):
    """The file has bad rows; nothing was imported.

    Attributes:
        problems: The first bad rows (line and reason), in file order.
        total: How many rows were bad.
    """

    def __init__(self, file: str, problems: list[RowProblem], total: int) -> None:
        lines = " ".join(f"Line {p.line}: {str(p.reason).rstrip('.')}." for p in problems)
        super().__init__(
            "Nothing was imported from {file}; rows that cannot be imported: {total}. {lines}",
            total=total,
            file=file,
            lines=lines,
        )
        self.problems = problems
        self.total = total


class _CancelOnly:
    """The writer's view of the progress: it may stop the import but reports nothing itself
    (the import reports rows read against the lines of the file)."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress

    def report(self, done: int, total: int) -> None:
        """Say nothing."""

    def cancelled(self) -> bool:
        return self._progress.cancelled()


def _check_file(path: Path) -> None:
    try:
        found = path.is_file()
    except OSError:  # a name longer than the system allows, say: no file is called so
        found = False
    if not found:
        raise ValidationError("file", "There is no file at {path}.", path=str(path))


def count_lines(path: Path) -> int:
    """Lines of a file, counted in binary chunks: the total of a progress bar."""
    lines = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            lines += chunk.count(b"\n")
    return max(lines, 1)


class _Rollback(Exception):
    """Ends a dry run: the transaction's work is undone on purpose."""


class _Roster:
    """The people, organisations and roles of the ledger by name; those a file names that
    the ledger lacks are added on first use within the import."""

    def __init__(self, s: Session, report: ImportReport, now: datetime) -> None:
        self._s = s
        self._now = now
        self._report = report
        self.people = {p.full_name: p for p in PersonRepo(s).by_name(include_archived=True)}
        self.organisations = {o.name: o for o in OrganisationRepo(s).by_name(include_archived=True)}
        self._roles: dict[tuple[int, int, WorkKind, str], Role] = {}
        for role in RoleRepo(s).held(include_archived=True):
            # Two roles of one title for the same person and organisation: the first is used.
            key = (role.person_id, role.organisation_id, role.kind, role.title)
            self._roles.setdefault(key, role)
        self._categories: dict[str, int] = {}
        self._skills: dict[str, int] = {}

    def person(self, name: str) -> Person:
        person = self.people.get(name)
        if person is None:
            checked = rules.check_text("person", name, "The name")
            person = PersonRepo(self._s).add(PersonDetails(full_name=checked))
            self.people[name] = person
            self._report.people.append(name)
        return person

    def organisation(self, name: str) -> Organisation:
        organisation = self.organisations.get(name)
        if organisation is None:
            checked = rules.check_text("organisation", name, "The organisation's name")
            organisation = record_organisation(
                self._s, self._now, OrganisationDetails(name=checked)
            )
            self.organisations[name] = organisation
            self._report.organisations.append(name)
        return organisation

    def role(self, person: Person, organisation: Organisation, kind: WorkKind, title: str) -> Role:
        key = (person.id, organisation.id, kind, title)
        found = self._roles.get(key)
        if found is None:
            found = RoleRepo(self._s).add(
                person.id, organisation.id, kind, RoleDetails(title=title)
            )
            self._roles[key] = found
            self._report.roles.append(f"{title} ({person.full_name}, {organisation.name})")
        return found

    def category(self, ref: str) -> int:
        if ref not in self._categories:
            self._categories[ref] = CategoryRepo(self._s).resolve(ref).id
        return self._categories[ref]

    def skill_ids(self, names: tuple[str, ...]) -> list[int]:
        if not names:
            return []
        missing = [n for n in names if n not in self._skills]
        if missing:
            self._skills.update(SkillRepo(self._s).ids_for(missing))
        return [self._skills[n] for n in dict.fromkeys(names)]


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """The start of a file as the import would read it, for the wizard to show."""

    columns: dict[str, str]  # okuvol field -> the file's column (CSV formats)
    items: list[ImportedRow | RowProblem | SkippedRow]
    date_order: DateOrder | None = None  # as decided for the file (or given)


def _settings(path: Path, fmt: ImportFormat, options: ImportOptions, timezone: str) -> ReadSettings:
    """How to read the file: its zone, and the order of its dates decided for all of it.

    Raises:
        FileRefused: its dates contradict each other or the order given.
        DateOrderNeeded: they read both ways and no order was given.
    """
    order = fmt.date_order(path, options.date_order) if fmt.date_order is not None else None
    return ReadSettings(timezone, order)


class ImportService:
    """Use cases of bringing other trackers' files into the ledger."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def preview(self, path: Path, options: ImportOptions, limit: int = 12) -> ImportPreview:
        """The column mapping and the first rows of ``path``; reads no further, writes nothing.

        Raises:
            OkuvolError: the file cannot be read as that format.
        """
        if options.format == WHOLE_LEDGER:
            return ImportPreview({}, [])
        fmt, timezone = self._checked(path, options)
        columns = fmt.columns(path).mapping() if fmt.columns is not None else {}
        settings = _settings(path, fmt, options, timezone)
        items: list[ImportedRow | RowProblem | SkippedRow] = []
        with closing(fmt.read(path, settings)) as reading:  # closes the file when cut short
            for item in reading:
                items.append(item)
                if len(items) >= limit:
                    break
        return ImportPreview(columns, items, settings.date_order)

    def _checked(self, path: Path, options: ImportOptions) -> tuple[ImportFormat, str]:
        """The format and the time zone to read ``path`` with, once both and the file check."""
        fmt = FORMATS.get(options.format)
        if fmt is None:
            raise ValidationError(
                "format",
                "'{format}' is not a format okuvol imports; use one of {formats}.",
                format=options.format,
                formats=", ".join([*FORMATS, WHOLE_LEDGER]),
            )
        timezone = options.timezone or self._ctx.timezone
        zone(timezone)
        _check_file(path)
        return fmt, timezone

    def run(
        self, path: Path, options: ImportOptions, progress: Progress | None = None
    ) -> ImportReport:
        """Import ``path`` whole, or refuse it whole.

        Raises:
            ImportRefused: rows break rules; the message lists the first few by line.
            OkuvolError: the file cannot be read at all, or an option is wrong.
            Cancelled: the user stopped it; nothing was written.
        """
        if options.format == WHOLE_LEDGER:
            _check_file(path)
            added, minutes = ExportService(self._ctx).load_json(
                path, progress, dry_run=options.dry_run
            )
            return ImportReport(options.dry_run, rows=added, added=added, minutes=minutes)
        fmt, timezone = self._checked(path, options)
        settings = _settings(path, fmt, options, timezone)
        report = ImportReport(
            dry_run=options.dry_run,
            date_order=settings.date_order,
            date_order_given=options.date_order is not None,
        )
        lines = count_lines(path)
        note = writing(self._ctx.ledger_file(), IMPORT, self._ctx.user, self._ctx.clock())
        try:
            with note, self._ctx.transaction() as s:
                run = _ImportRun(
                    s,
                    self._ctx,
                    fmt=fmt,
                    options=options,
                    timezone=timezone,
                    report=report,
                    progress=progress or NoProgress(),
                )
                with roomy_page_cache(s):
                    run.import_rows(fmt.read(path, settings), path.name, lines)
                report.overlapping = run.count_overlapping()
                if options.dry_run:
                    raise _Rollback  # which brings back any index and trigger the run set aside
                # After the roomy cache is given back: SQLite built the indexes of a million
                # rows in 4.7 s with its default cache and in 6.1 s with 64 MB.
                run.restore_upkeep()
            run.settle(self._ctx.sessions)
        except _Rollback:
            pass
        return report


class _ImportRun:
    """One import inside its transaction."""

    def __init__(
        self,
        s: Session,
        ctx: ServiceContext,
        *,
        fmt: ImportFormat,
        options: ImportOptions,
        timezone: str,
        report: ImportReport,
        progress: Progress,
    ) -> None:
        self._s = s
        self._fmt = fmt
        self._options = options
        self._timezone = timezone
        self._now = ctx.clock()
        self._report = report
        self._roster = _Roster(s, report, self._now)
        self._progress = progress
        # The unique (source, source_id) index passes over rows imported before, and a row
        # repeated further down the file, as the rows are written: no look-up per batch.
        self._writer = BulkEntryWriter(
            s, _CancelOnly(progress), total=0, batch_size=_BATCH, pass_over_known_sources=True
        )
        self._source_prefix = f"{fmt.name}:"
        self._lines = 1
        self._problems: list[RowProblem] = []
        self._placements: dict[
            tuple[str, str, WorkKind, str], tuple[Person, Organisation, Role]
        ] = {}
        self._bad = 0
        self._untimed_seen: dict[tuple[int, str], int] = {}

    def import_rows(
        self, items: Iterator[ImportedRow | RowProblem | SkippedRow], file: str, lines: int
    ) -> None:
        self._lines = lines
        self._writer.defer_upkeep(lines)
        for item in items:
            self._report.rows += 1
            if self._report.rows % _BATCH == 0:
                self._check_cancel()  # also while a refused file is read on, to count
            if isinstance(item, RowProblem):
                self._refuse(item)
                continue
            try:
                made = self._values(item) if isinstance(item, ImportedRow) else item
            except OkuvolError as error:
                self._refuse(RowProblem(item.line, error.text))
                continue
            if isinstance(made, SkippedRow):
                self._left_out(made)
            elif not self._bad:
                self._writer.add(*made)
                self._report.added += 1
        if self._bad:
            raise ImportRefused(file, self._problems, self._bad)
        self._writer.flush()
        self._count_passed_over()

    def _left_out(self, skipped: SkippedRow) -> None:
        if skipped.why == "running":
            self._report.running.append(skipped.line)
        elif skipped.why == "long":
            self._report.long_spans.append(LongSpan(skipped.line, skipped.minutes))
        else:
            self._report.short += 1

    def restore_upkeep(self) -> None:
        self._writer.restore_upkeep()

    def settle(self, sessions: sessionmaker[Session]) -> None:
        """After the commit: see BulkEntryWriter.settle."""
        self._writer.settle(sessions)

    def count_overlapping(self) -> int:
        """Added timed entries that overlap another timed entry of the same person.

        Counted before the indexes a large import set aside are built again: sorting the
        spans takes 2.5 s for a million rows, reading them through the (person, start) index
        3.8 s."""
        first = self._writer.first_id
        if first is None or self._report.added == 0:
            return 0
        return EntryRepo(self._s).count_overlapping_since(first)

    def _refuse(self, problem: RowProblem) -> None:
        self._bad += 1
        if len(self._problems) < SHOWN_PROBLEMS:
            self._problems.append(problem)

    def _placement(
        self, person_name: str, organisation_name: str, kind: WorkKind, title: str
    ) -> tuple[Person, Organisation, Role]:
        """The person, organisation and role a row names, found or created and checked once
        for each combination the file holds."""
        key = (person_name, organisation_name, kind, title)
        found = self._placements.get(key)
        if found is None:
            person = self._roster.person(person_name)
            organisation = self._roster.organisation(organisation_name)
            if person.archived or organisation.archived:
                raise ValidationError(
                    "person",
                    "{name} is archived",
                    name=person.full_name if person.archived else organisation.name,
                )
            found = (person, organisation, self._roster.role(person, organisation, kind, title))
            self._placements[key] = found
        return found

    def _names(self, row: ImportedRow) -> tuple[str, str, WorkKind]:
        """Person, organisation and kind of a row: the file's, filled by the options where it
        says nothing, replaced where the person importing forces it."""
        options = self._options
        person_name = row.person or options.person
        organisation_name = options.force_organisation or row.organisation or options.organisation
        kind = options.force_kind or row.kind or options.kind
        if not person_name:
            raise ValidationError("person", "it names no person (give --person)")
        if not organisation_name:
            raise ValidationError("organisation", "it names no organisation (give --org)")
        if kind is None:
            raise ValidationError(
                "kind", "it does not say whether the work was paid or volunteer (give --kind)"
            )
        return person_name, organisation_name, kind

    def _span(self, row: ImportedRow, timezone: str) -> Span | SkippedRow | None:
        """The row's span in whole minutes (None for a row of hours without times)."""
        if row.began is not None and row.ended is not None:
            if row.began.tzinfo is None:
                self._report.times_read_in = timezone
            began = utc_instant(row.began, timezone, "start")
            ended = utc_instant(row.ended, timezone, "end")
            span = recorded_span(began, ended)
            if span is None:
                return SkippedRow(row.line, "short")
            if span.minutes > _MINUTES_IN_A_DAY:
                return SkippedRow(row.line, "long", span.minutes)
            return span
        if row.start is not None and row.end is not None and row.day is not None:
            if row.start.replace(second=0, microsecond=0) == row.end.replace(
                second=0, microsecond=0
            ):
                return SkippedRow(row.line, "short")  # 10:00-10:00: no time, not a whole day
            return span_of(row.day, row.start, row.end, timezone)
        return None

    def _source_id(self, person: Person, row: ImportedRow, span: Span | None) -> str:
        """What the span is, whatever form the file gives it: the tracker, the person, and
        its instants; a row without times by its content and how many identical rows came
        before it in the file (two equal rows of hours are two entries)."""
        if span is not None:
            # Minutes since the epoch: cheaper than formatting a date, a million times over.
            start, end = int(span.start_utc.timestamp()) // 60, int(span.end_utc.timestamp()) // 60
            key = f"{person.id}|{start}|{end}"
        else:
            seen = self._untimed_seen[(person.id, row.source_id)] = (
                self._untimed_seen.get((person.id, row.source_id), 0) + 1
            )
            key = f"{person.id}|{row.source_id}|{seen}"
        digest = hashlib.blake2b(key.encode(), digest_size=16).hexdigest()
        return self._source_prefix + digest

    def _values(self, row: ImportedRow) -> tuple[EntryWork, EntryRecord, list[int]] | SkippedRow:
        """The entry a row makes and its skills; or the row left out (under a minute, or over
        a day)."""
        timezone = row.timezone or self._timezone
        span = self._span(row, timezone)
        if isinstance(span, SkippedRow):
            return span
        person_name, organisation_name, kind = self._names(row)
        person, organisation, role = self._placement(
            person_name, organisation_name, kind, row.role or _DEFAULT_ROLE_TITLE[kind]
        )
        local = zone(timezone)
        times: WorkTimes | None = None
        if span is not None:
            begin = span.start_utc.astimezone(local)
            day, minutes = begin.date(), span.minutes
            times = WorkTimes(
                begin.time(), span.end_utc.astimezone(local).time(), span.start_utc, span.end_utc
            )
        else:
            assert row.day is not None
            day, minutes = row.day, row.minutes
        local_now = self._now.astimezone(local)
        rules.check_not_future(day, local_now.date())
        rules.check_in_role_period(day, role)
        rules.check_minutes(minutes)
        rules.check_beneficiaries(row.beneficiaries)
        if times is not None:
            rules.check_over(times.end_utc, self._now, times.end_utc.astimezone(local))
        else:
            rules.check_worked_by_now(day, minutes, local_now)
        self._report.minutes[kind] += minutes
        work = entry_work(
            role,
            day,
            minutes=minutes,
            timezone=timezone,
            times=times,
            category_id=self._roster.category(row.category) if row.category else None,
            description=check_optional(
                "description", row.description, "The description", limit=None, lines=True
            ),
            location=check_optional("location", row.location, "The place"),
            beneficiaries=row.beneficiaries,
        )
        record = EntryRecord(
            status=(row.status or EntryStatus.SUBMITTED).value,
            reviewer=check_optional("reviewer", row.reviewer, "The reviewer's name"),
            reviewed_at=row.reviewed_at,
            review_note=check_optional(
                "review_note", row.review_note, "The review note", limit=None, lines=True
            ),
            source=EntrySource.IMPORT.value,
            source_id=self._source_id(person, row, span),
            created_at=self._now,
            updated_at=self._now,
        )
        return work, record, self._roster.skill_ids(row.skills)

    def _count_passed_over(self) -> None:
        """Spans passed over were counted as added; count them as what they are: imported
        before this import, or repeated in the file (the entry holding them is this import's
        own)."""
        passed = self._writer.take_passed_over()
        if not passed:
            return
        first = self._writer.first_id
        holders = EntryRepo(self._s).ids_of_sources(
            EntrySource.IMPORT, [values[_SOURCE_ID] for values in passed]
        )
        for values in passed:
            self._report.added -= 1
            self._report.minutes[WorkKind(values[_KIND])] -= values[_MINUTES]
            holder = holders.get(values[_SOURCE_ID])
            if first is not None and holder is not None and holder >= first:
                self._report.repeated += 1
            else:
                self._report.already_imported += 1

    def _check_cancel(self) -> None:
        if self._progress.cancelled():
            raise Cancelled("Cancelled; nothing was imported.")
        self._count_passed_over()
        self._progress.report(min(self._report.rows, self._lines), self._lines)
