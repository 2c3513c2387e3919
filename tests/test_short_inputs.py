"""Short inputs (headlines, a list of names) go through every stage: one output line each, exit 0."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from briefing.cli import app

runner = CliRunner()
HEADLINES = [
    "YouTube revoit son système de recommandations de vidéos",  # a brand name reads as a glued menu
    "Mercato : le club afficherait une volonté forte pour son avenir...",  # cut short, like a teaser
    "Grève à la SNCF : le trafic fortement perturbé ce week-end",
    "Emma, Jade, Louise, Gabriel, Léo, Raphaël",
    "Crédit photo : Orlando Auto Museum",  # a caption given alone is still what the user asked about
    '"Nous sommes prêts, nous pouvons répondre et nous sommes confiants."',  # a quote on its own
    "• Majoration en points à chaque enfant, que les parents peuvent se partager",
]
LINES = "\n".join(json.dumps({"id": f"h{i}", "text": text}, ensure_ascii=False) for i, text in enumerate(HEADLINES))


def _records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_group_returns_a_group_for_every_headline() -> None:
    result = runner.invoke(app, ["group", "--jsonl", "-q"], input=LINES)
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in _records(result.stdout)] == [f"h{i}" for i in range(len(HEADLINES))]


def test_group_in_worker_processes_returns_a_group_for_every_headline() -> None:
    # Workers send the inputs they could not keep back to this process: the
    # errors must survive pickling, and no line may be lost on the way.
    result = runner.invoke(app, ["group", "--jsonl", "-q", "--workers", "2"], input=LINES)
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in _records(result.stdout)] == [f"h{i}" for i in range(len(HEADLINES))]


def test_summarise_returns_a_summary_for_every_headline() -> None:
    result = runner.invoke(app, ["summarise", "--jsonl", "--summariser", "extractive", "-q"], input=LINES)
    assert result.exit_code == 0, result.output
    records = _records(result.stdout)
    assert [r["id"] for r in records] == [f"h{i}" for i in range(len(HEADLINES))]
    assert records[1]["summary"].startswith("Mercato : le club")  # kept as it came


def test_kept_inputs_are_said_only_with_verbose() -> None:
    quiet = runner.invoke(app, ["group", "--jsonl"], input=LINES)
    verbose = runner.invoke(app, ["group", "--jsonl", "--verbose"], input=LINES)
    assert "kept as given" not in quiet.stderr
    assert "h1: cleaning left no article text: kept as given" in verbose.stderr


def test_clean_reports_an_empty_result_as_a_note_on_the_record() -> None:
    result = runner.invoke(app, ["clean", "--jsonl"], input=LINES)
    assert result.exit_code == 0, result.output
    records = {r["id"]: r for r in _records(result.stdout)}
    assert set(records) == {f"h{i}" for i in range(len(HEADLINES))}
    emptied = records["h1"]
    assert emptied["text"] == "" and emptied["note"] == "no article text left after cleaning"
    assert "note" not in records["h2"] and records["h2"]["text"] == HEADLINES[2]


def test_a_page_of_nothing_but_furniture_still_fails_in_a_run(tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "menu.txt").write_text("Accueil | Politique | Sport | Culture\nPartager sur Facebook\n", encoding="utf-8")
    (folder / "headline.txt").write_text(HEADLINES[2] + "\n", encoding="utf-8")
    result = runner.invoke(app, ["group", str(folder), "--jsonl"])
    assert result.exit_code == 1
    assert "menu.txt: no article text, only page furniture" in result.stderr
    assert [r["id"] for r in _records(result.stdout)] == ["headline"]


def test_a_furniture_page_fails_alone_in_worker_processes() -> None:
    menu = json.dumps({"id": "menu", "text": "Accueil | Politique | Sport | Culture\nPartager sur Facebook\n"})
    result = runner.invoke(app, ["group", "--jsonl", "--workers", "2"], input=LINES + "\n" + menu)
    assert result.exit_code == 1
    assert "menu: no article text, only page furniture" in result.stderr
    assert [r["id"] for r in _records(result.stdout)] == [f"h{i}" for i in range(len(HEADLINES))]
