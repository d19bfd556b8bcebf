"""entry rules in the database

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30

On a shared PostgreSQL ledger anyone with psql could insert what okuvol refuses: an entry on
someone else's role, dated in the future, with minutes that do not match its times, or
overlapping another; and could claim any name as reviewer. The database now keeps the entry
rules itself, as README promises ("psql allows no more than okuvol does"):

- a trigger checks that an entry's person, organisation and kind are its role's, that its date
  lies in the role's period and is not in the future in the entry's own time zone, that a
  timed entry neither ends in the future nor counts other minutes than its start and end hold;
  it records who changed the entry (updated_by) and who reviewed it (reviewer) as the
  database login (session_user), whatever the client says (the ledger's owner excepted, who
  could drop the trigger anyway and loads whole ledgers with their audit trail), and refuses
  a review by the login that is the entry's person;
- an exclusion constraint keeps two timed entries of one person from overlapping (entries
  imported from other trackers excepted: they are kept as those programs recorded them).

A SQLite file belongs to whoever can open it; okuvol checks the same rules itself.
"""

from __future__ import annotations

from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

_RULES = r"""
CREATE OR REPLACE FUNCTION okuvol_entry_rules() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    owner role%ROWTYPE;
    local_today date;
    trusted boolean;
BEGIN
    SELECT * INTO owner FROM role WHERE id = NEW.role_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'okuvol: role % does not exist', NEW.role_id
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.person_id <> owner.person_id OR NEW.organisation_id <> owner.organisation_id
       OR NEW.kind <> owner.kind THEN
        RAISE EXCEPTION 'okuvol: an entry''s person, organisation and kind are those of its role'
            USING ERRCODE = 'check_violation';
    END IF;
    IF (owner.start_date IS NOT NULL AND NEW.work_date < owner.start_date)
       OR (owner.end_date IS NOT NULL AND NEW.work_date > owner.end_date) THEN
        RAISE EXCEPTION 'okuvol: % is outside the period of role %', NEW.work_date, owner.id
            USING ERRCODE = 'check_violation';
    END IF;
    local_today := (now() AT TIME ZONE NEW.timezone)::date;
    IF NEW.work_date > local_today THEN
        RAISE EXCEPTION 'okuvol: % is in the future', NEW.work_date
            USING ERRCODE = 'check_violation';
    END IF;
    IF (NEW.start_utc IS NULL) <> (NEW.end_utc IS NULL) THEN
        RAISE EXCEPTION 'okuvol: a timed entry has both a start and an end'
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.start_utc IS NOT NULL THEN
        IF NEW.end_utc > (now() AT TIME ZONE 'UTC') THEN
            RAISE EXCEPTION 'okuvol: the entry ends in the future'
                USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.minutes <> round(extract(epoch FROM NEW.end_utc - NEW.start_utc) / 60) THEN
            RAISE EXCEPTION 'okuvol: % minutes is not the time from its start to its end',
                NEW.minutes USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    -- The ledger's owner may disable this trigger at will, so what it writes is trusted as
    -- given: that keeps the audit trail of a whole ledger loaded from okuvol-json.
    trusted := pg_has_role(session_user,
                           (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER');
    IF NOT trusted THEN
        NEW.updated_by := session_user;
    END IF;
    IF NEW.status IN ('approved', 'rejected')
       AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status) THEN
        IF EXISTS (SELECT 1 FROM access_volunteer
                   WHERE role_name = session_user AND person_id = NEW.person_id) THEN
            RAISE EXCEPTION 'okuvol: no one reviews their own hours'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT trusted OR NEW.reviewer IS NULL OR NEW.reviewer = '' THEN
            NEW.reviewer := session_user;
        END IF;
    END IF;
    RETURN NEW;
END
$$;
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # btree_gist lets one exclusion constraint compare the person (=) and the span (&&);
    # it is a trusted extension: the ledger's owner may create it.
    op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
    op.execute(_RULES)
    op.execute(
        "CREATE TRIGGER entry_rules BEFORE INSERT OR UPDATE ON entry "
        "FOR EACH ROW EXECUTE FUNCTION okuvol_entry_rules()"
    )
    op.execute(
        "ALTER TABLE entry ADD CONSTRAINT ex_entry_no_overlap EXCLUDE USING gist "
        "(person_id WITH =, tsrange(start_utc, end_utc, '[)') WITH &&) "
        "WHERE (start_utc IS NOT NULL AND source <> 'import')"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE entry DROP CONSTRAINT IF EXISTS ex_entry_no_overlap")
    op.execute("DROP TRIGGER IF EXISTS entry_rules ON entry")
    op.execute("DROP FUNCTION IF EXISTS okuvol_entry_rules()")
