"""The article's own headline among the ones a flattened page offers.

A copied page opens on the browser title ("Headline - Site", "Headline :
actualité ..., infos", or the headline alone), prints the headline again right
above the article, and shows other articles' headlines around it (tickers,
teaser lists). The browser title whose headline recurs in the page wins, cut
of its site suffix; else the title-like line right above the byline or the
first paragraph, skipping bylines, captions, credits and teasers.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Collection, Sequence

from .blocks import Block

# Separators between a headline and the site name in a browser title.
_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s+::\s+|\s+:\s+|\s+·\s+")
# The same, and the full-width colon of CJK titles ("見出し：中日新聞Web").
_SUFFIX_SEPARATOR = re.compile(_TITLE_SEPARATOR.pattern + r"|\s*：\s*")
_NAME = re.compile(r"^[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){1,3}$")
# Calls to act, form messages and links: a page's furniture, never its headline
# ("Veuillez entrer une adresse e-mail valide", "Télécharger au format PDF", "Subscribe now",
# "اشترك لتصلك أهم الأخبار" subscribe to get the news, "أعجبك الموضوع؟" liked it?, "سجّل إعجابك
# بصفحتنا" like our page, "لا تظهر هذه الرسالة مرة أخرى" don't show this message again).
_CALL = re.compile(
    r"\b(?:veuillez|merci de (?:saisir|renseigner|entrer)|entre[zr] (?:une|votre|un)|saisisse[zr]|adresse e-?mail|"
    r"téléchargez?|télécharger|cliquez|abonnez-vous|inscrivez-vous|suivez-nous|partagez|au format (?:pdf|epub|mobi)|"
    r"subscribe|sign (?:up|in)|log in|download|click|follow us|enter (?:a|your)|email address|share this|ne plus afficher|don't show (?:this )?(?:message )?again)\b"
    r"|(?<![\w\u064B-\u0652])(?:اشترك|اشتركي|تابعنا|اضغط|انقر|حمل تطبيق|أعجبك|اعجبك|إعجابك|اعجابك|اقرأ أيضا|اقرأ أيضاً|شاهد أيضا|للمزيد|لا تظهر هذه الرسالة)(?![\w\u064B-\u0652])",
    re.I,
)
# A short line that labels what follows: "كتب- محمد الصاوي:", "بكين - (د ب أ):", "Source : X", "المصدر: X",
# or an agency's dateline without its colon: "دمشق - (د ب أ)", "PARIS (AFP) -" (place, agency in brackets).
_LABEL_LINE = re.compile(
    r"^(?:\S+\s+){0,7}\S*:\s*$|^(?:source|sources|المصدر)\s*:"
    r"|^[^\W\d]+(?:\s+[^\W\d]+)?\s*(?:[-–—]\s*)?\([^()]{1,12}\)\s*(?:[-–—]\s*)?$",
    re.I,
)
_OPENING_MARKS = "«\"“„'‘(["  # "(نقابة المخابز): لا تغيير" opens on its source in brackets
MAX_BROWSER_WORDS = 40
MAX_TITLE_WORDS = 30
SITE_WORDS = 5  # a site suffix ("Le Journal de l'Environnement") is short
ABOVE_REACH = 12  # blocks walked up from the article's start to find a headline
BELOW_REACH = 3  # a headline printed under the byline stands this close to it


@lru_cache(maxsize=1 << 16)  # every block is compared several times, and menus recur across a batch
def fold(text: str) -> str:
    """Compare headlines ignoring case, accents' forms, quotes and final punctuation."""
    text = unicodedata.normalize("NFC", text).replace("’", "'").replace("`", "'")
    return re.sub(r"\W+$", "", " ".join(text.casefold().split()))


@dataclass(frozen=True)
class Headline:
    text: str  # the headline, site suffix cut off
    block: int | None  # the block that prints it near the article (None: the browser title alone gives it)
    copies: tuple[int, ...]  # every block that prints it (browser title, repeats)
    site: str | None = None  # the site name cut off the browser title


def is_name(text: str) -> bool:
    return bool(_NAME.match(text.strip())) and len(text) <= 40


def _fragment(text: str) -> bool:
    """Under three words, or fewer than two words of two letters ("أ ش أ": an agency's initials)."""
    words = text.split()
    return len(words) < 3 or sum(len(w) > 1 for w in words) < 2


def is_call(text: str) -> bool:
    """A call to act, a form message or a link ("Télécharger au format MOBI")."""
    return bool(_CALL.search(text))


