"""Languages of the desktop application: English (the source) and Bahasa Indonesia.

Translations are Qt Linguist files compiled to .qm when the package is built: okuvol_id for
the interface (tr() calls) and okuvol_messages_id for the messages of the Qt-free layers
(errors and verification results), which the interface translates with translate_message().
English needs only okuvol_en: the singular and plural of each %n message.
Installing a translator sends every widget a LanguageChange event; each retranslates itself,
so the language switches without a restart.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from okuvol_desktop.domain.errors import Message
from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.domain.model import EntryRef
from okuvol_desktop.resources import resource_path
from okuvol_desktop.ui.formats import date_text, entry_text
from okuvol_desktop.ui.labels import kind_label, status_label
from okuvol_desktop.ui.translatable import QT_TRANSLATE_NOOP

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
            # The source strings are English already; this catalogue only holds the plural
            # forms of %n messages ("1 certificate", "2 certificates").
            return self._install(app, str(resource_path("i18n/okuvol_en.qm")))
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


def message_value(value: object) -> object:
    """A value a message quotes, as the window writes it: an entry as the time log names it,
    a date as the tables write dates, a status or a kind in the interface's words rather than
    the ledger's own."""
    if isinstance(value, EntryRef):
        return entry_text(value)
    if isinstance(value, date) and not isinstance(value, datetime):
        return date_text(value)
    if isinstance(value, EntryStatus):
        return status_label(value).lower()
    if isinstance(value, WorkKind):
        return kind_label(value).lower()
    return value


def translate_message(message: Message) -> str:
    """A message of the domain or services in the interface's language."""
    return message.translated(
        lambda template: QCoreApplication.translate(MESSAGES_CONTEXT, template), message_value
    )


# Qt has no Indonesian catalogue of its own, so the words on standard buttons (OK, Cancel,
# Yes, No in every dialog and message box) are translated in okuvol_id.ts under Qt's own
# context. Marked here so that lupdate keeps them; Qt looks them up itself.
STANDARD_BUTTON_WORDS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    # The import wizard's buttons.
    QT_TRANSLATE_NOOP("QWizard", "< &Back"),
    QT_TRANSLATE_NOOP("QWizard", "&Next >"),
    QT_TRANSLATE_NOOP("QWizard", "&Finish"),
    QT_TRANSLATE_NOOP("QWizard", "Cancel"),
    QT_TRANSLATE_NOOP("QWizard", "&Help"),
)
