"""Deterministic synthetic news sites for sitrep's benchmarks.

:func:`generate` writes a recorded-site tree (``<root>/<host>/<url path>``, the format
``crawler/replay.py`` serves) for ``outlets`` French regional outlets
``www.journal{i:03d}.example`` over ``days`` days. Each day every outlet publishes one
"Guerre en Ukraine : …, le point sur la situation" report and four unrelated
articles, 80–150 KB of realistic page each, announced in ``/rss.xml``,
``/sitemap-news.xml`` and the ``/monde/`` listing. ``reveal`` days are published so
far: generating again with a larger ``reveal`` adds the new pages and rewrites the
discovery pages, and leaves every existing article file byte-identical (same ETag).

Everything is drawn from seeded generators: the same seed gives the same bytes.
Text pools are built once per seed and pages are assembled from them, so ten
thousand pages take seconds::

    python benchmarks/synthetic.py /tmp/sites --outlets 100 --days 20 --reveal 10

``SOURCES`` (one :class:`~crawler.sources.Source` per outlet, ``journal000`` …,
``$SITREP_SYNTHETIC_OUTLETS`` of them, default 20) lets sitrep crawl these sites:
``SITREP_SOURCE_MODULES=benchmarks.synthetic PYTHONPATH=<repo>``.
"""

from __future__ import annotations

import argparse
import email.utils
import html
import json
import os
import random
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crawler.sources._depeche_group import ukraine_daily
from crawler.sources.base import Series, Source

TIMEZONE = "Europe/Paris"
TZ = ZoneInfo(TIMEZONE)
FIRST_DAY = date(2025, 3, 1)
ARTICLES_PER_DAY = 4  # unrelated articles next to each day's report
RSS_ITEMS = 30
LISTING_DAYS = 2
LISTING_NAV_LINKS = 150
MIN_PAGE_BYTES = 81_920  # 80 KiB (so also above 80 kB)
MAX_PAGE_BYTES = 150_000  # 150 kB (so also below 150 KiB)
FILLER_BLOB_LIMIT = 12_000  # below this many bytes to fill, one padding script ends the page
REPORT_SUFFIX = ", le point sur la situation"
CREDIT_AGENCIES = ("MAXPPP", "AFP", "REUTERS")

# -- word lists and sentence grammar (invented text, no real article) ------------------------


def _words(text: str) -> tuple[str, ...]:
    """``"a, b c"`` -> ``("a", "b c")``."""
    return tuple(word.strip() for word in text.split(","))


FIRST_NAMES = _words(
    "Thomas, Julie, Nicolas, Camille, Sébastien, Claire, Mathieu, Aurélie, Julien, Sophie, "
    "Laurent, Émilie, Olivier, Marion, Pierre, Léa, Guillaume, Anne, Florian, Céline, Romain, "
    "Pauline, Xavier, Hélène, Benoît, Manon, Damien, Élodie, Yannick, Margaux, Cédric, Agnès, "
    "Fabien, Lucie, Arnaud"
)
LAST_NAMES = _words(
    "Vidal, Roussel, Martin, Bernard, Fabre, Garcia, Roux, Lefebvre, Bonnet, Girard, Mercier, "
    "Blanc, Guérin, Faure, André, Chevalier, Lambert, Gauthier, Perrin, Morel, Fournier, Rey, "
    "Marty, Azaïs, Cabanel, Teissier, Sabatier, Puech, Bousquet, Delmas, Courtois, Salles, "
    "Pagès, Maurel, Castan"
)
TOWNS = (
    "Montpellier",
    "Nîmes",
    "Béziers",
    "Sète",
    "Perpignan",
    "Carcassonne",
    "Narbonne",
    "Rodez",
    "Millau",
    "Albi",
    "Alès",
    "Lunel",
    "Agde",
    "Mende",
    "Castres",
    "Lodève",
    "Uzès",
    "Bagnols-sur-Cèze",
    "Pézenas",
    "Frontignan",
    "Lattes",
    "Castelnau-le-Lez",
    "Gignac",
    "Clermont-l'Hérault",
    "Ganges",
    "Le Vigan",
    "Florac",
    "Marvejols",
    "Villefranche-de-Rouergue",
    "Decazeville",
    "Saint-Affrique",
    "Limoux",
    "Céret",
    "Prades",
    "Argelès-sur-Mer",
    "Canet-en-Roussillon",
    "Vauvert",
    "Beaucaire",
    "Sommières",
    "Anduze",
    "Espalion",
    "Quillan",
    "Lézignan-Corbières",
    "Mauguio",
    "Palavas-les-Flots",
)
DEPARTMENTS = (
    "Hérault",
    "Gard",
    "Aude",
    "Aveyron",
    "Lozère",
    "Pyrénées-Orientales",
    "Tarn",
    "Ariège",
    "Haute-Garonne",
    "Tarn-et-Garonne",
    "Lot",
    "Gers",
)
RUBRICS = {
    "Sports": _words(
        "Rugby, Football, Handball, Basket, Volley, Cyclisme, Tennis, Athlétisme, Natation, "
        "Tauromachie, Joutes, Pétanque, Moto, Automobile, Golf, Voile, Trail, Judo"
    ),
    "Actu": _words(
        "Monde, France, Politique, Société, Faits divers, Justice, Santé, Éducation, "
        "Environnement, Sciences, Économie, Emploi, Immobilier, Agriculture, Viticulture"
    ),
    "Loisirs": _words(
        "Sorties, Cinéma, Musique, Théâtre, Expositions, Festivals, Livres, Gastronomie, "
        "Jardin, Patrimoine, Randonnée, Tourisme, Jeux, Horoscope"
    ),
    "Services": _words(
        "Météo, Trafic, Petites annonces, Offres d'emploi, Décès, Nécrologie, Pharmacies de garde, "
        "Programme TV, Concours, Boutique, Newsletters"
    ),
}
FOOTER_LINKS = (
    "Mentions légales",
    "Politique de confidentialité",
    "Gestion des cookies",
    "Conditions générales d'utilisation",
    "Conditions générales de vente",
    "Charte de modération",
    "Nous contacter",
    "Plan du site",
    "Publicité",
    "Annonces légales",
    "Avis de décès",
    "Offres d'abonnement",
    "Espace abonné",
    "Journal numérique",
    "Nos newsletters",
    "Recrutement",
    "Accessibilité",
    "FAQ",
)
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)

