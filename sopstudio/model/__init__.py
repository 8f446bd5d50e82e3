"""The domain model: pure Python, never imports Qt."""

from sopstudio.model.sop import (
    LIST_FIELDS,
    MUTU_FIELDS,
    Actor,
    Approver,
    Port,
    Sop,
    Step,
    StepKind,
)

__all__ = ["LIST_FIELDS", "MUTU_FIELDS", "Actor", "Approver", "Port", "Sop", "Step", "StepKind"]
