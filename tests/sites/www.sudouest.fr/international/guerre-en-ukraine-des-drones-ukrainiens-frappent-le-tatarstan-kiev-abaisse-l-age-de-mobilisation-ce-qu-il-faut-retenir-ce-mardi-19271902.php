<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Guerre en Ukraine : des drones ukrainiens frappent le Tatarstan, Kiev abaisse l’âge de mobilisation… ce qu’il faut retenir ce mardi | Sud Ouest</title>
<meta name="description" content="Des drones ukrainiens ont atteint le Tatarstan, à plus de 1 000 kilomètres du front. Volodymyr Zelensky a signé la loi abaissant à 25 ans l’âge de mobilisation.">
<link rel="canonical" href="https://www.sudouest.fr/international/guerre-en-ukraine-des-drones-ukrainiens-frappent-le-tatarstan-kiev-abaisse-l-age-de-mobilisation-ce-qu-il-faut-retenir-ce-mardi-19271902.php">
<meta property="og:site_name" content="SudOuest.fr">
<meta property="og:type" content="article">
<meta property="og:title" content="Guerre en Ukraine : des drones ukrainiens frappent le Tatarstan, Kiev abaisse l’âge de mobilisation… ce qu’il faut retenir ce mardi">
<meta property="og:description" content="Des drones ukrainiens ont atteint le Tatarstan, à plus de 1 000 kilomètres du front. Volodymyr Zelensky a signé la loi abaissant à 25 ans l’âge de mobilisation.">
<meta property="og:url" content="https://www.sudouest.fr/international/guerre-en-ukraine-des-drones-ukrainiens-frappent-le-tatarstan-kiev-abaisse-l-age-de-mobilisation-ce-qu-il-faut-retenir-ce-mardi-19271902.php">
<meta property="og:image" content="https://media.sudouest.fr/19271902/1200x-1/1eb6c2a02531.jpg">
<meta property="article:published_time" content="2024-04-02T18:30:00+02:00">
<meta property="article:modified_time" content="2024-04-02T22:05:00+02:00">
<meta name="twitter:site" content="@sudouest">
<link rel="stylesheet" href="https://www.sudouest.fr/assets/css/app.7ac01f.css">
<script>
  window.dataLayer = window.dataLayer || [];
  dataLayer.push({"content_type": "article", "content_id": "19271902", "section": "international", "premium": false});
  (function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-WX3D9F');
</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":"https://www.sudouest.fr/international/guerre-en-ukraine-des-drones-ukrainiens-frappent-le-tatarstan-kiev-abaisse-l-age-de-mobilisation-ce-qu-il-faut-retenir-ce-mardi-19271902.php"},"headline":"Guerre en Ukraine : des drones ukrainiens frappent le Tatarstan, Kiev abaisse l’âge de mobilisation… ce qu’il faut retenir ce mardi","description":"Des drones ukrainiens ont atteint le Tatarstan, à plus de 1 000 kilomètres du front. Volodymyr Zelensky a signé la loi abaissant à 25 ans l’âge de mobilisation.","datePublished":"2024-04-02T18:30:00+02:00","dateModified":"2024-04-02T22:05:00+02:00","author":[{"@type":"Person","name":"Hélène Duprat"}],"publisher":{"@type":"Organization","name":"Sud Ouest","url":"https://www.sudouest.fr/","logo":{"@type":"ImageObject","url":"https://www.sudouest.fr/assets/logo-so-600.png","width":600,"height":60}},"image":{"@type":"ImageObject","url":"https://media.sudouest.fr/19271902/1200x-1/1eb6c2a02531.jpg","width":1200,"height":800},"articleSection":"International","inLanguage":"fr-FR","isAccessibleForFree":true}</script>
</head>
<body class="layout-article">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-WX3D9F" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<div id="didomi-host" class="didomi-consent" role="dialog" aria-label="Gestion du consentement">
  <div class="didomi-popup-container">
    <p class="didomi-popup-title">Vos choix en matière de cookies</p>
    <p class="didomi-popup-text">Sud Ouest et ses partenaires stockent et/ou accèdent à des informations sur votre appareil, telles que des cookies, et traitent des données personnelles, comme des identifiants uniques et des informations standards envoyées par votre appareil, pour diffuser des publicités et du contenu personnalisés, mesurer la performance des publicités et du contenu, obtenir des données d'audience et développer et améliorer les produits. Avec votre permission, nos partenaires et nous-mêmes pouvons utiliser des données de géolocalisation précises et d'identification par analyse du terminal. Vous pouvez cliquer pour consentir à ces traitements ou refuser ou accéder à des informations plus détaillées et modifier vos préférences avant de consentir.</p>
    <div class="didomi-buttons">
      <button type="button" class="didomi-button didomi-learn-more">Personnaliser</button>
      <button type="button" class="didomi-button didomi-disagree">Continuer sans accepter</button>
      <button type="button" class="didomi-button didomi-agree">Accepter &amp; Fermer</button>
    </div>
  </div>
</div>
<script>window.didomiConfig={"app":{"apiKey":"2c8c7e10-so","vendors":{"iab":{"all":true}}}};</script>
<script async src="https://sdk.privacy-center.org/2c8c7e10-so/loader.js?target=sudouest"></script>
<header class="site-header">
  <a class="site-header__logo" href="/"><img src="https://www.sudouest.fr/assets/logo-sudouest.svg" alt="Sud Ouest" width="160" height="38"></a>
  <nav class="site-header__menu"><a href="/gironde/">Gironde</a> <a href="/landes/">Landes</a> <a href="/pyrenees-atlantiques/">Pyrénées-Atlantiques</a> <a href="/dordogne/">Dordogne</a> <a href="/lot-et-garonne/">Lot-et-Garonne</a> <a href="/charente-maritime/">Charente-Maritime</a> <a href="/politique/">Politique</a> <a href="/international/">International</a> <a href="/sport/">Sport</a> <a href="/economie/">Économie</a></nav>
  <a class="site-header__subscribe" href="https://abonnement.sudouest.fr/?origin=header">Je m'abonne</a>
</header>
<div class="ads-slot ads-slot--banner" id="banner-top"></div>
<main class="main-content">
  <article class="article article--free" data-id="19271902">
    <header class="article-header">
      <a class="article-header__rubric" href="/international/">International</a>
      <h1 class="article-title">Guerre en Ukraine : des drones ukrainiens frappent le Tatarstan, Kiev abaisse l’âge de mobilisation… ce qu’il faut retenir ce mardi</h1>
      <p class="article-standfirst">Des drones ukrainiens ont atteint le Tatarstan, à plus de 1 000 kilomètres du front. Volodymyr Zelensky a signé la loi abaissant à 25 ans l’âge de mobilisation.</p>
      <div class="article-meta">
        <span class="article-author">Par Hélène Duprat</span>
        <span class="article-date">Publié le 02/04/2024 à 18h30.</span> <span class="article-date article-date--update">Mis à jour le 02/04/2024 à 22h05.</span>
      </div>
      <div class="social-share">
  <a class="social-share__item social-share__item--facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.sudouest.fr%2Finternational%2Fguerre-en-ukraine-des-drones-ukrainiens-frappent-le-tatarstan-kiev-abaisse-l-age-de-mobilisation-ce-qu-il-faut-retenir-ce-mardi-19271902.php" target="_blank" rel="noopener">Facebook</a>
  <a class="social-share__item social-share__item--x" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.sudouest.fr%2Finternational%2Fguerre-en-ukraine-des-drones-ukrainiens-frappent-le-tatarstan-kiev-abaisse-l-age-de-mobilisation-ce-qu-il-faut-retenir-ce-mardi-19271902.php&amp;text=Guerre%20en%20Ukraine%20%3A%20des%20drones%20ukrainiens%20frappent%20le%20Tatarstan%2C%20Kiev%20abaisse%20l%E2%80%99%C3%A2ge%20de%20mobilisation%E2%80%A6%20ce%20qu%E2%80%99il%20faut%20retenir%20ce%20mardi" target="_blank" rel="noopener">X</a>
  <a class="social-share__item social-share__item--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url=https%3A%2F%2Fwww.sudouest.fr%2Finternational%2Fguerre-en-ukraine-des-drones-ukrainiens-frappent-le-tatarstan-kiev-abaisse-l-age-de-mobilisation-ce-qu-il-faut-retenir-ce-mardi-19271902.php" target="_blank" rel="noopener">LinkedIn</a>
  <a class="social-share__item social-share__item--whatsapp" href="whatsapp://send?text=https%3A%2F%2Fwww.sudouest.fr%2Finternational%2Fguerre-en-ukraine-des-drones-ukrainiens-frappent-le-tatarstan-kiev-abaisse-l-age-de-mobilisation-ce-qu-il-faut-retenir-ce-mardi-19271902.php">WhatsApp</a>
  <a class="social-share__item social-share__item--mail" href="mailto:?subject=Guerre%20en%20Ukraine%20%3A%20des%20drones%20ukrainiens%20frappent%20le%20Tatarstan%2C%20Kiev%20abaisse%20l%E2%80%99%C3%A2ge%20de%20mobilisation%E2%80%A6%20ce%20qu%E2%80%99il%20faut%20retenir%20ce%20mardi&amp;body=https%3A%2F%2Fwww.sudouest.fr%2Finternational%2Fguerre-en-ukraine-des-drones-ukrainiens-frappent-le-tatarstan-kiev-abaisse-l-age-de-mobilisation-ce-qu-il-faut-retenir-ce-mardi-19271902.php">E-mail</a>
  <button type="button" class="social-share__item social-share__item--copy" data-url="https://www.sudouest.fr/international/guerre-en-ukraine-des-drones-ukrainiens-frappent-le-tatarstan-kiev-abaisse-l-age-de-mobilisation-ce-qu-il-faut-retenir-ce-mardi-19271902.php">Copier le lien</button>
</div>
    </header>
    <figure class="article-cover"><img src="https://media.sudouest.fr/19271902/1200x-1/1eb6c2a02531.jpg" alt="" width="1200" height="800"><figcaption class="article-cover__legend">Une image diffusée sur les réseaux sociaux montre l’incendie d’un bâtiment à Ielabouga, au Tatarstan. Photo : Telegram / AFP</figcaption></figure>
    <div class="full-content">
        <h2>Une attaque à plus de 1 000 kilomètres du front</h2>
        <p>Des drones ukrainiens ont frappé ce mardi deux sites industriels au Tatarstan, une république de la Volga située à quelque 1 200 kilomètres de la frontière ukrainienne, l’une des attaques les plus profondes depuis le début de l’invasion.</p>
        <p>À Ielabouga, un drone a touché un foyer d’étudiants de la zone économique spéciale d’Alabouga, où seraient assemblés des drones Shahed de conception iranienne. Au moins douze personnes ont été blessées, selon les autorités locales.</p>
        <p>Un autre appareil a visé la raffinerie de Nijnekamsk, l’une des plus importantes de Russie, sans interrompre la production, d’après la direction du site. Une source au sein des renseignements militaires ukrainiens a revendiqué l’opération auprès de plusieurs médias.</p>
        <h2>Zelensky signe la loi sur la mobilisation</h2>
        <p>Volodymyr Zelensky a promulgué la loi abaissant de 27 à 25 ans l’âge minimum de mobilisation, un texte adopté par le Parlement en mai 2023 mais resté plusieurs mois sur le bureau du président.</p>
        <p>La mesure doit permettre de renouveler des unités épuisées par plus de deux ans de combats. Le chef de l’État n’a pas commenté publiquement sa décision.</p>
        <figure class="article-figure"><img loading="lazy" src="https://media.sudouest.fr/19271902/1000x500/bdaffed85796.jpg" alt="" width="1000" height="500"><figcaption class="article-figure__legend">Des soldats ukrainiens à l’entraînement dans la région de Zaporijjia. Photo Genya Savilov / AFP</figcaption></figure>
        <h2>Dnipro et Kharkiv sous les frappes</h2>
        <p>À Dnipro, une frappe de missile a blessé au moins quinze personnes, dont des enfants, et endommagé un collège professionnel et des immeubles, selon le gouverneur régional.</p>
        <p>Dans la région de Kharkiv, deux civils ont été blessés par des tirs d’artillerie dans le district de Koupiansk, où les forces russes tentent de progresser depuis plusieurs semaines.</p>
    </div>
    <div class="article-tags"><a href="/sujets/guerre-en-ukraine/">Guerre en Ukraine</a> <a href="/sujets/russie/">Russie</a> <a href="/sujets/vladimir-poutine/">Vladimir Poutine</a></div>
    <div class="visible-not-premium footer-premium">
      <p class="footer-premium__title">Soutenez une information de qualité</p>
      <p>Abonnez-vous à Sud Ouest et accédez à tous nos articles, à l'édition numérique et aux newsletters.</p>
      <a class="footer-premium__cta" href="https://abonnement.sudouest.fr/?origin=article-footer">Je m'abonne dès 1 € le premier mois</a>
    </div>
  </article>
  <section class="related-articles">
    <h2>Sur le même sujet</h2>
    <ul>
      <li><a href="/international/guerre-en-ukraine-pourquoi-les-frappes-russes-sur-le-reseau-electrique-inquietent-kiev-19262207.php">Guerre en Ukraine : pourquoi les frappes russes sur le réseau électrique inquiètent Kiev</a></li>
      <li class="article-card article-card--premium"><span class="article-card__flag">Abonnés</span> <a href="/gironde/bordeaux/a-bordeaux-les-ukrainiens-arrives-en-2022-racontent-deux-ans-d-exil-19265533.php">À Bordeaux, les Ukrainiens arrivés en 2022 racontent deux ans d'exil</a></li>
    </ul>
  </section>
  <section class="comments-block" id="comments"><h2>Commentaires</h2><p>Vous devez être abonné pour réagir à cet article.</p></section>
</main>
<footer class="site-footer"><p>© Sud Ouest 2024 – Groupe Sud Ouest, 23 quai de Queyries, 33100 Bordeaux</p><a href="/mentions-legales/">Mentions légales</a> · <a href="/cgu/">CGU</a> · <a href="/rss.xml">RSS</a></footer>
<script>
  (function(){
    var ads = window.ads || (window.ads = {});
    ads.config = {"site":"sudouest.fr","zone":"international","pageId":"19271902","refresh":30,"lazy":true,"prebid":{"timeout":1200,"bidders":["criteo","smartadserver","appnexus","teads"]}};
    var sc = document.createElement('script'); sc.async = true;
    sc.src = 'https://securepubads.g.doubleclick.net/tag/js/gpt.js';
    document.head.appendChild(sc);
  })();
</script>
</body>
</html>
