"""Memos built by hand from the seed articles, for the renderer tests.

The French memo follows what the seeds report (the WHO visit told by 000 and
001, the panel of 002, the 2026-2030 convention of 003 related to the 2021
protocol of 004). The Arabic memo is the same memo written in Arabic, so the
right-to-left rendering is checked on real mixed text (Latin names, numbers).
"""

from __future__ import annotations

from briefing.records import (
    Actor,
    Brief,
    Discrepancy,
    KeyFigure,
    KeyPoint,
    Memo,
    SourceRef,
    TimelineEntry,
)

SOURCES = (
    SourceRef("000", "L’OMS mise sur le Maroc pour porter la production pharmaceutique régionale",
              "pharmacie.ma", "2025-05-12", "seeds/000_a79202ca20860ca9.txt"),
    SourceRef("001", "Amine Tahraoui s’entretient avec la directrice régionale de l’OMS",
              None, "2025-05", "seeds/001_89bee001285e3ff4.txt"),
    SourceRef("002", "Panel 2 : Souveraineté médicale, opportunités économiques et emploi",
              "L'ODJ Média", None, "seeds/002_fcc50ab2b51cbb99.txt"),
    SourceRef("003", "Dispositifs médicaux : un partenariat stratégique 2026-2030",
              None, None, "seeds/003_b72cc349acff7c79.txt"),
    SourceRef("004", "Protocole d'accord pour la promotion de la fabrication locale des dispositifs médicaux",
              None, "2021-12-28", "/home/user/seeds/004_d5f757335dedcbb4.txt"),
)


def french_memo() -> Memo:
    e1 = Brief(
        event_id="E1",
        title="La directrice régionale de l’OMS en visite de travail à Rabat",
        date="2025-05-12",
        lead=("La directrice régionale de l’OMS pour le Moyen-Orient, Hanane Hassan Balkhi, "
              "a salué à Rabat les avancées pharmaceutiques du Maroc."),
        key_points=(
            KeyPoint("Elle s’est entretenue avec le ministre de la Santé, Amine Tahraoui, "
                     "et avec Samir Ahid, directeur de l’AMMPS.", ("000", "001")),
            KeyPoint("L’AMMPS vise le niveau de maturité 3 de l’OMS en matière de régulation.", ("000",)),
            KeyPoint("L’OMS soutient la réforme du système de santé et la couverture médicale.", ("001",)),
        ),
        sources=("000", "001"),
        actors=(
            Actor("Hanane Hassan Balkhi", "directrice régionale de l’OMS pour le Moyen-Orient", ("000", "001")),
            Actor("Samir Ahid", "directeur de l'AMMPS", ("000",)),
            Actor("Amine Tahraoui", "ministre de la Santé et de la Protection sociale", ("001",)),
        ),
        discrepancies=(
            Discrepancy("date de la rencontre", (("12 mai 2025", "000"), ("lundi, mai 2025", "001"))),
        ),
    )
    e2 = Brief(
        event_id="E2",
        title="Panel sur la souveraineté médicale et la production locale",
        date=None,
        lead="Un panel a examiné le recul de la production locale de médicaments au Maroc.",
        key_points=(
            KeyPoint("La production locale couvrait 80 % des besoins ; elle n’en couvre plus que 52 %.", ("002",)),
            KeyPoint("Les intervenants appellent à promouvoir les génériques et les biosimilaires.", ("002",)),
        ),
        sources=("002",),
        figures=(
            KeyFigure("80", "%", "part des besoins médicaux couverte historiquement par la production locale", "002"),
            KeyFigure("52", "%", "part des besoins couverte aujourd’hui par la production locale", "002"),
        ),
        actors=(Actor("Ryad Mezzour", "membre du bureau exécutif de l'AEI", ("002",)),),
    )
    e3 = Brief(
        event_id="E3",
        title="Convention-cadre 2026-2030 pour l’industrie des dispositifs médicaux",
        date="2026-02-04",
        lead=("Une convention-cadre couvrant 2026-2030 a été signée lors du Medical Device Day "
              "pour structurer l’industrie nationale des dispositifs médicaux."),
        key_points=(
            KeyPoint("Elle associe deux ministères, l’AMMPS, la CGEM et la FMIS.", ("003",)),
            KeyPoint("La FMIS représente près de 90 % de la part de marché nationale.", ("003",)),
        ),
        sources=("003",),
        figures=(
            KeyFigure("2026-2030", "", "période couverte par la convention-cadre", "003"),
            KeyFigure("90", "%", "part de marché nationale représentée par la FMIS", "003"),
        ),
        related=("E4",),
    )
    e4 = Brief(
        event_id="E4",
        title="Protocole d'accord de 2021 sur la fabrication locale des dispositifs médicaux",
        date="2021-12-28",
        lead="Un protocole d'accord sur le sourcing local des dispositifs médicaux a été signé en 2021.",
        key_points=(KeyPoint("Le cluster médical compte plus de 40 membres.", ("004",)),),
        sources=("004",),
        figures=(KeyFigure("40", "membres", "taille du cluster médical", "004"),),
        actors=(Actor("Ryad Mezzour", "ministre de l'Industrie et du Commerce", ("004",)),),
        related=("E3",),
    )
    return Memo(
        title="Souveraineté pharmaceutique et dispositifs médicaux au Maroc",
        language="fr",
        created="2026-11-23",
        executive_summary=("L’OMS soutient les ambitions pharmaceutiques du Maroc, alors que la production "
                           "locale ne couvre plus que 52 % des besoins. Une convention-cadre 2026-2030 "
                           "prolonge le protocole d'accord de 2021 sur les dispositifs médicaux."),
        briefs=(e1, e2, e3, e4),
        timeline=(
            TimelineEntry("2026-02-04", "Signature de la convention-cadre 2026-2030", "E3", ("003",)),
            TimelineEntry("2021-12-28", "Signature du protocole d'accord", "E4", ("004",)),
            TimelineEntry("2025-05-12", "Visite de la directrice régionale de l’OMS à Rabat", "E1", ("000", "001")),
        ),
        sources=SOURCES,
        notes=("résumeur : extractif (aucun modèle trouvé)",),
    )


