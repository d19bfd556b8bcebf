"""Exceptions for user mistakes. Their message is written for the person who made the mistake.

A message is a template with named values ("{day} is in the future"), so that the desktop
application can show it translated (the template is what translators see) while the command
line prints it in English. Programming errors are not wrapped in these: they keep raising as
ordinary exceptions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

# A value a message quotes is cut to this many characters: a 10 kB name or a number of
# 100,000 digits is named by its start, not printed whole (and Python refuses to write out an
# integer of more than 4,300 digits at all).
_LONGEST_VALUE = 240


def _shown(value: object) -> object:
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 200:
        return f"a number of about {int(value.bit_length() * 0.30103)} digits"
    if isinstance(value, str) and len(value) > _LONGEST_VALUE:
        return f"{value[:_LONGEST_VALUE]}... ({len(value):,} characters)"
    return value


def _as_is(value: object) -> object:
    return value


@dataclass(frozen=True, slots=True)
class Message:
    """A sentence for a user: a template and the values that fill it."""

    template: str
    params: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if any(_shown(value) is not value for value in self.params.values()):
            object.__setattr__(
                self, "params", {name: _shown(value) for name, value in self.params.items()}
            )

    def __str__(self) -> str:
        return self.template.format(**self.params) if self.params else self.template

    def translated(
        self, translate: Callable[[str], str], show: Callable[[object], object] = _as_is
    ) -> str:
        """The sentence in another language, given a function that translates templates and
        one that writes the values it quotes as that language writes them (an entry, a date,
        a status)."""
        template = translate(self.template)
        # A value may itself be a message (the reason inside "Tuesday: {reason}").
        params = {
            name: value.translated(translate, show) if isinstance(value, Message) else show(value)
            for name, value in self.params.items()
        }
        try:
            return template.format(**params) if params else template
        except (KeyError, IndexError, ValueError):  # a broken translation: fall back to English
            return str(self)


class OkuvolError(Exception):
    """Base of every error a user can cause and fix; the message says what and which value."""

    def __init__(self, message: str, /, **params: object) -> None:
        self.text = Message(message, params)
        super().__init__(str(self.text))

    @property
    def message(self) -> str:
        """The message in English."""
        return str(self.text)

    def __str__(self) -> str:
        return str(self.text)


class ValidationError(OkuvolError):
    """A value breaks a rule of the ledger.

    Attributes:
        field: The name of the field that is wrong, so a form can show the message beside it.
    """

    def __init__(self, field: str, message: str, /, **params: object) -> None:
        super().__init__(message, **params)
        self.field = field


class OverlapError(ValidationError):
    """A timed entry would overlap another timed entry of the same person."""

    def __init__(self, message: str, clashing_entry_id: int | None, /, **params: object) -> None:
        super().__init__("start", message, **params)
        self.clashing_entry_id = clashing_entry_id


class NotFound(OkuvolError):
    """A person, organisation, role or entry named by the user does not exist."""


class Conflict(OkuvolError):
    """The change clashes with what is already recorded (a duplicate name, a running timer...)."""
