"""Alt+letter shortcuts that never collide within a window, in any language.

Each translation chooses its own underlined letters, and a translator sees one string at a
time: "&Tempat:" and "&Tanggal:" both take Alt+T in the Indonesian entry dialog. Qt then
only cycles between the two. As KDE's KAcceleratorManager does, the letters are settled once
the texts are set: the first owner of a letter keeps it, a later one moves its "&" to a free
letter of its own words (the first letter of a word when it can).

A window's scopes are what is shown together: the window itself (menus, tabs, buttons), and
each page of a tab widget or wizard, which may reuse a letter of another page but not one of
the window's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabBar,
    QToolButton,
    QWidget,
    QWizardPage,
)


def mnemonic(text: str) -> str | None:
    """The letter after the single "&" of ``text`` (casefolded), or None."""
    at = 0
    while (at := text.find("&", at)) >= 0 and at + 1 < len(text):
        if text[at + 1] != "&":
            return text[at + 1].casefold()
        at += 2
    return None


def _move_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with its "&" before a letter not in ``taken``; unchanged when there is none."""
    bare = _without_mnemonic(text).replace("&&", "\0")
    starts = [
        i for i, c in enumerate(bare) if c.isalnum() and (i == 0 or not bare[i - 1].isalnum())
    ]
    others = [i for i, c in enumerate(bare) if c.isalnum() and i not in starts]
    for i in starts + others:
        if bare[i].casefold() not in taken:
            return (bare[:i] + "&" + bare[i:]).replace("\0", "&&")
    return text


@dataclass(frozen=True, slots=True)
class Owner:
    """Something with an underlined letter: a buddy label, a button, a tab, a menu."""

    widget: QWidget
    get: Callable[[], str]
    set: Callable[[str], None]
    needs_letter: bool = False  # a field's label or a check box: given a letter if it has none


def _owners_of(widget: QWidget, buddies: set[QWidget]) -> Iterator[Owner]:
    if isinstance(widget, QLabel) and widget.buddy() is not None and widget.text():
        yield Owner(widget, widget.text, widget.setText, needs_letter=True)
    elif isinstance(widget, QAbstractButton) and not (
        isinstance(widget, QToolButton) and widget.defaultAction() is not None
    ):  # a tool button shows its action's text without the "&": it has no letter
        # A check box beside a label is reached with the label's letter.
        checkable = widget.isCheckable() and bool(widget.text()) and widget not in buddies
        yield Owner(widget, widget.text, widget.setText, needs_letter=checkable)
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield Owner(widget, partial(widget.tabText, index), partial(widget.setTabText, index))


def _scope_root(widget: QWidget, top: QWidget) -> QWidget:
    """The page (of a tab widget or a wizard) that shows ``widget``, or the window."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not top:
        if isinstance(parent, QStackedWidget) or isinstance(child, QWizardPage):
            return child
        child, parent = parent, parent.parentWidget()
    return top


def scopes(window: QWidget) -> dict[QWidget, list[Owner]]:
    """The owners of underlined letters of ``window``, by the scope that shows them."""
    found: dict[QWidget, list[Owner]] = {window: []}
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            found[window].append(Owner(window.menuBar(), action.text, action.setText))
    widgets = [w for w in window.findChildren(QWidget) if w.window() is window]
    # (a dialog parented to the window has letters of its own)
    buddies = {w.buddy() for w in widgets if isinstance(w, QLabel) and w.buddy() is not None}
    for widget in widgets:
        owners = list(_owners_of(widget, buddies))
        if owners:
            found.setdefault(_scope_root(widget, window), []).extend(owners)
    return found


def settle(window: QWidget) -> None:
    """Give each owner of a letter in ``window`` a letter nobody shown beside it has."""
    found = scopes(window)
    taken = {window: _settle(found.pop(window), set())}
    # A page nested in another page (Settings has sections of its own) is shown with the
    # page around it: it starts from that page's letters, so outer pages are settled first.
    for root in sorted(found, key=lambda w: _depth(w, window)):
        parent = root.parentWidget()
        outer = _scope_root(parent, window) if parent is not None else window
        taken[root] = _settle(found[root], set(taken.get(outer, taken[window])))


def _depth(widget: QWidget, top: QWidget) -> int:
    depth = 0
    parent = widget.parentWidget()
    while widget is not top and parent is not None:
        widget, depth = parent, depth + 1
        parent = widget.parentWidget()
    return depth


def _settle(owners: list[Owner], taken: set[str]) -> set[str]:
    """Letters the texts chose are kept first come, first served (fields' labels before
    buttons); the others are moved, and a field's label or a check box that has none is given
    one. When no letter of its words is free, a text loses its letter: Tab still reaches it,
    whereas a shared letter would only cycle the focus between the two."""
    later: list[Owner] = []
    for owner in sorted(owners, key=lambda o: not o.needs_letter):
        letter = mnemonic(owner.get())
        if letter is not None and letter not in taken:
            taken.add(letter)
        elif letter is not None or owner.needs_letter:
            later.append(owner)
    for owner in later:
        text = owner.get()
        moved = _move_mnemonic(text if mnemonic(text) else "&" + text, taken)
        letter = mnemonic(moved)
        if letter is None or letter in taken:
            moved = _without_mnemonic(text)
        else:
            taken.add(letter)
        if moved != text:
            owner.set(moved)
    return taken


def _without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&&")


class MnemonicKeeper(QObject):
    """Settles a window's letters now, when it is shown and after each language switch."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)
        settle(window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Override of QObject.eventFilter: the texts change after a language switch reached
        every widget, so settle once the events are handled."""
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.Show):
            QTimer.singleShot(0, self, self.settle)
        return False

    def settle(self) -> None:
        """Settle the window's letters now (after a form changed its texts)."""
        settle(self._window)


def keep_mnemonics(window: QWidget) -> MnemonicKeeper:
    """Keep ``window``'s Alt+letter shortcuts apart from now on."""
    return MnemonicKeeper(window)
