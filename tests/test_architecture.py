"""The layer rule: model <- export <- ui; nothing below ui imports Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "sopstudio"
QT_PACKAGES = {"PySide6", "shiboken6", "PyQt5", "PyQt6", "qtpy"}
#: layer -> packages of ours it must never import.
FORBIDDEN = {
    "model": {"sopstudio.export", "sopstudio.ui"},
    "export": {"sopstudio.ui"},
}


def module_name(path: Path) -> str:
    """Dotted module name of a file under the sopstudio package."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(source: str, module: str, is_package: bool = False) -> set[str]:
    """Absolute names of every module an import statement in `source` names."""
    names: set[str] = set()
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                prefix = ".".join(base)
                target = f"{prefix}.{node.module}" if node.module else prefix
            else:
                target = node.module or ""
            names.add(target)
            # `from pkg import sub` may import a submodule: count pkg.sub as imported too.
            names.update(f"{target}.{alias.name}" for alias in node.names if alias.name != "*")
    return names


def violations(layer: str) -> list[str]:
    """'file: module' lines for every forbidden import in one layer."""
    found = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        mod = module_name(path)
        for name in imported_modules(
            path.read_text(encoding="utf-8"), mod, path.name == "__init__.py"
        ):
            top = name.split(".")[0]
            ours = any(name == f or name.startswith(f + ".") for f in FORBIDDEN[layer])
            if top in QT_PACKAGES or ours:
                found.append(f"{path.relative_to(PACKAGE.parent)}: {name}")
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_neither_qt_nor_upper_layers(layer):
    assert any((PACKAGE / layer).rglob("*.py")), f"no modules under sopstudio/{layer}"
    assert violations(layer) == []


@pytest.mark.parametrize(
    "source, module, expected",
    [
        ("import PySide6.QtCore", "sopstudio.model.x", "PySide6.QtCore"),
        ("from PySide6 import QtGui", "sopstudio.model.x", "PySide6"),
        ("from ..ui import app", "sopstudio.export.pdf", "sopstudio.ui"),
        ("from ..ui.app import run", "sopstudio.export.pdf", "sopstudio.ui.app"),
        (
            "from . import geometry",
            "sopstudio.model.layout.engine",
            "sopstudio.model.layout.geometry",
        ),
        ("def f():\n    import shiboken6\n", "sopstudio.model.x", "shiboken6"),
    ],
)
def test_import_finder_sees_every_form(source, module, expected):
    assert expected in imported_modules(source, module)


def test_import_finder_resolves_relative_imports_in_a_package_init():
    names = imported_modules(
        "from ..ui import app\nfrom .pdf import draw", "sopstudio.export", True
    )
    assert {"sopstudio.ui", "sopstudio.ui.app", "sopstudio.export.pdf"} <= names


def test_docx_writer_imports_neither_the_pdf_writer_nor_reportlab():
    # Shared typography lives in sopstudio.export.decree_style / page_footer; text is
    # measured through sopstudio.model.layout.fonts.
    found = [
        f"{path.relative_to(PACKAGE.parent)}: {name}"
        for path in sorted((PACKAGE / "export" / "docx").rglob("*.py"))
        for name in imported_modules(
            path.read_text(encoding="utf-8"), module_name(path), path.name == "__init__.py"
        )
        if name.split(".")[0] == "reportlab"
        or name == "sopstudio.export.pdf"
        or name.startswith("sopstudio.export.pdf.")
    ]
    assert found == []


def test_canvas_imports_nothing_of_the_ui_but_itself_and_fonts():
    # The canvas sits below the editor (orange-canvas-core's canvas <- document): gestures
    # reach the editor through the `interactions.CanvasHost` protocol, never by import.
    allowed = ("sopstudio.ui.canvas", "sopstudio.ui.fonts")
    found = [
        f"{path.relative_to(PACKAGE.parent)}: {name}"
        for path in sorted((PACKAGE / "ui" / "canvas").rglob("*.py"))
        for name in imported_modules(
            path.read_text(encoding="utf-8"), module_name(path), path.name == "__init__.py"
        )
        if name.startswith("sopstudio.ui")
        and not any(name == a or name.startswith(a + ".") for a in allowed)
    ]
    assert found == []
