"""Every SOP of the two seed decrees (127, read by the importer) lays out cleanly.

The quality report must be all zeros and every link drawn exactly once, on F4 and A4: the
seeds are the real documents our users print.
"""

import pytest

from sopstudio.model.importers import import_file
from sopstudio.model.layout import layout_sop
from sopstudio.model.layout.quality import link_coverage, quality_report
from sopstudio.model.style import Paper
from tests.conftest import seed_path

DECREES = ["kepgub-ntt-267-2024-biro-organisasi.txt", "kepgub-ntt-324-2024-biro-pbj.txt"]


@pytest.mark.parametrize("name", DECREES)
@pytest.mark.parametrize("paper", [Paper.F4, Paper.A4], ids=lambda p: p.value)
def test_every_seed_sop_lays_out_without_defects(name, paper):
    result = import_file(seed_path(name))
    assert len(result.sops) > 50
    problems = []
    for item in result.sops:
        layout = layout_sop(item.sop, paper=paper)
        report, coverage = quality_report(layout), link_coverage(item.sop, layout)
        if not (report.ok and coverage.ok):
            problems.append((item.sop.judul, report.details[:3], coverage.to_dict()))
    assert problems == []
