"""GUI tests run offscreen with one QApplication (pytest-qt's `qapp`)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from tests.ui.samples import make_sample  # noqa: E402


@pytest.fixture
def sop():
    """The 9-step, 4-lane sample SOP."""
    return make_sample()