def title_like(text: str, date_share: float) -> bool:
    words = text.split()
    return (
        3 <= len(words) <= 30
        and not _fragment(text)
        and not _LABEL_LINE.search(text)
        and not is_call(text)
        and len(text) <= 220
        and not text.rstrip().endswith((".", ",", ";", "،", "؛"))
        and _capital_or_uncased(text.lstrip(_OPENING_MARKS)[:1])
        and date_share < 0.3
    )


def _capital_or_uncased(first: str) -> bool:
    """A capital, a letter of a script without case (Arabic) or a figure ("4 إصابات جديدة"):
    a headline may start there (after an opening quote: "«Mostaqbal Watan» organise")."""
    return first.isupper() or (first.isalpha() and not first.islower()) or first.isdigit()


def find_headline(
    blocks: Sequence[Block], anchor: int, barred: Collection[int], skippable: Collection[int],
    prose: Collection[int], teasers: Collection[int], date_shares: Sequence[float],
) -> Headline | None:
    """The headline of the article that starts at block `anchor` (its byline or first paragraph).

    The browser title's headline wins where the page prints it again outside a
    list of dated `teasers` (even cut short, "Céline Dion se diversifie...", or
    swallowed by a read-also box right above the byline). Else a text written
    "title, blank line, body" is titled by its first line (a name, a dateline
    or a subheading under it is no headline). Else the first
    title-like block up from the anchor: `barred` blocks are never the
    headline (teasers, furniture); `skippable` ones (bylines, captions,
    credits, read-also boxes) and one `prose` block (a standfirst) may stand
    between it and the anchor. Else a "Headline - Site" browser title alone.
    """
    recurring = _browser_headline(blocks, anchor, teasers)
    if recurring is not None:
        return recurring
    return title_line(blocks, date_shares) or _headline_above(blocks, anchor, barred, skippable, prose, date_shares) \
        or _browser_only(blocks)


def title_line(blocks: Sequence[Block], date_shares: Sequence[float]) -> Headline | None:
    """"Title, blank line, body", the way a text is written by hand (a full stop may end
    its title): a first line of title length standing alone above the rest."""
    if len(blocks) < 2 or blocks[0].line != 0 or blocks[0].split or blocks[1].blank_before < 1:
        return None
    text = blocks[0].text
    if not title_like(text.rstrip(" .").rstrip() or text, date_shares[0]) or len(text.split()) > MAX_TITLE_WORDS:
        return None
    cut = _browser_only(blocks)  # "Headline - Site": the site goes to the source
    return Headline(cut.text, 0, _copies(blocks, 0), cut.site) if cut else Headline(text, 0, _copies(blocks, 0))


def _headline_above(
    blocks: Sequence[Block], anchor: int, barred: Collection[int], skippable: Collection[int],
    prose: Collection[int], date_shares: Sequence[float],
) -> Headline | None:
    standfirst = False
    for i in range(anchor - 1, max(0, anchor - ABOVE_REACH) - 1, -1):
        text = blocks[i].text
        if i in skippable or is_name(text) or _fragment(text) or is_call(text) or _LABEL_LINE.search(text):
            continue
        if i in barred:
            return None
        if title_like(text, date_shares[i]):
            copies = _copies(blocks, i)
            if copies[-1] > anchor + BELOW_REACH:  # printed again in the footer: the site's name
                return None
            return (_browser_only(blocks) if i == 0 else None) or Headline(text, i, copies)
        if standfirst or i not in prose:
            return None
        standfirst = True  # one paragraph may stand between the headline and the byline
    return None


def _browser_only(blocks: Sequence[Block]) -> Headline | None:
    """"Headline - Site" at the top, its headline printed nowhere else: the head, when the suffix names a site."""
    if not _browser_title(blocks):
        return None
    title = blocks[0].text
    last = list(_TITLE_SEPARATOR.finditer(title))[-1:]
    if not last or ":" in last[0].group():  # "X : Y" is more often one headline than a headline and a site
        return None
    headline, site = title[: last[0].start()].strip(), _site(title[last[0].end() :].strip())
    if site and len(headline.split()) >= 3 and title_like(headline, 0.0):
        return Headline(headline, None, (0,), site)
    return None


