"""Timewarrior and Watson: spans stamped in UTC (or with an offset), with tags, no people.

Their times are turned into local dates and times in the zone of the import. Neither names a
person or an organisation: those come from --person and --org (a Timewarrior tag
``client:NAME`` names the organisation). Tags become skills, except the words that say the
kind of work ("volunteer", "paid", "billable"). Timewarrior's annotation and Watson's project
become the description and the role title. A span still running is left out and counted.

Accepted files:
- Timewarrior: its data files (``~/.timewarrior/data/2026-03.data``), ``timew export`` JSON,
  and what an extension receives on standard input (settings, a blank line, then JSON).
- Watson: its ``frames`` file, ``watson log --json`` and ``watson log --csv``; the ``state``
  file holds only a running frame.
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from okuvol_desktop.domain.durations import zone
from okuvol_desktop.domain.errors import Message
from okuvol_desktop.interchange.parsing import (
    FileRefused,
    LineError,
    csv_lines,
    kind_from,
    local_span,
    read_text,
    row_hash,
    without_kind_words,
)
from okuvol_desktop.interchange.rows import ImportedRow, RowProblem, SkippedRow

ReadItem = ImportedRow | RowProblem | SkippedRow
_TIMEW_STAMP = "%Y%m%dT%H%M%SZ"
_INTERVAL = re.compile(r"^inc\s+(\S+)(?:\s+-\s+(\S+))?\s*(?:#\s*(.*))?$")


def _tags(value: Any, number: int) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
        raise LineError("the tags of entry {number} are not a list of words", number=number)
    return value


def _utc(stamp: str, what: str) -> datetime:
    try:
        return datetime.strptime(stamp, _TIMEW_STAMP).replace(tzinfo=UTC)
    except ValueError as exc:
        raise LineError("the {what} '{stamp}' is not a UTC time", what=what, stamp=stamp) from exc


def _entry(
    line: int,
    source_id: str,
    *,
    start: datetime,
    end: datetime,
    timezone: str,
    tags: list[str],
    role: str | None,
    description: str | None,
) -> ImportedRow | SkippedRow:
    local = zone(timezone)
    span = local_span(
        start.astimezone(local).replace(tzinfo=None), end.astimezone(local).replace(tzinfo=None)
    )
    if span is None:
        return SkippedRow(line, "zero-length")
    organisation = next((t.split(":", 1)[1] for t in tags if t.startswith("client:")), None)
    plain = [t for t in tags if not t.startswith("client:")]
    return ImportedRow(
        line=line,
        source_id=source_id,
        day=span.day,
        minutes=span.minutes,
        start=span.start,
        end=span.end,
        organisation=organisation or None,
        role=role or None,
        kind=kind_from(plain),
        description=description or None,
        skills=without_kind_words(plain),
    )


# --- Timewarrior --------------------------------------------------------------------------


def _timew_interval(
    line: int, start: str, end: str | None, *, tags: list[str], note: str | None, tz: str
) -> ImportedRow | SkippedRow:
    if not end:
        return SkippedRow(line, "running")
    began, ended = _utc(start, "start"), _utc(end, "end")
    source = row_hash("timewarrior", [start, end, *tags])
    return _entry(
        line,
        source,
        start=began,
        end=ended,
        timezone=tz,
        tags=tags,
        role=None,
        description=note,
    )


def _timew_json(text: str, first_line: int, timezone: str) -> Iterator[ReadItem]:
    try:
        intervals = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FileRefused(
            "This Timewarrior export is not complete JSON (line {line}: {reason}).",
            line=first_line + exc.lineno - 1,
            reason=exc.msg,
        ) from exc
    if not isinstance(intervals, list):
        raise FileRefused("This is not a Timewarrior export: it holds no list of intervals.")
    for number, interval in enumerate(intervals, start=1):
        line = first_line + number  # intervals stand one per line after the opening bracket
        try:
            if not isinstance(interval, dict) or not isinstance(interval.get("start"), str):
                raise LineError("interval {number} has no start", number=number)
            end, note = interval.get("end"), interval.get("annotation")
            yield _timew_interval(
                line,
                interval["start"],
                end if isinstance(end, str) else None,
                tags=_tags(interval.get("tags", []), number),
                note=str(note) if note is not None else None,
                tz=timezone,
            )
        except LineError as error:
            yield RowProblem(line, error.text)


def _timew_data(text: str, timezone: str) -> Iterator[ReadItem]:
    for line, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            match = _INTERVAL.match(raw.strip())
            if match is None:
                raise LineError("'{text}' is not a Timewarrior interval", text=raw.strip()[:60])
            start, end, rest = match.groups()
            tags_part, _, note_part = (rest or "").partition(" # ")
            if (rest or "").startswith("# "):  # no tags, only an annotation
                tags_part, note_part = "", rest[2:]
            tags = shlex.split(tags_part) if tags_part.strip() else []
            note = " ".join(shlex.split(note_part)) if note_part.strip() else None
            yield _timew_interval(line, start, end, tags=tags, note=note, tz=timezone)
        except ValueError:  # shlex: an unbalanced quote
            yield RowProblem(line, Message("a quote is not closed"))
        except LineError as error:
            yield RowProblem(line, error.text)


def _content(path: Path, what: str) -> tuple[str, str]:
    """The file's text, and the same without the blank space it starts with."""
    text = read_text(path, what)
    stripped = text.lstrip()
    if not stripped:
        raise FileRefused("{file} is empty.", file=path.name)
    return text, stripped