# A tiny grammar: "{name}" expands to a random choice of rule ``name``; "{name_c}" does
# the same and capitalises it; "{num}", "{big}", "{pct}", "{town}", "{first}", "{last}"
# are drawn directly.
GRAMMAR: dict[str, tuple[str, ...]] = {
    # -- war reports --
    "w_sentence": (
        "{w_time}, {w_actor} {w_said} qu'{w_strike} {w_hit} {w_loc}.",
        "Selon {w_actor}, {num} {w_victims} {w_were} {w_loc}, {w_time_lc}.",
        "{w_actor_c} {w_said} avoir abattu {num} {w_weapons} sur les {big} lancés {w_time_lc}.",
        "Dans la région de {w_place}, {w_actor} {w_reports} {w_damage}.",
        "{w_leader_c} a {w_asked} {w_ask_obj} lors d'un entretien avec {w_partner}.",
        "Les combats se poursuivent autour de {w_place}, où {w_side} {w_claims} {w_progress}.",
        "{w_partner_c} a promis {w_aid} à Kiev, {w_time_lc}.",
        "À {w_place}, {w_civil} {w_civil_action} après {w_event}.",
        "{w_actor_c} {w_denied} toute implication dans {w_event} près de {w_place}.",
        "Le bilan provisoire fait état de {num} {w_casualties}, {w_precision}.",
        "{w_analyst_c} estime que {w_analysis}.",
        "Sur le plan diplomatique, {w_diplo}.",
        "{w_time}, les sirènes d'alerte ont retenti dans {num} régions pendant près de {num} heures.",
        "{w_side_c} affirme contrôler désormais {num} localités de plus dans le secteur de {w_place}.",
        "D'après {w_source}, {w_source_claim}.",
        "{w_time}, {w_leader} a {w_asked} {w_ask_obj}, jugeant la situation {w_adj} à {w_place}.",
        "Près de {big} habitants de {w_place} restent privés d'électricité, {w_precision}.",
        "{w_partner_c} a convoqué {w_meeting} pour discuter de {w_topic}.",
        "Les équipes de déminage ont neutralisé {big} engins explosifs autour de {w_place} en {num} jours.",
        "{w_actor_c} {w_reports} {w_damage} et appelle les habitants de {w_place} à la prudence.",
    ),
    "w_time": (
        "Dans la nuit",
        "Tôt ce matin",
        "En fin de matinée",
        "Dans l'après-midi",
        "En début de soirée",
        "Peu avant minuit",
        "Au petit matin",
        "À l'aube",
        "Depuis plusieurs jours",
        "Au cours du week-end",
        "Vers {hour}",
    ),
    "w_time_lc": (
        "dans la nuit",
        "ce matin",
        "dans la matinée",
        "en fin de journée",
        "dans la soirée",
        "au cours des dernières vingt-quatre heures",
        "depuis dimanche",
        "à l'aube",
        "vers {hour}",
        "en milieu de journée",
    ),
    "w_actor": (
        "l'armée ukrainienne",
        "le ministère russe de la Défense",
        "l'état-major ukrainien",
        "le gouverneur de la région",
        "l'armée de l'air ukrainienne",
        "les autorités locales",
        "le parquet régional",
        "les services de secours",
        "le renseignement militaire ukrainien",
        "la présidence ukrainienne",
        "un porte-parole militaire",
        "l'administration installée par Moscou",
        "le maire de {w_place}",
        "la police nationale ukrainienne",
        "le service des situations d'urgence",
    ),
    "w_said": (
        "a annoncé",
        "a affirmé",
        "a indiqué",
        "a assuré",
        "a précisé",
        "a fait savoir",
        "a rapporté",
        "a confirmé",
        "a déclaré",
    ),
    "w_strike": (
        "une frappe de missile",
        "une attaque de drones",
        "un tir d'artillerie",
        "une bombe planante",
        "une salve de roquettes",
        "un missile balistique",
        "une frappe aérienne",
        "un drone kamikaze",
    ),
    "w_hit": (
        "avait touché un immeuble résidentiel",
        "avait endommagé une installation énergétique",
        "avait visé un dépôt ferroviaire",
        "avait frappé une zone industrielle",
        "avait détruit un entrepôt agricole",
        "avait provoqué un incendie dans un centre commercial",
        "avait privé d'électricité plusieurs quartiers",
        "avait soufflé les vitres d'une école",
        "avait touché un poste de transformation",
        "avait atteint un pont routier",
    ),
    "w_loc": (
        "à {w_place}",
        "dans la banlieue de {w_place}",
        "au nord de {w_place}",
        "près de {w_place}",
        "dans le centre de {w_place}",
        "à l'est de {w_place}",
        "dans un village proche de {w_place}",
        "sur la route de {w_place}",
    ),
    "w_place": (
        "Kharkiv",
        "Kiev",
        "Odessa",
        "Zaporijjia",
        "Dnipro",
        "Kherson",
        "Donetsk",
        "Louhansk",
        "Soumy",
        "Tchernihiv",
        "Mykolaïv",
        "Pokrovsk",
        "Koupiansk",
        "Kramatorsk",
        "Sloviansk",
        "Lviv",
        "Poltava",
        "Vinnytsia",
        "Kryvyï Rih",
        "Toretsk",
        "Tchassiv Iar",
        "Belgorod",
        "Koursk",
        "Briansk",
        "Sébastopol",
        "Marioupol",
        "Izioum",
        "Lyman",
        "Vovtchansk",
        "Orikhiv",
        "Jytomyr",
        "Tcherkassy",
        "Rivne",
        "Ouman",
    ),
    "w_victims": (
        "civils ont été tués",
        "personnes ont été blessées",
        "soldats ont été faits prisonniers",
        "habitants ont dû être évacués",
        "secouristes ont été blessés",
        "enfants ont été pris en charge",
        "personnes sont portées disparues",
    ),
    "w_were": ("", "au total", "selon un premier décompte", "d'après les secours"),
    "w_casualties": ("morts", "blessés", "disparus", "blessés graves", "civils tués"),
    "w_weapons": (
        "drones",
        "missiles de croisière",
        "drones de type Shahed",
        "missiles balistiques",
        "engins explosifs",
    ),
    "w_reports": (
        "signale",
        "fait état de",
        "déplore",
        "recense",
        "évoque",
        "a constaté",
    ),
    "w_damage": (
        "d'importants dégâts sur le réseau électrique",
        "la destruction de plusieurs habitations",
        "des coupures d'eau dans trois districts",
        "des incendies sur plusieurs sites industriels",
        "des dégâts sur une voie ferrée",
        "la fermeture provisoire des écoles",
        "des tirs continus sur les positions avancées",
        "l'évacuation d'un hôpital pédiatrique",
    ),
    "w_leader": (
        "Volodymyr Zelensky",
        "le président ukrainien",
        "le ministre ukrainien des Affaires étrangères",
        "le secrétaire général de l'Otan",
        "le chancelier allemand",
        "le président français",
        "la présidente de la Commission européenne",
        "le Premier ministre britannique",
        "le porte-parole du Kremlin",
        "le directeur de l'AIEA",
        "le Premier ministre ukrainien",
        "le ministre russe des Affaires étrangères",
    ),
    "w_asked": ("réclamé", "demandé", "exigé", "plaidé pour", "souhaité", "obtenu"),
    "w_ask_obj": (
        "davantage de systèmes de défense aérienne",
        "l'accélération des livraisons de munitions",
        "un renforcement des sanctions contre Moscou",
        "une réunion d'urgence du Conseil de sécurité",
        "la protection des centrales nucléaires",
        "un nouvel échange de prisonniers",
        "le déblocage de l'aide financière promise",
        "des garanties de sécurité à long terme",
        "une trêve sur les infrastructures énergétiques",
    ),
    "w_partner": (
        "Paris",
        "Berlin",
        "Londres",
        "Washington",
        "Varsovie",
        "Bruxelles",
        "la Suède",
        "le Canada",
        "l'Union européenne",
        "l'Otan",
        "le G7",
        "la Norvège",
        "le Danemark",
    ),
    "w_side": (
        "l'armée ukrainienne",
        "les forces russes",
        "Moscou",
        "Kiev",
        "l'état-major russe",
    ),
    "w_claims": ("revendique", "annonce", "fait état de", "signale"),
    "w_progress": (
        "une avancée de quelques centaines de mètres",
        "la reprise d'une position fortifiée",
        "la destruction de {num} blindés",
        "le contrôle d'une hauteur stratégique",
        "l'échec d'un assaut ennemi",
        "la neutralisation d'un dépôt de munitions",
    ),
    "w_aid": (
        "une nouvelle enveloppe de {big} millions d'euros",
        "des batteries de défense antiaérienne supplémentaires",
        "{num} 000 obus d'artillerie",
        "des générateurs pour l'hiver",
        "un programme de formation de pilotes",
        "des véhicules blindés de transport",
        "une aide humanitaire d'urgence",
    ),
    "w_civil": (
        "les habitants",
        "des dizaines de familles",
        "les commerçants",
        "les équipes municipales",
        "les bénévoles",
        "les enseignants",
    ),
    "w_civil_action": (
        "ont passé la nuit dans les abris",
        "déblaient les gravats",
        "font la queue pour obtenir de l'eau",
        "ont été relogés dans un gymnase",
        "tentent de réparer les toitures",
        "ont organisé une collecte de vêtements",
    ),
    "w_event": (
        "l'explosion d'un dépôt de carburant",
        "l'attaque de la gare",
        "le sabotage d'une ligne électrique",
        "la frappe contre le marché",
        "l'incendie de la raffinerie",
        "la destruction du pont",
        "les tirs sur le convoi humanitaire",
    ),
    "w_denied": ("dément", "rejette", "nie", "conteste"),
    "w_precision": (
        "un chiffre qui pourrait encore évoluer",
        "selon le dernier bilan des secours",
        "d'après les autorités régionales",
        "sans qu'il soit possible de le vérifier de source indépendante",
        "selon le parquet",
        "alors que les recherches se poursuivent",
    ),
    "w_analyst": (
        "l'Institut pour l'étude de la guerre",
        "un chercheur spécialiste de la région",
        "un ancien officier interrogé par la presse",
        "un diplomate européen",
        "le renseignement britannique",
    ),
    "w_analysis": (
        "la pression russe s'accentue sur le secteur de {w_place}",
        "les défenses ukrainiennes tiennent malgré le manque de munitions",
        "Moscou cherche à épuiser les stocks de missiles antiaériens",
        "le front reste globalement figé malgré des assauts répétés",
        "les frappes sur les infrastructures devraient se multiplier",
        "la bataille de {w_place} pourrait durer encore plusieurs semaines",
    ),
    "w_diplo": (
        "{w_partner} et Kiev ont signé un accord de coopération de {num} ans",
        "les ministres de la Défense doivent se retrouver {w_time_lc} à Bruxelles",
        "{w_leader} a reçu son homologue {w_nation} à Kiev",
        "un nouveau paquet de sanctions est en discussion à Bruxelles",
        "la question des avoirs russes gelés revient sur la table",
        "des pourparlers techniques se sont tenus à Istanbul",
    ),
    "w_nation": ("polonais", "allemand", "italien", "finlandais", "tchèque", "lituanien"),
    "w_source": (
        "l'agence de presse officielle russe",
        "le média ukrainien Suspilne",
        "des images satellites",
        "un communiqué de l'état-major",
        "des blogueurs militaires russes",
    ),
    "w_source_claim": (
        "{num} avions auraient été endommagés sur une base aérienne",
        "la contre-offensive se concentrerait autour de {w_place}",
        "un dépôt de munitions aurait explosé près de {w_place}",
        "des renforts auraient été déployés vers {w_place}",
        "la ligne de front aurait peu évolué depuis {num} jours",
    ),
    "w_adj": ("critique", "très tendue", "préoccupante", "difficile mais stable", "intenable"),
    "w_meeting": (
        "une réunion extraordinaire",
        "un sommet en visioconférence",
        "le Conseil des gouverneurs de l'AIEA",
        "ses partenaires européens",
    ),
    "w_topic": (
        "la sécurité de la centrale de Zaporijjia",
        "la reconstruction du réseau électrique",
        "l'aide militaire pour les prochains mois",
        "la situation humanitaire à {w_place}",
    ),
    "w_headline": (
        "{num} morts dans des frappes russes sur {w_place}",
        "{w_place} visée par une attaque de drones",
        "nuit de frappes sur {w_place}",
        "{w_leader_short} réclame {w_ask_obj}",
        "l'armée ukrainienne repousse un assaut près de {w_place}",
        "{w_partner} promet {w_aid}",
        "coupures d'électricité à {w_place} après des frappes",
        "offensive russe dans le secteur de {w_place}",
        "échange de prisonniers entre Moscou et Kiev",
        "la centrale de Zaporijjia de nouveau privée de courant",
        "{w_place} évacuée après des bombardements",
        "alerte aérienne dans tout le pays",
    ),
    "w_leader_short": ("Zelensky", "Poutine", "l'Otan", "Kiev", "Moscou", "l'AIEA", "Bruxelles"),
    "w_heading": (
        "{w_place} sous le feu des frappes russes",
        "Sur le front diplomatique",
        "{w_leader_short} réclame {w_ask_obj}",
        "Le bilan s'alourdit à {w_place}",
        "Offensive russe dans le secteur de {w_place}",
        "Ce qu'il faut retenir de la journée",
        "{w_partner_c} promet {w_aid}",
        "Les drones visent {w_place}",
        "Inquiétudes autour de la centrale de Zaporijjia",
        "Dans la soirée, nouvelle alerte à {w_place}",
        "Les civils en première ligne à {w_place}",
        "Kiev mise sur ses alliés",
    ),
    "w_caption": (
        "Un immeuble détruit par une frappe à {w_place}.",
        "Des secouristes à l'œuvre à {w_place} après une attaque nocturne.",
        "Des soldats ukrainiens dans la région de {w_place}.",
        "Une habitante devant sa maison endommagée, à {w_place}.",
        "Un char en position près de {w_place}.",
    ),
    # -- local news --
    "sport_sentence": (
        "{club_c} s'est imposé {score} face à {club} devant {big}0 spectateurs.",
        "L'entraîneur de {club} a salué « l'état d'esprit du groupe » après la rencontre.",
        "Privé de {num} titulaires, {club} a longtemps souffert avant de réagir en seconde période.",
        "Le prochain déplacement, à {town}, s'annonce décisif pour la course au maintien.",
        "Avec {num} points au compteur, {club} reste dans le haut du classement.",
        "Le capitaine a signé un doublé en l'espace de {num} minutes.",
        "Les supporters de {club} se sont déplacés en nombre à {town}.",
        "La préparation reprendra {weekday} avec une séance ouverte au public.",
    ),
    "sport_headline": (
        "{sport} : {club} s'impose face à {club}",
        "{sport} : {club} chute à {town} et perd sa place sur le podium",
        "{sport} : le match de {club} reporté en raison de la météo",
        "{town} accueillera une étape du championnat de {sport_lc} en {month}",
        "{sport} : un jeune de {town} sélectionné en équipe de France",
    ),
    "meteo_sentence": (
        "Les températures devraient atteindre {num} °C à {town} dans l'après-midi.",
        "Météo-France a placé le département en vigilance jaune pour {meteo_risk}.",
        "Des rafales à {big} km/h sont attendues sur le littoral.",
        "Le temps restera sec jusqu'à {weekday}, avant le retour de la pluie.",
        "Il est tombé {num} millimètres de pluie en quelques heures à {town}.",
        "Les prévisionnistes annoncent un net rafraîchissement en fin de semaine.",
        "Les agriculteurs de {town} attendent la pluie depuis plusieurs semaines.",
    ),
    "meteo_headline": (
        "Météo : vigilance jaune pour {meteo_risk} {dept_in}",
        "Météo : jusqu'à {num} °C attendus à {town} ce {weekday}",
        "Sécheresse : des restrictions d'eau à {town} et dans {num} communes",
        "Orages : {num} interventions des pompiers autour de {town}",
    ),
    "fd_sentence": (
        "Les sapeurs-pompiers de {town} sont intervenus vers {hour}.",
        "Un homme de {num} ans a été interpellé par les gendarmes.",
        "La victime, légèrement blessée, a été transportée à l'hôpital de {town}.",
        "Une enquête a été ouverte par le parquet pour déterminer les circonstances.",
        "La circulation a été interrompue pendant {num} heures sur la départementale.",
        "Les enquêteurs ont lancé un appel à témoins.",
        "Le conducteur présentait un taux d'alcoolémie de {num} grammes par litre.",
    ),
    "fd_headline": (
        "{town} : un incendie ravage un entrepôt en pleine nuit",
        "Accident sur l'A9 près de {town} : {num} blessés",
        "{town} : un cambrioleur interpellé en flagrant délit",
        "{town} : une collision entre une voiture et un bus scolaire",
        "Feu de forêt près de {town} : {big} hectares parcourus",
    ),
    "pol_sentence": (
        "Le conseil municipal de {town} a adopté le budget par {num} voix contre {num}.",
        "Le maire de {town} a présenté les grandes lignes de son projet.",
        "L'opposition dénonce « un manque de concertation » avec les habitants.",
        "Le chantier, estimé à {big} 000 euros, doit démarrer en {month}.",
        "La communauté d'agglomération financera l'opération à hauteur de {num} %.",
        "Une réunion publique est prévue {weekday} soir à la salle des fêtes.",
        "Le préfet a validé le nouveau plan de circulation.",
    ),
    "pol_headline": (
        "{town} : le conseil municipal adopte un budget de {big} millions d'euros",
        "{town} : la future halle gourmande divise les élus",
        "Municipales : à {town}, {first} {last} annonce sa candidature",
        "{town} : un nouveau plan de circulation dans le centre-ville",
    ),
    "eco_sentence": (
        "L'entreprise, installée à {town} depuis {num} ans, emploie {big} salariés.",
        "Le chiffre d'affaires a progressé de {num} % sur un an.",
        "Les commerçants du centre-ville de {town} s'inquiètent de la baisse de fréquentation.",
        "La chambre de commerce accompagnera {num} créateurs d'entreprise cette année.",
        "Le salon de l'emploi propose {big} offres {dept_in}.",
        "Les vendanges s'annoncent précoces dans les vignobles autour de {town}.",
    ),
    "eco_headline": (
        "{town} : une usine de {big} salariés va s'agrandir",
        "Viticulture : les vignerons de {town} face à la baisse des ventes",
        "Emploi : {big} offres à pourvoir au forum de {town}",
        "{town} : le marché de gros change de propriétaire",
    ),
    "cult_sentence": (
        "Le festival accueillera {num} artistes à {town} du {num} au {num} {month}.",
        "L'exposition présente plus de {big} œuvres issues de collections privées.",
        "La billetterie ouvrira {weekday} à {hour}.",
        "La troupe de {town} jouera {num} représentations cet été.",
        "Les organisateurs attendent {big} 000 visiteurs sur le week-end.",
        "L'entrée est gratuite pour les moins de {num} ans.",
    ),
    "cult_headline": (
        "{town} : le festival dévoile sa programmation",
        "Une exposition inédite ouvre ses portes à {town}",
        "Concert : {first} {last} en tournée {dept_in}",
        "{town} : le théâtre municipal rouvre après {num} mois de travaux",
    ),
    "ua_sentence": (
        "Une collecte de médicaments et de vêtements est organisée à {town} jusqu'à {weekday}.",
        "{num} familles ukrainiennes sont accueillies dans la commune depuis le début du conflit.",
        "L'association de jumelage prépare un nouveau convoi vers Lviv.",
        "Les dons peuvent être déposés à la mairie de {town} aux heures d'ouverture.",
        "Une soirée de soutien réunira des musiciens ukrainiens et français.",
        "Les élèves de {town} ont écrit des lettres aux enfants réfugiés.",
    ),
    "ua_headline": (
        "Guerre en Ukraine : un convoi humanitaire quitte {town} pour Lviv",
        "Guerre en Ukraine : à {town}, une famille réfugiée raconte son exil",
        "Guerre en Ukraine : une collecte organisée ce week-end à {town}",
        "Ukraine : les bénévoles de {town} mobilisés depuis trois ans",
    ),
    "g_heading": (
        "Une décision attendue",
        "Ce qui va changer",
        "Les réactions",
        "Et maintenant ?",
        "Un dossier suivi de près",
        "{town} en première ligne",
        "Des chiffres en hausse",
        "Les précisions des organisateurs",
        "Un calendrier serré",
        "Ce qu'en disent les habitants",
        "Prochaine étape en {month}",
    ),
    "g_caption": (
        "Le centre-ville de {town}.",
        "Vue de {town} depuis les hauteurs.",
        "Les équipes sur place ce {weekday}.",
        "Illustration.",
    ),
    "club": ("l'AS {town}", "le RC {town}", "l'US {town}", "le HB {town}", "l'Olympique de {town}"),
    "score": ("{num} à {num}", "de justesse", "largement", "sur le fil"),
    "sport": ("Rugby – Fédérale 1", "Football – National 2", "Handball", "Basket", "Volley"),
    "sport_lc": ("rugby", "handball", "cyclisme", "natation", "pétanque"),
    "meteo_risk": ("orages", "vent violent", "pluie-inondation", "canicule", "vagues-submersion"),
    "weekday": WEEKDAYS,
    "month": MONTHS,
    "dept_in": (
        "dans l'Hérault",
        "dans le Gard",
        "dans l'Aude",
        "dans l'Aveyron",
        "en Lozère",
        "dans les Pyrénées-Orientales",
        "dans le Tarn",
        "en Ariège",
        "dans le Lot",
        "dans le Gers",
    ),
}
TOPICS = ("sport", "meteo", "fd", "pol", "eco", "cult", "ua")
TOPIC_SECTIONS = {
    "sport": "Sports",
    "meteo": "Météo",
    "fd": "Faits divers",
    "pol": "Politique",
    "eco": "Économie",
    "cult": "Loisirs",
    "ua": "Monde",
}
_SLOT = re.compile(r"\{(\w+)\}")
_DIRECT = {
    "num": lambda rng: str(rng.randint(2, 48)),
    "big": lambda rng: str(rng.randint(40, 950)),
    "pct": lambda rng: str(rng.randint(2, 35)),
    "hour": lambda rng: f"{rng.randint(5, 23)} heures",
    "town": lambda rng: rng.choice(TOWNS),
    "first": lambda rng: rng.choice(FIRST_NAMES),
    "last": lambda rng: rng.choice(LAST_NAMES),
}


