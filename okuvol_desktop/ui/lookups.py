"""Names the forms and filters offer: people, organisations, roles, categories."""

from __future__ import annotations

from dataclasses import dataclass

from okuvol_desktop.domain.model import Category, Organisation, Person, Role
from okuvol_desktop.services.ledger import Ledger


@dataclass(frozen=True, slots=True)
class Lookups:
    """A snapshot of the ledger's names, loaded in a worker and handed to widgets."""

    people: tuple[Person, ...]
    organisations: tuple[Organisation, ...]
    roles: tuple[Role, ...]
    categories: tuple[Category, ...]

    @classmethod
    def load(cls, ledger: Ledger) -> Lookups:
        """Read the names (call from a worker: it queries the database)."""
        return cls(
            tuple(ledger.people.by_name()),
            tuple(ledger.organisations.by_name()),
            tuple(ledger.roles.held()),
            tuple(ledger.listing.categories()),
        )

    def roles_of(self, person_id: int, organisation_id: int | None = None) -> list[Role]:
        """A person's roles, at one organisation if given."""
        return [
            r
            for r in self.roles
            if r.person_id == person_id
            and (organisation_id is None or r.organisation_id == organisation_id)
        ]

    def organisation(self, organisation_id: int) -> Organisation | None:
        """The organisation with this id."""
        return next((o for o in self.organisations if o.id == organisation_id), None)
