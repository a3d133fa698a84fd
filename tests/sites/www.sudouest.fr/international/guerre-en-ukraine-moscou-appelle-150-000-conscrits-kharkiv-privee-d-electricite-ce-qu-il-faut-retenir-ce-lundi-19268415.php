<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Guerre en Ukraine : Moscou appelle 150 000 conscrits, Kharkiv privée d’électricité… ce qu’il faut retenir ce lundi | Sud Ouest</title>
<meta name="description" content="Le service militaire de printemps a débuté en Russie, où 150 000 jeunes hommes sont appelés sous les drapeaux. À Kharkiv, de nouvelles frappes ont visé le réseau électrique.">
<link rel="canonical" href="https://www.sudouest.fr/international/guerre-en-ukraine-moscou-appelle-150-000-conscrits-kharkiv-privee-d-electricite-ce-qu-il-faut-retenir-ce-lundi-19268415.php">
<meta property="og:site_name" content="SudOuest.fr">
<meta property="og:type" content="article">
<meta property="og:title" content="Guerre en Ukraine : Moscou appelle 150 000 conscrits, Kharkiv privée d’électricité… ce qu’il faut retenir ce lundi">
<meta property="og:description" content="Le service militaire de printemps a débuté en Russie, où 150 000 jeunes hommes sont appelés sous les drapeaux. À Kharkiv, de nouvelles frappes ont visé le réseau électrique.">
<meta property="og:url" content="https://www.sudouest.fr/international/guerre-en-ukraine-moscou-appelle-150-000-conscrits-kharkiv-privee-d-electricite-ce-qu-il-faut-retenir-ce-lundi-19268415.php">
<meta property="og:image" content="https://media.sudouest.fr/19268415/1200x-1/b8fffafc835e.jpg">
<meta property="article:published_time" content="2024-04-01T18:45:00+02:00">
<meta property="article:modified_time" content="2024-04-01T21:10:00+02:00">
<meta name="twitter:site" content="@sudouest">
<link rel="stylesheet" href="https://www.sudouest.fr/assets/css/app.7ac01f.css">
<script>
  window.dataLayer = window.dataLayer || [];
  dataLayer.push({"content_type": "article", "content_id": "19268415", "section": "international", "premium": false});
  (function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-WX3D9F');
</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":"https://www.sudouest.fr/international/guerre-en-ukraine-moscou-appelle-150-000-conscrits-kharkiv-privee-d-electricite-ce-qu-il-faut-retenir-ce-lundi-19268415.php"},"headline":"Guerre en Ukraine : Moscou appelle 150 000 conscrits, Kharkiv privée d’électricité… ce qu’il faut retenir ce lundi","description":"Le service militaire de printemps a débuté en Russie, où 150 000 jeunes hommes sont appelés sous les drapeaux. À Kharkiv, de nouvelles frappes ont visé le réseau électrique.","datePublished":"2024-04-01T18:45:00+02:00","dateModified":"2024-04-01T21:10:00+02:00","author":[{"@type":"Organization","name":"SudOuest.fr"},{"@type":"Organization","name":"AFP"}],"publisher":{"@type":"Organization","name":"Sud Ouest","url":"https://www.sudouest.fr/","logo":{"@type":"ImageObject","url":"https://www.sudouest.fr/assets/logo-so-600.png","width":600,"height":60}},"image":{"@type":"ImageObject","url":"https://media.sudouest.fr/19268415/1200x-1/b8fffafc835e.jpg","width":1200,"height":800},"articleSection":"International","inLanguage":"fr-FR","isAccessibleForFree":true}</script>
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
  <article class="article article--free" data-id="19268415">
    <header class="article-header">
      <a class="article-header__rubric" href="/international/">International</a>
      <h1 class="article-title">Guerre en Ukraine : Moscou appelle 150 000 conscrits, Kharkiv privée d’électricité… ce qu’il faut retenir ce lundi</h1>
      <p class="article-standfirst">Le service militaire de printemps a débuté en Russie, où 150 000 jeunes hommes sont appelés sous les drapeaux. À Kharkiv, de nouvelles frappes ont visé le réseau électrique.</p>
      <div class="article-meta">
        <span class="article-author">Par SudOuest.fr avec AFP</span>
        <span class="article-date">Publié le 01/04/2024 à 18h45.</span> <span class="article-date article-date--update">Mis à jour le 01/04/2024 à 21h10.</span>
      </div>
      <div class="social-share">
  <a class="social-share__item social-share__item--facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.sudouest.fr%2Finternational%2Fguerre-en-ukraine-moscou-appelle-150-000-conscrits-kharkiv-privee-d-electricite-ce-qu-il-faut-retenir-ce-lundi-19268415.php" target="_blank" rel="noopener">Facebook</a>
  <a class="social-share__item social-share__item--x" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.sudouest.fr%2Finternational%2Fguerre-en-ukraine-moscou-appelle-150-000-conscrits-kharkiv-privee-d-electricite-ce-qu-il-faut-retenir-ce-lundi-19268415.php&amp;text=Guerre%20en%20Ukraine%20%3A%20Moscou%20appelle%20150%20000%20conscrits%2C%20Kharkiv%20priv%C3%A9e%20d%E2%80%99%C3%A9lectricit%C3%A9%E2%80%A6%20ce%20qu%E2%80%99il%20faut%20retenir%20ce%20lundi" target="_blank" rel="noopener">X</a>
  <a class="social-share__item social-share__item--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url=https%3A%2F%2Fwww.sudouest.fr%2Finternational%2Fguerre-en-ukraine-moscou-appelle-150-000-conscrits-kharkiv-privee-d-electricite-ce-qu-il-faut-retenir-ce-lundi-19268415.php" target="_blank" rel="noopener">LinkedIn</a>
  <a class="social-share__item social-share__item--whatsapp" href="whatsapp://send?text=https%3A%2F%2Fwww.sudouest.fr%2Finternational%2Fguerre-en-ukraine-moscou-appelle-150-000-conscrits-kharkiv-privee-d-electricite-ce-qu-il-faut-retenir-ce-lundi-19268415.php">WhatsApp</a>
  <a class="social-share__item social-share__item--mail" href="mailto:?subject=Guerre%20en%20Ukraine%20%3A%20Moscou%20appelle%20150%20000%20conscrits%2C%20Kharkiv%20priv%C3%A9e%20d%E2%80%99%C3%A9lectricit%C3%A9%E2%80%A6%20ce%20qu%E2%80%99il%20faut%20retenir%20ce%20lundi&amp;body=https%3A%2F%2Fwww.sudouest.fr%2Finternational%2Fguerre-en-ukraine-moscou-appelle-150-000-conscrits-kharkiv-privee-d-electricite-ce-qu-il-faut-retenir-ce-lundi-19268415.php">E-mail</a>
  <button type="button" class="social-share__item social-share__item--copy" data-url="https://www.sudouest.fr/international/guerre-en-ukraine-moscou-appelle-150-000-conscrits-kharkiv-privee-d-electricite-ce-qu-il-faut-retenir-ce-lundi-19268415.php">Copier le lien</button>
</div>
    </header>
    <figure class="article-cover"><img src="https://media.sudouest.fr/19268415/1200x-1/b8fffafc835e.jpg" alt="" width="1200" height="800"><figcaption class="article-cover__legend">Un bâtiment endommagé après une frappe russe à Kharkiv, le 1er avril 2024. Photo Sergey Bobok / AFP</figcaption></figure>
    <div class="full-content">
        <h2>La Russie lance sa campagne de conscription</h2>
        <p>La campagne de conscription de printemps a débuté ce lundi en Russie. Un décret signé par Vladimir Poutine prévoit l’incorporation de 150 000 hommes âgés de 18 à 30 ans d’ici au 15 juillet, un chiffre en hausse par rapport au printemps 2023.</p>
        <p>Les autorités assurent que les appelés ne seront pas envoyés combattre en Ukraine ni dans les territoires annexés. Des organisations de défense des droits humains rappellent toutefois que de nombreux conscrits ont été poussés à signer des contrats avec l’armée depuis le début de l’invasion.</p>
        <p>Le ministère de la Défense affirme par ailleurs avoir recruté plus de 100 000 volontaires sous contrat depuis le début de l’année.</p>
        <h2>Kharkiv de nouveau privée de courant</h2>
        <p>Des frappes russes ont de nouveau visé des infrastructures énergétiques de la région de Kharkiv dans la nuit de dimanche à lundi, privant plusieurs milliers de foyers d’électricité, selon l’opérateur Ukrenergo.</p>
        <p>Le gouverneur Oleg Synegoubov a indiqué que des drones de type Shahed avaient touché des installations à la périphérie de la ville. Les coupures tournantes, instaurées après les frappes massives du 22 mars, devraient se prolonger plusieurs jours.</p>
        <div class="article-read-more"><span class="article-read-more__label">Lire aussi</span> <a href="https://www.sudouest.fr/international/guerre-en-ukraine-pourquoi-les-frappes-russes-sur-le-reseau-electrique-inquietent-kiev-19262207.php">Guerre en Ukraine : pourquoi les frappes russes sur le réseau électrique inquiètent Kiev</a></div>
        <p>À Dnipro, dans le centre du pays, une frappe de missile a blessé au moins deux personnes et endommagé un établissement d’enseignement, a annoncé le gouverneur Serguiï Lyssak.</p>
        <h2>Zelensky insiste sur la défense aérienne</h2>
        <p>Dans son adresse du soir, Volodymyr Zelensky a de nouveau appelé les alliés de l’Ukraine à livrer des systèmes de défense antiaérienne, estimant que la protection des centrales électriques était devenue « une priorité absolue ».</p>
        <p>Le ministère russe de la Défense a de son côté affirmé avoir abattu des drones ukrainiens au-dessus des régions de Belgorod et de Koursk, sans faire état de victimes.</p>
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
    ads.config = {"site":"sudouest.fr","zone":"international","pageId":"19268415","refresh":30,"lazy":true,"prebid":{"timeout":1200,"bidders":["criteo","smartadserver","appnexus","teads"]}};
    var sc = document.createElement('script'); sc.async = true;
    sc.src = 'https://securepubads.g.doubleclick.net/tag/js/gpt.js';
    document.head.appendChild(sc);
  })();
</script>
</body>
</html>
