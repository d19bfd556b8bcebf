"""Bahasa Indonesia covers everything a user sees: no missing, unfinished or broken entries."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest

from tests.i18n_catalog import CATALOG, read_catalog, templates

ROOT = Path(__file__).resolve().parent.parent
INTERFACE = ROOT / "resources" / "i18n" / "okuvol_id.ts"
ENGLISH_PLURALS = ROOT / "resources" / "i18n" / "okuvol_en.ts"


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        found += [(name, m.findtext("source") or "", m) for m in context.iter("message")]
    return found


def _updated(catalog: Path, folder: Path, *options: str) -> Path:
    """A copy of ``catalog`` brought up to date with the interface's sources by lupdate."""
    fresh = folder / catalog.name
    shutil.copyfile(catalog, fresh)
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    sources = [str(p) for p in (ROOT / "okuvol_desktop" / "ui").rglob("*.py")]
    command = [str(lupdate), *sources, "-ts", str(fresh), "-no-obsolete", *options, "-silent"]
    subprocess.run(command, check=True)
    return fresh


def test_every_message_template_has_a_translation() -> None:
    translations = read_catalog(CATALOG)
    missing = [t for t in templates() if not translations.get(t)]
    assert missing == [], "run `python -m tests.i18n_catalog` and translate these"


def test_every_interface_string_is_in_the_catalog_and_translated(tmp_path: Path) -> None:
    fresh = _updated(INTERFACE, tmp_path)
    unfinished = [
        (ctx, src)
        for ctx, src, m in _messages(fresh)
        if m.find("translation").get("type") == "unfinished"
    ]  # type: ignore[union-attr]
    assert unfinished == [], "run pyside6-lupdate on okuvol_desktop/ui and translate these"


def test_every_english_plural_has_its_two_forms(tmp_path: Path) -> None:
    messages = _messages(_updated(ENGLISH_PLURALS, tmp_path, "-pluralonly"))
    assert messages, "the interface has %n messages; okuvol_en.ts must carry them"
    for _ctx, source, message in messages:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") != "unfinished", source
        forms = [form.text or "" for form in translation.iter("numerusform")]
        assert len(forms) == 2 and "(s)" not in "".join(forms), source


@pytest.mark.parametrize(
    "path", [INTERFACE, CATALOG, ENGLISH_PLURALS], ids=["interface", "messages", "plurals"]
)
def test_translations_keep_their_placeholders(path: Path) -> None:
    def holes(text: str) -> list[str]:
        return sorted(set(re.findall(r"\{\w+|%\d|%n", text)))

    broken = []
    for _ctx, source, message in _messages(path):
        translation = message.find("translation")
        assert translation is not None
        forms = list(translation)  # plural forms of a %n message
        text = "".join(n.text or "" for n in forms) if forms else (translation.text or "")
        if holes(source) != holes(text):
            broken.append((source, text))
    assert broken == []
