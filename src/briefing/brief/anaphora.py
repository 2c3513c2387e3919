"""Sentences that lean on something before them.

A lead or key point is read on its own: one that opens with a subject
pronoun ("Elle a mis l'accent sur …", "Dans une allocution, il a …"), a
possessive ("Son père …"), "Cela" / "C'est …", or a demonstrative whose noun
the event has not named ("Cette décision …" when no decision was mentioned)
names nobody. The source's words are never rewritten (no name put in for the
pronoun): such a sentence gives way to another. What needs no antecedent is
left alone: impersonal "il" ("Il faut", "Il y a"), time ("Cette année", "Ce
jeudi", "Ces dernières semaines"), a demonstrative whose noun is named or
qualified in the sentence itself ("Ce projet de loi", "Ce collectif,
Baclohelp,"), a cleft ("C'est à Paris que …").
"""

from __future__ import annotations

import re
from typing import Sequence

from .clauses import main_verb_end
from .demonstratives import unnamed_demonstrative
from .lexicon import SUBORDINATE_OPENERS
from .role_spans import _NAME  # a person's name: two capitalised words or more
from .points import OwnedPoint

_QUOTE = r"[«\"“‘(]?\s*"
_PERSONAL = r"(?:il|elle|ils|elles)"
_SUBJECT = (
    rf"(?:{_PERSONAL}|cela|ceci|ça|celui-ci|celle-ci|ceux-ci|celles-ci|celui-là|celle-là|lui|eux|"
    r"(?:celui|celle|ceux|celles)(?=\s+(?:de|d['’]|du|des)\s)|"  # "Celle de jeudi a été mouvementée": which one?
    r"(?:ce\s+dernier|cette\s+dernière|ces\s+derniers|ces\s+dernières)(?!\s+(?:\d|jours?\b|semaines?\b|mois\b|"
    r"années?\b|heures?\b|minutes?\b|temps\b|décennies?\b|week-ends?\b))|"
    r"(?:selon|pour|d['’]après|entre|parmi|chez|avec|contre|sans|comme|[àa]\s+travers|grâce\s+[àa]|face\s+[àa]|auprès\s+d['’]|"
    r"derrière|devant)(?:\s+|(?<=['’]))(?:lui|elle|eux|elles))"
)
# "Il faut", "Il y a", "Il est temps de": an impersonal "il" stands for nobody
# ("Il y a abordé les thèmes …", a participle after it, is a person's "il").
_IMPERSONAL = (
    r"il\s+(?:ne\s+|n['’])?(?:y\s+a(?!\s+(?:[a-zà-ÿ]{3,}(?:é|ée|és|ées)|fait|pris|mis|vu|tenu|reçu)(?![\w'-]))|y\s+avait|y\s+aura|faut|fallait|faudra|faudrait|s['’]agit|s['’]agissait|"
    r"convient|importe|reste|restait|semble|semblait|paraît|suffit|suffirait|manque|existe|apparaît|ressort|"
    r"vaut\s+mieux|arrive\s+que|se\s+peut|était\s+une\s+fois|"
    r"(?:est|était|sera|serait|devient|devenait|(?:est|était)\s+devenu)\s+(?:pas\s+)?(?:(?:très|bien|peu|plus|encore|déjà|aussi)\s+)?"
    r"(?:temps|dans\s+\w+\s+intérêt|[a-zà-ÿ]+(?:ble|ique|aire)(?=\s+(?:que|qu['’]|de\s+[a-zà-ÿ]+(?:er|ir|re)\b|d['’][a-zà-ÿ]+(?:er|ir|re)\b))|possible|impossible|probable|improbable|nécessaire|important|essentiel|indispensable|difficile|"
    r"facile|clair|évident|urgent|question|hors\s+de\s+question|interdit|prévu|vrai|rare|inutile|normal|"
    r"logique|certain|dommage))(?![\w-])"
)
_OPENS_WITH_PRONOUN = re.compile(rf"^{_QUOTE}(?!{_IMPERSONAL}){_SUBJECT}(?![\w-])", re.IGNORECASE)
# "Il est impensable qu'il n'ait pas su …": the impersonal "il" is fine, the next one names nobody.
_IMPERSONAL_THEN_PRONOUN = re.compile(
    rf"^{_QUOTE}{_IMPERSONAL}[^.;:,]{{0,40}}?\b(?:que\s+|qu['’]){_PERSONAL}(?![\w-])", re.IGNORECASE
)
# "Dans une allocution télévisée, il a adressé …": a pronoun subject after an opening clause.
_AFTER_CLAUSE = re.compile(
    rf",\s+(?!{_IMPERSONAL})(?:{_PERSONAL}|ce\s+dernier|cette\s+dernière|celui-ci|celle-ci|cela)(?![\w-])", re.IGNORECASE
)
# "Si le document a été bouclé en mars, il fait écho …": the pronoun's antecedent may be in the clause.
_SUBORDINATE_OPENING = re.compile(rf"^{SUBORDINATE_OPENERS}\s+(?!{_PERSONAL}\b|on\b)", re.IGNORECASE)
# '"…", a-t-il ajouté', '"…", souligne-t-elle': a quotation whose speaker is a pronoun.
_INVERTED = re.compile(r"(?<![\w-])(?<![yY]\s)(?!faut-)[a-zà-ÿ]+-(?:t-)?(?:il|elle|ils|elles)(?![\w-])")
_OPEN_QUOTE, _CLOSE_QUOTE = "«“", "»”"
_QUOTED_SPAN = re.compile(r'"[^"]*"|«[^»]*»|“[^”]*”')
_POSSESSIVE = re.compile(rf"^{_QUOTE}(?:son|sa|ses|leur|leurs)\s+\w", re.IGNORECASE)
# "C'est une première", "Ce sont …": unless a cleft puts a place, time or name first ("C'est à Paris que …").
_IT_IS = re.compile(
    rf"^{_QUOTE}(?:c['’]est|c['’]était|ce\s+n['’](?:est|était)|ce\s+sont|ce\s+fut|ce\s+serait|"
    r"ce\s+ne\s+(?:sont|serait|seraient|fut|furent))\b",
    re.IGNORECASE,
)
# "C'est le premier chantier: contrôler …": what it is follows the colon.
_CATAPHORA = re.compile(r"^[^,;\"«»“”]{1,100}:\s")
_CLEFT = re.compile(
    r"^\W*[cC]['’](?:est|était)\s+(?:à|en|dans|pour|par|avec|depuis|après|avant|lors|sur|ainsi|pourquoi|parce|"
    r"[A-ZÀ-Ý]|\d)[^,:;]{0,80}?\s(?:qui|que|qu['’])"
)
# Openings that answer a sentence before them: "De l'autre, ...", "En revanche, ...", "Mais ...", "Et ...",
# or spell it out: "Très précisément, ...", "Concrètement, ...".
_OPENS_WITH_SEQUEL = re.compile(
    rf"^{_QUOTE}(?:d['’]un\s+autre\s+côté|de\s+l['’]autre|d['’]autre\s+part|en\s+revanche|pourtant|mais|"
    r"cependant|toutefois|néanmoins|quant\s+à|de\s+son\s+côté|de\s+leur\s+côté|par\s+ailleurs|en\s+outre|"
    r"de\s+plus|or,|ainsi,|enfin,|depuis,|depuis\s+lors|du\s+coup|dès\s+lors|pour\s+autant|de\s+même|là\s+encore|"
    r"(?:lui|elle|eux|elles)\s+aussi|[àa]\s+(?:son|leur)\s+tour|(?:et\s+)?puis|et|ensuite|y(?=\s+[a-zà-ÿ])|"
    r"(?:plus|très)\s+précisément|concrètement|autrement\s+dit|en\s+clair|en\s+d['’]autres\s+termes|"
    # a consequence of the sentence before: "Au point qu'actuellement il y a 400.000 demandes en attente"
    # (a capital A often stands for À: "A tel point que le député …")
    r"(?:(?:au|[àa]\s+tel)\s+point|si\s+bien|de\s+(?:telle\s+)?sorte)\s+qu(?:['’]\w+|e)|c['’]est\s+pourquoi|"
    # an answer to the question before it, and who gives it: "Non, estime un adolescent japonais …", "Ni l'un
    # ni l'autre, selon …" (not a denial that says what it denies: "Non, Nicolas Hulot n'est pas sur le départ")
    r"(?:non|oui)\s*,\s*(?:selon|(?-i:[a-zé]+(?:e|ent|it)\s+(?:les?|la|l['’]|une?|des|M\.|[A-ZÀ-Ý])))|"
    r"ni\s+l['’]un\s+ni\s+l['’]autre)(?![\w-])",
    re.IGNORECASE,
)

