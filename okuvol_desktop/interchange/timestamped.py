"""Timewarrior and Watson: spans stamped in UTC (or with an offset), with tags, no people.

Their times are turned into local dates and times in the zone of the import. Neither names a
person or an organisation: those come from --person and --org (a Timewarrior tag
``client:NAME`` names the organisation). Tags become skills, except the words that say the
kind of work ("volunteer", "paid", "billable"). Timewarrior's annotation and Watson's project
become the description and the role title. A span still running is left out and counted.
Spans keep their seconds here; the ledger's rule for them is applied when they are imported.
Problems name the line of the file (a Watson frame spans several lines of its JSON).

Accepted files:
- Timewarrior: its data files (``~/.timewarrior/data/2026-03.data``), ``timew export`` JSON,
  and what an extension receives on standard input (settings, a blank line, then JSON).
- Watson: its ``frames`` file, ``watson log --json`` and ``watson log --csv``; the ``state``
  file holds only a running frame.
"""

from __future__ import annotations

import json
from collections.abc import Generator, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from okuvol_desktop.interchange.parsing import (
    FileRefused,
    LineError,
    csv_lines,
    kind_from,
    parse_json,
    read_text,
    row_hash,
    without_kind_words,
)
from okuvol_desktop.interchange.rows import ImportedRow, ReadSettings, RowProblem, SkippedRow

ReadItem = ImportedRow | RowProblem | SkippedRow
_TIMEW_STAMP = "%Y%m%dT%H%M%SZ"


def _tags(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
        raise LineError("its tags are not a list of words")
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
    tags: list[str],
    role: str | None,
    description: str | None,
) -> ImportedRow:
    if end < start:
        raise LineError(
            "it ends ({end}) before it starts ({start})",
            end=end.isoformat(sep=" ", timespec="minutes"),
            start=start.isoformat(sep=" ", timespec="minutes"),
        )
    organisation = next((t.split(":", 1)[1] for t in tags if t.startswith("client:")), None)
    plain = [t for t in tags if not t.startswith("client:")]
    return ImportedRow(
        line=line,
        source_id=source_id,
        day=None,
        minutes=0,
        began=start,
        ended=end,
        organisation=organisation or None,
        role=role or None,
        kind=kind_from(plain),
        description=description or None,
        skills=without_kind_words(plain),
    )


# --- Timewarrior --------------------------------------------------------------------------


def _timew_interval(
    line: int, start: str, end: str | None, *, tags: list[str], note: str | None
) -> ImportedRow | SkippedRow:
    if not end:
        return SkippedRow(line, "running")
    began, ended = _utc(start, "start"), _utc(end, "end")
    source = row_hash("timewarrior", [start, end, *tags])
    return _entry(line, source, start=began, end=ended, tags=tags, role=None, description=note)


def _timew_json(text: str, first_line: int) -> Iterator[ReadItem]:
    intervals = parse_json(text, "This Timewarrior export", first_line)
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
                tags=_tags(interval.get("tags", [])),
                note=str(note) if note is not None else None,
            )
        except LineError as error:
            yield RowProblem(line, error.text)


def _tokens(text: str) -> list[tuple[str, bool]]:
    """The words of a Timewarrior data line as its own lexer splits them: a word runs to the
    next blank; one that starts with a quote runs to the matching quote (a backslash before a
    quote keeps it), and a quote that is never closed is part of a word (``it's``). Each word
    comes with whether it was quoted, so that a quoted "#" is text, not a separator."""
    words: list[tuple[str, bool]] = []
    index, end = 0, len(text)
    while index < end:
        char = text[index]
        if char.isspace():
            index += 1
            continue
        if char in "\"'":
            closed, taken = _quoted(text, index)
            if closed is not None:
                words.append((closed, True))
                index = taken
                continue
        start = index
        while index < end and not text[index].isspace():
            index += 1
        words.append((text[start:index], False))
    return words


def _quoted(text: str, start: int) -> tuple[str | None, int]:
    """The text inside the quote that opens at ``start``, and where it ends; None if the quote
    is never closed."""
    quote, index, kept = text[start], start + 1, []
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text) and text[index + 1] == quote:
            kept.append(quote)
            index += 2
            continue
        if char == quote:
            return "".join(kept), index + 1
        kept.append(char)
        index += 1
    return None, start


def _timew_line(line: int, raw: str) -> ImportedRow | SkippedRow:
    """One interval of a data file: ``inc START [- END] [# TAG ...] [# ANNOTATION]``."""
    words = _tokens(raw)
    if not words or words[0] != ("inc", False) or len(words) < 2 or len(words[1][0]) != 16:
        raise LineError("'{text}' is not a Timewarrior interval", text=raw.strip()[:60])
    start, end, rest = words[1][0], None, words[2:]
    if len(rest) >= 2 and rest[0] == ("-", False) and len(rest[1][0]) == 16:
        end, rest = rest[1][0], rest[2:]
    tags: list[str] = []
    note: str | None = None
    if rest and rest[0] == ("#", False):
        rest = rest[1:]
        separator = next((i for i, word in enumerate(rest) if word == ("#", False)), len(rest))
        tags = [word for word, _quoted_word in rest[:separator]]
        if separator < len(rest):
            note = " ".join(word for word, _quoted_word in rest[separator + 1 :]) or None
    elif rest:
        raise LineError("'{text}' is not a Timewarrior interval", text=raw.strip()[:60])
    return _timew_interval(line, start, end, tags=tags, note=note)


def _timew_data(text: str) -> Iterator[ReadItem]:
    for line, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            yield _timew_line(line, raw)
        except LineError as error:
            yield RowProblem(line, error.text)


