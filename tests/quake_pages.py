"""One made-up earthquake told by a French, an English and an Arabic page,
shared by the tests of memos in several languages."""

from briefing.records import Article

FR = Article("fr", "Un séisme de magnitude 6,8 a frappé la région d'Al Haouz vendredi soir. Les secours fouillent les décombres des villages.",
             title="Séisme dans la région d'Al Haouz", lang="fr")
EN = Article("en", "A magnitude 6.8 earthquake struck the Al Haouz region on Friday night. Rescuers are searching the rubble of the villages.",
             title="Earthquake strikes Al Haouz", lang="en")
AR = Article("ar", "ضرب زلزال بقوة 6,8 درجات منطقة الحوز مساء الجمعة. وتبحث فرق الإنقاذ تحت أنقاض القرى.",
             title="زلزال يضرب منطقة الحوز", lang="ar")