# "Je me suis immédiatement mis à l'isolement …", "On m'a prévenu que …", "Tu m'impressionnes par ton
# charisme" (a song's words): a sentence of a quotation cut from its quote marks and its speaker (the
# first or second person singular outside quotes).
_FIRST_PERSON = re.compile(
    r"^(?:je(?![\w-])|j['’]|nous\s+(?!sommes\s+le\b)|on\s+m['’]|on\s+nous\s+|moi,|mon\s|ma\s|mes\s|"
    r"tu(?![\w-])|t['’](?=[aeiouyéèêh])|toi,|ton\s|ta\s|tes\s)",
    re.IGNORECASE,
)

# '"Ma démarche a été comprise, la France veut des actes".': a quotation and nothing said of who says it.
_WHOLLY_QUOTED = re.compile(r'[«"“]\s*[^«»"“”]+?\s*[»"”]\s*[.!?…]*')

_PARTICIPLE_OPENING = re.compile(r"^(?:interrogée?s?|questionnée?s?|invitée?s?|interpellée?s?|sollicitée?s?|"
                                 r"contactée?s?|joint|jointe|jointes|joints|interviewée?s?|reçue?s?|"
                                 r"interrogeant|estimant|affirmant|expliquant|assurant|rappelant)\s", re.IGNORECASE)
