"""How the clause that names a day places it: the news of the day, a day to come, background, or a habit.

A lead's "lundi" is read through the verb of its own clause (the words before it back
to a comma, a quote or a relative pronoun), the way a French reader does:
- a passé composé, imparfait or passé simple reports a day gone by ("a annoncé lundi",
  "faisaient la queue jeudi"): the news;
- a future, a near future or a plan ("se tiendra lundi", "va jouer dimanche", "doit se
  réunir mardi", "pour permettre le retour des élèves lundi") and a present with a named
  weekday ("M6 lance vendredi", "les plaidoiries se poursuivent lundi") name a day to
  come: the news is that it was announced;
- a plus-que-parfait ("avaient été placés en garde à vue lundi") is what led up to the
  news, not the news;
- "chaque dimanche", "tous les lundis", "le dimanche", "du lundi au jeudi" name no day.
Anything else (no verb in the clause: "l'interpellation mardi", "des résultats annoncés
mardi") is a day gone by that a noun carries: the news is a finite verb's day when the
same sentence has one ("..., a indiqué mercredi l'infectiologue").

No parser: the endings of French verb forms and their auxiliaries are enough for the
few words before a day, and cost nothing per page.
"""

from __future__ import annotations

import re
from typing import Literal, Sequence

Reading = Literal["past", "attributive", "coming", "background", "habitual"]

