"""Who may do what in a shared ledger: enforced by PostgreSQL itself, through okuvol and through
plain SQL alike."""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from okuvol_desktop.cli.main import run
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import RoleDetails
from okuvol_desktop.services.ledger import Ledger
from tests.services.helpers import log

BACKENDS = ("postgresql",)


def _as(db_location: str, role: str) -> str:
    return make_url(db_location).set(username=role).render_as_string(hide_password=False)


def _okuvol(location: str, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return run(["--db", location, *argv], out, err), out.getvalue(), err.getvalue()


@pytest.fixture
def shared(ledger: Ledger, db_location: str) -> dict[str, object]:
    """Two organisations, a volunteer at each, a coordinator of each, and Siti's own role."""
    suffix = uuid.uuid4().hex[:6]
    ledger.organisations.add("RS Harapan")
    ledger.organisations.add("LBH Keadilan")
    for person, organisation in (("Siti", "RS Harapan"), ("Budi", "LBH Keadilan")):
        ledger.people.add(person)
        ledger.roles.add(
            ledger.names.person(person),
            ledger.names.organisation(organisation),
            WorkKind.VOLUNTEER,
            RoleDetails(title="Helper"),
        )
    harapan = [log(ledger, date(2026, 3, d), hours="2", person="Siti") for d in (2, 3)]
    keadilan = log(ledger, date(2026, 3, 4), hours="3", person="Budi", org="LBH Keadilan")
    roles = {name: f"{name}_{suffix}" for name in ("coord_a", "coord_b", "siti")}
    said = _okuvol(db_location, "grant", "coordinator", roles["coord_a"], "--org", "RS Harapan")
    assert said[0] == 0, said[2]
    assert (
        _okuvol(db_location, "grant", "coordinator", roles["coord_b"], "--org", "LBH Keadilan")[0]
        == 0
    )
    assert _okuvol(db_location, "grant", "volunteer", roles["siti"], "--person", "Siti")[0] == 0
    return {"roles": roles, "harapan": [e.id for e in harapan], "keadilan": keadilan.id}


@pytest.fixture
def sql_as() -> Iterator[Callable[[str], Callable[[str], object]]]:
    """Plain SQL as a given connection URL, the way someone with psql would try."""
    opened: list[psycopg.Connection[Any]] = []

    def connect(location: str) -> Callable[[str], object]:
        url = make_url(location)
        connection = psycopg.connect(
            dbname=url.database, user=url.username, host=url.query.get("host"),
            port=url.port or url.query.get("port"), autocommit=True,
        )  # fmt: skip
        opened.append(connection)

        def execute(statement: str) -> object:
            with connection.cursor() as cursor:
                cursor.execute(statement)
                return cursor.fetchall() if cursor.description else cursor.rowcount

        return execute

    yield connect
    for connection in opened:
        connection.close()


def test_a_coordinator_of_one_organisation_is_refused_on_anothers_entries_in_plain_sql(
    shared: dict[str, object], db_location: str, sql_as: Callable[[str], Callable[[str], object]]
) -> None:
    roles, harapan = shared["roles"], shared["harapan"]
    sql = sql_as(_as(db_location, roles["coord_b"]))  # type: ignore[index]
    assert sql("SELECT count(*) FROM entry") == [(1,)]  # only LBH Keadilan's
    ids = ", ".join(str(i) for i in harapan)  # type: ignore[attr-defined]
    assert sql(f"UPDATE entry SET status = 'approved' WHERE id IN ({ids})") == 0
    assert sql(f"DELETE FROM entry WHERE id IN ({ids})") == 0
    owner = sql_as(db_location)
    assert owner(f"SELECT status FROM entry WHERE id IN ({ids})") == [
        ("submitted",),
        ("submitted",),
    ]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        sql("UPDATE organisation SET name = 'Taken over'")


def test_a_coordinator_approves_their_own_organisation_and_is_refused_on_another_through_okuvol(
    shared: dict[str, object], db_location: str
) -> None:
    roles, harapan = shared["roles"], shared["harapan"]
    entry = str(harapan[0])  # type: ignore[index]
    code, _out, err = _okuvol(_as(db_location, roles["coord_b"]), "approve", "--entry", entry)  # type: ignore[index]
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    code, out, err = _okuvol(_as(db_location, roles["coord_a"]), "approve", "--entry", entry)  # type: ignore[index]
    assert code == 0, err


def test_a_volunteer_logs_their_own_hours_only_and_cannot_approve_them(
    shared: dict[str, object], db_location: str, sql_as: Callable[[str], Callable[[str], object]]
) -> None:
    roles, harapan = shared["roles"], shared["harapan"]
    as_siti = _as(db_location, roles["siti"])  # type: ignore[index]
    code, _out, err = _okuvol(
        as_siti,
        "log",
        "--person",
        "Siti",
        "--org",
        "RS Harapan",
        "--date",
        "2026-03-09",
        "--hours",
        "1",
    )
    assert code == 0, err
    code, _out, err = _okuvol(
        as_siti,
        "log",
        "--person",
        "Budi",
        "--org",
        "LBH Keadilan",
        "--date",
        "2026-03-09",
        "--hours",
        "1",
    )
    assert code == 1 and "does not allow this to your account" in err
    sql = sql_as(as_siti)
    assert sql("SELECT count(*) FROM entry") == [(3,)]  # her own three, not Budi's
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        sql(f"UPDATE entry SET status = 'approved' WHERE id = {harapan[0]}")  # type: ignore[index]
    keadilan = shared["keadilan"]
    assert sql(f"UPDATE entry SET minutes = 600 WHERE id = {keadilan}") == 0  # Budi's: unseen


def test_grants_are_listed(shared: dict[str, object], db_location: str) -> None:
    code, out, _err = _okuvol(db_location, "grant", "list")
    assert code == 0
    rows = [line.split() for line in out.splitlines()[1:]]
    assert sorted((r[1], " ".join(r[2:])) for r in rows) == [
        ("coordinator", "LBH Keadilan"),
        ("coordinator", "RS Harapan"),
        ("volunteer", "Siti"),
    ]


def test_only_an_organisations_coordinators_read_its_signing_key_and_certify(
    shared: dict[str, object],
    db_location: str,
    sql_as: Callable[[str], Callable[[str], object]],
    tmp_path: Path,
) -> None:
    roles, harapan = shared["roles"], shared["harapan"]
    # Everyone reads the ledger's own key (it signs people's summaries); an organisation's key
    # only its coordinators.
    org_keys = "SELECT count(*) FROM private_key WHERE organisation_id IS NOT NULL"
    assert sql_as(_as(db_location, roles["siti"]))(org_keys) == [(0,)]  # type: ignore[index]
    assert sql_as(_as(db_location, roles["coord_b"]))(org_keys) == [(1,)]  # type: ignore[index]
    ledger_key = "SELECT count(*) FROM private_key WHERE organisation_id IS NULL"
    assert sql_as(_as(db_location, roles["siti"]))(ledger_key) == [(1,)]  # type: ignore[index]
    coord_a, coord_b = _as(db_location, roles["coord_a"]), _as(db_location, roles["coord_b"])  # type: ignore[index]
    for entry in harapan:  # type: ignore[attr-defined]
        assert _okuvol(coord_a, "approve", "--entry", str(entry))[0] == 0
    certify = ("certificate", "--person", "Siti", "--org", "RS Harapan", "--year", "2026")
    code, _out, err = _okuvol(coord_b, *certify, "--out", str(tmp_path / "forged.pdf"))
    # Her entries at RS Harapan are invisible to coordinator B, and so is the key to sign with.
    assert code == 1 and "nothing to certify" in err and not (tmp_path / "forged.pdf").exists()
    code, _out, err = _okuvol(coord_a, *certify, "--out", str(tmp_path / "siti.pdf"))
    assert code == 0, err
    assert (tmp_path / "siti.pdf").stat().st_size > 0


def test_a_coordinator_revokes_only_their_organisations_certificates(
    shared: dict[str, object], db_location: str, tmp_path: Path
) -> None:
    roles, harapan = shared["roles"], shared["harapan"]
    coord_a, coord_b = _as(db_location, roles["coord_a"]), _as(db_location, roles["coord_b"])  # type: ignore[index]
    siti = _as(db_location, roles["siti"])  # type: ignore[index]
    for entry in harapan:  # type: ignore[attr-defined]
        assert _okuvol(coord_a, "approve", "--entry", str(entry))[0] == 0
    out = tmp_path / "siti.pdf"
    certify = ("certificate", "--person", "Siti", "--org", "RS Harapan", "--out", str(out))
    code, said, err = _okuvol(coord_a, *certify)
    assert code == 0, err
    number = said.split()[1].rstrip(":")
    # Anyone who may read the ledger can check it; only its organisation's coordinators revoke.
    assert _okuvol(siti, "verify", str(out))[0] == 0
    code, _out, err = _okuvol(coord_b, "revoke", number, "--reason", "not mine")
    assert code == 1 and "No certificate has the number" in err
    assert _okuvol(coord_a, "revoke", number, "--reason", "Counted twice")[0] == 0
    code, _out, err = _okuvol(siti, "verify", str(out))
    assert code == 1 and "Counted twice" in err


def _insert(
    sql: Callable[[str], object], role_id: int, person_id: int, org_id: int, **values: object
) -> object:
    """An entry inserted by hand, as someone with psql would try."""
    row = {
        "role_id": role_id, "person_id": person_id, "organisation_id": org_id,
        "kind": "'volunteer'", "work_date": "'2026-03-10'", "minutes": 60,
        "timezone": "'Asia/Jakarta'", "status": "'submitted'", "source": "'manual'",
        "created_at": "now()", "updated_at": "now()", **values,
    }  # fmt: skip
    columns, cells = ", ".join(row), ", ".join(str(v) for v in row.values())
    return sql(f"INSERT INTO entry ({columns}) VALUES ({cells})")


def _ids(owner: Callable[[str], object]) -> dict[str, int]:
    rows = owner(
        "SELECT p.full_name, r.id, p.id, r.organisation_id FROM role r "
        "JOIN person p ON p.id = r.person_id"
    )
    found: dict[str, int] = {}
    for name, role_id, person_id, org_id in rows:  # type: ignore[attr-defined]
        found |= {f"{name} role": role_id, name: person_id, f"{name} org": org_id}
    return found


def test_psql_allows_no_entry_okuvol_refuses(
    shared: dict[str, object], db_location: str, sql_as: Callable[[str], Callable[[str], object]]
) -> None:
    roles = shared["roles"]
    ids = _ids(sql_as(db_location))
    siti = sql_as(_as(db_location, roles["siti"]))  # type: ignore[index]
    coord_a = sql_as(_as(db_location, roles["coord_a"]))  # type: ignore[index]
    own = (ids["Siti role"], ids["Siti"], ids["Siti org"])
    refused = psycopg.errors.CheckViolation
    # A volunteer: a 2030 date, someone else's role, 1 minute for 10:00-20:00.
    with pytest.raises(refused, match="in the future"):
        _insert(siti, *own, work_date="'2030-01-01'", minutes=1440)
    with pytest.raises((refused, psycopg.errors.InsufficientPrivilege)):
        _insert(siti, ids["Budi role"], ids["Siti"], ids["Budi org"])
    with pytest.raises(refused, match="not the time from its start to its end"):
        _insert(siti, *own, minutes=1, start_utc="'2026-03-10 03:00'", end_utc="'2026-03-10 13:00'")
    _insert(siti, *own, minutes=60, start_utc="'2026-03-10 03:00'", end_utc="'2026-03-10 04:00'")
    with pytest.raises(psycopg.errors.ExclusionViolation):  # overlapping spans
        _insert(
            siti, *own, minutes=60, start_utc="'2026-03-10 03:30'", end_utc="'2026-03-10 04:30'"
        )
    # A coordinator: approved hours for a person with no role there.
    with pytest.raises(refused, match="those of its role"):
        _insert(coord_a, ids["Siti role"], ids["Budi"], ids["Siti org"], status="'approved'")
    # Who changed and who reviewed is the database's login, whatever the client writes.
    coord_a(
        "UPDATE entry SET status = 'approved', reviewer = 'The Director', updated_by = 'x' "
        f"WHERE id = {shared['harapan'][0]}"  # type: ignore[index]
    )
    assert sql_as(db_location)(
        f"SELECT reviewer, updated_by FROM entry WHERE id = {shared['harapan'][0]}"  # type: ignore[index]
    ) == [(roles["coord_a"], roles["coord_a"])]  # type: ignore[index]


def test_one_login_with_both_grants_cannot_approve_its_own_hours(
    shared: dict[str, object], db_location: str, sql_as: Callable[[str], Callable[[str], object]]
) -> None:
    roles, harapan = shared["roles"], shared["harapan"]
    # coord_a also becomes Siti herself.
    assert _okuvol(db_location, "grant", "volunteer", roles["coord_a"], "--person", "Siti")[0] == 0  # type: ignore[index]
    as_both = _as(db_location, roles["coord_a"])  # type: ignore[index]
    code, _out, err = _okuvol(as_both, "approve", "--entry", str(harapan[0]))  # type: ignore[index]
    assert code == 1 and "no one approves or rejects their own hours" in err
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="own hours"):
        sql_as(as_both)(f"UPDATE entry SET status = 'approved' WHERE id = {harapan[0]}")  # type: ignore[index]


