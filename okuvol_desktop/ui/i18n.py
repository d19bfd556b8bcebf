"""Languages of the desktop application: English (the source) and Bahasa Indonesia.

Translations are Qt Linguist files compiled to .qm when the package is built: okuvol_id for
the interface (tr() calls) and okuvol_messages_id for the messages of the Qt-free layers
(errors and verification results), which the interface translates with translate_message().
Installing a translator sends every widget a LanguageChange event; each retranslates itself,
so the language switches without a restart.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from okuvol_desktop.domain.errors import Message
from okuvol_desktop.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "id": "Bahasa Indonesia"}
_CATALOGS = ("okuvol_{lang}", "okuvol_messages_{lang}")
_LOCALES = {"en": QLocale("en_GB"), "id": QLocale("id_ID")}
MESSAGES_CONTEXT = "messages"


class LanguageSwitcher:
    """Owns the installed translators and swaps them for another language."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def use(self, language: str) -> bool:
        """Switch to ``language``; returns False (and keeps English) when it cannot be loaded."""
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(_LOCALES[language])
        self.language = language
        if language == "en":
            return True
        loaded = True
        for pattern in _CATALOGS:
            loaded &= self._install(
                app, str(resource_path(f"i18n/{pattern.format(lang=language)}.qm"))
            )
        # Qt's own words (Cancel, OK, Yes in standard dialogs).
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator()
        if qtbase.load(_LOCALES[language], "qtbase", "_", qt_dir):
            app.installTranslator(qtbase)
            self._installed.append(qtbase)
        return loaded

    def _install(self, app: QCoreApplication, path: str) -> bool:
        translator = QTranslator()
        if not translator.load(path):
            log.warning("No translation at %s; the build makes it from the .ts file", path)
            return False
        app.installTranslator(translator)
        self._installed.append(translator)
        return True


def translate_message(message: Message) -> str:
    """A message of the domain or services in the interface's language."""
    return message.translated(
        lambda template: QCoreApplication.translate(MESSAGES_CONTEXT, template)
    )