def arabic_memo() -> Memo:
    e1 = Brief(
        event_id="E1",
        title="المديرة الإقليمية لمنظمة الصحة العالمية في زيارة عمل إلى الرباط",
        date="2025-05-12",
        lead="أشادت المديرة الإقليمية لمنظمة الصحة العالمية، حنان حسن بلخي، بالتقدم الذي أحرزه المغرب في المجال الصيدلاني.",
        key_points=(
            KeyPoint("التقت وزير الصحة أمين التهراوي وسمير أحيد (Samir Ahid)، مدير الوكالة المغربية للأدوية (AMMPS).",
                     ("000", "001")),
            KeyPoint("تسعى الوكالة إلى بلوغ مستوى النضج 3 وفق معايير منظمة الصحة العالمية.", ("000",)),
        ),
        sources=("000", "001"),
        actors=(Actor("Samir Ahid", "مدير الوكالة المغربية للأدوية والمنتجات الصحية", ("000",)),),
    )
    e2 = Brief(
        event_id="E2",
        title="ندوة حول السيادة الدوائية والإنتاج المحلي",
        date=None,
        lead="ناقشت ندوة تراجع الإنتاج المحلي للأدوية في المغرب.",
        key_points=(KeyPoint("كان الإنتاج المحلي يغطي 80 % من الحاجيات، ولم يعد يغطي سوى 52 %.", ("002",)),),
        sources=("002",),
        figures=(
            KeyFigure("80", "%", "حصة الحاجيات التي كان يغطيها الإنتاج المحلي", "002"),
            KeyFigure("52", "%", "حصة الحاجيات التي يغطيها الإنتاج المحلي اليوم", "002"),
        ),
    )
    e3 = Brief(
        event_id="E3",
        title="اتفاقية إطار 2026-2030 لصناعة المستلزمات الطبية",
        date="2026-02-04",
        lead="وُقّعت اتفاقية إطار تغطي الفترة 2026-2030 خلال Medical Device Day لهيكلة صناعة المستلزمات الطبية.",
        key_points=(KeyPoint("تمثل الفيدرالية المغربية للصناعات الصحية (FMIS) نحو 90 % من حصة السوق الوطنية.", ("003",)),),
        sources=("003",),
        figures=(KeyFigure("90", "%", "حصة السوق الوطنية التي تمثلها FMIS", "003"),),
        related=("E4",),
    )
    return Memo(
        title="السيادة الدوائية والمستلزمات الطبية في المغرب",
        language="ar",
        created="2026-11-23",
        executive_summary=("تدعم منظمة الصحة العالمية طموحات المغرب الصيدلانية، في حين لم يعد الإنتاج المحلي "
                           "يغطي سوى 52 % من الحاجيات."),
        briefs=(e1, e2, e3),
        timeline=(
            TimelineEntry("2025-05-12", "زيارة المديرة الإقليمية لمنظمة الصحة العالمية إلى الرباط", "E1", ("000", "001")),
            TimelineEntry("2026-02-04", "توقيع الاتفاقية الإطار 2026-2030", "E3", ("003",)),
        ),
        sources=SOURCES[:4],
    )
