"""The command line: formats, the extractor list, and one-line errors with distinct exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
from conftest import FIXTURES

from articlekit.cli import EXIT, main

SEED = FIXTURES / "seed_nato_views_counter.html"


def test_parse_json(capsys):
    assert main(["parse", str(SEED), "--url", "https://www.kdbulletin.example/a"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["byline"]["authors"][0]["name"] == "Daniel Kim"
    assert data["dateline"]["date"] == "2024-07-10"


def test_parse_text_and_markdown(capsys):
    assert main(["parse", str(SEED), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("NATO Expresses Alarm")
    assert "By Daniel Kim" in out and "Dateline: On the 10th, local time -> 2024-07-10" in out
    assert main(["parse", str(SEED), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# NATO Expresses Alarm") and "*By Daniel Kim" in out


def test_parse_stdin(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    assert main(["parse", "-", "--format", "text"]) == 0
    assert "Daniel Kim" in capsys.readouterr().out


def test_extractors_lists_generic(capsys):
    assert main(["extractors"]) == 0
    assert "generic\tany page\tbuilt-in" in capsys.readouterr().out


def _error(capsys, argv, status):
    assert main(argv) == EXIT[status]
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("articlekit: ")
    return lines[0]


def test_missing_file(capsys, tmp_path):
    assert "no such file" in _error(capsys, ["parse", str(tmp_path / "nope.html")], "not_found")


def test_empty_folder_has_no_pages(capsys, tmp_path):
    assert main(["parse", str(tmp_path)]) == EXIT["no_pages"]
    assert "0 pages" in capsys.readouterr().err


def _lines(text):
    return [json.loads(line) for line in text.splitlines()]


def test_several_pages_are_json_lines_in_order_with_a_summary(capsys, tmp_path):
    (tmp_path / "a.html").write_bytes(SEED.read_bytes())
    (tmp_path / "b.html").write_bytes(b"")
    status = main(["parse", str(tmp_path), str(tmp_path / "nope.html"), "--jobs", "1"])
    captured = capsys.readouterr()
    assert status == EXIT["some_failed"]
    lines = _lines(captured.out)
    assert [line["source"] for line in lines] == [
        str(tmp_path / "a.html"), str(tmp_path / "b.html"), str(tmp_path / "nope.html")]
    assert lines[0]["article"]["byline"]["authors"][0]["name"] == "Daniel Kim"
    assert lines[1]["error"]["type"] == "EmptyDocumentError"
    assert lines[2]["error"]["type"] == "SourceError"
    summary = captured.err.strip().splitlines()
    assert len(summary) == 1 and summary[0].startswith("articlekit: 3 pages, 2 errors, 0 skipped")
    assert summary[0].endswith("pages/s")


def test_all_pages_parsed_is_status_ok(capsys, tmp_path):
    page = tmp_path / "a.html"
    page.write_bytes(SEED.read_bytes())
    assert main(["parse", str(page), "--format", "jsonl", "--jobs", "2"]) == EXIT["ok"]
    (line,) = _lines(capsys.readouterr().out)
    assert line["source"] == str(page) and line["url"] is None


def test_warc_archive_with_skipped_records(capsys, tmp_path):
    from _warc import request, response, write_warc

    archive = tmp_path / "crawl.warc.gz"
    write_warc(archive, [request("https://news.example/a"),
                         response("https://news.example/a", SEED.read_bytes()),
                         response("https://news.example/x.css", b"p{}", "text/css")])
    assert main(["parse", str(archive), "--jobs", "1", "--quiet"]) == EXIT["ok"]
    captured = capsys.readouterr()
    (line,) = _lines(captured.out)
    assert line["url"] == "https://news.example/a" and line["source"].startswith(str(archive) + "@")
    assert "1 pages, 0 errors, 2 skipped (1 WARC request record; 1 response not HTML)" in captured.err


def test_output_file(capsys, tmp_path):
    page = tmp_path / "a.html"
    page.write_bytes(SEED.read_bytes())
    out = tmp_path / "out" / "x.jsonl"
    out.parent.mkdir()
    assert main(["parse", str(page), str(page), "-o", str(out), "-j", "1"]) == EXIT["ok"]
    assert capsys.readouterr().out == ""
    assert len(_lines(out.read_text(encoding="utf-8"))) == 2


@pytest.mark.parametrize("extra, message", [
    (["--format", "text"], "shows one page"),
    (["--url", "https://x.example/"], "--url names one page"),
    (["--jobs", "0"], "--jobs must be at least 1"),
    (["--timeout", "-2"], "--timeout must be 0"),
])
def test_batch_usage_errors(capsys, tmp_path, extra, message):
    assert message in _error(capsys, ["parse", str(SEED), str(SEED), *extra], "usage")


def test_unreadable_file(capsys, tmp_path, monkeypatch):
    page = tmp_path / "locked.html"
    page.write_bytes(b"<p>x</p>")

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", deny)
    assert "permission denied" in _error(capsys, ["parse", str(page)], "unreadable")


def test_empty_stdin(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert "empty" in _error(capsys, ["parse", "-"], "empty")


def test_too_large(capsys, tmp_path):
    page = tmp_path / "big.html"
    page.write_bytes(b"<p>" + b"x" * 5000 + b"</p>")
    assert "larger than" in _error(capsys, ["parse", str(page), "--max-bytes", "1000"], "too_large")


def test_not_html(capsys, tmp_path):
    page = tmp_path / "image.html"
    page.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    assert "PNG" in _error(capsys, ["parse", str(page)], "not_html")


def test_unknown_extractor(capsys):
    assert "no extractor named" in _error(capsys, ["parse", str(SEED), "--extractor", "nope"],
                                          "unknown_extractor")


def test_exit_codes_are_distinct():
    assert len(set(EXIT.values())) == len(EXIT)


@pytest.mark.parametrize("argv", [["parse"], ["frobnicate"], [], ["parse", "x", "--format", "pdf"]])
def test_usage_errors(argv, capsys):
    assert main(argv) == EXIT["usage"]
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("articlekit: ")


def test_console_script_runs_without_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "articlekit", "parse", str(tmp_path / "missing.html")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == EXIT["not_found"]
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_rules_are_listed_and_used_with_explain(capsys, tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "kdbulletin.toml").write_text(
        'domains = ["kdbulletin.example"]\nheadline = "h1"\nbody = "#nothing-here"\n'
        'authors = "title"\n', encoding="utf-8")
    assert main(["extractors", "--rules", str(rules)]) == EXIT["ok"]
    assert "kdbulletin\tkdbulletin.example\trule pack: " in capsys.readouterr().out
    assert main(["parse", str(SEED), "--url", "https://www.kdbulletin.example/a",
                 "--rules", str(rules), "--explain"]) == EXIT["ok"]
    out = capsys.readouterr().out
    assert "headline      kdbulletin: site:kdbulletin h1" in out
    assert "body          generic: visible:main content" in out
    assert main(["parse", str(SEED), "--url", "https://www.kdbulletin.example/a",
                 "--rules", str(rules), "--explain", "--format", "json"]) == EXIT["ok"]
    explained = json.loads(capsys.readouterr().out)
    assert explained["headline"]["extractor"] == "kdbulletin"


def test_bad_rules_are_one_line_and_their_own_status(capsys, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("domains = [", encoding="utf-8")
    assert "not valid TOML" in _error(capsys, ["extractors", "--rules", str(bad)], "bad_rules")


def test_ftr_rule_pack_is_listed(capsys):
    from conftest import ROOT

    pack = ROOT.parent / "shared" / "site-rules" / "ftr-site-config"
    if not pack.is_dir():
        pytest.skip(f"no Full-Text RSS rules at {pack}")
    assert main(["extractors", "--rules", str(pack)]) == EXIT["ok"]
    lines = capsys.readouterr().out.splitlines()
    assert sum(line.startswith("ftr:") for line in lines) > 1800
    assert any(line.startswith("ftr:bbc.co.uk\tbbc.co.uk\trule pack: ") for line in lines)
