"""Hostile Word documents: XXE, entity expansion, external references, zip bombs.

Each is built from a real DOCX of ours (a sample SOP exported by `write_sop_docx`) and fed
to every path that reads DOCX: `import_bytes`, `import_file` and `sopstudio import`. A
secret file on disk and a local HTTP server stand for what an attacker wants to read or
reach: the secret must never show up in any output (SOPs, reports, messages, written files)
and the server must never be contacted. Declarations and bombs are refused with an
Indonesian message and nothing is written; external relationships are ignored.
"""

from __future__ import annotations

import io
import struct
import threading
import time
import zipfile
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from sopstudio.cli import main as cli_main
from sopstudio.export.docx import write_sop_docx
from sopstudio.model import jsonio
from sopstudio.model.importers import ImportFailed, import_bytes, import_file
from sopstudio.resources import SAMPLES

SECRET = "RAHASIA-7f3a9c51"
TITLE = "Penanganan Surat Masuk"
DOCUMENT = "word/document.xml"
RELS = "word/_rels/document.xml.rels"
#: Words one of which every refusal message carries (Bahasa Indonesia).
INDONESIAN = ("Dokumen", "Berkas", "Isi dokumen", "ditolak", "rusak", "terlalu")


class _Recorder(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        type(self).hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(SECRET.encode())

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def server():
    """A local HTTP server that records every request (none may arrive)."""
    httpd = HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def secret_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("secret") / "rahasia.txt"
    path.write_text(SECRET)
    return path


@pytest.fixture(scope="module")
def base_docx(tmp_path_factory) -> bytes:
    """Our own DOCX of the sample SOP "Penanganan Surat Masuk"."""
    sop = jsonio.load(SAMPLES / "sops" / "02-penanganan-surat-masuk.sop.json")
    assert sop.judul == TITLE
    path = tmp_path_factory.mktemp("docx") / "surat-masuk.docx"
    write_sop_docx(sop, path)
    return path.read_bytes()


def rebuild(docx: bytes, replace: dict[str, bytes] | None = None) -> bytes:
    """The DOCX with some parts replaced or added."""
    replace = dict(replace or {})
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(docx)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            target.writestr(info.filename, replace.pop(info.filename, source.read(info)))
        for name, data in replace.items():
            target.writestr(name, data)
    return out.getvalue()


def part(docx: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        return package.read(name).decode("utf-8")


def with_doctype(docx: bytes, doctype: str, entity_ref: str = "", encoding: str = "utf-8") -> bytes:
    """document.xml with a DOCTYPE after its declaration and an entity used in the title."""
    body = part(docx, DOCUMENT).split("?>", 1)[1]
    if entity_ref:
        body = body.replace(TITLE, f"Penanganan {entity_ref} Masuk", 1)
    xml = f'<?xml version="1.0" encoding="{encoding.upper()}" standalone="yes"?>{doctype}{body}'
    return rebuild(docx, {DOCUMENT: xml.encode(encoding)})


def laughs(levels: int = 10) -> str:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, levels)
    ]
    return f"<!DOCTYPE w:document [{''.join(entities)}]>"


def refused_cases(base: bytes, secret: Path, url: str) -> dict[str, bytes]:
    xxe = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    return {
        "xxe-file": with_doctype(base, xxe, "&xxe;"),
        "xxe-utf16": with_doctype(base, xxe, "&xxe;", "utf-16"),
        "xxe-http": with_doctype(
            base, f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{url}/x">]>', "&xxe;"
        ),
        "xxe-parameter-entity": with_doctype(
            base, f'<!DOCTYPE w:document [<!ENTITY % p SYSTEM "{url}/p.dtd"> %p;]>'
        ),
        "external-dtd": with_doctype(base, f'<!DOCTYPE w:document SYSTEM "{url}/doc.dtd">'),
        "billion-laughs": with_doctype(base, laughs(), "&lol9;"),
        "billion-laughs-utf16": with_doctype(base, laughs(), "&lol9;", "utf-16"),
        "zip-bomb": zip_bomb(base),
        "zip-bomb-forged-sizes": forged_sizes(zip_bomb(base, 4 * 1024 * 1024, check=False)),
        "zip-many-parts": rebuild(base, {f"word/media/x{i}.bin": b"" for i in range(2100)}),
    }


def zip_bomb(base: bytes, size: int = 64 * 1024 * 1024, check: bool = True) -> bytes:
    """document.xml followed by `size` bytes of blanks (compresses about 1000:1)."""
    xml = part(base, DOCUMENT).encode() + b" " * size
    data = rebuild(base, {DOCUMENT: xml})
    if check:
        assert len(data) < size // 100
    return data


