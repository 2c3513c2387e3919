"""Translation in any direction a model covers: which model serves which
direction, and which events of a memo are translated, by which model, from
what. Random tiny checkpoints: their output is garbage, so these tests check
the plumbing (the direction chosen, the marks, the words kept), not the words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.brief.build import build_brief
from briefing.cli import app
from briefing.cli_common import parse_translation_models
from briefing.errors import SetupError, UsageError
from briefing.records import Article, Event
from briefing.settings import GenerationSettings, Settings
from briefing.translate import Translators, load_translator, translate_told
from briefing.translate.directions import covers

from events_helpers import FirstSentences
from quake_pages import AR, EN, FR

pytestmark = pytest.mark.usefixtures("torch_one_thread")
ROOT = Path(__file__).resolve().parents[1]
GREEDY = GenerationSettings(num_beams=1, max_new_tokens=8, batch_size=4)

GOLD = Article("gold", "ارتفعت أسعار الذهب في الأسواق العالمية إلى مستوى قياسي يوم الثلاثاء. وعزا المحللون الارتفاع إلى تراجع الدولار.",
               title="أسعار الذهب تبلغ مستوى قياسيا", lang="ar")


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory) -> dict[str, Path]:
    from briefing.translate.random_models import build_marian, build_nllb

    corpus = [line for p in sorted((ROOT / "seeds").glob("*.txt")) for line in p.read_text().splitlines()]
    corpus += [AR.text, AR.title, EN.text, GOLD.text]
    root = tmp_path_factory.mktemp("directions")
    return {
        "nllb": build_nllb(root / "nllb", corpus),
        # A one-direction Marian model that says so by its name, as Helsinki-NLP's do.
        "fr-en": build_marian(root / "opus-mt-fr-en", corpus),
        "unnamed": build_marian(root / "marian", corpus),
    }


def test_the_cli_reads_directions_targets_and_a_model_for_every_direction():
    general, own = parse_translation_models(["ar-fr=./ar-fr", "en=./fr-en", "fr-ar=./fr-ar", "./nllb"])
    assert general == "./nllb" and dict(own) == {"ar-fr": "./ar-fr", "en": "./fr-en", "ar": "./fr-ar"}
    settings = Settings(translation_model=general, translation_models=own)
    assert settings.translation_choice("fr", "ar") == ("./ar-fr", "direction")
    assert settings.translation_choice("en") == ("./fr-en", "direction")  # from French, as before directions
    assert settings.translation_choice("ar") == ("./fr-ar", "direction")
    assert settings.translation_choice("fr", "en") == ("./nllb", "general")
    assert set(settings.named_directions()) == {("ar", "fr"), ("fr", "en"), ("fr", "ar")}
    # Without any model named: French → en/ar by default; the way back only when installed.
    assert Settings().translation_choice("en") == ("Helsinki-NLP/opus-mt-fr-en", "default")
    assert Settings().translation_choice("fr", "ar") == ("Helsinki-NLP/opus-mt-ar-fr", "optional")
    with pytest.raises(UsageError, match="same language"):
        parse_translation_models(["fr-fr=./x"])


def test_a_model_for_every_direction_is_used_only_where_its_files_say_it_covers_it(tiny_models):
    assert covers(tiny_models["nllb"], "nllb", "ar", "fr") is True
    assert covers(tiny_models["fr-en"], "opus-mt-fr-en", "fr", "en") is True
    assert covers(tiny_models["fr-en"], "opus-mt-fr-en", "ar", "fr") is False
    assert covers(tiny_models["unnamed"], "marian", "ar", "fr") is None
    found = Translators(Settings(translation_model=str(tiny_models["unnamed"]), generation=GREEDY))
    assert found.get("ar", "fr") is None  # a Marian model of unknown direction is not fed Arabic
    nllb = Translators(Settings(translation_model=str(tiny_models["nllb"]), generation=GREEDY)).get("ar", "fr")
    tokens = nllb.backend.tokens.encode_tokens([AR.text])[0]
    assert tokens[0] == "arb_Arab" and nllb.backend.tokens.conventions.forced_bos == "fra_Latn"


def test_a_direction_no_model_covers_is_a_one_line_error(tiny_models):
    with pytest.raises(SetupError, match="no translation model for ary→fr") as info:
        load_translator("fr", Settings(), source="ary")
    assert "--translation-model ary-fr=PATH" in str(info.value) and "\n" not in str(info.value)
    runner = CliRunner()
    args = ["translate", "-", "--from", "ar", "--to", "fr", "--translation-model", str(tiny_models["fr-en"])]
    done = runner.invoke(app, args, input=AR.text)
    assert done.exit_code == 2
    assert done.stderr.strip().count("\n") == 0 and "does not translate ar→fr" in done.stderr


def test_the_translate_command_takes_a_direction(tiny_models):
    runner = CliRunner()
    lines = json.dumps({"id": "a", "text": AR.text}) + "\n"
    args = ["translate", "--jsonl", "--from", "ar", "--to", "fr", "--translation-model", f"ar-fr={tiny_models['nllb']}", "--beams", "1"]
    done = runner.invoke(app, args, input=lines)
    assert done.exit_code == 0, done.output
    row = json.loads(done.stdout.splitlines()[0])
    assert row["id"] == "a" and row["translation"] and row["translation"] != AR.text


def test_an_event_told_in_arabic_is_translated_by_the_ar_fr_model_and_marked(tiny_models):
    arabic = build_brief(Event("E2", ("ar",)), [AR], FirstSentences(), max_words=60)
    french = build_brief(Event("E1", ("fr",)), [FR], FirstSentences(), max_words=60)
    assert arabic.language == "ar" and arabic.title.startswith("[ar] ")
    asked = []
    model = Translators(Settings(translation_models=(("ar-fr", str(tiny_models["nllb"])),), generation=GREEDY))

    def find(source, target):
        asked.append((source, target))
        return model.get(source, target)

    done, notes = translate_told([french, arabic], find, "fr")
    assert asked == [("ar", "fr")] and list(done) == ["E2"]  # the French event is not touched
    out = done["E2"]
    assert out.translated_from == "ar" and out.language is None and not out.title.startswith("[")
    assert out.title != AR.title and all(p.translated_from == "ar" for p in out.key_points)
    assert [p.sources for p in out.key_points] == [p.sources for p in arabic.key_points]
    assert any("ar→fr" in n and "1 event(s) machine translated from ar" in n for n in notes)


def test_without_a_model_the_arabic_event_keeps_its_words_and_its_mark():
    arabic = build_brief(Event("E2", ("ar",)), [AR], FirstSentences(), max_words=60)
    done, notes = translate_told([arabic], lambda source, target: None, "fr")
    assert done == {}
    assert any("told in ar kept in its words, marked [ar]" in n and "ar-fr=PATH" in n for n in notes)


def _pages(folder: Path, *articles: Article) -> Path:
    folder.mkdir()
    for a in articles:
        (folder / f"{a.id}.txt").write_text(f"{a.title}\n\n{a.text}\n", encoding="utf-8")
    return folder


def test_a_french_memo_translates_an_arabic_only_event_and_an_english_memo_tells_english_pages_verbatim(
    tiny_models, tmp_path
):
    folder = _pages(tmp_path / "pages", FR, EN, AR, GOLD)
    runner = CliRunner()
    args = ["run", str(folder), "--to", "fr", "--to", "en", "--translation-model", f"ar-fr={tiny_models['nllb']}",
            "--translation-model", f"en={tiny_models['fr-en']}", "--beams", "1", "--format", "json",
            "-o", str(tmp_path / "out"), "-q", "--today", "2026-12-06", "--workers", "1"]  # fmt: skip
    done = runner.invoke(app, args)
    assert done.exit_code == 0, done.output
    french = json.loads((tmp_path / "out" / "memo.json").read_text())
    english = json.loads((tmp_path / "out" / "memo.en.json").read_text())
    for event in french["events"]:
        if set(event["sources"]) <= {"ar", "gold"}:  # Arabic pages only: translated, its evidence in Arabic
            assert event["translated_from"] == "ar" and event["language"] is None
            assert not event["title"].startswith("[ar]")
            assert all(p["translated_from"] == "ar" for p in event["key_points"])
            quotes = [e["quote"] for p in event["key_points"] for e in p["evidence"]] + [e["quote"] for e in event["lead_evidence"]]
            assert quotes and all(q in AR.text or q in GOLD.text for q in quotes)
        elif "fr" in event["sources"]:
            assert event["translated_from"] is None
    assert any(e["sources"] == ["gold"] for e in french["events"]), "the Arabic page on gold grouped with another"
    for event in english["events"]:
        if "en" in event["sources"]:  # an English page's own sentence, no translation
            assert event["translated_from"] is None and event["language"] is None
            lead = event["lead"].split(" — ", 1)[-1].split(" [")[0]
            assert lead and lead in EN.text
            assert all(p["text"] in EN.text for p in event["key_points"])
        elif "fr" in event["sources"]:
            assert event["translated_from"] == "fr"


def test_translate_from_auto_takes_each_input_s_own_language(tiny_models):
    runner = CliRunner()
    lines = "".join(json.dumps({"id": a.id, "text": a.text}) + "\n" for a in (EN, AR))
    args = ["translate", "--jsonl", "--from", "auto", "--to", "en", "--translation-model", str(tiny_models["nllb"]), "--beams", "1"]
    done = runner.invoke(app, args, input=lines)
    assert done.exit_code == 0, done.output
    rows = {r["id"]: r["translation"] for r in map(json.loads, done.stdout.splitlines())}
    assert rows["en"] == EN.text  # already in the target: copied
    assert rows["ar"] and rows["ar"] != AR.text  # ar→en by the model for every direction
