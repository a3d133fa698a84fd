"""Build the report pages of four outlets at the size and noise of the real ones.

``python tests/sites/_build/build.py`` rewrites, from ``articles/<source>/<date>.json`` (the
article text, header, figures and JSON-LD of each page, kept as first written), every
report page of Midi Libre and La Dépêche (La Dépêche group platform) and of Le Progrès and
DNA (EBRA platform). Each platform has its own template, following ``shared/outlets.md``:

- La Dépêche group: ``article-full__*`` classes, ``p.article-full__chapo`` with an
  "L'essentiel" label span, ``time[content]`` dates, ``ul.article-full__media-slider``,
  a JSON-LD array whose item 0 carries ``articleBody``, ads in ``div.ad``, AMP link;
- EBRA: ``.mainContent``, ``.accroche`` standfirst, date path URLs, ads in
  ``div.wrapperPub``, AMP link.

Everything else is noise of the kind such pages carry and is not confirmed per outlet: a
consent (CMP) banner and its configuration, a subscription script, an app-state blob that
repeats the article (``window.__INITIAL_STATE__`` / ``__NEXT_DATA__``), critical CSS, an
SVG sprite, full navigation and footer menus, and teaser lists ("Les plus lus", "À lire
aussi", "Sur le même sujet") and a live-updates module inside ``<main>``. Output is
deterministic (seeded by the article id).
"""

from __future__ import annotations

import json
import random
import re
from html import escape
from pathlib import Path

from lxml import html as lxml_html

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent.parent
BUILT = ("midilibre", "ladepeche", "leprogres", "dna")