def forged_sizes(docx: bytes) -> bytes:
    """The zip with document.xml's declared sizes lowered to look harmless (CRC kept)."""
    data = bytearray(docx)
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        info = package.getinfo(DOCUMENT)
        small = info.compress_size * 2
        local = info.header_offset
        struct.pack_into("<I", data, local + 22, small)
        central = data.find(b"PK\x01\x02")
        while True:
            assert central != -1, "document.xml is not in the central directory"
            name_len = struct.unpack_from("<H", data, central + 28)[0]
            if bytes(data[central + 46 : central + 46 + name_len]) == DOCUMENT.encode():
                struct.pack_into("<I", data, central + 24, small)
                break
            central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)


def external_references(base: bytes, secret: Path, url: str) -> bytes:
    """Relationships to a local file and a web address (hyperlink, image, altChunk, subDoc)."""
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    extra = "".join(
        f'<Relationship Id="{rid}" Type="{rel}/{kind}" Target="{target}" TargetMode="External"/>'
        for rid, kind, target in (
            ("rIdX1", "hyperlink", secret.as_uri()),
            ("rIdX2", "image", f"{url}/gambar.png"),
            ("rIdX3", "aFChunk", secret.as_uri()),
            ("rIdX4", "subDocument", f"{url}/sub.docx"),
            ("rIdX5", "attachedTemplate", f"{url}/template.dotx"),
        )
    )
    rels = part(base, RELS).replace("</Relationships>", extra + "</Relationships>")
    body = part(base, DOCUMENT)
    chunk = '<w:altChunk r:id="rIdX3"/><w:subDoc r:id="rIdX4"/>'
    body = body.replace("<w:body>", "<w:body>" + chunk, 1)
    return rebuild(base, {RELS: rels.encode(), DOCUMENT: body.encode()})


def everything_said(result) -> str:
    """Every text an import produces: the SOPs as JSON and all report notes."""
    texts = [jsonio.dumps(item.sop) + repr(item.report.notes) for item in result.sops]
    return "\n".join(texts) + repr(result.report.notes)


CASES = (
    "xxe-file",
    "xxe-utf16",
    "xxe-http",
    "xxe-parameter-entity",
    "external-dtd",
    "billion-laughs",
    "billion-laughs-utf16",
    "zip-bomb",
    "zip-bomb-forged-sizes",
    "zip-many-parts",
)


@pytest.mark.parametrize("case", CASES)
def test_hostile_docx_is_refused_everywhere(case, base_docx, secret_file, server, tmp_path, capsys):
    data = refused_cases(base_docx, secret_file, server)[case]
    _Recorder.hits.clear()
    started = time.monotonic()
    with pytest.raises(ImportFailed) as refused:
        import_bytes(data, "hostile.docx")
    assert time.monotonic() - started < 10
    message = str(refused.value)
    assert any(word in message for word in INDONESIAN), message
    assert SECRET not in message

    source = tmp_path / "hostile.docx"
    source.write_bytes(data)
    with pytest.raises(ImportFailed) as again:
        import_file(source)
    assert str(again.value) == message

    capsys.readouterr()
    outdir = tmp_path / "keluaran"
    assert cli_main(["import", str(source), "-o", str(outdir)]) == 2
    out, err = capsys.readouterr()
    assert err.startswith("galat: ") and message in err
    assert SECRET not in out + err
    assert not outdir.exists()
    assert _Recorder.hits == []


def test_external_references_are_ignored(base_docx, secret_file, server, tmp_path, capsys):
    plain = import_bytes(base_docx, "asli.docx")
    data = external_references(base_docx, secret_file, server)
    _Recorder.hits.clear()
    result = import_bytes(data, "hostile.docx")
    # The same SOP as from the untouched document: the references were not followed.
    assert [i.sop.judul for i in result.sops] == [TITLE]
    assert [s.text for s in result.sops[0].sop.steps] == [s.text for s in plain.sops[0].sop.steps]
    assert SECRET not in everything_said(result)

    source = tmp_path / "hostile.docx"
    source.write_bytes(data)
    outdir = tmp_path / "keluaran"
    capsys.readouterr()
    assert cli_main(["import", str(source), "-o", str(outdir)]) in (0, 1)
    out, err = capsys.readouterr()
    assert SECRET not in out + err
    written = list(outdir.iterdir())
    assert len(written) == 1
    assert SECRET not in written[0].read_text(encoding="utf-8")
    assert _Recorder.hits == []


def test_the_base_document_imports(base_docx):
    """The hostile cases are built on a document that imports cleanly."""
    result = import_bytes(base_docx, "asli.docx")
    assert [i.sop.judul for i in result.sops] == [TITLE]
