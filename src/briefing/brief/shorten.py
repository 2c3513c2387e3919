"""Shorter sentences from the sources' own words: cut, never rewritten.

A long lead is cut at a clause boundary after its main verb ("compress"),
and a clause of circumstance that opens it ("Après des accusations de
laxisme visant la police, l'enquête ... s'est accélérée") can go, so that
the sentence starts on its subject. Words are only taken away; who says
something ("Selon le procureur, ...") is never cut off.
"""

from __future__ import annotations

import re

from ..records import Sentence
from .clauses import main_verb_end
from ..summarise.compress import balanced
from .figures import extract_figures
from .cut_points import OPENS_MORE, SUBJECT_NEXT, VERB_NEXT, cut_places, opens_more
from .lexicon import BEFORE_NOUN, FINITE_FORMS, INFINITIVE, MONTHS, WEEKDAYS

REACH_WORDS = 15  # a cut by count may run this many words on to end where the phrase ends
SHORT_WORDS = 22  # a sentence this short is kept whole
MIN_WORDS = 8  # a cut keeps at least this many words
MAX_WORDS = 32  # and at most this many
VERB_TAIL = 4  # a cut by word count keeps this many words after the main verb
FRONTED_MAX = 20  # an opening clause longer than this is the sentence's body, not a circumstance
LIST_ITEMS, LIST_ITEM_WORDS = 4, 6  # a list an opening clause runs on with: items, words an item
# Clauses of time, cause or manner that may open a sentence before its subject.
_FRONTED = re.compile(
    r"^(?:après|avant|depuis|pendant|lors\s+d|face\s+à|malgré|en\s+attendant|alors\s+que|au\s+lendemain\s+d|"
    r"à\s+la\s+suite\s+d|suite\s+à|dans\s+le\s+cadre\s+d|au\s+terme\s+d|à\s+l['’]issue\s+d|"
    r"[a-zà-ÿ]{3,}ant\b)",
    re.IGNORECASE,
)
# Phrases of purpose, time or circumstance that a sentence cut by count can end before, whole,
# rather than on their first words ("... une reconstitution des faits afin d'élucider …").
# ("pour", "après", "depuis" are left out: "une clé pour rouvrir", "une semaine après", "ont explosé depuis
# la pandémie" say what the sentence is about.) The cut keeps OPTIONAL_CUT_WORDS at least.
_OPTIONAL_PHRASE = re.compile(
    r"^(?:afin\b|lors\b|alors\s+que\b|tandis\s+que\b|sans\b|au\s+cours\b|dans\s+le\s+cadre\b|en\s+vue\b|"
    r"notamment\b|jusqu)",
    re.IGNORECASE,
)
OPTIONAL_CUT_WORDS = 20
# "… une enquête visant [notamment les chefs d'homicide]": a present participle cut from its object says
# nothing; the phrase it opens can go whole ("… en France [visant notamment …]").
_BARE_PARTICIPLE = re.compile(r"[a-zà-ÿ]{3,}ant$")
_PARTICIPLE_PHRASE = re.compile(
    r"^(?!(?:avant|devant|autant|pendant|durant|cependant|maintenant|pourtant|suivant)\b)[a-zà-ÿ]{3,}ant\s+(?!(?:de|du|des|d['’])\s)"
)
NAME_REACH = 3  # words a cut by count may run on to end a name it stopped inside
# An inserted phrase between a verb and what it governs ("a critiqué, jeudi 18 juin, l'action du
# gouvernement"): a cut right after the verb, at the insertion, would leave the verb bare.
_OBJECT = r"(?:l['’]|le|la|les|un|une|des|du|de|d['’]|son|sa|ses|leur|leurs|ce|cet|cette|ces|que|qu['’])"
_INSERTION_THEN_OBJECT = re.compile(rf"^\s*[,;]\s+[^,;.]{{1,60}}?,\s+(?:{_OBJECT}|sur|à|au|aux|contre)\b", re.IGNORECASE)
# ... or the cut ends that insertion ("a affirmé, ce jeudi 22 mars sur TF1[, la profondeur de …]").
_INSERTION_ONLY = re.compile(r"([^,;]*)[,;]\s+[^,;.]{1,60}")  # the participle (and days), then the insertion
_OBJECT_NEXT = re.compile(rf"^\s*[,;]\s+{_OBJECT}\b", re.IGNORECASE)
# A completive clause the cut would leave without its verb ("raconte que son frère Augustin[, 17 ans,
# a été roué de coups]"): the last "que" between the main verb and the cut.
_COMPLETIVE = re.compile(r"(?<![\w'’])qu(?:e\s+|['’])", re.IGNORECASE)
# Words between the auxiliary and a cut that leave the verb as bare as the participle alone ("a
# évoqué jeudi[, pour la première fois, l'hypothèse …]", "a été tuée hier"): its object comes after.
_VERB_FILLER = frozenset("été ce cet cette hier soir matin midi après-midi dernier dernière".split()) | WEEKDAYS | MONTHS