SITES = {
    "midilibre": {
        "name": "Midi Libre",
        "domain": "midilibre.fr",
        "twitter": "@Midilibre",
        "regions": {
            "Montpellier": ["Castelnau-le-Lez", "Lattes", "Pérols", "Juvignac", "Grabels"],
            "Hérault": ["Béziers", "Sète", "Agde", "Lunel", "Lodève", "Pézenas", "Frontignan"],
            "Gard": ["Nîmes", "Alès", "Bagnols-sur-Cèze", "Uzès", "Beaucaire", "Le Vigan"],
            "Aveyron": ["Millau", "Saint-Affrique", "Rodez", "Villefranche-de-Rouergue"],
            "Lozère": ["Mende", "Marvejols", "Florac", "Langogne"],
        },
        "group": ["La Dépêche du Midi", "L'Indépendant", "Centre Presse Aveyron", "Le Petit Bleu"],
    },
    "ladepeche": {
        "name": "La Dépêche du Midi",
        "domain": "ladepeche.fr",
        "twitter": "@ladepechedumidi",
        "regions": {
            "Toulouse": ["Blagnac", "Colomiers", "Balma", "Tournefeuille", "Muret", "L'Union"],
            "Haute-Garonne": ["Saint-Gaudens", "Villefranche-de-Lauragais", "Revel"],
            "Tarn": ["Albi", "Castres", "Gaillac", "Lavaur", "Mazamet"],
            "Lot": ["Cahors", "Figeac", "Gourdon", "Souillac"],
            "Gers": ["Auch", "Condom", "Fleurance", "L'Isle-Jourdain"],
            "Ariège": ["Foix", "Pamiers", "Saint-Girons", "Lavelanet"],
            "Tarn-et-Garonne": ["Montauban", "Castelsarrasin", "Moissac"],
        },
        "group": ["Midi Libre", "L'Indépendant", "Centre Presse Aveyron", "Le Petit Bleu"],
    },
    "leprogres": {
        "name": "Le Progrès",
        "domain": "leprogres.fr",
        "twitter": "@leprogres",
        "regions": {
            "Lyon": ["Lyon 1er", "Lyon 3e", "Lyon 7e", "Villeurbanne", "Vénissieux", "Bron"],
            "Rhône": ["Villefranche-sur-Saône", "Givors", "Tarare", "Oullins"],
            "Loire": ["Saint-Étienne", "Roanne", "Montbrison", "Firminy"],
            "Ain": ["Bourg-en-Bresse", "Oyonnax", "Ambérieu-en-Bugey"],
            "Jura": ["Lons-le-Saunier", "Dole", "Saint-Claude"],
            "Haute-Loire": ["Le Puy-en-Velay", "Yssingeaux", "Brioude"],
        },
        "group": ["Le Dauphiné libéré", "L'Est Républicain", "DNA", "L'Alsace", "Le Bien Public"],
    },
    "dna": {
        "name": "DNA",
        "domain": "dna.fr",
        "twitter": "@DNA_Actu",
        "regions": {
            "Strasbourg": [
                "Schiltigheim",
                "Illkirch-Graffenstaden",
                "Lingolsheim",
                "Bischheim",
                "Ostwald",
                "Hoenheim",
                "Eckbolsheim",
            ],
            "Bas-Rhin": ["Haguenau", "Saverne", "Sélestat", "Molsheim", "Obernai", "Wissembourg"],
            "Centre Alsace": ["Erstein", "Benfeld", "Marckolsheim", "Rosheim"],
            "Nord Alsace": ["Brumath", "Bischwiller", "Hochfelden", "Truchtersheim"],
            "Alsace bossue": ["Sarre-Union", "Drulingen", "Wasselonne"],
            "Vallée de la Bruche": ["Schirmeck", "Mutzig", "Rothau"],
        },
        "group": ["L'Alsace", "Le Progrès", "L'Est Républicain", "Le Républicain Lorrain"],
    },
}
RUBRICS = [
    "Actu",
    "Faits divers",
    "Société",
    "Politique",
    "Économie",
    "Monde",
    "Sports",
    "Loisirs",
    "Météo",
    "Santé",
    "Environnement",
    "Insolite",
]
TEASERS = [
    "{town} : un incendie ravage un entrepôt en pleine nuit, aucun blessé",
    "{town} : la mairie lance la concertation sur le futur plan de circulation",
    "Météo : orages, grêle et vent fort attendus ce week-end autour de {town}",
    "{town} : le marché de producteurs fait son retour sur la place centrale",
    "Faits divers : un conducteur sans permis interpellé après une course-poursuite à {town}",
    "{town} : les travaux de la piscine municipale prendront six mois de plus",
    "Football : le club de {town} s'offre une qualification historique",
    "{town} : une boulangerie récompensée pour la meilleure baguette du département",
    "Immobilier : les prix baissent-ils vraiment autour de {town} ? Les chiffres",
    "{town} : un festival de musique annonce sa programmation pour l'été",
    "Justice : six mois de prison avec sursis pour le gérant d'un bar de {town}",
    "{town} : la fermeture d'une classe provoque la colère des parents d'élèves",
    "Carburants : où faire le plein au meilleur prix près de {town} cette semaine",
    "{town} : un nouveau centre de santé ouvre ses portes au printemps",
]
LIVE = [
    "Gaza : l'ONU réclame une enquête après la mort de sept humanitaires",
    "Séisme à Taïwan : le bilan s'alourdit, des dizaines de personnes bloquées",
    "Bourse : le CAC 40 termine en légère hausse",
    "Tennis : le Français qualifié pour les quarts de finale à Monte-Carlo",
    "Grève SNCF : le trafic sera perturbé ce week-end sur plusieurs lignes",
    "Assurance chômage : le gouvernement précise sa réforme",
    "Pollen : alerte rouge dans une grande partie du Sud",
    "Rugby : le XV de départ dévoilé pour le choc de samedi",
    "Fonction publique : les négociations salariales reprennent",
    "JO 2024 : le parcours de la flamme se précise",
    "Météo : des températures jusqu'à 28 °C attendues dimanche",
    "Éducation : la réforme du brevet présentée en conseil des ministres",
]


def rng_for(data: dict) -> random.Random:
    return random.Random(data["url"])


def slugify(text: str) -> str:
    table = str.maketrans("àâäéèêëîïôöùûüçœ’'", "aaaeeeeiioouuuco--")
    return re.sub(r"[^a-z0-9]+", "-", text.lower().translate(table)).strip("-")


def blocks(body: str) -> list[dict]:
    """The body's headings and paragraphs as an app state lists them."""
    tree = lxml_html.fragment_fromstring(body, create_parent="div")
    out = []
    for node in tree.iter("h2", "h3", "p", "figcaption"):
        text = " ".join(node.text_content().split())
        if text:
            out.append(
                {"type": node.tag, "text": text, "html": lxml_html.tostring(node, encoding=str)}
            )
    return out


def live_items(r: random.Random) -> list[tuple[str, str]]:
    """The live module's entries, newest first: ``(HH:MM, headline)``."""
    times = sorted(((r.randint(6, 22), r.randint(0, 59)) for _ in LIVE), reverse=True)
    return [(f"{h:02d}:{m:02d}", t) for (h, m), t in zip(times, LIVE, strict=True)]


