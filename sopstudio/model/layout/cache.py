"""Reuse between successive layouts of one SOP: what an editor needs to relayout after each edit.

The engine is a pure function of the SOP, so a cache can only ever return what a fresh layout
would build. Pages are memoised by everything they are built from; see `PageMemo`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

Value = TypeVar("Value")


class PageMemo(Generic[Value]):
    """Values built by recent layouts, keyed by all of their inputs.

    `start(scope)` begins a layout: `scope` holds the inputs every page of it shares (columns,
    header, fonts, paper), hashed once per layout instead of once per page. Only what the
    last `KEPT` layouts used is kept, so an undo right after an edit finds its pages again
    while memory stays bounded by a few layouts.
    """

    KEPT = 2

    def __init__(self) -> None:
        self._ids = itertools.count()
        self._scopes: dict[Hashable, int] = {}  # scope -> tag, for the layouts kept
        self._tag = -1
        self._current: dict[tuple[int, Hashable], Value] = {}
        self._past: list[tuple[int, dict[tuple[int, Hashable], Value]]] = []  # newest first
        self.hits = 0
        self.misses = 0

    def start(self, scope: Hashable) -> None:
        """Begin a layout whose pages share `scope`."""
        if self._tag >= 0:
            self._past = [(self._tag, self._current), *self._past][: self.KEPT]
        self._current = {}
        kept = {tag for tag, _ in self._past}
        self._scopes = {s: tag for s, tag in self._scopes.items() if tag in kept}
        self._tag = self._scopes.setdefault(scope, next(self._ids))

    def get(self, key: Hashable, build: Callable[[], Value]) -> Value:
        """The value built for `key` by this or a kept layout, else `build()`."""
        tagged = (self._tag, key)
        value = self._current.get(tagged)
        if value is None:
            for _, entries in self._past:
                value = entries.get(tagged)
                if value is not None:
                    self.hits += 1
                    break
            else:
                self.misses += 1
                value = build()
            self._current[tagged] = value
        return value

    def intern(self, value: Value) -> Value:
        """An equal value from this or a kept layout (the same object as then), else `value`."""
        return self.get(value, lambda: value)


class LayoutCache:
    """What one editor keeps between layouts of its SOP (pass it to `layout_sop`)."""

    def __init__(self) -> None:
        self.flowchart_pages: PageMemo = PageMemo()
        #: Identity pages are cheap to build, so they are built and then exchanged for an equal
        #: page of a recent layout: no list of the fields they depend on to keep up to date.
        self.identity_pages: PageMemo = PageMemo()