_THERE_WAS = re.compile(r"^\W*il\s+y\s+a(?:vait)?\s+", re.IGNORECASE)  # "Il y a deux ans, elle …"


def _pronoun_after_clause(text: str) -> bool:
    """'Dans une allocution télévisée, il a …': a subject pronoun after an
    opening clause that holds no main verb (and no subject of its own)."""
    match = _AFTER_CLAUSE.search(text)
    opening = _THERE_WAS.sub("", text[: match.start()]) if match else ""
    if not match or len(opening.split()) > 30:
        return False
    # "Interrogé sur BFMTV pour savoir s'il voterait pour Macron, il a …": a participle's clause;
    # the verbs in it are its own.
    if main_verb_end(opening) is not None and not _PARTICIPLE_OPENING.match(opening.lstrip("«\"“‘( ")):
        return False
    return not _SUBORDINATE_OPENING.match(text.lstrip("«\"“‘( "))


def _quoted_by_pronoun(text: str) -> bool:
    """A quotation that opens the sentence (or began before it), then 'a-t-il dit':
    nothing in the sentence says who "il" is."""
    match = _INVERTED.search(text)
    if not match:
        return False
    said = text[: match.start()]
    if _NAME.search(_QUOTED_SPAN.sub(" ", said)):
        return False  # '"Non", François Bayrou n'a pas l'intention …, a-t-il assuré': the speaker is named
    if said.startswith(('"', *_OPEN_QUOTE)):
        return True
    first_close = min((i for i in (said.find(c) for c in _CLOSE_QUOTE) if i >= 0), default=-1)
    first_open = min((i for i in (said.find(c) for c in _OPEN_QUOTE) if i >= 0), default=len(said))
    return 0 <= first_close < first_open or (said.count('"') % 2 == 1 and not any(c in said for c in _OPEN_QUOTE))


