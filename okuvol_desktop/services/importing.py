"""Importing another tracker's file: all of it or nothing, and never the same row twice.

The file is streamed: rows are checked one by one against the ledger's rules and written in
batches with executemany, inside one transaction. A row that breaks a rule stops the writing
(reading goes on, to count every bad row) and the transaction rolls back, so a refused file
leaves the ledger as it was. A dry run is the same work rolled back at the end.

Each entry remembers where it came from (``source`` "import", ``source_id`` the format and the
row's id or hash); the unique index on the two passes over rows already in the ledger as they
are written (and a row repeated further down the file), so importing a file twice adds nothing
and the report counts them. Spans are kept as the other program recorded them, overlapping or
not.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from okuvol_desktop.domain import rules
from okuvol_desktop.domain.durations import span_of, zone
from okuvol_desktop.domain.errors import OkuvolError, ValidationError
from okuvol_desktop.domain.kinds import EntrySource, EntryStatus, WorkKind
from okuvol_desktop.domain.model import Organisation, Person, Role
from okuvol_desktop.domain.progress import Cancelled, NoProgress, Progress
from okuvol_desktop.interchange.formats import FORMATS, ImportFormat
from okuvol_desktop.interchange.rows import ImportedRow, RowProblem, SkippedRow
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.exporting import ExportService
from okuvol_desktop.services.organisations import record_organisation
from okuvol_desktop.storage.bulk import ENTRY_COLUMNS, BulkEntryWriter, roomy_page_cache
from okuvol_desktop.storage.repositories import (
    CategoryRepo,
    EntryRepo,
    OrganisationRepo,
    PersonRepo,
    RoleRepo,
    SkillRepo,
)

SHOWN_PROBLEMS = 5
WHOLE_LEDGER = "okuvol-json"  # a whole ledger, loaded as it was into an empty database
_BATCH = 2_000
_KIND, _MINUTES = ENTRY_COLUMNS.index("kind"), ENTRY_COLUMNS.index("minutes")
_DEFAULT_ROLE_TITLE = {
    WorkKind.PROFESSIONAL: "Professional work",
    WorkKind.VOLUNTEER: "Volunteer work",
}


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """What the person importing says about the file; ``person``/``organisation``/``kind``
    fill what the format lacks and override what it says."""

    format: str
    person: str | None = None
    organisation: str | None = None
    kind: WorkKind | None = None
    timezone: str | None = None
    dry_run: bool = False


@dataclass(slots=True)
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    dry_run: bool
    rows: int = 0
    added: int = 0
    already_imported: int = 0
    zero_length: int = 0
    running: int = 0
    overlapping: int = 0  # added timed entries that overlap another of the same person
    people: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    minutes: Counter[WorkKind] = field(default_factory=Counter)


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
    if not path.is_file():
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


class _Ledger:
    """People, organisations and roles by name, created on first use within the import."""

    def __init__(self, s: Session, report: ImportReport, now: datetime) -> None:
        self._s = s
        self._now = now
        self._report = report
        self.people = {p.full_name: p for p in PersonRepo(s).list(include_archived=True)}
        self.organisations = {o.name: o for o in OrganisationRepo(s).list(include_archived=True)}
        self._roles: dict[tuple[int, int, WorkKind, str], Role] = {}
        for role in RoleRepo(s).list(include_archived=True):
            # Two roles of one title for the same person and organisation: the first is used.
            key = (role.person_id, role.organisation_id, role.kind, role.title)
            self._roles.setdefault(key, role)
        self._categories: dict[str, int] = {}
        self._skills: dict[str, int] = {}

    def person(self, name: str) -> Person:
        person = self.people.get(name)
        if person is None:
            person = PersonRepo(self._s).add(full_name=rules.check_text("person", name, "The name"))
            self.people[name] = person
            self._report.people.append(name)
        return person

    def organisation(self, name: str) -> Organisation:
        organisation = self.organisations.get(name)
        if organisation is None:
            checked = rules.check_text("organisation", name, "The organisation's name")
            organisation = record_organisation(self._s, self._now, name=checked)
            self.organisations[name] = organisation
            self._report.organisations.append(name)
        return organisation

    def role(self, person: Person, organisation: Organisation, kind: WorkKind, title: str) -> Role:
        key = (person.id, organisation.id, kind, title)
        found = self._roles.get(key)
        if found is None:
            found = RoleRepo(self._s).add(
                person_id=person.id, organisation_id=organisation.id, kind=kind.value, title=title
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
        items: list[ImportedRow | RowProblem | SkippedRow] = []
        with closing(fmt.read(path, timezone)) as reading:  # closes the file when cut short
            for item in reading:
                items.append(item)
                if len(items) >= limit:
                    break
        return ImportPreview(columns, items)

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
        report = ImportReport(dry_run=options.dry_run)
        lines = count_lines(path)
        try:
            with self._ctx.transaction() as s:
                run = _Run(
                    s,
                    self._ctx,
                    fmt=fmt,
                    options=options,
                    timezone=timezone,
                    report=report,
                    progress=progress or NoProgress(),
                )
                with roomy_page_cache(s):
                    run.go(fmt.read(path, timezone), path.name, lines)
                report.overlapping = run.count_overlapping()
                if options.dry_run:
                    raise _Rollback  # which brings back any index the run set aside
                # After the roomy cache is given back: SQLite built the indexes of a million
                # rows in 4.7 s with its default cache and in 6.1 s with 64 MB.
                run.restore_indexes()
        except _Rollback:
            pass
        return report


class _Run:
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
        self._today = ctx.today(timezone)
        self._now = ctx.clock()
        self._report = report
        self._ledger = _Ledger(s, report, self._now)
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

    def go(
        self, items: Iterator[ImportedRow | RowProblem | SkippedRow], file: str, lines: int
    ) -> None:
        self._lines = lines
        self._writer.defer_indexes(lines)
        for item in items:
            self._report.rows += 1
            if self._report.rows % _BATCH == 0:
                self._check_cancel()  # also while a refused file is read on, to count
            if isinstance(item, SkippedRow):
                if item.why == "running":
                    self._report.running += 1
                else:
                    self._report.zero_length += 1
                continue
            if isinstance(item, RowProblem):
                self._refuse(item)
                continue
            try:
                values, skills = self._values(item)
            except OkuvolError as error:
                self._refuse(RowProblem(item.line, error.text))
                continue
            if not self._bad:
                self._writer.add(values, skills)
                self._report.added += 1
        if self._bad:
            raise ImportRefused(file, self._problems, self._bad)
        self._writer.flush()
        self._count_passed_over()

    def restore_indexes(self) -> None:
        self._writer.restore_indexes()

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
            person = self._ledger.person(person_name)
            organisation = self._ledger.organisation(organisation_name)
            if person.archived or organisation.archived:
                raise ValidationError(
                    "person",
                    "{name} is archived",
                    name=person.full_name if person.archived else organisation.name,
                )
            found = (person, organisation, self._ledger.role(person, organisation, kind, title))
            self._placements[key] = found
        return found

    def _values(self, row: ImportedRow) -> tuple[tuple[Any, ...], list[int]]:
        """The entry a row makes, as values in the order of ENTRY_COLUMNS, and its skills."""
        options = self._options
        person_name = options.person or row.person
        organisation_name = options.organisation or row.organisation
        kind = options.kind or row.kind
        if not person_name:
            raise ValidationError("person", "it names no person (give --person)")
        if not organisation_name:
            raise ValidationError("organisation", "it names no organisation (give --org)")
        if kind is None:
            raise ValidationError(
                "kind", "it does not say whether the work was paid or volunteer (give --kind)"
            )
        person, organisation, role = self._placement(
            person_name, organisation_name, kind, row.role or _DEFAULT_ROLE_TITLE[kind]
        )
        rules.check_not_future(row.day, self._today)
        rules.check_in_role_period(row.day, role)
        timezone = row.timezone or self._timezone
        minutes = row.minutes
        start_utc = end_utc = None
        if row.start is not None and row.end is not None:
            span = span_of(row.day, row.start, row.end, timezone)
            minutes, start_utc, end_utc = span.minutes, span.start_utc, span.end_utc
        rules.check_minutes(minutes)
        self._report.minutes[kind] += minutes
        timed = start_utc is not None
        values = (
            role.id,
            person.id,
            organisation.id,
            kind.value,
            row.day,
            row.start if timed else None,
            row.end if timed else None,
            start_utc,
            end_utc,
            minutes,
            timezone,
            self._ledger.category(row.category) if row.category else None,
            row.description,
            row.location,
            row.beneficiaries,
            (row.status or EntryStatus.SUBMITTED).value,
            row.reviewer,
            row.reviewed_at,
            row.review_note,
            EntrySource.IMPORT.value,
            self._source_prefix + row.source_id,
            self._now,
            self._now,
        )
        return values, self._ledger.skill_ids(row.skills)

    def _count_passed_over(self) -> None:
        """Rows the ledger held already were counted as added; count them as what they are."""
        for values in self._writer.take_passed_over():
            self._report.added -= 1
            self._report.already_imported += 1
            self._report.minutes[WorkKind(values[_KIND])] -= values[_MINUTES]

    def _check_cancel(self) -> None:
        if self._progress.cancelled():
            raise Cancelled("Cancelled; nothing was imported.")
        self._count_passed_over()
        self._progress.report(min(self._report.rows, self._lines), self._lines)
