"""OpCommand and UndoRunner: undo restores exactly, typing merges, refused ops push nothing."""

from PySide6.QtGui import QUndoStack

from sopstudio.model import ops
from sopstudio.ui.commands import UndoRunner
from tests.ui.helpers import snapshot


def make_runner(sop, qapp):
    stack = QUndoStack()
    return UndoRunner(sop, stack), stack


def test_run_undo_redo(sop, qapp):
    runner, stack = make_runner(sop, qapp)
    before = snapshot(sop)
    assert runner.run(ops.remove_step(sop, "s3"), "Hapus langkah")
    after = snapshot(sop)
    assert "s3" not in [s.id for s in sop.steps]
    assert sop.step("s2").next == "s4"  # link repaired
    stack.undo()
    assert sop == before
    stack.redo()
    assert sop == after
    assert stack.count() == 1 and stack.undoText() == "Hapus langkah"


def test_typing_merges_into_one_command(sop, qapp):
    runner, stack = make_runner(sop, qapp)
    before = snapshot(sop)
    for text in ("M", "Me", "Men", "Menulis"):
        runner.run(ops.SetStepField("s1", "text", text), "Ubah teks kegiatan", ("edit", 1))
    assert stack.count() == 1
    assert sop.step("s1").text == "Menulis"
    # A new session (another key) is a new command.
    runner.run(ops.SetStepField("s1", "text", "Menulis surat"), "Ubah teks kegiatan", ("edit", 2))
    assert stack.count() == 2
    stack.undo()
    assert sop.step("s1").text == "Menulis"
    stack.undo()
    assert sop == before


def test_merge_back_to_start_leaves_nothing(sop, qapp):
    runner, stack = make_runner(sop, qapp)
    runner.run(ops.SetStepField("s1", "waktu", "3 jam"), "Ubah waktu", "k")
    runner.run(ops.SetStepField("s1", "waktu", "2 jam"), "Ubah waktu", "k")
    assert stack.count() == 0
    assert sop.step("s1").waktu == "2 jam"


def test_refused_op_pushes_nothing_and_reports(sop, qapp):
    runner, stack = make_runner(sop, qapp)
    runner.run(ops.RenameActor("a0", "Ketua"), "Ganti nama pelaksana")
    stack.undo()
    messages = []
    runner.error.connect(messages.append)
    before = snapshot(sop)
    assert not runner.run(ops.RemoveActor("a0"), "Hapus pelaksana")
    assert messages and "Ketua Tim" in messages[0] and "1, 3, 6" in messages[0]
    assert sop == before
    assert stack.count() == 1 and stack.canRedo()  # redo history kept
