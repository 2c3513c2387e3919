"""A short block's facts are read once per process; a paragraph's each time."""

from briefing.ingest import page


def test_a_short_line_is_read_once_and_gives_the_same_facts():
    line = "Publicité | Partager | 03 juillet 2020"
    first = page.block_facts(line)
    before = page._cached_facts.cache_info().hits
    again = page.block_facts(line)
    assert again is first and page._cached_facts.cache_info().hits == before + 1
    assert again == page._facts(line)  # the facts of the text alone, cached or not


def test_a_paragraph_is_not_held():
    paragraph = "Le conseil municipal a voté mardi soir le budget de la ville, " * 5
    assert len(paragraph) > page.CACHED_CHARS
    size = page._cached_facts.cache_info().currsize
    assert page.block_facts(paragraph) == page._facts(paragraph)
    assert page._cached_facts.cache_info().currsize == size
