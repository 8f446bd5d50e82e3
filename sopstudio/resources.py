"""Where the bundled resources (fonts, icons, samples, schema, styles, translations) live.

From a source checkout they are in `resources/` beside the package; in the frozen app
(PyInstaller, `packaging/sopstudio.spec`) the spec copies them to `resources/` inside the
bundle folder, `sys._MEIPASS`.
"""

import sys
from pathlib import Path

#: True inside the PyInstaller-built app.
FROZEN = bool(getattr(sys, "frozen", False))

_ROOT = Path(getattr(sys, "_MEIPASS", "")) if FROZEN else Path(__file__).resolve().parent.parent
RESOURCES = _ROOT / "resources"
FONTS = RESOURCES / "fonts"
ICONS = RESOURCES / "icons"
SAMPLES = RESOURCES / "samples"
SCHEMA = RESOURCES / "schema"
STYLES = RESOURCES / "styles"
TRANSLATIONS = RESOURCES / "translations"
