"""Tables of the ledger, declared with SQLAlchemy 2 typed mappings.

Enumerations are stored as their plain string values with a named CHECK constraint, which reads
the same in SQLite and PostgreSQL and keeps Alembic's batch mode able to rebuild SQLite tables.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Annotated, Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """An instant stored as naive UTC and handed back aware, whatever the database keeps."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Override of TypeDecorator.process_bind_param: refuse naive values, store UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("UTCDateTime needs an aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """Override of TypeDecorator.process_result_value: mark stored values as UTC."""
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


intpk = Annotated[int, mapped_column(Integer, primary_key=True)]
name_text = Annotated[str, mapped_column(String(200))]
short_text = Annotated[str, mapped_column(String(64))]


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base whose metadata names every constraint (Alembic needs the names)."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class PersonRow(Base):
    """A person whose time is recorded."""

    __tablename__ = "person"

    id: Mapped[intpk]
    full_name: Mapped[name_text] = mapped_column(index=True)
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(64))
    birth_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_utcnow)
    # The load of two roles: the week past which the person wants a warning (both kinds
    # together), and the volunteer hours they mean to give in a week; NULL: not chosen.
    weekly_limit_minutes: Mapped[int | None] = mapped_column(Integer)
    weekly_volunteer_minutes: Mapped[int | None] = mapped_column(Integer)


class OrganisationRow(Base):
    """An organisation; its name is unique."""

    __tablename__ = "organisation"

    id: Mapped[intpk]
    name: Mapped[name_text] = mapped_column(unique=True)
    type: Mapped[str | None] = mapped_column(String(100))
    address: Mapped[str | None] = mapped_column(Text)
    contact: Mapped[str | None] = mapped_column(String(200))
    signatory_name: Mapped[str | None] = mapped_column(String(200))
    signatory_title: Mapped[str | None] = mapped_column(String(200))
    certificate_language: Mapped[str] = mapped_column(String(8), default="en")
    logo_sha256: Mapped[str | None] = mapped_column(ForeignKey("picture.sha256"))
    # Where the organisation checks its certificates online, if it does; the QR code then
    # holds this address with the code.
    verify_url: Mapped[str | None] = mapped_column(String(500))
    # The fingerprint of the key that signs its documents now (SigningKeyRow has them all).
    key_fingerprint: Mapped[str | None] = mapped_column(String(32))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_utcnow)


class RoleRow(Base):
    """A person's engagement with an organisation, of one kind of work."""

    __tablename__ = "role"
    __table_args__ = (
        CheckConstraint("kind IN ('professional', 'volunteer')", name="kind"),
        CheckConstraint("hourly_rate IS NULL OR hourly_rate >= 0", name="rate_not_negative"),
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
            name="period_in_order",
        ),
        Index("ix_role_person_org", "person_id", "organisation_id"),
        Index("ix_role_title", "title"),  # the time log sorted by role
    )

    id: Mapped[intpk]
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[name_text]
    field: Mapped[str | None] = mapped_column(String(200))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    hourly_rate: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    currency: Mapped[str | None] = mapped_column(String(3))
    weekly_minutes: Mapped[int | None] = mapped_column(Integer)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class CategoryRow(Base):
    """A field of service, named in English and Indonesian."""

    __tablename__ = "category"
    __table_args__ = (Index("ix_category_name_en", "name_en"),)  # the time log by category

    id: Mapped[intpk]
    key: Mapped[short_text] = mapped_column(unique=True)
    name_en: Mapped[name_text]
    name_id: Mapped[name_text]


class SkillRow(Base):
    """A tag for what was practised or learned."""

    __tablename__ = "skill"

    id: Mapped[intpk]
    name: Mapped[name_text] = mapped_column(unique=True)


