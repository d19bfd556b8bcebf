"""Python's cycle collector, run in the GUI thread only.

Left to itself the collector runs in whichever thread allocates past its threshold: often a
worker reading the ledger. A cycle that holds a widget (a page and a closure over it) collected
there is not deleted at once: shiboken hands the widget's deletion to the GUI thread for later,
by which time Qt may have deleted it with its parent, and the process dies of a segmentation
fault now and then (the test suite did, in a different test each time). Calibre and qutebrowser
answer it the same way: automatic collection off, and a timer in the GUI thread that collects
each generation when Python would have.
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
