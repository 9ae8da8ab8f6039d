"""articlekit.integrations.dask on a real local cluster: the bag holds exactly the JSON-line
dicts parse_many gives for the same inputs, a partition per archive."""

from __future__ import annotations

import gzip

import pytest
from _warc import request, response, write_warc
from conftest import FIXTURES

from articlekit import InputError
from articlekit.batch import parse_many

dask_bag = pytest.importorskip("dask.bag", reason="the dask extra is not installed")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

from articlekit.integrations.dask import read_warcs  # noqa: E402


@pytest.fixture(scope="module")
def archives(tmp_path_factory):
    folder = tmp_path_factory.mktemp("warcs")
    pages = sorted(FIXTURES.glob("*.html"))[:8]
    first = folder / "a.warc.gz"
    write_warc(first, [request("https://news.example/0")] + [
        response(f"https://news.example/{i}", p.read_bytes()) for i, p in enumerate(pages[:5])])
    second = folder / "b.warc"
    write_warc(second, [response(f"https://news.example/{i}", p.read_bytes())
                        for i, p in enumerate(pages[5:], 5)]
               + [response("https://news.example/bin", b"\x89PNG\r\n\x1a\n" + b"\0" * 40)],
               gzip=False)
    cut = folder / "c.warc.gz"
    write_warc(cut, [response("https://news.example/c1", pages[0].read_bytes()),
                     response("https://news.example/c2", pages[1].read_bytes())],
               truncate_last=300)
    loose = folder / "loose"
    loose.mkdir()
    (loose / "p.html.gz").write_bytes(gzip.compress(pages[2].read_bytes()))
    return folder


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        with distributed.Client(cluster) as c:
            yield c


def test_bag_equals_parse_many(archives, client):
    paths = [str(archives / "*.warc*"), str(archives / "loose")]
    bag = read_warcs(paths)
    assert bag.npartitions == 4  # three archives and one folder
    got = bag.compute()
    expected = [r.to_dict() for r in parse_many(
        sorted(str(p) for p in archives.glob("*.warc*")) + [str(archives / "loose")])]
    assert got == expected
    kinds = [("error" in d) for d in got]
    assert kinds.count(True) == 2  # the PNG labelled HTML, and c.warc.gz's cut tail
    assert len(got) == 5 + 3 + 1 + 2 + 1


def test_files_are_batched_into_partitions(tmp_path, client):
    for i in range(5):
        (tmp_path / f"{i}.html").write_bytes((FIXTURES / "seed_nato_views_counter.html").read_bytes())
    bag = read_warcs(str(tmp_path / "*.html"), files_per_partition=2)
    assert bag.npartitions == 3
    assert [d["source"] for d in bag.compute()] == [str(tmp_path / f"{i}.html") for i in range(5)]


def test_no_match_and_bad_options_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="no file matches"):
        read_warcs(str(tmp_path / "*.warc.gz"))
    with pytest.raises(InputError, match="unknown options: jobs"):
        read_warcs(str(tmp_path), jobs=2)
