"""Render resources/icons/okuvol.svg to the PNG sizes desktops and installers ask for.

For maintainers, after changing the SVG: `python packaging/render_icons.py`. The PNGs are
committed, so a build needs no SVG renderer; Qt's own (QtSvg) draws them, as it draws the SVG
in the window.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
# The hicolor theme's usual sizes, and 512 for macOS and the AppStream catalogue.
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int, out: Path) -> None:
    """Draw ``svg`` into a transparent ``size`` x ``size`` PNG at ``out``."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out)):
        raise SystemExit(f"{out}: could not be written")


def main() -> int:
    """Render every size beside the SVG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage needs it)
    svg = ICONS / "okuvol.svg"
    for size in SIZES:
        render(svg, size, ICONS / f"okuvol-{size}.png")
        print(ICONS / f"okuvol-{size}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
