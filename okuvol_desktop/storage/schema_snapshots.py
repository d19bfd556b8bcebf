"""What more than one migration writes the same way, frozen as the revision that first wrote
it: 0014's downgrade rebuilds the award tier table of 0002, 0007's downgrade gives every
organisation the kind of key 0002 gave it, and 0015's downgrade makes again the queue's
indexes of 0013 and 0014.

Never change one: ledgers already migrated were made by it. A later revision that needs
something else writes its own, named after itself.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


def create_award_tier_table_0002() -> None:
    """The award_tier table as revision 0002 made it."""
    op.create_table(
        "award_tier",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scheme", sa.String(length=200), nullable=False),
        sa.Column("age_band", sa.String(length=64), nullable=False),
        sa.Column("min_age", sa.Integer(), nullable=True),
        sa.Column("max_age", sa.Integer(), nullable=True),
        sa.Column("tier", sa.String(length=64), nullable=False),
        sa.Column("min_minutes", sa.Integer(), nullable=False),
        sa.CheckConstraint("min_minutes > 0", name=op.f("ck_award_tier_min_minutes_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_award_tier")),
        sa.UniqueConstraint("scheme", "age_band", "tier", name="uq_award_tier_scheme_band_tier"),
    )


def raw_key_pair_0002() -> tuple[bytes, bytes]:
    """A new Ed25519 key pair as revision 0002 kept keys: raw (private, public) bytes."""
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    public = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return private, public


def create_resubmitted_index_0013() -> None:
    """The index of entries waiting again after a review, as revision 0013 made it."""
    waiting_again = sa.text("status = 'submitted' AND reviewed_at IS NOT NULL")
    op.create_index(
        "ix_entry_resubmitted",
        "entry",
        ["organisation_id", "person_id"],
        sqlite_where=waiting_again,
        postgresql_where=waiting_again,
    )


def create_waiting_totals_index_0014() -> None:
    """The index of waiting totals by organisation and person, as revision 0014 made it."""
    op.create_index(
        "ix_person_year_total_status",
        "person_year_total",
        ["status", "organisation_id", "person_id", "entries", "minutes"],
    )
