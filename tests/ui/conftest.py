"""GUI tests keep their QSettings in the test's folder, never in the user's configuration."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from okuvol_desktop.ui.garbage import collect_garbage_in_gui_thread
from okuvol_desktop.ui.i18n import LanguageSwitcher


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> None:
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path / "settings"))


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    """English as the application starts it: with the singular and plural of %n messages."""
    switcher = LanguageSwitcher()
    assert switcher.use("en")
    yield switcher
    for translator in switcher._installed:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture(autouse=True)
def garbage_in_gui_thread(qapp: QApplication) -> None:
    """As the application does: cycles are collected in the GUI thread, never in a worker."""
    collect_garbage_in_gui_thread(qapp)
