"""Who may do what in a shared PostgreSQL ledger, enforced by the database itself.

Every person who connects has their own PostgreSQL role, member of the group ``okuvol_user``.
Row level security on the entries (and on issued certificates and running timers) lets a
coordinator see and change only the rows of the organisations they coordinate, and a
volunteer only their own, never approved or rejected by themselves. People, organisations and
roles are read by all and changed by the ledger's owner only. Because the database enforces
it, connecting with psql grants nothing more than okuvol does.
"""

from __future__ import annotations

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.storage.orm import AccessCoordinatorRow, AccessVolunteerRow

GROUP = "okuvol_user"

_READ_ONLY_TABLES = (
    "person", "organisation", "role", "category", "skill", "scheme", "scheme_assignment",
    "valuation_rate",
    "goal", "alembic_version", "access_coordinator", "access_volunteer", "signing_key",
    "picture",
)  # fmt: skip
_GUARDED_TABLES = (
    "entry", "entry_skill", "entry_credit", "entry_evidence", "entry_review", "certificate",
    "timer", "private_key",
)  # fmt: skip

_COORDINATES = (
    "organisation_id IN (SELECT organisation_id FROM access_coordinator "
    "WHERE role_name = current_user)"
)
_IS = "person_id IN (SELECT person_id FROM access_volunteer WHERE role_name = current_user)"

_OPEN_ENTRIES = (
    "entry_id IN (SELECT id FROM entry WHERE status IN ('draft', 'submitted', 'rejected') "
    f"OR {_COORDINATES})"
)

# (table, policy, command, USING, WITH CHECK); permissive policies of one table add up.
_POLICIES = (
    ("entry", "coordinators", "ALL", _COORDINATES, _COORDINATES),
    ("entry", "volunteers_read", "SELECT", _IS, None),
    ("entry", "volunteers_add", "INSERT", None, f"{_IS} AND status IN ('draft', 'submitted')"),
    # A volunteer fixes a rejected entry and sends it back (or deletes it); approving or
    # rejecting stays with the coordinators.
    (
        "entry",
        "volunteers_change",
        "UPDATE",
        f"{_IS} AND status IN ('draft', 'submitted', 'rejected')",
        f"{_IS} AND status IN ('draft', 'submitted')",
    ),
    (
        "entry",
        "volunteers_delete",
        "DELETE",
        f"{_IS} AND status IN ('draft', 'submitted', 'rejected')",
        None,
    ),
    # The history of reviews: read with the entries one may read; written by the coordinators
    # of the entry's organisation, in their own name.
    ("entry_review", "through_entries", "SELECT", "entry_id IN (SELECT id FROM entry)", None),
    (
        "entry_review",
        "coordinators_record",
        "INSERT",
        None,
        f"reviewer = current_user AND entry_id IN (SELECT id FROM entry WHERE {_COORDINATES})",
    ),
    (
        "entry_review",
        "coordinators_withdraw",
        "DELETE",
        f"entry_id IN (SELECT id FROM entry WHERE {_COORDINATES})",
        None,
    ),
    (
        "entry_skill",
        "through_entries",
        "ALL",
        "entry_id IN (SELECT id FROM entry)",  # the entry rows this role may see
        "entry_id IN (SELECT id FROM entry)",
    ),
    # Credits and evidence: read with the entries one may read; changed only with an entry
    # one may still change (a volunteer's own until it is approved, a coordinator's any),
    # so that a volunteer cannot add credits to an entry after its approval.
    *(
        policy
        for table in ("entry_credit", "entry_evidence")
        for policy in (
            (table, "through_entries", "SELECT", "entry_id IN (SELECT id FROM entry)", None),
            (table, "while_open", "ALL", _OPEN_ENTRIES, _OPEN_ENTRIES),
        )
    ),
    ("certificate", "coordinators", "ALL", _COORDINATES, _COORDINATES),
    ("certificate", "volunteers_read", "SELECT", _IS, None),
    ("timer", "own_timers", "ALL", _IS, _IS),
    # Only an organisation's coordinators may read the key that signs its certificates; the
    # ledger's own key (organisation_id NULL) signs people's summaries, which anyone may make.
    ("private_key", "coordinators", "SELECT", _COORDINATES, None),
    ("private_key", "ledger_key", "SELECT", "organisation_id IS NULL", None),
    (
        "timer",
        "coordinators",
        "SELECT",
        "role_id IN (SELECT id FROM role WHERE " + _COORDINATES + ")",
        None,
    ),
)


def _quoted(s: Session, name: str) -> str:
    return str(s.execute(text("SELECT quote_ident(:name)"), {"name": name}).scalar_one())


