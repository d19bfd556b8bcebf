"""What someone typed on the command line, turned into the id a use case takes.

Every other service takes ids (``domain.ids``). Only here is a person, an organisation, a
role or a category looked up by what a user calls it: a number is an id, anything else an
exact name, and a name two of them share is refused with both ids to choose from.
"""

from __future__ import annotations

from datetime import date

from okuvol_desktop.domain.ids import CategoryId, OrganisationId, PersonId, RoleId
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.roles import pick_role
from okuvol_desktop.storage.repositories import CategoryRepo, OrganisationRepo, PersonRepo


class NameService:
    """Names and numbers, as a user gives them, turned into ids."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def person(self, ref: str) -> PersonId:
        """The person whose id is ``ref``, or who is called exactly ``ref``.

        Raises:
            NotFound: nobody is.
            Conflict: several people are called so (the message lists their ids).
        """
        with self._ctx.reading() as s:
            return PersonRepo(s).resolve(ref).id

    def organisation(self, ref: str) -> OrganisationId:
        """The organisation whose id is ``ref``, or which is called exactly ``ref``."""
        with self._ctx.reading() as s:
            return OrganisationRepo(s).resolve(ref).id

    def category(self, ref: str) -> CategoryId:
        """The category whose id, key, English or Indonesian name is ``ref``."""
        with self._ctx.reading() as s:
            return CategoryRepo(s).resolve(ref).id

    def role(
        self,
        person: PersonId,
        organisation: OrganisationId,
        ref: str,
        *,
        kind: WorkKind | None = None,
        on: date | None = None,
    ) -> RoleId:
        """The person's role at the organisation whose id or title is ``ref``; among several
        of that title, the one of ``kind`` active ``on`` that day.

        Raises:
            NotFound: no role there has that id or title.
            ValidationError: several fit, or both kinds do and ``kind`` is not given.
        """
        with self._ctx.reading() as s:
            return pick_role(
                s,
                person=PersonRepo(s).get(person),
                organisation=OrganisationRepo(s).get(organisation),
                kind=kind,
                role_ref=ref,
                on=on,
            ).id