def test_a_volunteer_imports_their_own_hours_while_others_log(
    shared: dict[str, object], db_location: str, tmp_path: Path
) -> None:
    roles = shared["roles"]
    header = "date,start,end,minutes,person,organisation,kind,role,category,description,status"
    rows = [
        f"2026-04-{day:02d},08:00,09:00,60,Siti,RS Harapan,volunteer,Helper,,imported,submitted"
        for day in range(1, 29)
    ]
    path = tmp_path / "siti.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    as_siti = _as(db_location, roles["siti"])  # type: ignore[index]
    # Someone logs meanwhile: ids come from the sequence, so neither gets the other's.
    code, _out, err = _okuvol(
        db_location, "log", "--person", "Budi", "--org", "LBH Keadilan", "--date",
        "2026-04-02", "--hours", "1",
    )  # fmt: skip
    assert code == 0, err
    code, out, err = _okuvol(as_siti, "import", str(path), "--format", "okuvol-csv")
    assert code == 0, err
    assert "Entries added: 28" in out
    code, _out, err = _okuvol(
        db_location, "log", "--person", "Budi", "--org", "LBH Keadilan", "--date",
        "2026-04-03", "--hours", "1",
    )  # fmt: skip
    assert code == 0, err


def test_a_coordinators_figures_are_their_organisations_and_their_writes_keep_the_totals(
    shared: dict[str, object], db_location: str, sql_as: Callable[[str], Callable[[str], object]]
) -> None:
    """The kept totals hold every organisation's hours: a login that row security limits
    gets its figures from the entries it may see, and may not read the totals at all."""
    roles, harapan = shared["roles"], shared["harapan"]
    as_b = _as(db_location, roles["coord_b"])  # type: ignore[index]
    code, out, err = _okuvol(as_b, "stats", "--year", "2026", "--json")
    assert code == 0, err
    assert '"entries": 1' in out and '"volunteer": 3.0' in out  # LBH Keadilan's only
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        sql_as(as_b)("SELECT * FROM day_total")
    code, _out, err = _okuvol(
        _as(db_location, roles["coord_a"]), "approve", "--entry", str(harapan[0])
    )  # type: ignore[index]
    assert code == 0, err
    code, out, err = _okuvol(db_location, "check")  # the owner's check: the totals followed
    assert code == 0 and out.startswith("The kept totals agree with the 3 entries"), out + err
    code, out, _err = _okuvol(as_b, "check")
    assert code == 1


