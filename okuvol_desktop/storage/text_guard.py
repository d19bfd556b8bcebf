"""The last check on text before it is written: every path (a service, an import, the window)
reaches the ledger through a session, and none may store a control character in a name or
more characters than a column holds.

Services check the fields people type first, with messages beside the field; this guard holds
for the rest (a role title in an imported file, an organisation's signatory), so that a 10 kB
name is one clear sentence on SQLite (which would keep it) and on PostgreSQL (which would
refuse it with a driver error), never a traceback.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, Text, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from okuvol_desktop.domain.text import check_characters

# Columns people write, by name, and how a sentence names them. Other text columns (codes,
# keys, kinds) are written by okuvol itself; only their length is checked.
_LABELS = {
    "full_name": "The name",
    "name": "The name",
    "title": "The role's title",
    "field": "The field of work",
    "email": "The e-mail address",
    "phone": "The phone number",
    "notes": "The notes",
    "type": "The type of organisation",
    "address": "The address",
    "contact": "The contact",
    "signatory_name": "The signatory's name",
    "signatory_title": "The signatory's title",
    "description": "The description",
    "location": "The place",
    "reviewer": "The reviewer's name",
    "review_note": "The review note",
    "revoked_reason": "The reason",
    "revoked_by": "The name of who revoked it",
    "updated_by": "The name of who changed it",
}


def _check(row: Any, *, new: bool) -> None:
    state = inspect(row)
    for column in row.__table__.columns:
        value = state.dict.get(column.key)  # what is set, without loading anything
        if not isinstance(value, str) or not isinstance(column.type, String):
            continue
        if not new and not state.attrs[column.key].history.added:
            continue  # a name kept from before is not refused when something else changes
        label = _LABELS.get(column.key)
        limit = column.type.length
        if label is None:
            if limit is not None and len(value) > limit:
                check_characters(column.key, value, column.key.replace("_", " "), limit=limit)
            continue
        check_characters(column.key, value, label, limit=limit, lines=isinstance(column.type, Text))


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    for row in session.new:
        if hasattr(row, "__table__"):
            _check(row, new=True)
    for row in session.dirty:
        if hasattr(row, "__table__"):
            _check(row, new=False)


def guard_text(factory: sessionmaker[Session]) -> sessionmaker[Session]:
    """``factory``, whose sessions refuse text the ledger must not keep."""
    event.listen(factory, "before_flush", _before_flush)
    return factory
