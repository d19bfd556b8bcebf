"""The sentences of okuvol's messages (errors and verification results) that need translating.

`python -m tests.i18n_catalog` writes them into resources/i18n/okuvol_messages_id.ts, keeping the
translations already there; tests/test_translations.py fails while one is missing.
Qt's lupdate cannot find these: they are templates given to OkuvolError and Message in the
Qt-free layers, not tr() calls.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "okuvol_desktop"
CATALOG = ROOT / "resources" / "i18n" / "okuvol_messages_id.ts"
CONTEXT = "messages"
# The callables and the positions of their arguments that are message templates.
_TEMPLATE_ARGUMENTS = {
    "ValidationError": (1,),
    "NotFound": (0,),
    "Conflict": (0,),
    "OkuvolError": (0,),
    "OverlapError": (0,),
    "_refuse": (0,),
    "Message": (0,),
    "_by_ref": (3, 4),
    "FileRefused": (0,),
    "ConnectionLost": (0,),
    "NotAllowed": (0,),
    "LineError": (0,),
    # Labels that name a field inside a sentence ("{label} must not be empty.").
    "check_text": (2,),
    "check_name": (2,),
    "check_optional": (2,),
    "check_characters": (2,),
    "check_amount": (2,),
    # An error subclass's own sentence: super().__init__(sentence, ...) or (field, sentence, ...);
    # single words there are field names, not sentences, and are left out below.
    "__init__": (0, 1),
}


def _text(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # MalformedCode's sentence
        left, right = _text(node.left), _text(node.right)
        return None if left is None or right is None else left + right
    return None


def _is_labels(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Dict)
        and any(isinstance(t, ast.Name) and t.id.endswith("_LABELS") for t in node.targets)
    )


def templates() -> list[str]:
    """Every message template in the package, in a stable order."""
    found: dict[str, None] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts or "cli" in path.relative_to(PACKAGE).parts:
            continue  # the GUI uses tr(); the command line speaks English
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if _is_labels(node):  # a table of labels: {"full_name": "The name", ...}
                assert isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict)
                found.update(dict.fromkeys(t for v in node.value.values if (t := _text(v))))
                continue
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name == "MalformedCode" and node.args:
                reason = _text(node.args[0])
                if reason is not None:
                    found[f"This is not a valid okuvol verification code: {reason}."] = None
                continue
            for index in _TEMPLATE_ARGUMENTS.get(name or "", ()):
                text = _text(node.args[index]) if len(node.args) > index else None
                if text is not None and " " in text.strip():
                    found[text] = None
    return list(found)


def read_catalog(path: Path = CATALOG) -> dict[str, str]:
    """Source -> translation of a .ts file (unfinished entries map to "")."""
    if not path.exists():
        return {}
    translations = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        finished = translation is not None and translation.get("type") != "unfinished"
        translations[source] = (translation.text or "") if finished else ""
    return translations


def write_catalog(path: Path = CATALOG) -> list[str]:
    """Rewrite the catalog with every current template; returns those without a translation."""
    known = read_catalog(path)
    root = ET.Element("TS", version="2.1", language="id_ID", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    missing = []
    for template in templates():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = template
        translation = ET.SubElement(message, "translation")
        if known.get(template):
            translation.text = known[template]
        else:
            translation.set("type", "unfinished")
            missing.append(template)
    ET.indent(root)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(root, encoding="unicode")
        + "\n",
        encoding="utf-8",
    )
    return missing


if __name__ == "__main__":
    left = write_catalog()
    print(f"{len(templates())} messages, {len(left)} without a translation")
