"""Python's cycle collector, run in the GUI thread only.

Left to itself the collector runs in whichever thread allocates past its threshold: often a
worker reading the ledger. A cycle that holds a widget (a page and a closure over it) collected
there is not deleted at once: shiboken hands the widget's deletion to the GUI thread for later,
by which time Qt may have deleted it with its parent, and the process dies of a segmentation
fault now and then (the test suite did, in a different test each time). Calibre and qutebrowser
answer it the same way: automatic collection off, and a timer in the GUI thread that collects
each generation when Python would have.

What the application holds from its start to its end (modules, classes, the mapped tables,
the window's widgets) is frozen once the event loop runs: a full collection then looks only
at what came after. A window over a 1,000,000-entry ledger held 188,000 such objects, and
each full collection of them stopped the window for 90-97 ms.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

_NAME = "okuvol-garbage-collector"
# Often enough that garbage never piles up between two looks (Python would collect
# generation 0 after 700 allocations); a look that finds nothing to do costs microseconds.
INTERVAL_MS = 500


class GuiThreadGarbageCollector(QObject):
    """Collects cycles on a timer of the GUI thread, generation by generation."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(_NAME)
        self._timer = QTimer(self)
        self._timer.timeout.connect(collect_due_generations)
        self._timer.start(INTERVAL_MS)
        gc.disable()
        # Once the event loop runs, the window it shows has been built.
        QTimer.singleShot(0, self, freeze_what_lasts)


def freeze_what_lasts() -> None:
    """Collect what is garbage now, then keep every object left out of later collections
    (gc.freeze): they last as long as the process. One that becomes garbage in a cycle later
    stays in memory; freed by its count, it goes as any other."""
    gc.collect()
    gc.freeze()


def freeze_again_later(owner: QObject) -> None:
    """Let what was frozen be collected again (a window is closing for another), and freeze
    what lasts once the event loop has shown what replaces it."""
    gc.unfreeze()
    QTimer.singleShot(0, owner, freeze_what_lasts)


def collect_due_generations() -> int:
    """What Python's automatic collection would do now: each generation whose count has
    passed its threshold, the youngest first; how many objects were found unreachable."""
    limits = gc.get_threshold()  # kept while automatic collection is off
    counts = gc.get_count()
    found = 0
    for generation in range(3):
        if counts[generation] <= limits[generation]:
            break
        found += gc.collect(generation)
    return found


def collect_garbage_in_gui_thread(app: QCoreApplication) -> GuiThreadGarbageCollector:
    """The application's collector, started the first time (it lives as long as ``app``)."""
    collector = app.findChild(GuiThreadGarbageCollector, _NAME)
    return collector if collector is not None else GuiThreadGarbageCollector(app)
