"""WARC files as INPUT (built here with warcio): each HTML or text response
one page with its URL and crawl date, other records skipped, the same events
as the same pages in a folder; scraper JSON Lines with their metadata."""

from __future__ import annotations

import io
import json
import shutil

import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from briefing.cli import app
from briefing.ingest.urls import StreamIds
from briefing.ingest.warc import iter_warc
from sources_server import HTML, SEEDS

runner = CliRunner()
SITE = "https://news.example.org/2025/"
CRAWLED = "2025-06-01T08:00:00Z"


def _pages():
    return [*sorted(SEEDS.glob("*.txt")), *sorted(HTML.glob("*.html"))]


def _response(writer, url, body, kind="text/html; charset=utf-8", status="200 OK"):
    http = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                                  warc_headers_dict={"WARC-Date": CRAWLED}))


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    """A .warc.gz as a crawler writes it: requests, the pages, an image, a 404, a redirect."""
    path = tmp_path_factory.mktemp("warc") / "crawl.warc.gz"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for page in _pages():
            url = SITE + page.name
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example.org")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=request))
            kind = "text/html; charset=utf-8" if page.suffix == ".html" else "text/plain; charset=utf-8"
            _response(writer, url, page.read_bytes(), kind)
        _response(writer, SITE + "logo.png", b"\x89PNG\r\n" + bytes(range(256)), "image/png")
        _response(writer, SITE + "gone.html", b"<html>gone</html>", status="404 Not Found")
        _response(writer, SITE + "moved.html", b"", status="301 Moved Permanently")
    return path


def invoke(*args, input=None):
    result = runner.invoke(app, [*map(str, args)], input=input)
    assert "Traceback" not in result.output, result.output
    return result


def _events(stdout: str) -> set[frozenset[str]]:
    by_event: dict[str, set[str]] = {}
    for line in stdout.splitlines():
        record = json.loads(line)
        by_event.setdefault(record["event"], set()).add(record["id"])
    return {frozenset(ids) for ids in by_event.values()}


def test_each_page_of_a_warc_keeps_its_url_and_crawl_date(crawl):
    docs = list(iter_warc(crawl, StreamIds(), 10_000_000))
    assert [d.id for d in docs] == ["000", "001", "002", "003", "004", "6648", "7378"]
    assert all(d.url == SITE + p.name and d.fetched == CRAWLED for d, p in zip(docs, _pages()))
    assert [d.is_html for d in docs] == [False] * 5 + [True] * 2


def test_a_warc_gives_the_events_of_the_same_pages_in_a_folder(crawl, tmp_path):
    for page in _pages():
        shutil.copy(page, tmp_path / page.name)
    folder = invoke("group", tmp_path, "--jsonl", "--workers", "1")
    warc = invoke("group", crawl, "--jsonl", "--workers", "1")
    assert folder.exit_code == 0 and warc.exit_code == 0, warc.stderr
    assert _events(warc.stdout) == _events(folder.stdout)
    assert {json.loads(line)["url"] for line in warc.stdout.splitlines()} == {SITE + p.name for p in _pages()}


def test_the_memo_from_a_warc_is_the_folders_and_cites_its_pages_by_url(crawl, tmp_path):
    for page in _pages():
        shutil.copy(page, tmp_path / page.name)
    memos = []
    for source in (crawl, tmp_path):
        memo = invoke("run", source, "-o", "-", "--format", "json", "-q", "--workers", "1")
        assert memo.exit_code == 0, memo.stderr
        memos.append(json.loads(memo.stdout))
    sources = memos[0]["sources"]
    assert sources and all(s["url"].startswith(SITE + s["id"]) and s["path"] == str(crawl) for s in sources)
    assert memos[0]["events"] == memos[1]["events"]


def test_a_file_that_is_no_warc_is_named(tmp_path):
    fake = tmp_path / "broken.warc.gz"
    fake.write_bytes(b"this is no archive\n" * 20)
    result = invoke("clean", fake)
    assert result.exit_code == 2 and "broken.warc.gz" in result.stderr and "WARC" in result.stderr


def test_news_please_lines_give_the_page_and_its_metadata():
    line = {"url": "https://www.example.ma/politique/vote-du-budget-2026.html", "title": "Le Parlement adopte le budget",
            "maintext": "Le Parlement a adopté mardi le projet de loi de finances 2026 par 120 voix contre 45. "
                        "Le texte prévoit une hausse de 8 % du budget de la santé et la création de 20 000 postes.",
            "date_publish": "2025-11-18 17:30:00", "authors": ["Samira Alaoui", "Karim Benali"], "language": "fr"}
    html = {"url": "https://www.example.ma/a/autre-page.html", "html": (HTML / "7378.html").read_text(encoding="utf-8")}
    result = invoke("clean", "--jsonl", input=json.dumps(line) + "\n" + json.dumps(html) + "\n")
    assert result.exit_code == 0, result.stderr
    first, second = (json.loads(x) for x in result.stdout.splitlines())
    assert first["id"] == "vote-du-budget-2026" and first["url"] == line["url"]
    assert first["title"] == line["title"] and first["date"] == "2025-11-18" and first["author"] == "Samira Alaoui, Karim Benali"
    assert "120 voix contre 45" in first["text"]
    assert second["id"] == "autre-page" and second["title"] and second["date"] == "2019-03-01"


def test_old_json_lines_read_as_before():
    result = invoke("clean", "--jsonl", input='{"id": "a1", "text": "Le ministre a inauguré lundi un hôpital de 300 lits à Fès."}\n{"text": 3}\n')
    assert result.exit_code == 1
    assert json.loads(result.stdout.splitlines()[0])["id"] == "a1" and "line 2" in result.stderr
