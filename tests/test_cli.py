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


def test_directory(capsys, tmp_path):
    assert "directory" in _error(capsys, ["parse", str(tmp_path)], "is_directory")


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
