"""All services of one open ledger, each built (and its module imported) on first use.

A command of the command line uses one or two services; importing all of them (ReportLab,
cryptography, the importers...) would cost it most of its start.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from okuvol_desktop.services.context import Clock, ServiceContext, system_clock
from okuvol_desktop.storage.database import Database, open_database

if TYPE_CHECKING:
    from okuvol_desktop.services.access import AccessService
    from okuvol_desktop.services.approvals import ApprovalService
    from okuvol_desktop.services.backups import BackupService
    from okuvol_desktop.services.certificates import CertificateService
    from okuvol_desktop.services.changes import ChangeService
    from okuvol_desktop.services.dashboard import DashboardService
    from okuvol_desktop.services.demo import DemoService
    from okuvol_desktop.services.directory import DirectoryService
    from okuvol_desktop.services.entries import EntryService
    from okuvol_desktop.services.exporting import ExportService
    from okuvol_desktop.services.goals import GoalService
    from okuvol_desktop.services.importing import ImportService
    from okuvol_desktop.services.listing import ListingService
    from okuvol_desktop.services.naming import NameService
    from okuvol_desktop.services.organisations import OrganisationService
    from okuvol_desktop.services.people import PeopleService
    from okuvol_desktop.services.portfolio import PortfolioService
    from okuvol_desktop.services.rates import RateService
    from okuvol_desktop.services.roles import RoleService
    from okuvol_desktop.services.schemes import SchemeService
    from okuvol_desktop.services.signing_keys import KeyService
    from okuvol_desktop.services.stats import StatsService
    from okuvol_desktop.services.summaries import SummaryService
    from okuvol_desktop.services.timer import TimerService
    from okuvol_desktop.services.totals import TotalsService
    from okuvol_desktop.services.verification import VerificationService
    from okuvol_desktop.services.week_sheet import WeekSheetService


def _login_name() -> str:
    """The name of the person at the keyboard, as the system knows them."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without a passwd entry)
        return "okuvol"


def _user_of(database: Database) -> str:
    """Who makes the changes: on a shared ledger the database's login (which the database
    itself records as reviewer and editor), else the person logged in to the computer."""
    if database.dialect == "postgresql":
        with database.engine.connect() as connection:
            return str(connection.exec_driver_sql("SELECT session_user").scalar_one())
    return _login_name()


def _nothing_to_close() -> None:
    """The default closer: the caller owns the database."""


