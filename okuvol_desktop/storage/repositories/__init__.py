"""Repositories: each wraps one Session and turns rows into the domain's frozen dataclasses,
one module per aggregate.

They never commit: the service that created the session owns the transaction.
"""

from okuvol_desktop.storage.repositories.base import as_id
from okuvol_desktop.storage.repositories.categories import CategoryRepo, SkillRepo
from okuvol_desktop.storage.repositories.entries import EntryRepo, entry_from_row
from okuvol_desktop.storage.repositories.goals import GoalRepo
from okuvol_desktop.storage.repositories.organisations import OrganisationRepo
from okuvol_desktop.storage.repositories.people import PersonRepo
from okuvol_desktop.storage.repositories.rates import RateRepo
from okuvol_desktop.storage.repositories.roles import RoleRepo
from okuvol_desktop.storage.repositories.timer import TimerRepo

__all__ = [
    "CategoryRepo",
    "EntryRepo",
    "GoalRepo",
    "OrganisationRepo",
    "PersonRepo",
    "RateRepo",
    "RoleRepo",
    "SkillRepo",
    "TimerRepo",
    "as_id",
    "entry_from_row",
]