def _content(path: Path, what: str) -> tuple[str, str]:
    """The file's text, and the same without the blank space it starts with."""
    text = read_text(path, what)
    stripped = text.lstrip()
    if not stripped:
        raise FileRefused("{file} is empty.", file=path.name)
    return text, stripped


def read_timewarrior(path: Path, settings: ReadSettings) -> Generator[ReadItem, None, None]:
    """Every interval of a Timewarrior data file, export or extension input (all in UTC)."""
    del settings  # Timewarrior writes UTC: nothing to choose
    text, stripped = _content(path, "Timewarrior")
    if stripped.startswith("["):
        yield from _timew_json(stripped, text[: len(text) - len(stripped)].count("\n") + 1)
        return
    if stripped.startswith("inc "):
        yield from _timew_data(text)
        return
    header, blank, body = text.partition("\n\n")
    if blank and body.lstrip().startswith("["):
        yield from _timew_json(body, header.count("\n") + 3)
        return
    raise FileRefused(
        "{file} is not a Timewarrior file: it is neither its data (lines starting 'inc') "
        "nor `timew export` JSON.",
        file=path.name,
    )


# --- Watson ---------------------------------------------------------------------------------


def _moment(value: Any, what: str) -> datetime:
    """A Watson time: epoch seconds (frames), ISO with an offset (log --json), or local ISO
    without one (log --csv), which is left naive for the import to read in its zone."""
    try:
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise ValueError(value)
        if isinstance(value, int | float):
            return datetime.fromtimestamp(value, UTC)
        return datetime.fromisoformat(value)
    except (ValueError, OverflowError, OSError) as exc:
        raise LineError("the {what} '{value}' is not a time", what=what, value=value) from exc


def _watson_frame(
    line: int, source: str, start: Any, stop: Any, *, project: str, tags: list[str]
) -> ImportedRow:
    return _entry(
        line,
        source,
        start=_moment(start, "start"),
        end=_moment(stop, "stop"),
        tags=tags,
        role=project,
        description=None,
    )


def _is_frame(frame: object) -> bool:
    """A frame of the frames file (a list) or of `watson log --json` (a dict with times)."""
    if isinstance(frame, list):
        return len(frame) >= 5
    return isinstance(frame, dict) and {"start", "stop"} <= frame.keys()


def _array_items(text: str, name: str) -> Iterator[tuple[int, Any]]:
    """The items of a JSON array with the line each starts on (Watson writes its frames over
    several lines each, so a frame's place in the list is not its line)."""
    decoder = json.JSONDecoder()
    index = text.index("[") + 1
    line = text.count("\n", 0, index) + 1
    while True:
        while index < len(text) and text[index] in " \t\r\n,":
            line += text[index] == "\n"
            index += 1
        if index >= len(text) or text[index] == "]":
            return
        try:
            value, end = decoder.raw_decode(text, index)
        except json.JSONDecodeError as exc:
            raise FileRefused(
                "{file} is not complete JSON (line {line}: {reason}).",
                file=name,
                line=exc.lineno,
                reason=exc.msg,
            ) from exc
        yield line, value
        line += text.count("\n", index, end)
        index = end


def _refuse_other_json(document: object, name: str) -> None:
    """Say what a Watson JSON file that holds no frames is, and what to import instead."""
    if isinstance(document, dict) and not document:
        raise FileRefused(
            "{file} is Watson's state file with no frame running: it holds nothing to import. "
            "Import Watson's frames file (in ~/.config/watson) or `watson log --json`.",
            file=name,
        )
    if isinstance(document, dict) and {"projects", "timespan"} & document.keys():
        raise FileRefused(
            "{file} is a Watson report (totals by project), not its frames: import Watson's "
            "frames file or the output of `watson log --json`.",
            file=name,
        )
    raise FileRefused(
        "{file} is JSON, but neither Watson's frames nor `watson log --json`: import Watson's "
        "frames file (in ~/.config/watson) or the output of `watson log --json`.",
        file=name,
    )


def _watson_json(path: Path) -> Iterator[ReadItem]:
    text = read_text(path, "Watson")
    document = parse_json(text, path.name)
    if isinstance(document, dict) and "start" in document:
        yield SkippedRow(1, "running")  # the state file: one frame, still running
        return
    if not isinstance(document, list) or (document and not _is_frame(document[0])):
        _refuse_other_json(document, path.name)
    for line, frame in _array_items(text, path.name):
        try:
            if not _is_frame(frame):
                raise LineError("this is not a Watson frame")
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
                line,
                str(frame_id or row_hash("watson", [start, stop])),
                start,
                stop,
                project=str(project) if project is not None else "",
                tags=_tags(tags),
            )
        except LineError as error:
            yield RowProblem(line, error.text)


def _watson_csv(path: Path) -> Iterator[ReadItem]:
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
            )
        except LineError as error:
            yield RowProblem(line, error.text)


def read_watson(path: Path, settings: ReadSettings) -> Generator[ReadItem, None, None]:
    """Every frame of a Watson frames file, `watson log --json` or `watson log --csv` (whose
    times carry no zone: they are read in the zone of the import)."""
    del settings
    _text, stripped = _content(path, "Watson")
    if stripped[0] in "[{":
        yield from _watson_json(path)
        return
    first_line = stripped.splitlines()[0].lower()
    if "start" in first_line and "stop" in first_line:
        yield from _watson_csv(path)
        return
    raise FileRefused(
        "{file} is not a Watson file: import its frames file or `watson log --json`.",
        file=path.name,
    )
