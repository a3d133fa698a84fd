<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Guerre en Ukraine : la centrale de Zaporijjia touchée par des drones, l’AIEA alerte… l’essentiel de la journée de dimanche - Le Parisien</title>
<meta name="description" content="La centrale nucléaire de Zaporijjia, occupée par l’armée russe, a été visée par au moins trois frappes de drones. L’Agence internationale de l’énergie atomique dénonce une mise en danger « inconsidérée ».">
<link rel="canonical" href="https://www.leparisien.fr/international/ukraine/guerre-en-ukraine-la-centrale-de-zaporijjia-touchee-par-des-drones-laiea-alerte-lessentiel-de-la-journee-de-dimanche-07-04-2024-QH3ZJ6N2VGYXCR4TKWA5PLM7DE.php">
<meta property="og:site_name" content="Le Parisien">
<meta property="og:type" content="article">
<meta property="og:title" content="Guerre en Ukraine : la centrale de Zaporijjia touchée par des drones, l’AIEA alerte… l’essentiel de la journée de dimanche">
<meta property="og:description" content="La centrale nucléaire de Zaporijjia, occupée par l’armée russe, a été visée par au moins trois frappes de drones. L’Agence internationale de l’énergie atomique dénonce une mise en danger « inconsidérée ».">
<meta property="og:url" content="https://www.leparisien.fr/international/ukraine/guerre-en-ukraine-la-centrale-de-zaporijjia-touchee-par-des-drones-laiea-alerte-lessentiel-de-la-journee-de-dimanche-07-04-2024-QH3ZJ6N2VGYXCR4TKWA5PLM7DE.php">
<meta property="og:image" content="https://www.leparisien.fr/resizer/b555a27ee5ca3fe8f536=/1248x782/filters:focal(1200x800:1210x810)/cloudfront-eu-central-1.images.arcpublishing.com/leparisien/QH3ZJ6N2VGGH5VYZQ.jpg">
<meta property="article:published_time" content="2024-04-07T18:50:00+02:00">
<meta property="article:modified_time" content="2024-04-07T21:36:00+02:00">
<meta name="twitter:site" content="@le_Parisien">
<link rel="stylesheet" href="https://www.leparisien.fr/pf/dist/components/combinations/default.css?d=812">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":"https://www.leparisien.fr/international/ukraine/guerre-en-ukraine-la-centrale-de-zaporijjia-touchee-par-des-drones-laiea-alerte-lessentiel-de-la-journee-de-dimanche-07-04-2024-QH3ZJ6N2VGYXCR4TKWA5PLM7DE.php"},"headline":"Guerre en Ukraine : la centrale de Zaporijjia touchée par des drones, l’AIEA alerte… l’essentiel de la journée de dimanche","description":"La centrale nucléaire de Zaporijjia, occupée par l’armée russe, a été visée par au moins trois frappes de drones. L’Agence internationale de l’énergie atomique dénonce une mise en danger « inconsidérée ».","datePublished":"2024-04-07T18:50:00+02:00","dateModified":"2024-04-07T21:36:00+02:00","author":[{"@type":"Organization","name":"Le Parisien"},{"@type":"Organization","name":"AFP"}],"publisher":{"@type":"Organization","name":"Le Parisien","url":"https://www.leparisien.fr/","logo":{"@type":"ImageObject","url":"https://www.leparisien.fr/pf/resources/images/le-parisien-logo-amp.png","width":600,"height":60}},"image":{"@type":"ImageObject","url":"https://www.leparisien.fr/resizer/b555a27ee5ca3fe8f536=/1248x782/filters:focal(1200x800:1210x810)/cloudfront-eu-central-1.images.arcpublishing.com/leparisien/QH3ZJ6N2VGGH5VYZQ.jpg","width":1200,"height":800},"articleSection":"International","inLanguage":"fr-FR","isAccessibleForFree":true}</script>
<script>
  window.tp = window.tp || []; tp.push(["setAid", "Pq3tHxKmsm"]); tp.push(["setCxenseSiteId", "1139721894457512214"]);
  tp.push(["setTags", ["ukraine", "international", "free"]]); tp.push(["setContentCreated", "2024-04-07T18:50:00+02:00"]);
