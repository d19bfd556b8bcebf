"""What every service needs: a way to open a session, the time, and the user's time zone."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session, sessionmaker

from okuvol_desktop.domain.durations import zone

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The current instant, aware, in UTC."""
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class ServiceContext:
    """Dependencies shared by the services, passed in from the composition root."""

    sessions: sessionmaker[Session]
    clock: Clock = system_clock
    timezone: str = "UTC"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commit when the block ends, roll back if it raises."""
        with self.sessions.begin() as session:
            yield session

    def today(self, timezone: str | None = None) -> date:
        """Today's date where the user (or the given zone) is."""
        return self.clock().astimezone(zone(timezone or self.timezone)).date()
