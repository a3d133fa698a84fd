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
<title>Guerre en Ukraine : au moins 8 morts dans des frappes russes, envoi de défenses aériennes à Kiev… le point sur la situation - lindependant.fr</title>
<meta name="description" content="Chaque jour, L'Indépendant fait le point sur la situation en Ukraine. Ce jeudi 4 avril 2024, retrouvez les dernières informations autour de ce conflit.">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.lindependant.fr/2024/04/04/guerre-en-ukraine-au-moins-8-morts-dans-des-frappes-russes-envoi-de-defenses-aeriennes-a-kiev-le-point-sur-la-situation-11869115.php">
<link rel="amphtml" href="https://www.lindependant.fr/amp/2024/04/04/guerre-en-ukraine-au-moins-8-morts-dans-des-frappes-russes-envoi-de-defenses-aeriennes-a-kiev-le-point-sur-la-situation-11869115.php">
<meta property="og:title" content="Guerre en Ukraine : au moins 8 morts dans des frappes russes, envoi de défenses aériennes à Kiev… le point sur la situation - lindependant.fr">
<meta property="og:description" content="Chaque jour, L'Indépendant fait le point sur la situation en Ukraine. Ce jeudi 4 avril 2024, retrouvez les dernières informations autour de ce conflit.">
<meta property="og:url" content="https://www.lindependant.fr/2024/04/04/guerre-en-ukraine-au-moins-8-morts-dans-des-frappes-russes-envoi-de-defenses-aeriennes-a-kiev-le-point-sur-la-situation-11869115.php">
<meta property="og:type" content="article">
<meta property="og:site_name" content="L'Indépendant">
<meta property="og:locale" content="fr_FR">
<meta property="og:image" content="https://images.lindependant.fr/api/v1/images/view/178cad4b3fc19197ae2c4dcf/large/image.jpg?v=1">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="800">
<meta property="article:published_time" content="2024-04-04T07:25:00+02:00">
<meta property="article:modified_time" content="2024-04-04T22:10:00+02:00">
<meta property="article:section" content="Monde">
<meta property="article:tag" content="Guerre en Ukraine">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@lindependant">
<meta name="twitter:title" content="Guerre en Ukraine : au moins 8 morts dans des frappes russes, envoi de défenses aériennes à Kiev… le point sur la situation">
<script>
  window.dataLayer = window.dataLayer || [];
  dataLayer.push({"pageType": "article", "articleId": "11869115", "section": "monde", "tag": "Guerre en Ukraine", "premium": false, "publicationDate": "2024-04-04 07:25:00", "author": "Par Clément Roussel avec AFP"});
  (function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-N8QW3T');
</script>
<script type="application/ld+json">
[{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":"https://www.lindependant.fr/2024/04/04/guerre-en-ukraine-au-moins-8-morts-dans-des-frappes-russes-envoi-de-defenses-aeriennes-a-kiev-le-point-sur-la-situation-11869115.php"},"headline":"Guerre en Ukraine : au moins 8 morts dans des frappes russes, envoi de défenses aériennes à Kiev… le point sur la situation","description":"Chaque jour, L'Indépendant fait le point sur la situation en Ukraine. Ce jeudi 4 avril 2024, retrouvez les dernières informations autour de ce conflit.","datePublished":"2024-04-04T07:25:00+02:00","dateModified":"2024-04-04T22:10:00+02:00","author":[{"@type":"Person","name":"Clément Roussel","url":"https://www.lindependant.fr/auteurs/clement-roussel/"}],"publisher":{"@type":"Organization","name":"L'Indépendant","url":"https://www.lindependant.fr/","logo":{"@type":"ImageObject","url":"https://www.lindependant.fr/img/logo-li-amp.png","width":600,"height":60}},"image":{"@type":"ImageObject","url":"https://images.lindependant.fr/api/v1/images/view/178cad4b3fc19197ae2c4dcf/large/image.jpg?v=1","width":1200,"height":800},"articleSection":"Monde","inLanguage":"fr-FR","isAccessibleForFree":true,"articleBody":"L'Otan veut envoyer plus de défenses aériennes à Kiev\nLes pays de l'Otan se sont mis d'accord jeudi pour puiser dans leurs stocks d'armement afin d'envoyer des systèmes de défense aérienne supplémentaires à l'Ukraine pour qu'elle puisse mieux se protéger contre les attaques de missiles balistiques de la Russie, alors que le 75e anniversaire de l'Alliance est marqué par la guerre à proximité de son flanc oriental.\n« Les alliés comprennent l'urgence » de la situation, a déclaré le secrétaire général de l'Otan, Jens Stoltenberg, à l'issue d'une réunion à Bruxelles des ministres des Affaires étrangères des pays membres, à laquelle participait le chef de la diplomatie ukrainienne, Dmitro Kouleba.\nCe dernier a réitéré la demande de Kiev d'envoi de systèmes de défense aérienne supplémentaires, en particulier des missiles Patriot de fabrication américaine.\n« Les alliés vont maintenant passer en revue leurs inventaires pour voir s'ils peuvent fournir davantage de systèmes, notamment des Patriot, en s'assurant évidemment que les systèmes disposent des munitions et des pièces détachées nécessaires », a affirmé Jens Stoltenberg lors d'une conférence de presse. Il n'a communiqué aucun objectif précis ni promesse concrète.\nPlus tôt dans la journée, la cérémonie organisée pour marquer le 75e anniversaire de l'Alliance transatlantique, avec gâteaux et fanfare, n'a pas masqué l'atmosphère austère régnant à Bruxelles alors que la guerre en Ukraine est entrée dans sa troisième année en février.\nUn responsable de l'Otan a déclaré que Moscou était susceptible de recruter quelque 30 000 soldats supplémentaires par mois, ce qui lui permettrait de compenser les pertes sur les lignes de front et de poursuivre son offensive. S'exprimant sous couvert d'anonymat, il a toutefois ajouté que la Russie manquait encore de munitions et d'unités de manœuvre nécessaires pour atteindre ses objectifs.\nAu moins 8 morts dans des attaques de drones russes\nAu moins huit personnes ont été tuées et une dizaine d'autres blessées dans de nouvelles frappes russes sur Kharkiv, deuxième ville d'Ukraine, et les régions de Soumy (nord-est) et de Donetsk (est), ont annoncé les autorités le 4 avril. Des responsables des territoires ukrainiens occupés par la Russie ont, de leur côté, affirmé que des attaques ukrainiennes distinctes avaient fait au moins quatre morts dans leurs régions.\nÀ Kharkiv, située non loin de la frontière russe, trois secouristes sont morts dans une « seconde frappe » sur un lieu qui venait d'être bombardé dans un « quartier densément peuplé », a annoncé son maire Igor Terekhov. Douze personnes ont été blessées « à des degrés divers », a-t-il ajouté. Les trois secouristes étaient des hommes âgés de 32, 41 et 52 ans, selon le ministre de l'Intérieur Igor Klimenko. Un quatrième secouriste figure parmi les blessés.\nCes attaques, dites de « double frappe », consistent à bombarder un endroit une première fois, puis une seconde fois lorsque les secours sont arrivés sur place. Le président Volodymyr Zelensky a qualifié le bombardement d'« ignoble et cynique ».\nDans la banlieue de Kharkiv, un homme est mort dans une attaque distincte, a annoncé le gouverneur régional. Une femme de 68 ans a connu le même sort lors d'une frappe sur un immeuble dans un autre quartier de la ville, selon la police.\nDans la région voisine de Soumy, un employé de 47 ans d'un réseau de distribution de gaz a été tué dans un bombardement russe, selon le ministère de l'Énergie.\nDans celle de Donetsk, un couple – un homme de 53 ans et une femme de 51 ans – a perdu la vie jeudi dans un tir d'artillerie russe et deux autres personnes ont été blessées dans la localité de New York, a annoncé le parquet ukrainien.\nL'armée de l'air ukrainienne a fait état d'un raid russe de « 20 Shahed », des drones explosifs de conception iranienne, sur la région de Kharkiv, dont 11 ont été « détruits » par la défense antiaérienne. Des infrastructures énergétiques ont été « endommagées » par ces frappes dans cette région, selon le ministère ukrainien de l'Énergie.\nDans la zone du sud de l'Ukraine sous occupation russe, deux civils circulant à bord d'un camion ont été tués par un drone ukrainien dans le village de Babyne, sur les rives du Dniepr, a déclaré le chef des autorités régionales installées par Moscou, Andreï Alekseyenko.\nDeux hommes sont également morts dans une frappe ukrainienne à Donetsk (est), tout près du front, a affirmé ce jeudi soir le chef de l'administration d'occupation locale, Denis Pouchiline.\nCe qu'il s'est dit lors de l'entretien entre Sébastien Lecornu et Sergueï Choïgou\nLe ministre français des Armées Sébastien Lecornu s'est entretenu au téléphone ce mercredi 3 avril 2024 avec son homologue russe Sergueï Choïgou, une première depuis octobre 2022, dont les deux capitales ont livré dans la soirée des comptes rendus ouvertement divergents.\nLe ministre russe s'est clairement dit « prêt à reprendre le dialogue sur l'Ukraine » mais « la France n'a rien accepté ni rien proposé » sur ce sujet, a indiqué l'entourage du ministre français à l'AFP. Sébastien Lecornu avait auparavant indiqué dans un communiqué avoir « condamné sans réserve la guerre d'agression que la Russie a lancée en Ukraine » lors de cet appel.\nLes attaques informationnelles russes semblent se multiplier contre la France alors que Paris a récemment conclu un accord bilatéral de sécurité avec Kiev, Moscou dénonçant « l'implication croissante » de Paris dans le conflit. Concernant l'attentat de Moscou, les positions des deux pays ont aussi semblé marquées mercredi par des lectures opposées des événements.\nSébastien Lecornu a « rappelé la disponibilité de la France » à des « échanges accrus » avec la Russie dans la lutte contre le « terrorisme », selon le communiqué de son ministère. Il a aussi insisté sur le fait que la France « ne disposait d'aucune information permettant d'établir un lien entre cet attentat et l'Ukraine » et a demandé à Moscou de « cesser toute instrumentalisation », au cours d'un entretien d'une heure avec Sergueï Choïgou.\nRéponse de Moscou : « le régime de Kiev ne fait rien sans l'approbation de ses superviseurs occidentaux. Nous espérons que, dans ce cas, les services secrets français ne sont pas derrière cela ».\nL'entretien de mercredi entre les deux ministres est en soi important, tant les discussions de haut niveau sont rares entre le camp occidental allié de Kiev et la Russie depuis l'invasion russe de l'Ukraine en février 2022."},{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Accueil","item":"https://www.lindependant.fr/"},{"@type":"ListItem","position":2,"name":"Monde","item":"https://www.lindependant.fr/monde/"},{"@type":"ListItem","position":3,"name":"Guerre en Ukraine : au moins 8 morts dans des frappes russes, envoi de défenses aériennes à Kiev… le point sur la situation","item":"https://www.lindependant.fr/2024/04/04/guerre-en-ukraine-au-moins-8-morts-dans-des-frappes-russes-envoi-de-defenses-aeriennes-a-kiev-le-point-sur-la-situation-11869115.php"}]}]
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
  <article class="article-full" data-id="11869115" itemscope itemtype="https://schema.org/NewsArticle">
    <div class="article-full__header">
      <a class="article-full__tag" href="/theme/guerre-en-ukraine/">Guerre en Ukraine</a>
      <h1 class="article-full__title">Guerre en Ukraine : au moins 8 morts dans des frappes russes, envoi de défenses aériennes à Kiev… le point sur la situation</h1>
      <p class="article-full__chapo">Chaque jour, L'Indépendant fait le point sur la situation en Ukraine. Ce jeudi 4 avril 2024, retrouvez les dernières informations autour de ce conflit.</p>
      <div class="article-full__infos">
        <span class="article-full__infos-author">Par Clément Roussel avec AFP</span>
        <div class="article-full__infos-dates"><time content="2024-04-04T07:25:00+02:00">Publié le 04/04/2024 à 07:25</time>, <time content="2024-04-04T22:10:00+02:00">mis à jour à 22:10</time></div>
        <span class="article-full__reading-time">Lecture : 5 min</span>
      </div>
      <div class="share-bar">
      <a class="share-bar__item share-bar__item--facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.lindependant.fr%2F2024%2F04%2F04%2Fguerre-en-ukraine-au-moins-8-morts-dans-des-frappes-russes-envoi-de-defenses-aeriennes-a-kiev-le-point-sur-la-situation-11869115.php" target="_blank" rel="noopener">Partager sur Facebook</a>
      <a class="share-bar__item share-bar__item--twitter" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.lindependant.fr%2F2024%2F04%2F04%2Fguerre-en-ukraine-au-moins-8-morts-dans-des-frappes-russes-envoi-de-defenses-aeriennes-a-kiev-le-point-sur-la-situation-11869115.php&amp;text=Guerre%20en%20Ukraine%20%3A%20au%20moins%208%20morts%20dans%20des%20frappes%20russes%2C%20envoi%20de%20d%C3%A9fenses%20a%C3%A9riennes%20%C3%A0%20Kiev%E2%80%A6%20le%20point%20sur%20la%20situation" target="_blank" rel="noopener">Twitter</a>
      <a class="share-bar__item share-bar__item--whatsapp" href="whatsapp://send?text=https%3A%2F%2Fwww.lindependant.fr%2F2024%2F04%2F04%2Fguerre-en-ukraine-au-moins-8-morts-dans-des-frappes-russes-envoi-de-defenses-aeriennes-a-kiev-le-point-sur-la-situation-11869115.php">WhatsApp</a>
      <button class="share-bar__item share-bar__item--copy" data-url="https://www.lindependant.fr/2024/04/04/guerre-en-ukraine-au-moins-8-morts-dans-des-frappes-russes-envoi-de-defenses-aeriennes-a-kiev-le-point-sur-la-situation-11869115.php">Copier le lien</button>
    </div>
    </div>
    <ul class="article-full__media-slider">
      <li><figure><img class="responsive-img" src="https://images.lindependant.fr/api/v1/images/view/178cad4b3fc19197ae2c4dcf/large/image.jpg?v=1" alt="Des soldats ukrainiens dans une tranchée" width="1200" height="800"><figcaption>Le point sur la situation. MAXPPP – SERGEY KOZLOV</figcaption></figure></li>
    </ul>
    <div class="article-full__body">
      <div class="article-full__body-content">
        <h2>L'Otan veut envoyer plus de défenses aériennes à Kiev</h2>
        <p>Les pays de l'Otan se sont mis d'accord jeudi pour puiser dans leurs stocks d'armement afin d'envoyer des systèmes de défense aérienne supplémentaires à l'Ukraine pour qu'elle puisse mieux se protéger contre les attaques de missiles balistiques de la Russie, alors que le 75e anniversaire de l'Alliance est marqué par la guerre à proximité de son flanc oriental.</p>
        <p>« Les alliés comprennent l'urgence » de la situation, a déclaré le secrétaire général de l'Otan, Jens Stoltenberg, à l'issue d'une réunion à Bruxelles des ministres des Affaires étrangères des pays membres, à laquelle participait le chef de la diplomatie ukrainienne, Dmitro Kouleba.</p>
        <p>Ce dernier a réitéré la demande de Kiev d'envoi de systèmes de défense aérienne supplémentaires, en particulier des missiles Patriot de fabrication américaine.</p>
        <div class="read-also"><span>À lire aussi :</span> <a href="/2024/04/03/guerre-en-ukraine-stoltenberg-plaide-pour-un-soutien-a-long-terme-tchassiv-iar-sous-le-feu-le-point-sur-la-situation-11866881.php">Guerre en Ukraine : Stoltenberg plaide pour un soutien à long terme, Tchassiv Iar sous le feu… le point sur la situation</a></div>
        <p>« Les alliés vont maintenant passer en revue leurs inventaires pour voir s'ils peuvent fournir davantage de systèmes, notamment des Patriot, en s'assurant évidemment que les systèmes disposent des munitions et des pièces détachées nécessaires », a affirmé Jens Stoltenberg lors d'une conférence de presse. Il n'a communiqué aucun objectif précis ni promesse concrète.</p>
        <p>Plus tôt dans la journée, la cérémonie organisée pour marquer le 75e anniversaire de l'Alliance transatlantique, avec gâteaux et fanfare, n'a pas masqué l'atmosphère austère régnant à Bruxelles alors que la guerre en Ukraine est entrée dans sa troisième année en février.</p>
        <p>Un responsable de l'Otan a déclaré que Moscou était susceptible de recruter quelque 30 000 soldats supplémentaires par mois, ce qui lui permettrait de compenser les pertes sur les lignes de front et de poursuivre son offensive. S'exprimant sous couvert d'anonymat, il a toutefois ajouté que la Russie manquait encore de munitions et d'unités de manœuvre nécessaires pour atteindre ses objectifs.</p>
        <h2>Au moins 8 morts dans des attaques de drones russes</h2>
        <p>Au moins huit personnes ont été tuées et une dizaine d'autres blessées dans de nouvelles frappes russes sur Kharkiv, deuxième ville d'Ukraine, et les régions de Soumy (nord-est) et de Donetsk (est), ont annoncé les autorités le 4 avril. Des responsables des territoires ukrainiens occupés par la Russie ont, de leur côté, affirmé que des attaques ukrainiennes distinctes avaient fait au moins quatre morts dans leurs régions.</p>
        <p>À Kharkiv, située non loin de la frontière russe, trois secouristes sont morts dans une « seconde frappe » sur un lieu qui venait d'être bombardé dans un « quartier densément peuplé », a annoncé son maire Igor Terekhov. Douze personnes ont été blessées « à des degrés divers », a-t-il ajouté. Les trois secouristes étaient des hommes âgés de 32, 41 et 52 ans, selon le ministre de l'Intérieur Igor Klimenko. Un quatrième secouriste figure parmi les blessés.</p>
        <p>Ces attaques, dites de « double frappe », consistent à bombarder un endroit une première fois, puis une seconde fois lorsque les secours sont arrivés sur place. Le président Volodymyr Zelensky a qualifié le bombardement d'« ignoble et cynique ».</p>
        <p>Dans la banlieue de Kharkiv, un homme est mort dans une attaque distincte, a annoncé le gouverneur régional. Une femme de 68 ans a connu le même sort lors d'une frappe sur un immeuble dans un autre quartier de la ville, selon la police.</p>
        <div class="ad ad--inread" data-format="inread">Publicité</div>
        <p>Dans la région voisine de Soumy, un employé de 47 ans d'un réseau de distribution de gaz a été tué dans un bombardement russe, selon le ministère de l'Énergie.</p>
        <p>Dans celle de Donetsk, un couple – un homme de 53 ans et une femme de 51 ans – a perdu la vie jeudi dans un tir d'artillerie russe et deux autres personnes ont été blessées dans la localité de New York, a annoncé le parquet ukrainien.</p>
        <p>L'armée de l'air ukrainienne a fait état d'un raid russe de « 20 Shahed », des drones explosifs de conception iranienne, sur la région de Kharkiv, dont 11 ont été « détruits » par la défense antiaérienne. Des infrastructures énergétiques ont été « endommagées » par ces frappes dans cette région, selon le ministère ukrainien de l'Énergie.</p>
        <p>Dans la zone du sud de l'Ukraine sous occupation russe, deux civils circulant à bord d'un camion ont été tués par un drone ukrainien dans le village de Babyne, sur les rives du Dniepr, a déclaré le chef des autorités régionales installées par Moscou, Andreï Alekseyenko.</p>
        <p>Deux hommes sont également morts dans une frappe ukrainienne à Donetsk (est), tout près du front, a affirmé ce jeudi soir le chef de l'administration d'occupation locale, Denis Pouchiline.</p>
        <h2>Ce qu'il s'est dit lors de l'entretien entre Sébastien Lecornu et Sergueï Choïgou</h2>
        <p>Le ministre français des Armées Sébastien Lecornu s'est entretenu au téléphone ce mercredi 3 avril 2024 avec son homologue russe Sergueï Choïgou, une première depuis octobre 2022, dont les deux capitales ont livré dans la soirée des comptes rendus ouvertement divergents.</p>
        <p>Le ministre russe s'est clairement dit « prêt à reprendre le dialogue sur l'Ukraine » mais « la France n'a rien accepté ni rien proposé » sur ce sujet, a indiqué l'entourage du ministre français à l'AFP. Sébastien Lecornu avait auparavant indiqué dans un communiqué avoir « condamné sans réserve la guerre d'agression que la Russie a lancée en Ukraine » lors de cet appel.</p>
        <p>Les attaques informationnelles russes semblent se multiplier contre la France alors que Paris a récemment conclu un accord bilatéral de sécurité avec Kiev, Moscou dénonçant « l'implication croissante » de Paris dans le conflit. Concernant l'attentat de Moscou, les positions des deux pays ont aussi semblé marquées mercredi par des lectures opposées des événements.</p>
        <p>Sébastien Lecornu a « rappelé la disponibilité de la France » à des « échanges accrus » avec la Russie dans la lutte contre le « terrorisme », selon le communiqué de son ministère. Il a aussi insisté sur le fait que la France « ne disposait d'aucune information permettant d'établir un lien entre cet attentat et l'Ukraine » et a demandé à Moscou de « cesser toute instrumentalisation », au cours d'un entretien d'une heure avec Sergueï Choïgou.</p>
        <p>Réponse de Moscou : « le régime de Kiev ne fait rien sans l'approbation de ses superviseurs occidentaux. Nous espérons que, dans ce cas, les services secrets français ne sont pas derrière cela ».</p>
        <p>L'entretien de mercredi entre les deux ministres est en soi important, tant les discussions de haut niveau sont rares entre le camp occidental allié de Kiev et la Russie depuis l'invasion russe de l'Ukraine en février 2022.</p>
      </div>
    </div>
    <div class="article-full__tags"><a class="tag" href="/theme/guerre-en-ukraine/">Guerre en Ukraine</a> <a class="tag" href="/theme/russie/">Russie</a> <a class="tag" href="/theme/ukraine/">Ukraine</a> <a class="tag" href="/theme/vladimir-poutine/">Vladimir Poutine</a> <a class="tag" href="/theme/volodymyr-zelensky/">Volodymyr Zelensky</a> <a class="tag" href="/theme/international/">International</a></div>
    <div class="article-full__footer">
      <div class="share-bar">
      <a class="share-bar__item share-bar__item--facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.lindependant.fr%2F2024%2F04%2F04%2Fguerre-en-ukraine-au-moins-8-morts-dans-des-frappes-russes-envoi-de-defenses-aeriennes-a-kiev-le-point-sur-la-situation-11869115.php" target="_blank" rel="noopener">Partager sur Facebook</a>
      <a class="share-bar__item share-bar__item--twitter" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.lindependant.fr%2F2024%2F04%2F04%2Fguerre-en-ukraine-au-moins-8-morts-dans-des-frappes-russes-envoi-de-defenses-aeriennes-a-kiev-le-point-sur-la-situation-11869115.php&amp;text=Guerre%20en%20Ukraine%20%3A%20au%20moins%208%20morts%20dans%20des%20frappes%20russes%2C%20envoi%20de%20d%C3%A9fenses%20a%C3%A9riennes%20%C3%A0%20Kiev%E2%80%A6%20le%20point%20sur%20la%20situation" target="_blank" rel="noopener">Twitter</a>
      <a class="share-bar__item share-bar__item--whatsapp" href="whatsapp://send?text=https%3A%2F%2Fwww.lindependant.fr%2F2024%2F04%2F04%2Fguerre-en-ukraine-au-moins-8-morts-dans-des-frappes-russes-envoi-de-defenses-aeriennes-a-kiev-le-point-sur-la-situation-11869115.php">WhatsApp</a>
      <button class="share-bar__item share-bar__item--copy" data-url="https://www.lindependant.fr/2024/04/04/guerre-en-ukraine-au-moins-8-morts-dans-des-frappes-russes-envoi-de-defenses-aeriennes-a-kiev-le-point-sur-la-situation-11869115.php">Copier le lien</button>
    </div>
      <p class="article-full__report"><a href="/signaler-une-erreur/?id=11869115">Signaler une erreur</a></p>
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
    <p class="comments__count">27 commentaires</p>
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
    ads.config = {"site":"lindependant.fr","zone":"monde","pageId":"11869115","refresh":30,"lazy":true};
    var sc = document.createElement('script'); sc.async = true;
    sc.src = 'https://securepubads.g.doubleclick.net/tag/js/gpt.js';
    document.head.appendChild(sc);
  })();
</script>
<script>
  window.xtsite = "562311"; window.xtpage = "monde::article::11869115";
  (function(d){var s=d.createElement('script');s.async=true;s.src='https://tag.aticdn.net/piano-analytics.js';d.body.appendChild(s);})(document);
</script>
<script src="https://static.lindependant.fr/js/app.8c1f2e.js" defer></script>
<script>
  if ('serviceWorker' in navigator) { navigator.serviceWorker.register('/sw.js').catch(function(){}); }
</script>
</body>
</html>
