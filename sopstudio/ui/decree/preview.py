"""A read-only rendering of a decree body (`decree_body_blocks`) as HTML and as plain text.

The exporters typeset the same blocks, so the preview shows the words the PDF and DOCX will
carry, in their order; only the page geometry differs.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from sopstudio.model.decree import Decree
from sopstudio.model.decree_blocks import (
    Block,
    Clause,
    Heading,
    Item,
    PageBreak,
    Paragraph,
    RightBlock,
    Signature,
    Table,
    decree_body_blocks,
)


def _items_html(items: tuple[Item, ...]) -> str:
    rows = "".join(
        f"<tr><td valign='top' style='padding-right:6px'>{escape(i.marker)}</td>"
        f"<td>{escape(i.text)}{_items_html(i.sub) if i.sub else ''}</td></tr>"
        for i in items
    )
    return f"<table cellspacing='0' cellpadding='1' width='100%'>{rows}</table>"


def block_html(block: Block) -> str:
    """One block as an HTML fragment."""
    if isinstance(block, Heading):
        lines = "<br>".join(escape(line) for line in block.lines)
        weight = "<b>{}</b>" if block.bold else "{}"
        return f"<p align='center'>{weight.format(lines)}</p>"
    if isinstance(block, Paragraph):
        text = f"<b>{escape(block.text)}</b>" if block.bold else escape(block.text)
        return f"<p align='{block.align}' style='margin-left:{24 * block.indent}px'>{text}</p>"
    if isinstance(block, Clause):
        label = f"<b>{escape(block.label)}</b>" if block.bold_label else escape(block.label)
        body = escape(block.text) + (_items_html(block.items) if block.items else "")
        colon = ":" if block.label else ""
        return (
            "<table cellspacing='0' cellpadding='2' width='100%'><tr>"
            f"<td valign='top' width='22%'>{label}</td><td valign='top' width='3%'>{colon}</td>"
            f"<td valign='top' width='75%'>{body}</td></tr></table>"
        )
    if isinstance(block, Signature):
        lines = [
            *block.lines_before,
            *block.office,
            "",
            "",
            f"<u><b>{escape(block.nama)}</b></u>",
            *block.details,
        ]
        text = "<br>".join(line if line.startswith("<u>") else escape(line) for line in lines)
        margin = "margin-left:50%" if block.side == "right" else ""
        return f"<p style='{margin}'>{text}</p>"
    if isinstance(block, Table):
        head = "".join(f"<th>{escape(h)}</th>" for h in block.headers)
        rows = "".join(
            "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in block.rows
        )
        caption = "<br>".join(escape(c) for c in block.caption)
        return (f"<p align='center'><b>{caption}</b></p>" if caption else "") + (
            f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{rows}</table>"
        )
    if isinstance(block, RightBlock):
        rows = "".join(
            f"<tr><td>{escape(label)}</td><td>{escape(value)}</td></tr>"
            for label, value in block.lines
        )
        return f"<table style='margin-left:50%'>{rows}</table>"
    assert isinstance(block, PageBreak)
    return "<hr>"


def _items_text(items: tuple[Item, ...], indent: str) -> list[str]:
    lines = []
    for item in items:
        lines.append(f"{indent}{item.marker} {item.text}".rstrip())
        lines += _items_text(item.sub, indent + "    ")
    return lines


def block_text(block: Block) -> list[str]:
    """One block as plain text lines."""
    if isinstance(block, Heading):
        return list(block.lines)
    if isinstance(block, Paragraph):
        return [block.text]
    if isinstance(block, Clause):
        head = f"{block.label} : {block.text}".strip(" :") if block.label else block.text
        return ([head] if head else []) + _items_text(block.items, "    ")
    if isinstance(block, Signature):
        return [*block.lines_before, *block.office, block.nama, *block.details]
    if isinstance(block, Table):
        return [*block.caption, " | ".join(block.headers), *(" | ".join(row) for row in block.rows)]
    if isinstance(block, RightBlock):
        return [f"{label} {value}".strip() for label, value in block.lines]
    return ["-" * 20]


def decree_text(decree: Decree) -> str:
    """The decree body as plain text (what the preview shows, without formatting)."""
    return "\n".join(line for block in decree_body_blocks(decree) for line in block_text(block))


class DecreePreview(QTextBrowser):
    """The decree body as the exporters will word it, refreshed on request."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)

    def show_decree(self, decree: Decree) -> None:
        """Render the decree's body, keeping the scroll position."""
        bar = self.verticalScrollBar()
        position = bar.value()
        html = "".join(block_html(block) for block in decree_body_blocks(decree))
        self.setHtml(f"<div style='font-family:serif'>{html}</div>")
        bar.setValue(position)