_W = r"[a-zàâçéèêëîïôûùœ]"
# The words before the day back to the start of its clause.
_BOUNDARY = re.compile(r"[,;:()«»\"“”—–]|(?<![\w'-])(?:qui|que|qu'|où|dont|lorsque|quand|tandis|puisque)(?![\w-])", re.I)
_QUOTED = re.compile(r"[\"«“][^\"«»“”,;:.!?]{1,40}[\"»”]")
_PUNCT = ",;:()«»\"“”—–"
# Words that may stand between a verb and its day ("a annoncé à son tour lundi").
_ADVERBS = (
    r"(?:\s+(?:" + _W + r"+ment|de nouveau|à nouveau|à son tour|pour sa part|lui-même|elle-même|eux-mêmes|"
    r"en direct|aussi|encore|déjà|également|d'abord|enfin|finalement|toujours|notamment|bien|ainsi))*\s*$"
)
_HABIT = re.compile(r"(?<![\w'-])(?:chaque|tous\s+les|toutes\s+les|les|le|du|au)\s*$", re.I)
_SINCE = re.compile(r"(?<![\w'-])depuis\s*$", re.I)  # "depuis mercredi": a start gone by, whatever the tense
# A written-out date that bounds a period ("en grève depuis le 2 juin", "depuis le dépôt des listes
# le 2 juin", "jusqu'au 15 juin") is where the period starts or ends, not the day of the news.
_BOUND = re.compile(
    r"(?:(?<![\w'-])depuis(?:\s+(?:le|la|les|l'|son|sa|ses|leur|leurs|un|une)\s*[^,;:.]{0,50}?)?|\bjusqu'(?:au|à|aux))\s*(?:le\s+)?$",
    re.I,
)
# "une lettre datée de jeudi", "un décret daté du 3 septembre": a document's date, not the news's.
_DATED = re.compile(r"(?<![\w'-])daté(?:e|s|es)?(?:\s+d(?:e|u))?\s*$", re.I)
# "… dans l'explosion qui, le 4 août dernier, a fait plus de 171 morts": a date written out in a relative
# clause's incise tells what the noun before it did, not the day of the news.
_RELATIVE_INCISE = re.compile(r"(?<![\w'-])(?:qui|dont|où)\s*,\s*(?:dès\s+)?(?:le\s+|ce\s+)?$", re.I)
# "Découverte il y a 80 ans samedi": an anniversary's day, not the news's.
_ANNIVERSARY = re.compile(r"(?<![\w'-])il\s+y\s+a\s+\S+\s+(?:ans|années|siècles?)\s*$", re.I)
# "Ils étaient 2,8 millions dimanche dernier à la même heure", "(+4,5 % par rapport à dimanche
# dernier)", "45 de moins que samedi", "544 de plus qu'hier": a day a figure is compared
# with, not the day of the news.
_COMPARED_AFTER = re.compile(r"\s*(?:à\s+la\s+même\s+(?:heure|époque|date|période)|à\s+pareille\s+(?:heure|époque|date))", re.I)
_COMPARED_BEFORE = re.compile(
    r"(?:par\s+rapport\s+(?:à|au)|comparée?s?\s+à|contre|(?<![\w'-])(?:moins|plus)\s+qu(?:e\s+|'))\s*$", re.I
)
# "une plainte a été déposée après la dispersion violente lundi de manifestants": the day is the
# noun's (what came before the news), not the past verb's, when no verb stands between them.
_NOUN_AFTER = re.compile(
    r"(?<![\w'-])(?:après|avant|lors\s+d[eu]|lors\s+d'|suite\s+à|à\s+la\s+suite\s+d[eu]|en\s+marge\s+d[eu])\s+"
    r"(?:l'|la|le|les|un|une|des|du|sa|son|ses|leur|leurs|cette|ce|cet|ces)\s*[^,;:.]{1,50}$",
    re.I,
)
# A sentence that opens on a name and its death ("Nicolas Joel, décédé jeudi à 67 ans, aura été …"):
# an obituary, whose news is the death.
_OBITUARY = re.compile(
    r"^[«\"“]?\s*(?:[A-ZÀ-Ý][\w'’-]*\s+){1,4}?[A-ZÀ-Ý][\w'’-]*\s*,\s*(?:décédée?|morte?|disparue?|mort)\s*$"
)
# ... whose main verb draws a portrait ("était", "aura été"), not a day to come ("sera inhumé lundi").
_PORTRAIT = re.compile(r"[^,;.]*,\s*(?:était|aura\s+été|fut|restera|demeure)\b", re.I)
# A past participle (regular endings and the common irregular ones).
PARTICIPLE = (
    r"(?:" + _W + r"+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|int|inte|ints)"
    r"|mort|morte|morts|mortes|né|née|nés|nées|eu|eue|eus|été|fait|faite|faits|faites|dit|dite|dits|dites)"
)
# A participle opening a clause set off by a comma describes a noun: what led up to the news.
_APPOSITION = re.compile(
    r"\s*(?:" + _W + r"{2,}(?:é|ée|és|ées|enu|enue|enus|endu|endue|attu|attue|aru|arue|onnu|onnue|rdu|rdue)"
    r"|morte?s?|née?s?|élue?s?|prise?s?|mise?s?)(?![\w'-])(?:\s+\S+){0,6}\s*$"
)
_BETWEEN = r"(?:\s+\S+){0,3}?\s+"  # "a ainsi donné", "a lui-même relevé", "s'était émue"
_PLUPERFECT = re.compile(
    r"(?<![\w-])(?:avai[st]|avait|avaient|avions|aviez|étai[st]|était|étaient|étions|étiez)" + _BETWEEN + PARTICIPLE + r"(?:\s+" + PARTICIPLE + r")?(?![\w'-])",
    re.I,
)
_COMPOUND = re.compile(  # passé composé, passive or reflexive, and the past conditional of reported facts
    r"(?<![\w-])(?:a|ai|as|avons|avez|ont|est|sont|suis|es|sommes|êtes|ayant|étant|aurait|auraient|serait|seraient)"
    r"(?:-t)?(?:-(?:il|elle|on|ils|elles))?" + _BETWEEN + PARTICIPLE + r"(?:\s+" + PARTICIPLE + r")?(?![\w'-])",
    re.I,
)
_IMPERFECT = re.compile(r"\b" + _W + r"{2,}(?:ait|aient)\b", re.I)
_FUTURE = re.compile(
    r"\b(?:" + _W + r"{2,}(?:era|ira|rra|dra|tra|vra|ura|eront|iront|rront|dront|tront|vront|uront)"
    r"|sera|seront|aura|auront|fera|feront|ira|iront|" + _W + r"{2,}(?:erai|irai|rrai|drai|vrai|urai)(?:t|ent))\b",
    re.I,
)
# An infinitive the day belongs to: after a verb of plan or a preposition ("va jouer
# dimanche", "doit se réunir mardi", "pour permettre le retour des élèves lundi").
_NOT_INFINITIVE = {"hier", "dernier", "premier", "janvier", "février", "entier", "soir", "pouvoir", "devoir"}
_PLAN = re.compile(
    r"(?<![\w'-])(?!à\s+partir\b)(?:va|vont|allait|allaient|doit|doivent|devait|devaient|devra|devront|peut|peuvent|pourra|pourront|"
    r"devrait|devraient|pourrait|pourraient|veut|veulent|compte|comptent|entend|entendent|prévoit|prévoient|apprête\s+à|apprêtent\s+à|à|pour|afin\s+de)"
    r"\s+(?:(?:se|s'|le|la|les|lui|leur|y|en)\s*)?(?P<inf>" + _W + r"+(?:er|ir|re|oir))(?![\w'-])",
    re.I,
)
_CALL = re.compile(r"(?<![\w'-])appel(?:er|le|lent|é|ée|és|ées|ait|aient|ant)?\s+(?:à|aux)\b", re.I)  # a call to act
_RECENT = re.compile(r"(?<![\w'-])(?:vient|viennent|venait|venaient)\s+d", re.I)  # "vient de": just done
# A present tense right before the day (modulo adverbs), after a name, a subject pronoun,
# "se", or alone after its clause's boundary ("M6 lance vendredi", "Macron se rend jeudi",
# ", reviennent vendredi"); never after a determiner or a preposition (a noun: "la grève jeudi").
_LAST_WORD = re.compile(r"(?<!\S)(?P<pre>\S*)\s+(?:s'|n')?(?P<verb>" + _W + r"{2,})" + _ADVERBS)
_VERB_END = re.compile(r"(?:e|ent|end|ond|ont|met|ut|art|ort)$")
_SUBJECT = {"se", "s'", "ne", "il", "elle", "on", "ils", "elles", ""}
_NOT_SUBJECT = {
    "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette", "ces", "son", "sa", "ses",
    "leur", "leurs", "au", "aux", "en", "dans", "pour", "par", "sur", "avec", "après", "avant", "selon", "et", "ou",
    "mais", "puis", "lors", "entre", "contre", "sans", "sous", "vers", "chez", "dès", "depuis", "pendant", "malgré",
}
_NOT_VERB = _NOT_SUBJECT | {"entre", "contre", "comme", "même", "notre", "votre", "autre", "quelque", "chaque", "presque", "outre", "que"}
_NOT_PRESENT = re.compile(r"(?:ment|ence|ique|iste|aire|ale|elle|ée)$")  # nouns, adjectives, adverbs


