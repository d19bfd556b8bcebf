"""Colours that follow the window's palette: an error in dark red on a light window is dark
red on black in a dark one, which nobody can read. Each tone has a light and a dark variant,
both at least 4.5:1 against the background they are shown on (WCAG AA for body text)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette


@dataclass(frozen=True, slots=True)
class _Tone:
    light: str  # on a light window
    dark: str  # on a dark window


_ERROR = _Tone("#b3261e", "#ffb4ab")
_SUCCESS = _Tone("#0b6e4f", "#6fdbad")
_PAID = _Tone("#2e5eaa", "#8ab4f8")
_VOLUNTEER = _Tone("#0b6e4f", "#6fdbad")
# The overload warning: text, background and border of a box.
_WARNING_TEXT = _Tone("#8a1c12", "#ffdad4")
_WARNING_BACKGROUND = _Tone("#fdecea", "#5c1a14")
_WARNING_BORDER = _Tone("#f3b3ab", "#a8473b")


def current_palette() -> QPalette:
    """The application's palette (what a widget without a palette of its own uses)."""
    return QGuiApplication.palette()


def is_dark(palette: QPalette) -> bool:
    """Whether the window is drawn light on dark."""
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def _pick(tone: _Tone, palette: QPalette) -> QColor:
    return QColor(tone.dark if is_dark(palette) else tone.light)


def relative_luminance(color: QColor) -> float:
    """WCAG 2 relative luminance of a colour (0 for black, 1 for white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def error_color(palette: QPalette) -> QColor:
    """Text that says something is wrong."""
    return _pick(_ERROR, palette)


def success_color(palette: QPalette) -> QColor:
    """Text that says something checked out."""
    return _pick(_SUCCESS, palette)


def error_style(palette: QPalette) -> str:
    """A style sheet for a label that shows an error."""
    return f"color: {error_color(palette).name()};"


def success_style(palette: QPalette) -> str:
    """A style sheet for a label that shows a good result."""
    return f"color: {success_color(palette).name()};"


def warning_colors(palette: QPalette) -> tuple[QColor, QColor]:
    """The text and background colours of a warning box."""
    return _pick(_WARNING_TEXT, palette), _pick(_WARNING_BACKGROUND, palette)


def warning_style(palette: QPalette) -> str:
    """A style sheet for a box that warns (the overload of a week)."""
    text, background = warning_colors(palette)
    border = _pick(_WARNING_BORDER, palette)
    return (
        f"background: {background.name()}; color: {text.name()}; "
        f"border: 1px solid {border.name()}; border-radius: 4px; padding: 6px;"
    )


def kind_colors(palette: QPalette) -> tuple[QColor, QColor]:
    """The colours of paid and volunteer work in charts."""
    return _pick(_PAID, palette), _pick(_VOLUNTEER, palette)