def read_timewarrior(path: Path, timezone: str) -> Iterator[ReadItem]:
    """Every interval of a Timewarrior data file, export or extension input."""
    text, stripped = _content(path, "Timewarrior")
    if stripped.startswith("["):
        yield from _timew_json(
            stripped, text[: len(text) - len(stripped)].count("\n") + 1, timezone
        )
        return
    if stripped.startswith("inc "):
        yield from _timew_data(text, timezone)
        return
    header, blank, body = text.partition("\n\n")
    if blank and body.lstrip().startswith("["):
        yield from _timew_json(body, header.count("\n") + 3, timezone)
        return
    raise FileRefused(
        "{file} is not a Timewarrior file: it is neither its data (lines starting 'inc') "
        "nor `timew export` JSON.",
        file=path.name,
    )


# --- Watson ---------------------------------------------------------------------------------


def _moment(value: Any, what: str, timezone: str) -> datetime:
    try:
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise ValueError(value)
        if isinstance(value, int | float):
            return datetime.fromtimestamp(value, UTC)
        moment = datetime.fromisoformat(value)
    except (ValueError, OverflowError, OSError) as exc:
        raise LineError("the {what} '{value}' is not a time", what=what, value=value) from exc
    if moment.tzinfo is None:  # `watson log --csv` writes local time without a zone
        moment = moment.replace(tzinfo=zone(timezone))
    return moment


def _watson_frame(
    line: int, frame_id: str, start: Any, stop: Any, *, project: str, tags: list[str], tz: str
) -> ImportedRow | SkippedRow:
    return _entry(
        line,
        str(frame_id),
        start=_moment(start, "start", tz),
        end=_moment(stop, "stop", tz),
        timezone=tz,
        tags=tags,
        role=project,
        description=None,
    )


def _is_frame(frame: object) -> bool:
    """A frame of the frames file (a list) or of `watson log --json` (a dict with times)."""
    if isinstance(frame, list):
        return len(frame) >= 5
    return isinstance(frame, dict) and {"start", "stop"} <= frame.keys()


def _watson_json(path: Path, timezone: str) -> Iterator[ReadItem]:
    try:
        frames = json.loads(read_text(path, "Watson"))
    except json.JSONDecodeError as exc:
        raise FileRefused(
            "{file} is not complete JSON (line {line}: {reason}).",
            file=path.name,
            line=exc.lineno,
            reason=exc.msg,
        ) from exc
    if isinstance(frames, dict) and "start" in frames:
        yield SkippedRow(1, "running")  # the state file: one frame, still running
        return
    if not isinstance(frames, list) or not all(_is_frame(f) for f in frames[:1]):
        raise FileRefused(
            "{file} is a Watson report, not its frames: import Watson's frames file or the "
            "output of `watson log --json`.",
            file=path.name,
        )
    for number, frame in enumerate(frames, start=1):
        try:
            if not _is_frame(frame):
                raise LineError("frame {number} is not a Watson frame", number=number)
            if isinstance(frame, list):
                start, stop, project, frame_id, tags = frame[:5]
            else:
                start, stop = frame["start"], frame["stop"]
                project, frame_id, tags = (
                    frame.get("project", ""),
                    frame.get("id"),
                    frame.get("tags", []),
                )
            yield _watson_frame(
                number,
                frame_id or row_hash("watson", [start, stop]),
                start,
                stop,
                project=str(project) if project is not None else "",
                tags=_tags(tags, number),
                tz=timezone,
            )
        except LineError as error:
            yield RowProblem(number, error.text)


def _watson_csv(path: Path, timezone: str) -> Iterator[ReadItem]:
    lines = csv_lines(path, "Watson")
    _first, header = next(lines)
    names = [h.strip().lower() for h in header]
    for line, cells in lines:
        record = dict(zip(names, cells, strict=False))
        try:
            tags = [t.strip() for t in record.get("tags", "").split(",") if t.strip()]
            yield _watson_frame(
                line,
                record.get("id") or row_hash("watson", cells),
                record.get("start", ""),
                record.get("stop", ""),
                project=record.get("project", ""),
                tags=tags,
                tz=timezone,
            )
        except LineError as error:
            yield RowProblem(line, error.text)


def read_watson(path: Path, timezone: str) -> Iterator[ReadItem]:
    """Every frame of a Watson frames file, `watson log --json` or `watson log --csv`."""
    _text, stripped = _content(path, "Watson")
    if stripped[0] in "[{":
        yield from _watson_json(path, timezone)
        return
    first_line = stripped.splitlines()[0].lower()
    if "start" in first_line and "stop" in first_line:
        yield from _watson_csv(path, timezone)
        return
    raise FileRefused(
        "{file} is not a Watson file: import its frames file or `watson log --json`.",
        file=path.name,
    )
