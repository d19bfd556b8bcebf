"""The okuvol-scheme file: one award or requirement scheme as JSON (README, "Scheme files").

Read as data from a stranger: every field is checked, an unknown field is refused (a typo
such as "tier" for "tiers" would otherwise drop a rule silently), and each error names the
field by its path (``bands[2].tiers[1].hours``). Numbers are read as decimals, so that a
scheme written out and read back is the same scheme.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from okuvol_desktop.domain.errors import ValidationError
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.schemes import (
    AgeBand,
    AwardPeriod,
    AwardScheme,
    CategoryMinimum,
    Measure,
    RequirementScheme,
    Scheme,
    SchemeAbout,
    SchemeKind,
    Tier,
)

FORMAT = "okuvol-scheme"
VERSION = 1
_LONGEST_NAME = 200
_LONGEST_TEXT = 2000
_MOST_HOURS = Decimal(100_000)  # a lifetime of full weeks is about 100,000 hours
_ABOUT = ("format", "version", "name", "type", "source", "year", "region", "example", "note")
_AWARD = (*_ABOUT, "period", "counts", "bands")
_E = TypeVar("_E", SchemeKind, AwardPeriod, Measure)
_T = TypeVar("_T")
_REQUIREMENT = (*_ABOUT, "measure", "cycle_years", "target", "counts", "minimums")


def parse(text: str) -> Scheme:
    """The scheme a file's text holds.

    Raises:
        ValidationError: the text is not a valid okuvol-scheme file; the message names the
            line (for broken JSON) or the field.
    """
    try:
        document = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as error:
        raise ValidationError(
            "file",
            "The scheme file is not valid JSON: {reason} on line {line}.",
            reason=error.msg,
            line=error.lineno,
        ) from None
    return from_document(document)


def from_document(document: Any) -> Scheme:
    """The scheme of a decoded document (see parse)."""
    top = _object(document, "the file")
    if top.get("format") != FORMAT:
        raise ValidationError(
            "format", 'The file is not an okuvol scheme: its "format" is not "okuvol-scheme".'
        )
    if top.get("version") != VERSION:
        raise ValidationError(
            "version",
            "The scheme file is of version {version}; this okuvol reads version 1.",
            version=top.get("version"),
        )
    kind = _choice(top, "type", SchemeKind)
    _known(top, _AWARD if kind is SchemeKind.AWARD else _REQUIREMENT, "")
    about = SchemeAbout(
        name=_text(top, "name", _LONGEST_NAME),
        source=_text(top, "source", _LONGEST_TEXT),
        year=_whole(top, "year", 1900, 2200, required=False),
        region=_text(top, "region", _LONGEST_NAME, required=False),
        example=_flag(top, "example"),
        note=_text(top, "note", _LONGEST_TEXT, required=False),
    )
    counts = _kinds(top)
    if kind is SchemeKind.AWARD:
        return AwardScheme(about, _choice(top, "period", AwardPeriod), counts, _bands(top))
    return RequirementScheme(
        about,
        _choice(top, "measure", Measure),
        _whole(top, "cycle_years", 1, 20),
        _amount(top, "target", "target"),
        counts,
        _minimums(top),
    )


def to_document(scheme: Scheme) -> dict[str, Any]:
    """The document of a scheme, fields in the order the README lists them."""
    about = scheme.about
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "name": about.name,
        "type": scheme.kind.value,
        "source": about.source,
    }
    for name, value in (("year", about.year), ("region", about.region)):
        if value is not None:
            document[name] = value
    document["example"] = about.example
    if about.note is not None:
        document["note"] = about.note
    counts = [k.value for k in WorkKind if k in scheme.counts]
    if isinstance(scheme, AwardScheme):
        document["period"] = scheme.period.value
        document["counts"] = counts
        document["bands"] = [
            {
                "name": band.name,
                "min_age": band.min_age,
                "max_age": band.max_age,
                "tiers": [{"name": t.name, "hours": _number(t.hours)} for t in band.tiers],
            }
            for band in scheme.bands
        ]
        return document
    document["measure"] = scheme.measure.value
    document["cycle_years"] = scheme.cycle_years
    document["target"] = _number(scheme.target)
    document["counts"] = counts
    document["minimums"] = [
        {"category": m.category, "amount": _number(m.amount)} for m in scheme.minimums
    ]
    return document


def dumps(scheme: Scheme) -> str:
    """The file's text: JSON, two-space indent, names in their own script."""
    return json.dumps(to_document(scheme), ensure_ascii=False, indent=2) + "\n"


def _number(value: Decimal) -> int | float:
    """A whole number as one; else the float whose shortest form is the decimal's digits
    (read back with parse_float=Decimal, 12.5 is 12.5 again)."""
    return int(value) if value == value.to_integral_value() else float(value)