def _check_postgresql(s: Session) -> None:
    if s.get_bind().dialect.name != "postgresql":
        raise OkuvolError(
            "Granting access is for a shared PostgreSQL ledger; a SQLite file belongs to whoever "
            "can open it."
        )


def install_policies_where_shared(connection: Connection) -> None:
    """For a migration that adds tables: on a shared ledger whose owner has granted access
    (the group okuvol_user exists), give them their grants and policies; else nothing."""
    if connection.dialect.name != "postgresql":
        return
    granted = connection.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = 'okuvol_user'")
    ).first()
    if granted is not None:
        install_policies(Session(bind=connection))


def install_policies(s: Session) -> None:
    """Create the group, its grants and the row level security policies (idempotent)."""
    _check_postgresql(s)
    s.execute(
        text(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'okuvol_user') "
            "THEN CREATE ROLE okuvol_user NOLOGIN; END IF; END $$"
        )
    )
    # A migration calls this at its own revision: the tables a later one adds are not there
    # yet (that one calls it again).
    present = {
        name
        for name in (*_READ_ONLY_TABLES, *_GUARDED_TABLES)
        if s.execute(text("SELECT to_regclass(:name)"), {"name": f"public.{name}"}).scalar()
    }
    read_only = [t for t in _READ_ONLY_TABLES if t in present]
    guarded = [t for t in _GUARDED_TABLES if t in present]
    s.execute(text(f"GRANT USAGE ON SCHEMA public TO {GROUP}"))
    s.execute(text(f"GRANT SELECT ON {', '.join(read_only)} TO {GROUP}"))
    s.execute(text(f"GRANT INSERT ON skill TO {GROUP}"))
    s.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(guarded)} TO {GROUP}"))
    s.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {GROUP}"))
    for table in guarded:
        s.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
    for table, name, command, using, check in _POLICIES:
        if table not in present:
            continue
        s.execute(text(f"DROP POLICY IF EXISTS {name} ON {table}"))
        clauses = (f" USING ({using})" if using else "") + (
            f" WITH CHECK ({check})" if check else ""
        )
        s.execute(text(f"CREATE POLICY {name} ON {table} FOR {command} TO {GROUP}{clauses}"))


def _ensure_login_role(s: Session, role_name: str) -> None:
    exists = s.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": role_name}
    ).first()
    quoted = _quoted(s, role_name)
    if exists is None:
        s.execute(text(f"CREATE ROLE {quoted} LOGIN"))
    s.execute(text(f"GRANT {GROUP} TO {quoted}"))


def _grant(s: Session, role_name: str, row: AccessCoordinatorRow | AccessVolunteerRow) -> None:
    install_policies(s)
    _ensure_login_role(s, role_name)
    if s.get(type(row), tuple(row.__mapper__.primary_key_from_instance(row))) is None:
        s.add(row)
        s.flush()


def grant_coordinator(s: Session, role_name: str, organisation_id: int) -> None:
    """Let ``role_name`` review and certify the entries of one organisation."""
    _grant(s, role_name, AccessCoordinatorRow(role_name=role_name, organisation_id=organisation_id))


def grant_volunteer(s: Session, role_name: str, person_id: int) -> None:
    """Let ``role_name`` log and edit the entries of one person (theirs). On SQLite, where
    whoever opens the file may do anything, it records only that this login is that person,
    so that okuvol refuses to let them review their own hours."""
    row = AccessVolunteerRow(role_name=role_name, person_id=person_id)
    if s.get_bind().dialect.name != "postgresql":
        if s.get(AccessVolunteerRow, (role_name, person_id)) is None:
            s.add(row)
            s.flush()
        return
    _grant(s, role_name, row)


def grants(s: Session) -> list[tuple[str, str, int]]:
    """Every grant: (role, "coordinator" or "volunteer", organisation or person id)."""
    coordinators = [
        (r.role_name, "coordinator", r.organisation_id)
        for r in s.scalars(select(AccessCoordinatorRow).order_by(AccessCoordinatorRow.role_name))
    ]
    volunteers = [
        (r.role_name, "volunteer", r.person_id)
        for r in s.scalars(select(AccessVolunteerRow).order_by(AccessVolunteerRow.role_name))
    ]
    return coordinators + volunteers


def people_of_login(s: Session, login: str) -> list[int]:
    """The people a login is (okuvol grant volunteer), whose hours it may not review."""
    rows = s.scalars(
        select(AccessVolunteerRow.person_id).where(AccessVolunteerRow.role_name == login)
    )
    return list(rows)