class EntryRow(Base):
    """One span of time worked in one role.

    person_id, organisation_id and kind copy the role's so that the totals group one table
    without joins; services set them from the role, which never changes those three.
    start_utc/end_utc hold the real instants of timed entries for the overlap check.
    """

    __tablename__ = "entry"
    __table_args__ = (
        CheckConstraint("minutes > 0 AND minutes <= 1440", name="minutes_in_range"),
        CheckConstraint("kind IN ('professional', 'volunteer')", name="kind"),
        CheckConstraint("status IN ('draft', 'submitted', 'approved', 'rejected')", name="status"),
        CheckConstraint("beneficiaries IS NULL OR beneficiaries >= 0", name="beneficiaries"),
        # The time log lists by date; totals filter by date and group by kind, so the index
        # carries what those queries read and they never touch the table itself.
        Index("ix_entry_date_kind", "work_date", "kind", "status", "minutes"),
        # The time log's order (newest date first, then newest entry): its first page reads
        # 100 index entries instead of sorting a whole day's entries (5 ms -> 0.2 ms at a
        # million entries).
        Index("ix_entry_date_id", "work_date", "id"),
        Index("ix_entry_person_date", "person_id", "work_date"),
        Index("ix_entry_org_date", "organisation_id", "work_date"),
        Index("ix_entry_person_start", "person_id", "start_utc"),
        Index("ix_entry_role", "role_id"),
        Index("ix_entry_status", "status", "id"),
        # The time log's other orders, each found from the last line shown (migration 0013).
        Index("ix_entry_person", "person_id", "id"),
        Index("ix_entry_organisation", "organisation_id", "id"),
        Index("ix_entry_kind", "kind", "id"),
        Index("ix_entry_minutes", "minutes", "id"),
        Index("ix_entry_start_time", "start_time", "id"),
        Index("ix_entry_category", "category_id", "id"),
        Index("ix_entry_description", "description", "id"),
        # The coordinator's queue: when an entry leaves its line on the line's first or last
        # day, the triggers keeping waiting_line find the new one with one seek.
        Index(
            "ix_entry_awaiting",
            "organisation_id",
            "person_id",
            "work_date",
            sqlite_where=text("status = 'submitted'"),
            postgresql_where=text("status = 'submitted'"),
        ),
        UniqueConstraint("source", "source_id", name="uq_entry_source"),
    )

    id: Mapped[intpk]
    role_id: Mapped[int] = mapped_column(ForeignKey("role.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    kind: Mapped[str] = mapped_column(String(16))
    work_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    start_utc: Mapped[datetime | None] = mapped_column(UTCDateTime)
    end_utc: Mapped[datetime | None] = mapped_column(UTCDateTime)
    minutes: Mapped[int] = mapped_column(Integer)
    timezone: Mapped[short_text]
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"))
    description: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(String(200))
    beneficiaries: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    reviewer: Mapped[str | None] = mapped_column(String(200))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    review_note: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16), default="manual")
    source_id: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_utcnow, onupdate=_utcnow)
    # Raised by every change (SQLAlchemy adds "AND version = <the one read>" to each UPDATE),
    # so that two people saving the same entry cannot overwrite each other unnoticed.
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    updated_by: Mapped[str | None] = mapped_column(String(200))

    __mapper_args__ = {"version_id_col": version}


class _OrganisationTotals:
    """The key after the day or month and the sums of DayTotalRow and MonthTotalRow.

    Declarative puts a mixin's columns after the class's own, so the day or month stays
    first in the key (and in the table's order).
    """

    organisation_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    category_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    entries: Mapped[int] = mapped_column(Integer)
    minutes: Mapped[int] = mapped_column(Integer)
    beneficiaries: Mapped[int] = mapped_column(Integer)


class DayTotalRow(_OrganisationTotals, Base):
    """Kept totals of one day's entries for one organisation, kind, category and status.

    This table and the three below are kept by triggers on the entry table (migration 0012)
    in the writing transaction, whoever writes (okuvol, an import, psql), so that totals over
    everyone read a few rows a month instead of every entry: whole years and months from the
    coarse tables, the days around them from the fine ones. No table has both a person and
    a day: a person rarely logs two entries in one day, so that grain would be as large as
    the entries themselves. category_id is 0 for entries without a category (a key column
    cannot be NULL). The key is each table's own order (no rowid): a range of days or months
    reads adjacent rows.
    """

    __tablename__ = "day_total"
    __table_args__ = {"sqlite_with_rowid": False}

    work_date: Mapped[date] = mapped_column(Date, primary_key=True)


class MonthTotalRow(_OrganisationTotals, Base):
    """Kept totals of a month (``month`` is its first day), as DayTotalRow of a day."""

    __tablename__ = "month_total"
    __table_args__ = {"sqlite_with_rowid": False}

    month: Mapped[date] = mapped_column(Date, primary_key=True)


class _PersonTotals:
    """The key after the month or year and the sums of PersonMonthTotalRow and
    PersonYearTotalRow (after the class's own columns, as _OrganisationTotals)."""

    person_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    entries: Mapped[int] = mapped_column(Integer)
    minutes: Mapped[int] = mapped_column(Integer)


class PersonMonthTotalRow(_PersonTotals, Base):
    """Kept totals of a person's month in one organisation, kind and status (see
    DayTotalRow): who worked, and how much. ``month`` is its first day."""

    __tablename__ = "person_month_total"
    __table_args__ = {"sqlite_with_rowid": False}

    month: Mapped[date] = mapped_column(Date, primary_key=True)


