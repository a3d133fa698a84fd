<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Guerre en Ukraine : nuit meurtrière à Kharkiv, Zelensky réclame sept Patriot… l’essentiel de la journée de samedi - Le Parisien</title>
<meta name="description" content="Au moins six personnes ont été tuées dans la nuit à Kharkiv, frappée par des missiles et des drones. Volodymyr Zelensky demande à ses alliés de livrer au plus vite des systèmes Patriot.">
<link rel="canonical" href="https://www.leparisien.fr/international/ukraine/guerre-en-ukraine-nuit-meurtriere-a-kharkiv-zelensky-reclame-sept-patriot-lessentiel-de-la-journee-de-samedi-06-04-2024-7TQKXWZ4RJDXBM3ZKQ2NHV5G6E.php">
<meta property="og:site_name" content="Le Parisien">
<meta property="og:type" content="article">
<meta property="og:title" content="Guerre en Ukraine : nuit meurtrière à Kharkiv, Zelensky réclame sept Patriot… l’essentiel de la journée de samedi">
<meta property="og:description" content="Au moins six personnes ont été tuées dans la nuit à Kharkiv, frappée par des missiles et des drones. Volodymyr Zelensky demande à ses alliés de livrer au plus vite des systèmes Patriot.">
<meta property="og:url" content="https://www.leparisien.fr/international/ukraine/guerre-en-ukraine-nuit-meurtriere-a-kharkiv-zelensky-reclame-sept-patriot-lessentiel-de-la-journee-de-samedi-06-04-2024-7TQKXWZ4RJDXBM3ZKQ2NHV5G6E.php">
<meta property="og:image" content="https://www.leparisien.fr/resizer/2f6f23328dc904e05b18=/1248x782/filters:focal(1200x800:1210x810)/cloudfront-eu-central-1.images.arcpublishing.com/leparisien/7TQKXWZ4RJGH5VYZQ.jpg">
<meta property="article:published_time" content="2024-04-06T19:05:00+02:00">
<meta property="article:modified_time" content="2024-04-06T22:18:00+02:00">
<meta name="twitter:site" content="@le_Parisien">
<link rel="stylesheet" href="https://www.leparisien.fr/pf/dist/components/combinations/default.css?d=812">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":"https://www.leparisien.fr/international/ukraine/guerre-en-ukraine-nuit-meurtriere-a-kharkiv-zelensky-reclame-sept-patriot-lessentiel-de-la-journee-de-samedi-06-04-2024-7TQKXWZ4RJDXBM3ZKQ2NHV5G6E.php"},"headline":"Guerre en Ukraine : nuit meurtrière à Kharkiv, Zelensky réclame sept Patriot… l’essentiel de la journée de samedi","description":"Au moins six personnes ont été tuées dans la nuit à Kharkiv, frappée par des missiles et des drones. Volodymyr Zelensky demande à ses alliés de livrer au plus vite des systèmes Patriot.","datePublished":"2024-04-06T19:05:00+02:00","dateModified":"2024-04-06T22:18:00+02:00","author":[{"@type":"Person","name":"Camille Rességuier"}],"publisher":{"@type":"Organization","name":"Le Parisien","url":"https://www.leparisien.fr/","logo":{"@type":"ImageObject","url":"https://www.leparisien.fr/pf/resources/images/le-parisien-logo-amp.png","width":600,"height":60}},"image":{"@type":"ImageObject","url":"https://www.leparisien.fr/resizer/2f6f23328dc904e05b18=/1248x782/filters:focal(1200x800:1210x810)/cloudfront-eu-central-1.images.arcpublishing.com/leparisien/7TQKXWZ4RJGH5VYZQ.jpg","width":1200,"height":800},"articleSection":"International","inLanguage":"fr-FR","isAccessibleForFree":true}</script>
<script>
  window.tp = window.tp || []; tp.push(["setAid", "Pq3tHxKmsm"]); tp.push(["setCxenseSiteId", "1139721894457512214"]);
  tp.push(["setTags", ["ukraine", "international", "free"]]); tp.push(["setContentCreated", "2024-04-06T19:05:00+02:00"]);
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
      <h1 class="title_xl col margin_bottom_headline">Guerre en Ukraine : nuit meurtrière à Kharkiv, Zelensky réclame sept Patriot… l’essentiel de la journée de samedi</h1>
      <p class="subheadline">Au moins six personnes ont été tuées dans la nuit à Kharkiv, frappée par des missiles et des drones. Volodymyr Zelensky demande à ses alliés de livrer au plus vite des systèmes Patriot.</p>
      <div class="author-infos width_full">
        <span class="ui_bold author_name">Par Camille Rességuier</span>
        <div class="timestamp width_full color_grey_dark">Le 6 avril 2024 à 19h05, modifié le 6 avril 2024 à 22h18</div>
      </div>
      <div class="share-buttons">
  <a class="share-buttons__item share-buttons__item--facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.leparisien.fr%2Finternational%2Fukraine%2Fguerre-en-ukraine-nuit-meurtriere-a-kharkiv-zelensky-reclame-sept-patriot-lessentiel-de-la-journee-de-samedi-06-04-2024-7TQKXWZ4RJDXBM3ZKQ2NHV5G6E.php" target="_blank" rel="noopener">Facebook</a>
  <a class="share-buttons__item share-buttons__item--x" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.leparisien.fr%2Finternational%2Fukraine%2Fguerre-en-ukraine-nuit-meurtriere-a-kharkiv-zelensky-reclame-sept-patriot-lessentiel-de-la-journee-de-samedi-06-04-2024-7TQKXWZ4RJDXBM3ZKQ2NHV5G6E.php&amp;text=Guerre%20en%20Ukraine%20%3A%20nuit%20meurtri%C3%A8re%20%C3%A0%20Kharkiv%2C%20Zelensky%20r%C3%A9clame%20sept%20Patriot%E2%80%A6%20l%E2%80%99essentiel%20de%20la%20journ%C3%A9e%20de%20samedi" target="_blank" rel="noopener">X</a>
  <a class="share-buttons__item share-buttons__item--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url=https%3A%2F%2Fwww.leparisien.fr%2Finternational%2Fukraine%2Fguerre-en-ukraine-nuit-meurtriere-a-kharkiv-zelensky-reclame-sept-patriot-lessentiel-de-la-journee-de-samedi-06-04-2024-7TQKXWZ4RJDXBM3ZKQ2NHV5G6E.php" target="_blank" rel="noopener">LinkedIn</a>
  <a class="share-buttons__item share-buttons__item--whatsapp" href="whatsapp://send?text=https%3A%2F%2Fwww.leparisien.fr%2Finternational%2Fukraine%2Fguerre-en-ukraine-nuit-meurtriere-a-kharkiv-zelensky-reclame-sept-patriot-lessentiel-de-la-journee-de-samedi-06-04-2024-7TQKXWZ4RJDXBM3ZKQ2NHV5G6E.php">WhatsApp</a>
  <a class="share-buttons__item share-buttons__item--mail" href="mailto:?subject=Guerre%20en%20Ukraine%20%3A%20nuit%20meurtri%C3%A8re%20%C3%A0%20Kharkiv%2C%20Zelensky%20r%C3%A9clame%20sept%20Patriot%E2%80%A6%20l%E2%80%99essentiel%20de%20la%20journ%C3%A9e%20de%20samedi&amp;body=https%3A%2F%2Fwww.leparisien.fr%2Finternational%2Fukraine%2Fguerre-en-ukraine-nuit-meurtriere-a-kharkiv-zelensky-reclame-sept-patriot-lessentiel-de-la-journee-de-samedi-06-04-2024-7TQKXWZ4RJDXBM3ZKQ2NHV5G6E.php">E-mail</a>
  <button type="button" class="share-buttons__item share-buttons__item--copy" data-url="https://www.leparisien.fr/international/ukraine/guerre-en-ukraine-nuit-meurtriere-a-kharkiv-zelensky-reclame-sept-patriot-lessentiel-de-la-journee-de-samedi-06-04-2024-7TQKXWZ4RJDXBM3ZKQ2NHV5G6E.php">Copier le lien</button>