def clause_before(sentence: str, start: int) -> str:
    """The words of `sentence` before `start` back to the start of their clause."""
    before = sentence[:start]
    # A short quotation inside the clause ('inculpé de "meurtre" mercredi') does not end it.
    masked = _QUOTED.sub(lambda m: " " * len(m.group(0)), before)
    # "ne sera rétablie que dimanche": a "que" right before the day restricts, it opens no clause
    ends = [m.end() for m in _BOUNDARY.finditer(masked) if m.group(0)[0] in _PUNCT or masked[m.end() :].strip()]
    return before[ends[-1] :] if ends else before


def reading(sentence: str, start: int, end: int | None = None, weekday: bool = True) -> Reading:
    """How the clause of the day named at sentence[start:end] places it. A day that
    opens its sentence ("Jeudi aura lieu l'audition") is read by the verb after it;
    `weekday`: a day named by its weekday, not written out ("le 9 juin")."""
    before = sentence[:start]
    if weekday and _HABIT.search(before):
        return "habitual"
    if _SINCE.search(before):
        return "attributive"
    if not weekday and (_RELATIVE_INCISE.search(before) or _BOUND.search(before.replace("’", "'"))):
        return "background"
    if _DATED.search(before) or _ANNIVERSARY.search(before) or _COMPARED_BEFORE.search(before) \
            or end is not None and _COMPARED_AFTER.match(sentence, end):
        return "background"
    clause = clause_before(sentence, start)
    if before[: len(before) - len(clause)].endswith(",") and _APPOSITION.match(clause):
        if _OBITUARY.match(before) and end is not None and _PORTRAIT.match(sentence, end):
            return "past"  # "Zeev Sternhell, décédé dimanche à 85 ans, était …": the death is the news
        return "background"  # "l'Américain Paul Whelan, condamné lundi à 16 ans, ..."
    if _CALL.search(clause):
        return "coming"  # "ont appelé à une mobilisation samedi"
    found = _verb_groups(clause)
    noun = _NOUN_AFTER.search(clause)
    if noun and any(read == "past" for _, read in found) and not any(end > noun.start() for end, _ in found):
        return "attributive"  # a past verb, then the noun the day goes with
    if (present := _present(clause)) is not None:
        found.append((present, "coming"))
    if found:
        return max(found, key=lambda item: item[0])[1]
    if end is not None and len(before.strip(" \"«“'").split()) <= 1:  # "Lundi, ...", "Mais mardi, ..."
        after = _verb_groups(sentence[end:])
        if after:
            return min(after, key=lambda item: item[0])[1]
    return "attributive"  # no verb of its own: "l'interpellation d'une infirmière mardi", "des résultats annoncés mardi"


_TRAILING_ADVERBS = re.compile(_ADVERBS, re.I)  # "à son tour", "déjà" … at the end of a text


def verb_ends(text: str) -> bool:
    """Whether `text` ends on a verb group of its clause, adverbs aside ("a affirmé",
    "est déployée", "a annoncé à son tour"), not on its object ("a opté pour un déconfinement")."""
    clause = clause_before(text, len(text)).rstrip()
    clause = clause[: len(clause) - len(_TRAILING_ADVERBS.search(clause).group(0))].rstrip()
    return any(end >= len(clause) for end, _ in _verb_groups(clause))


