"""Pages from the web and from crawls: `briefing clean --jsonl` over the same
pages from a folder, from a local web server (a sitemap of their URLs) and
from a .warc.gz, side by side, with main's `briefing clean --jsonl DIR` as the
baseline of the folder path.

    .venv/bin/python benchmarks/sources.py [--pages DIR] [-n 3000] [--small 300] [--baseline main]

Prints, for each source, wall seconds, pages per second, the process tree's
peak RSS, CPU seconds of all its processes (medians of --repeats interleaved
runs: on a shared machine the wall varies, the CPU much less), and whether the output (id, title, date, text of every page) is the
folder's; the fetch rate of the HTTP client alone (default connections); the
WARC's peak RSS at `--small` and at `-n` pages (flat in the WARC's size); and
the same table on pages-dev's HTML (a second data set, as a check).
Everything is served from 127.0.0.1: no network is used.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from _common import EVAL as DEFAULT_EVAL, ROOT
from _measure import measure

EVAL = Path(os.environ.get("BRIEFING_EVAL", DEFAULT_EVAL))
sys.path.insert(0, str(ROOT / "src"))  # this tree's briefing, whatever the venv was installed from


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder: Path) -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(folder)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def write_sitemap(folder: Path, base: str, pages: list[Path]) -> None:
    urls = "".join(f"<url><loc>{base}/{p.name}</loc></url>" for p in pages)
    (folder / "sitemap.xml").write_text(
        f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>', encoding="utf-8")


def write_warc(path: Path, base: str, pages: list[Path]) -> float:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    start = time.perf_counter()
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for page in pages:
            kind = "text/html; charset=utf-8" if page.suffix == ".html" else "text/plain; charset=utf-8"
            http = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"{base}/{page.name}", "response",
                                                          payload=io.BytesIO(page.read_bytes()), http_headers=http))
    return time.perf_counter() - start


def fetch_rate(base: str, pages: list[Path]) -> float:
    """Pages per second of the HTTP client alone (robots.txt asked once, default connections)."""
    from briefing.ingest.fetch import Fetcher

    fetcher = Fetcher()
    start = time.perf_counter()
    got = sum(1 for r in fetcher.pages(f"{base}/{p.name}" for p in pages) if not isinstance(r, Exception))
    wall = time.perf_counter() - start
    fetcher.close()
    assert got == len(pages), f"fetched {got} of {len(pages)}"
    return got / wall


def output(cmd: list[str], env: dict) -> dict[str, tuple]:
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    rows = (json.loads(line) for line in done.stdout.splitlines())
    return {r["id"]: (r["title"], r["date"], r["text"]) for r in rows}


def table(label: str, pages: list[Path], tmp: Path, baseline: Path | None, repeats: int) -> None:
    folder = tmp / label
    folder.mkdir()
    for page in pages:
        (folder / page.name).symlink_to(page.resolve())
    server, base = serve(folder)
    write_sitemap(folder, base, pages)
    warc = tmp / f"{label}.warc.gz"
    built = write_warc(warc, base, pages)
    ours = [sys.executable, "-m", "briefing", "clean", "--jsonl"]
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    runs = {"folder": [*ours, str(folder)], "web (sitemap)": [*ours, "--sitemap", f"{base}/sitemap.xml"],
            "WARC": [*ours, str(warc)]}
    if baseline:
        runs["folder, main"] = [sys.executable, "-m", "briefing", "clean", "--jsonl", str(folder)]
    n = len(pages)
    print(f"\n{label}: {n} pages ({sum(p.stat().st_size for p in pages) / 1e6:.1f} MB); "
          f"WARC {warc.stat().st_size / 1e6:.1f} MB written in {built:.1f} s; "
          f"HTTP client alone: {fetch_rate(base, pages):.0f} pages/s")
    print(f"  {'briefing clean --jsonl':24}{'wall s':>8}{'pages/s':>9}{'vs folder':>11}{'CPU s':>8}{'tree RSS MB':>13}  same output")
    envs = {name: dict(env, PYTHONPATH=str(baseline / "src")) if name == "folder, main" else env for name in runs}
    measured: dict[str, list] = {name: [] for name in runs}
    for _ in range(repeats):  # interleaved, so that a busy machine weighs on each alike
        for name, cmd in runs.items():
            measured[name].append(measure_env(cmd, envs[name]))
    reference = output(runs["folder"], env)
    folder_wall = statistics.median(m.wall for m in measured["folder"])
    for name, cmd in runs.items():
        wall = statistics.median(m.wall for m in measured[name])
        cpu = statistics.median(m.cpu for m in measured[name])
        rss = max(m.tree_kb for m in measured[name]) / 1024
        same = output(cmd, envs[name]) == reference
        print(f"  {name:24}{wall:8.1f}{n / wall:9.0f}{folder_wall / wall:10.2f}x{cpu:8.1f}{rss:13.0f}  {'yes' if same else 'NO'}")
    server.shutdown()
    server.server_close()


def measure_env(cmd: list[str], env: dict):
    old = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        return measure(cmd)
    finally:
        os.environ.clear()
        os.environ.update(old)


def warc_memory(pages: list[Path], small: int, tmp: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    print("\nWARC memory: briefing clean --jsonl --workers 2 X.warc.gz, process tree's peak RSS")
    for n in (small, len(pages)):
        warc = tmp / f"memory-{n}.warc.gz"
        write_warc(warc, "http://127.0.0.1", pages[:n])
        m = measure_env([sys.executable, "-m", "briefing", "clean", "--jsonl", "--workers", "2", str(warc)], env)
        print(f"  {n:6} pages ({warc.stat().st_size / 1e6:5.1f} MB): {m.tree_kb / 1024:6.0f} MB, largest process {m.largest_kb / 1024:5.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=EVAL / "scale" / "text")
    parser.add_argument("--check", type=Path, default=EVAL / "pages-dev" / "html", help="a second data set")
    parser.add_argument("-n", type=int, default=3000)
    parser.add_argument("--small", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=3, help="runs of each command (the median wall is shown)")
    parser.add_argument("--baseline", default="main", help="a git ref whose folder path runs beside ours ('' for none)")
    args = parser.parse_args()
    pages = sorted(p for p in args.pages.iterdir() if p.suffix in (".txt", ".html"))[: args.n]
    if not pages:
        sys.exit(f"no pages in {args.pages} (set BRIEFING_EVAL or --pages)")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        baseline = None
        if args.baseline:
            baseline = tmp / "baseline"
            baseline.mkdir()
            data = subprocess.run(["git", "-C", str(ROOT), "archive", args.baseline], capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", str(baseline)], input=data, check=True)
        table(args.pages.name, pages, tmp, baseline, args.repeats)
        if args.check.is_dir():
            table(f"{args.check.parent.name}-{args.check.name}", sorted(args.check.glob("*.html")), tmp, baseline, args.repeats)
        warc_memory(pages, args.small, tmp)


if __name__ == "__main__":
    main()
