"""import spans by what they are

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30

An imported span was known by a hash of its row's text, so the same work in another form of the
same tracker (JSON and CSV, a column more, a spreadsheet's re-save) was imported twice, and the
same span of another person not at all. It is now known by the tracker, the person and its
start and end instants. Timed entries imported before get that id too, so that importing their
files again still adds nothing. Where two entries already hold the same span (imported twice
before), the later keeps its old id: both stay, for the user to see.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

_BATCH = 5_000


def _span_id(prefix: str, person_id: int, start: datetime, end: datetime) -> str:
    # The same key as services.importing._ImportRun._source_id, frozen here as of this revision.
    first = int(start.replace(tzinfo=UTC).timestamp()) // 60
    last = int(end.replace(tzinfo=UTC).timestamp()) // 60
    key = f"{person_id}|{first}|{last}"
    return prefix + hashlib.blake2b(key.encode(), digest_size=16).hexdigest()


def upgrade() -> None:
    connection = op.get_bind()
    entry = sa.table(
        'entry', sa.column('id', sa.Integer), sa.column('person_id', sa.Integer),
        sa.column('start_utc', sa.DateTime), sa.column('end_utc', sa.DateTime),
        sa.column('source', sa.String), sa.column('source_id', sa.String),
    )
    taken: set[str] = set()
    last = 0
    while True:
        rows = connection.execute(
            sa.select(entry.c.id, entry.c.person_id, entry.c.start_utc, entry.c.end_utc,
                      entry.c.source_id)
            .where(entry.c.source == 'import', entry.c.start_utc.is_not(None),
                   entry.c.id > last)
            .order_by(entry.c.id).limit(_BATCH)
        ).all()
        if not rows:
            return
        changes = []
        for entry_id, person_id, start, end, source_id in rows:
            prefix = source_id.partition(':')[0] + ':'
            new = _span_id(prefix, person_id, start, end)
            if new not in taken:
                taken.add(new)
                changes.append({'entry_id': entry_id, 'new_id': new})
        if changes:
            connection.execute(
                entry.update().where(entry.c.id == sa.bindparam('entry_id'))
                .values(source_id=sa.bindparam('new_id')),
                changes,
            )
        last = rows[-1][0]


def downgrade() -> None:
    # The old ids were hashes of rows' text, which the ledger does not keep: the new ids stay
    # (importing the same file again after a downgrade may then add its spans a second time).
    pass
