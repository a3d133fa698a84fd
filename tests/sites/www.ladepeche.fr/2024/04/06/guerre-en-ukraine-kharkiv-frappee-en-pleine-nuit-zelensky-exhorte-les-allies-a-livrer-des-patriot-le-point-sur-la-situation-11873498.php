<!DOCTYPE html>
<html lang="fr" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="preconnect" href="https://static.ladepeche.fr">
<link rel="preconnect" href="https://sdk.privacy-center.org">
<link rel="stylesheet" href="https://static.ladepeche.fr/css/main.5d1e07.css">
<link rel="icon" href="/favicon.ico">
<link rel="alternate" type="application/rss+xml" title="La Dépêche du Midi" href="https://www.ladepeche.fr/rss.xml">
<title>Guerre en Ukraine : Kharkiv frappée en pleine nuit, Zelensky exhorte les alliés à livrer des Patriot… le point sur la situation - ladepeche.fr</title>
<meta name="description" content="Chaque jour, nous faisons le point sur la situation en Ukraine. Ce samedi 6 avril 2024, retrouvez les dernières informations autour de ce conflit.">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.ladepeche.fr/2024/04/06/guerre-en-ukraine-kharkiv-frappee-en-pleine-nuit-zelensky-exhorte-les-allies-a-livrer-des-patriot-le-point-sur-la-situation-11873498.php">
<link rel="amphtml" href="https://www.ladepeche.fr/amp/2024/04/06/guerre-en-ukraine-kharkiv-frappee-en-pleine-nuit-zelensky-exhorte-les-allies-a-livrer-des-patriot-le-point-sur-la-situation-11873498.php">
<meta property="og:title" content="Guerre en Ukraine : Kharkiv frappée en pleine nuit, Zelensky exhorte les alliés à livrer des Patriot… le point sur la situation - ladepeche.fr">
<meta property="og:description" content="Chaque jour, nous faisons le point sur la situation en Ukraine. Ce samedi 6 avril 2024, retrouvez les dernières informations autour de ce conflit.">
<meta property="og:url" content="https://www.ladepeche.fr/2024/04/06/guerre-en-ukraine-kharkiv-frappee-en-pleine-nuit-zelensky-exhorte-les-allies-a-livrer-des-patriot-le-point-sur-la-situation-11873498.php">
<meta property="og:type" content="article">
<meta property="og:site_name" content="La Dépêche du Midi">
<meta property="og:locale" content="fr_FR">
<meta property="og:image" content="https://images.ladepeche.fr/api/v1/images/view/d68fd41abc5bd94a8c9de1db/large/image.jpg?v=1">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="800">
<meta property="article:published_time" content="2024-04-06T07:20:00+02:00">
<meta property="article:modified_time" content="2024-04-06T18:35:00+02:00">
<meta property="article:section" content="Monde">
<meta property="article:tag" content="Guerre en Ukraine">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@ladepechedumidi">
<meta name="twitter:title" content="Guerre en Ukraine : Kharkiv frappée en pleine nuit, Zelensky exhorte les alliés à livrer des Patriot… le point sur la situation">
<script>
  window.dataLayer = window.dataLayer || [];
  dataLayer.push({"pageType": "article", "articleId": "11873498", "section": "monde", "tag": "Guerre en Ukraine", "premium": false, "publicationDate": "2024-04-06 07:20:00", "author": "Par Julien Marty et Anne-Laure Soulié avec AFP"});
  (function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-5QX8ZK');
</script>
<script type="application/ld+json">
[{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":"https://www.ladepeche.fr/2024/04/06/guerre-en-ukraine-kharkiv-frappee-en-pleine-nuit-zelensky-exhorte-les-allies-a-livrer-des-patriot-le-point-sur-la-situation-11873498.php"},"headline":"Guerre en Ukraine : Kharkiv frappée en pleine nuit, Zelensky exhorte les alliés à livrer des Patriot… le point sur la situation","description":"Chaque jour, nous faisons le point sur la situation en Ukraine. Ce samedi 6 avril 2024, retrouvez les dernières informations autour de ce conflit.","datePublished":"2024-04-06T07:20:00+02:00","dateModified":"2024-04-06T18:35:00+02:00","author":[{"@type":"Person","name":"Julien Marty","url":"https://www.ladepeche.fr/auteurs/julien-marty/"},{"@type":"Person","name":"Anne-Laure Soulié","url":"https://www.ladepeche.fr/auteurs/anne-laure-soulie/"}],"publisher":{"@type":"Organization","name":"La Dépêche du Midi","url":"https://www.ladepeche.fr/","logo":{"@type":"ImageObject","url":"https://www.ladepeche.fr/img/logo-amp.png","width":600,"height":60}},"image":{"@type":"ImageObject","url":"https://images.ladepeche.fr/api/v1/images/view/d68fd41abc5bd94a8c9de1db/large/image.jpg?v=1","width":1200,"height":800},"articleSection":"Monde","inLanguage":"fr-FR","isAccessibleForFree":true,"articleBody":"Au moins six morts à Kharkiv\nAu moins six personnes ont été tuées et une dizaine blessées dans la nuit de vendredi à samedi lors d'une attaque combinée de missiles et de drones russes contre Kharkiv, a annoncé le gouverneur régional Oleg Synegoubov.\nLes frappes ont touché plusieurs immeubles d'habitation, une station-service et des commerces dans trois quartiers de la ville. Les secouristes ont travaillé toute la matinée pour dégager des habitants prisonniers des décombres.\n« La Russie terrorise Kharkiv sans relâche », a dénoncé le maire Igor Terekhov, qui a appelé les habitants à ne pas ignorer les alertes aériennes.\nZelensky réclame des Patriot « dès maintenant »\nDans son message du soir, Volodymyr Zelensky a de nouveau exhorté les partenaires de l'Ukraine à accélérer les livraisons de systèmes de défense aérienne, rappelant que Kiev avait besoin « d'au moins sept Patriot ».\n« Ces systèmes existent, ils sont stockés chez nos partenaires. Il ne manque que la décision politique », a-t-il insisté, au lendemain des engagements pris par les pays de l'Otan réunis à Bruxelles.\nLa Russie dit avoir abattu des dizaines de drones\nLe ministère russe de la Défense a affirmé samedi avoir intercepté 26 drones ukrainiens au-dessus de plusieurs régions frontalières, dont celles de Koursk et de Belgorod.\nÀ Belgorod, le gouverneur Viatcheslav Gladkov a fait état de dégâts sur des maisons et des véhicules, sans victime. Ces affirmations ne pouvaient pas être vérifiées de manière indépendante.\nDans la région de Zaporijjia, où quatre personnes avaient été tuées vendredi, les autorités ont annoncé samedi la mort d'un cinquième blessé à l'hôpital."},{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Accueil","item":"https://www.ladepeche.fr/"},{"@type":"ListItem","position":2,"name":"Monde","item":"https://www.ladepeche.fr/monde/"},{"@type":"ListItem","position":3,"name":"Guerre en Ukraine : Kharkiv frappée en pleine nuit, Zelensky exhorte les alliés à livrer des Patriot… le point sur la situation","item":"https://www.ladepeche.fr/2024/04/06/guerre-en-ukraine-kharkiv-frappee-en-pleine-nuit-zelensky-exhorte-les-allies-a-livrer-des-patriot-le-point-sur-la-situation-11873498.php"}]}]
</script>
</head>
<body class="page page--article">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-5QX8ZK" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<div id="didomi-host" class="didomi-consent" role="dialog" aria-label="Gestion du consentement">
  <div class="didomi-popup-container">
    <p class="didomi-popup-title">Vos choix en matière de cookies</p>
    <p class="didomi-popup-text">La Dépêche du Midi et ses partenaires stockent et/ou accèdent à des informations sur votre appareil, telles que des cookies, et traitent des données personnelles, comme des identifiants uniques et des informations standards envoyées par votre appareil, pour diffuser des publicités et du contenu personnalisés, mesurer la performance des publicités et du contenu, obtenir des données d'audience et développer et améliorer les produits. Avec votre permission, nos partenaires et nous-mêmes pouvons utiliser des données de géolocalisation précises et d'identification par analyse du terminal. Vous pouvez cliquer pour consentir à ces traitements ou refuser ou accéder à des informations plus détaillées et modifier vos préférences avant de consentir.</p>
    <div class="didomi-buttons">
      <button type="button" class="didomi-button didomi-learn-more">Personnaliser</button>
      <button type="button" class="didomi-button didomi-disagree">Continuer sans accepter</button>
      <button type="button" class="didomi-button didomi-agree">Accepter &amp; Fermer</button>
    </div>
  </div>
</div>
<script>window.didomiConfig={"app":{"apiKey":"7a43b2e9c9ba4d2fb0f8c1a1ee3e77c5","vendors":{"iab":{"all":true}}}};</script>
<script async src="https://sdk.privacy-center.org/7a43b2e9c9ba4d2fb0f8c1a1ee3e77c5/loader.js?target=ladépêchedumidi"></script>
<header class="header" id="header">
  <div class="header__top">
    <button class="header__burger" aria-label="Menu"><span></span><span></span><span></span></button>
    <a class="header__logo" href="/" title="La Dépêche du Midi - Actualités"><img src="https://www.ladepeche.fr/img/logo-ladepeche.svg" alt="La Dépêche du Midi" width="180" height="40"></a>
    <form class="header__search" action="/recherche/" method="get"><input type="search" name="q" placeholder="Rechercher"><button type="submit">OK</button></form>
    <div class="header__account">
      <a class="btn btn--subscribe" href="https://abonnement.ladepeche.fr/offres?origine=header">S'abonner</a>
      <a class="btn btn--login" href="/connexion/">Se connecter</a>
    </div>
  </div>
  <nav class="header__nav" aria-label="Rubriques">
    <ul class="menu">
        <li class="menu__item"><a href="/toulouse/">Toulouse</a></li>
        <li class="menu__item"><a href="/haute-garonne/">Haute-Garonne</a></li>
        <li class="menu__item"><a href="/tarn/">Tarn</a></li>
        <li class="menu__item"><a href="/tarn-et-garonne/">Tarn-et-Garonne</a></li>
        <li class="menu__item"><a href="/lot/">Lot</a></li>
        <li class="menu__item"><a href="/gers/">Gers</a></li>
        <li class="menu__item"><a href="/ariege/">Ariège</a></li>
        <li class="menu__item"><a href="/sports/">Sports</a></li>
        <li class="menu__item"><a href="/faits-divers/">Faits divers</a></li>
        <li class="menu__item menu__item--active"><a href="/monde/">Monde</a></li>
        <li class="menu__item"><a href="/societe/">Société</a></li>
        <li class="menu__item"><a href="/economie/">Économie</a></li>
    </ul>
  </nav>
</header>
<div class="ad ad--megaban" id="ad-top" data-format="megaban">Publicité</div>
<main class="main layout layout--article">
  <nav class="breadcrumb" aria-label="Fil d'Ariane"><a href="/">Accueil</a> <span>›</span> <a href="/monde/">Monde</a> <span>›</span> <span>Guerre en Ukraine</span></nav>
  <article class="article-full" data-id="11873498" itemscope itemtype="https://schema.org/NewsArticle">
    <div class="article-full__header">
      <a class="article-full__tag" href="/theme/guerre-en-ukraine/">Guerre en Ukraine</a>
      <h1 class="article-full__title">Guerre en Ukraine : Kharkiv frappée en pleine nuit, Zelensky exhorte les alliés à livrer des Patriot… le point sur la situation</h1>
      <p class="article-full__chapo">Chaque jour, nous faisons le point sur la situation en Ukraine. Ce samedi 6 avril 2024, retrouvez les dernières informations autour de ce conflit.</p>
      <div class="article-full__infos">
        <span class="article-full__infos-author">Par Julien Marty et Anne-Laure Soulié avec AFP</span>
        <div class="article-full__infos-dates"><time content="2024-04-06T07:20:00+02:00">Publié le 06/04/2024 à 07:20</time>, <time content="2024-04-06T18:35:00+02:00">mis à jour à 18:35</time></div>
        <span class="article-full__reading-time">Lecture : 4 min</span>
      </div>
      <div class="share-bar">
  <a class="share-bar__item share-bar__item--facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.ladepeche.fr%2F2024%2F04%2F06%2Fguerre-en-ukraine-kharkiv-frappee-en-pleine-nuit-zelensky-exhorte-les-allies-a-livrer-des-patriot-le-point-sur-la-situation-11873498.php" target="_blank" rel="noopener">Facebook</a>
  <a class="share-bar__item share-bar__item--x" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.ladepeche.fr%2F2024%2F04%2F06%2Fguerre-en-ukraine-kharkiv-frappee-en-pleine-nuit-zelensky-exhorte-les-allies-a-livrer-des-patriot-le-point-sur-la-situation-11873498.php&amp;text=Guerre%20en%20Ukraine%20%3A%20Kharkiv%20frapp%C3%A9e%20en%20pleine%20nuit%2C%20Zelensky%20exhorte%20les%20alli%C3%A9s%20%C3%A0%20livrer%20des%20Patriot%E2%80%A6%20le%20point%20sur%20la%20situation" target="_blank" rel="noopener">X</a>
  <a class="share-bar__item share-bar__item--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url=https%3A%2F%2Fwww.ladepeche.fr%2F2024%2F04%2F06%2Fguerre-en-ukraine-kharkiv-frappee-en-pleine-nuit-zelensky-exhorte-les-allies-a-livrer-des-patriot-le-point-sur-la-situation-11873498.php" target="_blank" rel="noopener">LinkedIn</a>
  <a class="share-bar__item share-bar__item--whatsapp" href="whatsapp://send?text=https%3A%2F%2Fwww.ladepeche.fr%2F2024%2F04%2F06%2Fguerre-en-ukraine-kharkiv-frappee-en-pleine-nuit-zelensky-exhorte-les-allies-a-livrer-des-patriot-le-point-sur-la-situation-11873498.php">WhatsApp</a>
  <a class="share-bar__item share-bar__item--mail" href="mailto:?subject=Guerre%20en%20Ukraine%20%3A%20Kharkiv%20frapp%C3%A9e%20en%20pleine%20nuit%2C%20Zelensky%20exhorte%20les%20alli%C3%A9s%20%C3%A0%20livrer%20des%20Patriot%E2%80%A6%20le%20point%20sur%20la%20situation&amp;body=https%3A%2F%2Fwww.ladepeche.fr%2F2024%2F04%2F06%2Fguerre-en-ukraine-kharkiv-frappee-en-pleine-nuit-zelensky-exhorte-les-allies-a-livrer-des-patriot-le-point-sur-la-situation-11873498.php">E-mail</a>
  <button type="button" class="share-bar__item share-bar__item--copy" data-url="https://www.ladepeche.fr/2024/04/06/guerre-en-ukraine-kharkiv-frappee-en-pleine-nuit-zelensky-exhorte-les-allies-a-livrer-des-patriot-le-point-sur-la-situation-11873498.php">Copier le lien</button>
</div>
    </div>
    <ul class="article-full__media-slider">
      <li><figure><img class="responsive-img" src="https://images.ladepeche.fr/api/v1/images/view/d68fd41abc5bd94a8c9de1db/large/image.jpg?v=1" alt="Des immeubles touchés par une frappe russe à Kharkiv, dans la nuit du 5 au 6 avril 2024" width="1200" height="800"><figcaption>Des immeubles touchés par une frappe russe à Kharkiv, dans la nuit du 5 au 6 avril 2024. AFP – SERGEY BOBOK</figcaption></figure></li>
    </ul>
    <div class="article-full__body">
      <div class="article-full__body-content">
        <h2>Au moins six morts à Kharkiv</h2>
        <p>Au moins six personnes ont été tuées et une dizaine blessées dans la nuit de vendredi à samedi lors d&#x27;une attaque combinée de missiles et de drones russes contre Kharkiv, a annoncé le gouverneur régional Oleg Synegoubov.</p>
        <p>Les frappes ont touché plusieurs immeubles d&#x27;habitation, une station-service et des commerces dans trois quartiers de la ville. Les secouristes ont travaillé toute la matinée pour dégager des habitants prisonniers des décombres.</p>
        <p>« La Russie terrorise Kharkiv sans relâche », a dénoncé le maire Igor Terekhov, qui a appelé les habitants à ne pas ignorer les alertes aériennes.</p>
        <h2>Zelensky réclame des Patriot « dès maintenant »</h2>
        <div class="ad ad--inread" data-format="inread">Publicité</div>
        <p>Dans son message du soir, Volodymyr Zelensky a de nouveau exhorté les partenaires de l&#x27;Ukraine à accélérer les livraisons de systèmes de défense aérienne, rappelant que Kiev avait besoin « d&#x27;au moins sept Patriot ».</p>
        <p>« Ces systèmes existent, ils sont stockés chez nos partenaires. Il ne manque que la décision politique », a-t-il insisté, au lendemain des engagements pris par les pays de l&#x27;Otan réunis à Bruxelles.</p>
        <figure class="article-full__figure"><img class="responsive-img" loading="lazy" src="https://images.ladepeche.fr/api/v1/images/view/c5973d04965b3551f1e9b146/large/image.jpg?v=1" alt="Volodymyr Zelensky lors d&#x27;une conférence de presse à Kiev" width="1200" height="800"><figcaption>Volodymyr Zelensky lors d&#x27;une conférence de presse à Kiev. MAXPPP – UKRINFORM</figcaption></figure>
        <h2>La Russie dit avoir abattu des dizaines de drones</h2>
        <p>Le ministère russe de la Défense a affirmé samedi avoir intercepté 26 drones ukrainiens au-dessus de plusieurs régions frontalières, dont celles de Koursk et de Belgorod.</p>
        <p>À Belgorod, le gouverneur Viatcheslav Gladkov a fait état de dégâts sur des maisons et des véhicules, sans victime. Ces affirmations ne pouvaient pas être vérifiées de manière indépendante.</p>
        <p>Dans la région de Zaporijjia, où quatre personnes avaient été tuées vendredi, les autorités ont annoncé samedi la mort d&#x27;un cinquième blessé à l&#x27;hôpital.</p>
      </div>
    </div>
    <div class="article-full__tags"><a class="tag" href="/theme/guerre-en-ukraine/">Guerre en Ukraine</a> <a class="tag" href="/theme/russie/">Russie</a> <a class="tag" href="/theme/ukraine/">Ukraine</a> <a class="tag" href="/theme/volodymyr-zelensky/">Volodymyr Zelensky</a> <a class="tag" href="/theme/otan/">Otan</a></div>
    <div class="article-full__footer">
      <div class="share-bar">
  <a class="share-bar__item share-bar__item--facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.ladepeche.fr%2F2024%2F04%2F06%2Fguerre-en-ukraine-kharkiv-frappee-en-pleine-nuit-zelensky-exhorte-les-allies-a-livrer-des-patriot-le-point-sur-la-situation-11873498.php" target="_blank" rel="noopener">Facebook</a>
  <a class="share-bar__item share-bar__item--x" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.ladepeche.fr%2F2024%2F04%2F06%2Fguerre-en-ukraine-kharkiv-frappee-en-pleine-nuit-zelensky-exhorte-les-allies-a-livrer-des-patriot-le-point-sur-la-situation-11873498.php&amp;text=Guerre%20en%20Ukraine%20%3A%20Kharkiv%20frapp%C3%A9e%20en%20pleine%20nuit%2C%20Zelensky%20exhorte%20les%20alli%C3%A9s%20%C3%A0%20livrer%20des%20Patriot%E2%80%A6%20le%20point%20sur%20la%20situation" target="_blank" rel="noopener">X</a>
  <a class="share-bar__item share-bar__item--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url=https%3A%2F%2Fwww.ladepeche.fr%2F2024%2F04%2F06%2Fguerre-en-ukraine-kharkiv-frappee-en-pleine-nuit-zelensky-exhorte-les-allies-a-livrer-des-patriot-le-point-sur-la-situation-11873498.php" target="_blank" rel="noopener">LinkedIn</a>
  <a class="share-bar__item share-bar__item--whatsapp" href="whatsapp://send?text=https%3A%2F%2Fwww.ladepeche.fr%2F2024%2F04%2F06%2Fguerre-en-ukraine-kharkiv-frappee-en-pleine-nuit-zelensky-exhorte-les-allies-a-livrer-des-patriot-le-point-sur-la-situation-11873498.php">WhatsApp</a>
  <a class="share-bar__item share-bar__item--mail" href="mailto:?subject=Guerre%20en%20Ukraine%20%3A%20Kharkiv%20frapp%C3%A9e%20en%20pleine%20nuit%2C%20Zelensky%20exhorte%20les%20alli%C3%A9s%20%C3%A0%20livrer%20des%20Patriot%E2%80%A6%20le%20point%20sur%20la%20situation&amp;body=https%3A%2F%2Fwww.ladepeche.fr%2F2024%2F04%2F06%2Fguerre-en-ukraine-kharkiv-frappee-en-pleine-nuit-zelensky-exhorte-les-allies-a-livrer-des-patriot-le-point-sur-la-situation-11873498.php">E-mail</a>
  <button type="button" class="share-bar__item share-bar__item--copy" data-url="https://www.ladepeche.fr/2024/04/06/guerre-en-ukraine-kharkiv-frappee-en-pleine-nuit-zelensky-exhorte-les-allies-a-livrer-des-patriot-le-point-sur-la-situation-11873498.php">Copier le lien</button>
</div>
      <p class="article-full__report"><a href="/signaler-une-erreur/?id=11873498">Signaler une erreur</a></p>
    </div>
  </article>
  <div class="newsletter-box">
    <p class="newsletter-box__title">Recevez chaque matin la newsletter de La Dépêche du Midi</p>
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
    <p class="comments__count">41 commentaires</p>
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
      <li class="most-read__item"><span class="most-read__rank">1</span> <a href="/2024/04/06/toulouse-la-ligne-b-du-metro-fermee-tout-le-week-end-pour-travaux-11873877.php">Toulouse : la ligne B du métro fermée tout le week-end pour travaux</a></li>
      <li class="most-read__item"><span class="most-read__rank">2</span> <a href="/2024/04/05/stade-toulousain-antoine-dupont-de-retour-pour-le-choc-face-aux-harlequins-11872109.php">Stade Toulousain : Antoine Dupont de retour pour le choc face aux Harlequins</a></li>
      <li class="most-read__item"><span class="most-read__rank">3</span> <a href="/2024/04/04/guerre-en-ukraine-a-toulouse-des-familles-ukrainiennes-accueillies-depuis-deux-ans-temoignent-11870644.php">Guerre en Ukraine : à Toulouse, des familles ukrainiennes accueillies depuis deux ans témoignent</a></li>
      <li class="most-read__item"><span class="most-read__rank">4</span> <a href="/2024/04/06/tarn-un-incendie-ravage-un-entrepot-agricole-pres-de-gaillac-11874207.php">Tarn : un incendie ravage un entrepôt agricole près de Gaillac</a></li>
    </ol>
  </section>
    <div class="ad ad--pave" data-format="pave2">Publicité</div>
  </aside>
</main>
<footer class="footer" id="footer">
  <div class="footer__editions"><p>Nos éditions : Toulouse · Albi · Montauban · Cahors · Auch · Foix · Castres · Rodez · Saint-Gaudens · Villefranche-de-Rouergue</p></div>
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
  <p class="footer__copyright">© La Dépêche du Midi – Groupe La Dépêche du Midi 2024 – Avenue Jean-Baylet, 31095 Toulouse Cedex 9. Tous droits réservés.</p>
</footer>
<script>
  (function(){
    var ads = window.ads || (window.ads = {});
    ads.config = {"site":"ladepeche.fr","zone":"monde","pageId":"11873498","refresh":30,"lazy":true,"prebid":{"timeout":1200,"bidders":["criteo","smartadserver","appnexus","teads"]}};
    var sc = document.createElement('script'); sc.async = true;
    sc.src = 'https://securepubads.g.doubleclick.net/tag/js/gpt.js';
    document.head.appendChild(sc);
  })();
</script>
<script>
  window.pa = window.pa || {}; window._pac = window._pac || {};
  _pac.site = 581207; _pac.collectDomain = "https://logs1412.xiti.com";
  pa.sendEvent = pa.sendEvent || function(){};
  pa.sendEvent('page.display', {"page": "monde::article::11873498", "page_chapter1": "article"});
  (function(d){var s=d.createElement('script');s.async=true;s.src='https://tag.aticdn.net/piano-analytics.js';d.body.appendChild(s);})(document);
</script>
<script src="https://static.ladepeche.fr/js/app.41bc9d.js" defer></script>
</body>
</html>