class PersonYearTotalRow(_PersonTotals, Base):
    """Kept totals of a person's year (``year`` is its first day), as PersonMonthTotalRow."""

    __tablename__ = "person_year_total"
    __table_args__ = {"sqlite_with_rowid": False}

    year: Mapped[date] = mapped_column(Date, primary_key=True)


class WaitingLineRow(Base):
    """A line of the coordinator's queue, kept: one person's submitted entries at one
    organisation, their minutes, the first and last day among them, and how many came back
    after a review.

    Kept by triggers on the entry table (migration 0015) as the totals above are, so that
    the queue reads one row a line instead of grouping the waiting totals and seeking each
    line's days in the entries. The days are not sums: an entry leaving the queue on its
    line's first or last day makes the trigger find the new one (one seek in
    ix_entry_awaiting).
    """

    __tablename__ = "waiting_line"
    __table_args__ = {"sqlite_with_rowid": False}

    organisation_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entries: Mapped[int] = mapped_column(Integer)
    minutes: Mapped[int] = mapped_column(Integer)
    resubmitted: Mapped[int] = mapped_column(Integer)
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)


class EntryReviewRow(Base):
    """One review of an entry (approved or rejected), with the entry as it was reviewed, so
    that a coordinator sees what changed before it came back, and the history is kept."""

    __tablename__ = "entry_review"
    __table_args__ = (
        CheckConstraint("status IN ('approved', 'rejected')", name="status"),
        Index("ix_entry_review_entry", "entry_id", "id"),
    )

    id: Mapped[intpk]
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16))
    # What the entry was before this review, so that undoing it puts the entry back as it was
    # (a rejected entry approved by a change of mind goes back to rejected, not to submitted).
    status_before: Mapped[str] = mapped_column(String(16), server_default="submitted")
    reviewer: Mapped[str | None] = mapped_column(String(200))
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)
    # The entry as it stood when reviewed.
    role_id: Mapped[int] = mapped_column(Integer)
    work_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    minutes: Mapped[int] = mapped_column(Integer)
    category_id: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(String(200))
    beneficiaries: Mapped[int | None] = mapped_column(Integer)


class EntrySkillRow(Base):
    """Which skills an entry practised."""

    __tablename__ = "entry_skill"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True
    )
    skill_id: Mapped[int] = mapped_column(ForeignKey("skill.id"), primary_key=True, index=True)


class GoalRow(Base):
    """A yearly target of hours for a person and a kind."""

    __tablename__ = "goal"
    __table_args__ = (
        UniqueConstraint("person_id", "year", "kind", name="uq_goal_person_year_kind"),
        CheckConstraint("kind IN ('professional', 'volunteer')", name="kind"),
        CheckConstraint("target_minutes > 0", name="target_positive"),
    )

    id: Mapped[intpk]
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    target_minutes: Mapped[int] = mapped_column(Integer)


class ValuationRateRow(Base):
    """The value of a volunteer hour from a date on."""

    __tablename__ = "valuation_rate"
    __table_args__ = (
        UniqueConstraint("currency", "valid_from", name="uq_valuation_rate_currency_from"),
        CheckConstraint("amount >= 0", name="amount_not_negative"),
    )

    id: Mapped[intpk]
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    currency: Mapped[str] = mapped_column(String(3))
    valid_from: Mapped[date] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(String(200))
    # How the value was measured (ILO Manual on the Measurement of Volunteer Work):
    # 'replacement' (what paying someone to do the work would cost) or 'opportunity' (what
    # the volunteer would have earned); NULL when the source does not say.
    method: Mapped[str | None] = mapped_column(String(16))


class TimerRow(Base):
    """A running timer; one per person, kept so that it survives a restart."""

    __tablename__ = "timer"

    id: Mapped[intpk]
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), unique=True)
    role_id: Mapped[int] = mapped_column(ForeignKey("role.id"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    timezone: Mapped[short_text]
    description: Mapped[str | None] = mapped_column(Text)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"))


class CertificateRow(Base):
    """An issued certificate, frozen: the facts it certified and the document's full data."""

    __tablename__ = "certificate"
    __table_args__ = (
        CheckConstraint("minutes > 0", name="minutes_positive"),
        Index("ix_certificate_org_issued", "organisation_id", "issue_date"),
    )

    id: Mapped[intpk]
    number: Mapped[short_text] = mapped_column(unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer)
    issue_date: Mapped[date] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(8))
    paper: Mapped[str] = mapped_column(String(8))
    code: Mapped[str] = mapped_column(Text)
    # Everything the document printed, as JSON, so that a reprint is identical even after the
    # records it came from have changed.
    snapshot: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_utcnow)
    # A withdrawn certificate stays on record; verify refuses it, saying when and why.
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_reason: Mapped[str | None] = mapped_column(Text)
    revoked_by: Mapped[str | None] = mapped_column(String(200))


