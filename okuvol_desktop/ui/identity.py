"""What the desktop shows of okuvol itself: its name, version, icon and desktop entry."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon

from okuvol_desktop import __version__
from okuvol_desktop.config import APP_NAME
from okuvol_desktop.resources import resource_path

# The reverse-DNS name of the .desktop entry and the AppStream metainfo (resources/desktop):
# Wayland compositors match a window to its menu entry, and so to its icon, by it.
APP_ID = "org.okuvol.Okuvol"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def application_icon() -> QIcon:
    """okuvol's mark in every drawn size: a 16-pixel task bar button gets the picture drawn
    for 16 pixels rather than a shrunk one (the sizes are rendered from resources/icons/
    okuvol.svg by packaging/render_icons.py). QIcon reads the files when first drawn."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path(f"icons/okuvol-{size}.png")))
    return icon


def introduce(app: QGuiApplication) -> None:
    """Give the application its name, version, icon and desktop entry: the settings are kept
    under the name, and every window, the task bar and About show the icon."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(application_icon())
