<!DOCTYPE html>
<html lang="fr" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="preconnect" href="https://static.centrepresseaveyron.fr">
<link rel="preconnect" href="https://sdk.privacy-center.org">
<link rel="stylesheet" href="https://static.centrepresseaveyron.fr/css/main.5d1e07.css">
<link rel="icon" href="/favicon.ico">
<link rel="alternate" type="application/rss+xml" title="Centre Presse Aveyron" href="https://www.centrepresseaveyron.fr/rss.xml">
<title>Guerre en Ukraine : trois secouristes tués à Kharkiv, l&#x27;Otan cherche des Patriot pour Kiev… le point sur la situation - centrepresseaveyron.fr</title>
<meta name="description" content="Chaque jour, nous faisons le point sur la situation en Ukraine. Ce jeudi 4 avril 2024, retrouvez les dernières informations autour de ce conflit.">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.centrepresseaveyron.fr/2024/04/04/guerre-en-ukraine-trois-secouristes-tues-a-kharkiv-l-otan-cherche-des-patriot-pour-kiev-le-point-sur-la-situation-11869344.php">
<link rel="amphtml" href="https://www.centrepresseaveyron.fr/amp/2024/04/04/guerre-en-ukraine-trois-secouristes-tues-a-kharkiv-l-otan-cherche-des-patriot-pour-kiev-le-point-sur-la-situation-11869344.php">
<meta property="og:title" content="Guerre en Ukraine : trois secouristes tués à Kharkiv, l&#x27;Otan cherche des Patriot pour Kiev… le point sur la situation - centrepresseaveyron.fr">
<meta property="og:description" content="Chaque jour, nous faisons le point sur la situation en Ukraine. Ce jeudi 4 avril 2024, retrouvez les dernières informations autour de ce conflit.">
<meta property="og:url" content="https://www.centrepresseaveyron.fr/2024/04/04/guerre-en-ukraine-trois-secouristes-tues-a-kharkiv-l-otan-cherche-des-patriot-pour-kiev-le-point-sur-la-situation-11869344.php">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Centre Presse Aveyron">
<meta property="og:locale" content="fr_FR">
<meta property="og:image" content="https://images.centrepresseaveyron.fr/api/v1/images/view/2842681f35efafc7bf8fd206/large/image.jpg?v=1">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="800">
<meta property="article:published_time" content="2024-04-04T07:35:00+02:00">
<meta property="article:modified_time" content="2024-04-04T20:05:00+02:00">
<meta property="article:section" content="Monde">
<meta property="article:tag" content="Guerre en Ukraine">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@CentrePresse12">
<meta name="twitter:title" content="Guerre en Ukraine : trois secouristes tués à Kharkiv, l&#x27;Otan cherche des Patriot pour Kiev… le point sur la situation">
<script>
  window.dataLayer = window.dataLayer || [];
  dataLayer.push({"pageType": "article", "articleId": "11869344", "section": "monde", "tag": "Guerre en Ukraine", "premium": false, "publicationDate": "2024-04-04 07:35:00", "author": "Par Sophie Garrigues avec AFP"});
  (function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-N7D2WC');
</script>
<script type="application/ld+json">
[{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":"https://www.centrepresseaveyron.fr/2024/04/04/guerre-en-ukraine-trois-secouristes-tues-a-kharkiv-l-otan-cherche-des-patriot-pour-kiev-le-point-sur-la-situation-11869344.php"},"headline":"Guerre en Ukraine : trois secouristes tués à Kharkiv, l'Otan cherche des Patriot pour Kiev… le point sur la situation","description":"Chaque jour, nous faisons le point sur la situation en Ukraine. Ce jeudi 4 avril 2024, retrouvez les dernières informations autour de ce conflit.","datePublished":"2024-04-04T07:35:00+02:00","dateModified":"2024-04-04T20:05:00+02:00","author":[{"@type":"Person","name":"Sophie Garrigues","url":"https://www.centrepresseaveyron.fr/auteurs/sophie-garrigues/"}],"publisher":{"@type":"Organization","name":"Centre Presse Aveyron","url":"https://www.centrepresseaveyron.fr/","logo":{"@type":"ImageObject","url":"https://www.centrepresseaveyron.fr/img/logo-amp.png","width":600,"height":60}},"image":{"@type":"ImageObject","url":"https://images.centrepresseaveyron.fr/api/v1/images/view/2842681f35efafc7bf8fd206/large/image.jpg?v=1","width":1200,"height":800},"articleSection":"Monde","inLanguage":"fr-FR","isAccessibleForFree":true,"articleBody":"Trois secouristes tués dans une « double frappe »\nTrois secouristes ont été tués dans la nuit de mercredi à jeudi à Kharkiv, dans le nord-est de l'Ukraine, lorsqu'un drone russe a frappé un site où ils intervenaient après une première attaque, a annoncé le maire de la ville, Igor Terekhov.\nLes victimes, âgées de 32, 41 et 52 ans, appartenaient au service national des situations d'urgence. Un quatrième sauveteur a été blessé, ainsi qu'une dizaine d'habitants de ce quartier densément peuplé.\nLe président Volodymyr Zelensky a dénoncé un acte « ignoble et cynique », estimant que la Russie cherchait délibérément à « tuer ceux qui sauvent des vies ».\nL'Otan fouille ses stocks pour trouver des Patriot\nRéunis à Bruxelles pour le 75e anniversaire de l'Alliance atlantique, les ministres des Affaires étrangères des pays de l'Otan se sont engagés à examiner leurs inventaires afin de fournir davantage de systèmes de défense aérienne à l'Ukraine.\n« Les alliés comprennent l'urgence », a assuré le secrétaire général Jens Stoltenberg, sans avancer de chiffre. Son ministre ukrainien des Affaires étrangères, Dmytro Kouleba, avait répété le matin même que Kiev avait besoin d'au moins sept batteries Patriot pour protéger ses villes.\nLe projet de fonds de 100 milliards d'euros sur cinq ans, porté par Jens Stoltenberg, n'a en revanche pas fait l'unanimité. La Hongrie a fait savoir qu'elle ne participerait à aucune mission de l'Otan en Ukraine.\nParis et Moscou rétablissent un contact\nLe ministre des Armées Sébastien Lecornu s'est entretenu mercredi avec son homologue russe Sergueï Choïgou, une première depuis octobre 2022. Les deux capitales ont donné des versions très différentes de cet échange d'une heure.\nSelon Moscou, la partie russe s'est dite « prête au dialogue » sur l'Ukraine. Paris assure de son côté n'avoir « rien accepté ni rien proposé » et avoir mis en garde contre toute « instrumentalisation » de l'attentat du Crocus City Hall.\nAu Kremlin, le porte-parole Dmitri Peskov a jugé jeudi que les relations avec l'Otan étaient désormais celles d'une « confrontation directe »."},{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Accueil","item":"https://www.centrepresseaveyron.fr/"},{"@type":"ListItem","position":2,"name":"Monde","item":"https://www.centrepresseaveyron.fr/monde/"},{"@type":"ListItem","position":3,"name":"Guerre en Ukraine : trois secouristes tués à Kharkiv, l'Otan cherche des Patriot pour Kiev… le point sur la situation","item":"https://www.centrepresseaveyron.fr/2024/04/04/guerre-en-ukraine-trois-secouristes-tues-a-kharkiv-l-otan-cherche-des-patriot-pour-kiev-le-point-sur-la-situation-11869344.php"}]}]
</script>
</head>
<body class="page page--article">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-N7D2WC" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<div id="didomi-host" class="didomi-consent" role="dialog" aria-label="Gestion du consentement">
  <div class="didomi-popup-container">
    <p class="didomi-popup-title">Vos choix en matière de cookies</p>
    <p class="didomi-popup-text">Centre Presse Aveyron et ses partenaires stockent et/ou accèdent à des informations sur votre appareil, telles que des cookies, et traitent des données personnelles, comme des identifiants uniques et des informations standards envoyées par votre appareil, pour diffuser des publicités et du contenu personnalisés, mesurer la performance des publicités et du contenu, obtenir des données d'audience et développer et améliorer les produits. Avec votre permission, nos partenaires et nous-mêmes pouvons utiliser des données de géolocalisation précises et d'identification par analyse du terminal. Vous pouvez cliquer pour consentir à ces traitements ou refuser ou accéder à des informations plus détaillées et modifier vos préférences avant de consentir.</p>
    <div class="didomi-buttons">
      <button type="button" class="didomi-button didomi-learn-more">Personnaliser</button>
      <button type="button" class="didomi-button didomi-disagree">Continuer sans accepter</button>
      <button type="button" class="didomi-button didomi-agree">Accepter &amp; Fermer</button>
    </div>
  </div>
</div>
<script>window.didomiConfig={"app":{"apiKey":"7a43b2e9c9ba4d2fb0f8c1a1ee3e77c5","vendors":{"iab":{"all":true}}}};</script>
<script async src="https://sdk.privacy-center.org/7a43b2e9c9ba4d2fb0f8c1a1ee3e77c5/loader.js?target=centrepresseaveyron"></script>
<header class="header" id="header">
  <div class="header__top">
    <button class="header__burger" aria-label="Menu"><span></span><span></span><span></span></button>
    <a class="header__logo" href="/" title="Centre Presse Aveyron - Actualités"><img src="https://www.centrepresseaveyron.fr/img/logo-centrepresse.svg" alt="Centre Presse Aveyron" width="180" height="40"></a>
    <form class="header__search" action="/recherche/" method="get"><input type="search" name="q" placeholder="Rechercher"><button type="submit">OK</button></form>
    <div class="header__account">
      <a class="btn btn--subscribe" href="https://abonnement.centrepresseaveyron.fr/offres?origine=header">S'abonner</a>
      <a class="btn btn--login" href="/connexion/">Se connecter</a>
    </div>
  </div>
  <nav class="header__nav" aria-label="Rubriques">
    <ul class="menu">
        <li class="menu__item"><a href="/rodez/">Rodez</a></li>
        <li class="menu__item"><a href="/millau/">Millau</a></li>
        <li class="menu__item"><a href="/villefranche/">Villefranche</a></li>
        <li class="menu__item"><a href="/decazeville/">Decazeville</a></li>
        <li class="menu__item"><a href="/espalion/">Espalion</a></li>
        <li class="menu__item"><a href="/aveyron/">Aveyron</a></li>
        <li class="menu__item"><a href="/sports/">Sports</a></li>
        <li class="menu__item"><a href="/faits-divers/">Faits divers</a></li>
        <li class="menu__item menu__item--active"><a href="/monde/">Monde</a></li>
        <li class="menu__item"><a href="/societe/">Société</a></li>
    </ul>
  </nav>
</header>
<div class="ad ad--megaban" id="ad-top" data-format="megaban">Publicité</div>
<main class="main layout layout--article">
  <nav class="breadcrumb" aria-label="Fil d'Ariane"><a href="/">Accueil</a> <span>›</span> <a href="/monde/">Monde</a> <span>›</span> <span>Guerre en Ukraine</span></nav>
  <article class="article-full" data-id="11869344" itemscope itemtype="https://schema.org/NewsArticle">
    <div class="article-full__header">
      <a class="article-full__tag" href="/theme/guerre-en-ukraine/">Guerre en Ukraine</a>
      <h1 class="article-full__title">Guerre en Ukraine : trois secouristes tués à Kharkiv, l&#x27;Otan cherche des Patriot pour Kiev… le point sur la situation</h1>
      <p class="article-full__chapo">Chaque jour, nous faisons le point sur la situation en Ukraine. Ce jeudi 4 avril 2024, retrouvez les dernières informations autour de ce conflit.</p>
      <div class="article-full__infos">
        <span class="article-full__infos-author">Par Sophie Garrigues avec AFP</span>
        <div class="article-full__infos-dates"><time content="2024-04-04T07:35:00+02:00">Publié le 04/04/2024 à 07:35</time>, <time content="2024-04-04T20:05:00+02:00">mis à jour à 20:05</time></div>
        <span class="article-full__reading-time">Lecture : 4 min</span>
      </div>
      <div class="share-bar">
  <a class="share-bar__item share-bar__item--facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.centrepresseaveyron.fr%2F2024%2F04%2F04%2Fguerre-en-ukraine-trois-secouristes-tues-a-kharkiv-l-otan-cherche-des-patriot-pour-kiev-le-point-sur-la-situation-11869344.php" target="_blank" rel="noopener">Facebook</a>
  <a class="share-bar__item share-bar__item--x" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.centrepresseaveyron.fr%2F2024%2F04%2F04%2Fguerre-en-ukraine-trois-secouristes-tues-a-kharkiv-l-otan-cherche-des-patriot-pour-kiev-le-point-sur-la-situation-11869344.php&amp;text=Guerre%20en%20Ukraine%20%3A%20trois%20secouristes%20tu%C3%A9s%20%C3%A0%20Kharkiv%2C%20l%27Otan%20cherche%20des%20Patriot%20pour%20Kiev%E2%80%A6%20le%20point%20sur%20la%20situation" target="_blank" rel="noopener">X</a>
  <a class="share-bar__item share-bar__item--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url=https%3A%2F%2Fwww.centrepresseaveyron.fr%2F2024%2F04%2F04%2Fguerre-en-ukraine-trois-secouristes-tues-a-kharkiv-l-otan-cherche-des-patriot-pour-kiev-le-point-sur-la-situation-11869344.php" target="_blank" rel="noopener">LinkedIn</a>
  <a class="share-bar__item share-bar__item--whatsapp" href="whatsapp://send?text=https%3A%2F%2Fwww.centrepresseaveyron.fr%2F2024%2F04%2F04%2Fguerre-en-ukraine-trois-secouristes-tues-a-kharkiv-l-otan-cherche-des-patriot-pour-kiev-le-point-sur-la-situation-11869344.php">WhatsApp</a>
  <a class="share-bar__item share-bar__item--mail" href="mailto:?subject=Guerre%20en%20Ukraine%20%3A%20trois%20secouristes%20tu%C3%A9s%20%C3%A0%20Kharkiv%2C%20l%27Otan%20cherche%20des%20Patriot%20pour%20Kiev%E2%80%A6%20le%20point%20sur%20la%20situation&amp;body=https%3A%2F%2Fwww.centrepresseaveyron.fr%2F2024%2F04%2F04%2Fguerre-en-ukraine-trois-secouristes-tues-a-kharkiv-l-otan-cherche-des-patriot-pour-kiev-le-point-sur-la-situation-11869344.php">E-mail</a>
  <button type="button" class="share-bar__item share-bar__item--copy" data-url="https://www.centrepresseaveyron.fr/2024/04/04/guerre-en-ukraine-trois-secouristes-tues-a-kharkiv-l-otan-cherche-des-patriot-pour-kiev-le-point-sur-la-situation-11869344.php">Copier le lien</button>
</div>
    </div>
    <ul class="article-full__media-slider">
      <li><figure><img class="responsive-img" src="https://images.centrepresseaveyron.fr/api/v1/images/view/2842681f35efafc7bf8fd206/large/image.jpg?v=1" alt="Un secouriste ukrainien devant un immeuble détruit à Kharkiv" width="1200" height="800"><figcaption>Un secouriste ukrainien devant un immeuble détruit à Kharkiv. MAXPPP – UKRINFORM</figcaption></figure></li>
    </ul>
    <div class="article-full__body">
      <div class="article-full__body-content">
        <h2>Trois secouristes tués dans une « double frappe »</h2>
        <p>Trois secouristes ont été tués dans la nuit de mercredi à jeudi à Kharkiv, dans le nord-est de l&#x27;Ukraine, lorsqu&#x27;un drone russe a frappé un site où ils intervenaient après une première attaque, a annoncé le maire de la ville, Igor Terekhov.</p>
        <p>Les victimes, âgées de 32, 41 et 52 ans, appartenaient au service national des situations d&#x27;urgence. Un quatrième sauveteur a été blessé, ainsi qu&#x27;une dizaine d&#x27;habitants de ce quartier densément peuplé.</p>
        <p>Le président Volodymyr Zelensky a dénoncé un acte « ignoble et cynique », estimant que la Russie cherchait délibérément à « tuer ceux qui sauvent des vies ».</p>
        <h2>L&#x27;Otan fouille ses stocks pour trouver des Patriot</h2>
        <div class="ad ad--inread" data-format="inread">Publicité</div>
        <p>Réunis à Bruxelles pour le 75e anniversaire de l&#x27;Alliance atlantique, les ministres des Affaires étrangères des pays de l&#x27;Otan se sont engagés à examiner leurs inventaires afin de fournir davantage de systèmes de défense aérienne à l&#x27;Ukraine.</p>
        <p>« Les alliés comprennent l&#x27;urgence », a assuré le secrétaire général Jens Stoltenberg, sans avancer de chiffre. Son ministre ukrainien des Affaires étrangères, Dmytro Kouleba, avait répété le matin même que Kiev avait besoin d&#x27;au moins sept batteries Patriot pour protéger ses villes.</p>
        <div class="read-also"><span>À lire aussi :</span> <a href="https://www.centrepresseaveyron.fr/2024/04/03/aveyron-a-rodez-la-solidarite-avec-l-ukraine-ne-faiblit-pas-11867921.php">Aveyron : à Rodez, la solidarité avec l&#x27;Ukraine ne faiblit pas</a></div>
        <p>Le projet de fonds de 100 milliards d&#x27;euros sur cinq ans, porté par Jens Stoltenberg, n&#x27;a en revanche pas fait l&#x27;unanimité. La Hongrie a fait savoir qu&#x27;elle ne participerait à aucune mission de l&#x27;Otan en Ukraine.</p>
        <h2>Paris et Moscou rétablissent un contact</h2>
        <p>Le ministre des Armées Sébastien Lecornu s&#x27;est entretenu mercredi avec son homologue russe Sergueï Choïgou, une première depuis octobre 2022. Les deux capitales ont donné des versions très différentes de cet échange d&#x27;une heure.</p>
        <p>Selon Moscou, la partie russe s&#x27;est dite « prête au dialogue » sur l&#x27;Ukraine. Paris assure de son côté n&#x27;avoir « rien accepté ni rien proposé » et avoir mis en garde contre toute « instrumentalisation » de l&#x27;attentat du Crocus City Hall.</p>
        <p>Au Kremlin, le porte-parole Dmitri Peskov a jugé jeudi que les relations avec l&#x27;Otan étaient désormais celles d&#x27;une « confrontation directe ».</p>
      </div>
    </div>
    <div class="article-full__tags"><a class="tag" href="/theme/guerre-en-ukraine/">Guerre en Ukraine</a> <a class="tag" href="/theme/russie/">Russie</a> <a class="tag" href="/theme/ukraine/">Ukraine</a> <a class="tag" href="/theme/volodymyr-zelensky/">Volodymyr Zelensky</a> <a class="tag" href="/theme/otan/">Otan</a></div>
    <div class="article-full__footer">
      <div class="share-bar">
  <a class="share-bar__item share-bar__item--facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.centrepresseaveyron.fr%2F2024%2F04%2F04%2Fguerre-en-ukraine-trois-secouristes-tues-a-kharkiv-l-otan-cherche-des-patriot-pour-kiev-le-point-sur-la-situation-11869344.php" target="_blank" rel="noopener">Facebook</a>
  <a class="share-bar__item share-bar__item--x" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.centrepresseaveyron.fr%2F2024%2F04%2F04%2Fguerre-en-ukraine-trois-secouristes-tues-a-kharkiv-l-otan-cherche-des-patriot-pour-kiev-le-point-sur-la-situation-11869344.php&amp;text=Guerre%20en%20Ukraine%20%3A%20trois%20secouristes%20tu%C3%A9s%20%C3%A0%20Kharkiv%2C%20l%27Otan%20cherche%20des%20Patriot%20pour%20Kiev%E2%80%A6%20le%20point%20sur%20la%20situation" target="_blank" rel="noopener">X</a>
  <a class="share-bar__item share-bar__item--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url=https%3A%2F%2Fwww.centrepresseaveyron.fr%2F2024%2F04%2F04%2Fguerre-en-ukraine-trois-secouristes-tues-a-kharkiv-l-otan-cherche-des-patriot-pour-kiev-le-point-sur-la-situation-11869344.php" target="_blank" rel="noopener">LinkedIn</a>
  <a class="share-bar__item share-bar__item--whatsapp" href="whatsapp://send?text=https%3A%2F%2Fwww.centrepresseaveyron.fr%2F2024%2F04%2F04%2Fguerre-en-ukraine-trois-secouristes-tues-a-kharkiv-l-otan-cherche-des-patriot-pour-kiev-le-point-sur-la-situation-11869344.php">WhatsApp</a>
  <a class="share-bar__item share-bar__item--mail" href="mailto:?subject=Guerre%20en%20Ukraine%20%3A%20trois%20secouristes%20tu%C3%A9s%20%C3%A0%20Kharkiv%2C%20l%27Otan%20cherche%20des%20Patriot%20pour%20Kiev%E2%80%A6%20le%20point%20sur%20la%20situation&amp;body=https%3A%2F%2Fwww.centrepresseaveyron.fr%2F2024%2F04%2F04%2Fguerre-en-ukraine-trois-secouristes-tues-a-kharkiv-l-otan-cherche-des-patriot-pour-kiev-le-point-sur-la-situation-11869344.php">E-mail</a>
  <button type="button" class="share-bar__item share-bar__item--copy" data-url="https://www.centrepresseaveyron.fr/2024/04/04/guerre-en-ukraine-trois-secouristes-tues-a-kharkiv-l-otan-cherche-des-patriot-pour-kiev-le-point-sur-la-situation-11869344.php">Copier le lien</button>
</div>
      <p class="article-full__report"><a href="/signaler-une-erreur/?id=11869344">Signaler une erreur</a></p>
    </div>
  </article>
  <div class="newsletter-box">
    <p class="newsletter-box__title">Recevez chaque matin la newsletter de Centre Presse Aveyron</p>
    <p class="newsletter-box__text">L'essentiel de l'actualité de votre région et du monde, directement dans votre boîte mail.</p>
    <form class="newsletter-box__form" action="/newsletters/inscription/" method="post">
      <input type="email" name="email" placeholder="Votre adresse e-mail" required>
      <button type="submit">Je m'inscris</button>
    </form>
    <p class="newsletter-box__legal">En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre politique de confidentialité.</p>
  </div>
  <section class="premium-selection">
    <h2 class="premium-selection__title">Sélection abonnés</h2>
    <div class="card card--premium"><span class="card__badge card__badge--premium">Abonnés</span> <a class="card__link" href="/2024/04/06/enquete-ces-drones-ukrainiens-fabriques-avec-des-pieces-venues-d-occitanie-11873301.php">Enquête : ces drones ukrainiens fabriqués avec des pièces venues d'Occitanie</a></div>
  </section>
  <section class="comments" id="reagir">
    <h2 class="comments__title">Réagir</h2>
    <p class="comments__count">6 commentaires</p>
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
      <li class="most-read__item"><span class="most-read__rank">1</span> <a href="/2024/04/05/rodez-le-marche-du-samedi-deplace-place-foch-pendant-les-travaux-11872260.php">Rodez : le marché du samedi déplacé place Foch pendant les travaux</a></li>
      <li class="most-read__item"><span class="most-read__rank">2</span> <a href="/2024/04/03/aveyron-a-rodez-la-solidarite-avec-l-ukraine-ne-faiblit-pas-11867921.php">Aveyron : à Rodez, la solidarité avec l&#x27;Ukraine ne faiblit pas</a></li>
      <li class="most-read__item"><span class="most-read__rank">3</span> <a href="/2024/04/06/raf-rodez-aveyron-football-un-point-precieux-a-grenoble-11874388.php">Rodez Aveyron Football : un point précieux à Grenoble</a></li>
      <li class="most-read__item"><span class="most-read__rank">4</span> <a href="/2024/04/04/millau-le-viaduc-ferme-une-nuit-pour-inspection-11870121.php">Millau : le viaduc fermé une nuit pour inspection</a></li>
    </ol>
  </section>
    <div class="ad ad--pave" data-format="pave2">Publicité</div>
  </aside>
</main>
<footer class="footer" id="footer">
  <div class="footer__editions"><p>Nos éditions : Rodez · Millau · Villefranche-de-Rouergue · Decazeville · Espalion · Saint-Affrique</p></div>
  <div class="footer__cols">
    <ul class="footer__links">
      <li><a href="/qui-sommes-nous/">Qui sommes-nous ?</a></li>
      <li><a href="/mentions-legales/">Mentions légales</a></li>
      <li><a href="/cgu/">Conditions générales d'utilisation</a></li>
      <li><a href="/confidentialite/">Politique de confidentialité</a></li>
      <li><a href="javascript:Didomi.preferences.show()">Gestion des cookies</a></li>
      <li><a href="/contact/">Contact</a></li>
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
  <p class="footer__copyright">© Centre Presse Aveyron – Groupe La Dépêche du Midi 2024 – 19, place du Bourg, 12000 Rodez. Tous droits réservés.</p>
</footer>
<script>
  (function(){
    var ads = window.ads || (window.ads = {});
    ads.config = {"site":"centrepresseaveyron.fr","zone":"monde","pageId":"11869344","refresh":30,"lazy":true,"prebid":{"timeout":1200,"bidders":["criteo","smartadserver","appnexus","teads"]}};
    var sc = document.createElement('script'); sc.async = true;
    sc.src = 'https://securepubads.g.doubleclick.net/tag/js/gpt.js';
    document.head.appendChild(sc);
  })();
</script>
<script>
  window.pa = window.pa || {}; window._pac = window._pac || {};
  _pac.site = 581266; _pac.collectDomain = "https://logs1412.xiti.com";
  pa.sendEvent = pa.sendEvent || function(){};
  pa.sendEvent('page.display', {"page": "monde::article::11869344", "page_chapter1": "article"});
  (function(d){var s=d.createElement('script');s.async=true;s.src='https://tag.aticdn.net/piano-analytics.js';d.body.appendChild(s);})(document);
</script>
<script src="https://static.centrepresseaveyron.fr/js/app.41bc9d.js" defer></script>
</body>
</html>
