"""Work spread over processes gives what one process gives; vectors and
translations are computed once and in as few calls as the backend allows."""

from __future__ import annotations

import numpy as np

from briefing import pipeline
from briefing.errors import InputError
from briefing.ingest.read import read_inputs
from briefing.parallel import Workers
from briefing.parallel.embed import PoolEmbedder
from briefing.settings import Settings
from briefing.summarise import ExtractiveSummariser
from briefing.text.embed import UseEmbedder
from briefing.translate.cache import TranslationCache
from briefing.translate.ctranslate import batch_tokens, thread_split
from briefing.translate.engine import SentenceTranslator


class CountingModel:
    """Stands for USE: a vector per text, and a record of what it encoded."""

    def __init__(self) -> None:
        self.encoded: list[str] = []

    def encode(self, texts):
        self.encoded += texts
        return np.array([[len(t), 1.0, 0.0] for t in texts], dtype=np.float32)


def test_embedder_cache_is_bounded_and_still_answers_right() -> None:
    embedder = UseEmbedder(max_cached=3)
    embedder._model = model = CountingModel()
    first = embedder.encode(["a", "bb", "ccc", "dddd", "eeeee"])
    assert len(embedder._cache) == 5  # a call keeps its own vectors, whatever the bound
    again = embedder.encode(["eeeee", "a"])
    assert np.allclose(again, first[[4, 0]])
    assert len(embedder._cache) == 3 and set(embedder._cache) >= {"eeeee", "a"}  # the least recently used went
    embedder.encode(["ffffff"])
    assert set(embedder._cache) == {"eeeee", "a", "ffffff"}
    assert embedder.encode(["a"]).shape == (1, 3)
    assert model.encoded.count("eeeee") == 1 and model.encoded.count("a") == 1  # nothing encoded twice


def test_pool_embedder_gives_the_vectors_of_one_process() -> None:
    texts = ["Le ministre a signé l'accord.", "Une grève paralyse les ports.", "Le ministre a signé l'accord."]
    here = UseEmbedder().encode(texts)
    pooled = PoolEmbedder(Workers(1), chunk=1).encode(texts)
    assert pooled.shape == here.shape and np.allclose(pooled, here, atol=1e-5)


def test_run_over_a_stream_matches_run_over_a_list(seeds_dir) -> None:
    docs, _ = read_inputs([str(seeds_dir)])
    settings = Settings(today="2026-01-01")
    listed = pipeline.run(docs, settings)
    unreadable = InputError("gone.txt", "cannot read")
    streamed = pipeline.run(iter([docs[0], unreadable, *docs[1:]]), settings, total=len(docs) + 1)
    assert streamed.memos == listed.memos
    assert [f.name for f in streamed.failures] == ["gone.txt"]


def test_the_builder_is_told_which_events_are_briefed_in_full(seeds_dir) -> None:
    from briefing.brief import build_brief, build_briefs, plan_memo
    from briefing.brief.oneline import one_line_brief

    docs, _ = read_inputs([str(seeds_dir)])
    articles, _ = pipeline.clean(docs)
    plan = plan_memo(pipeline.group(articles), articles, max_events=2)
    summariser = ExtractiveSummariser()
    asked = []

    def build(jobs, limits):
        for event, members, full in jobs:
            asked.append((event.id, full))
            yield build_brief(event, members, summariser, 90, limits) if full else one_line_brief(event, members)

    briefs = build_briefs(plan.events, articles, summariser, 90, detailed=plan.detailed, build=build)
    assert asked == [(e.id, e.id in plan.detailed) for e in plan.events] and sum(f for _, f in asked) == 2
    assert [b.event_id for b in briefs] == [e.id for e in plan.events]
    assert briefs == build_briefs(plan.events, articles, summariser, 90, detailed=plan.detailed)


class Whole:
    """A backend that batches by itself: it asks for every sentence at once."""

    key = "whole"
    description = "whole (fake)"
    takes_all = True

    def __init__(self) -> None:
        self.calls: list[int] = []

    def translate_batch(self, sentences):
        self.calls.append(len(sentences))
        return [s.upper() for s in sentences]


def test_a_backend_that_batches_itself_gets_the_memo_in_one_call() -> None:
    backend = Whole()
    translator = SentenceTranslator(backend, "fake", "en", batch_size=2, cache=TranslationCache())
    texts = [f"Phrase numéro {i}. Et une autre, la {i}e." for i in range(30)]
    out = translator.translate(texts)
    assert backend.calls == [60] and out[3] == texts[3].upper()


def test_fast_path_runs_int8_batches_side_by_side_and_float_ones_over_all_threads() -> None:
    assert thread_split(2, "int8_float32") == (2, 1)
    assert thread_split(2, "float32") == (1, 2)
    assert thread_split(1, "int8") == (1, 1)
    memo = [["▁mot"] * 40] * 80  # 3,200 source tokens
    assert batch_tokens(memo, 2) == 2000  # two batches, one per thread, room for padding
    assert batch_tokens(memo * 10, 2) == 4096  # a long input: bounded batches
    assert batch_tokens([["▁un", "▁deux"]], 2) == 2  # one sentence: one batch


def test_two_workers_write_the_memo_one_process_writes(seeds_dir) -> None:
    docs, _ = read_inputs([str(seeds_dir)])
    for budget in (None, 2):  # every event in full; two in full, the others one line
        one = pipeline.run(docs, Settings(today="2026-01-01", workers=1, max_events=budget))
        two = pipeline.run(docs, Settings(today="2026-01-01", workers=2, max_events=budget))
        assert two.memos == one.memos and two.events == one.events
    assert sum(not b.detailed for b in two.memos["fr"].briefs) == 2



def test_a_rested_pool_ends_its_processes_and_starts_fresh_ones_spawned() -> None:
    with Workers(2) as workers:
        workers.start()
        before = workers._pool
        workers.rest()
        assert workers._pool is None  # no process holds a model while this one works alone
        assert list(workers.map(abs, [-1, -2, 3])) == [1, 2, 3]  # the next map starts fresh ones
        assert workers._pool is not before and workers._pool._mp_context.get_start_method() == "spawn"


def test_a_resting_pool_embedder_embeds_then_ends_the_workers() -> None:
    texts = ["Le ministre a signé l'accord.", "Une grève paralyse les ports."]
    with Workers(2) as workers:
        pooled = PoolEmbedder(workers, chunk=1, rest=True).encode(texts)
        assert workers._pool is None
    assert np.allclose(pooled, UseEmbedder().encode(texts), atol=1e-5)


def test_uncached_encoding_gives_the_cached_vectors_and_keeps_none() -> None:
    embedder = UseEmbedder()
    embedder._model = CountingModel()
    texts = ["bb", "a", "bb"]
    uncached = embedder.encode_uncached(texts)
    assert len(embedder._cache) == 0
    assert np.array_equal(uncached, embedder.encode(texts))