</div>
    </header>
    <figure class="article-media article-media--main"><img src="https://www.leparisien.fr/resizer/2f6f23328dc904e05b18=/1248x782/filters:focal(1200x800:1210x810)/cloudfront-eu-central-1.images.arcpublishing.com/leparisien/7TQKXWZ4RJGH5VYZQ.jpg" alt="" width="1248" height="782"><figcaption class="width_full color_grey_dark ui_light font_xs">Des secouristes fouillent les décombres d’un immeuble touché par une frappe russe à Kharkiv, le 6 avril 2024. AFP/Sergey BOBOK.</figcaption></figure>
    <section class="content">
        <h2 class="inter-title">Kharkiv touchée par des missiles et des drones</h2>
        <p class="paragraph text_align_left">La deuxième ville d’Ukraine a vécu une nouvelle nuit de terreur. Au moins six personnes ont été tuées et onze blessées par une attaque combinée de missiles et de drones russes sur Kharkiv, selon le gouverneur régional, Oleg Synegoubov.</p>
        <p class="paragraph text_align_left">Les frappes ont touché des immeubles d’habitation, une station-service et un dépôt de trolleybus dans trois quartiers différents. Parmi les morts figurent un couple de retraités et un adolescent, a précisé le parquet régional.</p>
        <p class="paragraph text_align_left">« Les Russes ont frappé à un moment où les habitants dormaient, en sachant très bien qu’ils touchaient des logements », a dénoncé le maire, Igor Terekhov, lors d’un point presse au milieu des décombres.</p>
        <h2 class="inter-title">Zelensky : « Il nous faut sept Patriot »</h2>
        <p class="paragraph text_align_left">Dans son allocution du soir, Volodymyr Zelensky a de nouveau réclamé à ses partenaires occidentaux au moins sept systèmes de défense antiaérienne Patriot, de fabrication américaine, pour protéger les villes ukrainiennes.</p>
        <p class="paragraph text_align_left">« Ce n’est pas un chiffre exagéré pour un pays de notre taille, qui affronte la terreur russe chaque nuit », a-t-il déclaré, deux jours après les promesses des ministres de l’Otan réunis à Bruxelles.</p>
        <div class="story-rebound"><span class="story-rebound__label">LIRE AUSSI &gt;</span> <a href="https://www.leparisien.fr/international/ukraine/guerre-en-ukraine-pourquoi-les-patriot-sont-devenus-lobsession-de-kiev-05-04-2024-L2W7UXQ3XJHKFGEYXZC4D6P3RM.php">Guerre en Ukraine : pourquoi les Patriot sont devenus l’obsession de Kiev</a></div>
        <p class="paragraph text_align_left">Le président ukrainien a aussi appelé le Congrès américain à débloquer l’enveloppe d’aide de 60 milliards de dollars bloquée depuis des mois par les élus républicains.</p>
        <h2 class="inter-title">Zaporijjia et Kherson également visées</h2>
        <p class="paragraph text_align_left">Un homme blessé vendredi dans les frappes sur Zaporijjia est mort à l’hôpital, portant le bilan à cinq morts, ont annoncé les autorités régionales.</p>
        <figure class="article-media"><img loading="lazy" src="https://www.leparisien.fr/resizer/576e7c5b0ece6ea09abe=/640x400/leparisien.jpg" alt="" width="640" height="400"><figcaption class="width_full color_grey_dark ui_light font_xs">Le président ukrainien Volodymyr Zelensky lors d’une visite dans la région de Kharkiv. AFP/Handout.</figcaption></figure>
        <p class="paragraph text_align_left">Dans la région de Kherson, dans le sud, les bombardements russes ont fait un mort et trois blessés, selon le gouverneur Oleksandr Prokoudine. Moscou a pour sa part affirmé avoir abattu une vingtaine de drones ukrainiens au-dessus de ses régions frontalières.</p>
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
    ads.config = {"site":"leparisien.fr","zone":"international_ukraine","pageId":"7TQKXWZ4RJDXBM3ZKQ2NHV5G6E","refresh":30,"lazy":true,"prebid":{"timeout":1200,"bidders":["criteo","smartadserver","appnexus","teads"]}};
    var sc = document.createElement('script'); sc.async = true;
    sc.src = 'https://securepubads.g.doubleclick.net/tag/js/gpt.js';
    document.head.appendChild(sc);
  })();
</script>
</body>
</html>
