"""Write the import fixtures: office-made Word cases and PDFs printed from Word files.

    python -m tools.make_import_fixtures

Saves each case of tests/model/importers/office_cases.py as
tests/fixtures/import/word/<case>.docx, exports every sample SOP to DOCX with our exporter,
and prints all of them to PDF with LibreOffice (`soffice --headless --convert-to pdf`, a
throw-away profile) into tests/fixtures/import/pdf/. Run again after changing a case.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORD = ROOT / "tests" / "fixtures" / "import" / "word"
PDF = ROOT / "tests" / "fixtures" / "import" / "pdf"


def main() -> int:
    """Write the DOCX cases and the PDFs; 1 when LibreOffice is missing or fails."""
    sys.path.insert(0, str(ROOT))
    from sopstudio.export.docx import write_sop_docx
    from sopstudio.model import jsonio
    from sopstudio.resources import SAMPLES
    from tests.model.importers.office_cases import CASES

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("soffice not found", file=sys.stderr)
        return 1
    WORD.mkdir(parents=True, exist_ok=True)
    PDF.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        sources = []
        for name, case in CASES.items():
            target = WORD / f"{name}.docx"
            case.build().save(target)
            sources.append(target)
        for path in sorted((SAMPLES / "sops").glob("*.sop.json")):
            target = Path(scratch) / f"sample-{path.name.split('.')[0]}.docx"
            write_sop_docx(jsonio.load(path), target)
            sources.append(target)
        profile = Path(scratch) / "profile"
        done = subprocess.run(
            [
                soffice,
                "--headless",
                f"-env:UserInstallation={profile.as_uri()}",
                "--convert-to",
                "pdf",
                "--outdir",
                str(PDF),
                *map(str, sources),
            ],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            return 1
    for path in sorted(PDF.glob("*.pdf")):
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
