"""The user's preferences, kept with QSettings between runs."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from okuvol_desktop.domain.durations import DurationNotation
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.load import DEFAULT_WEEKLY_LIMIT_MINUTES

DEFAULT_DAILY_BACKUPS = 7


class Preferences:
    """Typed access to the stored preferences; every read falls back to a sensible default."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    def _get(self, key: str, default: object) -> object:
        return self._settings.value(key, default)

    @property
    def language(self) -> str:
        """ "en" or "id"."""
        value = str(self._get("language", "en"))
        return value if value in ("en", "id") else "en"

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("language", value)

    @property
    def week_start(self) -> int:
        """First day of the week: 0 Monday ... 6 Sunday."""
        try:
            value = int(str(self._get("week_start", 0)))
        except ValueError:
            return 0
        return value if 0 <= value <= 6 else 0

    @week_start.setter
    def week_start(self, value: int) -> None:
        self._settings.setValue("week_start", value)

    @property
    def weekly_limit_minutes(self) -> int:
        """Combined minutes a week above which a week is flagged as overload."""
        try:
            value = int(str(self._get("weekly_limit_minutes", DEFAULT_WEEKLY_LIMIT_MINUTES)))
        except ValueError:
            return DEFAULT_WEEKLY_LIMIT_MINUTES
        return value if value > 0 else DEFAULT_WEEKLY_LIMIT_MINUTES

    @weekly_limit_minutes.setter
    def weekly_limit_minutes(self, value: int) -> None:
        self._settings.setValue("weekly_limit_minutes", value)

    @property
    def daily_backups(self) -> int:
        """How many daily backups of the ledger to keep; 0 keeps none."""
        try:
            value = int(str(self._get("daily_backups", DEFAULT_DAILY_BACKUPS)))
        except ValueError:
            return DEFAULT_DAILY_BACKUPS
        return max(value, 0)

    @daily_backups.setter
    def daily_backups(self, value: int) -> None:
        self._settings.setValue("daily_backups", value)

    @property
    def default_kind(self) -> WorkKind:
        """The kind new entries start with."""
        try:
            return WorkKind(str(self._get("default_kind", WorkKind.VOLUNTEER.value)))
        except ValueError:
            return WorkKind.VOLUNTEER

    @default_kind.setter
    def default_kind(self, value: WorkKind) -> None:
        self._settings.setValue("default_kind", value.value)

    @property
    def duration_notation(self) -> DurationNotation:
        """How every view writes durations: 2:30 or 2.50 hours."""
        try:
            return DurationNotation(str(self._get("duration_notation", "")))
        except ValueError:
            return DurationNotation.DECIMAL_HOURS

    @duration_notation.setter
    def duration_notation(self, value: DurationNotation) -> None:
        self._settings.setValue("duration_notation", value.value)

    @property
    def timer_role(self) -> int | None:
        """The role the timer bar timed last, offered again (its person with it)."""
        try:
            return int(str(self._get("timer/role", "")))
        except ValueError:
            return None

    @timer_role.setter
    def timer_role(self, value: int) -> None:
        self._settings.setValue("timer/role", value)

    @property
    def database(self) -> str | None:
        """The database chosen in Settings, opened when no --db or OKUVOL_DB says otherwise."""
        value = self._get("database", "")
        return str(value) if value else None

    @database.setter
    def database(self, value: str) -> None:
        self._settings.setValue("database", value)

    @property
    def last_view(self) -> int:
        """Index of the view shown when the window closed."""
        try:
            return int(str(self._get("main_window/last_view", 0)))
        except ValueError:
            return 0

    @last_view.setter
    def last_view(self, value: int) -> None:
        self._settings.setValue("main_window/last_view", value)
