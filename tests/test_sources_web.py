"""Pages over HTTP from a real server on 127.0.0.1: the same events as the
same pages read from a folder; every page that cannot be had named once on
stderr while the batch goes on; robots.txt and the connections limit kept."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from briefing.cli import app
from sources_server import HTML, SEEDS, build_site, serve

runner = CliRunner()


@pytest.fixture(scope="module")
def site():
    site = build_site()
    server, thread = serve(site)
    yield site
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """The same pages as files."""
    out = tmp_path_factory.mktemp("pages")
    for page in [*SEEDS.glob("*.txt"), *HTML.glob("*.html")]:
        shutil.copy(page, out / page.name)
    return out


def invoke(*args):
    result = runner.invoke(app, [*map(str, args)])
    assert "Traceback" not in result.output, result.output
    return result


def events(result) -> set[frozenset[str]]:
    """The grouping of `group --jsonl` output, as sets of ids."""
    by_event: dict[str, set[str]] = {}
    for line in result.stdout.splitlines():
        record = json.loads(line)
        by_event.setdefault(record["event"], set()).add(record["id"])
    return {frozenset(ids) for ids in by_event.values()}


@pytest.fixture(scope="module")
def folder_events(folder):
    result = invoke("group", folder, "--jsonl", "--workers", "1")
    assert result.exit_code == 0, result.output
    return events(result)


def test_urls_give_the_events_of_the_same_pages_in_a_folder(site, folder_events):
    result = invoke("group", *[site.url(p) for p in site.page_paths()], "--jsonl", "--workers", "1")
    assert result.exit_code == 0, result.stderr
    assert events(result) == folder_events
    assert any(len(e) > 1 for e in folder_events)  # the seeds' WHO visit: a real grouping, not singletons
    urls = {json.loads(line)["id"]: json.loads(line)["url"] for line in result.stdout.splitlines()}
    assert urls["000"] == site.url("/pages/000_a79202ca20860ca9.txt") and urls["7378"] == site.url("/pages/7378.html")


def test_a_feed_and_a_sitemap_give_the_same_events(site, folder_events):
    for option, url in (("--feed", "/feed.xml"), ("--feed", "/"), ("--sitemap", "/sitemap-index.xml")):
        result = invoke("group", option, site.url(url), "--jsonl", "--workers", "1")
        assert result.exit_code == 0, (option, url, result.stderr)
        assert events(result) == folder_events, (option, url)


def test_feed_items_come_newest_first_and_since_drops_older_ones_before_fetching(site):
    result = invoke("clean", "--feed", site.url("/feed.xml"), "--jsonl")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["001", "000", "003", "002", "004", "6648", "7378"]
    memo = invoke("run", "--feed", site.url("/feed.xml"), "--since", "2025-05-01", "-o", "-", "--format", "json", "-q")
    assert memo.exit_code == 0, memo.stderr
    cited = {s["id"] for s in json.loads(memo.stdout)["sources"]}
    assert cited and cited <= {"000", "001"}  # the older items were never fetched


def test_each_page_that_cannot_be_had_is_named_and_the_batch_goes_on(site):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}/x.html"
    bad = {
        "/missing.html": "HTTP 404",
        "/slow.html": "timed out",
        "/image.png": "not a web page (image/png)",
        "/binary.html": "binary",
        "/private/secret.html": "robots.txt",
    }
    args = [site.url("/pages/000_a79202ca20860ca9.txt"), *[site.url(p) for p in bad], closed]
    result = invoke("clean", *args, "--jsonl", "--timeout", "0.2")
    assert result.exit_code == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["000"]
    errors = result.stderr.strip().splitlines()
    assert len(errors) == len(bad) + 1, errors
    for path, why in bad.items():
        assert any(site.url(path) in e and why in e for e in errors), (path, errors)
    assert any(closed in e and "connection refused" in e for e in errors)


def test_no_page_fetched_is_a_usage_error(site):
    result = invoke("clean", site.url("/missing.html"))
    assert result.exit_code == 2 and "HTTP 404" in result.stderr


def test_at_most_n_connections_to_a_site(site):
    site.most = 0
    urls = [site.url(f"/wait/{n}.html") for n in range(12)]
    result = invoke("clean", *urls, "--jsonl", "--connections", "2")
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 12
    assert site.most == 2  # used in parallel, never past the limit


def test_the_memo_lists_each_web_page_by_its_url_with_a_link(site, tmp_path):
    urls = [site.url(p) for p in site.page_paths() if p.endswith(".txt")]
    out = tmp_path / "memo.md"
    result = invoke("run", *urls, "-o", out, "-q")
    assert result.exit_code == 0, result.stderr
    assert f"<{site.url('/pages/000_a79202ca20860ca9.txt')}>" in out.read_text(encoding="utf-8")
    memo = invoke("run", *urls, "-o", "-", "--format", "json", "-q")
    sources = json.loads(memo.stdout)["sources"]
    assert sources and all(s["url"].startswith(site.url(f"/pages/{s['id']}_")) and s["path"] is None for s in sources)


def test_saved_pages_replay_offline_to_the_same_output(site, tmp_path):
    saved = tmp_path / "saved"
    urls = [site.url(p) for p in site.page_paths()]
    online = invoke("clean", *urls, site.url("/missing.html"), "--jsonl", "--save-pages", saved)
    assert online.exit_code == 1
    (archive,) = saved.glob("pages-*.warc.gz")
    replay = invoke("clean", saved, "--jsonl")
    assert replay.exit_code == 0, replay.stderr
    assert replay.stdout == online.stdout


def test_the_same_memo_from_a_folder_and_from_urls_of_its_pages(site, folder):
    def memo(*args):
        result = invoke("run", *args, "-o", "-", "--format", "json", "-q", "--workers", "1")
        assert result.exit_code == 0, result.stderr
        return json.loads(result.stdout)

    local = memo(folder)
    remote = memo(*[site.url(p) for p in site.page_paths()])  # in the folder's order: the memo follows input order
    feed = memo("--feed", site.url("/feed.xml"))  # newest first
    assert remote["events"] == local["events"] and remote["timeline"] == local["timeline"]
    strip = lambda sources: [{k: v for k, v in s.items() if k not in ("path", "url")} for s in sources]  # noqa: E731
    assert strip(remote["sources"]) == strip(local["sources"])
    assert all(s["url"] and not s["path"] for s in remote["sources"]) and all(s["path"] and not s["url"] for s in local["sources"])
    assert {frozenset(e["sources"]) for e in feed["events"]} == {frozenset(e["sources"]) for e in local["events"]}
