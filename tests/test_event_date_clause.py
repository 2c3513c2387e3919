"""The event's day is read from the clause that names it: its tense, not only its weekday."""

from __future__ import annotations

import pytest

from briefing.ingest.day_clause import reading
from briefing.ingest.event_date import event_date

THURSDAY = "2020-06-18"


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A present or a future with a weekday names a day to come: the news is its announcement.
        ("M6 lance vendredi sa nouvelle émission de cuisine.", THURSDAY),
        ('L\'émission "Vous avez la parole" revient lundi sur France 2.', THURSDAY),  # a quoted title ends its subject
        ("Bob Dylan et Neil Young reviennent vendredi au premier plan.", THURSDAY),
        ("Les plaidoiries des parties civiles se poursuivent lundi.", THURSDAY),
        ("Le document sera publié mercredi.", THURSDAY),
        ("Jean-Michel Jarre va jouer en direct dimanche dans un univers virtuel.", THURSDAY),
        ("La circulation ne sera rétablie que dimanche.", THURSDAY),
        ("Mardi aura lieu l'audition du ministre.", THURSDAY),
        ("Des associations ont appelé à une mobilisation samedi à Foix.", THURSDAY),
        ("Pour permettre le retour de tous les élèves lundi, le ministère a publié jeudi un protocole.", THURSDAY),
        # The same day with a past tense is a day gone by.
        ("M6 a lancé vendredi sa nouvelle émission de cuisine.", "2020-06-12"),
        ("Des milliers d'habitants faisaient la queue mardi à Pékin.", "2020-06-16"),
        # A future in reported speech does not make the attribution's day a coming one.
        ("Les exécutions fédérales reprendront le 13 juillet, a indiqué lundi soir le ministre.", "2020-06-15"),
        ("Elle s'est éteinte, a annoncé sa fille mercredi.", "2020-06-17"),
        # A habit names no day.
        ("La messe est célébrée chaque dimanche matin dans la cathédrale.", THURSDAY),
        ("Le marché se tient tous les mardis et le samedi.", THURSDAY),
        ("Il se tiendra quatre après-midis par semaine, du lundi au jeudi.", THURSDAY),
        # A plus-que-parfait is what led up to the news, not the news.
        ("Cinq hommes avaient été placés en garde à vue lundi. Ils ont été mis en examen mercredi.", "2020-06-17"),
        ("Les suspects, qui avaient été placés en garde à vue lundi, ont été relâchés.", THURSDAY),
        ("Jean-Luc Mélenchon avait partagé samedi son rêve. Le Premier ministre lui a répondu mardi.", "2020-06-16"),
        # So is a day in an apposition ("X, condamné lundi, ...") or a since ("depuis lundi") start.
        ("Le frère de Paul Whelan, condamné lundi à 16 ans de prison, s'attend à un échange.", THURSDAY),
        ("L'ours, retrouvé abattu le 9 juin, a été autopsié.", THURSDAY),
        ("Depuis lundi, les restaurants peuvent rouvrir.", "2020-06-15"),
        # A day a noun carries gives way to the day of the sentence's verb.
        ("Le stéroïde, efficace selon des résultats annoncés mardi, est déjà utilisé, a indiqué mercredi "
         "l'infectiologue.", "2020-06-17"),
        ("L'interpellation d'une infirmière mardi a été justifiée mercredi par le gouvernement.", "2020-06-17"),
        ("Le rapport publié mardi par l'ONU.", "2020-06-16"),  # no verb of its own: the noun's day
        # A night gone by is told by its second day, as "la nuit du 16 au 17 juin" is; tonight's by today.
        ("Le socle de la statue a été tagué dans la nuit de mardi à mercredi.", "2020-06-17"),
        ("Des trombes d'eau se sont abattues entre mardi et mercredi sur l'Alabama.", "2020-06-17"),
        ("Trois hommes ont été interpellés dans la nuit du 16 au 17 juin.", "2020-06-17"),
        ("La France passe à l'heure d'été dans la nuit de jeudi à vendredi.", THURSDAY),
        ("Il a plu de lundi à mercredi sur la région.", "2020-06-15"),  # not one night: read as before
        # A written date that bounds a period is where it starts or ends, not the news.
        ("La France est confinée depuis le 17 juin.", THURSDAY),
        ("Il s'agit du premier sondage depuis le dépôt des listes le 12 juin en vue du second tour.", THURSDAY),
        ("Les inscriptions restent ouvertes. Jusqu'au 15 juin.", THURSDAY),
        # A written date in a relative clause's incise is what the noun did, not the news.
        ("On dénombre 93 blessés français dans l'explosion qui, le 4 juin dernier, a fait 171 morts.", THURSDAY),
    ],
)
def test_the_clause_places_the_day(lead: str, expected: str) -> None:
    assert event_date(lead, THURSDAY) == expected


@pytest.mark.parametrize(
    ("sentence", "day", "expected"),
    [
        ("Le Conseil constitutionnel a censuré jeudi le cœur de la loi.", "jeudi", "past"),
        ("Cinq membres ont été interpellés tôt jeudi matin.", "jeudi", "past"),
        ("Un dessin s'est vendu 37.500 euros mercredi à Paris.", "mercredi", "past"),
        ("Emmanuel Macron se rend jeudi à Londres.", "jeudi", "coming"),
        ("Les dirigeants européens tiendront vendredi un sommet.", "vendredi", "coming"),
        ("La présidente devait initialement se rendre jeudi sur l'île.", "jeudi", "coming"),
        ("La grève générale lundi a paralysé le pays.", "lundi", "attributive"),  # a noun's day, not a present
        ("La campagne avait été bousculée vendredi par une enquête.", "vendredi", "background"),
        ("Les supporters regardent les matches du dimanche soir.", "dimanche", "habitual"),
        # A document's own date is not the news: the letter was made public the next day.
        ("Dans une lettre datée de jeudi, le président n'a pu qu'adresser une fin de non-recevoir.", "jeudi", "background"),
        ("Découverte il y a 80 ans samedi, la grotte va mieux, affirme sa conservatrice.", "samedi", "background"),
        # An obituary's lead: the name, its death, a portrait; the death is the news. Not so a burial to come.
        ("Nicolas Joel, décédé jeudi à l'âge de 67 ans, aura été un metteur en scène globe-trotteur.", "jeudi", "past"),
        ("Jacques Chirac, décédé jeudi, sera inhumé lundi au cimetière du Montparnasse.", "jeudi", "background"),
        # The day of the noun after 'après' when a past verb comes before it: what led up to the news.
        ("Une plainte a été déposée après la dispersion violente lundi de manifestants.", "lundi", "attributive"),
    ],
)
def test_reading(sentence: str, day: str, expected: str) -> None:
    assert reading(sentence, sentence.index(day), sentence.index(day) + len(day)) == expected
