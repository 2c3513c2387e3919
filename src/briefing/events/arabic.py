"""Arabic words for the lexical views: spelling folded, a light stem.

Arabic writes one word several ways (hamza on or off the alef, final yaa
with or without dots, taa marbuta or haa, vowel marks and tatweel
stretching), and glues the article and conjunctions to the word: "والرئيس"
is "and the president". Light stemming (strip the article, a conjunction,
a plural or pronoun ending) is what Arabic retrieval uses instead of root
extraction (Larkey et al., "Light Stemming for Arabic Information
Retrieval", 2007): as good for matching, and it never merges two roots.
lexical.fold has already dropped the vowel marks and the hamza marks
(they are combining characters after NFD), so only what NFD leaves is
folded here.
"""

from __future__ import annotations

from ..text.digits import ARABIC_LETTERS, TATWEEL
from ..text.tables import quick_translate

LETTERS = "\u0621-\u063a\u0641-\u064a"  # hamza .. ghain, faa .. yaa (tatweel 0640 excluded)

_FOLD = str.maketrans({**ARABIC_LETTERS, TATWEEL: None})
_fold = quick_translate(_FOLD)
_CONJUNCTIONS = ("\u0648", "\u0641")  # wa-, fa-
_ARTICLES = ("\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0644\u0644", "\u0627\u0644")  # bi-l, ka-l, li-l, al-
_SUFFIXES = tuple(
    "يه ات ون ين ان ها هم هن كم نا ه ي".split()  # nisba (folded -iyya), plurals, dual, pronouns
)


def normalise(text: str) -> str:
    """Folded spelling of Arabic letters and digits; other text unchanged."""
    return _fold(text)


def _drop_conjunction(token: str) -> str:
    return token[1:] if len(token) >= 4 and token.startswith(_CONJUNCTIONS) else token


def strip_article(token: str) -> str:
    """The word without a leading conjunction and article: 'والرئيس' -> 'رئيس'."""
    token = _drop_conjunction(token)
    for article in _ARTICLES:
        if token.startswith(article) and len(token) - len(article) >= 2:
            return _drop_conjunction(token[len(article):])
    return _drop_conjunction(token)


def stem(token: str) -> str:
    """Light stem of a normalised Arabic word: article, conjunction and one
    ending stripped, at least three letters kept."""
    token = strip_article(token)
    for suffix in _SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            return token[: -len(suffix)]
    return token


# Function words, in normalised spelling (hamza dropped, taa marbuta as haa).
STOPWORDS = frozenset(
    normalise(w)
    for w in """في من على الى إلى ان أن إن او أو ما لا لم لن قد هذا هذه ذلك تلك هؤلاء التي الذي الذين
    كان كانت يكون تكون عن مع بين بعد قبل حتى كما ثم اي أي كل هو هي هم هما نحن انه أنه انها أنها عند منذ
    خلال غير بعض ايضا أيضا حيث اذا إذا لكن وقد وفي ومن وعلى وان وأن والتي والذي فيه فيها منه منها عليه
    عليها اليه إليه به بها له لها لهم هناك هنا الا إلا امام أمام ضد نحو لدى وكان وكانت قال وقال تم وتم
    يتم كما وهو وهي وهذا وهذه ولا لقد فقد فان فإن بان بأن لان لأن مثل عبر دون اكثر أكثر اول أول""".split()
)