def dangling_reason(text: str, before: str = "") -> str | None:
    """Why the sentence cannot be read alone, after `before` (what the reader
    has read of the event: title, lead, earlier points), else None."""
    t = text.strip()
    if _OPENS_WITH_PRONOUN.match(t) or _IMPERSONAL_THEN_PRONOUN.match(t):
        return "opens on a pronoun"
    if _pronoun_after_clause(t):
        return "its subject is a pronoun"
    if _quoted_by_pronoun(t):
        return "its speaker is a pronoun"
    if _POSSESSIVE.match(t):
        return "opens on a possessive"
    if _IT_IS.match(t) and not _CLEFT.match(t) and not _CATAPHORA.match(t):
        return "opens on 'c'est'"
    if _OPENS_WITH_SEQUEL.match(t):
        return "answers a sentence before it"
    if _FIRST_PERSON.match(t) or _WHOLLY_QUOTED.fullmatch(t):
        return "its speaker is not named"  # the middle of a quotation: "Je me suis mis à l'isolement."
    noun = unnamed_demonstrative(t, before)
    return f"'{noun}' names nothing before it" if noun else None


def stands_alone(text: str, before: str = "") -> bool:
    """True when the sentence can be read on its own after `before`."""
    return dangling_reason(text, before) is None


def opens_with_pronoun(text: str) -> bool:
    """True when the sentence's subject is a pronoun whose antecedent lies outside it."""
    t = text.strip()
    return bool(_OPENS_WITH_PRONOUN.match(t)) or _pronoun_after_clause(t)


# "La préfecture incite néanmoins les Franciliens à …": a contrast with what was said before.
# ("Les quatre occupants ont alors pris la fuite", "L'Express vient alors de publier …": then, after what
# the sentence before told; not "alors que", while, nor an opening "Alors, …", a speaker's "so".)
_CONTRAST = re.compile(r"(?<![\w-])(?:néanmoins|toutefois|cependant|pourtant|en revanche|par contre|malgré tout|quand même|"
                       r"(?<=\w\s)alors(?!\s+(?:que|qu['’]|même)))(?![\w-])", re.I)
CONTRAST_WORDS = 8  # words into the sentence where the contrast answers its opening


def leans_on_previous(text: str, before: str = "") -> bool:
    """True when the sentence cannot open a text (or follow `before`): a
    pronoun, possessive or unnamed demonstrative subject, or a connective
    that answers the sentence before it (at its head or right after its verb)."""
    return not stands_alone(text, before) or bool(_CONTRAST.search(" ".join(text.split()[:CONTRAST_WORDS])))


def _first_dangling(points: Sequence[OwnedPoint], context: str) -> int | None:
    read = context
    for n, point in enumerate(points):
        if not stands_alone(point.point.text, read):
            return n
        read += " " + point.point.text
    return None


def drop_dangling(
    picked: Sequence[OwnedPoint], candidates: Sequence[OwnedPoint], keep: int, context: str = ""
) -> list[OwnedPoint]:
    """`picked` (lead first, in rank order) without the points that cannot be
    read alone after the ones before them (and `context`, the event's title);
    each one dropped is replaced, while fewer than `keep` remain, by the next
    candidate in rank order that is not itself left dangling. A pronoun is
    never kept for the sentence before it in its source: a later stage may
    drop or move that sentence."""
    points = sorted(picked, key=lambda p: p.rank)
    banned: set[int] = set()
    while (n := _first_dangling(points, context)) is not None:
        banned.add(points.pop(n).rank)
        if len(points) < keep:
            spare = next((c for c in candidates if c.rank not in banned and c not in points), None)
            if spare is not None:
                points = sorted(points + [spare], key=lambda p: p.rank)
    return points