_ELISIONS = (
    (re.compile(r"\b([Dd])e (?=[AEIOUYÀÉÈÊÎÔ])"), r"\1'"),
    (re.compile(r"\b([Qq])ue (?=[AEIOUYÀÉÈÊÎÔ])"), r"\1u'"),
    (re.compile(r"\bà [Ll]e (?=[A-Z])"), "au "),
    (re.compile(r"\b([Dd])e [Ll]e (?=[A-Z])"), r"\1u "),
)


def tidy(text: str) -> str:
    """French elisions the grammar cannot know about: ``de Odessa`` -> ``d'Odessa``."""
    for pattern, replacement in _ELISIONS:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


def cap(text: str) -> str:
    """``text`` with an upper-case first letter."""
    return text[:1].upper() + text[1:]


def expand(rng: random.Random, symbol: str) -> str:
    """A random phrase of grammar rule ``symbol``."""
    if symbol in _DIRECT:
        return _DIRECT[symbol](rng)
    if symbol.endswith("_c"):
        return cap(expand(rng, symbol[:-2]))
    template = rng.choice(GRAMMAR[symbol])
    return tidy(_SLOT.sub(lambda m: expand(rng, m.group(1)), template))


def slugify(text: str) -> str:
    """``"L'armée à Kiev"`` -> ``"l-armee-a-kiev"``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


# -- pools built once per seed ----------------------------------------------------------------

JS_SNIPPETS = (
    "window.{ns}=window.{ns}||[];{ns}.push({{event:'{ev}',ts:Date.now(),page:'{hex}'}});",
    "(function(w,d){{var s=d.createElement('script');s.async=true;s.src='https://cdn.{dom}.example/{hex}.js?v={n}';"
    "var f=d.getElementsByTagName('script')[0];f.parentNode.insertBefore(s,f);}})(window,document);",
    "function {fn}(a,b){{var c=a.length,h=0;for(var i=0;i<c;i++){{h=(h<<5)-h+a.charCodeAt(i)|0;}}"
    "return (h>>>0).toString(16)+(b||'');}}",
    "var {fn}Cfg={{site:'{hex}',zone:'{ev}',slots:['{ev}-top','{ev}-mid','{ev}-bottom'],refresh:{n},"
    "lazy:true,threshold:0.{n}}};",
    "document.addEventListener('{ev}',function(e){{try{{{ns}.track('{hex}',e.type,{n});}}catch(x){{}}}});",
    "if(typeof {ns}!=='undefined'&&{ns}.consent){{{ns}.consent.on('ready',function(c){{if(c.purposes&&c.purposes['{ev}'])"
    "{{{fn}('{hex}','{n}');}}}});}}",
    "setTimeout(function(){{var i=new Image();i.src='https://stats.{dom}.example/p?c={hex}&r='+Math.random()+'&n={n}';}},{n}0);",
    "Object.assign(window.__{ns}__||(window.__{ns}__={{}}),{{'{ev}':{{id:'{hex}',ttl:{n},retry:{n}}}}});",
)
JS_WORDS = _words(
    "dataLayer, utag, xtParams, pbjs, googletag, didomi, sas, optimize, eulerian, chartbeat, "
    "smart, taboola, outbrain, piano, tp, cxense, atInternet, medialiance, comscore, "
    "permutive"
)
JS_EVENTS = _words(
    "view, scroll, click, consent, ready, load, unload, visible, ad, impression, engage"
)


def _js_blob(rng: random.Random, size: int) -> str:
    """An analytics-looking inline script of about ``size`` ASCII characters."""
    parts: list[str] = []
    total = 0
    while total < size:
        snippet = rng.choice(JS_SNIPPETS).format(
            ns=rng.choice(JS_WORDS),
            fn="_" + "".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=6)),
            ev=rng.choice(JS_EVENTS),
            hex=f"{rng.getrandbits(64):016x}",
            dom=rng.choice(JS_WORDS).lower(),
            n=rng.randint(1, 9),
        )
        parts.append(snippet)
        total += len(snippet) + 1
    return "<script>\n" + "\n".join(parts) + "\n</script>\n"


def _unique(rng: random.Random, rule: str, count: int) -> tuple[str, ...]:
    """``count`` draws of ``rule``, duplicates dropped."""
    return tuple(dict.fromkeys(cap(expand(rng, rule)) for _ in range(count)))


@dataclass(frozen=True)
class Pools:
    """Text and script material shared by every page of one seed."""

    war: tuple[str, ...]
    local: dict[str, tuple[str, ...]]
    blobs: tuple[str, ...]
    pad: str


@lru_cache(maxsize=4)
def pools(seed: int) -> Pools:
    """Sentence pools, script blobs and padding for ``seed`` (built once)."""
    rng = random.Random(f"synthetic-pools:{seed}")
    war = _unique(rng, "w_sentence", 4000)
    local = {topic: _unique(rng, f"{topic}_sentence", 1200) for topic in TOPICS}
    blobs = tuple(_js_blob(rng, rng.randint(2_500, 9_000)) for _ in range(64))
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    pad = "".join(rng.choices(alphabet, k=4 * FILLER_BLOB_LIMIT))
    return Pools(war=war, local=local, blobs=blobs, pad=pad)


# -- outlets ----------------------------------------------------------------------------------


def host_name(outlet: int) -> str:
    return f"www.journal{outlet:03d}.example"


def site_name(outlet: int) -> str:
    return f"Le Journal {outlet}"


@dataclass(frozen=True)
class Outlet:
    """One synthetic outlet and the page chrome all its pages share."""

    index: int
    host: str
    name: str
    journalists: tuple[str, ...]
    menu: tuple[tuple[str, str], ...]  # (path, label) of the rubric pages
    cookie_html: str
    header_html: str
    footer_html: str


def _menu(rng: random.Random) -> list[tuple[str, str]]:
    """A few hundred rubric links: departments and towns, then the topic rubrics."""
    links: list[tuple[str, str]] = [("/", "Accueil")]
    for dept in rng.sample(DEPARTMENTS, 8):
        links.append((f"/{slugify(dept)}/", dept))
        for town in rng.sample(TOWNS, 22):
            links.append((f"/{slugify(dept)}/{slugify(town)}/", town))
    for group, names in RUBRICS.items():
        links.append((f"/{slugify(group)}/", group))
        links += [(f"/{slugify(group)}/{slugify(name)}/", name) for name in names]
    links.insert(1, ("/monde/", "Monde"))
    return links


def _header_html(outlet_name: str, menu: list[tuple[str, str]]) -> str:
    items = "\n".join(
        f'      <li class="menu__item"><a href="{path}">{html.escape(label)}</a></li>'
        for path, label in menu
    )
    return f"""<header class="site-header" id="header">
  <div class="site-header__top">
    <button class="site-header__burger" aria-label="Menu"><span></span><span></span><span></span></button>
    <a class="site-header__logo" href="/" title="{outlet_name} - Actualités"><img src="/img/logo.svg" alt="{outlet_name}" width="180" height="40"></a>
    <form class="site-header__search" action="/recherche/" method="get"><input type="search" name="q" placeholder="Rechercher"><button type="submit">OK</button></form>
    <div class="site-header__account"><a class="btn btn--subscribe" href="/abonnement/?origine=header">S'abonner</a> <a class="btn btn--login" href="/connexion/">Se connecter</a></div>
  </div>
  <nav class="site-header__nav" aria-label="Rubriques">
    <ul class="menu">
{items}
    </ul>
  </nav>