def script_json(value: object) -> str:
    """JSON safe inside a <script> element."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def critical_css(r: random.Random, prefix: str, count: int) -> str:
    parts = ["block", "item", "title", "link", "media", "list", "card", "btn", "nav", "grid"]
    mods = ["active", "large", "small", "premium", "dark", "highlight", "compact", "sticky"]
    rules = []
    for i in range(count):
        cls = f".{prefix}{r.choice(parts)}__{r.choice(parts)}--{r.choice(mods)}{i % 37}"
        rules.append(
            f"{cls}{{margin:{r.randint(0, 32)}px {r.randint(0, 24)}px;padding:{r.randint(0, 16)}px;"
            f"font-size:{r.choice([12, 13, 14, 15, 16, 18, 20, 24])}px;line-height:{r.choice([1.2, 1.4, 1.5])};"
            f"color:#{r.randrange(0x1000000):06x};display:{r.choice(['flex', 'block', 'grid'])}}}"
        )
    return "".join(rules)


def svg_sprite(r: random.Random, names: list[str]) -> str:
    symbols = []
    for name in names:
        d = (
            "M"
            + " ".join(f"{r.uniform(0, 24):.2f} {r.uniform(0, 24):.2f}" for _ in range(40))
            + "Z"
        )
        symbols.append(f'<symbol id="icon-{name}" viewBox="0 0 24 24"><path d="{d}"/></symbol>')
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" style="display:none">'
        + "".join(symbols)
        + "</svg>"
    )


def consent_config(r: random.Random, site: dict) -> dict:
    vendors = sorted(r.sample(range(1, 1200), 180))
    purposes = ["cookies", "select_basic_ads", "create_ads_profile", "measure_ad_performance"]
    return {
        "app": {"apiKey": f"{r.randrange(16**32):032x}", "vendors": {"iab": {"all": True}}},
        "notice": {"position": "popup", "closeOnClick": False, "daysBeforeShowingAgain": 183},
        "languages": {"enabled": ["fr"], "default": "fr"},
        "preferences": {"purposes": purposes, "vendors": vendors},
        "website": {
            "name": site["name"],
            "privacyPolicyURL": f"https://www.{site['domain']}/confidentialite/",
        },
    }


def teasers(r: random.Random, site: dict, data: dict, count: int, url_for) -> list[dict]:
    towns = [t for towns in site["regions"].values() for t in towns]
    out = []
    for _ in range(count):
        title = r.choice(TEASERS).format(town=r.choice(towns))
        out.append(
            {"title": title, "url": url_for(r, title), "image": f"{r.randrange(16**24):024x}"}
        )
    return out


def siblings(data: dict) -> list[dict]:
    """The outlet's other reports (title and URL), newest first."""
    folder = HERE / "articles" / data["source"]
    others = [json.loads(p.read_text("utf-8")) for p in sorted(folder.glob("*.json"), reverse=True)]
    return [{"title": o["title"], "url": o["url"]} for o in others if o["url"] != data["url"]]


def links(items: list[tuple[str, str]], cls: str) -> str:
    return "".join(
        f'<li class="{cls}"><a href="{escape(u)}">{escape(t)}</a></li>' for t, u in items
    )


# -- La Dépêche group platform -----------------------------------------------------------------


def depeche_url(site: dict, data: dict):
    base_id = int(data["url"].rsplit("-", 1)[1].split(".")[0])
    day = data["published"][:10].replace("-", "/")

    def url_for(r: random.Random, title: str) -> str:
        return f"https://www.{site['domain']}/{day}/{slugify(title)}-{base_id + r.randint(-4000, 4000)}.php"

    return url_for


def depeche_cards(items: list[dict], cls: str, site: dict) -> str:
    cards = []
    for item in items:
        img = f"https://images.{site['domain']}/api/v1/images/view/{item.get('image', '0' * 24)}"
        cards.append(
            f'<li class="{cls}__item"><article class="card card--teaser">'
            f'<a class="card__link" href="{escape(item["url"])}">'
            f'<picture class="card__media"><source type="image/webp" srcset="{img}/w320/image.webp 320w, '
            f'{img}/w640/image.webp 640w"><img class="card__img" loading="lazy" src="{img}/w320/image.jpg" '
            f'alt="" width="320" height="213"></picture>'
            f'<h3 class="card__title">{escape(item["title"])}</h3></a></article></li>'
        )
    return "".join(cards)


