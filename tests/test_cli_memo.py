"""The memo options through the CLI: --max-events, --about, --since/--until,
and --help that names what to type."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from briefing.cli import app

runner = CliRunner()
COMMANDS = [["run"], ["clean"], ["summarise"], ["group"], ["translate"],
            ["models", "list"], ["models", "pull"], ["models", "verify"], ["models", "convert"]]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_shows_what_to_type_not_python_types(command):
    out = runner.invoke(app, [*command, "--help"]).output
    assert not re.search(r"<(?:str|int|list|path|float|bool)[^>]*>", out), out
    assert "x>=" not in out


def test_run_help_names_its_values():
    out = runner.invoke(app, ["run", "--help"]).output
    for option in ("--to LANG", "--format FORMAT", "--output PATH", "--max-events N", "--about TEXT",
                   "--since DATE", "--until DATE", "--max-words N", "INPUT"):
        assert option in out, option
    assert '--about "loi Avia"' in out  # an example of it


def test_max_events_briefs_that_many_in_full(seeds_dir):
    result = runner.invoke(app, ["run", str(seeds_dir), "-o", "-", "--format", "json", "-q", "--max-events", "1"])
    assert result.exit_code == 0, result.output
    events = json.loads(result.stdout)["events"]
    assert len(events) == 4 and [e["detailed"] for e in events] == [True, False, False, False]
    assert events[0]["sources"] == ["000", "001"]  # two sources first
    assert all(e["key_points"] == [] and e["lead"].endswith("]") for e in events[1:])


def test_about_a_subject_nowhere_in_the_pages_is_one_line_and_exit_2(seeds_dir, tmp_path):
    result = runner.invoke(app, ["run", str(seeds_dir), "--about", "championnat de football", "-o", str(tmp_path)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "championnat de football" in lines[0] and "5 pages read" in lines[0]
    assert list(tmp_path.iterdir()) == []


def test_since_after_every_article_is_exit_2(seeds_dir):
    result = runner.invoke(app, ["run", str(seeds_dir), "--since", "2030-01-01", "-o", "-", "--format", "json"])
    assert result.exit_code == 2 and "pages read" in result.stderr


def test_a_date_not_in_iso_form_is_a_usage_error(seeds_dir):
    result = runner.invoke(app, ["run", str(seeds_dir), "--since", "18/06/2020"])
    assert result.exit_code == 2 and "--since" in result.stderr and "YYYY-MM-DD" in result.stderr


def test_since_keeps_the_articles_of_the_period(seeds_dir):
    result = runner.invoke(app, ["run", str(seeds_dir), "--since", "2025-01-01", "-o", "-", "--format", "json", "-q"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {s["id"] for s in data["sources"]} == {"000", "001", "002"}  # 2025 articles; 004 is 2021, 003 has no year
    assert any("2025-01-01" in n for n in data["notes"])


def test_group_and_summarise_about_keep_only_pages_on_the_subject(seeds_dir):
    texts = {p.name[:3]: p.read_text(encoding="utf-8").lower() for p in seeds_dir.glob("*.txt")}
    for command in ("group", "summarise"):
        result = runner.invoke(app, [command, str(seeds_dir), "--about", "dispositifs médicaux", "--jsonl", "-q"])
        assert result.exit_code == 0, result.output
        ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
        assert all("dispositifs médicaux" in texts[i] for i in ids)
        # The protocol on local production (004) and the partnership (003, "Dispositifs médicaux : un
        # partenariat …"), which fell below the bar while one mention of a word scored 0.45 of it.
        assert ids == ["003", "004"]
