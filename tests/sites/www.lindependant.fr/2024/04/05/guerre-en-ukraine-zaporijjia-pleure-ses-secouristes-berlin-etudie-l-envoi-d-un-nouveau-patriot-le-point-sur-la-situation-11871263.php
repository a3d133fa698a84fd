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
<title>Guerre en Ukraine : Zaporijjia pleure ses secouristes, Berlin étudie l'envoi d'un nouveau Patriot… le point sur la situation - lindependant.fr</title>
<meta name="description" content="Chaque jour, L'Indépendant fait le point sur la situation en Ukraine. Ce vendredi 5 avril 2024, retrouvez les dernières informations autour de ce conflit.">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.lindependant.fr/2024/04/05/guerre-en-ukraine-zaporijjia-pleure-ses-secouristes-berlin-etudie-l-envoi-d-un-nouveau-patriot-le-point-sur-la-situation-11871263.php">
<link rel="amphtml" href="https://www.lindependant.fr/amp/2024/04/05/guerre-en-ukraine-zaporijjia-pleure-ses-secouristes-berlin-etudie-l-envoi-d-un-nouveau-patriot-le-point-sur-la-situation-11871263.php">
<meta property="og:title" content="Guerre en Ukraine : Zaporijjia pleure ses secouristes, Berlin étudie l'envoi d'un nouveau Patriot… le point sur la situation - lindependant.fr">
<meta property="og:description" content="Chaque jour, L'Indépendant fait le point sur la situation en Ukraine. Ce vendredi 5 avril 2024, retrouvez les dernières informations autour de ce conflit.">
<meta property="og:url" content="https://www.lindependant.fr/2024/04/05/guerre-en-ukraine-zaporijjia-pleure-ses-secouristes-berlin-etudie-l-envoi-d-un-nouveau-patriot-le-point-sur-la-situation-11871263.php">
<meta property="og:type" content="article">
<meta property="og:site_name" content="L'Indépendant">
<meta property="og:locale" content="fr_FR">
<meta property="og:image" content="https://images.lindependant.fr/api/v1/images/view/9fa5f21aa0208d4c6f5b4505/large/image.jpg?v=1">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="800">
<meta property="article:published_time" content="2024-04-05T07:40:00+02:00">
<meta property="article:modified_time" content="2024-04-05T12:30:00+02:00">
<meta property="article:section" content="Monde">
<meta property="article:tag" content="Guerre en Ukraine">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@lindependant">
<meta name="twitter:title" content="Guerre en Ukraine : Zaporijjia pleure ses secouristes, Berlin étudie l'envoi d'un nouveau Patriot… le point sur la situation">
<script>
  window.dataLayer = window.dataLayer || [];
  dataLayer.push({"pageType": "article", "articleId": "11871263", "section": "monde", "tag": "Guerre en Ukraine", "premium": false, "publicationDate": "2024-04-05 07:40:00", "author": "Par Marion Sabatier et Jordi Costa"});
  (function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-N8QW3T');
</script>
<script type="application/ld+json">
[{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":"https://www.lindependant.fr/2024/04/05/guerre-en-ukraine-zaporijjia-pleure-ses-secouristes-berlin-etudie-l-envoi-d-un-nouveau-patriot-le-point-sur-la-situation-11871263.php"},"headline":"Guerre en Ukraine : Zaporijjia pleure ses secouristes, Berlin étudie l'envoi d'un nouveau Patriot… le point sur la situation","description":"Chaque jour, L'Indépendant fait le point sur la situation en Ukraine. Ce vendredi 5 avril 2024, retrouvez les dernières informations autour de ce conflit.","datePublished":"2024-04-05T07:40:00+02:00","dateModified":"2024-04-05T12:30:00+02:00","author":[{"@type":"Person","name":"Marion Sabatier","url":"https://www.lindependant.fr/auteurs/marion-sabatier/"},{"@type":"Person","name":"Jordi Costa","url":"https://www.lindependant.fr/auteurs/jordi-costa/"}],"publisher":{"@type":"Organization","name":"L'Indépendant","url":"https://www.lindependant.fr/","logo":{"@type":"ImageObject","url":"https://www.lindependant.fr/img/logo-li-amp.png","width":600,"height":60}},"image":{"@type":"ImageObject","url":"https://images.lindependant.fr/api/v1/images/view/9fa5f21aa0208d4c6f5b4505/large/image.jpg?v=1","width":1200,"height":800},"articleSection":"Monde","inLanguage":"fr-FR","isAccessibleForFree":true,"articleBody":"Zaporijjia frappée en plein jour\nQuatre morts, dont des secouristes, et une vingtaine de blessés : le bilan des frappes russes qui ont visé vendredi la ville de Zaporijjia est lourd. Les missiles se sont abattus sur un quartier résidentiel, selon le gouverneur Ivan Fedorov.\nComme la veille à Kharkiv, une seconde frappe a visé le même secteur alors que les équipes d'urgence intervenaient, une pratique que Kiev qualifie de crime de guerre.\nPlusieurs dizaines de logements ont été endommagés. La municipalité a ouvert des points d'accueil pour les habitants privés de fenêtres ou de chauffage.\nLes Patriot au cœur des discussions\nLe ministre ukrainien des Affaires étrangères, Dmytro Kouleba, a quitté Bruxelles avec l'espoir de voir arriver rapidement de nouveaux systèmes Patriot. Selon la presse allemande, Berlin étudie la possibilité de livrer une troisième batterie.\nKiev estime avoir besoin d'au moins sept systèmes supplémentaires pour protéger ses grandes villes et ses infrastructures énergétiques.\nLe Kremlin hausse le ton\nLe porte-parole du Kremlin, Dmitri Peskov, a estimé que les discussions de l'Otan sur un fonds pluriannuel montraient que l'Alliance était désormais partie prenante du conflit.\nSur le terrain, Moscou a revendiqué la prise d'un village dans la région de Donetsk, tandis que l'armée ukrainienne affirme avoir repoussé une vingtaine d'assauts près de Pokrovsk.\nAucune de ces informations n'a pu être vérifiée de source indépendante."},{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Accueil","item":"https://www.lindependant.fr/"},{"@type":"ListItem","position":2,"name":"Monde","item":"https://www.lindependant.fr/monde/"},{"@type":"ListItem","position":3,"name":"Guerre en Ukraine : Zaporijjia pleure ses secouristes, Berlin étudie l'envoi d'un nouveau Patriot… le point sur la situation","item":"https://www.lindependant.fr/2024/04/05/guerre-en-ukraine-zaporijjia-pleure-ses-secouristes-berlin-etudie-l-envoi-d-un-nouveau-patriot-le-point-sur-la-situation-11871263.php"}]}]
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
  <article class="article-full" data-id="11871263" itemscope itemtype="https://schema.org/NewsArticle">
    <div class="article-full__header">
      <a class="article-full__tag" href="/theme/guerre-en-ukraine/">Guerre en Ukraine</a>
      <h1 class="article-full__title">Guerre en Ukraine : Zaporijjia pleure ses secouristes, Berlin étudie l'envoi d'un nouveau Patriot… le point sur la situation</h1>
      <p class="article-full__chapo">Chaque jour, L'Indépendant fait le point sur la situation en Ukraine. Ce vendredi 5 avril 2024, retrouvez les dernières informations autour de ce conflit.</p>
      <div class="article-full__infos">
        <span class="article-full__infos-author">Par Marion Sabatier et Jordi Costa</span>
        <div class="article-full__infos-dates"><time content="2024-04-05T07:40:00+02:00">Publié le 05/04/2024 à 07:40</time>, <time content="2024-04-05T12:30:00+02:00">mis à jour à 12:30</time></div>
        <span class="article-full__reading-time">Lecture : 1 min</span>
      </div>
      <div class="share-bar">
      <a class="share-bar__item share-bar__item--facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.lindependant.fr%2F2024%2F04%2F05%2Fguerre-en-ukraine-zaporijjia-pleure-ses-secouristes-berlin-etudie-l-envoi-d-un-nouveau-patriot-le-point-sur-la-situation-11871263.php" target="_blank" rel="noopener">Partager sur Facebook</a>
      <a class="share-bar__item share-bar__item--twitter" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.lindependant.fr%2F2024%2F04%2F05%2Fguerre-en-ukraine-zaporijjia-pleure-ses-secouristes-berlin-etudie-l-envoi-d-un-nouveau-patriot-le-point-sur-la-situation-11871263.php&amp;text=Guerre%20en%20Ukraine%20%3A%20Zaporijjia%20pleure%20ses%20secouristes%2C%20Berlin%20%C3%A9tudie%20l%27envoi%20d%27un%20nouveau%20Patriot%E2%80%A6%20le%20point%20sur%20la%20situation" target="_blank" rel="noopener">Twitter</a>
      <a class="share-bar__item share-bar__item--whatsapp" href="whatsapp://send?text=https%3A%2F%2Fwww.lindependant.fr%2F2024%2F04%2F05%2Fguerre-en-ukraine-zaporijjia-pleure-ses-secouristes-berlin-etudie-l-envoi-d-un-nouveau-patriot-le-point-sur-la-situation-11871263.php">WhatsApp</a>
      <button class="share-bar__item share-bar__item--copy" data-url="https://www.lindependant.fr/2024/04/05/guerre-en-ukraine-zaporijjia-pleure-ses-secouristes-berlin-etudie-l-envoi-d-un-nouveau-patriot-le-point-sur-la-situation-11871263.php">Copier le lien</button>
    </div>
    </div>
    <ul class="article-full__media-slider">
      <li><figure><img class="responsive-img" src="https://images.lindependant.fr/api/v1/images/view/9fa5f21aa0208d4c6f5b4505/large/image.jpg?v=1" alt="Un immeuble éventré après une frappe russe" width="1200" height="800"><figcaption>Le point sur la situation. AFP – ROMAN PILIPEY</figcaption></figure></li>
    </ul>
    <div class="article-full__body">
      <div class="article-full__body-content">
        <h2>Zaporijjia frappée en plein jour</h2>
        <p>Quatre morts, dont des secouristes, et une vingtaine de blessés : le bilan des frappes russes qui ont visé vendredi la ville de Zaporijjia est lourd. Les missiles se sont abattus sur un quartier résidentiel, selon le gouverneur Ivan Fedorov.</p>
        <p>Comme la veille à Kharkiv, une seconde frappe a visé le même secteur alors que les équipes d'urgence intervenaient, une pratique que Kiev qualifie de crime de guerre.</p>
        <p>Plusieurs dizaines de logements ont été endommagés. La municipalité a ouvert des points d'accueil pour les habitants privés de fenêtres ou de chauffage.</p>
        <div class="read-also"><span>À lire aussi :</span> <a href="/2024/04/04/guerre-en-ukraine-au-moins-8-morts-dans-des-frappes-russes-envoi-de-defenses-aeriennes-a-kiev-le-point-sur-la-situation-11869115.php">Guerre en Ukraine : au moins 8 morts dans des frappes russes, envoi de défenses aériennes à Kiev… le point sur la situation</a></div>
        <h2>Les Patriot au cœur des discussions</h2>
        <p>Le ministre ukrainien des Affaires étrangères, Dmytro Kouleba, a quitté Bruxelles avec l'espoir de voir arriver rapidement de nouveaux systèmes Patriot. Selon la presse allemande, Berlin étudie la possibilité de livrer une troisième batterie.</p>
        <p>Kiev estime avoir besoin d'au moins sept systèmes supplémentaires pour protéger ses grandes villes et ses infrastructures énergétiques.</p>
        <div class="ad ad--inread" data-format="inread">Publicité</div>
        <h2>Le Kremlin hausse le ton</h2>
        <p>Le porte-parole du Kremlin, Dmitri Peskov, a estimé que les discussions de l'Otan sur un fonds pluriannuel montraient que l'Alliance était désormais partie prenante du conflit.</p>
        <p>Sur le terrain, Moscou a revendiqué la prise d'un village dans la région de Donetsk, tandis que l'armée ukrainienne affirme avoir repoussé une vingtaine d'assauts près de Pokrovsk.</p>
        <p>Aucune de ces informations n'a pu être vérifiée de source indépendante.</p>
      </div>
    </div>
    <div class="article-full__tags"><a class="tag" href="/theme/guerre-en-ukraine/">Guerre en Ukraine</a> <a class="tag" href="/theme/russie/">Russie</a> <a class="tag" href="/theme/ukraine/">Ukraine</a> <a class="tag" href="/theme/vladimir-poutine/">Vladimir Poutine</a> <a class="tag" href="/theme/volodymyr-zelensky/">Volodymyr Zelensky</a> <a class="tag" href="/theme/international/">International</a></div>
    <div class="article-full__footer">
      <div class="share-bar">
      <a class="share-bar__item share-bar__item--facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.lindependant.fr%2F2024%2F04%2F05%2Fguerre-en-ukraine-zaporijjia-pleure-ses-secouristes-berlin-etudie-l-envoi-d-un-nouveau-patriot-le-point-sur-la-situation-11871263.php" target="_blank" rel="noopener">Partager sur Facebook</a>
      <a class="share-bar__item share-bar__item--twitter" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.lindependant.fr%2F2024%2F04%2F05%2Fguerre-en-ukraine-zaporijjia-pleure-ses-secouristes-berlin-etudie-l-envoi-d-un-nouveau-patriot-le-point-sur-la-situation-11871263.php&amp;text=Guerre%20en%20Ukraine%20%3A%20Zaporijjia%20pleure%20ses%20secouristes%2C%20Berlin%20%C3%A9tudie%20l%27envoi%20d%27un%20nouveau%20Patriot%E2%80%A6%20le%20point%20sur%20la%20situation" target="_blank" rel="noopener">Twitter</a>
      <a class="share-bar__item share-bar__item--whatsapp" href="whatsapp://send?text=https%3A%2F%2Fwww.lindependant.fr%2F2024%2F04%2F05%2Fguerre-en-ukraine-zaporijjia-pleure-ses-secouristes-berlin-etudie-l-envoi-d-un-nouveau-patriot-le-point-sur-la-situation-11871263.php">WhatsApp</a>
      <button class="share-bar__item share-bar__item--copy" data-url="https://www.lindependant.fr/2024/04/05/guerre-en-ukraine-zaporijjia-pleure-ses-secouristes-berlin-etudie-l-envoi-d-un-nouveau-patriot-le-point-sur-la-situation-11871263.php">Copier le lien</button>
    </div>
      <p class="article-full__report"><a href="/signaler-une-erreur/?id=11871263">Signaler une erreur</a></p>
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
    <p class="comments__count">8 commentaires</p>
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
    ads.config = {"site":"lindependant.fr","zone":"monde","pageId":"11871263","refresh":30,"lazy":true};
    var sc = document.createElement('script'); sc.async = true;
    sc.src = 'https://securepubads.g.doubleclick.net/tag/js/gpt.js';
    document.head.appendChild(sc);
  })();
</script>
<script>
  window.xtsite = "562311"; window.xtpage = "monde::article::11871263";
  (function(d){var s=d.createElement('script');s.async=true;s.src='https://tag.aticdn.net/piano-analytics.js';d.body.appendChild(s);})(document);
</script>
<script src="https://static.lindependant.fr/js/app.8c1f2e.js" defer></script>
<script>
  if ('serviceWorker' in navigator) { navigator.serviceWorker.register('/sw.js').catch(function(){}); }
</script>
</body>
</html>