</script>
<script async src="https://cdn.tinypass.com/api/tinypass.min.js"></script>
</head>
<body>
<div id="didomi-host" class="didomi-consent" role="dialog" aria-label="Gestion du consentement">
  <div class="didomi-popup-container">
    <p class="didomi-popup-title">Vos choix en matière de cookies</p>
    <p class="didomi-popup-text">Le Parisien et ses partenaires stockent et/ou accèdent à des informations sur votre appareil, telles que des cookies, et traitent des données personnelles, comme des identifiants uniques et des informations standards envoyées par votre appareil, pour diffuser des publicités et du contenu personnalisés, mesurer la performance des publicités et du contenu, obtenir des données d'audience et développer et améliorer les produits. Avec votre permission, nos partenaires et nous-mêmes pouvons utiliser des données de géolocalisation précises et d'identification par analyse du terminal. Vous pouvez cliquer pour consentir à ces traitements ou refuser ou accéder à des informations plus détaillées et modifier vos préférences avant de consentir.</p>
    <div class="didomi-buttons">
      <button type="button" class="didomi-button didomi-learn-more">Personnaliser</button>
      <button type="button" class="didomi-button didomi-disagree">Continuer sans accepter</button>
      <button type="button" class="didomi-button didomi-agree">Accepter &amp; Fermer</button>
    </div>
  </div>
</div>
<script>window.didomiConfig={"app":{"apiKey":"d5a3e1f0-lp","vendors":{"iab":{"all":true}}}};</script>
<script async src="https://sdk.privacy-center.org/d5a3e1f0-lp/loader.js?target=leparisien"></script>
<div id="fusion-app" class="layout-article">
<header class="header-main">
  <a class="header-main__logo" href="/"><img src="https://www.leparisien.fr/pf/resources/images/le-parisien-logo.svg" alt="Le Parisien" width="170" height="34"></a>
  <nav class="header-main__nav"><a href="/paris-75/">Paris</a> <a href="/politique/">Politique</a> <a href="/faits-divers/">Faits divers</a> <a href="/international/">International</a> <a href="/international/ukraine/">Guerre en Ukraine</a> <a href="/economie/">Économie</a> <a href="/sports/">Sports</a> <a href="/culture-loisirs/">Culture</a></nav>
  <a class="header-main__sub" href="https://abonnement.leparisien.fr/?origin=header">S'abonner</a>
