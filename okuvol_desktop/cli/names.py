"""The command line's one resolver: people, organisations and categories named as a user
types them (an id, or an exact name) become the ids the services take.

An argument says what it names by its type (``type=PersonName``); once the command line
is parsed, ``resolve_names`` replaces each such value by its id, before the command's
handler runs. A role is named only beside its person and organisation, so the handlers
that take ``--role`` ask ``NameService.role`` themselves.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the services cost a command's start; --help needs none of them
    from okuvol_desktop.services.naming import NameService


class PersonName(str):
    """What was typed for a person: an id or an exact full name."""

    __slots__ = ()


class OrganisationName(str):
    """What was typed for an organisation: an id or an exact name."""

    __slots__ = ()


class CategoryName(str):
    """What was typed for a category: an id, a key, or its English or Indonesian name."""

    __slots__ = ()


def resolve_names(args: argparse.Namespace, names: Callable[[], NameService]) -> None:
    """Replace every name in ``args`` by the id it names; ``names`` opens the ledger, and
    is called only when a command names someone.

    Raises:
        NotFound: nothing is called so.
        Conflict: several are (the message lists their ids to choose from).
    """
    for key, value in vars(args).items():
        if isinstance(value, PersonName):
            setattr(args, key, names().person(value))
        elif isinstance(value, OrganisationName):
            setattr(args, key, names().organisation(value))
        elif isinstance(value, CategoryName):
            setattr(args, key, names().category(value))
