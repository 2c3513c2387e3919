"""A real HTTP server on 127.0.0.1 for the sources tests: the seeds and two
pages-dev pages, a feed, a sitemap, robots.txt, a 404, a slow page, a binary
file; it counts the requests it is serving at once."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
HTML = Path(__file__).resolve().parent / "fixtures" / "sources"
# Each seed's day, so a feed can list them newest first.
DAYS = {"000": "2025-05-12", "001": "2025-05-20", "002": "2025-03-30", "003": "2025-04-15", "004": "2021-12-29",
        "6648": "2019-04-19", "7378": "2019-03-01"}


@dataclass
class Site:
    routes: dict[str, tuple[int, str, bytes, float]] = field(default_factory=dict)  # path -> (status, type, body, delay)
    base: str = ""
    active: int = 0
    most: int = 0  # most /wait/ requests served at once
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return self.base + path

    def page_paths(self) -> list[str]:
        return [f"/pages/{p.name}" for p in _pages()]


def _pages() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) + sorted(HTML.glob("*.html"))


def build_site() -> Site:
    site = Site()
    for page in _pages():
        kind = "text/html; charset=utf-8" if page.suffix == ".html" else "text/plain; charset=utf-8"
        site.routes[f"/pages/{page.name}"] = (200, kind, page.read_bytes(), 0.0)
    site.routes["/robots.txt"] = (200, "text/plain", b"User-agent: *\nDisallow: /private/\n", 0.0)
    site.routes["/private/secret.html"] = (200, "text/html", b"<html><body><p>never fetched</p></body></html>", 0.0)
    site.routes["/slow.html"] = (200, "text/html", b"<html><body><p>late</p></body></html>", 2.0)
    site.routes["/image.png"] = (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, 0.0)
    site.routes["/binary.html"] = (200, "text/html", b"\x00\x01\x02\x03" * 200, 0.0)
    for n in range(12):  # for the connections limit: pages that take a moment
        site.routes[f"/wait/{n}.html"] = (200, "text/html", f"<html><body><p>page {n}</p></body></html>".encode(), 0.1)
    return site


def rss(site: Site, paths: list[str]) -> bytes:
    items = "".join(
        f"<item><title>{p}</title><link>{site.url(p)}</link><pubDate>{_rfc822(DAYS[Path(p).stem.split('_')[0]])}</pubDate></item>"
        for p in paths
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode()


def sitemap(site: Site, paths: list[str]) -> bytes:
    urls = "".join(f"<url><loc>{site.url(p)}</loc><lastmod>{DAYS[Path(p).stem.split('_')[0]]}</lastmod></url>" for p in paths)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()


def _rfc822(day: str) -> str:
    from email.utils import format_datetime
    from datetime import datetime, timezone

    y, m, d = map(int, day.split("-"))
    return format_datetime(datetime(y, m, d, 9, 0, tzinfo=timezone.utc))


def serve(site: Site) -> tuple[ThreadingHTTPServer, threading.Thread]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            status, kind, body, delay = site.routes.get(self.path.split("?")[0], (404, "text/html", b"<html>no</html>", 0.0))
            counted = self.path.startswith("/wait/")  # not a slow page left from another test
            # counted while it waits, before any byte of the answer: the client cannot have moved on
            with site.lock:
                site.active += counted
                site.most = max(site.most, site.active)
            if delay:
                time.sleep(delay)
            with site.lock:
                site.active -= counted
            try:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args):  # quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    site.routes["/feed.xml"] = (200, "application/rss+xml", rss(site, site.page_paths()), 0.0)
    site.routes["/sitemap.xml"] = (200, "application/xml", sitemap(site, site.page_paths()), 0.0)
    index = f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{site.url("/sitemap.xml")}</loc></sitemap></sitemapindex>'
    site.routes["/sitemap-index.xml"] = (200, "application/xml", index.encode(), 0.0)
    home = '<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body><p>news</p></body></html>'
    site.routes["/"] = (200, "text/html", home.encode(), 0.0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread
