"""The signature package (paket tanda tangan): reading, verifying and importing.

A package is one zip holding the decree and each SOP of its Lampiran as PDF, DOCX and JSON,
plus `manifest.json` with the SHA-256 and size of every file and the revision lineage of the
decree and of each SOP. Building it is `sopstudio.export.package` (it needs the exporters);
everything here is pure model code, in four modules: `manifest` (the format and its
constants), `archive` (defensive reading: nothing is ever extracted), `verify`, and `plan`
(import planning and applying). Their public names are re-exported here.
"""

from sopstudio.model.package.archive import (
    PackageArchive,
    open_archive,
)
from sopstudio.model.package.manifest import (
    DECREE_DATA,
    DECREE_DOCUMENT,
    DECREE_PDF,
    FORMAT,
    MANIFEST,
    MAX_DIRECTORY_BYTES,
    MAX_ENTRIES,
    MAX_ENTRY_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_NAME_CHARS,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    RATIO_FLOOR,
    STYLES_DIR,
    VERSION,
    Lineage,
    Manifest,
    ManifestFile,
    ManifestSop,
    PackageError,
    content_hash,
    decree_hash,
    unsafe_name_reason,
)
from sopstudio.model.package.plan import (
    OURS,
    THEIRS,
    AppliedImport,
    ImportPlan,
    LibraryChangedError,
    PlannedDecree,
    PlannedSop,
    apply_import,
    decree_title,
    import_styles,
    package_styles,
    plan_import,
    read_package,
)
from sopstudio.model.package.verify import (
    VerifyReport,
    verify_package,
)

__all__ = [
    "AppliedImport",
    "DECREE_DATA",
    "DECREE_DOCUMENT",
    "DECREE_PDF",
    "FORMAT",
    "ImportPlan",
    "LibraryChangedError",
    "Lineage",
    "MANIFEST",
    "MAX_DIRECTORY_BYTES",
    "MAX_ENTRIES",
    "MAX_ENTRY_BYTES",
    "MAX_MANIFEST_BYTES",
    "MAX_NAME_CHARS",
    "MAX_RATIO",
    "MAX_TOTAL_BYTES",
    "Manifest",
    "ManifestFile",
    "ManifestSop",
    "OURS",
    "PackageArchive",
    "PackageError",
    "PlannedDecree",
    "PlannedSop",
    "RATIO_FLOOR",
    "STYLES_DIR",
    "THEIRS",
    "VERSION",
    "VerifyReport",
    "apply_import",
    "content_hash",
    "decree_hash",
    "decree_title",
    "import_styles",
    "open_archive",
    "package_styles",
    "plan_import",
    "read_package",
    "unsafe_name_reason",
    "verify_package",
]