def _list_end(text: str, comma: int) -> int:
    """Where a list that the comma at `comma` continues ends ("Après l'Allemagne, les Etats-Unis,
    l'UE et le G7, Emmanuel Macron …": after "le G7"); `comma` itself when it continues none."""
    at, items = comma, 0
    while items < LIST_ITEMS:
        nxt = text.find(", ", at + 2)
        item = text[at + 2 : nxt]
        if nxt < 0 or len(item.split()) > LIST_ITEM_WORDS or main_verb_end(item) is not None or not SUBJECT_NEXT.match(item):
            return comma  # ("la ville de New York, capitale … et culturelle …, ne voit": an apposition, no list)
        if re.search(r"\s(?:et|ou)\s", item):
            return nxt
        at, items = nxt, items + 1
    return comma


def drop_fronted_clause(text: str) -> str:
    """The sentence without a clause of circumstance before its subject."""
    match = _FRONTED.match(text.strip())
    comma = text.find(", ")
    if not match or comma < 0 or len(text[:comma].split()) > FRONTED_MAX:
        return text
    comma = _list_end(text, comma)
    rest = text[comma + 2 :]
    if len(rest.split()) < MIN_WORDS or not SUBJECT_NEXT.match(rest) or VERB_NEXT.match(rest):
        return text
    if main_verb_end(rest) is None:
        return text  # the verb may be in the clause: what is left would say nothing
    return rest[0].upper() + rest[1:]


def _first_figure(text: str) -> int | None:
    """Where the sentence's first figure (a number with a unit, not a date) ends."""
    found = extract_figures([Sentence(text, 0, len(text), 0, "")])
    if not found:
        return None
    match = re.search(rf"(?<![\w]){re.escape(found[0].value)}", text)
    return match.end() if match else None


# "n'a qu'un mince matelas", "plus que l'inflation": a restriction or a comparison, no clause.
_NOT_COMPLETIVE = re.compile(r"(?:\bn['’]|\bne\s|\b(?:plus|moins|autant|davantage|mieux|pire|autre|même)\s+)(?:\S+\s+){0,3}$", re.IGNORECASE)


def _open_completive(body: str, verb: int, at: int) -> bool:
    """Whether a "que" between the main verb (`verb`) and a cut (`at`) opens a clause whose verb is not before the cut."""
    opened = [m for m in _COMPLETIVE.finditer(body, verb, at) if not _NOT_COMPLETIVE.search(body, 0, m.start())]
    return bool(opened) and main_verb_end(body[opened[-1].end() : at]) is None


def _bare_verb(span: str) -> bool:
    """Whether the words from the auxiliary to a cut are the participle at most (days and dates aside)."""
    return sum(1 for w in span.split() if w.strip(",").lower() not in _VERB_FILLER and not w.isdigit()) <= 1


INSERTIONS = 3  # inserted phrases a verb's object may come after ("lançait, mardi à Matignon, en présence …, son")
_SEGMENT = re.compile(r"[,;]\s+([^,;.]{1,60}?)(?=\s*[,;]|$)")


def _object_after_insertions(body: str, verb: int) -> int | None:
    """Where the verb's object starts when one or more inserted phrases come between them ("Le gouvernement
    lançait, mardi 3 septembre à Matignon, en présence de familles de victimes, son "Grenelle" …"): a cut before
    it leaves the verb bare. None when the verb is not followed by an insertion at once."""
    comma = body.find(",", verb)
    if comma < 0 or not _bare_verb(body[verb:comma]):
        return None
    at = comma
    for _ in range(INSERTIONS + 1):
        if _OBJECT_NEXT.match(body[at:]):
            return at
        segment = _SEGMENT.match(body, at)
        if segment is None:
            return None
        at = segment.end()
    return None


def _bare_infinitive(text: str) -> bool:
    """Whether the text ends on an infinitive (a word in -er or -ir after a word, not after a
    determiner or a number: not "le dossier", "3 janvier")."""
    last = text.split()[-2:]
    return (len(last) == 2 and bool(INFINITIVE.fullmatch(last[1])) and last[1].lower() not in MONTHS
            and last[0].replace("'", "").replace("’", "").isalpha() and last[0].lower() not in BEFORE_NOUN)


