"""Hypothesis budgets per profile: `quick` while developing, `thorough` under CI.

Each property test states its full budget as ``max_examples=examples(N)``: the thorough profile
draws N examples, the quick one a fifth (at least 5). The profile comes from
``HYPOTHESIS_PROFILE`` (``quick`` or ``thorough``); under ``CI=true`` it is always thorough.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("thorough", deadline=None, print_blob=True)
settings.register_profile("quick", deadline=None, max_examples=10)

CI = os.environ.get("CI", "").strip().lower() == "true"
PROFILE = "thorough" if CI else os.environ.get("HYPOTHESIS_PROFILE", "quick")
if PROFILE not in ("quick", "thorough"):
    raise ValueError(f"HYPOTHESIS_PROFILE must be quick or thorough, not {PROFILE!r}")
settings.load_profile(PROFILE)


def examples(budget: int) -> int:
    """The number of examples to draw for a test whose full budget is `budget`."""
    return budget if PROFILE == "thorough" else max(5, budget // 5)
