<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Guerre en Ukraine : Zaporijjia endeuillée, l’aviation russe visée à Morozovsk : le récap du vendredi 5 avril | Le Télégramme</title>
<meta name="description" content="Une double frappe russe a tué quatre personnes à Zaporijjia. Kiev affirme avoir détruit plusieurs avions militaires russes sur la base de Morozovsk.">
<link rel="canonical" href="https://www.letelegramme.fr/monde/guerre-en-ukraine-zaporijjia-endeuillee-laviation-russe-visee-a-morozovsk-le-recap-du-vendredi-5-avril-6551234.php">
<meta property="og:site_name" content="Le Télégramme">
<meta property="og:type" content="article">
<meta property="og:title" content="Guerre en Ukraine : Zaporijjia endeuillée, l’aviation russe visée à Morozovsk : le récap du vendredi 5 avril">
<meta property="og:description" content="Une double frappe russe a tué quatre personnes à Zaporijjia. Kiev affirme avoir détruit plusieurs avions militaires russes sur la base de Morozovsk.">
<meta property="og:url" content="https://www.letelegramme.fr/monde/guerre-en-ukraine-zaporijjia-endeuillee-laviation-russe-visee-a-morozovsk-le-recap-du-vendredi-5-avril-6551234.php">
<meta property="og:image" content="https://www.letelegramme.fr/images/2024/04/05/411f37836752.jpg?width=1200">
<meta property="article:published_time" content="2024-04-05T20:15:00+02:00">
<meta property="article:modified_time" content="2024-04-05T21:40:00+02:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":"https://www.letelegramme.fr/monde/guerre-en-ukraine-zaporijjia-endeuillee-laviation-russe-visee-a-morozovsk-le-recap-du-vendredi-5-avril-6551234.php"},"headline":"Guerre en Ukraine : Zaporijjia endeuillée, l’aviation russe visée à Morozovsk : le récap du vendredi 5 avril","description":"Une double frappe russe a tué quatre personnes à Zaporijjia. Kiev affirme avoir détruit plusieurs avions militaires russes sur la base de Morozovsk.","datePublished":"2024-04-05T20:15:00+02:00","dateModified":"2024-04-05T21:40:00+02:00","author":[{"@type":"Person","name":"Gwénaëlle Le Bihan"}],"publisher":{"@type":"Organization","name":"Le Télégramme","url":"https://www.letelegramme.fr/","logo":{"@type":"ImageObject","url":"https://www.letelegramme.fr/images/logo-tlg-amp.png","width":600,"height":60}},"image":{"@type":"ImageObject","url":"https://www.letelegramme.fr/images/2024/04/05/411f37836752.jpg?width=1200","width":1200,"height":800},"articleSection":"Monde","inLanguage":"fr-FR","isAccessibleForFree":true,"articleBody":"Quatre morts à Zaporijjia\nUne série de frappes russes a tué quatre personnes et en a blessé une vingtaine à Zaporijjia, ce vendredi. Le second missile est tombé sur le même quartier alors que les secours étaient à l’œuvre, selon le gouverneur Ivan Fedorov.\nUn journaliste et plusieurs secouristes figurent parmi les blessés. Une journée de deuil est décrétée ce samedi.\nMorozovsk : Kiev revendique, Moscou dément\nL’Ukraine a lancé dans la nuit de jeudi à vendredi une attaque massive de drones contre la Russie. Selon le SBU, l’aérodrome de Morozovsk, dans la région de Rostov, a été touché : six avions auraient été détruits et huit endommagés.\nMoscou dit avoir abattu 53 drones et ne mentionne pas de dégâts sur la base. Aucune source indépendante n’a pu confirmer ces bilans.\nDes Bretons sur la route de Lviv\nUn convoi humanitaire parti de Quimper a pris ce vendredi la route de Lviv, chargé de matériel médical et de vêtements. Il s’agit du douzième convoi organisé par l’association depuis le début de la guerre."}</script>
<script>
  window.dataLayer = window.dataLayer || [];
  dataLayer.push({"type_page": "article", "id_article": "6551234", "rubrique": "monde", "acces": "gratuit"});
  (function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-T8L2QH');
</script>
<script async src="https://assets.poool.fr/poool.min.js"></script>
</head>
<body class="tlg-body">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-T8L2QH" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<div id="didomi-host" class="didomi-consent" role="dialog" aria-label="Gestion du consentement">
  <div class="didomi-popup-container">
    <p class="didomi-popup-title">Vos choix en matière de cookies</p>
    <p class="didomi-popup-text">Le Télégramme et ses partenaires stockent et/ou accèdent à des informations sur votre appareil, telles que des cookies, et traitent des données personnelles, comme des identifiants uniques et des informations standards envoyées par votre appareil, pour diffuser des publicités et du contenu personnalisés, mesurer la performance des publicités et du contenu, obtenir des données d'audience et développer et améliorer les produits. Avec votre permission, nos partenaires et nous-mêmes pouvons utiliser des données de géolocalisation précises et d'identification par analyse du terminal. Vous pouvez cliquer pour consentir à ces traitements ou refuser ou accéder à des informations plus détaillées et modifier vos préférences avant de consentir.</p>
    <div class="didomi-buttons">
      <button type="button" class="didomi-button didomi-learn-more">Personnaliser</button>
      <button type="button" class="didomi-button didomi-disagree">Continuer sans accepter</button>
      <button type="button" class="didomi-button didomi-agree">Accepter &amp; Fermer</button>
    </div>
  </div>
</div>
<script>window.didomiConfig={"app":{"apiKey":"a9d3b6c2-tlg","vendors":{"iab":{"all":true}}}};</script>
<script async src="https://sdk.privacy-center.org/a9d3b6c2-tlg/loader.js?target=letélégramme"></script>
<header class="tlg-header">
  <a class="tlg-header__logo" href="/"><img src="https://www.letelegramme.fr/images/logo-telegramme.svg" alt="Le Télégramme" width="190" height="40"></a>
  <nav class="tlg-header__nav"><a href="/finistere/">Finistère</a> <a href="/morbihan/">Morbihan</a> <a href="/cotes-d-armor/">Côtes-d'Armor</a> <a href="/ille-et-vilaine/">Ille-et-Vilaine</a> <a href="/france/">France</a> <a href="/monde/">Monde</a> <a href="/sports/">Sports</a></nav>
  <a class="tlg-header__abo" href="https://abonnement.letelegramme.fr/?origine=header">S'abonner</a>
</header>
<div id="pub_banniere" class="tlg-ad"></div>
<main class="tlg-main">
  <article class="tlg-article" data-id="6551234">
    <p class="tlg-article__kicker">Guerre en Ukraine</p>
    <h1 class="tlg-article__title">Guerre en Ukraine : Zaporijjia endeuillée, l’aviation russe visée à Morozovsk : le récap du vendredi 5 avril</h1>
    <p class="tlg-article__chapo">Une double frappe russe a tué quatre personnes à Zaporijjia. Kiev affirme avoir détruit plusieurs avions militaires russes sur la base de Morozovsk.</p>
    <div class="tlg-article__byline">Par Gwénaëlle Le Bihan</div>
    <div class="tlg-article__dates">Publié le 5 avril 2024 à 20h15, modifié le 5 avril 2024 à 21h40</div>
    <div class="tlg-share">
  <a class="tlg-share__item tlg-share__item--facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.letelegramme.fr%2Fmonde%2Fguerre-en-ukraine-zaporijjia-endeuillee-laviation-russe-visee-a-morozovsk-le-recap-du-vendredi-5-avril-6551234.php" target="_blank" rel="noopener">Facebook</a>
  <a class="tlg-share__item tlg-share__item--x" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.letelegramme.fr%2Fmonde%2Fguerre-en-ukraine-zaporijjia-endeuillee-laviation-russe-visee-a-morozovsk-le-recap-du-vendredi-5-avril-6551234.php&amp;text=Guerre%20en%20Ukraine%20%3A%20Zaporijjia%20endeuill%C3%A9e%2C%20l%E2%80%99aviation%20russe%20vis%C3%A9e%20%C3%A0%20Morozovsk%20%3A%20le%20r%C3%A9cap%20du%20vendredi%205%20avril" target="_blank" rel="noopener">X</a>
  <a class="tlg-share__item tlg-share__item--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url=https%3A%2F%2Fwww.letelegramme.fr%2Fmonde%2Fguerre-en-ukraine-zaporijjia-endeuillee-laviation-russe-visee-a-morozovsk-le-recap-du-vendredi-5-avril-6551234.php" target="_blank" rel="noopener">LinkedIn</a>
  <a class="tlg-share__item tlg-share__item--whatsapp" href="whatsapp://send?text=https%3A%2F%2Fwww.letelegramme.fr%2Fmonde%2Fguerre-en-ukraine-zaporijjia-endeuillee-laviation-russe-visee-a-morozovsk-le-recap-du-vendredi-5-avril-6551234.php">WhatsApp</a>
  <a class="tlg-share__item tlg-share__item--mail" href="mailto:?subject=Guerre%20en%20Ukraine%20%3A%20Zaporijjia%20endeuill%C3%A9e%2C%20l%E2%80%99aviation%20russe%20vis%C3%A9e%20%C3%A0%20Morozovsk%20%3A%20le%20r%C3%A9cap%20du%20vendredi%205%20avril&amp;body=https%3A%2F%2Fwww.letelegramme.fr%2Fmonde%2Fguerre-en-ukraine-zaporijjia-endeuillee-laviation-russe-visee-a-morozovsk-le-recap-du-vendredi-5-avril-6551234.php">E-mail</a>
  <button type="button" class="tlg-share__item tlg-share__item--copy" data-url="https://www.letelegramme.fr/monde/guerre-en-ukraine-zaporijjia-endeuillee-laviation-russe-visee-a-morozovsk-le-recap-du-vendredi-5-avril-6551234.php">Copier le lien</button>
</div>
    <figure class="tlg-article__figure tlg-article__figure--main"><img src="https://www.letelegramme.fr/images/2024/04/05/411f37836752.jpg?width=1200" alt="" width="1200" height="800"><figcaption class="tlg-article__legend">Des secouristes à Zaporijjia, le 5 avril 2024. Photo AFP</figcaption></figure>
    <div class="tlg-article__body">
        <h2>Quatre morts à Zaporijjia</h2>
        <p>Une série de frappes russes a tué quatre personnes et en a blessé une vingtaine à Zaporijjia, ce vendredi. Le second missile est tombé sur le même quartier alors que les secours étaient à l’œuvre, selon le gouverneur Ivan Fedorov.</p>
        <p>Un journaliste et plusieurs secouristes figurent parmi les blessés. Une journée de deuil est décrétée ce samedi.</p>
        <div id="pub_inread_1" class="tlg-ad"></div>
        <h2>Morozovsk : Kiev revendique, Moscou dément</h2>
        <p>L’Ukraine a lancé dans la nuit de jeudi à vendredi une attaque massive de drones contre la Russie. Selon le SBU, l’aérodrome de Morozovsk, dans la région de Rostov, a été touché : six avions auraient été détruits et huit endommagés.</p>
        <p>Moscou dit avoir abattu 53 drones et ne mentionne pas de dégâts sur la base. Aucune source indépendante n’a pu confirmer ces bilans.</p>
        <figure class="tlg-article__figure"><img loading="lazy" src="https://www.letelegramme.fr/images/2024/04/05/3be45b013d42.jpg?width=800" alt="" width="800" height="533"><figcaption class="tlg-article__legend">Un drone ukrainien de longue portée présenté à la presse. Photo AFP</figcaption></figure>
        <h2>Des Bretons sur la route de Lviv</h2>
        <p>Un convoi humanitaire parti de Quimper a pris ce vendredi la route de Lviv, chargé de matériel médical et de vêtements. Il s’agit du douzième convoi organisé par l’association depuis le début de la guerre.</p>
    </div>
  </article>
  <div class="tlg-layout-block tlg-layout-block--related">
    <h2>Dans l'actualité</h2>
    <div class="tlg-card tlg-card--premium"><span class="tlg-card__badge">Abonnés</span> <a href="/monde/grand-format-ces-bretons-engages-aux-cotes-de-l-ukraine-6549877.php">Grand format. Ces Bretons engagés aux côtés de l'Ukraine</a></div>
    <div class="tlg-card"><a href="/finistere/quimper-29000/quimper-le-marche-couvert-rouvre-apres-six-mois-de-travaux-6551890.php">Quimper : le marché couvert rouvre après six mois de travaux</a></div>
  </div>
  <section class="tlg-newsletter"><p>Chaque matin, l'essentiel de l'actualité bretonne</p><form action="/newsletters/" method="post"><input type="email" name="email"><button>S'inscrire</button></form></section>
  <section class="tlg-comments"><h2>Réagir à cet article</h2><p>Connectez-vous pour commenter.</p></section>
</main>
<footer class="tlg-footer"><p>© Le Télégramme 2024 – 7, voie d'Accès-au-Port, 29600 Morlaix</p><a href="/mentions-legales/">Mentions légales</a></footer>
<script>
  (function(){
    var ads = window.ads || (window.ads = {});
    ads.config = {"site":"letelegramme.fr","zone":"monde","pageId":"6551234","refresh":30,"lazy":true,"prebid":{"timeout":1200,"bidders":["criteo","smartadserver","appnexus","teads"]}};
    var sc = document.createElement('script'); sc.async = true;
    sc.src = 'https://securepubads.g.doubleclick.net/tag/js/gpt.js';
    document.head.appendChild(sc);
  })();
</script>
</body>
</html>
