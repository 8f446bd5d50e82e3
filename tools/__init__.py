"""Maintainer scripts (run from the repository root), importable as the `tools` package.

A regular package rather than a bare folder: tests import `tools.build_sample_decrees`
through pytest's `pythonpath = ["."]`, and a namespace package would lose to any installed
top-level module that happens to be called `tools`.
"""