</header>
"""


def _cookie_html(outlet_name: str) -> str:
    return f"""<div id="consent-host" class="consent-banner" role="dialog" aria-label="Consentement cookies">
  <div class="consent-popup">
    <p class="consent-popup__title">Vos choix en matière de cookies</p>
    <p class="consent-popup__text">{outlet_name} et ses partenaires déposent des cookies et utilisent des données non sensibles, comme votre adresse IP ou les identifiants de votre terminal, pour mesurer l'audience, afficher des publicités adaptées à vos centres d'intérêt et vous permettre de partager des contenus sur les réseaux sociaux. Vous pouvez modifier vos choix à tout moment grâce au lien « Paramètres des cookies » en bas de chaque page.</p>
    <div class="consent-popup__buttons">
      <button type="button" class="consent-btn consent-btn--settings">Personnaliser</button>
      <button type="button" class="consent-btn consent-btn--refuse">Continuer sans accepter</button>
      <button type="button" class="consent-btn consent-btn--agree">Tout accepter</button>
    </div>
  </div>
</div>
"""


def _footer_html(rng: random.Random, outlet_name: str) -> str:
    towns = "\n".join(
        f'      <li><a href="/communes/{slugify(t)}/">Actualités à {html.escape(t)}</a></li>'
        for t in rng.sample(TOWNS, 40)
    )
    services = "\n".join(
        f'      <li><a href="/{slugify(label)}/">{html.escape(label)}</a></li>'
        for label in FOOTER_LINKS
    )
    rubrics = "\n".join(
        f'      <li><a href="/{slugify(g)}/{slugify(n)}/">{html.escape(n)}</a></li>'
        for g, names in RUBRICS.items()
        for n in names
    )
    return f"""<footer class="site-footer">
  <div class="site-footer__brand"><img src="/img/logo-white.svg" alt="{outlet_name}" width="160" height="36"></div>
  <nav class="site-footer__cols">
    <ul class="site-footer__col">
{towns}
    </ul>
    <ul class="site-footer__col">
{rubrics}
    </ul>
    <ul class="site-footer__col">
{services}
    </ul>
  </nav>
  <div class="site-footer__social"><a href="https://www.facebook.com/">Facebook</a> <a href="https://x.com/">X</a> <a href="https://www.instagram.com/">Instagram</a> <a href="https://www.youtube.com/">YouTube</a></div>
  <p class="site-footer__legal">© {outlet_name} – Tous droits réservés. Reproduction interdite sans autorisation. Site édité par une société de presse régionale fictive, à des fins de test.</p>
