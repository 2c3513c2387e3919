"""Per-block features and a first, context-free label: prose, short, list item or boilerplate.

The features are general properties of web boilerplate, not of any one page:
length, sentence punctuation, stop-word density (prose is full of function
words, menus are not), capitalised-name lists, link-like text (pipes, glued
menu items, truncated teasers), copyright/photo credits, and a small lexicon of
site furniture (share, subscribe, cookies, comments, "read also"...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from .dates import FoundDate, find_dates

STOPWORDS = frozenset(
    """a à afin ai au aux avec avait ce ces cet cette comme dans de des du elle elles en entre est et
    été être eux il ils je la le les leur leurs lui mais me même mes ne ni nos notre nous on ont ou où
    par pas plus pour qu que qui sa sans se ses si son sont sur ta te tes toi ton tous tout toute toutes
    très tu un une vos votre vous y d l n s c j m qu' d' l' n' s' c' j' m' lors dont donc car sous vers
    depuis après avant aussi alors ainsi encore déjà selon chez contre fait peut doit sera était
    the of and to in is for on that with""".split()
) | frozenset(  # English prose, which the French list alone reads as menus (its lead was dropped)
    """an are was were be been has have had it its as at by from this these those their they he she
    his her we our not but or which who will would can could also after about into than said
    where when while there here what why how all any some more most other such only own same so if no
    nor do does did being because before between both during each over under up out then through
    across against until since very just now you your him them my me us one""".split()
) | frozenset(  # German prose (pages of German sites were read as menus from top to bottom)
    """der die das den dem des ein eine einer eines einem einen und oder aber ist sind war waren wird
    werden wurde wurden hat haben hatte hatten nicht auch als auf aus bei bis durch für gegen im ins mit
    nach seit über um unter von vom vor zu zum zur sich es er sie wir ihr ich man wie wenn dass noch nur
    schon mehr sehr kann können soll sollen muss müssen will diese dieser dieses diesem diesen ihre ihren
    ihrem seine seiner seinem seinen sein was wer wo dann doch da hier denn weil ob zwischen""".split()
)
# Arabic glues its function words to the next word: the article (al-), and/so (wa-, fa-),
# with/for (bi-, li-). A word carrying one counts as a function word, as "le" does in French.
ARABIC_STOPWORDS = frozenset(
    """في من على إلى الى عن أن ان إن التي الذي الذين هذا هذه ذلك كان كانت مع بين بعد قبل حيث كما قد لم لا
    ما أو او منذ خلال عند حتى لها له فيه فيها عليه ضمن""".split()
)
_ARABIC_CLITIC = re.compile(r"^(?:[وف]?(?:ال|بال|لل|كال)|[وف])[\u0621-\u064a]{2,}")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?؟]['’\"»”)\]]*\s*$")
_TRUNCATED = re.compile(r"[^\W\d_](…|\.\.\.)\s*$")
_GLUED = re.compile(r"[a-zà-ÿ]{2}[A-ZÀ-Ý][a-zà-ÿ]{2}")
# An embedded video's title glued to its source when the page is flattened: "Titre du reportagepar BFMTV",
# "...?par 6MEDIAS", "… accouche de jumellespar franceinfo", "…par Touche pas à mon poste"; with no full
# stop after (a sentence ends "... réalisé par Gaspar Noé."), and never the name Gaspar (Caspar, Jaspar,
# Kaspar) itself.
_GLUED_SOURCE = re.compile(r"[^\s](?<![GCJK]as)par\s+[A-Za-z0-9][^\s]*(?:\s+[^\s]+){0,5}\s*(?<![.!?])$")
_HANDLE = re.compile(r"[@#]\w+|\S+://\S+|\S+@\S+")  # handles, hashtags, links: not glued menus
_BULLET = re.compile(r"^(?:[-–•*·▪►]\s*|\(?\d{1,2}\s?[).-]\s?(?=\D))")
_CREDIT = re.compile(
    r"©|\(c\)|\bcr[ée]dits?(?:\s+photos?)?\s*:|^\W*cr[ée]dits?\W*$|\bcrédit photo\b|^photos?\s?:|\bphoto\s?:"
    r"|^photos?\s+[^.]{0,40}/|getty images|\bistock\b|shutterstock",
    re.I,
)
# Site furniture. Strong cues are phrases no article sentence needs ("témoins de navigation":
# cookies, as Canadian French names them, often glued to the next link: "navigationEn savoir plus";
# "en savoir plus" after a word is prose ("demandent à en savoir plus sur les données"), not the link;
# an agency's closing credits opening a line: "Reporting by X in London; Editing by Y");
# weak cues are
# single words that also occur in news prose, so they only condemn short lines.
_STRONG = re.compile(
    r"""\b(?:abonnez-vous|je\ m'abonne|inscrivez-vous|newsletters?|infolettre|connectez-vous|
    mot\ de\ passe|créer\ un\ compte|créez\ votre\ compte|cookies?|mentions\ légales|
    tous\ droits\ réservés|all\ rights\ reserved|politique\ de\ confidentialité|
    conditions\ (?:générales\ )?d'utilisation|plan\ du\ site|(?:à\ )?lire\ aussi|voir\ aussi|
    sur\ le\ même\ sujet|articles?\ (?:liés|similaires|suivant|précédent|précedent)|
    related\ posts?|read\ more|(?<![^\W\d_]\ )en\ savoir\ plus|lire\ la\ suite|cliquez\ ici|click\ here|
    leave\ a\ reply|laisser\ un\ commentaire|votre\ adresse\ (?:e-?mail|de\ messagerie)|
    champs\ obligatoires|ce\ site|ce\ portail|notre\ site|l'éditeur\ de\ ce|
    recevez\ (?:chaque|gratuitement|nos|notre|toute|l'essentiel)|réservée?s?\ aux\ (?:abonnés|membres)|suite\ de\ cet\ article|déjà\ abonnée?|
    n'engagen?t\ que\ (?:leurs?|son|ses)\ auteurs?|engagen?t\ (?:leurs?|son|ses)\ seuls?\ auteurs?|
    ne\ reflèten?t\ pas\ (?:nécessairement\ )?(?:la\ position|l'opinion|les\ opinions))\b
    |\btémoins\ de\ navigation
    |^\W*(?:additional\ )?(?:reporting|writing|editing)\ by\b""",
    re.I | re.X,
)
_WEAK = re.compile(
    r"""\b(?:partager|partagez|share|tweet(?:er)?|imprimer|s'abonner|inscription|se\ connecter|
    connexion|mon\ compte|à\ voir|à\ découvrir|à\ écouter|commentaires?|commenter|répondre|
    signaler|signalé|publicité|menu|rechercher|suivez-nous|contactez-nous)\b""",
    re.I | re.X,
)

# A short block that opens the readers' comments (or a comment form): what
# follows it is readers' prose, not the article's.
_COMMENTS_START = re.compile(
    r"""^\W*(?:\d+\s+)?(?:commentaires?|réactions?|comments?|replies)\W*$|
    \b(?:laisser|laissez|écrire|ajouter|poster|publier)\ un\ commentaire\b|\bleave\ a\ (?:reply|comment)\b|
    \bréagissez\b|\bréagir\ à\ (?:cet|l')\ article\b|\bpour\ (?:publier|poster|écrire)\ un\ commentaire\b""",
    re.I | re.X,
)


def opens_comments(text: str) -> bool:
    return len(text) < 120 and bool(_COMMENTS_START.search(text.replace("’", "'")))


GOOD_CHARS = 80  # a paragraph of prose is at least this long
LONG_CHARS = 200  # long enough to be prose without final punctuation
MIN_STOP_DENSITY = 0.22  # French prose runs at 0.35-0.5; menus and name lists near 0.1
MAX_CAPITALISED = 0.45  # share of capitalised words above which a line is a list of names


MIN_SENTENCE_WORDS = 6  # a shorter line ending in a full stop is a caption or a label


class Label(Enum):
    GOOD = "good"  # prose
    SHORT = "short"  # a heading, caption or fragment: kept only between prose
    ITEM = "item"  # a list item or a one-sentence paragraph: does not break a run of prose
    BAD = "bad"  # boilerplate wherever it stands


@dataclass(frozen=True)
class Features:
    chars: int
    words: int
    stop_density: float
    capitalised: float
    sentence_end: bool
    truncated: bool
    glued: bool
    glued_source: bool
    bullet: bool
    credit: bool
    strong_furniture: bool
    weak_furniture: bool
    pipes: int
    date_share: float
    dates: tuple[FoundDate, ...]  # found once, read again by the byline rule


def _arabic_function(word: str) -> bool:
    return "\u0600" <= word[0] <= "\u06ff" and (word in ARABIC_STOPWORDS or bool(_ARABIC_CLITIC.match(word)))


def _strong_furniture(text: str) -> bool:
    """A strong cue, unless it stands in a sentence that follows whole sentences of
    prose (LONG_CHARS, the last ended by a full stop): a paragraph that ends on its
    link ("... Lire la suite de la critique sur le site"). A login box's questions
    and calls ("Sign up now! ... New user? CLICK HERE") stay furniture."""
    cue = _STRONG.search(text)
    if cue is None:
        return False
    before = text[: cue.start()]
    end = max(before.rfind(". "), before.rfind("! "), before.rfind("? "))
    return end + 1 < LONG_CHARS or before[end] != "." or bool(_STRONG.search(before[: end + 1]))


def features(text: str) -> Features:
    dates = tuple(find_dates(text))
    stripped = len(text.strip())
    words = _WORD.findall(text)
    lowered = [w.lower().replace("’", "'") for w in words]
    stops = sum(1 for w in lowered if w in STOPWORDS or w.split("'")[0] in STOPWORDS or _arabic_function(w))
    capitalised = sum(1 for w in words if w[0].isupper())
    n_words = max(len(words), 1)
    return Features(
        chars=len(text),
        words=len(words),
        stop_density=stops / n_words,
        capitalised=capitalised / n_words,
        sentence_end=bool(_SENTENCE_END.search(text)),
        truncated=bool(_TRUNCATED.search(text)),
        glued=bool(_GLUED.search(_HANDLE.sub(" ", text))),
        glued_source=bool(_GLUED_SOURCE.search(text)),
        bullet=bool(_BULLET.match(text)),
        credit=bool(_CREDIT.search(text)),
        strong_furniture=_strong_furniture(text.replace("’", "'")),
        weak_furniture=bool(_WEAK.search(text.replace("’", "'"))),
        pipes=text.count("|") + text.count("•"),
        date_share=sum(d.end - d.start for d in dates) / stripped if stripped else 0.0,
        dates=dates,
    )


def is_furniture(text: str) -> bool:
    """Site furniture by its words or shape (a menu of pipes, share buttons, legal
    lines, credits), not merely short or cut: what a page is when it is nothing else."""
    return _furniture(features(text))


def _furniture(f: Features) -> bool:
    return (
        (f.pipes >= 2 and f.pipes >= 0.15 * f.words)  # "A | B | C": a menu, not bulleted prose
        or (f.strong_furniture and f.chars < 400)
        or (f.weak_furniture and f.chars < GOOD_CHARS)
        or (f.credit and f.chars < GOOD_CHARS * 2)
    )


def _short_sentence(f: Features) -> bool:
    return (
        f.sentence_end
        and f.words >= MIN_SENTENCE_WORDS
        and f.stop_density >= MIN_STOP_DENSITY
        and f.capitalised <= MAX_CAPITALISED
        and not f.glued
    )


def label(f: Features) -> Label:
    """A context-free label; clean.py revises SHORT and ITEM blocks by their neighbours."""
    if _furniture(f):
        return Label.BAD
    if (f.truncated or f.glued_source) and f.chars < LONG_CHARS:  # a teaser cut short, an embed's title
        return Label.BAD
    if f.glued and f.words <= 8:
        return Label.BAD
    prose = (
        f.chars >= GOOD_CHARS
        and f.words >= 10
        and f.stop_density >= MIN_STOP_DENSITY
        and f.capitalised <= MAX_CAPITALISED
        and (f.sentence_end or f.chars >= LONG_CHARS)
    )
    if prose:
        return Label.GOOD
    if f.bullet and f.words >= 3:
        return Label.ITEM
    if _short_sentence(f):  # one-sentence paragraphs: part of a run of prose, not a break in it
        return Label.ITEM
    return Label.SHORT
