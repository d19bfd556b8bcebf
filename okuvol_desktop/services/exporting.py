"""Exporting entries (okuvol-csv, iCalendar) and the whole ledger (okuvol-json), and loading an
okuvol-json document into an empty ledger.

Files are written beside their final name and moved into place only when complete, so a
failure or a cancel never leaves half a file under the name the user chose.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from okuvol_desktop.domain.errors import OkuvolError, ValidationError
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import EntryLine
from okuvol_desktop.domain.period import check_in_order
from okuvol_desktop.domain.progress import Cancelled, NoProgress, Progress
from okuvol_desktop.interchange import ics, okuvol_csv, okuvol_json
from okuvol_desktop.interchange.names import EXPORT_FORMATS
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.files import write_file
from okuvol_desktop.services.listing import LogQuery, log_filter
from okuvol_desktop.services.signing_keys import give_every_signer_a_key
from okuvol_desktop.storage.dump import (
    PRIVATE_TABLES,
    clear_for_load,
    dump_rows,
    dumped_tables,
    is_empty,
    load_rows,
)
from okuvol_desktop.storage.listing import count_entries, list_entries
from okuvol_desktop.storage.migrate import head_revision, same_tables_as_head
from okuvol_desktop.storage.reviews import ReviewRepo

_PAGE = 2_000


class _Counter:
    """Reports progress every page of rows and stops when asked."""

    def __init__(self, progress: Progress, total: int) -> None:
        self._progress = progress
        self.total = max(total, 1)
        self.done = 0

    def step(self) -> None:
        self.done += 1
        if self.done % _PAGE == 0:
            if self._progress.cancelled():
                raise Cancelled("Cancelled; no file was written.")
            self._progress.report(min(self.done, self.total), self.total)

    def finish(self) -> None:
        self._progress.report(self.total, self.total)


def _lines(s: Session, query: LogQuery, counter: _Counter) -> Iterator[EntryLine]:
    """The entries of the query, oldest first, a keyset page at a time (bounded memory)."""
    f = log_filter(s, query)
    after = None
    while True:
        page = list_entries(s, f, _PAGE, after=after, sort="date", descending=False)
        for line in page:
            counter.step()
            yield line
        if len(page) < _PAGE:
            return
        after = page[-1]


class ExportService:
    """Use cases of taking data out of the ledger, and bringing a whole ledger back in."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def export(
        self,
        fmt: str,
        out: Path,
        query: LogQuery | None = None,
        progress: Progress | None = None,
        *,
        with_keys: bool = False,
    ) -> int:
        """Write the entries the query selects (all, without one) as ``fmt``; returns how many.

        The whole-ledger JSON carries the organisations' public keys, and their private keys
        only when ``with_keys`` asks for them: a file sent somewhere must not let its reader
        sign in an organisation's name.

        Raises:
            ValidationError: an unknown format, or filters given for the whole-ledger JSON.
            Cancelled: the user stopped it; no file was written.
        """
        query = query or LogQuery()
        progress = progress or NoProgress()
        check_in_order(query.date_from, query.date_to)
        if fmt not in EXPORT_FORMATS:
            raise ValidationError(
                "format",
                "'{format}' is not an export format; use csv, json or ics.",
                format=fmt,
            )
        if fmt == "json":
            if query.filters_anything():
                raise ValidationError(
                    "format",
                    "A JSON export holds the whole ledger; filters apply to csv and ics.",
                )
            return self._export_json(out, progress, with_keys)
        if with_keys:
            raise ValidationError("with_keys", "Only the whole-ledger JSON carries keys.")
        with self._ctx.reading() as s:  # one snapshot of the ledger for the whole file
            counter = _Counter(progress, count_entries(s, log_filter(s, query)))
            stamp = self._ctx.clock()

            def write(path: Path) -> None:
                if fmt == "csv":
                    with path.open("w", encoding="utf-8", newline="") as handle:
                        okuvol_csv.write(_lines(s, query, counter), handle)
                else:
                    path.write_bytes(ics.calendar(_lines(s, query, counter), stamp).to_ical())

            write_file(out, write, self._ctx.ledger_files())
        counter.finish()
        return counter.done

    def _export_json(self, out: Path, progress: Progress, with_keys: bool) -> int:
        with self._ctx.reading() as s:
            tables = [t for t in dumped_tables() if with_keys or t not in PRIVATE_TABLES]
            counter = _Counter(progress, count_entries(s, log_filter(s, LogQuery())))
            entries = 0

            def rows(name: str) -> Iterator[dict[str, object]]:
                nonlocal entries
                for row in dump_rows(s, name):
                    if name == "entry":
                        entries += 1
                        counter.step()
                    yield row

            def write(path: Path) -> None:
                with path.open("w", encoding="utf-8") as handle:
                    okuvol_json.write(
                        handle,
                        schema=head_revision(),
                        exported_at=self._ctx.clock(),
                        tables=((name, rows(name)) for name in tables),
                    )

            write_file(out, write, self._ctx.ledger_files())
        counter.finish()
        return entries

    def load_json(
        self, path: Path, progress: Progress | None = None, *, dry_run: bool = False
    ) -> tuple[int, Counter[WorkKind]]:
        """Load an okuvol-json document into this ledger, which must be empty; returns how
        many entries it held and their minutes by kind. All of it lands, or none.

        Raises:
            OkuvolError: the ledger is not empty, or the file is not a document of this okuvol.
        """
        progress = progress or NoProgress()
        schema, tables = okuvol_json.read(path)
        if not same_tables_as_head(schema):
            raise OkuvolError(
                "{file} was written by a ledger at schema {schema}; this okuvol is at {head}. "
                "Open it with the okuvol that wrote it, or restore a backup instead.",
                file=path.name,
                schema=schema,
                head=head_revision(),
            )
        with self._ctx.transaction() as s:
            if not is_empty(s):
                raise OkuvolError(
                    "okuvol-json brings back a whole ledger; import it into an empty database "
                    "(okuvol --db new.sqlite3 import FILE --format okuvol-json)."
                )
            clear_for_load(s)
            names = dumped_tables()
            for number, name in enumerate(names, start=1):
                if progress.cancelled():
                    raise Cancelled("Cancelled; nothing was imported.")
                rows = tables.get(name, [])
                try:
                    load_rows(s, name, rows)
                except (
                    ArithmeticError,
                    KeyError,
                    TypeError,
                    ValueError,
                    IntegrityError,
                    DataError,
                ) as exc:
                    raise OkuvolError(
                        "{file} cannot be loaded: the {table} rows are not as okuvol wrote them "
                        "({reason}).",
                        file=path.name,
                        table=name,
                        reason=str(exc)[:120],
                    ) from exc
                progress.report(number, len(names))
            if "entry_review" not in tables:  # written before okuvol kept every review
                ReviewRepo(s).keep_last_reviews()
            give_every_signer_a_key(s, self._ctx.clock(), path.name)
            if dry_run:
                s.rollback()  # a dry run reads and checks everything, and keeps nothing
            entries = tables.get("entry", [])
            minutes: Counter[WorkKind] = Counter()
            for entry in entries:  # loaded without complaint: kind and minutes are sound
                minutes[WorkKind(entry["kind"])] += int(entry["minutes"])
            return len(entries), minutes
