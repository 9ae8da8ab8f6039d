"""Decoding in a browser's order: BOM, HTTP charset, <meta charset>, detection."""

from __future__ import annotations

import codecs
import json
import re
import subprocess
import sys
from pathlib import Path

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


# -- detection when nothing is declared ------------------------------------------------------
FIXTURES = Path(__file__).parent / "fixtures"
_META = re.compile(r"<meta[^>]*charset[^>]*>", re.I)


def _undeclared(fixture: str) -> str:
    """A fixture page's text with its charset declaration taken out."""
    return _META.sub("", (FIXTURES / fixture).read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("fixture", "codec"),
    [
        ("japanese_news_bracket_dateline.html", "shift_jis"),
        ("japanese_news_bracket_dateline.html", "euc_jp"),
        ("chinese_news_xinhua_dispatch.html", "gb18030"),
        ("korean_news_gija_byline.html", "euc_kr"),
        ("russian_news_tass_style.html", "cp1251"),
        ("french_afp_guillemets.html", "cp1252"),
        ("german_news_von_und.html", "cp1252"),
        ("spanish_news_efe_por_y.html", "cp1252"),
    ],
)
def test_undeclared_legacy_encodings_are_read_as_their_language(fixture, codec):
    page = _undeclared(fixture)
    data = page.encode(codec)
    text, used = decode_html(data)
    assert used == codec
    assert text == page


TRADITIONAL_CHINESE = (
    "<html><body><h1>颱風來襲 全台進入備戰狀態</h1>"
    "<p>中央氣象局表示，這個颱風的暴風圈正在擴大，預計明天清晨在東部登陸。"
    "各縣市政府已經宣布停班停課，民眾應該做好防颱準備，不要到海邊或山區活動。</p>"
    "<p>氣象專家說，今年的颱風比往年更多，我們必須注意豪雨可能造成的災害。</p>"
    "</body></html>"
)


def test_undeclared_big5_is_told_from_gb18030():
    text, used = decode_html(TRADITIONAL_CHINESE.encode("big5"))
    assert used == "big5" and text == TRADITIONAL_CHINESE


def test_english_with_a_few_typographic_quotes_stays_windows_1252():
    page = "<p>It’s “fine” – they said, and the café’s owner agreed.</p>" * 3
    text, used = decode_html(page.encode("cp1252"))
    assert used == "cp1252" and text == page


def test_a_few_cjk_characters_are_no_evidence():
    # Two stray characters are not enough to call a page Japanese or Chinese.
    page = "<p>Read this in 日本 or in plain English, as most of this page is.</p>"
    data = page.encode("euc_jp")
    _, used = decode_html(data)
    assert used == "cp1252"


_DETECTORS_BLOCKED = """
import sys
for name in ("charset_normalizer", "chardet", "cchardet"):
    sys.modules[name] = None  # an import of it now fails, as when it is not installed
from articlekit.decoding import decode_html
import json
pages = json.loads(sys.stdin.read())
print(json.dumps([decode_html(page.encode("latin-1")) for page in pages]))
"""


def test_detection_does_not_depend_on_installed_detector_packages():
    """The same bytes decode to the same text whether or not charset_normalizer or chardet
    is importable: detection is our own rule."""
    samples = [
        _undeclared("japanese_news_bracket_dateline.html").encode("shift_jis"),
        _undeclared("korean_news_gija_byline.html").encode("euc_kr"),
        _undeclared("russian_news_tass_style.html").encode("cp1251"),
        TRADITIONAL_CHINESE.encode("big5"),
        TEXT.encode("cp1252"),
    ]
    here = [list(decode_html(data)) for data in samples]
    # bytes travel as latin-1 text through JSON; every byte maps to one code point
    payload = json.dumps([data.decode("latin-1") for data in samples])
    out = subprocess.run(
        [sys.executable, "-c", _DETECTORS_BLOCKED],
        input=payload,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(out.stdout) == here
