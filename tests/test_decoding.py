"""Decoding in a browser's order: BOM, HTTP charset, <meta charset>, detection."""

from __future__ import annotations

import codecs

import pytest

from articlekit.decoding import decode_html, http_charset, meta_charset

TEXT = "<html><head><title>Café crème</title></head><body><p>Zürich – “Ça va”</p></body></html>"


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_bom_wins_over_everything(bom, codec):
    data = bom + TEXT.encode(codec)
    text, used = decode_html(data, {"Content-Type": "text/html; charset=iso-8859-1"})
    assert text == TEXT
    assert used == codecs.lookup(codec).name


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_bom_are_sniffed(codec):
    text, _ = decode_html(TEXT.encode(codec))
    assert text == TEXT


def test_http_charset_before_meta():
    data = ('<meta charset="utf-8">' + TEXT).encode("cp1252", "replace")
    text, used = decode_html(data, {"content-type": "text/html; charset=windows-1252"})
    assert "Café" in text and used == "cp1252"


def test_meta_charset_is_used():
    data = ('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
            "<p>Привет, мир</p>").encode("koi8-r")
    text, used = decode_html(data)
    assert "Привет, мир" in text and used == codecs.lookup("koi8-r").name


def test_latin1_label_means_windows_1252():
    data = '<meta charset="iso-8859-1"><p>“quoted” – dash</p>'.encode("cp1252")
    text, _ = decode_html(data)
    assert "“quoted” – dash" in text


def test_wrongly_declared_single_byte_charset_does_not_make_mojibake():
    data = ('<meta charset="iso-8859-1">' + TEXT).encode("utf-8")
    text, used = decode_html(data)
    assert "Zürich – “Ça va”" in text and used == "utf-8"


def test_wrongly_declared_utf8_falls_back_to_detection():
    data = ('<meta charset="utf-8">' + TEXT).encode("cp1252")
    text, _ = decode_html(data)
    assert "Café crème" in text and "\ufffd" not in text


def test_undeclared_utf8_is_detected():
    text, used = decode_html(TEXT.encode("utf-8"))
    assert text == TEXT and used == "utf-8"


def test_unknown_labels_are_ignored():
    assert http_charset({"Content-Type": "text/html; charset=no-such-codec"}) is None
    assert meta_charset(b'<meta charset="x-nonsense">') is None
    text, _ = decode_html(b'<meta charset="x-nonsense"><p>plain</p>')
    assert "plain" in text