def _object(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise ValidationError(
            where, "{field} must be a JSON object with named fields.", field=where
        )
    return value


def _known(values: Mapping[str, Any], fields: tuple[str, ...], where: str) -> None:
    for name in values:
        if name not in fields:
            raise ValidationError(
                where + name,
                "{field} is not a field of a scheme file here; the fields are: {fields}.",
                field=where + name,
                fields=", ".join(fields),
            )


def _missing(field: str) -> ValidationError:
    return ValidationError(field, "{field} is missing from the scheme file.", field=field)


def _given(values: Mapping[str, Any], name: str, where: str, required: bool) -> tuple[str, Any]:
    """The field's full name and its value: None when it is absent and may be; refused when
    it is absent and must not be."""
    field = where + name
    value = values.get(name)
    if value is None and required:
        raise _missing(field)
    return field, value


def _text(
    values: Mapping[str, Any], name: str, longest: int, *, where: str = "", required: bool = True
) -> Any:
    field, value = _given(values, name, where, required)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip() or len(value) > longest:
        raise ValidationError(
            field,
            "{field} must be text of 1 to {longest} characters.",
            field=field,
            longest=longest,
        )
    return value.strip()


def _whole(
    values: Mapping[str, Any],
    name: str,
    low: int,
    high: int,
    *,
    where: str = "",
    required: bool = True,
) -> Any:
    field, value = _given(values, name, where, required)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(
            field,
            "{field} must be a whole number from {low} to {high}, not {value}.",
            field=field,
            low=low,
            high=high,
            value=value,
        )
    return value


def _amount(values: Mapping[str, Any], name: str, field: str) -> Decimal:
    value = values.get(name)
    if value is None:
        raise _missing(field)
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        number = None
    else:
        number = Decimal(value)
    if (
        number is None
        or not number.is_finite()
        or not 0 < number <= _MOST_HOURS
        or number != number.quantize(Decimal("0.01"))
    ):
        raise ValidationError(
            field,
            "{field} must be a number more than 0 and at most 100,000, with at most two "
            "decimals, not {value}.",
            field=field,
            value=value,
        )
    return number


def _flag(values: Mapping[str, Any], name: str) -> bool:
    value = values.get(name, False)
    if not isinstance(value, bool):
        raise ValidationError(name, "{field} must be true or false.", field=name)
    return value


def _choice(values: Mapping[str, Any], name: str, choices: type[_E]) -> _E:
    value = values.get(name)
    if value is None:
        raise _missing(name)
    allowed = [c.value for c in choices]
    if value not in allowed:
        raise ValidationError(
            name,
            "{field} must be one of {choices}, not {value}.",
            field=name,
            choices=", ".join(allowed),
            value=value,
        )
    return choices(value)


def _list(
    values: Mapping[str, Any], name: str, *, where: str = "", empty: bool = False
) -> list[Any]:
    field = where + name
    value = values.get(name)
    if value is None and empty:
        return []
    if not isinstance(value, list) or (not value and not empty):
        raise ValidationError(field, "{field} must be a list with at least one item.", field=field)
    return value


def _kinds(values: Mapping[str, Any]) -> frozenset[WorkKind]:
    kinds = _list(values, "counts")
    allowed = [k.value for k in WorkKind]
    for number, kind in enumerate(kinds):
        if kind not in allowed:
            raise ValidationError(
                "counts",
                "{field} must be one of {choices}, not {value}.",
                field=f"counts[{number}]",
                choices=", ".join(allowed),
                value=kind,
            )
    return frozenset(WorkKind(k) for k in kinds)


def _unique(names: list[str], field: str) -> None:
    seen: set[str] = set()
    for name in names:
        if name.casefold() in seen:
            raise ValidationError(field, "{field} names {name} twice.", field=field, name=name)
        seen.add(name.casefold())


def _items(
    values: Mapping[str, Any],
    name: str,
    read: Callable[[Mapping[str, Any], str], _T],
    *,
    empty: bool = False,
    where: str = "",
) -> list[_T]:
    return [
        read(_object(item, f"{where}{name}[{n}]"), f"{where}{name}[{n}].")
        for n, item in enumerate(_list(values, name, where=where, empty=empty))
    ]


def _tier(values: Mapping[str, Any], where: str) -> Tier:
    _known(values, ("name", "hours"), where)
    return Tier(
        _text(values, "name", _LONGEST_NAME, where=where), _amount(values, "hours", where + "hours")
    )


def _band(values: Mapping[str, Any], where: str) -> AgeBand:
    _known(values, ("name", "min_age", "max_age", "tiers"), where)
    low = _whole(values, "min_age", 0, 150, where=where, required=False)
    high = _whole(values, "max_age", 0, 150, where=where, required=False)
    if low is not None and high is not None and low > high:
        raise ValidationError(
            where + "min_age",
            "{field} is above the band's max_age.",
            field=where + "min_age",
        )
    tiers = _items(values, "tiers", _tier, where=where)
    _unique([t.name for t in tiers], where + "tiers")
    return AgeBand(_text(values, "name", _LONGEST_NAME, where=where), low, high, tuple(tiers))


def _bands(values: Mapping[str, Any]) -> tuple[AgeBand, ...]:
    bands = _items(values, "bands", _band)
    _unique([b.name for b in bands], "bands")
    for number, band in enumerate(bands):
        for other in bands[number + 1 :]:
            shared = _shared_age(band, other)
            if shared is not None:
                raise ValidationError(
                    "bands",
                    "The age bands {first} and {second} both fit people aged {age}; a person "
                    "must fit one band only.",
                    first=band.name,
                    second=other.name,
                    age=shared,
                )
    return tuple(bands)


def _shared_age(one: AgeBand, other: AgeBand) -> int | None:
    """An age both bands fit (ages unknown to a band run from 0 to 150), or None."""
    low = max(one.min_age or 0, other.min_age or 0)
    high = min(
        150 if one.max_age is None else one.max_age, 150 if other.max_age is None else other.max_age
    )
    return low if low <= high else None


def _minimum(values: Mapping[str, Any], where: str) -> CategoryMinimum:
    _known(values, ("category", "amount"), where)
    return CategoryMinimum(
        _text(values, "category", 64, where=where), _amount(values, "amount", where + "amount")
    )


def _minimums(values: Mapping[str, Any]) -> tuple[CategoryMinimum, ...]:
    minimums = _items(values, "minimums", _minimum, empty=True)
    _unique([m.category for m in minimums], "minimums")
    return tuple(minimums)