def depeche_page(data: dict) -> str:
    site = SITES[data["source"]]
    r = rng_for(data)
    url_for = depeche_url(site, data)
    article_id = data["url"].rsplit("-", 1)[1].split(".")[0]
    dom, name = site["domain"], site["name"]
    same_topic = siblings(data)[:6]
    read_also = teasers(r, site, data, 4, url_for)
    most_read = teasers(r, site, data, 10, url_for)
    more = teasers(r, site, data, 12, url_for)
    live = live_items(r)
    body_blocks = blocks(data["body"])
    menu = "".join(
        f'<li class="menu__item menu__item--has-sub"><a class="menu__link" href="/{slugify(region)}/">'
        f'{escape(region)}</a><ul class="menu__sub">'
        + links([(t, f"/{slugify(region)}/{slugify(t)}/") for t in towns], "menu__sub-item")
        + "</ul></li>"
        for region, towns in site["regions"].items()
    ) + links([(rub, f"/{slugify(rub)}/") for rub in RUBRICS], "menu__item")
    state = {
        "route": {"name": "article", "params": {"id": article_id}},
        "article": {
            "id": article_id,
            "url": data["url"],
            "title": data["title"],
            "chapo": data["description"],
            "premium": False,
            "publishedAt": data["published"],
            "updatedAt": data["modified"],
            "signature": lxml_html.fromstring(f"<p>{data['author']}</p>").text_content(),
            "section": {"name": data["section"], "path": "/monde/"},
            "tags": [t for t, _ in data["tags"]],
            "blocks": body_blocks,
            "related": same_topic,
        },
        "menus": {
            "main": [
                {"label": region, "children": towns} for region, towns in site["regions"].items()
            ]
        },
        "mostRead": most_read,
        "flash": [{"time": t, "title": x} for t, x in live],
        "ads": {"site": dom, "zone": "monde", "pageId": article_id, "refresh": 30},
    }
    css = critical_css(r, "c-", 700)
    jsonld = script_json(data["jsonld"])
    consent = script_json(consent_config(r, site))
    towns = [t for ts in site["regions"].values() for t in ts]
    footer_towns = links(
        [(t, f"/communes/{slugify(t)}/") for t in sorted(towns * 3)], "footer__town"
    )
    label = '<span class="article-full__chapo-label">L\'essentiel</span> '
    return f"""<!DOCTYPE html>
<html lang="fr" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(data["head_title"])}</title>
<meta name="description" content="{escape(data["description"])}">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{data["url"]}">
<link rel="amphtml" href="{data["url"].replace(f"www.{dom}/", f"www.{dom}/amp/")}">
<link rel="preconnect" href="https://static.{dom}"><link rel="preconnect" href="https://images.{dom}">
<link rel="preconnect" href="https://sdk.privacy-center.org"><link rel="dns-prefetch" href="https://securepubads.g.doubleclick.net">
<link rel="preload" as="font" type="font/woff2" href="https://static.{dom}/fonts/source-sans-pro-v21-latin-regular.woff2" crossorigin>
<link rel="preload" as="image" href="{data["og_image"]}">
<meta property="og:title" content="{escape(data["head_title"])}">
<meta property="og:description" content="{escape(data["description"])}">
<meta property="og:url" content="{data["url"]}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{escape(name)}">
<meta property="og:image" content="{data["og_image"]}">
<meta property="article:published_time" content="{data["published"]}">
<meta property="article:modified_time" content="{data["modified"]}">
<meta property="article:section" content="{escape(data["section"])}">
{"".join(f'<meta property="article:tag" content="{escape(t)}">' for t, _ in data["tags"])}
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="{site["twitter"]}">
<style id="critical-css">{css}</style>
<link rel="stylesheet" href="https://static.{dom}/css/article.{r.randrange(16**6):06x}.css" media="print" onload="this.media='all'">
<script>window.didomiConfig = {consent};</script>
<script>window.gdprAppliesGlobally=true;(function(){{function a(e){{if(!window.frames[e]){{if(document.body&&document.body.firstChild){{var t=document.body;var n=document.createElement("iframe");n.style.display="none";n.name=e;n.title=e;t.insertBefore(n,t.firstChild)}}else{{setTimeout(function(){{a(e)}},5)}}}}}}a("__tcfapiLocator")}})();</script>
<script async src="https://sdk.privacy-center.org/{r.randrange(16**8):08x}/loader.js?target={dom}"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  dataLayer.push({script_json({"pageType": "article", "articleId": article_id, "section": "monde", "premium": False, "publicationDate": data["published"], "wordCount": sum(len(b["text"].split()) for b in body_blocks)})});
</script>
<script>window.poool=window.poool||function(){{(poool.q=poool.q||[]).push(arguments)}};poool('init','{r.randrange(16**12):012X}');poool('config',{{"context":"article","premium":false,"cookies_enabled":true,"mode":"excerpt"}});poool('send','page-view','free');</script>
<script async src="https://assets.poool.fr/audit.min.js"></script>
<script type="application/ld+json">{jsonld}</script>
<script>window.__INITIAL_STATE__ = {script_json(state)};</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="page page--article" data-page-id="{article_id}">
{svg_sprite(r, ["search", "user", "menu", "close", "facebook", "x", "whatsapp", "mail", "link", "clock", "comment", "arrow", "play", "premium", "bell"])}
<div id="didomi-host" class="didomi-host" role="dialog" aria-label="Consentement"><div class="didomi-popup"><p class="didomi-popup__title">Vos choix concernant l'utilisation de cookies</p><p class="didomi-popup__text">{escape(name)} et ses partenaires utilisent des cookies pour mesurer l'audience, personnaliser les contenus et les publicités. Vous pouvez accepter, refuser ou paramétrer vos choix.</p><button class="didomi-btn didomi-btn--agree">Accepter</button> <button class="didomi-btn didomi-btn--disagree">Continuer sans accepter</button> <button class="didomi-btn didomi-btn--learn-more">Paramétrer</button></div></div>
<a class="skip-link" href="#content">Aller au contenu</a>
<header class="header" id="header">
<div class="header__top"><button class="header__burger" aria-label="Menu"><svg><use href="#icon-menu"/></svg></button><a class="header__logo" href="/"><img src="https://static.{dom}/img/logo.svg" alt="{escape(name)}" width="180" height="40"></a><form class="header__search" action="/recherche/"><input type="search" name="q" placeholder="Rechercher"></form><a class="btn btn--subscribe" href="https://abonnement.{dom}/?origine=header">S'abonner</a> <a class="btn btn--login" href="/connexion/">Se connecter</a></div>
<nav class="header__nav" aria-label="Rubriques"><ul class="menu">{menu}</ul></nav>
<div class="header__flash"><span class="header__flash-label">Flash</span> <a href="{escape(more[0]["url"])}">{escape(more[0]["title"])}</a></div>
</header>
<div class="ad ad--megaban" id="ad-top" data-format="megaban" data-refresh="30"></div>
<main class="main layout layout--article" id="content">
<nav class="breadcrumb" aria-label="Fil d'Ariane"><a href="/">Accueil</a> › <a href="/monde/">{escape(data["section"])}</a> › <a href="/theme/guerre-en-ukraine/">{escape(data["kicker"])}</a></nav>
<div class="layout__main">
<article class="article-full" data-id="{article_id}">
<div class="article-full__header">
<a class="article-full__tag" href="/theme/guerre-en-ukraine/">{escape(data["kicker"])}</a>
<h1 class="article-full__title">{escape(data["title"])}</h1>
<p class="article-full__chapo">{label}{data["chapo"]}</p>
<div class="article-full__infos">
<span class="article-full__infos-author">{data["author"]}</span>
<div class="article-full__infos-dates">{data["dates"]}</div>
<span class="article-full__reading-time"><svg><use href="#icon-clock"/></svg> {escape(data.get("reading", ""))}</span>
</div>
<div class="article-full__share"><button class="article-full__share-btn" data-network="facebook"><svg><use href="#icon-facebook"/></svg></button><button class="article-full__share-btn" data-network="x"><svg><use href="#icon-x"/></svg></button><button class="article-full__share-btn" data-network="whatsapp"><svg><use href="#icon-whatsapp"/></svg></button><button class="article-full__share-btn" data-network="mail"><svg><use href="#icon-mail"/></svg></button><a class="article-full__comments-link" href="#reagir"><svg><use href="#icon-comment"/></svg> Réagir</a></div>
</div>
<ul class="article-full__media-slider">{data["media"]}</ul>
<div class="article-full__body">
<div class="article-full__body-content">{data["body"]}</div>
</div>
<div class="article-full__tags">{"".join(f'<a class="tag" href="{h}">{escape(t)}</a> ' for t, h in data["tags"])}</div>
<aside class="article-full__read-also"><p class="article-full__read-also-title">À lire aussi</p><ul class="article-full__read-also-list">{depeche_cards(read_also, "article-full__read-also-list", site)}</ul></aside>
<section class="article-full__same-topic"><h2 class="article-full__same-topic-title">Sur le même sujet</h2><ul class="same-topic">{depeche_cards(same_topic, "same-topic", site)}</ul></section>
<div class="article-full__offer"><p class="article-full__offer-title">Vous aimez nos articles ?</p><p>Profitez de l'offre découverte : 1 € le premier mois, sans engagement.</p><a class="btn" href="https://abonnement.{dom}/?origine=article">Je m'abonne</a></div>
</article>
<section class="live-module" id="fil-info"><h2 class="live-module__title"><span class="live-module__dot"></span>Le fil info</h2><ol class="live-module__list">{"".join(f'<li class="live-module__item"><time class="live-module__time">{t}</time> <a href="{escape(url_for(r, x))}">{escape(x)}</a></li>' for t, x in live)}</ol><a class="live-module__more" href="/fil-info/">Toute l'actualité en continu</a></section>
<div class="OUTBRAIN" data-src="{data["url"]}" data-widget-id="AR_1"></div>
<section class="more-news"><h2 class="more-news__title">Vous aimerez aussi</h2><ul class="more-news__list">{depeche_cards(more, "more-news__list", site)}</ul></section>
<section class="comments" id="reagir"><h2 class="comments__title">Réagir</h2><p class="comments__count">{r.randint(3, 140)} commentaires</p><p>Vous devez être connecté pour commenter.</p><a class="btn" href="/connexion/?redirect=%23reagir">Se connecter</a></section>
</div>
<aside class="layout__aside">
<div class="ad ad--pave" data-format="pave"></div>
<section class="most-read"><h2 class="most-read__title">Les plus lus</h2><ol class="most-read__list">{"".join(f'<li class="most-read__item"><span class="most-read__rank">{i}</span> <a href="{escape(t["url"])}">{escape(t["title"])}</a></li>' for i, t in enumerate(most_read, 1))}</ol></section>
<div class="newsletter-box"><p class="newsletter-box__title">La newsletter de {escape(name)}</p><form action="/newsletters/inscription/" method="post"><input type="email" name="email" placeholder="Votre e-mail"><button>Je m'inscris</button></form></div>
<div class="ad ad--pave" data-format="pave2"></div>
</aside>
</main>
<footer class="footer" id="footer">
<nav class="footer__rubrics"><ul>{links([(rub, f"/{slugify(rub)}/") for rub in RUBRICS], "footer__rubric")}</ul></nav>
<nav class="footer__towns" aria-label="Communes"><ul>{footer_towns}</ul></nav>
<ul class="footer__links">{links([("Qui sommes-nous ?", "/qui-sommes-nous/"), ("Mentions légales", "/mentions-legales/"), ("CGU", "/cgu/"), ("Confidentialité", "/confidentialite/"), ("Gestion des cookies", "javascript:Didomi.preferences.show()"), ("Contact", "/contact/"), ("Plan du site", "/plan-du-site/"), ("Flux RSS", "/rss.xml"), ("Newsletters", "/newsletters/"), ("Avis de décès", f"https://avis-de-deces.{dom}/"), ("Annonces légales", f"https://annonces-legales.{dom}/")], "footer__link")}</ul>
<ul class="footer__group">{links([(g, "https://www." + slugify(g).replace("-", "") + ".fr/") for g in site["group"]], "footer__group-item")}</ul>
<p class="footer__copyright">© {escape(name)} – Groupe La Dépêche du Midi 2024. Tous droits réservés.</p>
</footer>
<script>(function(){{var ads=window.ads||(window.ads={{}});ads.slots=[].slice.call(document.querySelectorAll('.ad'));ads.config={script_json({"site": dom, "zone": "monde", "pageId": article_id, "refresh": 30, "lazy": True, "prebid": {"timeout": 1500, "bidders": ["criteo", "appnexus", "smartadserver", "teads", "rubicon", "ix", "pubmatic"]}})};}})();</script>
<script>window.pa=window.pa||{{}};pa.setConfigurations({{site:{r.randint(500000, 700000)},collectDomain:"https://logs1412.xiti.com"}});pa.sendEvent('page.display',{{page:'monde::article::{article_id}',page_chapter1:'monde'}});</script>
<script src="https://static.{dom}/js/app.{r.randrange(16**6):06x}.js" defer></script>
</body>
</html>
"""