class Ledger:
    """The use cases of the ledger, sharing one context.

    Services hold nothing but the context, so building one twice (two threads asking at
    once) would only cost the time.
    """

    def __init__(self, ctx: ServiceContext, closer: Callable[[], None] = _nothing_to_close) -> None:
        self.ctx = ctx
        self.closer = closer

    @classmethod
    def open(cls, location: str, *, timezone: str, clock: Clock = system_clock) -> Ledger:
        """Open (creating and upgrading as needed) the database at ``location``.

        Raises:
            OkuvolError: the location is not a database okuvol can use.
        """
        database = open_database(location)
        ctx = ServiceContext(database.sessions, clock, timezone, user=_user_of(database))
        return cls(ctx, closer=database.close)

    def close(self) -> None:
        """Release the database, if this ledger opened it."""
        self.closer()

    @classmethod
    def create(cls, ctx: ServiceContext) -> Ledger:
        """Every service over the same sessions, clock and time zone."""
        return cls(ctx)

    @cached_property
    def names(self) -> NameService:
        """NameService, built on first use: the command line's names turned into ids."""
        from okuvol_desktop.services.naming import NameService

        return NameService(self.ctx)

    @cached_property
    def people(self) -> PeopleService:
        """PeopleService, built on first use."""
        from okuvol_desktop.services.people import PeopleService

        return PeopleService(self.ctx)

    @cached_property
    def organisations(self) -> OrganisationService:
        """OrganisationService, built on first use."""
        from okuvol_desktop.services.organisations import OrganisationService

        return OrganisationService(self.ctx)

    @cached_property
    def roles(self) -> RoleService:
        """RoleService, built on first use."""
        from okuvol_desktop.services.roles import RoleService

        return RoleService(self.ctx)

    @cached_property
    def schemes(self) -> SchemeService:
        """SchemeService, built on first use."""
        from okuvol_desktop.services.schemes import SchemeService

        return SchemeService(self.ctx)

    @cached_property
    def entries(self) -> EntryService:
        """EntryService, built on first use."""
        from okuvol_desktop.services.entries import EntryService

        return EntryService(self.ctx)

    @cached_property
    def listing(self) -> ListingService:
        """ListingService, built on first use."""
        from okuvol_desktop.services.listing import ListingService

        return ListingService(self.ctx)

    @cached_property
    def approvals(self) -> ApprovalService:
        """ApprovalService, built on first use."""
        from okuvol_desktop.services.approvals import ApprovalService

        return ApprovalService(self.ctx)

    @cached_property
    def timer(self) -> TimerService:
        """TimerService, built on first use."""
        from okuvol_desktop.services.timer import TimerService

        return TimerService(self.ctx)

    @cached_property
    def goals(self) -> GoalService:
        """GoalService, built on first use."""
        from okuvol_desktop.services.goals import GoalService

        return GoalService(self.ctx)

    @cached_property
    def rates(self) -> RateService:
        """RateService, built on first use."""
        from okuvol_desktop.services.rates import RateService

        return RateService(self.ctx)

    @cached_property
    def stats(self) -> StatsService:
        """StatsService, built on first use."""
        from okuvol_desktop.services.stats import StatsService

        return StatsService(self.ctx)

    @cached_property
    def demo(self) -> DemoService:
        """DemoService, built on first use."""
        from okuvol_desktop.services.demo import DemoService

        return DemoService(self.ctx)

    @cached_property
    def certificates(self) -> CertificateService:
        """CertificateService, built on first use."""
        from okuvol_desktop.services.certificates import CertificateService

        return CertificateService(self.ctx)

    @cached_property
    def keys(self) -> KeyService:
        """KeyService, built on first use."""
        from okuvol_desktop.services.signing_keys import KeyService

        return KeyService(self.ctx)

    @cached_property
    def verification(self) -> VerificationService:
        """VerificationService, built on first use."""
        from okuvol_desktop.services.verification import VerificationService

        return VerificationService(self.certificates, self.keys)

    @cached_property
    def summaries(self) -> SummaryService:
        """SummaryService, built on first use."""
        from okuvol_desktop.services.summaries import SummaryService

        return SummaryService(self.ctx)

    @cached_property
    def portfolio(self) -> PortfolioService:
        """PortfolioService, built on first use."""
        from okuvol_desktop.services.portfolio import PortfolioService

        return PortfolioService(self.ctx)

    @cached_property
    def dashboard(self) -> DashboardService:
        """DashboardService, built on first use."""
        from okuvol_desktop.services.dashboard import DashboardService

        return DashboardService(self.ctx)

    @cached_property
    def directory(self) -> DirectoryService:
        """DirectoryService, built on first use."""
        from okuvol_desktop.services.directory import DirectoryService

        return DirectoryService(self.ctx)

    @cached_property
    def week_sheet(self) -> WeekSheetService:
        """WeekSheetService, built on first use."""
        from okuvol_desktop.services.week_sheet import WeekSheetService

        return WeekSheetService(self.ctx)

    @cached_property
    def importing(self) -> ImportService:
        """ImportService, built on first use."""
        from okuvol_desktop.services.importing import ImportService

        return ImportService(self.ctx)

    @cached_property
    def exporting(self) -> ExportService:
        """ExportService, built on first use."""
        from okuvol_desktop.services.exporting import ExportService

        return ExportService(self.ctx)

    @cached_property
    def backups(self) -> BackupService:
        """BackupService, built on first use."""
        from okuvol_desktop.services.backups import BackupService

        return BackupService(self.ctx)

    @cached_property
    def access(self) -> AccessService:
        """AccessService, built on first use."""
        from okuvol_desktop.services.access import AccessService

        return AccessService(self.ctx)

    @cached_property
    def changes(self) -> ChangeService:
        """ChangeService, built on first use."""
        from okuvol_desktop.services.changes import ChangeService

        return ChangeService(self.ctx)

    @cached_property
    def totals(self) -> TotalsService:
        """TotalsService, built on first use."""
        from okuvol_desktop.services.totals import TotalsService

        return TotalsService(self.ctx)
