"""A made-up outlet, La Gazette du Sud, for the tests of the source tooling and its guide.

Its "live" site is written to a directory and served by the replay server (tests
never touch the internet); its report pages can also be written as if saved from
a browser. The reports differ in substance, as real daily reports do. Like many
outlets, it puts no date in its URLs (``/monde/<slug>-<8-digit id>.php``) and prints
a standfirst under each headline.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

NAME = "La Gazette du Sud"
SLUG = "gazettedusud"
HOST = "www.gazette-du-sud.example"
HOME = f"https://{HOST}/"
FEED = f"{HOME}rss.xml"
ROBOTS = f"{HOME}robots.txt"
ROBOTS_TXT = "User-agent: *\nDisallow: /recherche/\nDisallow: /compte/\n"


@dataclass(frozen=True)
class SampleReport:
    path: str  # no date in it: the page says when it was published
    title: str
    date: str  # YYYY-MM-DD
    lead: str  # the standfirst
    headings: tuple[str, str]
    paragraphs: tuple[str, str, str, str]
    caption: str

    @property
    def url(self) -> str:
        return f"{HOME}{self.path}"

    @property
    def saved_name(self) -> str:
        return f"gazette-{self.date}.html"


REPORTS = (
    SampleReport(
        path="monde/guerre-en-ukraine-kharkiv-sous-les-drones-le-point-sur-la-situation-41204518.php",
        title="Guerre en Ukraine : Kharkiv sous les drones… le point sur la situation",
        date="2024-04-04",
        lead="La deuxième ville du pays a de nouveau été visée par des dizaines de drones dans la "
        "nuit, tandis que le réseau électrique subit des coupures dans trois régions.",
        headings=("Nouvelles frappes sur Kharkiv", "Le réseau électrique de nouveau visé"),
        paragraphs=(
            "Des dizaines de drones ont visé Kharkiv dans la nuit de mercredi à jeudi, a indiqué "
            "le gouverneur de la région, qui fait état de quatre blessés et de dégâts importants "
            "dans deux quartiers résidentiels du nord de la ville.",
            "Les secours ont dégagé toute la matinée les décombres d'un immeuble de cinq étages "
            "partiellement effondré, tandis que les écoles du secteur restaient fermées.",
            "L'opérateur national a annoncé des coupures tournantes dans trois régions après des "
            "frappes sur deux centrales thermiques, les troisièmes en moins d'un mois.",
            "Les équipes de réparation estiment qu'il faudra plusieurs semaines pour rétablir une "
            "production normale, alors que les températures restent basses la nuit.",
        ),
        caption="Des secouristes dans un immeuble touché à Kharkiv. AFP - Roman Pilipey",
    ),
    SampleReport(
        path="monde/guerre-en-ukraine-les-allies-promettent-des-defenses-aeriennes-le-point-sur-la-situation-41211093.php",
        title="Guerre en Ukraine : les alliés promettent des défenses aériennes… le point sur la situation",
        date="2024-04-05",
        lead="Les ministres de l'Alliance s'engagent à livrer de nouveaux systèmes de défense "
        "aérienne à Kiev, sans calendrier ; Moscou parle de provocation.",
        headings=("Des systèmes Patriot supplémentaires", "Moscou dénonce une escalade"),
        paragraphs=(
            "Réunis à Bruxelles, les ministres des Affaires étrangères de l'Alliance se sont engagés "
            "vendredi à livrer au plus vite des systèmes de défense aérienne supplémentaires à "
            "l'Ukraine, sans préciser de calendrier ni de nombre de batteries.",
            "Le chef de la diplomatie ukrainienne a salué un « signal fort » tout en rappelant que "
            "chaque semaine de retard se payait en vies humaines et en infrastructures détruites.",
            "Le Kremlin a qualifié ces annonces de « provocation », affirmant qu'elles ne "
            "changeraient rien au cours des opérations sur le terrain.",
            "Le porte-parole de la présidence russe a ajouté que les livraisons d'armes "
            "occidentales seraient considérées comme des cibles légitimes dès leur arrivée.",
        ),
        caption="Une batterie de défense aérienne lors d'un exercice. EPA - Hannibal Hanschke",
    ),
)
NON_REPORT_URL = f"{HOME}sport/rugby-le-derby-en-images-41215230.php"


def report_html(report: SampleReport) -> str:
    """A plain news article page: headline, standfirst, byline, date, figure, subheadings."""
    e = html.escape
    first, second, third, fourth = (f"<p>{e(p)}</p>" for p in report.paragraphs)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{e(report.title)} - {e(NAME)}</title>
<link rel="canonical" href="{report.url}">
<meta property="og:title" content="{e(report.title)}">
<meta name="description" content="{e(report.lead)}">
<meta property="article:published_time" content="{report.date}T07:30:00+02:00">
</head>
<body>
<header><nav><a href="/">Accueil</a> <a href="/monde/">Monde</a> <a href="/sport/">Sport</a></nav></header>
<main><article>
<h1>{e(report.title)}</h1>
<p class="chapo">{e(report.lead)}</p>
<p class="auteur">Par <span class="author">Jeanne Martin</span></p>
<time datetime="{report.date}T07:30:00+02:00">Publié le {report.date} à 07h30</time>
<figure><img src="/img/{report.date}.jpg" alt=""><figcaption>{e(report.caption)}</figcaption></figure>
{first}
<h2>{e(report.headings[0])}</h2>
{second}
{third}
<h2>{e(report.headings[1])}</h2>
{fourth}
</article></main>
<footer><p>© {e(NAME)} 2024. Tous droits réservés.</p></footer>
</body>
</html>
"""


def feed_xml() -> str:
    """The outlet's RSS feed: both reports and another article."""
    items = [(r.title, r.url, f"{r.date[8:]} Apr 2024 05:30:00 GMT") for r in reversed(REPORTS)] + [
        ("Rugby : le derby en images", NON_REPORT_URL, "05 Apr 2024 09:00:00 GMT")
    ]
    body = "".join(
        f"<item><title>{html.escape(t)}</title><link>{u}</link><pubDate>{d}</pubDate></item>"
        for t, u, d in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>{html.escape(NAME)}</title><link>{HOME}</link>{body}</channel></rss>\n"
    )


def write_live_site(root: Path) -> Path:
    """The outlet as a replay tree (``root/<host>/…``) to serve as if it were online."""
    site = root / HOST
    for report in REPORTS:
        page = site / report.path
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(report_html(report), "utf-8")
    (site / "rss.xml").write_text(feed_xml(), "utf-8")
    (site / "robots.txt").write_text(ROBOTS_TXT, "utf-8")
    (site / "rss.xml.http").write_text(
        '{"status": 200, "headers": {"Content-Type": "application/rss+xml; charset=utf-8",'
        ' "Set-Cookie": "session=1"}}',
        "utf-8",
    )
    return root


def write_saved_pages(folder: Path) -> list[Path]:
    """The report pages as a browser's "Save page as" leaves them."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for report in REPORTS:
        path = folder / report.saved_name
        path.write_text(report_html(report), "utf-8")
        paths.append(path)
    return paths
