"""The decree's undo stack obeys the undo laws, typing merges included: undoing every command
restores the decree, redoing them gives the edited decree back."""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sopstudio.ui.decree import DecreeDocument
from tests.examples import examples
from tests.model.test_decree_ops import DECREE, LIST_PATHS, TEXT_PATHS

edits = st.lists(
    st.tuples(st.sampled_from(TEXT_PATHS + LIST_PATHS), st.text(max_size=8), st.booleans()),
    min_size=1,
    max_size=20,
)


@settings(
    max_examples=examples(60),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(edits)
def test_undo_all_restores_redo_all_reapplies(qapp, script):
    document = DecreeDocument(copy.deepcopy(DECREE))
    for path, text, typing in script:
        value = [text] if path in LIST_PATHS else document.value(path) + text if typing else text
        document.edit(path, value, "ubah", merge_key=path if typing else None)
    after = copy.deepcopy(document.decree)
    stack = document.undo_stack
    while stack.canUndo():
        stack.undo()
    assert document.decree == DECREE
    while stack.canRedo():
        stack.redo()
    assert document.decree == after
