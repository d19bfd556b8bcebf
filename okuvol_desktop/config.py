"""Settings resolved once at start-up from arguments and environment; no globals."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from okuvol_desktop.storage.locations import shown_location

APP_NAME = "okuvol"
DB_ENV = "OKUVOL_DB"
TZ_ENV = "OKUVOL_TZ"
LOG_ENV = "OKUVOL_LOG_DIR"


def default_database() -> Path:
    """The ledger file in the platform's user data directory."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "okuvol.sqlite3"


def log_folder(env: Mapping[str, str] | None = None) -> Path:
    """Where okuvol writes what went wrong unexpectedly: $OKUVOL_LOG_DIR, else the platform's
    user log folder."""
    env = os.environ if env is None else env
    given = env.get(LOG_ENV, "").strip()
    return Path(given) if given else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def system_timezone() -> str:
    """The IANA name of the machine's time zone, or UTC when it cannot be told."""
    try:
        import tzlocal

        return str(tzlocal.get_localzone_name() or "UTC")
    except Exception:  # tzlocal raises several kinds on unusual set-ups; UTC is a safe answer
        return "UTC"


@dataclass(frozen=True, slots=True)
class Settings:
    """Where the ledger is and which zone local times are read in."""

    database: str
    timezone: str
    language: str | None = None  # None: the language saved in the application's settings
    database_given: bool = False  # by --db or OKUVOL_DB, rather than the default

    @property
    def shown_database(self) -> str:
        """The database as it may be printed or shown: never with its password."""
        return shown_location(self.database)

    @classmethod
    def resolve(
        cls, db: str | None, env: Mapping[str, str] | None = None, language: str | None = None
    ) -> Settings:
        """``--db`` wins over ``OKUVOL_DB``, which wins over the default file."""
        env = os.environ if env is None else env
        database = db or env.get(DB_ENV) or str(default_database())
        return cls(
            database=database,
            timezone=env.get(TZ_ENV) or system_timezone(),
            language=language,
            database_given=bool(db or env.get(DB_ENV)),
        )