def _verb_groups(text: str) -> list[tuple[int, Reading]]:
    """(where it ends, what it says of a day) for each verb group of `text`."""
    found: list[tuple[int, Reading]] = []
    found += [(m.end(), _pluperfect_or_passive(text, m)) for m in _PLUPERFECT.finditer(text)]
    found += [(m.end(), "past") for m in _COMPOUND.finditer(text)]
    found += [(m.end(), "past") for m in _IMPERFECT.finditer(text) if not m.group(0).lower().endswith(("rait", "raient"))]
    found += [(m.end(), "coming") for m in _FUTURE.finditer(text)]
    found += [(m.end(), "past") for m in _RECENT.finditer(text)]
    found += [(m.end(), "coming") for m in _PLAN.finditer(text) if _infinitive(m.group("inf"))]
    return found


def _present(clause: str) -> int | None:
    """Where a present-tense verb right before the day ends in `clause`, if there is one."""
    match = _LAST_WORD.search(" " + clause)
    if match is None:
        return None
    verb, pre = match.group("verb"), match.group("pre")
    if not verb.islower() or verb in _NOT_VERB or not _VERB_END.search(verb) or _NOT_PRESENT.search(verb):
        return None
    # A quoted title ('l'émission "Sur le front" revient mardi') ends a subject as a name does.
    name = pre[:1].isupper() or pre[:1].isdigit() or pre[-1:] in "\"»”"
    subject = pre.lower() in _SUBJECT or name and pre.lower() not in _NOT_SUBJECT
    return match.end("verb") - 1 if subject else None


def _infinitive(word: str) -> bool:
    return word[:1].islower() and word.lower() not in _NOT_INFINITIVE and not word.lower().endswith(("ière", "ier"))


_WORD = re.compile(_W + r"{3,}", re.I)


def action(sentence: str, start: int, end: int | None = None) -> str | None:
    """The word for what happened on the day named at sentence[start:end]: the verb of
    its clause ("a été inculpé mercredi" -> "inculpé"), else the word the day follows
    ("l'interpellation mardi" -> "interpellation")."""
    clause = clause_before(sentence, start)
    verbs = _verbs(clause)
    if verbs:
        return max(verbs)[1]
    if end is not None and not sentence[:start].strip(" \"«“'"):
        after = _verbs(sentence[end:])
        if after:
            return min(after)[1]
    words = _WORD.findall(clause)
    return words[-1] if words else None


# Verbs whose compound tenses take "être": with them (and with a reflexive) "était" + participle
# is a plus-que-parfait; with any other verb it is the passive of an imperfect ("étaient invités
# lundi soir à la première représentation"), which tells the day's news.
_ETRE_VERBS = frozenset(
    "allé venu arrivé parti reparti entré sorti monté descendu né mort resté tombé retourné devenu "
    "redevenu revenu rentré parvenu intervenu décédé apparu survenu passé".split()
)
_REFLEXIVE_BEFORE = re.compile(r"(?<![\w-])(?:s'|se|m'|me|t'|te|nous|vous)\s*$", re.I)


def _takes_etre(participle: str) -> bool:
    """Whether a past participle ("arrivées", "né") is of a verb conjugated with "être"."""
    return re.sub(r"(?<=[éiut])(?:e|s|es)$", "", participle.lower()) in _ETRE_VERBS


def looks_back(aux: str, participles: Sequence[str], before: str) -> bool:
    """An imperfect auxiliary ("avait", "était") and its participle(s), `before` the text
    ahead of the auxiliary: a plus-que-parfait ("avait annoncé", "s'était émue", "était
    arrivé"), what led up to the news, or the passive of an imperfect ("étaient invités
    lundi soir"), which tells it."""
    if not aux.lower().startswith("ét") or _REFLEXIVE_BEFORE.search(before):
        return True
    return any(_takes_etre(w) for w in participles)


def _pluperfect_or_passive(text: str, match: re.Match[str]) -> Reading:
    aux, *rest = match.group(0).split()
    return "background" if looks_back(aux, rest, text[: match.start()]) else "past"


def _verbs(text: str) -> list[tuple[int, str]]:
    """(where it ends, its lexical verb) for each verb group of `text`."""
    found: list[tuple[int, str]] = []
    for pattern in (_PLUPERFECT, _COMPOUND, _IMPERFECT, _FUTURE):
        found += [(m.end(), m.group(0).split()[-1]) for m in pattern.finditer(text)]
    found += [(m.end(), m.group("inf")) for m in _PLAN.finditer(text) if _infinitive(m.group("inf"))]
    if (present := _present(text)) is not None:
        found.append((present, text[:present].split()[-1].split("'")[-1]))
    return found