def _browser_headline(blocks: Sequence[Block], anchor: int, teasers: Collection[int]) -> Headline | None:
    """The browser title's headline when the page prints it again (nearest the article wins)."""
    if not _browser_title(blocks):
        return None
    first = blocks[0].text
    found: list[Headline] = []
    for headline, site in _splits(first):
        key = fold(headline)
        if len(headline.split()) < 3 or not key:
            continue
        matches = [i for i in range(1, len(blocks)) if i not in teasers and fold(blocks[i].text) == key]
        kicked = [] if matches else _kicker_pairs(blocks, key, teasers)
        near = [i for i in matches or kicked if i <= anchor + BELOW_REACH]  # not a footer's copy of a site name
        if not near:
            continue
        above = [i for i in near if i <= anchor]
        # The copy printed as a headline, not a caption repeating it with a full stop.
        unstopped = [i for i in above if not blocks[i].text.rstrip().endswith(".")]
        block = (unstopped or above)[-1] if above else near[0]
        if kicked:
            found.append(Headline(headline, block, (0, *(j for i in kicked for j in (i - 1, i))), site))
        else:
            found.append(Headline(blocks[block].text, block, (0, *matches), site))
    # The whole title printed again only at the top ("Headline - Site" twice: the tab's title and a
    # share box's) yields to its headline printed above the article; else the longest reading wins.
    return max(found, key=lambda h: h.block if h.block is not None and h.block > 1 else -1, default=None)


def _kicker_pairs(blocks: Sequence[Block], key: str, teasers: Collection[int]) -> list[int]:
    """The headlines whose kicker, on the line above, makes the browser title's headline with them
    ("Nach Gaetz-Rückzug" / "Trump-Anwältin soll ..." for "Nach Gaetz-Rückzug: Trump-Anwältin soll ...")."""
    return [
        i for i in range(2, len(blocks))
        if i not in teasers and i - 1 not in teasers and key.endswith(fold(blocks[i].text))
        and fold(blocks[i - 1].text) and key in (fold(f"{blocks[i - 1].text}: {blocks[i].text}"),
                                                 fold(f"{blocks[i - 1].text} {blocks[i].text}"))
    ]


def _browser_title(blocks: Sequence[Block]) -> bool:
    """The first block reads as a browser title: a whole line, of title length."""
    if not blocks or blocks[0].split or (len(blocks) > 1 and blocks[1].line == blocks[0].line):
        return False  # a piece of a run-on ticker line
    words = blocks[0].text.split()
    return 2 <= len(words) <= MAX_BROWSER_WORDS


def _splits(title: str) -> list[tuple[str, str | None]]:
    """(headline, site) readings of a browser title, the whole title first, then ever shorter heads."""
    readings: list[tuple[str, str | None]] = [(title, None)]
    for match in reversed(list(_TITLE_SEPARATOR.finditer(title))):
        head, rest = title[: match.start()].strip(), title[match.end() :].strip()
        readings.append((head, _site(rest)))
    return readings


def _site(suffix: str) -> str | None:
    """"Le Journal | Actualités" → "Le Journal"; a long or descriptive suffix names no site."""
    site = _TITLE_SEPARATOR.split(suffix)[0].strip()
    if not site or len(site.split()) > SITE_WORDS or "," in site or not site[:1].isupper():
        return None
    return site


def cut_site(title: str | None, site: str | None) -> str | None:
    """"Headline - Bondy Blog" → "Headline" when the suffix names the site the markup names
    ("Bondy Blog", "AOC media - Analyse Opinion Critique", "Le Monde.fr"): `source` already says it."""
    if not title or not site:
        return title
    name = _site_key(site)
    for match in _SUFFIX_SEPARATOR.finditer(title):
        head, tail = title[: match.start()].strip(), _site_key(title[match.end() :])
        if (len(head.split()) >= 2 or len(head) >= 8) and tail and (tail == name or len(min(tail, name, key=len)) >= 4 and (name.startswith(tail) or tail.startswith(name))):
            return head
    return title


def _site_key(text: str) -> str:
    """"Le Monde.fr" → "lemonde", "Bondy Blog" → "bondyblog": a site name however written."""
    text = re.sub(r"\.(?:fr|com|net|org|info|ma|tn|ca|be|ch|co\.uk|[a-z]{2})$", "", fold(text.strip()))
    return re.sub(r"\W+", "", text)


def _copies(blocks: Sequence[Block], i: int) -> tuple[int, ...]:
    key = fold(blocks[i].text)
    return tuple(j for j, b in enumerate(blocks) if fold(b.text) == key)
