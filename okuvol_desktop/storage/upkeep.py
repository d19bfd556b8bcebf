"""What SQLite keeps up row by row for the entry table (kept totals, the search index), set
aside for a bulk write and caught up with one statement each at its end."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.orm import Session

from okuvol_desktop.storage import kept_totals

# The row triggers of migrations 0012 (kept totals) and 0013 (search).
_PREFIXES = ("kept_totals_", "entry_search_")


@dataclass
class SetAside:
    """The triggers a bulk write dropped, to create again as they were."""

    triggers: list[tuple[str, str]] = field(default_factory=list)


def set_aside(s: Session) -> SetAside:
    """Drop SQLite's row triggers on the entry table (in the caller's transaction, so that a
    rollback brings them back). PostgreSQL keeps its own: its totals are statement triggers,
    which total a whole statement at once, and its search indexes need no trigger."""
    if s.get_bind().dialect.name != "sqlite":
        return SetAside()
    rows = s.execute(
        text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'entry'")
    )
    triggers = [(name, sql) for name, sql in rows if name.startswith(_PREFIXES)]
    for name, _sql in triggers:
        s.execute(text(f"DROP TRIGGER {name}"))
    return SetAside(sorted(triggers))


def put_back(s: Session, aside: SetAside, first_id: int | None) -> None:
    """Add the entries written since set_aside() (ids from ``first_id`` on: one writer holds
    a SQLite file, so they are all its own) to the totals and the search index, and create
    the triggers again."""
    if not aside.triggers:
        return
    if first_id is not None:
        kept_totals.add_entries_from(s, first_id)
        s.execute(
            text(
                "INSERT INTO entry_search (rowid, description, location) "
                "SELECT id, description, location FROM entry WHERE id >= :first"
            ),
            {"first": first_id},
        )
    for _name, sql in aside.triggers:
        s.execute(text(sql))
