"""The paragraphs and headline of a made-up news page, shared by the page-reading tests."""

P1 = ("Les pompiers ont maîtrisé dans la nuit l'incendie qui menaçait trois villages de la vallée, "
      "après avoir mobilisé plus de deux cents hommes et quatre avions bombardiers d'eau.")
P2 = ("Selon la préfecture, aucune victime n'est à déplorer, mais une dizaine de maisons ont été "
      "évacuées par précaution et leurs habitants relogés dans une salle communale.")
P3 = ("Le maire a salué le travail des secours et annoncé qu'une cellule d'aide serait ouverte "
      "pour les familles dont les jardins et les granges ont brûlé.")
HEADLINE = "Incendie dans la vallée : trois villages épargnés de justesse"
