<!DOCTYPE html>
<html lang="fr" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<link rel="preconnect" href="https://static.midilibre.fr">
<link rel="preconnect" href="https://sdk.privacy-center.org">
<link rel="stylesheet" href="https://static.midilibre.fr/css/main.3a9c41.css">
<link rel="icon" href="/favicon.ico">
<link rel="alternate" type="application/rss+xml" title="Midi Libre" href="https://www.midilibre.fr/rss.xml">
<script>window.didomiConfig = {"app":{"apiKey":"9254027a792ecf47f59ea95204ba3f6a134c","vendors":{"iab":{"all":true}}}};</script>
<script async src="https://sdk.privacy-center.org/loader.js"></script>
<title>Guerre en Ukraine : l'Otan envisage un fonds de 100 milliards d'euros, nouvelles attaques sur Belgorod… le point sur la situation - midilibre.fr</title>
<meta name="description" content="Chaque jour, Midi Libre fait le point sur la situation en Ukraine. Ce mercredi 3 avril 2024, retrouvez les dernières informations autour de ce conflit.">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.midilibre.fr/2024/04/03/guerre-en-ukraine-l-otan-envisage-un-fonds-de-100-milliards-d-euros-nouvelles-attaques-sur-belgorod-le-point-sur-la-situation-11866907.php">
<link rel="amphtml" href="https://www.midilibre.fr/amp/2024/04/03/guerre-en-ukraine-l-otan-envisage-un-fonds-de-100-milliards-d-euros-nouvelles-attaques-sur-belgorod-le-point-sur-la-situation-11866907.php">
<meta property="og:title" content="Guerre en Ukraine : l'Otan envisage un fonds de 100 milliards d'euros, nouvelles attaques sur Belgorod… le point sur la situation - midilibre.fr">
<meta property="og:description" content="Chaque jour, Midi Libre fait le point sur la situation en Ukraine. Ce mercredi 3 avril 2024, retrouvez les dernières informations autour de ce conflit.">
<meta property="og:url" content="https://www.midilibre.fr/2024/04/03/guerre-en-ukraine-l-otan-envisage-un-fonds-de-100-milliards-d-euros-nouvelles-attaques-sur-belgorod-le-point-sur-la-situation-11866907.php">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Midi Libre">
<meta property="og:locale" content="fr_FR">
<meta property="og:image" content="https://images.midilibre.fr/api/v1/images/view/836b27ae378a9ad9f5d4133d/large/image.jpg?v=1">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="800">
<meta property="article:published_time" content="2024-04-03T07:15:00+02:00">
<meta property="article:section" content="Monde">
<meta property="article:tag" content="Guerre en Ukraine">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@Midilibre">
<meta name="twitter:title" content="Guerre en Ukraine : l'Otan envisage un fonds de 100 milliards d'euros, nouvelles attaques sur Belgorod… le point sur la situation">
<script>
  window.dataLayer = window.dataLayer || [];
  dataLayer.push({"pageType": "article", "articleId": "11866907", "section": "monde", "tag": "Guerre en Ukraine", "premium": false, "publicationDate": "2024-04-03 07:15:00", "author": "Par Léa Fabre avec AFP"});
  (function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-K2X7RZ');
</script>
<script type="application/ld+json">
[{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":"https://www.midilibre.fr/2024/04/03/guerre-en-ukraine-l-otan-envisage-un-fonds-de-100-milliards-d-euros-nouvelles-attaques-sur-belgorod-le-point-sur-la-situation-11866907.php"},"headline":"Guerre en Ukraine : l'Otan envisage un fonds de 100 milliards d'euros, nouvelles attaques sur Belgorod… le point sur la situation","description":"Chaque jour, Midi Libre fait le point sur la situation en Ukraine. Ce mercredi 3 avril 2024, retrouvez les dernières informations autour de ce conflit.","datePublished":"2024-04-03T07:15:00+02:00","author":[{"@type":"Person","name":"Léa Fabre","url":"https://www.midilibre.fr/auteurs/lea-fabre/"}],"publisher":{"@type":"Organization","name":"Midi Libre","url":"https://www.midilibre.fr/","logo":{"@type":"ImageObject","url":"https://www.midilibre.fr/img/logo-ml-amp.png","width":600,"height":60}},"image":{"@type":"ImageObject","url":"https://images.midilibre.fr/api/v1/images/view/836b27ae378a9ad9f5d4133d/large/image.jpg?v=1","width":1200,"height":800},"articleSection":"Monde","inLanguage":"fr-FR","isAccessibleForFree":true,"articleBody":"L'Otan veut un fonds de 100 milliards d'euros pour l'Ukraine\nLe secrétaire général de l'Otan, Jens Stoltenberg, a proposé mercredi aux ministres des Affaires étrangères de l'Alliance, réunis à Bruxelles, la création d'un fonds de 100 milliards d'euros sur cinq ans destiné à l'aide militaire à l'Ukraine.\nL'objectif est de rendre le soutien des alliés plus prévisible et moins dépendant des aléas politiques, alors que le Congrès américain bloque depuis l'automne une nouvelle enveloppe pour Kiev et que la perspective d'un retour de Donald Trump à la Maison Blanche inquiète les chancelleries européennes.\nJens Stoltenberg a plaidé à son arrivée pour des engagements pluriannuels plutôt que des annonces au coup par coup. Plusieurs pays, dont la Hongrie, ont toutefois exprimé des réserves, et aucune décision n'est attendue avant le sommet de Washington, en juillet.\nLa proposition prévoit aussi que l'Alliance reprenne une partie de la coordination des livraisons d'armes, assurée jusqu'ici par le groupe de contact dit « de Ramstein », piloté par les États-Unis.\nBelgorod de nouveau ciblée, selon Moscou\nLe ministère russe de la Défense a affirmé mercredi avoir intercepté une dizaine de drones et de roquettes au-dessus de la région de Belgorod, frontalière de l'Ukraine, au cours de la nuit.\nLe gouverneur Viatcheslav Gladkov a fait état de dégâts matériels dans plusieurs villages et d'un blessé léger. Depuis la mi-mars, la région est la cible d'attaques répétées et de tentatives d'incursion de groupes armés se présentant comme des volontaires russes combattant aux côtés de Kiev.\nLe front sous pression dans le Donbass\nSur le terrain, l'état-major ukrainien a recensé plus de 60 affrontements en vingt-quatre heures, principalement dans les secteurs de Pokrovsk, de Novopavlivka et autour de Tchassiv Iar, une localité stratégique que l'armée russe tente d'encercler.\nLes forces russes poursuivent leurs efforts pour avancer à l'ouest d'Avdiïvka, relève l'Institut pour l'étude de la guerre (ISW), un cercle de réflexion américain, qui note toutefois des gains territoriaux limités.\nLe commandant en chef des forces ukrainiennes, Oleksandr Syrsky, a reconnu que la situation restait « difficile » et que ses troupes manquaient toujours d'obus d'artillerie."},{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Accueil","item":"https://www.midilibre.fr/"},{"@type":"ListItem","position":2,"name":"Monde","item":"https://www.midilibre.fr/monde/"},{"@type":"ListItem","position":3,"name":"Guerre en Ukraine : l'Otan envisage un fonds de 100 milliards d'euros, nouvelles attaques sur Belgorod… le point sur la situation","item":"https://www.midilibre.fr/2024/04/03/guerre-en-ukraine-l-otan-envisage-un-fonds-de-100-milliards-d-euros-nouvelles-attaques-sur-belgorod-le-point-sur-la-situation-11866907.php"}]}]
</script>
</head>
<body class="page page--article">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K2X7RZ" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<div id="didomi-host" class="didomi-banner" role="dialog" aria-label="Consentement cookies">
  <div class="didomi-popup">
    <p class="didomi-popup__title">Nous respectons votre vie privée</p>
    <p class="didomi-popup__text">Midi Libre et ses partenaires utilisent des cookies et traitent des données personnelles, comme votre adresse IP ou les identifiants de votre navigateur, afin de mesurer l'audience, de personnaliser le contenu et la publicité, et de vous proposer des fonctionnalités liées aux réseaux sociaux. Vous pouvez accepter, refuser ou paramétrer vos choix à tout moment depuis le lien « Gestion des cookies » en bas de page.</p>
    <div class="didomi-popup__buttons">
      <button type="button" class="didomi-btn didomi-btn--settings">Paramétrer</button>
      <button type="button" class="didomi-btn didomi-btn--refuse">Continuer sans accepter</button>
      <button type="button" class="didomi-btn didomi-btn--agree">Accepter et fermer</button>
    </div>
  </div>
</div>
<header class="header" id="header">
  <div class="header__top">
    <button class="header__burger" aria-label="Menu"><span></span><span></span><span></span></button>
    <a class="header__logo" href="/" title="Midi Libre - Actualités"><img src="https://www.midilibre.fr/img/logo-midilibre.svg" alt="Midi Libre" width="180" height="40"></a>
    <form class="header__search" action="/recherche/" method="get"><input type="search" name="q" placeholder="Rechercher"><button type="submit">OK</button></form>
    <div class="header__account">
      <a class="btn btn--subscribe" href="https://abonnement.midilibre.fr/offres?origine=header">S'abonner</a>
      <a class="btn btn--login" href="/connexion/">Se connecter</a>
    </div>
  </div>
  <nav class="header__nav" aria-label="Rubriques">
    <ul class="menu">
        <li class="menu__item"><a href="/montpellier/">Montpellier</a></li>
        <li class="menu__item"><a href="/herault/">Hérault</a></li>
        <li class="menu__item"><a href="/gard/">Gard</a></li>
        <li class="menu__item"><a href="/aveyron/">Aveyron</a></li>
        <li class="menu__item"><a href="/lozere/">Lozère</a></li>
        <li class="menu__item"><a href="/sports/">Sports</a></li>
        <li class="menu__item"><a href="/faits-divers/">Faits divers</a></li>
        <li class="menu__item menu__item--active"><a href="/monde/">Monde</a></li>
        <li class="menu__item"><a href="/societe/">Société</a></li>
        <li class="menu__item"><a href="/economie/">Économie</a></li>
        <li class="menu__item"><a href="/loisirs/">Loisirs</a></li>
        <li class="menu__item"><a href="/meteo/">Météo</a></li>
    </ul>
  </nav>
</header>
<div class="ad ad--megaban" id="ad-top" data-format="megaban">Publicité</div>
<main class="main layout layout--article">
  <nav class="breadcrumb" aria-label="Fil d'Ariane"><a href="/">Accueil</a> <span>›</span> <a href="/monde/">Monde</a> <span>›</span> <span>Guerre en Ukraine</span></nav>
  <article class="article-full" data-id="11866907" itemscope itemtype="https://schema.org/NewsArticle">
    <div class="article-full__header">
      <a class="article-full__tag" href="/theme/guerre-en-ukraine/">Guerre en Ukraine</a>
      <h1 class="article-full__title">Guerre en Ukraine : l'Otan envisage un fonds de 100 milliards d'euros, nouvelles attaques sur Belgorod… le point sur la situation</h1>
      <p class="article-full__chapo">Chaque jour, Midi Libre fait le point sur la situation en Ukraine. Ce mercredi 3 avril 2024, retrouvez les dernières informations autour de ce conflit.</p>
      <div class="article-full__infos">
        <span class="article-full__infos-author">Par Léa Fabre avec AFP</span>
        <div class="article-full__infos-dates"><time content="2024-04-03T07:15:00+02:00">Publié le 03/04/2024 à 07:15</time></div>
        <span class="article-full__reading-time">Lecture : 2 min</span>
      </div>
      <div class="share-bar">
      <a class="share-bar__item share-bar__item--facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.midilibre.fr%2F2024%2F04%2F03%2Fguerre-en-ukraine-l-otan-envisage-un-fonds-de-100-milliards-d-euros-nouvelles-attaques-sur-belgorod-le-point-sur-la-situation-11866907.php" target="_blank" rel="noopener">Partager sur Facebook</a>
      <a class="share-bar__item share-bar__item--twitter" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.midilibre.fr%2F2024%2F04%2F03%2Fguerre-en-ukraine-l-otan-envisage-un-fonds-de-100-milliards-d-euros-nouvelles-attaques-sur-belgorod-le-point-sur-la-situation-11866907.php&amp;text=Guerre%20en%20Ukraine%20%3A%20l%27Otan%20envisage%20un%20fonds%20de%20100%20milliards%20d%27euros%2C%20nouvelles%20attaques%20sur%20Belgorod%E2%80%A6%20le%20point%20sur%20la%20situation" target="_blank" rel="noopener">Twitter</a>
      <a class="share-bar__item share-bar__item--whatsapp" href="whatsapp://send?text=https%3A%2F%2Fwww.midilibre.fr%2F2024%2F04%2F03%2Fguerre-en-ukraine-l-otan-envisage-un-fonds-de-100-milliards-d-euros-nouvelles-attaques-sur-belgorod-le-point-sur-la-situation-11866907.php">WhatsApp</a>
      <button class="share-bar__item share-bar__item--copy" data-url="https://www.midilibre.fr/2024/04/03/guerre-en-ukraine-l-otan-envisage-un-fonds-de-100-milliards-d-euros-nouvelles-attaques-sur-belgorod-le-point-sur-la-situation-11866907.php">Copier le lien</button>
    </div>
    </div>
    <ul class="article-full__media-slider">
      <li><figure><img class="responsive-img" src="https://images.midilibre.fr/api/v1/images/view/836b27ae378a9ad9f5d4133d/large/image.jpg?v=1" alt="Drapeaux ukrainien et européen" width="1200" height="800"><figcaption>Le point sur la situation. Illustration Midi Libre – JEAN-MICHEL MART</figcaption></figure></li>
    </ul>
    <div class="article-full__body">
      <div class="article-full__body-content">
        <h2>L'Otan veut un fonds de 100 milliards d'euros pour l'Ukraine</h2>
        <p>Le secrétaire général de l'Otan, Jens Stoltenberg, a proposé mercredi aux ministres des Affaires étrangères de l'Alliance, réunis à Bruxelles, la création d'un fonds de 100 milliards d'euros sur cinq ans destiné à l'aide militaire à l'Ukraine.</p>
        <p>L'objectif est de rendre le soutien des alliés plus prévisible et moins dépendant des aléas politiques, alors que le Congrès américain bloque depuis l'automne une nouvelle enveloppe pour Kiev et que la perspective d'un retour de Donald Trump à la Maison Blanche inquiète les chancelleries européennes.</p>
        <p>Jens Stoltenberg a plaidé à son arrivée pour des engagements pluriannuels plutôt que des annonces au coup par coup. Plusieurs pays, dont la Hongrie, ont toutefois exprimé des réserves, et aucune décision n'est attendue avant le sommet de Washington, en juillet.</p>
        <p>La proposition prévoit aussi que l'Alliance reprenne une partie de la coordination des livraisons d'armes, assurée jusqu'ici par le groupe de contact dit « de Ramstein », piloté par les États-Unis.</p>
        <div class="ad ad--inread" data-format="inread">Publicité</div>
        <h2>Belgorod de nouveau ciblée, selon Moscou</h2>
        <p>Le ministère russe de la Défense a affirmé mercredi avoir intercepté une dizaine de drones et de roquettes au-dessus de la région de Belgorod, frontalière de l'Ukraine, au cours de la nuit.</p>
        <p>Le gouverneur Viatcheslav Gladkov a fait état de dégâts matériels dans plusieurs villages et d'un blessé léger. Depuis la mi-mars, la région est la cible d'attaques répétées et de tentatives d'incursion de groupes armés se présentant comme des volontaires russes combattant aux côtés de Kiev.</p>
        <div class="read-also"><span>À lire aussi :</span> <a href="https://www.midilibre.fr/2024/04/02/guerre-en-ukraine-ce-que-l-on-sait-des-drones-ukrainiens-qui-ont-frappe-le-tatarstan-11865990.php">Guerre en Ukraine : ce que l'on sait des drones ukrainiens qui ont frappé le Tatarstan</a></div>
        <h2>Le front sous pression dans le Donbass</h2>
        <p>Sur le terrain, l'état-major ukrainien a recensé plus de 60 affrontements en vingt-quatre heures, principalement dans les secteurs de Pokrovsk, de Novopavlivka et autour de Tchassiv Iar, une localité stratégique que l'armée russe tente d'encercler.</p>
        <p>Les forces russes poursuivent leurs efforts pour avancer à l'ouest d'Avdiïvka, relève l'Institut pour l'étude de la guerre (ISW), un cercle de réflexion américain, qui note toutefois des gains territoriaux limités.</p>
        <p>Le commandant en chef des forces ukrainiennes, Oleksandr Syrsky, a reconnu que la situation restait « difficile » et que ses troupes manquaient toujours d'obus d'artillerie.</p>
      </div>
    </div>
    <div class="article-full__tags"><a class="tag" href="/theme/guerre-en-ukraine/">Guerre en Ukraine</a> <a class="tag" href="/theme/russie/">Russie</a> <a class="tag" href="/theme/ukraine/">Ukraine</a> <a class="tag" href="/theme/vladimir-poutine/">Vladimir Poutine</a> <a class="tag" href="/theme/volodymyr-zelensky/">Volodymyr Zelensky</a> <a class="tag" href="/theme/international/">International</a></div>
    <div class="article-full__footer">
      <div class="share-bar">
      <a class="share-bar__item share-bar__item--facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.midilibre.fr%2F2024%2F04%2F03%2Fguerre-en-ukraine-l-otan-envisage-un-fonds-de-100-milliards-d-euros-nouvelles-attaques-sur-belgorod-le-point-sur-la-situation-11866907.php" target="_blank" rel="noopener">Partager sur Facebook</a>
      <a class="share-bar__item share-bar__item--twitter" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.midilibre.fr%2F2024%2F04%2F03%2Fguerre-en-ukraine-l-otan-envisage-un-fonds-de-100-milliards-d-euros-nouvelles-attaques-sur-belgorod-le-point-sur-la-situation-11866907.php&amp;text=Guerre%20en%20Ukraine%20%3A%20l%27Otan%20envisage%20un%20fonds%20de%20100%20milliards%20d%27euros%2C%20nouvelles%20attaques%20sur%20Belgorod%E2%80%A6%20le%20point%20sur%20la%20situation" target="_blank" rel="noopener">Twitter</a>
      <a class="share-bar__item share-bar__item--whatsapp" href="whatsapp://send?text=https%3A%2F%2Fwww.midilibre.fr%2F2024%2F04%2F03%2Fguerre-en-ukraine-l-otan-envisage-un-fonds-de-100-milliards-d-euros-nouvelles-attaques-sur-belgorod-le-point-sur-la-situation-11866907.php">WhatsApp</a>
      <button class="share-bar__item share-bar__item--copy" data-url="https://www.midilibre.fr/2024/04/03/guerre-en-ukraine-l-otan-envisage-un-fonds-de-100-milliards-d-euros-nouvelles-attaques-sur-belgorod-le-point-sur-la-situation-11866907.php">Copier le lien</button>
    </div>
      <p class="article-full__report"><a href="/signaler-une-erreur/?id=11866907">Signaler une erreur</a></p>
    </div>
  </article>
  <div class="newsletter-box">
    <p class="newsletter-box__title">Recevez chaque matin la newsletter de Midi Libre</p>
    <p class="newsletter-box__text">L'essentiel de l'actualité de votre région et du monde, directement dans votre boîte mail.</p>
    <form class="newsletter-box__form" action="/newsletters/inscription/" method="post">
      <input type="email" name="email" placeholder="Votre adresse e-mail" required>
      <button type="submit">Je m'inscris</button>
    </form>
    <p class="newsletter-box__legal">En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre politique de confidentialité.</p>
  </div>
  <section class="comments" id="reagir">
    <h2 class="comments__title">Réagir</h2>
    <p class="comments__count">0 commentaires</p>
    <div class="comments__login">
      <p>Vous devez être connecté pour commenter.</p>
      <a class="btn" href="/connexion/?redirect=%23reagir">Se connecter</a> <a class="btn btn--ghost" href="/inscription/">Créer un compte</a>
    </div>
    <p class="comments__charter">Les commentaires sont modérés selon notre <a href="/charte-des-commentaires/">charte</a>.</p>
  </section>
  <aside class="sidebar">
    <div class="ad ad--pave" data-format="pave">Publicité</div>
    <section class="most-read">
    <h3 class="most-read__title">Les plus lus</h3>
    <ol class="most-read__list">
      <li class="most-read__item"><span class="most-read__rank">1</span> <a href="/2024/04/01/gard-a-nimes-la-feria-de-pentecote-devoile-son-affiche-11863555.php">Gard : à Nîmes, la feria de Pentecôte dévoile son affiche</a></li>
      <li class="most-read__item"><span class="most-read__rank">2</span> <a href="/2024/04/03/montpellier-le-marche-aux-fleurs-de-l-esplanade-fait-son-retour-pour-le-printemps-11867480.php">Montpellier : le marché aux fleurs de l'Esplanade fait son retour pour le printemps</a></li>
      <li class="most-read__item"><span class="most-read__rank">3</span> <a href="/2024/04/05/montpellier-les-travaux-de-la-ligne-5-du-tramway-perturbent-la-circulation-avenue-de-toulouse-11871820.php">Montpellier : les travaux de la ligne 5 du tramway perturbent la circulation avenue de Toulouse</a></li>
      <li class="most-read__item"><span class="most-read__rank">4</span> <a href="/2024/04/05/guerre-en-ukraine-vladimir-poutine-prepare-t-il-une-offensive-d-ete-un-chercheur-montpellierain-decrypte-11872210.php">Guerre en Ukraine : Vladimir Poutine prépare-t-il une offensive d'été ? Un chercheur montpelliérain décrypte</a></li>
      <li class="most-read__item"><span class="most-read__rank">5</span> <a href="/2024/04/06/herault-un-automobiliste-flashe-a-190-km-h-sur-l-a9-pres-de-lunel-11874120.php">Hérault : un automobiliste flashé à 190 km/h sur l'A9 près de Lunel</a></li>
      <li class="most-read__item"><span class="most-read__rank">6</span> <a href="/2024/04/07/meteo-jusqu-a-28-c-attendus-dans-l-herault-et-le-gard-ce-dimanche-un-record-pour-un-mois-d-avril-11875304.php">Météo : jusqu'à 28 °C attendus dans l'Hérault et le Gard ce dimanche, un record pour un mois d'avril ?</a></li>
    </ol>
  </section>
    <div class="ad ad--pave" data-format="pave2">Publicité</div>
  </aside>
</main>
<footer class="footer" id="footer">
  <div class="footer__editions"><p>Nos éditions : Montpellier · Nîmes · Béziers · Sète · Alès · Millau · Mende · Lunel · Agde · Lodève</p></div>
  <div class="footer__cols">
    <ul class="footer__links">
      <li><a href="/qui-sommes-nous/">Qui sommes-nous ?</a></li>
      <li><a href="/mentions-legales/">Mentions légales</a></li>
      <li><a href="/cgu/">Conditions générales d'utilisation</a></li>
      <li><a href="/confidentialite/">Politique de confidentialité</a></li>
      <li><a href="javascript:Didomi.preferences.show()">Gestion des cookies</a></li>
      <li><a href="/contact/">Contact</a></li>
      <li><a href="/publicite/">Publicité</a></li>
      <li><a href="https://annonces-legales.laDepeche.fr/">Annonces légales</a></li>
      <li><a href="https://avis-de-deces.midilibre.fr/">Avis de décès</a></li>
      <li><a href="/plan-du-site/">Plan du site</a></li>
      <li><a href="/rss.xml">Flux RSS</a></li>
      <li><a href="/newsletters/">Nos newsletters</a></li>
    </ul>
    <ul class="footer__group">
      <li><a href="https://www.ladepeche.fr/" rel="noopener">La Dépêche du Midi</a></li>
      <li><a href="https://www.midilibre.fr/" rel="noopener">Midi Libre</a></li>
      <li><a href="https://www.lindependant.fr/" rel="noopener">L'Indépendant</a></li>
      <li><a href="https://www.centrepresseaveyron.fr/" rel="noopener">Centre Presse Aveyron</a></li>
      <li><a href="https://www.petitbleu.fr/" rel="noopener">Le Petit Bleu</a></li>
      <li><a href="https://www.nrpyrenees.fr/" rel="noopener">La Nouvelle République des Pyrénées</a></li>
      <li><a href="https://www.rugbyrama.fr/" rel="noopener">Rugbyrama</a></li>
    </ul>
  </div>
  <div class="footer__apps"><p>Téléchargez l'application Midi Libre : <a href="https://apps.apple.com/fr/app/idb331fc67a">App Store</a> · <a href="https://play.google.com/store/apps/details?id=fr.ml.android">Google Play</a></p></div>
  <p class="footer__copyright">© Midi Libre – Groupe La Dépêche du Midi 2024 – Rue du Mas de Grille, 34438 Saint-Jean-de-Védas. Tous droits réservés.</p>
</footer>
<script>
  (function(){
    var ads = window.ads || (window.ads = {});
    ads.slots = [].slice.call(document.querySelectorAll('.ad'));
    ads.config = {"site":"midilibre.fr","zone":"monde","pageId":"11866907","refresh":30,"lazy":true};
    var sc = document.createElement('script'); sc.async = true;
    sc.src = 'https://securepubads.g.doubleclick.net/tag/js/gpt.js';
    document.head.appendChild(sc);
  })();
</script>
<script>
  window.xtsite = "562304"; window.xtpage = "monde::article::11866907";
  (function(d){var s=d.createElement('script');s.async=true;s.src='https://tag.aticdn.net/piano-analytics.js';d.body.appendChild(s);})(document);
</script>
<script src="https://static.midilibre.fr/js/app.8c1f2e.js" defer></script>
<script>
  if ('serviceWorker' in navigator) { navigator.serviceWorker.register('/sw.js').catch(function(){}); }
</script>
</body>
</html>
