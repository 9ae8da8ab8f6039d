"""Coverage-guided fuzz target for articlekit.parse (atheris / libFuzzer).

The contract under test: parse() returns an Article whose JSON round-trips, or raises an
ArticleKitError subclass; anything else (another exception, a hang past -timeout, memory past
-rss_limit_mb) is a finding. See fuzz/README.md.
"""

from __future__ import annotations

import datetime as dt
import sys

import atheris

with atheris.instrument_imports():
    import articlekit

REFERENCE = dt.datetime(2024, 7, 11, 12, 0, tzinfo=dt.timezone.utc)


def TestOneInput(data: bytes) -> None:
    if not data:
        return
    mode, payload = data[0], data[1:]
    try:
        if mode % 3 == 0:
            article = articlekit.parse(payload, url="https://example.com/2024/07/10/story")
        elif mode % 3 == 1:
            text = payload.decode("utf-8", "surrogateescape")  # lone surrogates on purpose
            article = articlekit.parse(text, now=REFERENCE)
        else:
            article = articlekit.parse(payload, headers={"Content-Type": "text/html; charset=utf-16"})
    except articlekit.ArticleKitError:
        return
    again = articlekit.Article.from_json(article.to_json())
    if again != article:
        raise AssertionError("to_json/from_json does not round-trip")
    text = article.body.text
    for quote in article.quotes:
        if not (0 <= quote.start < quote.end <= len(text)):
            raise AssertionError(f"quote offsets out of range: {quote}")


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