</header>
<div class="ad_wrapper ad-banner" id="ad-banniere-haute"></div>
<main class="main-content">
  <article class="article-section grid">
    <div class="breadcrumb_wrapper"><a href="/international/">International</a> <span>›</span> <a href="/international/ukraine/">Ukraine</a></div>
    <header class="article-header">
      <h1 class="title_xl col margin_bottom_headline">Guerre en Ukraine : la centrale de Zaporijjia touchée par des drones, l’AIEA alerte… l’essentiel de la journée de dimanche</h1>
      <p class="subheadline">La centrale nucléaire de Zaporijjia, occupée par l’armée russe, a été visée par au moins trois frappes de drones. L’Agence internationale de l’énergie atomique dénonce une mise en danger « inconsidérée ».</p>
      <div class="author-infos width_full">
        <span class="ui_bold author_name">Par Le Parisien avec AFP</span>
        <div class="timestamp width_full color_grey_dark">Le 7 avril 2024 à 18h50, modifié le 7 avril 2024 à 21h36</div>
      </div>
      <div class="share-buttons">
  <a class="share-buttons__item share-buttons__item--facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.leparisien.fr%2Finternational%2Fukraine%2Fguerre-en-ukraine-la-centrale-de-zaporijjia-touchee-par-des-drones-laiea-alerte-lessentiel-de-la-journee-de-dimanche-07-04-2024-QH3ZJ6N2VGYXCR4TKWA5PLM7DE.php" target="_blank" rel="noopener">Facebook</a>
  <a class="share-buttons__item share-buttons__item--x" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.leparisien.fr%2Finternational%2Fukraine%2Fguerre-en-ukraine-la-centrale-de-zaporijjia-touchee-par-des-drones-laiea-alerte-lessentiel-de-la-journee-de-dimanche-07-04-2024-QH3ZJ6N2VGYXCR4TKWA5PLM7DE.php&amp;text=Guerre%20en%20Ukraine%20%3A%20la%20centrale%20de%20Zaporijjia%20touch%C3%A9e%20par%20des%20drones%2C%20l%E2%80%99AIEA%20alerte%E2%80%A6%20l%E2%80%99essentiel%20de%20la%20journ%C3%A9e%20de%20dimanche" target="_blank" rel="noopener">X</a>
  <a class="share-buttons__item share-buttons__item--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url=https%3A%2F%2Fwww.leparisien.fr%2Finternational%2Fukraine%2Fguerre-en-ukraine-la-centrale-de-zaporijjia-touchee-par-des-drones-laiea-alerte-lessentiel-de-la-journee-de-dimanche-07-04-2024-QH3ZJ6N2VGYXCR4TKWA5PLM7DE.php" target="_blank" rel="noopener">LinkedIn</a>
  <a class="share-buttons__item share-buttons__item--whatsapp" href="whatsapp://send?text=https%3A%2F%2Fwww.leparisien.fr%2Finternational%2Fukraine%2Fguerre-en-ukraine-la-centrale-de-zaporijjia-touchee-par-des-drones-laiea-alerte-lessentiel-de-la-journee-de-dimanche-07-04-2024-QH3ZJ6N2VGYXCR4TKWA5PLM7DE.php">WhatsApp</a>
  <a class="share-buttons__item share-buttons__item--mail" href="mailto:?subject=Guerre%20en%20Ukraine%20%3A%20la%20centrale%20de%20Zaporijjia%20touch%C3%A9e%20par%20des%20drones%2C%20l%E2%80%99AIEA%20alerte%E2%80%A6%20l%E2%80%99essentiel%20de%20la%20journ%C3%A9e%20de%20dimanche&amp;body=https%3A%2F%2Fwww.leparisien.fr%2Finternational%2Fukraine%2Fguerre-en-ukraine-la-centrale-de-zaporijjia-touchee-par-des-drones-laiea-alerte-lessentiel-de-la-journee-de-dimanche-07-04-2024-QH3ZJ6N2VGYXCR4TKWA5PLM7DE.php">E-mail</a>
  <button type="button" class="share-buttons__item share-buttons__item--copy" data-url="https://www.leparisien.fr/international/ukraine/guerre-en-ukraine-la-centrale-de-zaporijjia-touchee-par-des-drones-laiea-alerte-lessentiel-de-la-journee-de-dimanche-07-04-2024-QH3ZJ6N2VGYXCR4TKWA5PLM7DE.php">Copier le lien</button>
