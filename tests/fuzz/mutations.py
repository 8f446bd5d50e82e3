"""Hypothesis strategies that damage real inputs: bytes flipped, inserted, cut or repeated;
JSON keys deleted or duplicated, values swapped for other JSON types."""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import strategies as st

#: Values put where another one was: every JSON type, and a few awkward ones.
ODD_VALUES = st.sampled_from(
    [
        None,
        True,
        False,
        0,
        -1,
        2**70,
        1.5e308,
        "",
        "x" * 300,
        "\u0000",
        "\ud7ff\ue000",
        [],
        [None],
        {},
        {"": 1},
        [[[[[]]]]],
        "1",
        "-1",
        "start",
        "decision",
    ]
)


def mutate_bytes(data: bytes, edits: list[tuple[int, float, int, int]]) -> bytes:
    """Apply (kind, where 0..1, byte, length) edits: flip, insert, delete, truncate, repeat."""
    out = bytearray(data)
    for kind, where, byte, length in edits:
        if not out:
            break
        at = min(len(out) - 1, int(where * len(out)))
        if kind == 0:
            out[at] ^= byte or 1
        elif kind == 1:
            out[at:at] = bytes([byte]) * length
        elif kind == 2:
            del out[at : at + length]
        elif kind == 3:
            del out[at:]
        else:
            out[at:at] = out[at : at + length * 8]
    return bytes(out)


byte_edits = st.lists(
    st.tuples(st.integers(0, 4), st.floats(0, 1), st.integers(0, 255), st.integers(1, 64)),
    min_size=1,
    max_size=6,
)


class Pairs(list):
    """A JSON object as a list of (key, value) pairs, so a key may appear twice."""


def _pairs(value: Any) -> Any:
    if isinstance(value, dict):
        return Pairs((k, _pairs(v)) for k, v in value.items())
    if isinstance(value, list):
        return [_pairs(v) for v in value]
    return value


def dump(value: Any) -> str:
    """JSON text of a tree of Pairs, lists and scalars (duplicate keys kept)."""
    if isinstance(value, Pairs):
        return "{" + ",".join(f"{json.dumps(k)}:{dump(v)}" for k, v in value) + "}"
    if isinstance(value, list):
        return "[" + ",".join(dump(v) for v in value) + "]"
    return json.dumps(value)


def _containers(value: Any) -> list[Any]:
    found = []
    if isinstance(value, (Pairs, list)):
        found.append(value)
        for item in value:
            found += _containers(item[1] if isinstance(value, Pairs) else item)
    return found


@st.composite
def mutated_json(draw, document: Any) -> str:
    """The document with a few structural edits, as JSON text."""
    tree = _pairs(document)
    for _ in range(draw(st.integers(1, 4))):
        containers = [c for c in _containers(tree) if c]
        if not containers:
            break
        target = draw(st.sampled_from(containers))
        index = draw(st.integers(0, len(target) - 1))
        action = draw(st.integers(0, 3))
        if action == 0:
            del target[index]
        elif action == 1:  # duplicate (objects: the same key twice, maybe another value)
            # Copies throughout: a shared container could end up inside itself.
            item = copy.deepcopy(target[index])
            if isinstance(target, Pairs):
                item = (item[0], copy.deepcopy(draw(st.one_of(st.just(item[1]), ODD_VALUES))))
            target.insert(index, item)
        elif action == 2:
            new = copy.deepcopy(draw(ODD_VALUES))
            target[index] = (target[index][0], new) if isinstance(target, Pairs) else new
        else:  # move an item elsewhere in its container
            item = target.pop(index)
            target.insert(draw(st.integers(0, len(target))), item)
    return dump(tree)