class SchemeRow(Base):
    """An award or a requirement scheme, kept as its okuvol-scheme document (data, not code:
    users add, edit, import and export them; domain/schemes.py reads and checks them)."""

    __tablename__ = "scheme"
    __table_args__ = (CheckConstraint("kind IN ('award', 'requirement')", name="kind"),)

    id: Mapped[intpk]
    name: Mapped[name_text] = mapped_column(unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    document: Mapped[str] = mapped_column(Text)


class SchemeAssignmentRow(Base):
    """A scheme applied to one person, or to every volunteer of one organisation; a
    requirement's cycles are counted from ``starts_on``."""

    __tablename__ = "scheme_assignment"
    __table_args__ = (
        CheckConstraint(
            "(person_id IS NULL) <> (organisation_id IS NULL)", name="person_or_organisation"
        ),
        Index(
            "uq_scheme_assignment_person",
            "scheme_id",
            "person_id",
            unique=True,
            sqlite_where=text("person_id IS NOT NULL"),
            postgresql_where=text("person_id IS NOT NULL"),
        ),
        Index(
            "uq_scheme_assignment_organisation",
            "scheme_id",
            "organisation_id",
            unique=True,
            sqlite_where=text("organisation_id IS NOT NULL"),
            postgresql_where=text("organisation_id IS NOT NULL"),
        ),
    )

    id: Mapped[intpk]
    scheme_id: Mapped[int] = mapped_column(ForeignKey("scheme.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    starts_on: Mapped[date | None] = mapped_column(Date)


class EntryCreditRow(Base):
    """Credits an entry earns towards requirements (continuing-education points), beside
    its minutes."""

    __tablename__ = "entry_credit"
    __table_args__ = (CheckConstraint("credits > 0", name="credits_positive"),)

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True
    )
    credits: Mapped[Decimal] = mapped_column(Numeric(8, 2))


class EntryEvidenceRow(Base):
    """A file that proves an entry (a training certificate, a scan), kept in the ledger with
    the SHA-256 of its bytes, so that a changed file is noticed when it is read."""

    __tablename__ = "entry_evidence"

    id: Mapped[intpk]
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[name_text]
    media_type: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_utcnow)


class AccessCoordinatorRow(Base):
    """A database role that coordinates an organisation (PostgreSQL row level security)."""

    __tablename__ = "access_coordinator"

    role_name: Mapped[str] = mapped_column(String(63), primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), primary_key=True)


class AccessVolunteerRow(Base):
    """A database role that is one person, who may log and edit only their own entries."""

    __tablename__ = "access_volunteer"

    role_name: Mapped[str] = mapped_column(String(63), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)


class PictureRow(Base):
    """A picture kept in the ledger (an organisation's logo), once per content."""

    __tablename__ = "picture"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(32))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class SigningKeyRow(Base):
    """A public key that signs (or signed) documents: an organisation's, or the ledger's own
    (organisation_id NULL, for people's summaries). Retired keys stay, so that what they
    signed still verifies; their private halves are gone."""

    __tablename__ = "signing_key"

    id: Mapped[intpk]
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    fingerprint: Mapped[str] = mapped_column(String(32), unique=True)
    algorithm: Mapped[str] = mapped_column(String(16))
    # SubjectPublicKeyInfo DER in base64 (raw 32 bytes for a legacy Ed25519 key).
    public_key: Mapped[str] = mapped_column(Text)
    # The X.509 certificate (DER, base64) and its issuers' (space-separated); none for legacy.
    certificate: Mapped[str | None] = mapped_column(Text)
    chain: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PrivateKeyRow(Base):
    """The private half of a current signing key, PKCS#8 DER in base64.

    Apart from the public key so that, in a shared ledger, everyone may read public keys while
    only an organisation's coordinators read its private key (row level security hides rows,
    not columns). ``organisation_id`` repeats the key's for those policies.
    """

    __tablename__ = "private_key"

    key_id: Mapped[int] = mapped_column(
        ForeignKey("signing_key.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    private_key: Mapped[str] = mapped_column(Text)