</footer>
"""


@lru_cache(maxsize=256)
def outlet(seed: int, index: int) -> Outlet:
    """Outlet ``index`` of ``seed``: names, staff and page chrome."""
    rng = random.Random(f"synthetic-outlet:{seed}:{index}")
    name = site_name(index)
    menu = _menu(rng)
    staff = tuple(f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}" for _ in range(8))
    return Outlet(
        index=index,
        host=host_name(index),
        name=name,
        journalists=tuple(dict.fromkeys(staff)),
        menu=tuple(menu),
        cookie_html=_cookie_html(name),
        header_html=_header_html(name, menu),
        footer_html=_footer_html(rng, name),
    )


# -- what is published ------------------------------------------------------------------------


@dataclass(frozen=True)
class Stub:
    """What discovery pages say about one published page."""

    outlet: int
    day: int
    n: int  # 0: the day's report, 1..4: unrelated articles
    id: int
    topic: str  # "war" for reports
    headline: str
    description: str
    section: str
    path: str
    url: str
    published: datetime
    modified: datetime | None

    @property
    def is_report(self) -> bool:
        return self.n == 0


def article_id(seed: int, outlet_index: int, day: int, n: int) -> int:
    """The page's numeric id: grows with the day, unique per (outlet, day, n)."""
    return 11_000_000 + (seed % 89) * 1_000_000 + day * 40_000 + (outlet_index % 4000) * 10 + n


