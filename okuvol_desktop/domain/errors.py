"""Exceptions for user mistakes. Their message is written for the person who made the mistake.

Programming errors are not wrapped in these: they keep raising as ordinary exceptions.
"""

from __future__ import annotations


class OkuvolError(Exception):
    """Base of every error a user can cause and fix; the message says what and which value."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(OkuvolError):
    """A value breaks a rule of the ledger.

    Attributes:
        field: The name of the field that is wrong, so a form can show the message beside it.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class OverlapError(ValidationError):
    """A timed entry would overlap another timed entry of the same person."""

    def __init__(self, message: str, clashing_entry_id: int | None) -> None:
        super().__init__("start", message)
        self.clashing_entry_id = clashing_entry_id


class NotFound(OkuvolError):
    """A person, organisation, role or entry named by the user does not exist."""


class Conflict(OkuvolError):
    """The change clashes with what is already recorded (a duplicate name, a running timer...)."""
