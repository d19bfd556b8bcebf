"""Which person, organisation, role or category a use case is about.

Services take these, never the names or numbers a user typed: the command line turns what
was typed into an id at its edge (``services.naming``), and the window holds the ids of what
it shows. NewType costs nothing at run time and lets the type checker refuse a person's id
where an organisation's is meant.
"""

from __future__ import annotations

from typing import NewType

PersonId = NewType("PersonId", int)
OrganisationId = NewType("OrganisationId", int)
RoleId = NewType("RoleId", int)
CategoryId = NewType("CategoryId", int)
