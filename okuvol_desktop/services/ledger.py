"""All services of one open ledger, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from okuvol_desktop.services.approvals import ApprovalService
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.demo import DemoService
from okuvol_desktop.services.entries import EntryService
from okuvol_desktop.services.goals import GoalService
from okuvol_desktop.services.listing import ListingService
from okuvol_desktop.services.organisations import OrganisationService
from okuvol_desktop.services.people import PeopleService
from okuvol_desktop.services.rates import RateService
from okuvol_desktop.services.roles import RoleService
from okuvol_desktop.services.stats import StatsService
from okuvol_desktop.services.timer import TimerService


@dataclass(frozen=True, slots=True)
class Ledger:
    """The use cases of the ledger, sharing one context."""

    ctx: ServiceContext
    people: PeopleService
    organisations: OrganisationService
    roles: RoleService
    entries: EntryService
    listing: ListingService
    approvals: ApprovalService
    timer: TimerService
    goals: GoalService
    rates: RateService
    stats: StatsService
    demo: DemoService

    @classmethod
    def create(cls, ctx: ServiceContext) -> Ledger:
        """Every service over the same sessions, clock and time zone."""
        return cls(
            ctx,
            PeopleService(ctx),
            OrganisationService(ctx),
            RoleService(ctx),
            EntryService(ctx),
            ListingService(ctx),
            ApprovalService(ctx),
            TimerService(ctx),
            GoalService(ctx),
            RateService(ctx),
            StatsService(ctx),
            DemoService(ctx),
        )