def _ends_insertion(span: str) -> bool:
    """Whether the words from the auxiliary to a cut are the participle (days aside), then one insertion:
    "a déposé lundi matin, au tribunal de grande instance de Paris[, son assignation …]"."""
    match = _INSERTION_ONLY.fullmatch(span)
    return match is not None and _bare_verb(match.group(1))


def compress(
    text: str, short: int = SHORT_WORDS, low: int = MIN_WORDS, high: int = MAX_WORDS, whole_up_to: int | None = None
) -> str:
    """A long sentence cut at a clause boundary after its main verb: the first
    clean cut after `low` words (a later one when it keeps the sentence's
    first figure within `high` words); else, when the sentence has at most
    `whole_up_to` words, the whole of it; else a cut within `high` words,
    marked with '…'. A cut never stops before the main verb (that leaves no
    statement): with no such cut within `high` words, the first one after the
    verb, else the whole sentence."""
    body = text.strip().rstrip(".!?… ")
    if len(body.split()) <= short:
        return body + "."
    first_figure = _first_figure(body)
    verb = main_verb_end(body)
    if verb is None:
        return body + "."  # no verb found: any cut could leave a fragment

    obj = _object_after_insertions(body, verb)

    def bare(at: int) -> bool:
        """Whether a cut at `at` leaves a verb without its object."""
        # The verb (or its participle) alone before an insertion or a colon: its object is after.
        if _bare_verb(body[verb:at]) and (_INSERTION_THEN_OBJECT.match(body[at:]) or body[at:].lstrip()[:1] == ":"):
            return True
        # "a affirmé, ce jeudi 22 mars sur TF1[, la profondeur de son indignation]": the cut ends the insertion.
        if _ends_insertion(body[verb:at]) and _OBJECT_NEXT.match(body[at:]):
            return True
        # "… où l'on peut d'ordinaire voir[, après avoir glissé quelques pièces, un spectacle …]".
        return (obj is not None and at < obj) or bool(_bare_infinitive(body[:at]) and _INSERTION_THEN_OBJECT.match(body[at:]))

    def fits(at: int) -> bool:
        return at >= verb and low <= len(body[:at].split()) <= high and not bare(at) and not _open_completive(body, verb, at)

    every = cut_places(body)
    cuts = [(at, clean) for at, clean in every if fits(at)]
    clean = [at for at, ok in cuts if ok]
    with_figure = [at for at in clean if first_figure is not None and at > first_figure]
    if with_figure:
        return body[: with_figure[0]] + "."
    if clean:
        return body[: clean[0]] + "."
    if len(body.split()) <= max(high, whole_up_to or 0):
        return body + "."
    if cuts:
        return body[: cuts[0][0]].rstrip(" ,;") + " …"
    if len(body[:verb].split()) <= high:  # a few words past the verb: "ont …" says nothing
        words = body.split()[: max(high, len(body[:verb].split()) + VERB_TAIL)]
        reach = [at for at, _ in every if at >= verb and len(body[:at].split()) <= len(words) + REACH_WORDS
                 and not _open_completive(body, verb, at) and not bare(at)]
        if reach and len(body[: reach[-1]].split()) > len(words):  # the phrase ends a few words on
            return body[: reach[-1]].rstrip(" ,;") + "."
        verb_words = len(body[:verb].split())
        for k in range(len(words) - 1, max(OPTIONAL_CUT_WORDS, verb_words) - 1, -1):
            kept = " ".join(words[:k]).rstrip(" ,;:")
            phrase = " ".join(words[k : k + 3])
            optional = _OPTIONAL_PHRASE.match(phrase) or (_PARTICIPLE_PHRASE.match(phrase) and words[k - 1].lower() not in OPENS_MORE)
            if optional and balanced(kept) and not _BARE_PARTICIPLE.search(kept) and words[k - 1].lower() not in FINITE_FORMS:
                return kept + "."
        rest = body.split()[len(words) :]
        # "le Premier ministre palestinien Mohammed …": a cut inside a name takes the name whole.
        while rest and words[-1][:1].isupper() and rest[0][:1].isupper() and len(words) < high + NAME_REACH:
            words.append(rest.pop(0))
        while len(words) > 1 and opens_more(words[-1]):  # "les ministères de …", "à l'issue d'un …"
            words.pop()
        return " ".join(words).rstrip(" ,;:") + " …"
    later = [at for at, _ in every if at >= verb and len(body[:at].split()) >= low]
    return body[: later[0]].rstrip(" ,;") + " …" if later else body + "."
