"""What a ledger holds, read the same way on SQLite and PostgreSQL, to compare before and after."""

from __future__ import annotations

from sqlalchemy import create_engine, func, select, text

from okuvol_desktop.storage.engine import database_url
from okuvol_desktop.storage.orm import Base


def snapshot(location: str) -> list[str]:
    """Every row of every table (and the schema revision), in a stable order."""
    engine = create_engine(database_url(location))
    try:
        with engine.connect() as connection:
            rows = [str(connection.execute(text("SELECT version_num FROM alembic_version")).all())]
            for table in Base.metadata.sorted_tables:
                order = list(table.primary_key.columns)
                rows += [
                    f"{table.name}: {tuple(r)}"
                    for r in connection.execute(select(table).order_by(*order))
                ]
        return rows
    finally:
        engine.dispose()


def count(location: str, table: str = "entry") -> int:
    """Rows in one table."""
    engine = create_engine(database_url(location))
    try:
        with engine.connect() as connection:
            return int(
                connection.execute(
                    select(func.count()).select_from(Base.metadata.tables[table])
                ).scalar_one()
            )
    finally:
        engine.dispose()
