"""Building small WARC archives for the tests (warcio's writer), good records and bad."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def response(url: str, body: bytes, content_type: str = "text/html; charset=utf-8",
             status: str = "200 OK") -> tuple[str, str, bytes, list[tuple[str, str]], str]:
    return ("response", url, body, [("Content-Type", content_type)], status)


def request(url: str) -> tuple[str, str, bytes, list[tuple[str, str]], str]:
    return ("request", url, b"", [("Host", "example.com")], "GET / HTTP/1.1")


def write_warc(path: Path, records: list[tuple], *, gzip: bool = True,
               truncate_last: int = 0) -> list[int]:
    """Write the records; return each record's offset. ``truncate_last`` cuts that many bytes
    off the end of the file, leaving the last record short."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    offsets = []
    for kind, url, body, headers, status in records:
        offsets.append(buffer.tell())
        if kind == "request":
            http = StatusAndHeaders(status, headers, is_http_request=True)
        else:
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
        record = writer.create_warc_record(url, kind, payload=io.BytesIO(body), http_headers=http,
                                           warc_headers_dict={"WARC-Date": "2024-07-10T08:30:00Z"})
        writer.write_record(record)
    data = buffer.getvalue()
    path.write_bytes(data[: len(data) - truncate_last] if truncate_last else data)
    return offsets