def test_credits_and_evidence_change_only_with_an_entry_still_open(
    ledger: Ledger,
    shared: dict[str, object],
    db_location: str,
    sql_as: Callable[[str], Callable[[str], object]],
) -> None:
    """A volunteer may not add credits to an entry once it is approved (a requirement counts
    approved credits), nor touch another organisation's; the schemes are the owner's."""
    roles, harapan = shared["roles"], shared["harapan"]
    first, second = harapan  # type: ignore[misc]
    ledger.approvals.approve([second])
    siti = sql_as(_as(db_location, roles["siti"]))  # type: ignore[index]
    assert siti(f"INSERT INTO entry_credit (entry_id, credits) VALUES ({first}, 2)") == 1
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        siti(f"INSERT INTO entry_credit (entry_id, credits) VALUES ({second}, 9)")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        siti(f"INSERT INTO entry_credit (entry_id, credits) VALUES ({shared['keadilan']}, 9)")
    coordinator = sql_as(_as(db_location, roles["coord_a"]))  # type: ignore[index]
    assert coordinator(f"UPDATE entry_credit SET credits = 3 WHERE entry_id = {first}") == 1
    assert siti("SELECT entry_id, credits FROM entry_credit") == [(first, 3)]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        siti("INSERT INTO scheme (name, kind, document) VALUES ('Mine', 'award', '{}')")
    assert ledger.entries.credits(first) == 3


def test_a_coordinators_queue_holds_only_their_organisations_lines(
    shared: dict[str, object], db_location: str
) -> None:
    """The kept lines are the owner's to read: a coordinator's queue is made from the entries
    row security lets them see, with the same days and sums."""
    roles = shared["roles"]
    coordinator = Ledger.open(_as(db_location, roles["coord_a"]), timezone="UTC")  # type: ignore[index]
    try:
        queue = coordinator.approvals.queue_start(10)
    finally:
        coordinator.close()
    [line] = queue.lines
    assert (line.organisation_name, line.person_name) == ("RS Harapan", "Siti")
    assert (line.entries, line.minutes, line.resubmitted) == (2, 240, 0)
    assert (line.first_date, line.last_date) == (date(2026, 3, 2), date(2026, 3, 3))
    assert (queue.entries, queue.minutes, queue.people, queue.groups) == (2, 240, 1, 1)
