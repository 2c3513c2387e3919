"""Where a long sentence may be cut: its commas, semicolons, dashes and colons.

Each place is told clean when what follows opens a clause the sentence can do
without (a participle, a relative pronoun, a phrase of time or circumstance);
none is a place that would leave a word that opens more ("… a assuré lundi
que."), a subject without its verb ("… et son compagnon."), a list cut in
two or a figure without its share. shorten.compress chooses among them.
"""

from __future__ import annotations

import re

from ..summarise.compress import balanced
from .clauses import main_verb_end
from .lexicon import SUBORDINATE_OPENERS

# Words that open a clause the sentence can do without: participles, relative
# pronouns, prepositions of circumstance, days and dates.
_OPENERS = re.compile(
    r"^(?:\w+ant\b|qui\b|dont\b|où\b|lequel|laquelle|lesquel|afin\b|tout\s+en\b|notamment\b|"
    r"alors\b|lors\b|en\s+marge\b|en\s+présence\b|dans\s+le\s+cadre\b|grâce\b|selon\b|avec\b|"
    r"pour\b|après\b|avant\b|depuis\b|ainsi\b|soit\b|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche|le\s+\d|\d|which\b|who\b|where\b|while\b|after\b|before\b|on\s+\w+day)",
    re.IGNORECASE,
)
# After these a comma closes an apposition ("X, directeur de Y, a dit"): no cut.
VERB_NEXT = re.compile(r"^(?:a|ont|est|sont|était|sera|s['’]|se|avait|has|have|is|was|were)\b", re.IGNORECASE)
# The next item of an enumeration: a noun phrase holding the list's last "et"/"ou".
_LIST_ITEM = re.compile(r"^(?:l['’]|les?|la|des|du|de|d['’]|un|une|ses|leurs?)\s*\S.*\s(?:et|ou)\s", re.IGNORECASE)
# "…, dont deux ferme", "…, dont 12 enfants", "…, dont la moitié": a part of the figure just given.
_SHARE_OF = re.compile(
    r"^dont\s+(?:\d|un\b|une\b|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|"
    r"cent|mille|la\s+moitié|le\s+tiers|le\s+quart|plus|moins|près|environ|au\s+moins)",
    re.IGNORECASE,
)
# Words a cut must not end on: what they open is left out.
OPENS_MORE = frozenset(
    "de du des d' d’ la le les l' l’ à au aux en et ou un une pour par sur dans avec sans que qu' qu’ qui dont "
    "son sa ses leur leurs ce cet cette ces entre vers chez selon".split()
)
# "… et son compagnon[, qui a reconnu les coups, est en garde à vue]": the clause a cut drops is closed by
# a comma and the verb of the noun before it; without them that noun is left with no verb.
# (Not an attribution: "…, a annoncé le promoteur du projet".)
_INSERTED_BEFORE_VERB = re.compile(
    r"^[^,;.:]{1,150},\s+(?:a|ont|est|sont|était|étaient|sera|seront|avait|avaient|reste|restent|s['’]\w+|se\s)(?![\w-])"
    r"(?!\s+(?!été\b)[a-zà-ÿ]+(?:é|i|u|t|s)\s+(?:l['’]|les?\b|la\b|une?\b|des\b|[A-ZÀ-Ý]))",
    re.IGNORECASE,
)
_COORDINATED = re.compile(r"(?:,?\s+(?:et|mais|ou|ni|puis))+$", re.IGNORECASE)
# A relative or completive clause open up to the cut: what follows the insertion is its verb.
_RELATIVE_SUBJECT = re.compile(r"(?<![\w'’])(?:(?:que|qui|où|dont)(?![\w-])|qu['’])(?:\s*[^,;:\s][^,;:]{0,60})?$", re.IGNORECASE)
SUBJECT_WORDS = 4  # "et son compagnon": a short noun phrase, a clause's subject (a longer run is a list's item)
_DETERMINER = r"(?:l['’]|le|la|les|un|une|des|son|sa|ses|leur|leurs|ce|cet|cette|ces)"
# The conjunction or colon that opens a subject's clause: "et son compagnon", "lorsque leur car", "même si le
# candidat", "…stéréotypées: cette photographe, parmi les plus reconnues …, est …".
_AND_SUBJECT = re.compile(
    rf"(?:,?\s+(?:et|mais|car|sauf\s+si|(?:pour|afin)\s+qu(?:e|['’])|{SUBORDINATE_OPENERS})|\s*:)\s*(?={_DETERMINER}\s*\w)"
)
SUBJECT_NEXT = re.compile(rf"^(?:{_DETERMINER}|[A-ZÀ-Ý])")


