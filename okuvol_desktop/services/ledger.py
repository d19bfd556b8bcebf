"""All services of one open ledger, built once by the composition root."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass, replace

from okuvol_desktop.services.access import AccessService
from okuvol_desktop.services.approvals import ApprovalService
from okuvol_desktop.services.backups import BackupService
from okuvol_desktop.services.certificates import CertificateService
from okuvol_desktop.services.changes import ChangeService
from okuvol_desktop.services.context import Clock, ServiceContext, system_clock
from okuvol_desktop.services.dashboard import DashboardService
from okuvol_desktop.services.demo import DemoService
from okuvol_desktop.services.directory import DirectoryService
from okuvol_desktop.services.entries import EntryService
from okuvol_desktop.services.exporting import ExportService
from okuvol_desktop.services.goals import GoalService
from okuvol_desktop.services.importing import ImportService
from okuvol_desktop.services.listing import ListingService
from okuvol_desktop.services.organisations import OrganisationService
from okuvol_desktop.services.people import PeopleService
from okuvol_desktop.services.rates import RateService
from okuvol_desktop.services.roles import RoleService
from okuvol_desktop.services.signing_keys import KeyService
from okuvol_desktop.services.stats import StatsService
from okuvol_desktop.services.summaries import SummaryService
from okuvol_desktop.services.timer import TimerService
from okuvol_desktop.services.totals import TotalsService
from okuvol_desktop.services.verification import VerificationService
from okuvol_desktop.services.week_sheet import WeekSheetService
from okuvol_desktop.storage.database import Database, open_database


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
    certificates: CertificateService
    keys: KeyService
    verification: VerificationService
    summaries: SummaryService
    dashboard: DashboardService
    directory: DirectoryService
    week_sheet: WeekSheetService
    importing: ImportService
    exporting: ExportService
    backups: BackupService
    access: AccessService
    changes: ChangeService
    totals: TotalsService
    closer: Callable[[], None] = _nothing_to_close

    @classmethod
    def open(cls, location: str, *, timezone: str, clock: Clock = system_clock) -> Ledger:
        """Open (creating and upgrading as needed) the database at ``location``.

        Raises:
            OkuvolError: the location is not a database okuvol can use.
        """
        database = open_database(location)
        ctx = ServiceContext(database.sessions, clock, timezone, user=_user_of(database))
        return replace(cls.create(ctx), closer=database.close)

    def close(self) -> None:
        """Release the database, if this ledger opened it."""
        self.closer()

    @classmethod
    def create(cls, ctx: ServiceContext) -> Ledger:
        """Every service over the same sessions, clock and time zone."""
        certificates = CertificateService(ctx)
        keys = KeyService(ctx)
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
            certificates,
            keys,
            VerificationService(certificates, keys),
            SummaryService(ctx),
            DashboardService(ctx),
            DirectoryService(ctx),
            WeekSheetService(ctx),
            ImportService(ctx),
            ExportService(ctx),
            BackupService(ctx),
            AccessService(ctx),
            ChangeService(ctx),
            TotalsService(ctx),
        )
