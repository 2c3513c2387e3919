"""French function words and verb forms, from words alone (no parser).

One lexicon for every rule that asks "is this word a verb?" or "does a
subject open here?" (clauses.py, phrase.py), so that a word taught to one
is known to all. Words are lower-cased with the straight apostrophe (`words`).
"""

from __future__ import annotations

import re

from ..ingest.dates import MONTHS as _MONTHS
from ..ingest.event_date import WEEKDAYS as _WEEKDAYS

_WORD = re.compile(r"[\w’'-]+")


def words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


# Words that open a phrase whose subject lies before it.
CONNECTORS = frozenset(
    """contre qui que dont où et ou soit mais car donc puis ni or lequel laquelle lesquels lesquelles
    auquel auxquels auxquelles duquel desquels tandis alors lorsque quand puisque si comme afin
    ainsi notamment voire sinon dès tant aussi""".split()
)
PRONOUNS = frozenset(
    """il elle ils elles on je j tu nous vous cela ça ceci celui celle ceux celles lui leur leurs
    sa son ses se s y en c ce-ci n me m te t mon ma mes ton ta tes""".split()
)
PREPOSITIONS = frozenset(
    """à a au aux de d du des en par pour sur sous dans avec sans chez vers entre depuis pendant durant
    selon malgré après avant jusqu jusqu'à lors parmi face grâce outre hors dès via envers suivant
    moyennant concernant près loin autour""".split()
)
# Words that open a subject: determiners and quantities ("plus de 3.000 personnes").
DETERMINERS = frozenset(
    """le la les l un une des ce cet cette ces chaque plusieurs quelques quelque certains certaines
    aucun aucune tous toutes tout toute nombre plus moins près environ quelque pas au quasi presque
    notre nos votre vos deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente
    quarante cinquante soixante cent cents mille""".split()
)
ARTICLES = frozenset("le la les l un une des du au aux ce cet cette ces son sa ses leur leurs".split())
# Subject and reflexive clitics, negation: the next word is a verb.
CLITICS = frozenset("il elle ils elles on je j' tu nous vous se s' ne n' me m' te t' y".split())
# A word after these is a noun or adjective, not a verb ("le fait", "du reste", "l'est").
BEFORE_NOUN = frozenset(
    """le la les l' un une des du au aux ce cet cette ces son sa ses leur leurs mon ma mes notre nos votre
    vos d' de en à par pour sur dans avec sans contre chez vers très plus moins tout toute""".split()
)
# Relative pronouns and subordinating conjunctions: a verb after them is not the main one.
SUBORDINATORS = frozenset(
    """qui que qu' dont où lequel laquelle lesquels lesquelles auquel auxquels duquel lorsque lorsqu'
    quand si puisque puisqu' comme quoique quoiqu'""".split()
)

# Conjunctions that open a subordinate clause at a sentence's head ("Si le document …",
# "Quand une crise …"), as a regular expression (lower case; callers add what may follow).
SUBORDINATE_OPENERS = (
    r"(?:si|même\s+si|quand|lorsque|lorsqu['’]|alors\s+que|alors\s+qu['’]|bien\s+que|bien\s+qu['’]|comme|puisque|"
    r"puisqu['’]|parce\s+que|parce\s+qu['’]|dès\s+que|tandis\s+que|pendant\s+que|après\s+que|avant\s+que|"
    r"une\s+fois\s+que|tant\s+que)"
)

# Auxiliaries and modals, finite.
# An infinitive's form ("promener", "réunir"); callers rule out the nouns it also fits ("le dossier", "janvier").
INFINITIVE = re.compile(r"[a-zà-ÿ]{2,}(?:er|ir)")
AUXILIARIES = frozenset(
    """a ont est sont était étaient sera seront serait seraient fut furent avait avaient aura auront
    aurait auraient eut va vont allait doit doivent devait devaient devrait devraient peut peuvent
    pouvait pourrait pourraient fait font faisait faut fallait reste restent semble semblent avons
    avez sommes êtes suis ai""".split()
)
# Finite forms of the commonest verbs (3rd person), and the present tense of the verbs news use
# most, which no ending tells from a noun.
FINITE_FORMS = AUXILIARIES | frozenset(
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
) | frozenset(
    """compte comptent atteint atteignent dépasse dépassent représente représentent souhaite souhaitent
    annonce annoncent indique indiquent estime affirme assure explique précise déclare souligne prévoit
    prévoient concerne concernent touche touchent devient deviennent tient tiennent vient viennent prend
    prennent met mettent dit disent voit voient sait veut permet permettent porte portent recense
    recensent enregistre enregistrent totalise dénombre comprend comprennent regroupe regroupent
    accuse demande craint propose menace détient rassemble réunit coûte coûtent pèse pèsent
    estiment affirment confirment s'élève s'élèvent passe passent augmente augmentent baisse baissent chute grimpe progresse recule""".split()
)
# Endings of the imperfect, future and conditional.
TENSE_ENDING = re.compile(r"(?:aient|ait|aît|èrent|eront|erait|eraient|era|iront|irait|iraient|ira)$")
# The same as a whole word, or an elided negation or reflexive ("n'est", "s'élève").
FINITE_WORD = re.compile(r"^[a-zàâçéèêëîïôûùüÿœ]{3,}(?:ait|aient|èrent|eront|erait|eraient|iront|irait|iraient)$|^[sn]['’]\w+")
# Endings of a third person plural that nouns and adjectives in "-ent" do not share.
PLURAL_VERB = re.compile(
    r"(?:nnent|gnent|ènent|rnent|ssent|isent|usent|osent|nsent|uent|ivent|èvent|avent|ouvent|ttent|stent|ptent|"
    r"rtent|ctent|ntent|utent|itent|ndent|èdent|rdent|mbent|rbent|upent|mpent|ppent|orent|urent|ffent|xent|"
    r"iquent|squent|nquent|rquent|voquent|llent|rlent|ulent|ncent|acent|rcent|fient|dient|blient|rient|gent)$"
)
# Nouns and adjectives with a verb's ending.
NOT_VERBS = frozenset(
    """portrait lait trait souhait attrait extrait retrait bienfait méfait forfait parfait distrait abstrait
    président vice-président accident incident agent argent client patient parent talent dent vent cent
    souvent continent serpent orient occident récent précédent différent urgent violent absent présent
    évident excellent permanent fréquent innocent intelligent prudent compétent pertinent cohérent décent
    apparent transparent équivalent éminent imminent latent content lent concurrent adjacent adolescent
    résident dissident régent référent ardent strident indépendant sergent""".split()
) | frozenset(
    """souvent couvent content mécontent ardent argent agent urgent sergent intelligent régent négligent
    diligent violent opulent virulent orient conscient""".split()
)
# Adjectives that stand before a counted noun ("ces dernières 24 heures"): no verb.
PRENOMINAL = frozenset(
    """dernier derniers dernière dernières premier premiers première premières prochain prochains prochaine
    prochaines nouveaux nouvelles autres seuls seules""".split()
)
# The calendar: a word of these names a day, not a thing or a referent.
WEEKDAYS = frozenset(_WEEKDAYS)
MONTHS = frozenset(_MONTHS)  # the names and their abbreviations