def french_date(day: date) -> str:
    """``samedi 1er mars 2025``."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{WEEKDAYS[day.weekday()]} {number} {MONTHS[day.month - 1]} {day.year}"


def _local(day: date, minutes: int) -> datetime:
    minutes = min(minutes, 23 * 60 + 58)
    return datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, tzinfo=TZ)


@lru_cache(maxsize=16_384)
def stub(seed: int, outlet_index: int, day: int, n: int, first_day: date = FIRST_DAY) -> Stub:
    """The discovery-level facts of page ``n`` of ``day`` (deterministic)."""
    rng = random.Random(f"synthetic-stub:{seed}:{outlet_index}:{day}:{n}")
    when = first_day + timedelta(days=day)
    name = site_name(outlet_index)
    if n == 0:
        topic, section = "war", "Monde"
        events = expand(rng, "w_headline")
        if rng.random() < 0.6:
            events += ", " + expand(rng, "w_headline")
        headline = f"Guerre en Ukraine : {events}{REPORT_SUFFIX}"
        words = slugify(events).split("-")[: rng.randint(3, 6)]
        slug = "-".join(["guerre-en-ukraine", *words, "le-point-sur-la-situation"])
        description = (
            f"Chaque jour, {name} fait le point sur la situation en Ukraine. Ce "
            f"{french_date(when)}, retrouvez les dernières informations autour de ce conflit."
        )
        published = _local(when, rng.randint(6 * 60, 7 * 60 + 50))
        modified: datetime | None = published + timedelta(minutes=rng.randint(60, 300))
    else:
        topic = TOPICS[(day + n + outlet_index) % len(TOPICS)]
        section = TOPIC_SECTIONS[topic]
        headline = cap(expand(rng, f"{topic}_headline"))
        slug = slugify(headline)
        description = cap(expand(rng, f"{topic}_sentence"))
        published = _local(when, rng.randint(5 * 60, 20 * 60 + 30))
        modified = (
            published + timedelta(minutes=rng.randint(20, 180)) if rng.random() < 0.6 else None
        )
    assert (n == 0) == ("le point sur la situation" in headline.lower()), headline
    ident = article_id(seed, outlet_index, day, n)
    path = f"/{when:%Y/%m/%d}/{slug}-{ident}.php"
    return Stub(
        outlet=outlet_index,
        day=day,
        n=n,
        id=ident,
        topic=topic,
        headline=headline,
        description=description,
        section=section,
        path=path,
        url=f"https://{host_name(outlet_index)}{path}",
        published=published,
        modified=modified,
    )


@dataclass(frozen=True)
class Section:
    heading: str | None
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Article:
    """Everything one article page shows (see :func:`plan_article`)."""

    stub: Stub
    authors: tuple[str, ...]
    lead: str
    sections: tuple[Section, ...]
    caption: str
    credit: str
    related: tuple[Stub, ...]
    comments: int
    size: int  # the page's size in bytes
    filler_seed: int

    @property
    def paragraphs(self) -> list[str]:
        return [p for s in self.sections for p in s.paragraphs]

    @property
    def headings(self) -> list[str]:
        return [s.heading for s in self.sections if s.heading]


def _paragraphs(rng: random.Random, pool: tuple[str, ...], count: int) -> list[str]:
    """``count`` paragraphs of 2-4 pool sentences, no sentence twice on the page."""
    sizes = [rng.randint(2, 4) for _ in range(count)]
    picked = iter(rng.sample(pool, sum(sizes)))
    return [" ".join(next(picked) for _ in range(size)) for size in sizes]


def _headings(rng: random.Random, rule: str, count: int) -> list[str]:
    found: list[str] = []
    while len(found) < count:
        heading = cap(expand(rng, rule))
        if heading not in found:
            found.append(heading)
    return found


def _sections(rng: random.Random, paragraphs: list[str], headings: list[str]) -> list[Section]:
    """An untitled intro, then one section per heading."""
    cuts = sorted(rng.sample(range(1, len(paragraphs)), len(headings)))
    bounds = [0, *cuts, len(paragraphs)]
    titles: list[str | None] = [None, *headings]
    return [
        Section(titles[i], tuple(paragraphs[bounds[i] : bounds[i + 1]])) for i in range(len(titles))
    ]


def _related(seed: int, info: Stub, first_day: date) -> tuple[Stub, ...]:
    """The "Lire aussi" links: same day or earlier only, so later reveals never change a page."""
    rng = random.Random(f"synthetic-related:{seed}:{info.outlet}:{info.day}:{info.n}")
    choices = [
        (day, n)
        for day in range(max(0, info.day - 3), info.day + 1)
        for n in range(ARTICLES_PER_DAY + 1)
        if (day, n) != (info.day, info.n)
    ]
    picked = rng.sample(choices, min(len(choices), rng.randint(3, 5)))
    if info.is_report and info.day > 0 and (info.day - 1, 0) not in picked:
        picked[0] = (info.day - 1, 0)  # the previous report, as outlets do
    return tuple(stub(seed, info.outlet, day, n, first_day) for day, n in picked)


def plan_article(
    seed: int, outlet_index: int, day: int, n: int, first_day: date = FIRST_DAY
) -> Article:
    """The content of page ``n`` (0: the report) of ``day`` for one outlet."""
    info = stub(seed, outlet_index, day, n, first_day)
    rng = random.Random(f"synthetic-article:{seed}:{outlet_index}:{day}:{n}")
    material = pools(seed)
    staff = outlet(seed, outlet_index).journalists
    authors = tuple(rng.sample(staff, 2 if rng.random() < 0.3 else 1))
    war = info.is_report
    pool = material.war if war else material.local[info.topic]
    paragraphs = _paragraphs(rng, pool, rng.randint(8, 14))
    headings = _headings(rng, "w_heading" if war else "g_heading", rng.randint(2, 4))
    lead = info.description if info.is_report else cap(expand(rng, f"{info.topic}_sentence"))
    photographer = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}".upper()
    return Article(
        stub=info,
        authors=authors,
        lead=lead,
        sections=tuple(_sections(rng, paragraphs, headings)),
        caption=cap(expand(rng, "w_caption" if info.topic in ("war", "ua") else "g_caption")),
        credit=f"{rng.choice(CREDIT_AGENCIES)} – {photographer}",
        related=_related(seed, info, first_day),
        comments=rng.randint(0, 140),
        size=rng.randint(MIN_PAGE_BYTES, MAX_PAGE_BYTES),
        filler_seed=rng.getrandbits(32),
    )


# -- rendering --------------------------------------------------------------------------------


def _text(value: str) -> str:
    return html.escape(value, quote=False)


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def _hm(moment: datetime) -> str:
    return f"{moment:%H}h{moment:%M}"


def _json_ld(data: object) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/")


def _structured(site: Outlet, article: Article) -> str:
    info = article.stub
    base = f"https://{site.host}"
    news = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": info.url},
        "headline": info.headline,
        "description": info.description,
        "datePublished": info.published.isoformat(),
        "dateModified": (info.modified or info.published).isoformat(),
        "author": [
            {"@type": "Person", "name": a, "url": f"{base}/auteurs/{slugify(a)}/"}
            for a in article.authors
        ],
        "publisher": {
            "@type": "Organization",
            "name": site.name,
            "url": base + "/",
            "logo": {"@type": "ImageObject", "url": f"{base}/img/logo-amp.png"},
        },
        "image": {"@type": "ImageObject", "url": _image_url(site, info.id), "width": 1200},
        "articleSection": info.section,
        "inLanguage": "fr-FR",
        "isAccessibleForFree": True,
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base + "/"},
            {
                "@type": "ListItem",
                "position": 2,
                "name": info.section,
                "item": f"{base}/{slugify(info.section)}/",
            },
        ],
    }
    return _json_ld([news, crumbs])


def _image_url(site: Outlet, ident: int) -> str:
    return f"https://images.{site.host.removeprefix('www.')}/view/{ident:x}/large/image.jpg"


def _head(site: Outlet, article: Article) -> str:
    info = article.stub
    title = f"{info.headline} - {site.name}"
    modified = (info.modified or info.published).isoformat()
    return f"""<!DOCTYPE html>
<html lang="fr" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="preconnect" href="https://static.{site.host.removeprefix("www.")}">
<link rel="stylesheet" href="/css/main.{info.id % 9973:04x}.css">
<link rel="icon" href="/favicon.ico">
<link rel="alternate" type="application/rss+xml" title="{site.name}" href="/rss.xml">
<title>{_text(title)}</title>
<meta name="description" content="{_attr(info.description)}">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{info.url}">
<meta property="og:title" content="{_attr(info.headline)}">
<meta property="og:description" content="{_attr(info.description)}">
<meta property="og:url" content="{info.url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{site.name}">
<meta property="og:locale" content="fr_FR">
<meta property="og:image" content="{_image_url(site, info.id)}">
<meta property="article:published_time" content="{info.published.isoformat()}">
<meta property="article:modified_time" content="{modified}">
<meta property="article:section" content="{_attr(info.section)}">
<meta name="twitter:card" content="summary_large_image">
<script>
  window.dataLayer = window.dataLayer || [];
  dataLayer.push({{"pageType": "article", "articleId": "{info.id}", "section": "{slugify(info.section)}", "premium": false, "publicationDate": "{info.published:%Y-%m-%d %H:%M:%S}"}});