# -- EBRA platform -------------------------------------------------------------------------------


def ebra_url(site: dict, data: dict):
    day = data["published"][:10].replace("-", "/")

    def url_for(r: random.Random, title: str) -> str:
        section = r.choice(["faits-divers-justice", "societe", "politique", "sport", "economie"])
        return f"https://www.{site['domain']}/{section}/{day}/{slugify(title)}"

    return url_for


def ebra_cards(items: list[dict], cls: str, site: dict) -> str:
    return "".join(
        f'<div class="{cls}"><a href="{escape(item["url"])}"><div class="{cls}__visual">'
        f'<img loading="lazy" src="https://cdn-s-www.{site["domain"]}/images/{item.get("image", "0" * 24)[:8].upper()}'
        f'/NW_listA_L/photo.jpg" alt="" width="360" height="240"></div>'
        f'<span class="{cls}__title">{escape(item["title"])}</span></a></div>'
        for item in items
    )


def ebra_page(data: dict) -> str:
    site = SITES[data["source"]]
    r = rng_for(data)
    url_for = ebra_url(site, data)
    dom, name = site["domain"], site["name"]
    same_topic = siblings(data)[:6]
    read_also = teasers(r, site, data, 4, url_for)
    most_read = teasers(r, site, data, 10, url_for)
    more = teasers(r, site, data, 12, url_for)
    live = live_items(r)
    body_blocks = blocks(data["body"])
    section = data["url"].split("/")[3]
    signature = lxml_html.fromstring(f"<p>{data['author']}</p>").text_content()
    next_data = {
        "props": {
            "pageProps": {
                "article": {
                    "path": data["url"].split(dom, 1)[1],
                    "title": data["title"],
                    "surtitre": data["kicker"],
                    "accroche": data["description"],
                    "signature": signature,
                    "payant": False,
                    "datePublication": data["published"],
                    "dateModification": data["modified"],
                    "rubrique": section,
                    "composants": [{"type": b["type"], "contenu": b["text"]} for b in body_blocks],
                },
                "sameTopic": same_topic,
                "mostRead": most_read,
                "continu": [{"heure": t, "titre": x} for t, x in live],
                "menu": [{"label": k, "items": v} for k, v in site["regions"].items()],
            },
        },
        "page": "/[rubrique]/[annee]/[mois]/[jour]/[slug]",
        "query": {"rubrique": section},
        "buildId": f"{r.randrange(16**10):010x}",
        "isFallback": False,
    }
    css = critical_css(r, "eb-", 650)
    menu = "".join(
        f'<li class="navMain__item"><a href="/{slugify(region)}">{escape(region)}</a><div class="navMain__drop"><ul>'
        + links([(t, f"/{slugify(region)}/{slugify(t)}") for t in towns], "navMain__sub")
        + "</ul></div></li>"
        for region, towns in site["regions"].items()
    ) + links([(rub, f"/{slugify(rub)}") for rub in RUBRICS], "navMain__item")
    towns = [t for ts in site["regions"].values() for t in ts]
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(data["head_title"])}</title>
<meta name="description" content="{escape(data["description"])}">
<link rel="canonical" href="{data["url"]}">
<link rel="amphtml" href="{data["url"].replace(f"www.{dom}/", f"www.{dom}/amp/")}">
<meta property="og:site_name" content="{escape(name)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(data["head_title"])}">
<meta property="og:description" content="{escape(data["description"])}">
<meta property="og:url" content="{data["url"]}">
<meta property="og:image" content="{data["og_image"]}">
<meta property="article:published_time" content="{data["published"]}">
<meta property="article:modified_time" content="{data["modified"]}">
<link rel="preload" as="script" href="https://www.{dom}/_next/static/chunks/main-{r.randrange(16**8):08x}.js">
<link rel="preload" as="script" href="https://www.{dom}/_next/static/chunks/pages/article-{r.randrange(16**8):08x}.js">
<style data-critical="true">{css}</style>
<script type="application/ld+json">{script_json(data["jsonld"])}</script>
<script>window.didomiConfig = {script_json(consent_config(r, site))};</script>
<script async src="https://sdk.privacy-center.org/{r.randrange(16**8):08x}/loader.js?target={dom}"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  dataLayer.push({script_json({"pageType": "article", "rubrique": section, "payant": "non", "signature": signature})});
</script>
<script>(function(){{var tp=window.tp=window.tp||[];tp.push(["setAid","{r.randrange(16**10):010X}"]);tp.push(["setCxenseSiteId","{r.randrange(10**19)}"]);tp.push(["setTags",["article","gratuit","{section}"]]);tp.push(["setContentIsNative",false]);}})();</script>
<script async src="https://cdn.tinypass.com/api/tinypass.min.js"></script>
</head>
<body class="article">
{svg_sprite(r, ["logo", "search", "account", "burger", "close", "facebook", "x", "linkedin", "whatsapp", "mail", "copy", "play", "abo", "chevron"])}
<div id="didomi-host" class="didomi-consent" role="dialog" aria-label="Gestion du consentement"><div class="didomi-popup-container"><p class="didomi-popup-title">Vos choix en matière de cookies</p><p class="didomi-popup-text">{escape(name)} et ses partenaires stockent et/ou accèdent à des informations sur votre appareil.</p><button class="didomi-button didomi-agree">Accepter &amp; Fermer</button> <button class="didomi-button didomi-disagree">Continuer sans accepter</button></div></div>
<header class="header"><div class="header__top"><a class="logo" href="/"><svg><use href="#icon-logo"/></svg><span class="sr-only">{escape(name)}</span></a><a class="btnAbo" href="https://abonnement.{dom}/?utm_source=header">Je m'abonne</a> <a class="btnAccount" href="/mon-compte">Mon compte</a></div>
<nav class="navMain"><ul>{menu}</ul></nav>
<div class="breakingNews"><span class="breakingNews__label">Info en continu</span> <a href="{escape(more[0]["url"])}">{escape(more[0]["title"])}</a></div>
</header>
<div class="wrapperPub"><div id="pub-banniere" class="pubBanniere" data-pub="banniere"></div></div>
<main class="content">
<article class="mainContent">
<nav class="breadcrumb"><a href="/">Accueil</a> › <a href="/{section}">Défense - Guerre - Conflit</a></nav>
<header class="articleHeader"><p class="surtitre">{escape(data["kicker"])}</p><h1 class="headline">{escape(data["title"])}</h1></header>
<div class="accroche">{data["chapo"]}</div>
<div class="signature"><span class="authorName">{data["author"]}</span> <span class="dates">{data["dates"]}</span></div>
<div class="socialShare"><button class="socialShare__item" data-network="facebook"><svg><use href="#icon-facebook"/></svg></button><button class="socialShare__item" data-network="x"><svg><use href="#icon-x"/></svg></button><button class="socialShare__item" data-network="whatsapp"><svg><use href="#icon-whatsapp"/></svg></button><button class="socialShare__item" data-network="copy"><svg><use href="#icon-copy"/></svg></button></div>
{data["media"]}
<div class="textComponent">{data["body"]}</div>
<div class="wrapperPub"><div id="pub-inread" class="pubInread" data-pub="inread"></div></div>
<div class="tags">{"".join(f'<a href="{h}">{escape(t)}</a> ' for t, h in data["tags"])}</div>
<aside class="readAlso"><p class="readAlso__title">À lire aussi</p>{ebra_cards(read_also, "readAlso__card", site)}</aside>
<section class="sameTopic"><h2 class="sameTopic__title">Sur le même sujet</h2>{ebra_cards(same_topic, "sameTopic__card", site)}</section>
</article>
<section class="liveBlock"><h2 class="liveBlock__title">L'info en continu</h2><ul class="liveBlock__list">{"".join(f'<li class="liveBlock__item"><span class="liveBlock__time">{t}</span> <a href="{escape(url_for(r, x))}">{escape(x)}</a></li>' for t, x in live)}</ul></section>
<div class="wrapperPub"><div id="pub-pave" class="pubPave" data-pub="pave"></div></div>
<section class="mostRead"><h2 class="mostRead__title">Les plus lus</h2><ol>{"".join(f'<li class="mostRead__item"><a href="{escape(t["url"])}">{escape(t["title"])}</a></li>' for t in most_read)}</ol></section>
<section class="moreNews"><h2 class="moreNews__title">Vous pourriez aussi aimer</h2>{ebra_cards(more, "moreNews__card", site)}</section>
<section class="newsletterBox"><p>Recevez l'essentiel de l'actualité chaque matin</p><form action="/newsletters" method="post"><input type="email" name="email"><button>S'inscrire</button></form></section>
<section class="commentsBlock" id="comments"><h2>Commentaires</h2><p>Réservé aux abonnés.</p></section>
</main>
<footer class="footer">
<nav class="footer__editions"><ul>{links([(t, f"/{slugify(t)}") for t in sorted(towns * 3)], "footer__edition")}</ul></nav>
<nav class="footer__rubrics"><ul>{links([(rub, f"/{slugify(rub)}") for rub in RUBRICS], "footer__rubric")}</ul></nav>
<ul class="footer__group">{links([(g, "https://www." + slugify(g).replace("-", "") + ".fr/") for g in site["group"]], "footer__group-item")}</ul>
<ul class="footer__legal">{links([("Mentions légales", "/mentions-legales"), ("CGU", "/cgu"), ("Cookies", "javascript:Didomi.preferences.show()"), ("Flux RSS", "/rss"), ("Contact", "/contact")], "footer__legal-item")}</ul>
<p class="footer__copy">© {escape(name)} – Groupe EBRA 2024</p>
</footer>
<script id="__NEXT_DATA__" type="application/json">{script_json(next_data)}</script>
<script src="https://www.{dom}/_next/static/chunks/webpack-{r.randrange(16**8):08x}.js" defer></script>
</body>
</html>
"""


def main() -> None:
    for slug in BUILT:
        for path in sorted((HERE / "articles" / slug).glob("*.json")):
            data = json.loads(path.read_text("utf-8"))
            page = depeche_page(data) if data["platform"] == "depeche" else ebra_page(data)
            target = TESTS / data["page"]
            target.write_text(page, "utf-8")
            print(f"{len(page.encode()) // 1024:4d} KB  {target.relative_to(TESTS)}")


if __name__ == "__main__":
    main()
