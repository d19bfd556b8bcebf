"""The time log in every order: pages found from the last line shown add up to the whole
list, forwards and backwards, and search finds words inside descriptions and places."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import text

from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.domain.model import EntryLine
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.listing import LogQuery
from okuvol_desktop.services.people import PersonChanges
from okuvol_desktop.storage.listing import SORT_COLUMNS
from okuvol_desktop.storage.orm import EntryRow

PAGE = 13


@pytest.fixture
def filled(ledger: Ledger) -> Ledger:
    ledger.demo.fill(entries=260, seed=7)
    with ledger.ctx.transaction() as s:  # entries without a category or a description
        s.execute(text("UPDATE entry SET category_id = NULL WHERE id % 11 = 0"))
        s.execute(text("UPDATE entry SET description = NULL WHERE id % 13 = 0"))
        s.execute(
            text("UPDATE entry SET description = 'Kelas membaca di Desa Sukamaju' WHERE id = 5")
        )
        s.execute(text("UPDATE entry SET location = 'Posko \"Banjir\" Utara' WHERE id = 6"))
    return ledger


def _walk(
    ledger: Ledger,
    query: LogQuery,
    *,
    backwards_from: EntryLine | None = None,
    lines: int = PAGE,
) -> list[int]:
    ids: list[int] = []
    after = backwards_from
    while True:
        page = ledger.listing.page(
            query, limit=lines, after=after, backwards=backwards_from is not None
        )
        ids += [line.entry.id for line in page]
        if len(page) < lines:
            return ids
        after = page[-1]


@pytest.mark.parametrize("sort", SORT_COLUMNS)
@pytest.mark.parametrize("descending", [True, False])
def test_pages_from_the_last_line_add_up_to_the_whole_order(
    filled: Ledger, sort: str, descending: bool
) -> None:
    query = LogQuery(sort=sort, descending=descending)
    whole = [line.entry.id for line in filled.listing.page(query, limit=1000, offset=0)]
    # The same order read in one go at an offset (SQL's ORDER BY ... NULLS FIRST/LAST).
    at_offset = [line.entry.id for line in filled.listing.page(query, limit=1000, offset=1)]
    assert whole[1:] == at_offset
    walked = _walk(filled, query)
    assert walked == whole and len(walked) == 260
    last = filled.listing.page(query, limit=1, offset=259)[0]
    assert _walk(filled, query, backwards_from=last) == list(reversed(whole[:-1]))


@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize(
    ("sort", "filtered"),
    [
        ("category", lambda ledger: {"category": ledger.names.category("Education")}),
        ("kind", lambda ledger: {"kind": WorkKind.VOLUNTEER}),
        ("status", lambda ledger: {"status": EntryStatus.SUBMITTED}),
        ("person", lambda ledger: {"person": ledger.names.person("1")}),
        ("organisation", lambda ledger: {"organisation": ledger.names.organisation("1")}),
        ("date", lambda ledger: {"kind": WorkKind.PROFESSIONAL}),
        ("role", lambda ledger: {"organisation": ledger.names.organisation("1")}),
    ],
)
def test_a_filtered_order_pages_the_same_way(
    filled: Ledger,
    sort: str,
    filtered: Callable[[Ledger], dict[str, object]],
    descending: bool,
) -> None:
    """Also where the filter leaves one value of the order (the status order of the
    submitted entries), whose pages read only that value's entries."""
    query = LogQuery(sort=sort, descending=descending, **filtered(filled))  # type: ignore[arg-type]
    lines = filled.listing.page(query, limit=1000)
    assert 3 < len(lines) < 260
    assert _walk(filled, query, lines=3) == [line.entry.id for line in lines]
    assert _walk(filled, query, backwards_from=lines[-1], lines=3) == [
        line.entry.id for line in reversed(lines[:-1])
    ]


@pytest.mark.parametrize("sort", ["person", "organisation", "role", "category"])
def test_a_named_order_pages_entries_of_any_id(filled: Ledger, sort: str) -> None:
    """The largest id PostgreSQL keeps and a negative one (written by hand in SQL): each
    name's entries are read by id with no bound of their own."""
    names = [c.name for c in EntryRow.__table__.columns if c.name != "id"]
    untimed = {"start_time", "end_time", "start_utc", "end_utc"}
    with filled.ctx.transaction() as s:
        for new_id, old_id in ((2**31 - 1, 1), (-5, 2)):
            copied = {name: "NULL" if name in untimed else name for name in names}
            copied["source_id"] = f"'edge {new_id}'"
            s.execute(
                text(
                    f"INSERT INTO entry (id, {', '.join(names)}) "
                    f"SELECT {new_id}, {', '.join(copied.values())} FROM entry WHERE id = {old_id}"
                )
            )
    for descending in (True, False):
        query = LogQuery(sort=sort, descending=descending)
        whole = [line.entry.id for line in filled.listing.page(query, limit=1000, offset=0)]
        assert {2**31 - 1, -5} <= set(whole) and len(whole) == 262
        assert _walk(filled, query, lines=7) == whole


def test_a_person_renamed_between_two_pages_keeps_the_rest_of_their_entries(
    filled: Ledger,
) -> None:
    query = LogQuery(sort="person", descending=False)
    whole = [line.entry.id for line in filled.listing.page(query, limit=1000)]
    first = filled.listing.page(query, limit=3)
    theirs = filled.listing.page(LogQuery(person=first[-1].entry.person_id), limit=1000)
    assert len(theirs) > 3  # the page ends inside their entries
    filled.people.edit(first[-1].entry.person_id, PersonChanges(full_name="Aaron Abadi"))
    read, after = [line.entry.id for line in first], first[-1]
    while page := filled.listing.page(query, limit=3, after=after):
        read += [line.entry.id for line in page]
        after = page[-1]
    assert sorted(read) == sorted(whole) and len(read) == len(set(read))


def test_search_finds_letters_inside_words_in_any_case(filled: Ledger) -> None:
    found = filled.listing.page(LogQuery(text="SUKAMAJ"), limit=50)
    assert [line.entry.id for line in found] == [5]
    assert [line.entry.id for line in filled.listing.page(LogQuery(text='"Banjir" Ut'))] == [6]
    assert filled.listing.page(LogQuery(text="zzqx-no-such-words")) == []
    short = filled.listing.page(LogQuery(text="di"), limit=1000)  # too short for the index
    assert any(line.entry.id == 5 for line in short)
    totals = filled.listing.totals(LogQuery(text="sukamaju"))
    assert totals.entries == 1


def test_totals_of_a_filter_agree_with_its_entries(filled: Ledger) -> None:
    for query in (
        LogQuery(),
        LogQuery(category=filled.names.category("Education")),
        LogQuery(organisation=filled.names.organisation("1")),
        LogQuery(text="a"),
    ):
        lines = filled.listing.page(query, limit=1000)
        totals = filled.listing.totals(query)
        assert totals.entries == len(lines)
        assert totals.professional_minutes + totals.volunteer_minutes == sum(
            line.entry.minutes for line in lines
        )
