<!DOCTYPE html>
<html lang="fr" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<link rel="preconnect" href="https://static.lindependant.fr">
<link rel="preconnect" href="https://sdk.privacy-center.org">
<link rel="stylesheet" href="https://static.lindependant.fr/css/main.3a9c41.css">
<link rel="icon" href="/favicon.ico">
<link rel="alternate" type="application/rss+xml" title="L'Indépendant" href="https://www.lindependant.fr/rss.xml">
<script>window.didomiConfig = {"app":{"apiKey":"3775473e8d3e0ae6b856d140c90691ff8e9f","vendors":{"iab":{"all":true}}}};</script>
<script async src="https://sdk.privacy-center.org/loader.js"></script>
<title>Guerre en Ukraine : frappe de drones record en Russie, les Ukrainiens mobilisables dès 25 ans… le point sur la situation - lindependant.fr</title>
<meta name="description" content="Chaque jour, L'Indépendant fait le point sur la situation en Ukraine. Ce mardi 2 avril 2024, retrouvez les dernières informations autour de ce conflit.">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.lindependant.fr/2024/04/02/guerre-en-ukraine-frappe-de-drones-record-en-russie-les-ukrainiens-mobilisables-des-25-ans-le-point-sur-la-situation-11864566.php">
<link rel="amphtml" href="https://www.lindependant.fr/amp/2024/04/02/guerre-en-ukraine-frappe-de-drones-record-en-russie-les-ukrainiens-mobilisables-des-25-ans-le-point-sur-la-situation-11864566.php">
<meta property="og:title" content="Guerre en Ukraine : frappe de drones record en Russie, les Ukrainiens mobilisables dès 25 ans… le point sur la situation - lindependant.fr">
<meta property="og:description" content="Chaque jour, L'Indépendant fait le point sur la situation en Ukraine. Ce mardi 2 avril 2024, retrouvez les dernières informations autour de ce conflit.">
<meta property="og:url" content="https://www.lindependant.fr/2024/04/02/guerre-en-ukraine-frappe-de-drones-record-en-russie-les-ukrainiens-mobilisables-des-25-ans-le-point-sur-la-situation-11864566.php">
<meta property="og:type" content="article">
<meta property="og:site_name" content="L'Indépendant">
<meta property="og:locale" content="fr_FR">
<meta property="og:image" content="https://images.lindependant.fr/api/v1/images/view/571cb547d761995410bab8a1/large/image.jpg?v=1">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="800">
<meta property="article:published_time" content="2024-04-02T07:30:00+02:00">
<meta property="article:modified_time" content="2024-04-02T14:05:00+02:00">
<meta property="article:section" content="Monde">
<meta property="article:tag" content="Guerre en Ukraine">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@lindependant">
<meta name="twitter:title" content="Guerre en Ukraine : frappe de drones record en Russie, les Ukrainiens mobilisables dès 25 ans… le point sur la situation">
<script>
  window.dataLayer = window.dataLayer || [];
  dataLayer.push({"pageType": "article", "articleId": "11864566", "section": "monde", "tag": "Guerre en Ukraine", "premium": false, "publicationDate": "2024-04-02 07:30:00", "author": "Par Jordi Costa avec AFP"});
  (function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-N8QW3T');
</script>
<script type="application/ld+json">
[{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":"https://www.lindependant.fr/2024/04/02/guerre-en-ukraine-frappe-de-drones-record-en-russie-les-ukrainiens-mobilisables-des-25-ans-le-point-sur-la-situation-11864566.php"},"headline":"Guerre en Ukraine : frappe de drones record en Russie, les Ukrainiens mobilisables dès 25 ans… le point sur la situation","description":"Chaque jour, L'Indépendant fait le point sur la situation en Ukraine. Ce mardi 2 avril 2024, retrouvez les dernières informations autour de ce conflit.","datePublished":"2024-04-02T07:30:00+02:00","dateModified":"2024-04-02T14:05:00+02:00","author":[{"@type":"Person","name":"Jordi Costa","url":"https://www.lindependant.fr/auteurs/jordi-costa/"}],"publisher":{"@type":"Organization","name":"L'Indépendant","url":"https://www.lindependant.fr/","logo":{"@type":"ImageObject","url":"https://www.lindependant.fr/img/logo-li-amp.png","width":600,"height":60}},"image":{"@type":"ImageObject","url":"https://images.lindependant.fr/api/v1/images/view/571cb547d761995410bab8a1/large/image.jpg?v=1","width":1200,"height":800},"articleSection":"Monde","inLanguage":"fr-FR","isAccessibleForFree":true,"articleBody":"Une attaque de drones à 1 200 kilomètres de la frontière\nJamais l'Ukraine n'avait frappé aussi loin. Mardi matin, des drones ont atteint la république du Tatarstan, au cœur de la Russie, visant un site de production de drones à Ielabouga et la raffinerie de Nijnekamsk.\nLes autorités locales font état d'une douzaine de blessés dans un bâtiment hébergeant des étudiants et des ouvriers. Le Kremlin a dénoncé une attaque terroriste et promis une riposte.\nPour les analystes militaires, cette opération démontre les progrès réalisés par l'industrie ukrainienne dans la fabrication de drones à longue portée, capables de parcourir plus d'un millier de kilomètres.\nMobilisation : l'âge abaissé de 27 à 25 ans\nLe président Volodymyr Zelensky a signé la loi réduisant l'âge minimum de mobilisation, une mesure adoptée par les députés il y a près d'un an. Les hommes de 25 à 27 ans, jusqu'ici exemptés, pourront désormais être appelés.\nLe chef de l'État n'a pas commenté publiquement sa décision. Selon les estimations de médias ukrainiens, plusieurs dizaines de milliers d'hommes sont concernés.\nLe débat sur la mobilisation divise la société ukrainienne depuis des mois, alors que les soldats engagés depuis février 2022 réclament d'être démobilisés.\nDnipro touchée par des missiles\nDans la nuit, une attaque de missiles a fait au moins 18 blessés à Dnipro, selon le gouverneur Serguiï Lyssak. Un établissement scolaire et des immeubles ont été endommagés.\nL'armée de l'air ukrainienne a dit avoir abattu la totalité des drones lancés contre les régions centrales, mais pas les missiles balistiques, plus difficiles à intercepter."},{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Accueil","item":"https://www.lindependant.fr/"},{"@type":"ListItem","position":2,"name":"Monde","item":"https://www.lindependant.fr/monde/"},{"@type":"ListItem","position":3,"name":"Guerre en Ukraine : frappe de drones record en Russie, les Ukrainiens mobilisables dès 25 ans… le point sur la situation","item":"https://www.lindependant.fr/2024/04/02/guerre-en-ukraine-frappe-de-drones-record-en-russie-les-ukrainiens-mobilisables-des-25-ans-le-point-sur-la-situation-11864566.php"}]}]
</script>
</head>
<body class="page page--article">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-N8QW3T" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<div id="didomi-host" class="didomi-banner" role="dialog" aria-label="Consentement cookies">
  <div class="didomi-popup">
    <p class="didomi-popup__title">Nous respectons votre vie privée</p>
    <p class="didomi-popup__text">L'Indépendant et ses partenaires utilisent des cookies et traitent des données personnelles, comme votre adresse IP ou les identifiants de votre navigateur, afin de mesurer l'audience, de personnaliser le contenu et la publicité, et de vous proposer des fonctionnalités liées aux réseaux sociaux. Vous pouvez accepter, refuser ou paramétrer vos choix à tout moment depuis le lien « Gestion des cookies » en bas de page.</p>
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
    <a class="header__logo" href="/" title="L'Indépendant - Actualités"><img src="https://www.lindependant.fr/img/logo-lindependant.svg" alt="L'Indépendant" width="180" height="40"></a>
    <form class="header__search" action="/recherche/" method="get"><input type="search" name="q" placeholder="Rechercher"><button type="submit">OK</button></form>
    <div class="header__account">
      <a class="btn btn--subscribe" href="https://abonnement.lindependant.fr/offres?origine=header">S'abonner</a>
      <a class="btn btn--login" href="/connexion/">Se connecter</a>
    </div>
  </div>
  <nav class="header__nav" aria-label="Rubriques">
    <ul class="menu">
        <li class="menu__item"><a href="/perpignan/">Perpignan</a></li>
        <li class="menu__item"><a href="/pyrenees-orientales/">Pyrénées-Orientales</a></li>
        <li class="menu__item"><a href="/aude/">Aude</a></li>
        <li class="menu__item"><a href="/carcassonne/">Carcassonne</a></li>
        <li class="menu__item"><a href="/narbonne/">Narbonne</a></li>
        <li class="menu__item"><a href="/sports/">Sports</a></li>
        <li class="menu__item"><a href="/sports/rugby/usap/">USAP</a></li>
        <li class="menu__item"><a href="/sports/rugby-a-xiii/dragons-catalans/">Dragons Catalans</a></li>
        <li class="menu__item"><a href="/faits-divers/">Faits divers</a></li>
        <li class="menu__item menu__item--active"><a href="/monde/">Monde</a></li>
        <li class="menu__item"><a href="/societe/">Société</a></li>
        <li class="menu__item"><a href="/loisirs/">Loisirs</a></li>
    </ul>
  </nav>
</header>
<div class="ad ad--megaban" id="ad-top" data-format="megaban">Publicité</div>
<main class="main layout layout--article">
  <nav class="breadcrumb" aria-label="Fil d'Ariane"><a href="/">Accueil</a> <span>›</span> <a href="/monde/">Monde</a> <span>›</span> <span>Guerre en Ukraine</span></nav>
  <article class="article-full" data-id="11864566" itemscope itemtype="https://schema.org/NewsArticle">
    <div class="article-full__header">
      <a class="article-full__tag" href="/theme/guerre-en-ukraine/">Guerre en Ukraine</a>
      <h1 class="article-full__title">Guerre en Ukraine : frappe de drones record en Russie, les Ukrainiens mobilisables dès 25 ans… le point sur la situation</h1>
      <p class="article-full__chapo">Chaque jour, L'Indépendant fait le point sur la situation en Ukraine. Ce mardi 2 avril 2024, retrouvez les dernières informations autour de ce conflit.</p>
      <div class="article-full__infos">
        <span class="article-full__infos-author">Par Jordi Costa avec AFP</span>
        <div class="article-full__infos-dates"><time content="2024-04-02T07:30:00+02:00">Publié le 02/04/2024 à 07:30</time>, <time content="2024-04-02T14:05:00+02:00">mis à jour à 14:05</time></div>
        <span class="article-full__reading-time">Lecture : 1 min</span>
      </div>
      <div class="share-bar">
      <a class="share-bar__item share-bar__item--facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.lindependant.fr%2F2024%2F04%2F02%2Fguerre-en-ukraine-frappe-de-drones-record-en-russie-les-ukrainiens-mobilisables-des-25-ans-le-point-sur-la-situation-11864566.php" target="_blank" rel="noopener">Partager sur Facebook</a>
      <a class="share-bar__item share-bar__item--twitter" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.lindependant.fr%2F2024%2F04%2F02%2Fguerre-en-ukraine-frappe-de-drones-record-en-russie-les-ukrainiens-mobilisables-des-25-ans-le-point-sur-la-situation-11864566.php&amp;text=Guerre%20en%20Ukraine%20%3A%20frappe%20de%20drones%20record%20en%20Russie%2C%20les%20Ukrainiens%20mobilisables%20d%C3%A8s%2025%20ans%E2%80%A6%20le%20point%20sur%20la%20situation" target="_blank" rel="noopener">Twitter</a>
      <a class="share-bar__item share-bar__item--whatsapp" href="whatsapp://send?text=https%3A%2F%2Fwww.lindependant.fr%2F2024%2F04%2F02%2Fguerre-en-ukraine-frappe-de-drones-record-en-russie-les-ukrainiens-mobilisables-des-25-ans-le-point-sur-la-situation-11864566.php">WhatsApp</a>
      <button class="share-bar__item share-bar__item--copy" data-url="https://www.lindependant.fr/2024/04/02/guerre-en-ukraine-frappe-de-drones-record-en-russie-les-ukrainiens-mobilisables-des-25-ans-le-point-sur-la-situation-11864566.php">Copier le lien</button>
    </div>
    </div>
    <ul class="article-full__media-slider">
      <li><figure><img class="responsive-img" src="https://images.lindependant.fr/api/v1/images/view/571cb547d761995410bab8a1/large/image.jpg?v=1" alt="Des soldats ukrainiens dans une tranchée" width="1200" height="800"><figcaption>Le point sur la situation. MAXPPP – SERGEY KOZLOV</figcaption></figure></li>
    </ul>
    <div class="article-full__body">
      <div class="article-full__body-content">
        <h2>Une attaque de drones à 1 200 kilomètres de la frontière</h2>
        <p>Jamais l'Ukraine n'avait frappé aussi loin. Mardi matin, des drones ont atteint la république du Tatarstan, au cœur de la Russie, visant un site de production de drones à Ielabouga et la raffinerie de Nijnekamsk.</p>
        <p>Les autorités locales font état d'une douzaine de blessés dans un bâtiment hébergeant des étudiants et des ouvriers. Le Kremlin a dénoncé une attaque terroriste et promis une riposte.</p>
        <p>Pour les analystes militaires, cette opération démontre les progrès réalisés par l'industrie ukrainienne dans la fabrication de drones à longue portée, capables de parcourir plus d'un millier de kilomètres.</p>
        <div class="ad ad--inread" data-format="inread">Publicité</div>
        <h2>Mobilisation : l'âge abaissé de 27 à 25 ans</h2>
        <p>Le président Volodymyr Zelensky a signé la loi réduisant l'âge minimum de mobilisation, une mesure adoptée par les députés il y a près d'un an. Les hommes de 25 à 27 ans, jusqu'ici exemptés, pourront désormais être appelés.</p>
        <p>Le chef de l'État n'a pas commenté publiquement sa décision. Selon les estimations de médias ukrainiens, plusieurs dizaines de milliers d'hommes sont concernés.</p>
        <div class="read-also"><span>À lire aussi :</span> <a href="/2024/04/01/guerre-en-ukraine-moscou-lance-sa-campagne-de-conscription-le-reseau-electrique-ukrainien-a-nouveau-vise-le-point-sur-la-situation-11862098.php">Guerre en Ukraine : Moscou lance sa campagne de conscription, le réseau électrique ukrainien à nouveau visé… le point sur la situation</a></div>
        <p>Le débat sur la mobilisation divise la société ukrainienne depuis des mois, alors que les soldats engagés depuis février 2022 réclament d'être démobilisés.</p>
        <h2>Dnipro touchée par des missiles</h2>
        <p>Dans la nuit, une attaque de missiles a fait au moins 18 blessés à Dnipro, selon le gouverneur Serguiï Lyssak. Un établissement scolaire et des immeubles ont été endommagés.</p>
        <p>L'armée de l'air ukrainienne a dit avoir abattu la totalité des drones lancés contre les régions centrales, mais pas les missiles balistiques, plus difficiles à intercepter.</p>
      </div>
    </div>
    <div class="article-full__tags"><a class="tag" href="/theme/guerre-en-ukraine/">Guerre en Ukraine</a> <a class="tag" href="/theme/russie/">Russie</a> <a class="tag" href="/theme/ukraine/">Ukraine</a> <a class="tag" href="/theme/vladimir-poutine/">Vladimir Poutine</a> <a class="tag" href="/theme/volodymyr-zelensky/">Volodymyr Zelensky</a> <a class="tag" href="/theme/international/">International</a></div>
    <div class="article-full__footer">
      <div class="share-bar">
      <a class="share-bar__item share-bar__item--facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.lindependant.fr%2F2024%2F04%2F02%2Fguerre-en-ukraine-frappe-de-drones-record-en-russie-les-ukrainiens-mobilisables-des-25-ans-le-point-sur-la-situation-11864566.php" target="_blank" rel="noopener">Partager sur Facebook</a>
      <a class="share-bar__item share-bar__item--twitter" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.lindependant.fr%2F2024%2F04%2F02%2Fguerre-en-ukraine-frappe-de-drones-record-en-russie-les-ukrainiens-mobilisables-des-25-ans-le-point-sur-la-situation-11864566.php&amp;text=Guerre%20en%20Ukraine%20%3A%20frappe%20de%20drones%20record%20en%20Russie%2C%20les%20Ukrainiens%20mobilisables%20d%C3%A8s%2025%20ans%E2%80%A6%20le%20point%20sur%20la%20situation" target="_blank" rel="noopener">Twitter</a>
      <a class="share-bar__item share-bar__item--whatsapp" href="whatsapp://send?text=https%3A%2F%2Fwww.lindependant.fr%2F2024%2F04%2F02%2Fguerre-en-ukraine-frappe-de-drones-record-en-russie-les-ukrainiens-mobilisables-des-25-ans-le-point-sur-la-situation-11864566.php">WhatsApp</a>
      <button class="share-bar__item share-bar__item--copy" data-url="https://www.lindependant.fr/2024/04/02/guerre-en-ukraine-frappe-de-drones-record-en-russie-les-ukrainiens-mobilisables-des-25-ans-le-point-sur-la-situation-11864566.php">Copier le lien</button>
    </div>
      <p class="article-full__report"><a href="/signaler-une-erreur/?id=11864566">Signaler une erreur</a></p>
    </div>
  </article>
  <div class="newsletter-box">
    <p class="newsletter-box__title">Recevez chaque matin la newsletter de L'Indépendant</p>
    <p class="newsletter-box__text">L'essentiel de l'actualité de votre région et du monde, directement dans votre boîte mail.</p>
    <form class="newsletter-box__form" action="/newsletters/inscription/" method="post">
      <input type="email" name="email" placeholder="Votre adresse e-mail" required>
      <button type="submit">Je m'inscris</button>
    </form>
    <p class="newsletter-box__legal">En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre politique de confidentialité.</p>
  </div>
  <section class="comments" id="reagir">
    <h2 class="comments__title">Réagir</h2>
    <p class="comments__count">12 commentaires</p>
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
      <li class="most-read__item"><span class="most-read__rank">1</span> <a href="/2024/04/04/secheresse-dans-les-pyrenees-orientales-de-nouvelles-restrictions-d-eau-des-lundi-le-point-sur-la-situation-11869302.php">Sécheresse dans les Pyrénées-Orientales : de nouvelles restrictions d'eau dès lundi… le point sur la situation</a></li>
      <li class="most-read__item"><span class="most-read__rank">2</span> <a href="/2024/04/05/aude-a-carcassonne-la-cite-accueille-un-week-end-medieval-avant-la-saison-11871655.php">Aude : à Carcassonne, la Cité accueille un week-end médiéval avant la saison</a></li>
      <li class="most-read__item"><span class="most-read__rank">3</span> <a href="/2024/04/06/usap-les-catalans-en-stage-de-cohesion-avant-le-sprint-final-du-top-14-11874733.php">USAP : les Catalans en stage de cohésion avant le sprint final du Top 14</a></li>
      <li class="most-read__item"><span class="most-read__rank">4</span> <a href="/2024/04/07/perpignan-un-nouveau-parking-relais-ouvre-aux-portes-du-centre-ville-11875233.php">Perpignan : un nouveau parking relais ouvre aux portes du centre-ville</a></li>
    </ol>
  </section>
    <div class="ad ad--pave" data-format="pave2">Publicité</div>
  </aside>
</main>
<footer class="footer" id="footer">
  <div class="footer__editions"><p>Nos éditions : Perpignan · Carcassonne · Narbonne · Céret · Prades · Limoux · Castelnaudary · Argelès-sur-Mer</p></div>
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
      <li><a href="https://avis-de-deces.lindependant.fr/">Avis de décès</a></li>
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
  <div class="footer__apps"><p>Téléchargez l'application L'Indépendant : <a href="https://apps.apple.com/fr/app/id41db30f80">App Store</a> · <a href="https://play.google.com/store/apps/details?id=fr.li.android">Google Play</a></p></div>
  <p class="footer__copyright">© L'Indépendant – Groupe La Dépêche du Midi 2024 – Mas de la Garrigue, 2 avenue Alfred-Sauvy, 66605 Rivesaltes. Tous droits réservés.</p>
</footer>
<script>
  (function(){
    var ads = window.ads || (window.ads = {});
    ads.slots = [].slice.call(document.querySelectorAll('.ad'));
    ads.config = {"site":"lindependant.fr","zone":"monde","pageId":"11864566","refresh":30,"lazy":true};
    var sc = document.createElement('script'); sc.async = true;
    sc.src = 'https://securepubads.g.doubleclick.net/tag/js/gpt.js';
    document.head.appendChild(sc);
  })();
</script>
<script>
  window.xtsite = "562311"; window.xtpage = "monde::article::11864566";
  (function(d){var s=d.createElement('script');s.async=true;s.src='https://tag.aticdn.net/piano-analytics.js';d.body.appendChild(s);})(document);
</script>
<script src="https://static.lindependant.fr/js/app.8c1f2e.js" defer></script>
<script>
  if ('serviceWorker' in navigator) { navigator.serviceWorker.register('/sw.js').catch(function(){}); }
</script>
</body>
</html>
