"""resources/schema/sop.schema.json documents exactly what sopstudio.model.jsonio reads and writes."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sopstudio.model import jsonio
from sopstudio.model.errors import FormatError
from sopstudio.model.sop import LIST_FIELDS, Actor, Approver, Sop, Step, StepKind
from sopstudio.resources import SAMPLES, SCHEMA
from tests.examples import examples

jsonschema = pytest.importorskip("jsonschema")

SCHEMA_DOC = json.loads((SCHEMA / "sop.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA_DOC)
SAMPLE_FILES = sorted((SAMPLES / "sops").glob("*.sop.json"))

texts = st.text(max_size=30)


@st.composite
def sops(draw) -> Sop:
    """Arbitrary SOPs: any text, links to any step (or dangling), actors possibly unset."""
    actor_ids = draw(st.lists(st.text(min_size=1, max_size=8), max_size=4, unique=True))
    step_ids = draw(st.lists(st.text(min_size=1, max_size=8), max_size=6, unique=True))
    targets = st.none() | st.sampled_from(step_ids + ["missing"])
    steps = [
        Step(
            id=ident,
            kind=draw(st.sampled_from(list(StepKind))),
            actor=draw(st.none() | st.sampled_from(actor_ids)) if actor_ids else None,
            actor_guessed=draw(st.booleans()),
            next=draw(targets),
            yes=draw(targets),
            no=draw(targets),
            **{
                name: draw(texts)
                for name in ("text", "kelengkapan", "waktu", "output", "keterangan")
            },
        )
        for ident in step_ids
    ]
    return Sop(
        id=draw(st.uuids()).hex,
        revision=draw(st.integers(min_value=0, max_value=10**6)),
        style=draw(st.sampled_from(["ntt", "malang"])),
        unit_header=draw(st.lists(texts, max_size=4)),
        nomor=draw(texts),
        judul=draw(texts),
        tanggal_pembuatan=draw(texts),
        tanggal_revisi=draw(texts),
        tanggal_efektif=draw(texts),
        approver=Approver(
            draw(texts), draw(texts), draw(texts), draw(st.text("0123456789", max_size=18))
        ),
        actors=[Actor(draw(texts), id=ident) for ident in actor_ids],
        steps=steps,
        **{name: draw(st.lists(texts, max_size=3)) for name in LIST_FIELDS},
    )


def errors(document) -> list[str]:
    """Schema violations, each as 'path: message'."""
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in VALIDATOR.iter_errors(document)
    ]


def test_schema_is_valid_draft_2020_12():
    jsonschema.Draft202012Validator.check_schema(SCHEMA_DOC)
    assert SCHEMA_DOC["properties"]["format"]["const"] == jsonio.FORMAT
    assert SCHEMA_DOC["properties"]["version"]["const"] == jsonio.VERSION


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_every_sample_validates(path):
    assert errors(json.loads(path.read_text(encoding="utf-8"))) == []


@settings(max_examples=examples(60), suppress_health_check=[HealthCheck.too_slow])
@given(sops())
def test_written_sops_validate(sop):
    assert errors(jsonio.sop_to_dict(sop)) == []


def declared(schema: dict) -> set[str]:
    """Property names a (possibly $ref'd) object schema declares."""
    if "$ref" in schema:
        schema = SCHEMA_DOC["$defs"][schema["$ref"].rsplit("/", 1)[1]]
    return set(schema.get("properties", {}))


@settings(max_examples=examples(30))
@given(sops())
def test_schema_declares_exactly_the_keys_the_writer_emits(sop):
    data = jsonio.sop_to_dict(sop)
    top = SCHEMA_DOC["properties"]
    assert set(data) == set(top)
    for key in ("dates", "approver", "lists"):
        assert set(data[key]) == declared(top[key])
    for actor in data["actors"]:
        assert set(actor) == declared(top["actors"]["items"])
    step_keys = declared(top["steps"]["items"])
    for step in data["steps"]:
        # actor_guessed is written only when true.
        assert set(step) | {"actor_guessed"} == step_keys


@pytest.mark.parametrize(
    "document",
    [
        {"version": 1},
        {"format": "sopstudio.decree", "version": 1},
        {"format": "sopstudio.sop", "version": 2},
        {"format": "sopstudio.sop", "version": 1, "steps": [{"kind": "blob"}]},
        {"format": "sopstudio.sop", "version": 1, "title": 5},
        {"format": "sopstudio.sop", "version": 1, "revision": -1},
        {"format": "sopstudio.sop", "version": 1, "actors": [{"id": "a"}]},
        {"format": "sopstudio.sop", "version": 1, "lists": {"dasar_hukum": [1]}},
        {"format": "sopstudio.sop", "version": 1, "steps": [{"actor_guessed": "yes"}]},
        {"format": "sopstudio.sop", "version": 1, "unit_header": "PEMERINTAH"},
    ],
)
def test_schema_and_reader_reject_the_same_bad_documents(document):
    assert errors(document) != []
    with pytest.raises(FormatError):
        jsonio.sop_from_dict(document)


@pytest.mark.parametrize(
    "document",
    [
        {"format": "sopstudio.sop", "version": 1},
        {"format": "sopstudio.sop", "version": 1, "title": None, "dates": None, "actors": None},
        {
            "format": "sopstudio.sop",
            "version": 1,
            "steps": [{"kind": None, "next": None}],
            "future_key": 1,
        },
    ],
)
def test_schema_and_reader_accept_the_same_sparse_documents(document):
    assert errors(document) == []
    jsonio.sop_from_dict(document)
