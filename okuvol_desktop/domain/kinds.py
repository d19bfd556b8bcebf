"""Enumerations of the ledger: the kind of work, the life cycle of an entry, where it came from."""

from __future__ import annotations

from enum import StrEnum


class WorkKind(StrEnum):
    """Paid professional work or unpaid volunteer work; every role is of exactly one kind."""

    PROFESSIONAL = "professional"
    VOLUNTEER = "volunteer"


class EntryStatus(StrEnum):
    """Where an entry stands in review: draft -> submitted -> approved or rejected."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"


class EntrySource(StrEnum):
    """How an entry reached the ledger."""

    MANUAL = "manual"
    TIMER = "timer"
    IMPORT = "import"
    DEMO = "demo"