</div>
    </header>
    <figure class="article-media article-media--main"><img src="https://www.leparisien.fr/resizer/b555a27ee5ca3fe8f536=/1248x782/filters:focal(1200x800:1210x810)/cloudfront-eu-central-1.images.arcpublishing.com/leparisien/QH3ZJ6N2VGGH5VYZQ.jpg" alt="" width="1248" height="782"><figcaption class="width_full color_grey_dark ui_light font_xs">La centrale nucléaire de Zaporijjia, à Enerhodar, photographiée depuis l’autre rive du Dniepr. AFP/Roman PILIPEY.</figcaption></figure>
    <section class="content">
        <h2 class="inter-title">Le dôme d’un réacteur touché</h2>
        <p class="paragraph text_align_left">L’Agence internationale de l’énergie atomique (AIEA) a confirmé que la centrale de Zaporijjia, la plus grande d’Europe, avait été visée par au moins trois frappes de drones ce dimanche, dont l’une a touché le dôme de confinement du réacteur numéro 6.</p>
        <p class="paragraph text_align_left">Selon l’agence onusienne, dont des experts sont présents en permanence sur le site, les dégâts n’ont pas compromis la sûreté nucléaire, mais un employé a été blessé près d’un laboratoire. Aucune hausse de la radioactivité n’a été mesurée.</p>
        <p class="paragraph text_align_left">« Personne ne peut tirer un quelconque avantage militaire d’une attaque contre une centrale nucléaire », a réagi le directeur général de l’AIEA, Rafael Grossi, qui parle d’une « escalade majeure des dangers ».</p>
        <h2 class="inter-title">Moscou et Kiev se renvoient la responsabilité</h2>
        <p class="paragraph text_align_left">L’opérateur russe Rosatom a accusé l’armée ukrainienne d’avoir lancé les drones. Kiev a démenti toute implication et parlé d’une « provocation » destinée à dissuader les Occidentaux de fournir davantage d’armes.</p>
        <p class="paragraph text_align_left">Les six réacteurs de la centrale, occupée par les forces russes depuis mars 2022, sont à l’arrêt, mais le site a besoin d’une alimentation électrique constante pour refroidir le combustible.</p>
        <figure class="article-media"><img loading="lazy" src="https://www.leparisien.fr/resizer/36ee0eddab5f418b4536=/640x400/leparisien.jpg" alt="" width="640" height="400"><figcaption class="width_full color_grey_dark ui_light font_xs">Rafael Grossi, directeur général de l’AIEA, à Vienne. AFP/Joe KLAMAR.</figcaption></figure>
        <h2 class="inter-title">Frappes dans la région de Kharkiv</h2>
        <p class="paragraph text_align_left">Dans la région de Kharkiv, deux personnes ont été tuées par des bombardements russes sur des villages proches de la frontière, selon le gouverneur Oleg Synegoubov. À Kharkiv même, les services municipaux poursuivaient le déblaiement des immeubles touchés la veille.</p>
        <p class="paragraph text_align_left">Volodymyr Zelensky a averti dans la soirée que l’Ukraine risquait de devoir reculer sur le front si l’aide américaine n’était pas débloquée rapidement, et a appelé les alliés à « ne pas attendre la prochaine tragédie ».</p>
    </section>
    <div class="article-tags"><a href="/international/ukraine/">Guerre en Ukraine</a> <a href="/international/russie/">Russie</a> <a href="/international/otan/">Otan</a></div>
  </article>
  <section class="newsletter-block">
    <p class="newsletter-block__title">Newsletter L'essentiel du matin</p>
    <p>Un tour de l'actualité pour bien démarrer la journée.</p>
    <form action="https://www.leparisien.fr/newsletters/" method="post"><input type="email" name="email"><button type="submit">S'inscrire</button></form>
  </section>
  <section class="outbrain-block">
    <div class="story-card story-card--premium"><span class="label-premium">Le Parisien Premium</span> <a href="/international/ukraine/reportage-dans-le-donbass-les-soldats-ukrainiens-face-a-la-penurie-d-obus-03-04-2024-FJ2M6QKZ2NC5TLRBP7XY4HDWVE.php">REPORTAGE. Dans le Donbass, les soldats ukrainiens face à la pénurie d'obus</a></div>
  </section>
</main>
<footer class="footer-main"><p>© Le Parisien 2024</p> <a href="/mentions-legales/">Mentions légales</a> · <a href="/cgu/">CGU</a> · <a href="https://feeds.leparisien.fr/leparisien/rss">RSS</a></footer>
</div>
<script>
  (function(){
    var ads = window.ads || (window.ads = {});
    ads.config = {"site":"leparisien.fr","zone":"international_ukraine","pageId":"QH3ZJ6N2VGYXCR4TKWA5PLM7DE","refresh":30,"lazy":true,"prebid":{"timeout":1200,"bidders":["criteo","smartadserver","appnexus","teads"]}};
    var sc = document.createElement('script'); sc.async = true;
    sc.src = 'https://securepubads.g.doubleclick.net/tag/js/gpt.js';
    document.head.appendChild(sc);
  })();
</script>
</body>
</html>
