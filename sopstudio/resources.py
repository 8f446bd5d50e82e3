"""Where the bundled resources (fonts, samples, schema, styles, translations) live."""

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
FONTS = RESOURCES / "fonts"
SAMPLES = RESOURCES / "samples"
SCHEMA = RESOURCES / "schema"
STYLES = RESOURCES / "styles"
TRANSLATIONS = RESOURCES / "translations"
