"""xml_text: escaped text and attribute values parse back to exactly what was escaped."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from sopstudio.export.xml_text import escape, quoteattr

#: Characters XML 1.0 allows (legal text never holds the others).
XML_CHARS = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters=[chr(c) for c in range(32) if c not in (9, 10, 13)] + ["\ufffe", "\uffff"],
)


SAMPLES = st.sampled_from(["a&b", "<w:t>", '"quoted"', "it's", "a\tb\nc\rd", "]]>"])


@settings(max_examples=300)
@given(st.text(XML_CHARS) | SAMPLES)
def test_escaped_text_and_attributes_parse_back_unchanged(value):
    element = etree.fromstring(f"<a b={quoteattr(value)}>{escape(value)}</a>")
    assert element.get("b") == value
    # Element content: the parser turns a raw carriage return into a line feed.
    assert (element.text or "") == value.replace("\r\n", "\n").replace("\r", "\n")
