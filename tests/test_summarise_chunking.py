"""Sentence-aware chunking with a stand-in token counter."""

import pytest

from briefing.summarise.chunking import chunk_sentences, split_long


def words(text: str) -> int:
    return len(text.split())


def test_sentences_are_packed_without_being_cut():
    sentences = ["un deux trois.", "quatre cinq.", "six sept huit neuf.", "dix."]
    assert chunk_sentences(sentences, words, 5) == ["un deux trois. quatre cinq.", "six sept huit neuf. dix."]
    assert chunk_sentences(sentences, words, 100) == [" ".join(sentences)]


def test_an_over_long_sentence_is_cut_between_words():
    long = " ".join(f"m{i}" for i in range(12))
    assert split_long(long, words, 5) == ["m0 m1 m2 m3 m4", "m5 m6 m7 m8 m9", "m10 m11"]
    chunks = chunk_sentences(["avant.", long, "après."], words, 5)
    assert all(words(c) <= 5 for c in chunks)
    assert " ".join(chunks).split() == ["avant.", *long.split(), "après."]


def test_chunks_are_rechecked_when_counts_do_not_add_up():
    def joined_costs_more(text: str) -> int:  # one extra token per join
        return words(text) + text.count(". ")

    chunks = chunk_sentences(["a b.", "c d.", "e f."], joined_costs_more, 4)
    assert all(joined_costs_more(c) <= 4 for c in chunks)
    assert " ".join(chunks) == "a b. c d. e f."


def test_limit_must_be_positive():
    with pytest.raises(ValueError):
        chunk_sentences(["a."], words, 0)
