"""Pages over HTTP: a pooled client with timeouts, retries, a named user
agent, a bounded number of connections per host, and robots.txt honoured.

Every page that cannot be had (refused by robots.txt, 404, timeout, not
HTML, too large) is an `InputError` naming its URL; the batch goes on.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable, Iterator
from urllib.robotparser import RobotFileParser

import urllib3

from .. import __version__
from ..errors import InputError
from .urls import host_of

USER_AGENT = f"briefing/{__version__} (+https://github.com/briefing; news memo tool)"
CONNECTIONS = 4  # per host: polite to a news site, enough for ≥ 50 pages/s from a near one
TIMEOUT = 20.0  # seconds to connect, and between two reads
RETRIES = 2  # a timeout, a dropped connection or a 429/5xx is tried again, with a short back-off
AHEAD = 32  # pages fetched ahead of the reader, so memory stays bounded
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass(frozen=True)
class Response:
    url: str  # as asked for (the id's source); `final` is where redirects ended
    final: str
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    fetched: str  # ISO 8601 UTC

    def header(self, name: str) -> str:
        return next((v for k, v in self.headers if k.lower() == name.lower()), "")


class Fetcher:
    """One HTTP client for a run. Thread-safe: `fetch` may be called from many threads."""

    def __init__(self, connections: int = CONNECTIONS, timeout: float = TIMEOUT, max_bytes: int = 10_000_000,
                 user_agent: str = USER_AGENT, retries: int = RETRIES) -> None:
        self.connections = connections
        self.max_bytes = max_bytes
        self.user_agent = user_agent
        # block=True: a host never gets more than `connections` at once, the other threads wait
        self._pool = urllib3.PoolManager(num_pools=64, maxsize=connections, block=True,
                                         headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"})
        self._timeout = urllib3.Timeout(connect=timeout, read=timeout)
        self._retry = urllib3.Retry(total=retries, connect=retries, read=retries, redirect=5, backoff_factor=0.2,
                                    status_forcelist=(429, 500, 502, 503, 504), raise_on_status=False,
                                    raise_on_redirect=False, respect_retry_after_header=False)
        self._robots: dict[str, RobotFileParser | None] = {}
        self._lock = threading.Lock()
        self._host_locks: dict[str, threading.Lock] = {}

    def get(self, url: str, check_robots: bool = True) -> Response:
        """The response to GET `url` (any status), or an InputError naming it
        (refused by robots.txt, cannot connect, timed out, too large)."""
        if check_robots and not self.allowed(url):
            raise InputError(url, "robots.txt disallows fetching it")
        try:
            response = self._pool.request("GET", url, timeout=self._timeout, retries=self._retry, preload_content=False)
            try:
                length = response.headers.get("Content-Length", "")
                if length.isdigit() and int(length) > self.max_bytes:
                    raise InputError(url, f"page too large ({int(length):,} bytes; limit {self.max_bytes:,}, see --max-bytes)")
                body = response.read(self.max_bytes + 1, decode_content=True)
                if len(body) > self.max_bytes:
                    raise InputError(url, f"page too large (over {self.max_bytes:,} bytes, see --max-bytes)")
            finally:
                response.release_conn()
        except urllib3.exceptions.HTTPError as error:
            raise InputError(url, _why(error)) from None
        except (ValueError, LookupError) as error:  # a malformed URL
            raise InputError(url, f"cannot fetch ({error})") from None
        return Response(url, response.geturl() or url, response.status, tuple(response.headers.items()), body,
                        datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))

    def page(self, url: str) -> Response:
        """A page's response, or an InputError: not 200, not a web page."""
        response = self.get(url)
        if response.status != 200:
            raise InputError(url, f"HTTP {response.status}")
        kind = response.header("Content-Type").split(";")[0].strip().lower()
        if kind and kind not in PAGE_TYPES:
            raise InputError(url, f"not a web page ({kind})")
        return response

    def pages(self, urls: Iterable[str]) -> Iterator[Response | InputError]:
        """Each URL's page or error, in order, fetched `connections` per host at a time."""
        pool = ThreadPoolExecutor(max_workers=max(self.connections, 8), thread_name_prefix="fetch")
        try:
            pending = []
            for url in urls:
                pending.append(pool.submit(self._page_or_error, url))
                if len(pending) >= AHEAD:
                    yield pending.pop(0).result()
            for future in pending:
                yield future.result()
        finally:  # stopped early (Ctrl-C, a reader that left): drop what is queued, wait for nothing
            pool.shutdown(wait=False, cancel_futures=True)

    def _page_or_error(self, url: str) -> Response | InputError:
        try:
            return self.page(url)
        except InputError as error:
            return error

    def allowed(self, url: str) -> bool:
        """Whether the site's robots.txt lets our user agent fetch `url` (read once per host)."""
        host = host_of(url)
        with self._lock:
            host_lock = self._host_locks.setdefault(host, threading.Lock())
        with host_lock:
            if host not in self._robots:
                self._robots[host] = self._read_robots(host)
        rules = self._robots[host]
        return rules is None or rules.can_fetch(self.user_agent, url)

    def _read_robots(self, host: str) -> RobotFileParser | None:
        """The host's rules; None (all allowed) when it has no robots.txt or it cannot be read."""
        try:
            response = self.get(f"{host}/robots.txt", check_robots=False)
        except InputError:
            return None
        rules = RobotFileParser()
        if response.status in (401, 403):
            rules.disallow_all = True
        elif response.status == 200:
            rules.parse(response.body.decode("utf-8", errors="replace").splitlines())
        else:
            return None
        return rules

    def close(self) -> None:
        self._pool.clear()


def _why(error: Exception) -> str:
    """A network error in a few words: "timed out", "connection refused"."""
    reason = getattr(error, "reason", None) or error
    text = str(reason).lower()
    if "refused" in text:  # before timeouts: urllib3's NewConnectionError is a ConnectTimeoutError
        return "connection refused"
    if isinstance(reason, urllib3.exceptions.TimeoutError) or "timed out" in text:
        return "timed out"
    if "name or service not known" in text or "nodename nor servname" in text or "failed to resolve" in text:
        return "unknown host"
    if isinstance(reason, urllib3.exceptions.SSLError):
        return "TLS error"
    return f"cannot fetch ({type(reason).__name__})"