# A verb's auxiliary or copula, or a clitic, before a cut: what it opens is left out.
_BARE_ENDS = frozenset("est sont était étaient sera seront a ont avait avaient va vont doit doivent se s' ne n'".split())
_ELIDED_OPENER = re.compile(r"[^\W\d_]+['’](?:un|une|en)?", re.IGNORECASE)  # "d'un", "l'", "qu'", "jusqu'en"


def opens_more(text: str) -> bool:
    """Whether the text ends on a word that opens more than it says: a preposition, a
    determiner, "que" ("OPENS_MORE"), an elided one ("d'un"), an auxiliary or copula, a clitic."""
    words = text.split()
    last = words[-1].strip("\"«»“”(") if words else ""
    lower = last.lower().replace("’", "'")
    # (In lower case only: "en compagnie de Kim Jong Un", "le RER A", "Marine Le Pen" end on a name.)
    return last[:1].islower() and (lower in OPENS_MORE or lower in _BARE_ENDS or bool(_ELIDED_OPENER.fullmatch(lower)))


COLON_MIN_WORDS = 12  # a statement before a colon; shorter, a kicker
_PRONOUN_SUBJECT = re.compile(r"(?:^|,\s+)(?:il|ils|elle|elles|he|she|they)\s", re.IGNORECASE)


def cut_places(text: str) -> list[tuple[int, bool]]:
    """(offset, clean) of the commas and semicolons a sentence may end at;
    clean when what follows opens a clause the sentence can do without."""
    out = []
    closes_insertion = False  # the next mark ends an insertion after a word that opens more
    whole = balanced(text)  # a piece of a quotation has its marks unbalanced anyway
    for match in re.finditer(r"\s*[,;]\s+|\s+[—–]\s+", text):
        skip, closes_insertion = closes_insertion, False
        after = text[match.end() :]
        if skip:
            continue  # "… sont, en réalité.", "… Joe Biden et, peut-être.": the insertion's end is no end either
        if not after or after[0].isupper() or VERB_NEXT.match(after):
            continue  # a name in apposition, or the verb after one
        if _LIST_ITEM.match(re.split(r"[,;.:]", after, maxsplit=1)[0]):
            continue  # "des réfugiés, des demandeurs d'asile ou des déplacés": the list is one thing
        if _SHARE_OF.match(after):
            continue  # "cinq ans de prison, dont deux ferme": the share says what the figure is
        if whole and not balanced(text[: match.start()]):
            continue  # inside a parenthesis or a quotation: "… de leur foyer (53%[, contre …)]"
        coordinated = _COORDINATED.search(text, 0, match.start())
        if opens_more(text[: match.start()]) and not coordinated:
            closes_insertion = True  # "a assuré lundi que[, pour les élèves, …]", "les retombées sont[, en réalité, …]"
            continue
        verb_after = _INSERTED_BEFORE_VERB.match(after) is not None
        joined = list(_AND_SUBJECT.finditer(text, 0, match.start())) if verb_after else []
        # (Not a colon after a pronoun the subject names: "Elle avait été l'une des surprises: l'écologiste X, …, est …".)
        joined = [j for j in joined if ":" not in j.group(0) or not _PRONOUN_SUBJECT.search(text, 0, j.start())]
        subject = text[joined[-1].end() : match.start()] if joined else ""
        if joined and len(subject.split()) <= SUBJECT_WORDS and main_verb_end(subject) is None:
            # "et son compagnon, qui …, est en garde à vue": the subject before the cut has its verb after;
            # the "et" opening its clause is a clean end ("Une femme a été tuée mercredi dans la Somme.").
            out.append((joined[-1].start(), True))
            continue
        if verb_after and _RELATIVE_SUBJECT.search(text, 0, match.start()):
            continue  # "au moment où la quasi-totalité des scènes[, déjà en fin de saison, sont à l'arrêt]"
        # "…, la deuxième ville de Russie, et[, selon l'agence Tass, il s'agissait …]": the clause the
        # conjunction coordinates goes with it, as a whole.
        closes_insertion = coordinated is not None
        out.append((coordinated.start() if coordinated else match.start(), bool(_OPENERS.match(after))))
    # What a colon opens spells out the statement before it ("misent sur l'originalité: à
    # Ottawa, ..."): a clean end, save a quotation the colon announces (the verb's object), a
    # short kicker ("Ni bouche, ni nez: ...") and a statement whose subject, a pronoun, is
    # named after the colon ("ils attendaient ...: ... Depardieu et Cardin").
    for match in re.finditer(r"\s*:\s+", text):
        after, before = text[match.end() :], text[: match.start()]
        if after and after[0] not in "«\"“‘'" and len(before.split()) >= COLON_MIN_WORDS and not _PRONOUN_SUBJECT.search(before):
            out.append((match.start(), True))
    return sorted(out)