</script>
<script type="application/ld+json">
{_structured(site, article)}
</script>
</head>
"""


def _share_bar(url: str, headline: str) -> str:
    target = quote(url, safe="")
    text = quote(headline, safe="")
    return f"""<div class="share-bar">
      <a class="share-bar__item share-bar__item--facebook" href="https://www.facebook.com/sharer/sharer.php?u={target}" target="_blank" rel="noopener">Partager sur Facebook</a>
      <a class="share-bar__item share-bar__item--x" href="https://x.com/intent/tweet?url={target}&amp;text={text}" target="_blank" rel="noopener">X</a>
      <a class="share-bar__item share-bar__item--whatsapp" href="whatsapp://send?text={target}">WhatsApp</a>
      <a class="share-bar__item share-bar__item--mail" href="mailto:?subject={text}&amp;body={target}">E-mail</a>
      <button class="share-bar__item share-bar__item--copy" data-url="{url}">Copier le lien</button>
    </div>"""


def _dates_line(info: Stub) -> str:
    published = (
        f'Publié le <time datetime="{info.published.isoformat()}">'
        f"{info.published:%d/%m/%Y} à {_hm(info.published)}</time>"
    )
    if info.modified is None:
        return published
    return (
        f'{published}, mis à jour à <time datetime="{info.modified.isoformat()}">'
        f"{_hm(info.modified)}</time>"
    )


def _body_html(site: Outlet, article: Article) -> str:
    parts: list[str] = []
    for index, section in enumerate(article.sections):
        if section.heading:
            parts.append(f"        <h2>{_text(section.heading)}</h2>")
        parts += [f"        <p>{_text(p)}</p>" for p in section.paragraphs]
        if index == 0:
            parts.append(
                f'        <figure class="story__figure"><img loading="lazy" src="{_image_url(site, article.stub.id + 1)}"'
                f' alt="" width="1200" height="800"><figcaption>{_text(article.caption)} '
                f'<span class="story__credit">{_text(article.credit)}</span></figcaption></figure>'
            )
        if index == 1:
            parts.append('        <div class="ad ad--inread" data-format="inread">Publicité</div>')
    return "\n".join(parts)


def _read_also(article: Article) -> str:
    links = "\n".join(
        f'        <li><a href="{r.url}">{_text(r.headline)}</a></li>' for r in article.related
    )
    return f"""    <aside class="read-also">
      <p class="read-also__title">Lire aussi</p>
      <ul>
{links}
      </ul>
    </aside>"""


def _article_main(site: Outlet, article: Article) -> str:
    info = article.stub
    byline = " et ".join(article.authors)
    return f"""<main class="main layout layout--article">
  <nav class="breadcrumb" aria-label="Fil d'Ariane"><a href="/">Accueil</a> <span>›</span> <a href="/{slugify(info.section)}/">{_text(info.section)}</a></nav>
  <article class="story" data-id="{info.id}">
    <header class="story__header">
      <a class="story__tag" href="/{slugify(info.section)}/">{_text(info.section)}</a>
      <h1 class="story__title">{_text(info.headline)}</h1>
      <p class="story__chapo">{_text(article.lead)}</p>
      <div class="story__infos">
        <span class="story__author">Par {_text(byline)}</span>
        <p class="story__dates">{_dates_line(info)}</p>
        <span class="story__reading-time">Lecture : {2 + len(article.paragraphs) // 4} min</span>
      </div>
      {_share_bar(info.url, info.headline)}
    </header>
    <div class="story__body">
{_body_html(site, article)}
    </div>
{_read_also(article)}
    <div class="story__footer">
      {_share_bar(info.url, info.headline)}
      <p class="story__report"><a href="/signaler-une-erreur/?id={info.id}">Signaler une erreur</a></p>
    </div>
  </article>
  <div class="newsletter-box">
    <p class="newsletter-box__title">Recevez chaque matin notre newsletter</p>
    <p class="newsletter-box__text">L'essentiel de l'actualité de votre région et du monde, chaque matin dans votre boîte mail.</p>
    <form class="newsletter-box__form" action="/newsletters/inscription/" method="post"><input type="email" name="email" placeholder="Votre adresse e-mail" required> <button type="submit">Je m'inscris</button></form>
    <p class="newsletter-box__legal">En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre politique de confidentialité.</p>
  </div>
  <section class="comments" id="reagir">
    <p class="comments__title">Réagir</p>
    <p class="comments__count">{article.comments} commentaires</p>
    <p class="comments__login">Vous souhaitez réagir à cet article ? <a href="/connexion/?redirect=reagir">Connectez-vous</a> ou <a href="/abonnement/">abonnez-vous</a> pour accéder aux commentaires.</p>
  </section>
</main>
"""


def _pad_script(rng: random.Random, pad: str, length: int) -> str:
    """An inline state script of exactly ``length`` ASCII characters."""
    opening, closing = '<script>window.__APP_STATE__="', '";</script>\n'
    payload = length - len(opening) - len(closing)
    if payload < 0:
        return "\n" * length
    start = rng.randrange(len(pad) - payload + 1)
    return opening + pad[start : start + payload] + closing


def _filler(rng: random.Random, material: Pools, length: int) -> str:
    """Inline scripts of ``length`` ASCII characters in all."""
    parts: list[str] = []
    left = length
    while left > FILLER_BLOB_LIMIT:
        blob = rng.choice(material.blobs)
        parts.append(blob)
        left -= len(blob)
    parts.append(_pad_script(rng, material.pad, max(left, 0)))
    return "".join(parts)


def render_article(seed: int, article: Article) -> bytes:
    """The page of ``article``: ``article.size`` bytes unless its content alone is larger."""
    site = outlet(seed, article.stub.outlet)
    before = (
        _head(site, article)
        + '<body class="page page--article">\n'
        + site.cookie_html
        + site.header_html
        + '<div class="ad ad--megaban" id="ad-top">Publicité</div>\n'
        + _article_main(site, article)
        + site.footer_html
    ).encode()
    after = b"</body>\n</html>\n"
    rng = random.Random(article.filler_seed)
    filler = _filler(rng, pools(seed), article.size - len(before) - len(after))
    return before + filler.encode("ascii") + after


# -- discovery pages --------------------------------------------------------------------------


def _items(seed: int, outlet_index: int, days: range, first_day: date) -> list[Stub]:
    """Every page of ``days``, newest first."""
    found = [
        stub(seed, outlet_index, day, n, first_day)
        for day in days
        for n in range(ARTICLES_PER_DAY + 1)
    ]
    return sorted(found, key=lambda s: s.published, reverse=True)


def render_rss(site: Outlet, items: list[Stub]) -> bytes:
    base = f"https://{site.host}"
    entries = "\n".join(
        f"""  <item>
    <title><![CDATA[{s.headline}]]></title>
    <link>{s.url}</link>
    <description><![CDATA[{s.description}]]></description>
    <pubDate>{email.utils.format_datetime(s.published)}</pubDate>
    <guid isPermaLink="true">{s.url}</guid>
    <category>{_text(s.section)}</category>
  </item>"""
        for s in items
    )
    built = email.utils.format_datetime(items[0].published) if items else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>{site.name} - Toute l'actualité</title>
  <link>{base}/</link>
  <description>Les dernières actualités publiées par {site.name}</description>
  <language>fr</language>
  <lastBuildDate>{built}</lastBuildDate>
  <ttl>15</ttl>
  <atom:link href="{base}/rss.xml" rel="self" type="application/rss+xml"/>
{entries}
</channel>
</rss>
""".encode()


def render_sitemap(site: Outlet, items: list[Stub]) -> bytes:
    entries = "\n".join(
        f"""  <url>
    <loc>{s.url}</loc>
    <news:news>
      <news:publication>
        <news:name>{site.name}</news:name>
        <news:language>fr</news:language>
      </news:publication>
      <news:publication_date>{s.published.isoformat()}</news:publication_date>
      <news:title>{_text(s.headline)}</news:title>
    </news:news>
  </url>"""
        for s in items
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
{entries}
</urlset>
""".encode()


def render_listing(site: Outlet, items: list[Stub]) -> bytes:
    """``/monde/``: cards for the latest days, under a compact rubric menu."""
    nav = [link for link in site.menu if link[0] != "/monde/"][: LISTING_NAV_LINKS - 1]
    menu = [("/monde/", "Monde"), *nav]
    cards = "\n".join(
        f"""    <article class="card{" card--report" if s.is_report else ""}">
      <a class="card__link" href="{s.url}"><h2 class="card__title">{_text(s.headline)}</h2></a>
      <p class="card__chapo">{_text(s.description)}</p>
      <time class="card__date" datetime="{s.published.isoformat()}">{s.published:%d/%m/%Y} à {_hm(s.published)}</time>
    </article>"""
        for s in items
    )
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Monde : toute l'actualité internationale - {site.name}</title>
<meta name="description" content="L'actualité internationale en continu avec {site.name}.">
<link rel="canonical" href="https://{site.host}/monde/">
</head>
<body class="page page--listing">
{site.cookie_html}{_header_html(site.name, menu)}<main class="main layout layout--listing">
  <h1 class="listing__title">Monde</h1>
  <section class="listing">
{cards}
  </section>
</main>
{site.footer_html}</body>
</html>
""".encode()


ROBOTS = b"User-agent: *\nAllow: /\n"


# -- writing ----------------------------------------------------------------------------------


@dataclass
class SiteInfo:
    """What :func:`generate` produced."""

    root: Path
    hosts: list[str] = field(default_factory=list)
    discovery_urls: list[str] = field(default_factory=list)
    report_urls: list[str] = field(default_factory=list)  # revealed reports
    article_urls: list[str] = field(default_factory=list)  # revealed unrelated articles
    pages: int = 0  # files written by this call (new or changed)
    bytes: int = 0  # bytes written by this call
    unchanged: int = 0  # files already on disk with the same bytes, left alone


class _Writer:
    """Writes files atomically, and only when their bytes change (stable ETags, mtimes)."""

    def __init__(self, info: SiteInfo) -> None:
        self.info = info
        self.made: set[Path] = set()

    def write(self, path: Path, data: bytes) -> None:
        if path.parent not in self.made:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.made.add(path.parent)
        try:
            if path.stat().st_size == len(data) and path.read_bytes() == data:
                self.info.unchanged += 1
                return
        except FileNotFoundError:
            pass
        temporary = path.with_name(f".{path.name}.tmp")
        temporary.write_bytes(data)
        temporary.replace(path)
        self.info.pages += 1
        self.info.bytes += len(data)


def discovery_urls(outlet_index: int) -> tuple[str, str, str, str]:
    """Feed, news sitemap, listing and the sitemap index of the whole archive."""
    base = f"https://{host_name(outlet_index)}"
    return (
        f"{base}/rss.xml",
        f"{base}/sitemap-news.xml",
        f"{base}/monde/",
        f"{base}/sitemap.xml",
    )


def render_sitemap_index(site: Outlet, months: list[tuple[str, datetime]]) -> bytes:
    """``/sitemap.xml``: one monthly sitemap per month published so far, with its lastmod."""
    entries = "\n".join(
        f"""  <sitemap>
    <loc>https://{site.host}/sitemaps/{month}.xml</loc>
    <lastmod>{newest.isoformat()}</lastmod>
  </sitemap>"""
        for month, newest in months
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{entries}
</sitemapindex>
""".encode()


def _write_archive(writer: _Writer, site: Outlet, folder: Path, items: list[Stub]) -> None:
    """Monthly sitemaps of every page published so far, and their index: a site's whole
    history is reachable, and past months' files never change."""
    by_month: dict[str, list[Stub]] = {}
    for item in items:
        by_month.setdefault(f"{item.published:%Y-%m}", []).append(item)
    months = []
    for month, stubs in sorted(by_month.items()):
        writer.write(folder / "sitemaps" / f"{month}.xml", render_sitemap(site, stubs))
        months.append((month, stubs[0].published))
    writer.write(folder / "sitemap.xml", render_sitemap_index(site, months))


def _write_outlet(writer: _Writer, seed: int, index: int, shown: int, first_day: date) -> None:
    """One outlet's pages of days ``0 .. shown-1``, then its discovery pages."""
    site = outlet(seed, index)
    folder = writer.info.root / site.host
    writer.info.hosts.append(site.host)
    writer.info.discovery_urls += discovery_urls(index)
    for day in range(shown):
        for n in range(ARTICLES_PER_DAY + 1):
            article = plan_article(seed, index, day, n, first_day)
            writer.write(folder / article.stub.path.lstrip("/"), render_article(seed, article))
            urls = writer.info.report_urls if n == 0 else writer.info.article_urls
            urls.append(article.stub.url)
    feed_days = -(-RSS_ITEMS // (ARTICLES_PER_DAY + 1))
    newest = _items(seed, index, range(max(0, shown - feed_days), shown), first_day)
    listed = _items(seed, index, range(max(0, shown - LISTING_DAYS), shown), first_day)
    writer.write(folder / "robots.txt", ROBOTS)
    writer.write(folder / "rss.xml", render_rss(site, newest[:RSS_ITEMS]))
    writer.write(folder / "sitemap-news.xml", render_sitemap(site, newest[:RSS_ITEMS]))
    writer.write(folder / "monde" / "index.html", render_listing(site, listed))
    _write_archive(writer, site, folder, _items(seed, index, range(shown), first_day))


def generate(
    root: Path,
    outlets: int,
    days: int,
    seed: int = 7,
    reveal: int | None = None,
    first_day: date = FIRST_DAY,
) -> SiteInfo:
    """Write (or extend) the synthetic sites under ``root``; see the module docstring."""
    root = Path(root)
    reveal = days if reveal is None else max(0, min(reveal, days))
    info = SiteInfo(root=root)
    writer = _Writer(info)
    for index in range(outlets):
        _write_outlet(writer, seed, index, reveal, first_day)
    return info


def generate_once(root: Path, outlets: int, days: int, seed: int = 7) -> None:
    """:func:`generate` the sites under ``root`` unless an earlier run completed them there
    (a ``.complete`` marker, written last): benchmarks that keep a work folder reuse them."""
    marker = Path(root) / ".complete"
    if not marker.exists():
        generate(root, outlets, days, seed=seed)
        marker.write_text(f"{outlets} {days} {seed}\n", "utf-8")


# -- sitrep sources ---------------------------------------------------------------------------


def series_for(outlet_index: int) -> Series:
    """The outlet's daily report series (the Dépêche group's URL pattern fits these URLs)."""
    return ukraine_daily(host_name(outlet_index).removeprefix("www."))


def source_for(outlet_index: int) -> Source:
    """The registry entry that lets sitrep crawl outlet ``outlet_index``."""
    host = host_name(outlet_index)
    rss, sitemap, listing, archive = discovery_urls(outlet_index)
    return Source(
        slug=f"journal{outlet_index:03d}",
        name=site_name(outlet_index),
        homepage=f"https://{host}/",
        language="fr",
        timezone=TIMEZONE,
        country="FR",
        media_group="Synthetic",
        series=(series_for(outlet_index),),
        feeds=(rss,),
        sitemaps=(sitemap, archive),
        listings=(listing,),
        allowed_domains=(host,),
        site_names=(host.removeprefix("www."),),
        notes="Generated benchmark site (benchmarks/synthetic.py).",
    )


def build_sources(count: int) -> list[Source]:
    return [source_for(i) for i in range(count)]


SOURCES = build_sources(int(os.environ.get("SITREP_SYNTHETIC_OUTLETS", "20")))


# -- command ----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path, help="Where to write the site tree.")
    parser.add_argument("--outlets", type=int, default=20)
    parser.add_argument("--days", type=int, default=20)
    parser.add_argument("--reveal", type=int, default=None, help="Days published (default all).")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--first-day", type=date.fromisoformat, default=FIRST_DAY)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    info = generate(args.root, args.outlets, args.days, args.seed, args.reveal, args.first_day)
    seconds = time.perf_counter() - started
    print(
        f"root={args.root} outlets={args.outlets} days={args.days} "
        f"reveal={args.days if args.reveal is None else args.reveal} seed={args.seed} "
        f"reports={len(info.report_urls)} articles={len(info.article_urls)} "
        f"written_pages={info.pages} written_bytes={info.bytes} unchanged={info.unchanged} "
        f"seconds={seconds:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
