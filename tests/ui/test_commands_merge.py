"""Typing merges only into the same field: a shared merge key never loses another field's edit."""

from PySide6.QtGui import QUndoStack

from sopstudio.model.ops import SetStepField
from sopstudio.model.sop import Actor, Sop, Step
from sopstudio.ui.commands import UndoRunner


def test_same_key_different_fields_do_not_merge(qtbot):
    sop = Sop(actors=[Actor("A", id="a")], steps=[Step(id="1", actor="a", text="x", waktu="1 jam")])
    stack = QUndoStack()
    runner = UndoRunner(sop, stack)
    runner.run(SetStepField("1", "text", "xy"), "Ketik", ("typing", 1))
    runner.run(SetStepField("1", "waktu", "2 jam"), "Ketik", ("typing", 1))
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert (sop.step("1").text, sop.step("1").waktu) == ("x", "1 jam")


def test_same_field_merges_into_one_step(qtbot):
    sop = Sop(actors=[Actor("A", id="a")], steps=[Step(id="1", actor="a", text="x")])
    stack = QUndoStack()
    runner = UndoRunner(sop, stack)
    for text in ("xy", "xyz"):
        runner.run(SetStepField("1", "text", text), "Ketik", ("typing", 1))
    assert stack.count() == 1
    stack.undo()
    assert sop.step("1").text == "x"
