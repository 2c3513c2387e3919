"""Where a French sentence's main verb is, from its words alone (no parser).

A cut that stops before the main verb leaves no statement ("La famille
d'Adama Traoré, mort en 2016 au cours d'une interpellation …"). The cues are
the ones a reader uses: an auxiliary or a common finite verb, a verb after a
subject or reflexive clitic ("il dénonce", "s'est"), the endings of the
imperfect, future and conditional, a plural present after its subject. A verb
after a relative pronoun or a subordinating conjunction in the same clause
("qui a été tué", "alors que la police avait") is not the main one. The cues
miss some verbs ("La firme avance"); callers treat a miss as "no verb", which
only keeps a sentence longer, never cuts it short.
"""

from __future__ import annotations

import re

# Finite forms of auxiliaries, modals and the commonest verbs (3rd person).
_FINITE = frozenset(
    """a ont est sont était étaient sera seront serait seraient fut furent avait avaient aura auront
    aurait auraient eut doit doivent devait devaient devra devront devrait devraient peut peuvent pouvait
    pouvaient pourra pourront pourrait pourraient va vont allait allaient ira iront irait fait font faisait
    fera feront ferait vient viennent venait viendra viendront dit disent disait veut veulent voulait voudrait
    sait savent voit voient met mettent prend prennent tient tiennent devient deviennent reste restent semble
    semblent paraît compte comptent faut fallait faudra estime estiment affirme affirment annonce dénonce
    indique explique souligne assure déclare rappelle précise ajoute réclame accuse appelle menace prévoit
    craint exige reconnaît révèle demeure demeurent lance propose confirme publie présente juge""".split()
    # Common verbs of news in the present, 3rd person singular (plurals end in -ent).
    + """concerne réduit diffuse célèbre vit touche permet représente dépasse atteint suscite entraîne frappe
    vise relance ouvre rouvre ferme suspend quitte rejoint dépeint évalue affronte connaît offre poursuit
    continue dispose cherche tente souhaite espère refuse accepte obtient perd gagne remporte signe valide
    adopte rejette examine étudie prépare organise accueille reçoit rencontre visite salue condamne déplore
    regrette défend soutient invite exhorte oblige impose interdit autorise prolonge maintient renforce
    augmente recule progresse grimpe bondit devient tombe meurt naît arrive revient retourne survient
    intervient recense promet garantit dément admet rapporte raconte écrit montre démontre prouve signale
    constate observe considère pense croit ignore redoute risque suggère recommande conseille incite rend
    attend répond vend sort conduit produit détruit choisit réunit agit provoque permettent mène dirige
    plaide traque lutte témoigne menace accuse donne porte affiche avance renvoie prône expose""".split()
)
_AUXILIARY = frozenset("a ont est sont était étaient avait avaient sera seront aura auront va vont fut".split())
# Subject and reflexive clitics, negation: the next word is a verb.
_CLITIC = frozenset("il elle ils elles on je j' tu nous vous se s' ne n' me m' te t' y".split())
# A word after these is a noun or adjective, not a verb ("le fait", "du reste", "l'est").
_DETERMINER = frozenset(
    """le la les l' un une des du au aux ce cet cette ces son sa ses leur leurs mon ma mes notre nos votre
    vos d' de en à par pour sur dans avec sans contre chez vers très plus moins tout toute""".split()
)
# Relative pronouns and subordinating conjunctions: a verb after them is not the main one.
_SUBORDINATE = frozenset(
    """qui que qu' dont où lequel laquelle lesquels lesquelles auquel auxquels duquel lorsque lorsqu'
    quand si puisque puisqu' comme quoique quoiqu'""".split()
)
_ENDINGS = re.compile(r"(?:aient|ait|aît|èrent|eront|erait|eraient|era|iront|irait|iraient|ira)$")
# Nouns and adjectives with a verb's ending.
_NOT_VERBS = frozenset(
    """portrait lait trait souhait attrait extrait retrait bienfait méfait forfait parfait distrait abstrait
    président vice-président accident incident agent argent client patient parent talent dent vent cent
    souvent continent serpent orient occident récent précédent différent urgent violent absent présent
    évident excellent permanent fréquent innocent intelligent prudent compétent pertinent cohérent décent
    apparent transparent équivalent éminent imminent latent content lent concurrent adjacent adolescent
    résident dissident régent référent ardent strident indépendant sergent""".split()
)
_TOKEN = re.compile(r"[^\W\d_]+['’]|[^\W\d_][\w-]*|[,;:()«»\"“”—–]")
_CLAUSE_BREAK = frozenset(",;:()«»\"“”—–")


def _verb_like(word: str, previous: str) -> bool:
    if previous == "en":  # "il en a", not "en baisse"
        return word in _AUXILIARY
    if previous in _DETERMINER:
        return False
    if word in _FINITE or previous in _CLITIC:
        return True
    if word in _NOT_VERBS or len(word) < 5:
        return False
    if _ENDINGS.search(word):
        return True
    # A plural present ("les prix augmentent"), not an adverb in -ment.
    return word.endswith("ent") and not word.endswith("ment")


def main_verb_end(text: str) -> int | None:
    """Offset just after the sentence's first main-clause finite verb, else None."""
    previous = ""
    subordinate = quoted = False
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        if token in _CLAUSE_BREAK:
            # A verb inside quotation marks is the quotation's ("Je ne suis pas votre nègre").
            quoted = not quoted if token == '"' else token in "«“" or (quoted and token not in "»”")
            previous, subordinate = "", False
            continue
        if quoted:
            continue
        word = token.replace("’", "'").lower()
        if word in _SUBORDINATE or word == "qu'":
            subordinate = True
        elif word not in _CLITIC and (token[0].islower() or word in _FINITE and token != "A"):
            if not subordinate and _verb_like(word, previous):
                return match.end()
        previous = word
    return None


def has_main_verb(text: str) -> bool:
    """True when the text holds a main-clause finite verb (see main_verb_end)."""
    return main_verb_end(text) is not None
