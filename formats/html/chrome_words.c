/* The words page chrome says, in the languages of the pages bantin reads:
 * the headings over related news and comments, the labels of ads and share
 * buttons, the lines pointing elsewhere, the calls to subscribe or follow,
 * the site's notices.  Every entry is as bt_utf8_fold leaves it (NFKC case
 * folded: lower case, a Greek final sigma folded to σ, Turkish İ to i and a
 * combining dot above); clean.c says how each list is looked for. */
#include "html.h"

/* Whole texts (case folded, a final colon dropped) that head a block of
 * chrome: said by a short block, they go with the block after them. */
const char *const bt_chrome_sections[] = {
    /* (the European Parliament's box of a release's reference under it) */
    "product information",
    "use our content",
    /* (the Huffington Post's slideshow box under its 2012 stories) */
    "also on huffpost",
    /* the day's news, a list after it ("Ειδήσεις σήμερα:"; folded, a final
     * sigma is a sigma) */
    "ειδήσεισ σήμερα",
    /* a station's videos after the story (TEGNA's) */
    "before you leave, check this out",
    /* a magazine's call for subscribers, heading its box */
    "on supporting science journalism",
    /* an ad's label over its line (NDTV's "Promoted" over a streaming
     * service's call in the story) */
    "promoted",
    /* a reference article's sources and how to cite it */
    "article sources",
    "citation information",
    /* the post before or after: its card follows */
    "previous article",
    "next article",
    "previous post",
    "next post",
    "previous story",
    "next story",
    "older post",
    "newer post",
    /* (a live page's box of the newsroom's addresses) */
    "get in touch",
    /* (a story's link to an earlier one on its subject, Axios's) */
    "go deeper",
    /* (Newsquest's label over its links in the story's text) */
    "recommended reading",
    "vorheriger artikel",
    "nächster artikel",
    "article précédent",
    "article suivant",
    "artículo anterior",
    "artículo siguiente",
    "articolo precedente",
    "articolo successivo",
    "artigo anterior",
    "próximo artigo",
    "bài trước",
    "bài tiếp theo",
    "bài viết trước",
    "bài viết tiếp theo",
    /* a video's card: its title follows */
    "im video",
    "video recomendado",
    "vídeo recomendado",
    "video pilihan",
    /* a summary a machine wrote, its heading: NDTV's "Quick Reads" */
    "quick reads",
    /* related, read more */
    "tin liên quan",
    "bài liên quan",
    "đọc thêm",
    "xem thêm",
    /* (24h's "<strong>Bấm xem >>></strong> <a>...</a>" between paragraphs) */
    "bấm xem",
    /* (Báo Mới's link to the story it aggregated, "Xem bài gốc tại Tiền
     * Phong"; Petrotimes's to the series: "Bài viết thuộc chuyên đề:") */
    "xem bài gốc",
    "bài viết thuộc chuyên đề",
    /* (Znews's box of a book to read after the story, "Sách hay về ...") */
    "sách hay",
    "tham khảo thêm",
    "tin cùng chuyên mục",
    "tin khác",
    "tin mới",
    "tin nổi bật",
    "có thể bạn quan tâm",
    "bạn có thể quan tâm",
    "có thể bạn muốn xem",
    "đừng bỏ lỡ",
    "tin tức liên quan",
    "bài viết liên quan",
    "tin cùng chủ đề",
    "tin bài cùng chủ đề",
    "bài cùng chủ đề",
    "cùng chuyên mục",
    "các tin khác",
    "các tin đã đưa",
    "các bài đã đăng",
    "tin mới nhất",
    "tin mới cập nhật",
    "tin nóng",
    "tin hot",
    "tin tiếp theo",
    "đọc nhiều",
    "đọc nhiều nhất",
    "tin đọc nhiều",
    "xem nhiều",
    "xem nhiều nhất",
    "tin xem nhiều",
    "video đang được quan tâm",
    "related",
    "related articles",
    "related stories",
    "related posts",
    "related news",
    "read more",
    "read also",
    "keep reading",
    "see also",
    "more stories",
    "recommended",
    /* (Al Jazeera's box of cards inside the story) */
    "recommended stories",
    "recommended for you",
    "you may also like",
    "you might also like",
    "you might also enjoy",
    "if you liked this post you might also like",
    "this might be interesting to you",
    "das könnte dich auch interessieren",
    "vous aimerez aussi",
    "también te puede gustar",
    "bạn có thể thích",
    "most read",
    "most popular",
    "trending",
    "lesen sie auch",
    "lesen sie mehr",
    "இதையும் படிக்க",
    "mehr zum thema",
    "empfehlungen aus der redaktion",
    "auch interessant",
    "weitere artikel",
    "zum weiterlesen",
    "das könnte sie auch interessieren",
    "leer más",
    "más información",
    "lee también",
    "te puede interesar",
    "noticias relacionadas",
    "lire aussi",
    "articles liés",
    /* (the FT's sign-up box over the story: "Stay informed with free
     * updates", then its myFT Digest) */
    "stay informed with free updates",
    /* (Abidjan.net's linked thumbnails after the story) */
    "photos liées",
    "vidéos liées",
    "à lire aussi",
    "sur le même sujet",
    "leia também",
    "leia mais",
    "leggi anche",
    "guarda anche",
    "czytaj także",
    "czytaj też",
    "zobacz też",
    "prečítajte si tiež",
    "pročitajte i",
    "pročitajte još",
    "preberite tudi",
    /* comments */
    "bình luận",
    "ý kiến",
    "ý kiến bạn đọc",
    "gửi bình luận",
    "comments",
    "comment",
    "leave a comment",
    "leave a reply",
    "kommentare",
    "comentarios",
    "commentaires",
    /* about the author */
    "über den autor",
    "about the author",
    "about the authors",
    "この記事の筆者",
    "sobre el autor",
    "à propos de l'auteur",
    "về tác giả",
    "mehr aus der sendung",
    /* a table of contents */
    "table of contents",
    "contents",
    "in this article",
    "inhaltsverzeichnis",
    "índice",
    "índice de contenidos",
    "sommaire",
    "mục lục",

    "más noticias",
    /* the same in more languages: Swedish, Danish, Norwegian, Dutch, Finnish,
     * Russian, Ukrainian, Czech, Polish, Turkish, Indonesian, Japanese,
     * Chinese, Korean, Arabic, Hebrew, Greek, Hungarian, Romanian, Italian,
     * Portuguese */
    "läs också",
    "läs mer",
    "mer om ämnet",
    "relaterat",
    "relaterade artiklar",
    "mest läst",
    "mest lästa",
    "læs også",
    "læs mere",
    "relaterede artikler",
    "mest læste",
    "les også",
    "les mer",
    "relaterte artikler",
    "mest lest",
    "lees ook",
    "lees meer",
    "gerelateerde artikelen",
    "meest gelezen",
    "meer over dit onderwerp",
    "over de auteur",
    "lue myös",
    "lue lisää",
    "luetuimmat",
    "aiheeseen liittyvät",
    "читайте также",
    "читайте еще",
    "читайте ещё",
    "по теме",
    "новости по теме",
    "похожие новости",
    "самое читаемое",
    "популярное",
    "об авторе",
    "читайте також",
    "по темі",
    "новини за темою",
    "популярне",
    "найпопулярніше",
    "čtěte také",
    "čtěte též",
    "související články",
    "nejčtenější",
    "mohlo by vás zajímat",
    "najczęściej czytane",
    "powiązane artykuły",
    "ilgili haberler",
    "i\u0307lgili haberler",
    "benzer haberler",
    "en çok okunanlar",
    "bunlar da ilginizi çekebilir",
    "yazar hakkında",
    "baca juga",
    "berita terkait",
    "artikel terkait",
    "terpopuler",
    "berita lainnya",
    "tentang penulis",
    "video pilihan hari ini",
    "sobre la firma",
    "関連記事",
    "関連ニュース",
    "あわせて読みたい",
    "おすすめ記事",
    "人気記事",
    "アクセスランキング",
    "相关新闻",
    "相关报道",
    "相關報導",
    "相关阅读",
    "相关文章",
    "延伸阅读",
    "推荐阅读",
    "热门新闻",
    "相關新聞",
    "相關文章",
    "延伸閱讀",
    "この記事を書いた人",
    "feedback to editors",
    "推薦閱讀",
    "熱門新聞",
    "其他人也看了",
    "관련기사",
    "관련 기사",
    "많이 본 뉴스",
    "추천 기사",
    "이 기자의 다른 기사",
    "อ่านข่าวที่เกี่ยวข้อง",
    "อ่านข่าวน่าสนใจ",
    "อ่านข่าวอื่น",
    "ข่าวที่เกี่ยวข้อง",
    "ข่าวแนะนํา",
    "ये खबर भी पढ़ें",
    "यह भी पढ़ें",
    "یہ بھی پڑھیے",
    "mehr lesen über",
    "खबरें और भी हैं",
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "بیشتر بخوانید",
    "أخبار ذات صلة",
    "مقالات ذات صلة",
    "الأكثر قراءة",
    "כתבות נוספות",
    "כתבות קשורות",
    "עוד באותו נושא",
    "הכי נקראים",
    "διαβάστε επίσησ",
    "σχετικά άρθρα",
    "kapcsolódó cikkek",
    "ajánlott cikkek",
    "legolvasottabb",
    "citește și",
    "citeşte şi",
    "articole similare",
    "cele mai citite",
    "articoli correlati",
    "i più letti",
    "notícias relacionadas",
    "mais lidas",
    "veja também",
    /* how to cite the page, and the sources a broadcaster lists under its
     * story */
    "zitiervorschlag",
    "cite this article",
    /* (a journal's record of the paper under its news: The Lancet's) */
    "article info",
    "publication history",
    "unsere quellen",
    /* (the AD's carousel of its most watched videos under the story) */
    "bekijk onze best bekeken video’s",
    "bekijk onze best bekeken video's",
    NULL,
};
/* Whole texts (as above) that head the readers' comments: the article ends
 * there, whatever follows them in its block. */
const char *const bt_chrome_comment_heads[] = {
    "bình luận",
    "ý kiến bạn đọc",
    "comments",
    "leave a comment",
    "leave a reply",
    "kommentare",
    "comentarios",
    "commentaires",
    /* (a regional paper's readers' comments under the story: Le Dauphiné
     * libéré; "Réactions" alone heads the story's own section of them) */
    "réactions des lecteurs",
    "vos réactions",
    "réactions des internautes",
    "reader comments",
    "trackback",
    "trackbacks",
    /* (Movable Type's heading over the pings) */
    "trackback pings",
    "pingbacks",
    "kommentarer",
    "reacties",
    "kommentit",
    "комментарии",
    "коментарі",
    "komentáře",
    "komentarze",
    "yorumlar",
    "komentar",
    "コメント",
    "エキスパートのコメント",
    "评论",
    "評論",
    "网友评论",
    "댓글",
    "التعليقات",
    "תגובות",
    "σχόλια",
    "hozzászólások",
    "comentarii",
    "commenti",
    "comentários",
    NULL,
};
/* Beginnings of such headings ("Related on HuffPost:", "More from Reuters"). */
const char *const bt_chrome_section_starts[] = {
    "related ",
    "popular on ",
    /* (Bloomberg's list in its partners' copies: "Most Read from Bloomberg") */
    "most read from ",
    "more from ",
    /* (Condé Nast's bold line over its list at the story's end: "More
     * Great Stories From Vanity Fair") */
    "more great stories ",
    "more top reads ",
    "more trending ",
    "more on ",
    "more in ",
    /* (Ynet's "עוד בערוץ סביבה ומדע:", more in the channel, over its
     * list of links) */
    "עוד בערוץ ",
    "comments (",
    "bình luận (",
    "ý kiến (",
    "tin liên quan ",
    "tin cùng ",
    /* (Báo Giao thông's row under the story: "Bài viết thuộc chủ đề" and
     * the topic's link) */
    "bài viết thuộc chủ đề",
    "sách hay về ",
    "weitere ",
    "más noticias de ",
    "mehr aus ",
    "mer om ",
    "mere om ",
    "meer over ",
    "don't miss ",
    "don’t miss ",
    "no te pierdas ",
    /* (a newsroom's button to its standards: "Why you can trust SCMP") */
    "why you can trust ",
    NULL,
};
/* Whole texts that are chrome when a short block says only that. */
const char *const bt_chrome_labels[] = {
    /* (the FT's button beside its copyright line) */
    "reuse this content",
    /* (the Daily Mail's line over its video, La Stampa's ad label,
     * VnExpress's follow button beside the author) */
    "scroll down for video",
    "adv",
    "theo dõi",
    /* (SIDEARM's label over a game story's box score and gallery links;
     * Thairath's share button) */
    "story links",
    "แชร์",
    /* (PR Newswire's labels around a release: "News provided by" over
     * the company's name, "More Photos >") */
    "news provided by",
    "more photos",
    /* (SME's link to the comments under the story) */
    "prejsť do diskusie",
    /* (Japanese papers' mark of a story for members, or free to all,
     * under the headline) */
    "会員限定記事",
    "会員限定",
    "読者会員限定",
    /* (the Yomiuri's note beside its button to keep the story:
     * "スクラップ機能は読者会員限定です", "（記事を保存）") */
    "スクラップ機能は読者会員限定です",
    "(記事を保存)",
    "有料会員限定記事",
    "有料記事",
    "無料記事",
    /* (an old page's hit counter, its number a picture) */
    "you are visitor number",
    "you are visitor #",
    /* (a press release's mark of its end: NASA's "- end -", the wires'
     * "###" and "-30-") */
    "###",
    "-30-",
    "- end -",
    "-end-",
    /* (Full Fact's button under its checks, Law.com's notice under its
     * stories, a journal's button to submit a paper) */
    "request a correction",
    "not for reprint",
    "back to homepage",
    "follow topics",
    "start your trial",
    "become a member",
    /* (a wide table's hint on a phone: Tom's Hardware's) */
    "swipe to scroll horizontally",
    /* (a health site's review stamp and its article's versions) */
    "đã kiểm duyệt nội dung",
    "xem hồ sơ",
    "phiên bản hiện tại",
    "lịch sử phiên bản",
    /* (a Korean player's unpin button, a reporter's link to their other
     * stories, Nikkei's link to its readers' comments) */
    "동영상 고정 취소",
    "기자의 다른 기사 보기",
    /* (ScienceDaily's label over the story, Postmedia's over its
     * author, vBulletin's legend over a post's attachments) */
    "full story",
    "author of the article:",
    "also by this reporter",
    "attached thumbnails",
    "think!の投稿を読む",
    "gửi bài viết",
    /* (a 2013 Chinese page's print and close buttons) */
    "【我要打印】",
    "【关闭窗口】",
    /* (lines an ad or a video stands between: Ippen's, Onet's) */
    "artikel wird nach der anzeige fortgesetzt",
    "dalszy ciąg materiału pod wideo",
    "zobacz ofertę",
    /* (the lines opening and closing hessenschau's boxes of more
     * information and of a clip to play, said for screen readers and
     * shown) */
    "ende der weiteren informationen",
    "audiobeitrag",
    "videobeitrag",
    "ende des audiobeitrags",
    "ende des videobeitrags",
    /* (Thanh Niên's button to follow the section or the author) */
    "+ theo dõi",
    /* (n-tv's link from a gallery in the story to its own page; WELT's
     * player's switch) */
    "zur bilderserie",
    "zur galerie",
    "autoplay",
    /* (a gallery's link to its own page: ABC's) */
    "ver galería completa",
    /* (an author box's link to the rest: VnExpress's opinion pages) */
    "xem tất cả bài viết của tác giả",
    "xem tất cả bài viết",
    /* ads */
    "advertisement",
    "advertising",
    "- quảng cáo -",
    /* (Hearst TV's link under the byline, its info icon "ⓘ" folded to an
     * i) */
    "editorial standards",
    "editorial standards i",
    "our editorial standards",
    /* (a health site's box under the story: its rating and its review) */
    "was this helpful?",
    "how we reviewed this article",
    /* a video player's lines before its script runs (JW Player's) */
    "video loading",
    "video unavailable",
    "click to play",
    /* (a Korean broadcaster's labels around its player, for screen
     * readers: "video area start", "video area end") */
    "동영상영역 시작",
    "동영상영역 끝",
    /* (a Korean reporter's links: "go to the reporter's page", "more of
     * the reporter's articles") */
    "기자 페이지 바로가기",
    "기자의 다른 기사 더보기",
    "read next",
    /* (an embed a consent keeps out: "Externer Inhalt", its button) */
    "externer inhalt",
    "einverstanden",
    /* (a box of reactions' title: "rate the story") */
    "оцените материал",
    /* a wire's link to buy the story's rights */
    "purchase licensing rights",
    /* (Postmedia's label between the paragraphs, for screen readers and
     * its ad slots) */
    "article content",
    /* (a player reading the story aloud, drawn by a script in an empty
     * box, its labels around it) */
    "only have a minute? listen instead",
    "powered by trinity audio",
    /* (a link to the author's page beside their byline, or to follow
     * them: Arab News's "Follow" under the name) */
    "follow",
    "more by this author",
    "more from this author",
    "get more from this author",
    "we apologize, but this video has failed to load.",
    "please use chrome browser for a more accessible video player",
    /* (a press release's kind, over its headline) */
    "peer-reviewed publication",
    /* (a link to the story's English edition) */
    "read in english",
    "short url",
    "photo gallery (click to enlarge)",
    "この記事をシェアする",
    "【関連記事】",
    "chargement du lecteur",
    "dalsza część artykułu pod materiałem wideo",
    "- articolul continuă mai jos -",
    "continua depois da publicidade",
    "continua após a publicidade",
    "podelite vest",
    /* (a live page's button for more of its updates, its notice that it
     * updates itself) */
    "xem thêm diễn biến",
    "siden oppdateres automatisk",
    "this page updates automatically",
    "this page will update automatically",
    "diese seite aktualisiert sich automatisch",
    "load more updates",
    "show more updates",
    "weitere einträge laden",
    "기사 더보기",
    "기자 다른 기사 보기",
    "habari zaidi za mwandishi huyu",
    /* (the tagDiv Newspaper theme's label over its ad slots) */
    "- advertisement -",
    "- publicitate -",
    "- publicidad -",
    "- publicidade -",
    "- विज्ञापन -",
    "- pubblicità -",
    "- reklama -",
    "- oglas -",
    "- publicité -",
    "- anzeige -",
    "story continues below advertisement",
    "story continues below this ad",
    "story continues below",
    /* (Politico's "Story Continued Below" between paragraphs) */
    "story continued below",
    "článok pokračuje pod video reklamou",
    "článok pokračuje pod reklamou",
    "článek pokračuje pod reklamou",
    "tekst se nastavlja ispod oglasa",
    "članak se nastavlja ispod oglasa",
    "a cikk a hirdetés után folytatódik",
    "la nota continúa debajo del anuncio",
    "continúa después de la publicidad",
    "haber reklamdan sonra devam ediyor",
    "cập nhật liên tục",
    "tải lại trang",
    "article continues below advertisement",
    "article continues below",
    /* (the Guardian's 2008 line under the ad between paragraphs) */
    "article continues",
    "continue reading below",
    "page continues below",
    "advertisement - page continues below",
    /* (Hürriyet's label between its ads: "the story goes on") */
    "haberin devamı",
    "continue reading the main story",
    "advertisement · scroll to continue",
    "advertisement - scroll to continue",
    "skip advertisement",
    "scroll to continue",
    "scroll to continue with content",
    "scroll to continue reading",
    "scroll down to read",
    "scroll to read",
    "cuộn xuống để đọc",
    "cuộn xuống để xem",
    "article continues after advertisement",
    "story continues after advertisement",
    "continue reading after the ad",
    "weiterlesen nach der anzeige",
    "weiter nach der werbung",
    "lesen sie nach der anzeige weiter",
    "la suite après la publicité",
    "la suite après cette publicité",
    "gulir untuk melanjutkan",
    "tiếp tục đọc bên dưới",
    "dalszy ciąg artykułu pod materiałem wideo",
    "dalsza część artykułu pod wideo",
    "anzeige",
    "werbung",
    /* (News Limited's label before its masthead's logo) */
    "article from",
    /* (Japanese papers' ad label between paragraphs) */
    "[pr]",
    "quảng cáo",
    /* (in Hindi and Nepali, Urdu, Bengali, Gujarati) */
    "विज्ञापन",
    "اشتہار",
    "বিজ্ঞাপন",
    "જાહેરાત",
    /* (in Thai: "- โฆษณา -" of tagDiv's theme between paragraphs) */
    "โฆษณา",
    "publicidad",
    "publicité",
    "sponsored",
    "sponsored content",
    "sponsored links",
    "sponsored ads",
    "sponsors",
    "our sponsors",
    "sponsor showcase",
    "anzeigen",
    "gesponsert",
    "sponsorisé",
    "contenu sponsorisé",
    "patrocinado",
    "contenido patrocinado",
    "publicidade",
    "tài trợ",
    "nội dung tài trợ",
    "pubblicità",
    "annunci",
    "reklama",
    "ad",
    "ads",
    /* share, print */
    "share",
    "share this",
    "share via",
    "share this article",
    "share or comment on this article",
    "also read",
    "what you need to know",
    /* (the SZ's link back to its front page under the story) */
    "zur sz-startseite",
    /* (a link to write to the author, in the byline's row) */
    "autorin kontaktieren",
    "autor kontaktieren",
    "contact the author",
    "email the author",
    "chia sẻ",
    "tweet",
    "print",
    "send to a friend",
    "email to a friend",
    "e-mail to a friend",
    "in bài",
    "in bài viết",
    /* (an old portal's link to send the story beside the date: Xã Luận's) */
    "gửi bạn bè",
    /* (Gannett's 2015 label over the story's short address) */
    "read or share this story",
    "tặng sao",
    "gửi bài",
    "gửi bài viết",
    "gửi email",
    "email",
    "teilen",
    "drucken",
    "compartir",
    "partager",
    "imprimir",
    "imprimer",
    "facebook",
    "twitter",
    "share this post",
    "share this story",
    "share on facebook",
    "share on twitter",
    "print this article",
    /* (Sun Media's 2009 tools beside the story: the Kingston Whig-Standard's) */
    "print article",
    "e-mail article",
    "email article",
    "artikel teilen",
    "deel artikel",
    "deel dit artikel",
    "beitrag teilen",
    "artikel drucken",
    "partager cet article",
    "partager l'article",
    "imprimer l'article",
    "compartir artículo",
    "compartir este artículo",
    "chia sẻ bài viết",
    "in bài viết",
    "gửi cho bạn bè",
    /* a share bar's networks and buttons, and a page's tools (font size,
     * save for later) */
    "zalo",
    "linkedin",
    "whatsapp",
    "telegram",
    "pinterest",
    "reddit",
    "messenger",
    "copy link",
    "suggest changes",
    /* (a gallery's label over its slides, an ad's "Story continues" under
     * it) */
    "fotostrecke",
    "story continues",
    "lấy link",
    "lấy link!",
    "nguồn: [link nguồn]",
    "link kopieren",
    "copier le lien",
    "copiar enlace",
    "sao chép liên kết",
    "sao chép link",
    "link bài gốc",
    "lưu",
    "lưu bài",
    "lưu bài viết",
    "請繼續往下閱讀",
    "adjust font size",
    "story highlights",
    "go to homepage",
    "kommentieren",
    "thank you for reading",
    "thank you for reading!",
    "stay connected",
    "vótalo",
    "read later",
    "save for later",
    "lire plus tard",
    "ajouter à vos sélections",
    "a-",
    "a+",
    /* a player reading the story aloud, a link back up */
    "listen to this article",
    "dengarkan artikel ini",
    "listen to article",
    "listen to this story",
    "artikel anhören",
    "artikel hören",
    "artikel vorlesen lassen",
    "écouter cet article",
    "écouter l'article",
    "escuchar este artículo",
    "escuchar artículo",
    "nghe bài viết",
    "nghe đọc bài viết",
    "social sharing",
    "normal text size",
    "larger text size",
    /* (an AI's summary folded away behind its button) */
    "tóm tắt bài viết",
    "tóm tắt nhanh",
    "nghe đọc bài",
    "nghe bài",
    "nghe nhanh",
    "nghe đọc",
    "bài tiếp theo",
    "back to top",
    "back to blog",
    "back to the blog",
    "back to all posts",
    "back to news",
    "zurück zum blog",
    "zurück zur übersicht",
    "retour au blog",
    "volver al blog",
    "torna al blog",
    "zur startseite",
    "zurück zur startseite",
    "nach oben",
    "retour en haut",
    "volver arriba",
    "lên đầu trang",
    "liveticker beendet",
    /* (reference sites' lines: Wikipedia's tagline, WebMD's mark between
     * its pages, a clinic's and wikiHow's buttons) */
    "from wikipedia, the free encyclopedia",
    "bách khoa toàn thư mở wikipedia",
    "aus wikipedia, der freien enzyklopädie",
    "de wikipédia, l'encyclopédie libre",
    "de wikipédia, l’encyclopédie libre",
    "de wikipedia, la enciclopedia libre",
    "da wikipedia, l'enciclopedia libera",
    "da wikipedia, l’enciclopedia libera",
    "z wikipedii, wolnej encyklopedii",
    "материал из википедии — свободной энциклопедии",
    "continued",
    "request an appointment",
    "submit a tip",
    /* (Science X's badges over its stories) */
    "editors' notes",
    "editors’ notes",
    "proofread",
    "fact-checked",
    "trusted source",
    "siga bajando para encontrar más contenido",
    "loading slideshow",
    "loading",
    "đang tải",
    /* newsletter, tags */
    "newsletter",
    "subscribe",
    /* (a podcast's show notes, over the buttons of its apps) */
    "listen and subscribe",
    "sign up",
    "đăng ký nhận tin",
    "tags",
    "tag",
    "từ khóa",
    "từ khoá",
    "schlagwörter",
    "etiquetas",
    "themen",
    "topics",
    /* a shop's buttons by a product */
    "where to buy",
    "buy now",
    "get it now",
    "shop now",
    "view deal",
    "check price",
    "jetzt kaufen",
    "zum angebot",
    "acheter maintenant",
    "voir l'offre",
    "comprar ahora",
    "ver oferta",
    "acquista ora",
    "compre agora",
    "kup teraz",
    "mua ngay",
    /* the same in more languages (as for the headings above) */
    "annons",
    "annonse",
    "annonce",
    "reklame",
    "reklam",
    "advertentie",
    "mainos",
    "реклама",
    "inzerce",
    "iklan",
    "広告",
    "广告",
    "廣告",
    "광고",
    "إعلان",
    "פרסומת",
    "διαφήμιση",
    "hirdetés",
    "publicitate",
    "oglas",
    "oglasi",
    "sponsrad",
    "sponsoreret",
    "sponset",
    "gesponsord",
    "dela",
    "dela artikeln",
    "del artiklen",
    "del artikkelen",
    "delen",
    "jaa",
    "поделиться",
    "поділитися",
    "sdílet",
    "udostępnij",
    "podijeli",
    "podeli",
    "deli",
    "paylaş",
    "bagikan",
    "dengarkan",
    "シェア",
    "シェアする",
    "分享",
    "공유",
    "공유하기",
    /* (a link to the reporter's page, a button to follow them) */
    "기자 페이지",
    "기자 구독",
    "مشاركة",
    "شارك",
    "شاركها",
    "שתפו",
    "κοινοποίηση",
    "megosztás",
    "distribuie",
    "condividi",
    "compartilhe",
    "compartilhar",
    "partilhar",
    "skriv ut",
    "udskriv",
    "afdrukken",
    "printen",
    "tulosta",
    "печать",
    "друк",
    "tisk",
    "drukuj",
    "yazdır",
    "cetak",
    "印刷",
    "打印",
    "列印",
    /* (a link to give feedback, one to report the post, and Sohu's back to
     * its home page under each story) */
    "意见反馈",
    "举报",
    "檢舉",
    "返回搜狐,查看更多",
    /* (a widget that failed to load, Quora's more answers) */
    "something went wrong. wait a moment and try again",
    /* (the Times of India's mark under its stories) */
    "end of article",
    "인쇄",
    "طباعة",
    "הדפסה",
    "εκτύπωση",
    "nyomtatás",
    "stampa",
    "ämnen",
    "taggar",
    "emner",
    "onderwerpen",
    "aiheet",
    "теги",
    "метки",
    "témata",
    "štítky",
    "tagi",
    "etiketler",
    "topik",
    "タグ",
    "标签",
    "標籤",
    "태그",
    "الوسوم",
    "תגיות",
    "ετικέτεσ",
    "címkék",
    "etichete",
    "argomenti",
    "nyhetsbrev",
    "nyhedsbrev",
    "nieuwsbrief",
    "uutiskirje",
    "рассылка",
    "bülten",
    "ニュースレター",
    "뉴스레터",
    "ניוזלטר",
    "hírlevél",
    /* (the Wire's language switch, "Read in: हिंदी"; the Verge's link under
     * its scorecard) */
    "read in",
    "how we rate and review products",
    /* (Nikkei's paywall label beside the date: "[会員限定記事]") */
    "[会員限定記事]",
    /* (K2's rating widget under a Joomla story) */
    "rate this item",
    /* (Tencent's follow button, DW's link past an embed for screen
     * readers) */
    "+关注",
    "+ 关注",
    "skip next section",
    NULL,
};
/* Lines that begin so and are mostly a link point elsewhere. */
const char *const bt_chrome_pointers[] = {
    /* (20 Minutes's link to its file on the subject) */
    "notre dossier",
    /* (HK01's link to the story's gallery: "點擊看圖輯（共12張）") */
    "點擊看圖輯",
    "点击看图集",
    /* (Business Insider's last point of its summary) */
    "visit business insider's homepage",
    "visit business insider’s homepage",
    /* (PR Newswire's line under a release, its link after it) */
    "view original content to download multimedia",
    "notre éditorial",
    "อ่านข่าวอื่น",
    "อ่านข่าวน่าสนใจ",
    "อ่านข่าวที่เกี่ยวข้อง",
    "đọc thêm",
    "xem thêm",
    "tham khảo thêm",
    "tin liên quan",
    "read more",
    /* (the Express's "DON'T MISS:" over its links, each tagged
     * "[INSIGHT]") */
    "don't miss",
    "don’t miss",
    "read also",
    /* (Penton's "You might also like:" over two links among the
     * paragraphs) */
    "you might also like",
    "you may also like",
    /* (the Atlantic's "<em>Read: </em><a>..." between its paragraphs) */
    "read:",
    "also on",
    "see also",
    "go deeper",
    "related",
    "lesen sie auch",
    "das könnte sie auch interessieren",
    "mehr zum thema",
    "lee también",
    "lea también",
    "te recomendamos",
    "pilihan editor",
    "leer más",
    "lire aussi",
    "à lire aussi",
    "leia também",
    "leggi anche",
    "czytaj także",
    "zobacz też",
    "more:",
    /* (Handelsblatt's closing "Mehr: ... lesen Sie hier, was ...") */
    "mehr:",
    "also read",
    "click for more",
    "le puede interesar",
    "lea además",
    "te puede interesar",
    "puede interesarte",
    "lesen sie hier",
    "zum shop",
    "mehr artikel aus dieser rubrik",
    "auch auf ",
    /* a post's categories */
    "posted in",
    "filed under",
    "abgelegt unter",
    "publié dans",
    "publicado en",
    "pubblicato in",
    "opublikowano w",
    "đăng trong",
    /* the same in more languages, and the line of a post's tags */
    "läs också",
    "läs mer",
    "læs også",
    "læs mere",
    "les også",
    "les mer",
    "lees ook",
    "lees meer",
    "lue myös",
    "lue lisää",
    "читайте также",
    "читайте еще",
    "читайте ещё",
    "читайте також",
    "čtěte také",
    "čtěte též",
    "přečtěte si",
    /* (Caixin's "更多报道详见：<a>...</a>") */
    "更多报道详见",
    /* (Slovak: SME's "Prečítajte si tiež: ...") */
    "prečítajte si",
    /* (ORF's "Mehr dazu in <a>oe1.ORF.at</a>") */
    "mehr dazu in",
    "čítajte aj",
    "čítajte tiež",
    "ilgili haber",
    "i\u0307lgili haber",
    "devamını oku",
    "baca juga",
    "baca selengkapnya",
    "simak juga",
    "関連記事",
    "【関連記事】",
    "あわせて読みたい",
    "相关阅读",
    "延伸阅读",
    "相關閱讀",
    "延伸閱讀",
    "관련기사",
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "اقرأ المزيد",
    /* (Persian: "read more") */
    "بیشتر بخوانید",
    "קראו גם",
    "यह भी पढ़ें",
    "ये भी पढ़ें",
    /* (in Nepali, Urdu, Bengali, Marathi, Gujarati, Telugu, Malayalam) */
    "यो पनि पढ्नुहोस्",
    "یہ بھی پڑھیں",
    "আরও পড়ুন",
    "हेही वाचा",
    "આ પણ વાંચો",
    "ఇది కూడా చదవండి",
    "ഇതും വായിക്കുക",
    "קראו עוד",
    "διαβάστε επίσησ",
    "διαβάστε ακόμα",
    "olvassa el",
    "citește și",
    "citeşte şi",
    "pročitajte i",
    "pročitajte još",
    "preberite tudi",
    "veja também",
    "saiba mais",
    /* (Daily Maverick's "Read in Daily Maverick: <a>“...”</a>") */
    "read in daily maverick",
    "tags:",
    /* (News Corp Australia's line of topics under the story) */
    "read related topics:",
    "ämnen:",
    "emner:",
    "onderwerpen:",
    "aiheet:",
    "теги:",
    "témata:",
    "etiketler:",
    "topik:",
    "タグ:",
    "标签:",
    "標籤:",
    "태그:",
    "الوسوم:",
    NULL,
};

/* Openings of a short line crediting a sponsor ("Sponsored by Acme",
 * "Presented by", "In partnership with"): the site's deal, not the story. */
/* Openings of a line that says it is an ad, a short block's length at most
 * rather than a sponsor's line's (Premium Times' "<strong>TEXT AD:</strong>
 * Get your dream home ... Call ..."). */
const char *const bt_chrome_ad_marks[] = {
    "text ad:",
    "advertorial:",
    NULL,
};

const char *const bt_chrome_sponsor_starts[] = {
    "alle infos zu unserem werbepartner",
    "sponsored by",
    "presented by",
    "in partnership with",
    "brought to you by",
    "paid for by",
    "gesponsert von",
    "präsentiert von",
    "unterstützt von",
    "in kooperation mit",
    "sponsorisé par",
    "présenté par",
    "en partenariat avec",
    "patrocinado por",
    "presentado por",
    "en colaboración con",
    "en alianza con",
    "tài trợ bởi",
    "được tài trợ bởi",
    "nhà tài trợ",
    "sponsorizzato da",
    "in collaborazione con",
    NULL,
};

/* Whole texts of a figure's buttons, which open the picture larger or the
 * caption's rest: no words of its caption. */
const char *const bt_chrome_more_links[] = {
    "read more",
    "continue reading",
    "keep reading",
    "weiterlesen",
    "mehr lesen",
    "lire la suite",
    "lire plus",
    "leer más",
    "seguir leyendo",
    "leia mais",
    "continua a leggere",
    "leggi tutto",
    "czytaj dalej",
    "lees verder",
    "läs mer",
    "les mer",
    "læs mere",
    "lue lisää",
    "devamını oku",
    "baca selengkapnya",
    "đọc tiếp",
    "xem tiếp",
    "続きを読む",
    "阅读全文",
    "더보기",
    NULL,
};

const char *const bt_chrome_figure_buttons[] = {
    /* (ESA's links under a picture or a video to its page) */
    "access the image",
    "access the video",
    "read more",
    "show more",
    "view more",
    "more",
    "show less",
    "less",
    "expand",
    "collapse",
    "enlarge",
    /* (the Daily Mail's button under each picture to pin it) */
    "pin it",
    /* (a paper's link to buy a print of its photo, in the caption:
     * Lee's "Buy Now") */
    "buy now",
    "buy photo reprints",
    "buy photo",
    "buy this photo",
    "enlarge image",
    /* (ANSA's under its picture, "+CLICCA PER INGRANDIRE") */
    "+clicca per ingrandire",
    "clicca per ingrandire",
    /* (the Seattle Times' link in its captions) */
    "more photo galleries",
    "enlarge this image",
    /* (Plone's link under a news item's picture to its full size) */
    "click to view full-size image",
    "click to view full-size image...",
    "klikkaa nähdäksesi täysikokoisen kuvan",
    /* (a health site's button on its pictures: Healthline's, in the
     * caption before its words) */
    "share on pinterest",
    /* (journals' links under a figure: BMJ's, The Lancet's) */
    "download figure",
    "open in new tab",
    "download powerpoint",
    "view large image",
    "download hi-res image",
    /* (news offices' links to the picture's file: MIT News's, NASA's "›
     * Larger image") */
    "download high-resolution image",
    /* (a college's, a legislator's release: the photo's link under its
     * caption, hyphened or not) */
    "download high-resolution photo",
    "download high resolution photo",
    "download hi-res photo",
    "larger image",
    "› larger image",
    "toggle caption",
    "hide caption",
    /* (SRF's label opening its captions, "Legende:") */
    "legende",
    "show caption",
    "view larger",
    "view larger image",
    "view full size",
    "click to enlarge",
    "tap to enlarge",
    /* (Japanese papers' link under the picture: the Asahi's "写真を拡大する") */
    "写真を拡大する",
    "拡大する",
    /* (old news sites' line under the picture: InformationWeek's, the
     * Defense Department's, the LAPD's) */
    "click image for larger view",
    "click image to enlarge",
    "click photo to enlarge",
    "click on photos to enlarge",
    "click on photo to enlarge",
    "click any photo to enlarge",
    "click on a thumbnail to enlarge",
    "click photo for screen-resolution image",
    /* (EurekAlert!'s link under its caption to the picture's page) */
    "click here for more information",
    /* (Plone's link on a news item's picture, the caption after it: in
     * English and in Brazil's portals) */
    "click to view full-size image",
    "click to view full-size image...",
    "clique para ampliar a imagem",
    "zoom",
    "zoom in",
    "expand image",
    "full screen",
    "fullscreen",
    "view fullscreen",
    "open gallery",
    "view gallery",
    "buy photo",
    "buy this photo",
    "view photos",
    "view all photos",
    "see all photos",
    "voir toute la galerie",
    "voir la galerie",
    /* (Nice-Matin's link under its picture: "Voir le diaporama (34
     * photos)") */
    "voir le diaporama",
    /* (Emol's under its picture: "Ver galería (8 fotos)") */
    "ver galería",
    "ver galeria",
    "see photos",
    "view slideshow",
    /* (a link to the picture's gallery with its count: "Fotogalerie (18)") */
    "gallery",
    "photo gallery",
    "galerie",
    "fotogalerie",
    "bildergalerie",
    "galería",
    "galleria",
    "galeria",
    "галерия",
    "галерея",
    "alle bilder",
    "zur grossbildansicht",
    "voir les photos",
    "ver fotos",
    "xem ảnh",
    "lihat foto",
    "žiūrėti visas nuotraukas",
    "visos nuotraukos",
    "zobacz galerię",
    "zobacz zdjęcia",
    "zobacz więcej zdjęć",
    "všechny fotky",
    "всі фото",
    "все фото",
    /* (the Asahi's link from a picture to its page, "photo, figure") */
    "写真・図版",
    "close",
    "vergrössern",
    "bild vergrössern",
    "mehr",
    "weniger",
    "agrandir",
    "ampliar",
    "ingrandisci",
    "phóng to",
    "xem ảnh lớn",
    "thu gọn",
    /* (a press photo's download link in its caption) */
    "download image",
    "download photo",
    "bild herunterladen",
    "bild-infos",
    "download",
    "foto herunterladen",
    "télécharger l'image",
    "descargar imagen",
    NULL,
};

/* Openings of the lines an embedded post's fallback prints around it ("View
 * this post on Instagram", "A post shared by ..."): the embed's frame. */
const char *const bt_chrome_embed_lines[] = {
    "view this post on instagram",
    /* (video.js's line for a browser without scripts, in DW's player) */
    "to view this video please enable javascript",
    "the video will start in",
    "a post shared by",
    "dieses bild auf instagram ansehen",
    "diesen beitrag auf instagram ansehen",
    "ein beitrag geteilt von",
    "voir cette publication sur instagram",
    "une publication partagée par",
    "ver esta publicación en instagram",
    "una publicación compartida de",
    "una publicación compartida por",
    "xem bài viết này trên instagram",
    "visualizza questo post su instagram",
    "view post on imgur.com",
    "watch on youtube",
    /* (Hearst's line opening the story under its player: "Video above:
     * Spotter plane footage ...") */
    "video above:",
    /* (the ABC's line where a script puts the post) */
    "loading twitter content",
    "loading instagram content",
    "loading youtube content",
    "loading facebook content",
    /* (detik's line over its video: "Simak juga Video: ...") */
    "simak juga video",
    "simak video",
    /* (and where its script puts the player: "[Gambas:Video 20detik]") */
    "[gambas:",
    /* (NHK's under its video's still: "動画を再生するには、JavaScriptを有効に
     * してください。") */
    "動画を再生するには",
    NULL,
};

/* Words of a paywall's notice, anywhere in a short block: the story is
 * for subscribers, this is not the story. */
const char *const bt_chrome_paywall[] = {
    /* (Rzeczpospolita's "Ten artykuł przeczytasz w ramach subskrypcji") */
    "przeczytasz w ramach subskrypcji",
    /* (Bloomberg's promotion of its terminal among the paragraphs, beside
     * "LEARN MORE") */
    "before it’s here, it’s on the bloomberg terminal",
    "before it's here, it's on the bloomberg terminal",
    /* (SME's box after its paywalled text: "Ďalšie články a komentáre SME
     * čítajte bez obmedzení s predplatným", "Predplatiť od 1 €") */
    "čítajte bez obmedzení s predplatným",
    "predplatiť od ",
    /* (a Polish paper's offer of a digital subscription) */
    "prenumerata cyfrowa",
    "for just $1 a week",
    /* (the Asahi's offer to free members: "無料会員になると有料記事を1日1本
     * お読みいただけます") */
    "有料記事を1日1本",
    "有料会員記事も読むなら",
    /* (Welt's thanks to its subscribers under the story) */
    "lesen diesen artikel als weltplus",
    /* (Berlingske's offer over its paid stories) */
    "få adgang til alle artikler",
    "podaruj prenumeratę",
    /* (Wyborcza's offer under the story: "Wybieram prenumeratę") */
    "wybieram prenumeratę",
    /* (a magazine's pitch for its print issue among the paragraphs) */
    "print editions a year",
    /* (a Flemish site's call to sign up: "Log in of maak een account aan") */
    "log in of maak een account aan",
    "to view the full story",
    /* (a metered wall's count: "Sie lesen gerade einen von 2 freien
     * Artikeln in diesem Monat") */
    "freien artikeln in diesem monat",
    "dostępny w ramach subskrypcji",
    "subscribe to save articles",
    /* (the Sydney Morning Herald's count of gifts over the story) */
    "gift articles remaining",
    /* (the Business Journals' mark over a paid story; the Inquirer's
     * offer among the paragraphs) */
    "premium content from ",
    "subscribe to inquirer plus",
    "to read the full story",
    "for the full story",
    "to continue reading",
    "already a subscriber",
    "already have an account? log in",
    "jetzt abonnieren",
    "bereits abonnent",
    "bereits ein abonnement",
    "redan prenumerant",
    "weiterlesen mit",
    "hazte miembro",
    "suscríbete",
    "suscribite",
    "この記事は有料記事です",
    "per continuare a leggere abbonati",
    "abbonati per leggere",
    "disdici quando vuoi",
    "ya eres suscriptor",
    "abonnez-vous",
    "déjà abonné",
    "đăng ký để đọc",
    /* a subscribers' post */
    "become a paid subscriber",
    "unlock this article",
    "unlock this piece",
    "made possible by paying subscribers",
    "this article is exclusive to",
    "nur für abonnenten",
    "exklusiv für abonnenten",
    "réservé aux abonnés",
    "réservé à nos abonnés",
    "exclusivo para suscriptores",
    "solo para suscriptores",
    "riservato agli abbonati",
    "exclusivo para assinantes",
    "tylko dla subskrybentów",
    "endast för prenumeranter",
    "kun for abonnenter",
    "alleen voor abonnees",
    "vain tilaajille",
    "только для подписчиков",
    "jen pro předplatitele",
    /* (the Telegraph's offer closing its stories) */
    "try the telegraph free",
    /* (Mint's login wall in the story: "Unlock a world of Benefits!") */
    "unlock a world of benefits",
    "obsah pre predplatiteľov",
    "abonelere özel",
    "有料会員限定",
    NULL,
};

/* The label a newsletter's box opens with ("Newsletter" over its name). */
const char *const bt_chrome_newsletter_labels[] = {
    "newsletter", "newsletters", "bản tin",        "infolettre", "boletín",
    "boletim",    "nieuwsbrief", "nyhetsbrev",     "uutiskirje", "bülten",
    "e-bülten",   "рассылка",    "ニュースレター", "뉴스레터",   NULL,
};

/* How a line calling to watch the video below it opens ("Watch the latest
 * edition of BizTech below:"). */
const char *const bt_chrome_watch_calls[] = {
    "watch ",        "check out",    "xem video",       "xem clip",          "mira el video",
    "mire el video", "vea el video", "regardez",        "sehen sie",         "schauen sie",
    "assista",       "veja o vídeo", "guarda il video", "guarda il filmato", NULL,
};

/* A link's words that point at another page and say only "here", the
 * line before them saying what it holds: Vietnamese papers' (an English
 * "Find out more here." in bold is as often the story's last line). */
const char *const bt_chrome_here_links[] = {
    "tại đây", "xem tại đây", "bấm xem", "bấm vào đây", "click vào đây", NULL,
};

/* Calls to watch more videos, opening a line before one: the site's other
 * videos, not the story's ("Mời bạn đọc xem thêm video:"). */
const char *const bt_chrome_more_video_calls[] = {
    "mời bạn đọc xem thêm video",
    "mời quý độc giả xem thêm video",
    "mời độc giả xem thêm video",
    "xem thêm video",
    "xem thêm clip",
    "watch more videos",
    "more videos",
    "weitere videos",
    "más vídeos",
    "plus de vidéos",
    "altri video",
    "mais vídeos",
    /* (Liputan6's page of the story: "Simak Video Pilihan Berikut Ini:") */
    "simak video pilihan",
    NULL,
};

/* Labels of a box saying when and where a broadcaster's programme aired
 * the story. */
const char *const bt_chrome_broadcast_labels[] = {
    "dieses thema im programm:",
    "dieses thema im programm",
    NULL,
};

/* How a line saying when a broadcaster aired the story opens, its
 * programme and date after it ("Sendung: Antenne Brandenburg, 13.05.2024,
 * 16:30 Uhr"). */
const char *const bt_chrome_broadcast_lines[] = {
    "sendung:",
    "sendung vom",
    "sendung am",
    "audio:",
    "über dieses thema berichtet",
    "über dieses thema berichten",
    NULL,
};

/* How a call to sign up opens; with a newsletter named in it, a short
 * block so is the call ("Sign up for CNN's Wonder Theory newsletter"). */
const char *const bt_chrome_signup_starts[] = {
    "sign up",
    "subscribe",
    "get our",
    "join our",
    "đăng ký",
    "melden sie sich",
    "abonnieren sie",
    "dann abonnieren sie",
    "jetzt abonnieren",
    "inscrivez-vous",
    "abonnez-vous",
    "suscríbete",
    "suscríbase",
    "suscribite",
    "iscriviti",
    "zapisz się",
    "assine",
    "inscreva-se",
    "prenumerera",
    "meld je aan",
    "abonneer",
    "tilaa",
    "se vuoi restare aggiornat",
    NULL,
};

/* Words of a call to sign up for the site's newsletter, in a short block. */
const char *const bt_chrome_newsletter_calls[] = {
    /* (Haaretz's and Walla's boxes: "הניוזלטר של "הארץ" - ...", the
     * paper's newsletter) */
    "הניוזלטר של ",
    /* (a letter's archive page: "If someone forwarded you this letter,
     * you can subscribe here"; "there's an unsubscribe link at the bottom
     * of every email") */
    "if someone forwarded you this",
    "unsubscribe link at the bottom of every email",
    /* (the Economist's: "Stay on top of British politics with Blighty, our
     * weekly subscriber-only newsletter.") */
    "subscriber-only newsletter",
    /* (the Independent's sign-up between the byline and the picture) */
    "get our free breaking news email",
    "i would like to be emailed about offers",
    /* (the Corriere's local newsletter set as a paragraph of the story) */
    "iscriviti gratis alla newsletter",
    "arriva ogni giorno nella tua casella di posta",
    /* (Merkur's plug: "Unser Bayern-Newsletter informiert Sie über ...") */
    "newsletter informiert sie",
    /* (Ippen's plug closing a story: "Noch mehr Nachrichten aus Frankfurt
     * ... gibt es im kostenlosen Newsletter der Frankfurter Rundschau.") */
    "im kostenlosen newsletter",
    "subscribe to our newsletter",
    "free weekly newsletter",
    "sign up for our newsletter",
    "sign up for the newsletter",
    /* (Retail Gazette's "Click here to sign up to Retail Gazette's free
     * daily email newsletter", Simple Flying's "Sign up for our daily and
     * weekly aviation news digests.") */
    "click here to sign up",
    "sign up for our daily",
    "sign up for our weekly",
    /* (the Denver Post's: "Get more Colorado news by signing up for our
     * daily Your Morning Dozen email newsletter.") */
    "by signing up for our",
    /* (Reach's regional papers: "Don't miss the biggest and breaking
     * stories by signing up to the Echo Daily newsletter here") */
    "by signing up to the",
    "by signing up to our",
    /* (BBC Sport's "Get women's football news sent straight to your phone
     * - here's how") */
    "sent straight to your phone",
    /* (Nikkei's "関連トピックの新着記事をメールでお届けします" under its
     * follow button) */
    "をメールでお届けします",
    "join our newsletter",
    "join the newsletter",
    "get it in your inbox",
    /* (the FT's: "Simply sign up to the Batteries myFT Digest -- delivered
     * directly to your inbox.") */
    "myft digest",
    "straight to your inbox",
    "delivered to your inbox",
    "get the latest updates from",
    /* (Nexstar's stations: "Read today's Daily Digest for the latest news,
     * weather and sports headlines.") */
    "for the latest news, weather and sports",
    "discover special offers, top stories",
    "escolha quais newsletters",
    "receba notícias",
    "apuntarte aquí para recibir",
    "newsletter abonnieren",
    "abonnieren sie unseren newsletter",
    "melden sie sich für unseren newsletter",
    "in unserem kostenlosen newsletter",
    "jetzt kostenlos bestellen",
    "hier kostenlos bestellen",
    "suscríbete a nuestro newsletter",
    "suscríbete a nuestro boletín",
    "inscrivez-vous à notre newsletter",
    "abonnez-vous à notre newsletter",
    "iscriviti alla nostra newsletter",
    "zapisz się do newslettera",
    "assine nossa newsletter",
    "đăng ký nhận bản tin",
    /* a blog's own mailing list */
    "to receive these entries",
    "by e-mail, sign up",
    "by email, sign up",
    "subscribe to new posts",
    "enter your best email",
    "thanks for subscribing",
    "zum newsletter anmelden",
    /* a box's heading that calls to be kept up to date */
    "nichts mehr verpassen",
    "nichts mehr versäumen",
    "never miss a story",
    "don't miss out on the latest",
    "don’t miss out on the latest",
    "never miss an update",
    "ne manquez plus rien",
    "no te pierdas nada",
    "recevez nos articles",
    "suscríbete para recibir",
    "đăng ký nhận tin",
    "prenumerera på vårt nyhetsbrev",
    "prenumerera på nyhetsbrevet",
    "tilmeld dig vores nyhedsbrev",
    "meld deg på vårt nyhetsbrev",
    "schrijf je in voor onze nieuwsbrief",
    "meld je aan voor onze nieuwsbrief",
    "abonneer je op onze nieuwsbrief",
    "tilaa uutiskirje",
    "подпишитесь на нашу рассылку",
    /* (Meduza's: "Подпишитесь на утреннюю рассылку «Сигнал»") */
    "подпишитесь на утреннюю рассылку",
    "підпишіться на нашу розсилку",
    "přihlaste se k odběru",
    "bültenimize abone olun",
    "berlangganan newsletter",
    "ニュースレターに登録",
    "订阅我们的电子报",
    "訂閱電子報",
    "뉴스레터 구독",
    "اشترك في النشرة البريدية",
    "הירשמו לניוזלטר",
    "iratkozzon fel hírlevelünkre",
    "iratkozz fel hírlevelünkre",
    "abonează-te la newsletter",
    "inscreva-se na nossa newsletter",
    NULL,
};

/* Words of a call to follow the site on social media or a messenger. */
const char *const bt_chrome_follow_calls[] = {
    /* (Sky News's call after the story: "Subscribe to the Daily podcast
     * on Apple Podcasts, Google Podcasts, Spotify, Spreaker") */
    "podcast on apple podcasts, google podcasts",
    /* (Walla's line closing the story: "להצטרפות לקבוצת הוואטסאפ של
     * וואלה! NEWS לחצו כאן", to join its WhatsApp group) */
    "להצטרפות לקבוצת הוואטסאפ",
    /* (LiveJournal's line under a post: "Понравилась запись? Добавьте ... в
     * друзья, чтобы не пропускать новые посты") */
    "чтобы не пропускать новые посты",
    /* (Baptist Press's "Get Baptist Press headlines and breaking news on
     * Twitter") */
    "headlines and breaking news on twitter",
    /* (SIDEARM's line closing a game story: "For complete coverage of
     * Chattanooga women's soccer, follow the Mocs on Twitter") */
    "for complete coverage of",
    /* (Navbharat Times's and Prothom Alo's calls to like their Facebook
     * pages, in Hindi and Bengali) */
    "फेसबुक पेज को लाइक करें",
    "ফেসবুক পেজে লাইক দিন",
    /* (Valnet's card under the story: "Follow Starfall to get updates
     * when new articles are published.") */
    "to get updates when new articles are published",
    /* (Milenio's call to its WhatsApp channel) */
    "únete al canal de",
    /* (Reach's papers under the story: "Follow Birmingham Live on Facebook
     * and X for the latest news") */
    "and x for the latest news",
    "and twitter for the latest news",
    /* (the Hindustan Times's last line, Thairath's LINE account) */
    "follow more stories on",
    "ติดตามข่าวสารทันเหตุการณ์ได้ทาง",
    /* (the Correio Braziliense's: "Siga o canal do Correio no WhatsApp e
     * receba as principais notícias do dia no seu celular") */
    "receba as principais notícias do dia",
    /* (El Confidencial's link beside the byline) */
    "sigue al autor",
    /* (TGCom24's under the tags: "Segui Tgcom24 anche su" its icons) */
    "segui tgcom24 anche su",
    /* (HotNews's under its stories: "Urmăriţi HotNews.ro şi pe Facebook") */
    "urmăriţi hotnews.ro",
    "urmăriți hotnews.ro",
    /* (HVG's call to its Facebook page and newsletter) */
    "kövesse a hvg",
    "noticias más importantes del día en tu whatsapp",
    /* (ABP Live's "follow ABP News for every update", Manorama's "follow
     * our WhatsApp channel") */
    "को फॉलो करें",
    "ചാനൽ ഫോളോ ചെയ്യൂ",
    /* (Navbharat Times's "like our Facebook page") */
    "फेसबुकपेज लाइक करें",
    "फेसबुक पेज लाइक करें",
    "follow your favorites to get",
    /* (the Straits Times' last line) */
    "telegram channel and get the latest",
    "telegram channel here and get the latest",
    /* (Thai papers' LINE account, the Express Tribune's pages) */
    "ได้ที่ line official account",
    "on twitter to stay informed",
    /* (a hotline's call under an investigation: NLĐ's) */
    "vui lòng phản ánh đến đường dây nóng",
    "二维码关注",
    "trên google news",
    "di google news",
    "en google news",
    /* (the same in other languages: Digi24's "Urmărește știrile Digi24.ro
     * și pe Google News") */
    "pe google news",
    "auf google news",
    "sur google news",
    "su google news",
    "w google news",
    "no google news",
    "op google news",
    "on apple podcasts and spotify",
    "हर खबर से अपडेट",
    "हमें फॉलो करें",
    "stay updated with us",
    "puedes seguir a",
    "pratite nas i tamo",
    "follow us on",
    "关注人民网",
    /* (Turkish sites' "Google News'te takip etmek için tıklayınız", click
     * to follow, and their other "click for ..." lines) */
    "için tıklayınız",
    /* (BBC Tamil's "... pages, stay connected with us through them"; Jagran's
     * "WhatsApp चैनल फॉलो करें"; Kompas's Telegram group) */
    "மூலம் எங்களுடன் இணைந்திருங்கள்",
    "चैनल फॉलो करें",
    "mari bergabung di grup telegram",
    "google news'te takip edin",
    /* (a row of the networks, NPR's "Find more Planet Money: Facebook /
     * Instagram / TikTok") */
    "facebook / instagram",
    "follow me on",
    /* (the BBC's closing line, "Follow East of England news on Facebook,
     * Instagram and X") */
    "on facebook, instagram and x",
    "on facebook, x and instagram",
    "on facebook, x, and instagram",
    "on facebook, on x",
    "no seu telegram",
    "lo invitamos a visitar nuestra sección",
    "lee más noticias sobre",
    "lea más noticias sobre",
    "folgen sie uns",
    "folge uns auf",
    "suivez-nous",
    "síguenos en",
    "síganos en",
    "sigue toda la información de",
    "canal de telegram",
    "canal de youtube",
    "canal de whatsapp",
    "on whatsapp channel",
    "'s whatsapp channel",
    "you can now subscribe to our",
    "our telegram channel",
    /* (a site's closing line: "Catch all the Business News ... and Latest
     * News Updates on Live Mint") */
    "latest news updates on",
    "keep up with all the latest news",
    "participe do canal",
    "únete a nuestro canal",
    "whatsapp channel and get",
    "join our whatsapp",
    "on whatsapp and stay up to date",
    "for the latest news, weather, sports, and streaming video",
    "whatsapp community for",
    /* (Reach's "Get the latest headlines ... by joining our WhatsApp
     * community HERE") */
    "joining our whatsapp community",
    /* (NRC's follow-the-author box: "Volg ... en ontvang een melding bij
     * nieuwe artikelen") */
    "ontvang een melding bij nieuwe artikelen",
    "saluran whatsapp",
    /* (Corriere's closing line: "... è anche su Whatsapp. È sufficiente
     * cliccare qui per iscriversi al canale ...") */
    "è anche su whatsapp",
    "per iscriversi al canale",
    /* (Ouest-France's line after the story: "... suivre Ouest-France dans
     * l'espace Mon Actu de Google Actualités en un clic") */
    "de google actualités",
    /* (a US TV station's call to its YouTube channel) */
    "watch the latest news from",
    /* (a Vietnamese crypto site's lines under its story: "Tham gia Telegram
     * của Tạp Chí Bitcoin ...", "Theo dõi Twitter: https://...") */
    "tham gia telegram",
    /* ("Theo dõi ONE Esports Việt Nam trên Facebook để cập nhật ...") */
    "trên facebook để cập nhật",
    "theo dõi twitter:",
    "theo dõi youtube:",
    /* (Russian: "more news in our Telegram channel") */
    "в нашем телеграм-канале",
    "в нашем telegram-канале",
    /* (Malay: "follow ... on Telegram and WhatsApp", "so that you miss no
     * news"; Thai: "follow ... on LINE OA, click to add a friend") */
    "di saluran telegram",
    "di whatsapp supaya anda tidak terlepas",
    "ทาง line oa",
    "คลิกเพิ่มเพื่อน",
    "install aplikasi whatsapp",
    "simak breaking news dan berita pilihan",
    "seguici su",
    "obserwuj nas",
    "siga-nos",
    "theo dõi chúng tôi",
    "mời quý độc giả theo dõi",
    "quý vị có thể theo dõi",
    "δείτε όλεσ τισ τελευταίεσ ειδήσεισ",
    "기자 구독을 하시면",
    "mời quý độc giả xem",
    "mời độc giả xem",
    "mời bạn đọc theo dõi",
    "mời bạn đọc đón xem",
    "mời bạn đọc vào chuyên mục",
    "mời bạn đọc xem",
    "följ oss på",
    "følg os på",
    "følg oss på",
    "volg ons op",
    "seuraa meitä",
    "подписывайтесь на",
    "підписуйтесь на",
    "sledujte nás",
    "bizi takip edin",
    "ikuti kami di",
    "关注我们",
    "追蹤我們",
    "whatsapp频道",
    "whatsapp頻道",
    "telegram频道",
    "telegram頻道",
    "欢迎关注",
    "歡迎關注",
    "تابعونا على",
    "עקבו אחרינו",
    "ακολουθήστε μασ",
    "στο google news",
    "ติดตามข่าวสารล่าสุดได้ที่",
    /* (Khaosod's "ติดตามข่าวสด ผ่าน Google News คลิกที่นี่" and its LINE
     * account's "แอดไลน์ @khaosod ...") */
    "ผ่าน google news",
    "แอดไลน์ @",
    "line 官方帳號",
    "line官方帳號",
    /* (a link to the reporter's other stories, "박지훈 기자의 기사 모음") */
    "기자의 기사 모음",
    "kövessen minket",
    /* ("Ha máskor is tudni szeretne ..., lájkolja a HVG Facebook-oldalát";
     * "Sledujte Aktuálně.cz na Facebooku a Instagramu") */
    "lájkolja a",
    "na facebooku a instagramu",
    "kövess minket",
    "urmărește-ne",
    /* (Jagran's "follow on Google News" beside the byline, ThePrint's call
     * to its channels closing the story) */
    "गूगल न्यूज़ पर फॉलो करें",
    "subscribe to our channels on youtube",
    /* (Doanh Nhân Sài Gòn's call to its print weekly under the story: "Đọc
     * thêm các bài viết chuyên sâu trên ấn phẩm ...") */
    "bài viết chuyên sâu trên ấn phẩm",
    NULL,
};

/* Words of a call to get the site's own app (its news on the phone): "our"
 * app, never an app a story is about. */
const char *const bt_chrome_app_calls[] = {
    /* (AccuWeather's call under the story: "Unlock advanced ... alerts when
     * you subscribe to Premium+ on the AccuWeather app") */
    "when you subscribe to premium",
    "want next-level safety",
    /* (IOL's "Download the latest IOL App for Android and IOS now") */
    "app for android and ios",
    "app to stay updated",
    "app for breaking news alerts",
    "download our app",
    /* (US stations' calls to their streaming apps under the story:
     * TEGNA's "Download the free KARE 11+ app for Roku, Fire TV ...",
     * Scripps's "Stream live on Roku, Amazon Fire TV ...") */
    "app for roku,",
    "stream live on roku,",
    /* (Cadena SER's box after the story: "Descarga la app de la Cadena SER
     * y escucha la radio en directo ...") */
    "descarga la app de",
    "get our app",
    "our free app",
    "apps for ios and android",
    "news straight to your phone",
    "sign up for push alerts",
    "sign up to push alerts",
    "baca berita dengan sedikit iklan",
    "want to listen to full audio",
    "新闻客户端",
    /* (a story read by a machine voice, its maker's app) */
    "using ai narration",
    "listen to more stories on",
    "unsere app",
    "unserer app",
    "nuestra app",
    "nuestra aplicación",
    "notre application",
    "notre appli",
    "la nostra app",
    "naszą aplikację",
    "naszej aplikacji",
    "nosso aplicativo",
    "nosso app",
    "baixe o app",
    "baixe o aplicativo",
    "ứng dụng của chúng tôi",
    "trên điện thoại: tải ứng dụng",
    /* (CNA's calls to its FAST cards around the story) */
    "read a summary of this article on fast",
    "bite-sized news via a new cards interface",
    "click here to return to fast",
    /* (NOS's box under its stories: "Altijd op de hoogte met de NOS-app
     * ... Download de app") */
    "download de app",
    /* (Yahoo Finance's lines closing the story) */
    "download the yahoo finance app",
    "click here for the latest economic news and indicators",
    /* (Sky Sports' box among the paragraphs: "Transfer Centre LIVE!"
     * over "Follow all the latest transfer news and rumours on our
     * dedicated live blog") */
    "on our dedicated live blog",
    /* (Ming Pao's line under its app's banner: "下載明報App
     * 隨時掌握最新消息") */
    "隨時掌握最新消息",
    "随时掌握最新消息",
    /* (Mint's line closing the story: "... Download The Mint News App to
     * get Daily Market Updates.") */
    "download the mint news app",
    /* (the Liberty Times' prize box among the paragraphs: "不用抽 不用搶
     * 現在用APP看新聞 保證天天中獎", "點我下載APP", "按我看活動辦法") */
    "現在用app看新聞",
    "點我下載app",
    "按我看活動辦法",
    NULL,
};

/* Words of a call to support the site, or to write to it, under a story. */
const char *const bt_chrome_support_calls[] = {
    /* (National Review's box closing its stories, "Something to
     * Consider") */
    "if you enjoyed this article, we have a proposition for you",
    /* (news.com.au's call for readers' stories under the story; CTV's
     * pointer to its provincial page; Infonet's: "Mời độc giả gửi bài viết,
     * hình ảnh, video về địa chỉ email: ...") */
    "do you have a similar story? get in touch",
    "mời độc giả gửi bài viết",
    /* (Giáo dục Việt Nam's in 2016: "Mời các thầy cô, các em học sinh và bạn
     * đọc gửi ý kiến, bài viết về Tạp chí ... qua email:", "Bài được chọn
     * đăng sẽ được hưởng nhuận bút.") */
    "bạn đọc gửi ý kiến, bài viết về",
    "bài được chọn đăng sẽ được hưởng nhuận bút",
    "visit our dedicated provincial page",
    /* (Dnevnik's "Подкрепете независимата журналистика. Станете абонат на
     * Дневник") */
    "подкрепете независимата журналистика",
    "станете абонат на",
    /* (Premium Times's appeal: "By contributing to PREMIUM TIMES, you are
     * helping to sustain a journalism of relevance ...") */
    "helping to sustain a journalism of relevance",
    /* (a Ghost newsroom's box: "The Beacon is free because readers chip
     * in") */
    "because readers chip in",
    /* (watson's box under the story: "Unterstütze uns! Du willst nicht
     * mehr so viel Werbung? ... Jetzt per TWINT oder Kreditkarte
     * unterstützen") */
    "unterstütze uns",
    "mit deiner unterstützung sorgst du",
    "per twint oder kreditkarte unterstützen",
    /* (El Faro's appeal in its text, Medyascope's: "our readers' support is
     * needed for independent journalism to go on", "click to donate") */
    "no recibe fondos del gobierno",
    "gracias a miles de lectores que aportan",
    "okurlarımızın desteğine ihtiyacımız var",
    "bağış yapmak için tıklayın",
    /* (National World's appeal closing its stories: "Support The Yorkshire
     * Post and become a subscriber today. In return, you'll see fewer ads
     * on site...") */
    "and become a subscriber today",
    "see fewer ads on site",
    "podporte nezávislú žurnalistiku",
    /* (a free site's box asking for members: Daily Maverick's "Every
     * article, every day, is free to read"; Telex's "kept alive by its
     * readers") */
    "every article, every day, is free to read",
    "journalism behind a paywall",
    "az olvasói tartják életben",
    "journalism by becoming a member",
    "would you consider supporting",
    "you would consider supporting",
    /* (the Guardian's box after the story: "Before you move on, we hope you
     * will consider supporting ...", "please consider a regular
     * contribution") */
    "will consider supporting",
    "consider a regular contribution",
    "reader-funded, independent",
    /* (La Repubblica's box after the story) */
    "il giornalismo di qualità ha bisogno",
    /* (WIRED's offer between paragraphs; a print magazine's call to buy
     * its issue: Nhịp Cầu Đầu Tư's) */
    "subscriptions help fund the work",
    "đặt mua ấn phẩm",
    "we have no billionaire owner",
    "support our work",
    "để tác giả có động lực",
    "독자 여러분의 후원",
    "we have a small favour to ask",
    "please consider supporting us",
    "support truly independent journalism",
    "sostieni il giornalismo",
    "your support helps keep it",
    "підтримайте незалежну журналістику",
    "supporting our work",
    "support independent journalism",
    "support our independent journalism",
    /* (The Wire's box under the story: "Support Free & Independent
     * Journalism") */
    "support free & independent journalism",
    "make a contribution to independent journalism",
    /* (the alt-weeklies' box on Foundation: "Local journalism is
     * information. Information is power. ...", "Join the ... Press Club") */
    "local journalism is information. information is power",
    /* (a small newsroom's line closing the story: "<a>Chip in $5 a
     * month</a> to keep local news free for everyone in town.") */
    "to keep local news free for everyone",
    "funded by readers like you",
    "funded through donations from our readers",
    "if you enjoyed this article, i’d like to ask for your support",
    "if you enjoyed this article, i'd like to ask for your support",
    "it’s time to stand up for science",
    "it's time to stand up for science",
    "help us keep going by subscribing to our patreon",
    "jest niezależna dzięki swoim czytelnikom",
    "we've been covering russia's war against ukraine since day one",
    "we’ve been covering russia’s war against ukraine since day one",
    "funded by foundations and readers like you",
    "pay it forward and contribute to",
    "tax-deductible donation",
    "tax-deductible gift",
    "our journalism needs your support",
    "rely on readers like you",
    /* (Crux's box under its stories: "We rely on the support of readers
     * to keep holding power to account") */
    "rely on the support of readers",
    "rely on the support of our readers",
    /* (Current Affairs' appeal closing its posts) */
    "relies on readers like you",
    "please consider making a donation",
    "click here to donate",
    "keep news free for all",
    /* (a podcast's appeal: "If you enjoy the show, become a patron for $3
     * a month") */
    "become a patron",
    /* (HKFP's box under its stories: "Safeguard press freedom; keep HKFP
     * free for all readers by supporting our team") */
    "free for all readers by supporting our team",
    "already contributed? log in",
    "will you support vox",
    "by making a gift to",
    "good journalism costs",
    "journalism of integrity",
    "consider making a modest support",
    "this post is public so feel free to share",
    "we want to hear what you think",
    "letter to the editor via",
    "submit a letter to the editor",
    "unterstütze unabhängige",
    "unterstütze unser",
    "gefällt dir unser",
    "unterstützen sie uns",
    "diskutieren sie mit",
    "soutenez-nous",
    "soutenez notre",
    "apoya nuestro periodismo",
    "apoya el periodismo",
    "apoyá el periodismo",
    "sostieni il nostro",
    "aiutaci a continuare",
    "wesprzyj nas",
    "ủng hộ chúng tôi",
    /* (to give the story to someone: "Vous avez aimé cet article ?
     * Offrez-le à un proche") */
    "offrez-le à un proche",
    /* (a podcast's calls under its episode: "Always free at these links:
     * Apple Podcasts, Spotify ... or anywhere you get podcasts") */
    "hear our bonus episodes",
    "anywhere you get podcasts",
    "wherever you get your podcasts",
    "gift this article",
    /* (the Jakarta Post's box over the story) */
    "gift premium articles",
    "as a subscriber, you can gift",
    "regala este artículo",
    "artikel verschenken",
    /* (Gannett's line closing the story: "Support local journalism.
     * Subscribe to azcentral.com today.", McClatchy's link by the byline) */
    "support local journalism. subscribe to",
    "support local journalism: subscribe to",
    "support my work with a digital subscription",
    NULL,
};

/* How the button of a box asking readers for money opens ("Donate now",
 * "Support the Guardian", "Become a member"). */
const char *const bt_chrome_support_buttons[] = {
    "quiero ser miembro",
    "become a supporting member",
    "donează",
    "donate",
    "support now",
    "diventa sostenitore",
    /* (Il Fatto Quotidiano's button under its appeal) */
    "diventa anche tu sostenitore",
    "стати читачем",
    "стати членом",
    "yes, i’ll give",
    "yes, i'll give",
    "support us",
    "support the ",
    "support our",
    "contribute",
    "become a member",
    "become a supporter",
    "stand with ",
    "give now",
    "make a donation",
    "kirim apresiasi",
    "dukung",
    "jetzt spenden",
    "jetzt unterstützen",
    "spenden",
    "unterstützen",
    "unterstütze ",
    "faire un don",
    "soutenir",
    "donar",
    "apoya",
    "quiero apoyar",
    "quiero aportar",
    "aporta",
    "후원하기",
    "후원하러 가기",
    "hazte socio",
    "hazte socia",
    "dona ora",
    "sostienici",
    "wesprzyj",
    "doe agora",
    "ủng hộ",
    "abbonati",
    /* (or to subscribe) */
    "subscribe",
    "see plans",
    "view plans",
    "ver planes",
    "voir les offres",
    "je m’abonne",
    "je m'abonne",
    "s’abonner",
    "s'abonner",
    "abonnieren",
    "jetzt abonnieren",
    "suscríbete",
    "suscribite",
    "assine",
    NULL,
};

/* Words of a widget asking the reader to rate the post, or to keep to the
 * rules of its comments, or to advertise on the site. */
const char *const bt_chrome_feedback_calls[] = {
    /* (calls for tips and corrections under the story: Wyborcza's and
     * Onet's "Masz temat? Napisz do nas", "Masz zdjęcia...? Napisz do nas:", Denník N's "Ak ste
     * našli chybu, napíšte nám", Người Đưa Tin's hotline, VG's "Vet du mer? Tips VG på
     * ...") */
    "? napisz do nas",
    /* (Giáo dục Việt Nam's under the story) */
    "độc giả có thể gửi thông tin phản ánh",
    /* (Bloomberg's lines closing the story) */
    "to contact the reporter on this story",
    "to contact the reporters on this story",
    "to contact the editor responsible for this story",
    "to contact the editors responsible for this story",
    "ak ste našli chybu",
    "xin gửi về đường dây nóng",
    "vet du mer? tips",
    /* (Mediahuis's papers' "Ziet u een fout in dit artikel? Meld het ons";
     * Vietnamese papers' call for readers' news, "Mời độc giả gửi tin bài,
     * ảnh, video về email ...") */
    "ziet u een fout in dit artikel",
    "mời độc giả gửi tin bài",
    /* (Mashable's under its 2013 stories; Gawker's "Send an email to ...,
     * the author of this post, at ...") */
    "have something to add to this story? share it in the comments",
    /* (Press Gazette's line closing the story: "Email ... to point out
     * mistakes, provide story tips or send in a letter ...") */
    "to point out mistakes, provide story tips",
    /* (24ur's call for readers' pictures: "Ste bili priča dogodku?
     * Pošljite nam fotografije ali video na ...") */
    "ste bili priča dogodku",
    /* (ESPN's title over the readers' reactions under the story) */
    "how do you feel about this story",
    "the author of this post, at ",
    /* (20 Minuten's News-Scout box: "Hast du etwas gesehen? Schick uns
     * deine Fotos und Videos via WhatsApp ...") */
    "hast du etwas gesehen?",
    "schick uns deine fotos und videos",
    "zum news-scout-formular",
    /* (a Chinese paper's tip line: The Paper's "澎湃新闻报料：021-962866") */
    "新闻报料:",
    /* (Mongabay's line under the story, in English and Vietnamese) */
    "to send a message to the author of this post",
    "để gửi tin nhắn tới tác giả",
    /* (calls for tips and letters under the story: Nation Africa's, the
     * Kathmandu Post's, Scroll's, Teslarati's) */
    "do you have a story you think we should cover",
    "we regularly publish letters to the editor",
    "we welcome your comments at letters@",
    "if you have any comments, concerns, or questions, please email me",
    "send news tips to tips@",
    "mời độc giả gửi bài viết, phản ánh về địa chỉ email",
    "hãy để lại bình luận phía dưới",
    "bài viết này có hữu ích cho bạn không",
    /* (Điện máy XANH's under its how-tos: "did you manage this?") */
    "bạn có làm được hướng dẫn này không",
    /* (fact checkers' boxes under the check: AFP's "If you think we made a
     * mistake...", Full Fact's "Did we get something wrong?") */
    "if you think we made a mistake",
    "did we get something wrong",
    /* (the WTO's note under each page) */
    "problems viewing this page",
    /* (Spektrum's box under the story: "Schreiben Sie uns! Wenn Sie
     * inhaltliche Anmerkungen zu diesem Artikel haben...") */
    "schreiben sie uns",
    "inhaltliche anmerkungen zu diesem artikel",
    "imate važnu priču",
    "pošaljite nam fotografije",
    /* (Index.hr's: "Imate li dojavu, fotografiju ili video koji biste htjeli
     * podijeliti s nama?") */
    "imate li dojavu",
    /* (Pháp Luật TP.HCM's box under its legal answers) */
    "bạn đọc có thắc mắc về pháp luật",
    "để được luật sư tư vấn miễn phí",
    "write to us at",
    /* (Diễn đàn Doanh nghiệp's line after the story, Người Đưa Tin's) */
    "phản ánh xin gửi về",
    "phản hồi xin vui lòng gửi về",
    /* (a TV station's tip line under its investigation) */
    "have a story idea or tip",
    "have a story idea for",
    /* (Gray's stations: "Have a story idea? We want to hear from you.
     * Click here to submit a news tip.") */
    "have a story idea? we want to hear from you",
    /* (the Mirror's "Do you have a money story you'd like to share? Get in
     * touch ...", HLN's "Heb jij een tip voor onze redactie?") */
    "story you'd like to share? get in touch",
    "heb jij een tip voor onze redactie",
    /* (Zaobao's: "欢迎提供新闻线索：zbnews@...") */
    "欢迎提供新闻线索",
    "submit a news tip",
    /* (the Chronicle of Higher Education's under its stories) */
    "we welcome your thoughts and questions about this article",
    "help us report",
    /* (Lrytas's line under the story: "noticed a mistake or have news?") */
    "pastebėjote klaidą",
    "rate this post",
    /* (a Vietnamese site's vote under the story: "are you pleased with
     * this article?") */
    "bạn có hài lòng với bài viết này",
    /* (and a Korean one's: "if you liked this article, press like") */
    "이 기사가 마음에 들었다면",
    "wie findest du diesen artikel",
    /* (the taz's box under the story: "Fehler auf taz.de entdeckt?") */
    "fehler auf taz.de entdeckt",
    "wir freuen uns über eine mail an",
    /* (a hospital's call to book an appointment under its health article,
     * its hotline) */
    "để đặt lịch khám",
    "để đặt lịch xét nghiệm",
    "tổng đài đặt lịch khám",
    "gọi ngay hotline",
    "vui lòng bấm số hotline",
    /* (MEDLATEC's: "Để được tư vấn và đặt lịch, Quý khách vui lòng liên
     * hệ tổng đài ...") */
    "để được tư vấn và đặt lịch",
    "quý khách vui lòng liên hệ tổng đài",
    /* (a review's letters page: where to send them) */
    "send letters to",
    "for feedback, complaints, or inquiries",
    "please include name, address",
    "want to be featured in",
    /* a call for tips or letters from readers ("Do you have information
     * about ...? Contact ...", "Fragen, Kritik, Anregungen? Sie erreichen
     * uns unter ...") */
    "do you have information about",
    "sie erreichen uns unter",
    /* a call for readers' letters, under an opinion piece */
    "bạn đọc có thể gửi bài",
    "bạn đọc có thể gửi thông tin",
    "độc giả có thể gửi bài",
    "độc giả gửi bài viết tham gia",
    "bài viết sẽ được biên tập trước khi đăng",
    "mời bạn đọc chia sẻ",
    "mời bạn đọc gửi bài",
    "hãy chia sẻ ý kiến với",
    "use this form if you have come across",
    "pišite nam na",
    /* a call for readers' photos and videos of the news ("Imate
     * fotografije ili video? Pošaljite nam ih na ...") */
    "pošaljite nam ih na",
    "send your stories and photos",
    "share your pictures and videos with us",
    "get involved with the news",
    /* (the BBC's local pages: "Listen to highlights from ... on BBC Sounds,
     * ... or tell us a story you think we should be covering here.") */
    "tell us a story you think we should be covering",
    "on bbc sounds, catch up with the latest episode of",
    /* (Reuters' call to register between its paragraphs) */
    "for free unlimited access to",
    "send your story ideas to",
    /* (a newsroom's call for readers' stories, closing its box: ProPublica's
     * "... Share your story with us.") */
    "share your story with us",
    /* (Lao Động's line after a price story: "*Xem thêm tin tức liên quan
     * đến giá vàng TẠI ĐÂY.") */
    "xem thêm tin tức liên quan",
    /* (El Espectador's closing line, "... Te invitamos a verlas en El
     * Espectador.", and Prothom Alo's call to follow it on Google News) */
    "te invitamos a verlas en",
    "গুগল নিউজ চ্যানেল ফলো করুন",
    /* (a portal's board for readers' opinions, "新浪新闻意见反馈留言板": the
     * words alone may be a sentence's, "填写意见反馈表") */
    "意见反馈留言板",
    "pour réagir à cet article",
    /* a call to report a typo by selecting it ("... press Ctrl+Enter") */
    "ctrl+enter",
    "ctrl + enter",
    "rate this article",
    "be the first to rate",
    "was this article helpful",
    /* (the Seattle Times's note under a wire story) */
    "does not append comment threads",
    /* (Dagblad van het Noorden's tip line under the story) */
    "heeft u nieuws of een tip",
    /* (thethao247's "Bạn thấy bài viết thế nào?" over its Hay / Chưa hay) */
    "bạn thấy bài viết thế nào",
    "was this post helpful",
    "let us improve this post",
    "tried this recipe",
    "leave a star rating",
    "pin it for later",
    "comment policy",
    "comments have been closed",
    "comments are closed",
    "das forum zu diesem artikel ist geschlossen",
    "kommentarfunktion ist für diesen artikel geschlossen",
    "commenting has been disabled",
    "comments are moderated",
    "commentaires sont soumis à modération",
    "commentaires sont modérés",
    "comentarios están sujetos a moderación",
    "kommentare werden moderiert",
    "bình luận sẽ được kiểm duyệt",
    "right to remove comments",
    "advertise with us",
    "advertising with us",
    "bewerten sie diesen artikel",
    "war dieser artikel hilfreich",
    "questo articolo ti è stato utile",
    "werben sie bei uns",
    "notez cet article",
    "cet article vous a-t-il été utile",
    "charte des commentaires",
    "valora este artículo",
    "te ha resultado útil",
    "normas de participación",
    "anúnciate con nosotros",
    "đánh giá bài viết",
    "bài viết có hữu ích",
    "bạn cảm thấy bài viết này thế nào",
    "wie findest du diese story",
    "wie gefällt dir dieser artikel",
    /* a call for tips, under the story */
    "have a confidential tip",
    "gửi câu hỏi về email",
    /* (Đời sống & Pháp luật's under its legal advice: "Mọi thắc mắc về
     * pháp luật, độc giả vui lòng gửi về hòm thư: ...") */
    "độc giả vui lòng gửi về hòm thư",
    "gửi câu hỏi về địa chỉ",
    "do you have a tip on",
    "do you have a story to share",
    /* (Reach's papers' line under their stories) */
    "do you have a story to sell",
    "consider supporting our award-winning journalism",
    "get a weekly roundup in your inbox",
    /* (a reference site's notes on its own editing) */
    "was most recently revised and updated by",
    "our experts continually monitor",
    "this article has been viewed",
    "this story has been viewed",
    "do you like the content of this article",
    /* (a company blog's call to join it) */
    "see our open roles",
    "come build the future with us",
    "submit it here",
    "catch up on all of",
    "để bác sĩ giải đáp",
    "hãy gửi câu hỏi cho bác sĩ",
    "írjon nekünk",
    "har du tips",
    "har du et tip til",
    "have a news tip",
    "got a news tip",
    "have a tip for",
    /* (the Daily Poster's line under its stories: "Have a tip about utility
     * lobbying in your state? Contact us securely.") */
    "have a tip about",
    "contact us securely",
    /* (Vice's call for tips in its stories: "Do you work at a hotel...?
     * We'd love to hear from you. ... contact Maddie Kerr securely on
     * Signal") */
    "securely on signal",
    "have a tip? tell us",
    "got a tip? send",
    "got a tip? talk to us",
    "report a typo",
    /* (Nexstar's stations' line under their stories: "See a typo or an
     * error? Report it here.") */
    "see a typo or an error",
    /* (Tamedia's papers' box under the story: "Vous avez trouvé une
     * erreur? Merci de nous la signaler.") */
    "vous avez trouvé une erreur",
    /* (Above the Law's plea under its bonus stories: "We've got a new
     * tipline for bonus season. ... please text us (646-...)") */
    "got a new tipline",
    "please text us",
    "haben sie feedback",
    "तपाईंलाई कस्तो महसुस भयो",
    "ご意見・ご感想",
    "情報提供はこちら",
    "send us your tips",
    "send us a tip",
    "get in touch with our news team",
    /* (a paper's call for letters under an opinion piece) */
    "publishing a diversity of letters to the editor",
    "submit a response of up to",
    "do you have a story for",
    "do you have a story? contact",
    "did you find this article insightful",
    "encontrou erro? avise a gente",
    /* (calls for readers' legal questions and a paper's hotline for them:
     * VnExpress's, Lao Động's) */
    "mời độc giả gửi câu hỏi",
    "đường dây nóng tư vấn pháp luật",
    /* (a sports paper's offer of its print edition) */
    "đặt mua báo in",
    /* (L'Équipe's line beside its follow button) */
    "recevez une notification à chaque nouvel article",
    /* (Le Soir's follow box: "Recevez une alerte dès qu'un nouvel article
     * sur ce sujet est publié.") */
    "recevez une alerte dès qu",
    /* (Vinmec's note under its health articles) */
    "không thay thế cho chẩn đoán",
    /* (Yle's line under the story saying how long comments are open:
     * "Voit keskustella aiheesta 14.11. kello 23:een saakka.") */
    "voit keskustella aiheesta",
    "we pay for videos",
    "for more stories like this, check",
    "cảm xúc của bạn về bài viết",
    "how do you feel about this article",
    "what do you think of this article",
    "liên hệ quảng cáo",
    /* (ProPublica's call for readers' stories in the story's end: "Do you
     * live near the Salton Sea? We want to hear from you.") */
    "we want to hear from you",
    /* (the Wall Street Journal's question to its readers in the story's
     * box: "Which ...? Join the conversation below.") */
    "join the conversation below",
    /* (Byline Times's call for tips in the story: "Spotted something? Got a
     * story? Send a Signal message to ...") */
    "spotted something? got a story?",
    /* (Reach's papers' "Got a story? Call the ECHO newsdesk on ...") */
    "got a story? call the",
    /* (the Austin Chronicle's under the story; Index.hr's call for tips,
     * "Imate li zanimljivu priču ili fotografiju? Javite nam se na ...") */
    "got something to say on the subject",
    "imate li zanimljivu priču",
    /* (ScienceDaily's box under the story: "Need to cite this story in
     * your essay, paper, or report? Use one of the following formats:") */
    "need to cite this story in your",
    /* (Haaretz's line over its topics) */
    "click the alert icon to follow topics",
    /* (MoneySavingExpert's call to its forum: "What do you think ...? Join
     * the discussion in the Forum") */
    "join the discussion in the",
    /* (McClatchy's call for readers' questions: "Do you have a question
     * about ...? Ask the Service Journalism team at ...") */
    "ask the service journalism team",
    /* (Giáo dục Việt Nam's call for readers' articles under the story) */
    "gửi bài viết, phản ánh về địa chỉ email",
    NULL,
};

/* Words of the line a blog writes under a post ("This entry was posted in
 * News. Bookmark the permalink."), WordPress's in its translations. */
const char *const bt_chrome_post_footers[] = {
    /* (KFF Health News's box under the story: "USE OUR CONTENT" over
     * "This story can be republished for free (details).") */
    "this story can be republished for free",
    /* (Milliyet's note over its comments: "... tarafınızca gönderilen
     * yorumlar, yayım ilkelerimize uygun olarak moderasyondan
     * geçirilmektedir.") */
    "tarafınızca gönderilen yorumlar",
    /* (Funke's papers' line under the story: "Mehr Nachrichten aus Essen
     * lesen Sie hier.") */
    "mehr nachrichten aus ",
    /* (News18 Hindi's line under the story: "पढ़ें Hindi News ऑनलाइन और
     * देखें Live TV ...") */
    "पढ़ें hindi news ऑनलाइन",
    /* (G1's line over the region's videos under the story) */
    "vídeos: tudo sobre",
    "vídeos: veja tudo sobre",
    /* (Medscape's lines for citing the story and crediting its picture) */
    "cite this:",
    /* (Thế Giới Di Động's call over its button to its shop: "Nhấn vào nút
     * cam bên dưới để xem ngay các mẫu iPhone ...") */
    "nhấn vào nút cam",
    /* (Postmedia's papers' under the story: "Our website is the place for
     * the latest breaking news, exclusive scoops, longreads and provocative
     * commentary. Please bookmark nationalpost.com ...") */
    "please bookmark",
    /* (Healthline's line under the story) */
    "last medically reviewed on",
    /* (government health sites' date under the page: the CDC's "Page last
     * reviewed: ...", the NIH's "This page last reviewed on ...") */
    "page last reviewed",
    /* (Law360's under each story) */
    "for a reprint of this article, please contact",
    /* (Fanpage.it's note under the story) */
    "questo articolo è frutto del lavoro della redazione",
    "lead image:",
    /* (a magazine's note that the story was in its print issue, where to
     * find it: "Kính mời Quý độc giả tìm đọc tại đây:") */
    "kính mời quý độc giả tìm đọc",
    "mời độc giả đón đọc ấn phẩm",
    "this entry was posted",
    /* (a news site's line of when and where the page was read, for
     * citing it: "Aufgerufen am 13.05.2024 um 14:22 auf https://...") */
    /* (Ippen's pointer to its local page: "Noch mehr aktuelle Nachrichten
     * aus dem Landkreis Starnberg finden Sie auf Merkur.de/Starnberg.") */
    "noch mehr aktuelle nachrichten aus",
    "aufgerufen am",
    "abgerufen am",
    /* (a church news service's contact under its stories: UM News's "News
     * media contact: ..."; a press release's own "Media Contact:" is the
     * release's) */
    "news media contact:",
    /* (an Indian site's desk editor under the story) */
    "(edited by ",
    /* (a Chinese site's editors under the story: "(责编：...)", ifeng's
     * "[责任编辑：王嘉 PF109]", folded) */
    "(责编:",
    "责任编辑:",
    "veja mais notícias da região",
    "réutiliser ce contenu",
    /* (Science X's line for citing the story: "Citation: ... (2024, March
     * 13) retrieved 14 March 2024 from https://...") */
    ") retrieved ",
    /* (a wire's lines under a press release: where its source version is,
     * its pitch to companies, an Austrian wire's disclaimer) */
    "to view the source version of this press release",
    "want your company's news featured on",
    "ots-originaltext presseaussendung",
    /* (Indian sites' English lines under a story in another language:
     * its "Web Title:" for search engines, its "English Summary:") */
    "web title:",
    "english summary:",
    "content highlights:",
    /* (a paper's note that the story ran in its print issue: "Dieser
     * Artikel stammt aus der ZEIT Nr. 12/2024") */
    "dieser artikel stammt aus der",
    /* (an Iranian agency's line closing its story: "end of message") */
    "انتهای پیام",
    "bookmark the permalink",
    "follow any responses to this entry",
    "dieser eintrag wurde",
    "lesezeichen auf den permalink",
    "der beitrag wurde am",
    "cette entrée a été publiée",
    "esta entrada fue publicada",
    "guarda el enlace permanente",
    "questa voce è stata pubblicata",
    "ten wpis został opublikowany",
    "esta entrada foi publicada",
    "bài viết này đã được đăng",
    "bài viết thuộc chuyên mục",
    /* the post's short address offered to copy ("رابط مختصر: https://...") */
    "رابط مختصر:",
    "short link:",
    "shortlink:",
    /* a paper's note of the story's print edition (those opening with
     * it are print notes) */
    "print edition as",
    /* (a weekly's box of the issue: "From the March 16th 2024 edition") */
    "more in the list of contents",
    /* (Daily Maverick's "Visit Daily Maverick's home page for more news,
     * analysis and investigations.") */
    "home page for more news, analysis",
    /* (Gazeta.pl's: "Więcej aktualnych informacji z kraju i ze świata
     * znajdziesz na stronie głównej Gazeta.pl") */
    "znajdziesz na stronie głównej",
    /* (the Hindustan Times' cricket promo: "Catch every big hit, every
     * wicket with Crick-it, a one stop destination for Live Scores, ...") */
    "a one stop destination for live scores",
    "this article was first published on",
    /* (Folha's under a column: "LINK PRESENTE: Gostou deste texto? Assinante
     * pode liberar sete acessos gratuitos...") */
    "gostou deste texto? assinante pode liberar",
    /* (Excélsior's: "Visita nuestra sección de noticias de ...") */
    "visita nuestra sección de noticias",
    /* (Corriere's link in its writer's box) */
    "leggi tutti gli articoli",
    /* (McClatchy's stamp closing a story: "This story was originally
     * published January 18, 2024, 5:00 AM.") */
    "this story was originally published",
    /* (Tribune Publishing's line under the story, "Originally
     * Published: March 3, 2025 at 5:00 AM CST") */
    "originally published:",
    "provided by the conversation",
    "is a national newsroom that produces",
    "is a public interest journalism venture",
    "financial supporters play no role in",
    "wurde automatisch von der deutschen presse-agentur",
    "ist automatisch von der deutschen presse-agentur",
    "copyright: project syndicate",
    "article paru dans l'édition du",
    /* (Rossiyskaya Gazeta's issue: "Федеральный выпуск: №259(9818)") */
    "федеральный выпуск:",
    /* (the Indian Express's line under the story: "First published on:
     * 08-02-2025 at 07:14 IST") */
    "first published on:",
    NULL,
};

/* A note of the story's print edition, opening its line: it may close the
 * last section of the text, whose paragraphs stay. */
const char *const bt_chrome_print_notes[] = {
    /* (the WirtschaftsWoche's note on a story shown again: "Dieser Artikel
     * erschien erstmals im März 2024 ..."; the Mainichi's edition line,
     * "毎日新聞 2025/6/18 東京朝刊") */
    "dieser artikel erschien erstmals",
    "毎日新聞 ",
    "a version of this article appears in print",
    "this article appeared in print",
    "this article appears in the",
    "this article appeared in the",
    "this story appears in the",
    "this story appeared in the",
    /* (the Spectator's "This article is taken from the 8 March 2025 issue") */
    "this article is taken from the",
    /* (McClatchy's 2007 "Story appeared in MAIN NEWS section, Page A1") */
    "story appeared in ",
    NULL,
};

/* Words of a site's footer naming the software it runs on. */
const char *const bt_chrome_site_footers[] = {
    "powered by wordpress",
    "get current updates on",
    "get latest updates on",
    "track latest news live on",
    "proudly powered by",
    "powered by blogger",
    "powered by typepad",
    "powered by tumblr",
    "powered by drupal",
    "powered by joomla",
    "powered by ghost",
    "betrieben mit wordpress",
    "stolz präsentiert von wordpress",
    "propulsé par wordpress",
    "fièrement propulsé par",
    "funciona con wordpress",
    "con tecnología de blogger",
    "orgullosamente impulsado por",
    "realizzato con wordpress",
    "creato con wordpress",
    "dumnie wspierane przez",
    "tecnologia do blogger",
    "orgulhosamente mantido com",
    "được vận hành bởi wordpress",
    NULL,
};

/* Words of a notice that the links earn the site money (affiliate links,
 * a commission, "reader-supported"): the site's disclosure, not the story. */
const char *const bt_chrome_disclosures[] = {
    /* (AP's note of who funds a beat, under the story: "The Associated
     * Press receives support from ... The AP is solely responsible for all
     * content.") */
    "solely responsible for all content",
    /* (the Trust Project's badge: "Conforme a los criterios de The Trust
     * Project", "... sigue los principios de la Fundación Trust Project") */
    "trust project",
    "über unsere links kaufen",
    "erhalten wir möglicherweise eine provision",
    /* (Dotdash Meredith's note on its sources, The Weather Company's on
     * its mission, Grist's on republishing) */
    "uses only high-quality sources",
    "requires writers to use primary sources",
    /* (NerdWallet's over its story) */
    "from our partners who compensate us",
    "primary journalistic mission is",
    "to be shared as widely as possible",
    /* (GameSpot's line over its stories) */
    "may get a commission from retail offers",
    /* (9to5's and Electrek's FTC line) */
    "we use income earning auto affiliate links",
    /* (FOCUS's note on its affiliate links) */
    "von denen wir eine provision erhalten",
    /* (a summary a machine wrote, with its warning) */
    "has strict sourcing guidelines",
    /* (a review site's note on how it tests: ZDNET's) */
    "recommendations are based on many hours of testing",
    "mit hilfe von ki erstellt",
    "tóm tắt bằng ai",
    "contains affiliate links",
    "we independently test",
    "we independently review",
    "contain affiliate links",
    "includes affiliate links",
    "are affiliate links",
    "uses affiliate links",
    "affiliate commission",
    "affiliate marketer",
    "earn a commission",
    "earns a commission",
    /* (Phys.org's note that its editors checked the story) */
    "editorial process and policies",
    "we receive a commission",
    /* (Static Media's line over Tasting Table's rankings) */
    "may receive a commission",
    "earn a small commission",
    "may earn commission",
    "we may get a commission",
    "participate in affiliate programs",
    "may earn us a commission",
    "participates in affiliate link",
    "earn from qualifying purchases",
    "may receive compensation",
    "reader-supported",
    "independently selected",
    "chosen independently",
    "independently chosen",
    "at no additional cost to you",
    "at no extra cost to you",
    "kleine provision",
    "sind affiliate-links",
    "sogenannte affiliate-links",
    "mit affiliate-links versehen",
    "gekennzeichneten links",
    "eine provision erhält",
    /* (CHIP's "Bei einem Kauf über Links im Artikel erhält CHIP ggf. eine
     * Provision") */
    "ggf. eine provision",
    "unabhängig von der redaktion ausgewählt",
    "provision vom händler",
    /* (Golem's "Golem.de erhält bei Käufen über diesen Link eine Provision") */
    "über diesen link eine provision",
    "dieser beitrag enthält werbung",
    "liens d'affiliation",
    "liens affiliés",
    "liens sponsorisés",
    "percevoir une commission",
    "enlaces de afiliado",
    "enlaces afiliados",
    "recibir una comisión",
    "link di affiliazione",
    "link affiliati",
    "ricevere una commissione",
    "links de afiliado",
    "receber uma comissão",
    "linki afiliacyjne",
    "linki partnerskie",
    "tiếp thị liên kết",
    /* (Dotdash Meredith's note on its sources under the story: "Daily Paws
     * is committed to using high-quality, reputable sources ...") */
    "is committed to using high-quality, reputable sources",
    NULL,
};

/* Words of the line that says a machine wrote the summary beside it. */
const char *const bt_chrome_machine_summaries[] = {
    "ai generated summarization",
    "ai-generated summary",
    "summary is ai-generated",
    "summary was generated by ai",
    "summary was created with ai",
    "ai-assisted summary",
    NULL,
};

/* Words of a disclaimer under a post: the opinions are the writer's own,
 * the text is no advice (medical, financial).  Whole clauses: a story may
 * quote someone saying a statement did not reflect their views. */
const char *const bt_chrome_disclaimers[] = {
    /* (Forbes's under its contributors' bylines) */
    "opinions expressed by forbes contributors are their own",
    /* (the Seattle Times' note under the stories of its desks sponsors
     * fund: "The Seattle Times keeps editorial control over Traffic Lab
     * content") */
    "keeps editorial control over",
    "retains editorial control over",
    /* (and its box opening the story: "Traffic Lab is a Seattle Times
     * project ... It's funded with the help of community sponsors.") */
    "funded with the help of community sponsors",
    /* (BFM's regional sites' line under a story they carry) */
    "article original publié sur",
    /* (Indian papers' note on a wire story: NDTV's "(Except for the
     * headline, this story has not been edited by NDTV staff and is
     * published from a syndicated feed.)", Business Standard's "... is
     * auto-generated from a syndicated feed.") */
    "published from a syndicated feed",
    "auto-generated from a syndicated feed",
    /* (Japanese municipalities' note under a page's PDF links, that the
     * reader needs Adobe's) */
    "adobe acrobat readerが必要です",
    "adobe readerが必要です",
    /* (a Chinese paper's under its comments: "网友评论不代表本网站立场") */
    "不代表本网站立场",
    "本网站保留修改",
    /* (Newsquest's papers' under each story: "This website and associated
     * newspapers adhere to the Independent Press Standards Organisation's
     * Editors' Code of Practice.") */
    "adhere to the independent press standards organisation",
    /* (a health magazine's: "Dieser Artikel enthält nur allgemeine
     * Hinweise und darf nicht zur Selbstdiagnose oder -behandlung verwendet
     * werden") */
    "darf nicht zur selbstdiagnose",
    /* (SME's under its readers' blogs: "Blogy na SME.sk nie sú redakčne
     * upravované a nevyjadrujú postoj redakcie SME.") */
    "nie sú redakčne upravované",
    /* (Newsweek's note over its machine translations) */
    "newsweek ai is in beta",
    /* (US counties' notice under their releases: "Fairfax County is
     * committed to nondiscrimination on the basis of disability ...") */
    "committed to nondiscrimination on the basis of disability",
    /* (Vietnamese markets sites' under each story: "Nhà đầu tư cần cân
     * nhắc trước khi ra quyết định đầu tư") */
    "cần cân nhắc trước khi ra quyết định đầu tư",
    /* (ABP Live's: "ABPLive.com does not confirm any of this information") */
    "किसी भी तरह की जानकारी की पुष्टि नहीं करता",
    /* a newswire's terms of republishing, under each of its stories */
    "republished articles must include",
    /* (and a nonprofit newsroom's, States Newsroom's) */
    "may be republished online or in print under creative commons",
    "republishing guidelines for use of any other photos",
    /* (Canary Media's box under the story) */
    "can be republished for free under a creative commons",
    /* (a paper's note over its readers' comments: the Inquirer's) */
    "do not necessarily represent or reflect the views of management",
    /* (a think tank's note under each publication: Brookings's) */
    "represents the sole views of its author",
    /* (a law firm's note under its alerts) */
    "for the general education and knowledge of our readers",
    "does not constitute, an attorney-client relationship",
    /* (a partner's note that the agency's story is published unedited: AFP's
     * on TV5MONDE, PTI's on ThePrint; AP's note on who funds its climate
     * coverage, and on its standards) */
    "cette dépêche provient du fil",
    "this report is auto-generated from",
    "coverage receives financial support from",
    "standards for working with philanthropies",
    "are not responsible for the accuracy of news releases",
    "reflects the personal opinions",
    "reflect the personal opinions",
    "do not necessarily reflect the views",
    /* (a guest post's note: Bitcoin Magazine's, "Opinions expressed are
     * entirely their own") */
    "opinions expressed are entirely their own",
    "opinions expressed are their own",
    "do not necessarily represent the views",
    "columnists are their own",
    /* (under opinion pieces: Al Jazeera's, Bloomberg Opinion's) */
    "views expressed in this article are the author",
    "column reflects the personal views of the author",
    /* (Forbes' line under a contributor's byline) */
    "contributors publish independent expert analyses",
    "are their own and not those of",
    "comments do not represent the views",
    "si pridržuje pravico do brisanja komentarjev",
    "za komentarje pod članki veljajo",
    "los comentarios no representan",
    "does not necessarily reflect the views",
    "not intended to replace the advice",
    "chỉ mang tính tham khảo, không thay thế",
    "là phần giải đáp, tư vấn của chúng tôi",
    "chỉ mang tính chất tham khảo, không thay thế",
    /* (Vinmec's note on where its readers are) */
    "bài viết này được viết cho người đọc tại",
    "not intended as medical advice",
    "for informational purposes only",
    "does not constitute investment advice",
    /* (crypto sites' notes: Cointelegraph's on its advice and its editorial
     * policy, The Block's on its investors) */
    "should not be taken as legal or investment advice",
    "readers are encouraged to verify information independently",
    "here are our current financial disclosures",
    "does not constitute financial advice",
    "past performance is not indicative",
    "keine anlageberatung",
    "risikohinweis:",
    /* (a markets site's risk notice and its note on its quotes: Investing.com's) */
    "involves high risks",
    "is not necessarily real-time nor accurate",
    /* (a stock analyst's note on the author's holdings: Morningstar's) */
    "do not own shares in any securities",
    "spiegelt nicht zwangsläufig die meinung",
    "spiegelt nicht unbedingt die meinung",
    "ersetzt keine ärztliche beratung",
    "angaben ohne gewähr",
    "n'engage que son auteur",
    "n'engagent que leur auteur",
    "ne reflète pas nécessairement",
    "ne reflètent pas nécessairement",
    "ne constitue pas un conseil en investissement",
    "no refleja necesariamente",
    "no reflejan necesariamente",
    "no constituye asesoramiento",
    "es responsabilidad exclusiva de su autor",
    "non riflette necessariamente",
    "non costituisce consulenza",
    "não reflete necessariamente",
    "não constitui recomendação de investimento",
    "nie stanowi porady inwestycyjnej",
    "nie odzwierciedla stanowiska redakcji",
    "thể hiện quan điểm riêng của tác giả",
    /* (VnExpress's opinion pages: "the author's own view") */
    "góc nhìn cá nhân của tác giả",
    "văn phong và quan điểm riêng của tác giả",
    "không nhất thiết phản ánh quan điểm",
    /* (and a Chinese portal's: the post is its writer's, "not the views of
     * the site") */
    "仅代表作者本人观点",
    "仅代表作者观点",
    "不代表本站观点",
    "不代表本站立场",
    "不代表本网立场",
    /* (Sina's note under a story it carries from a partner) */
    "并不意味着赞同其观点",
    /* (Terra's, under its partners' stories) */
    "não se responsabiliza pelo conteúdo",
    /* (an agency's and a paper's rights under the story: EFE's, Thể thao &
     * Văn hóa's) */
    "está expresamente prohibida la redistribución",
    /* (La Voz de Galicia's under the story) */
    "queda prohibida la reproducción total o parcial",
    "mọi hình thức sao chép phải ghi rõ nguồn",
    /* (Báo Đất Việt's under its stories) */
    "muốn trích dẫn lại nội dung của bài viết này",
    "本内容来自腾讯平台创作者",
    "không phải là lời khuyên đầu tư",
    "không phải lời khuyên đầu tư",
    "bài viết chỉ mang tính chất tham khảo",
    /* (health sites' notes: Hello Bacsi's, Long Châu's) */
    "không đưa ra lời khuyên, chẩn đoán hay phương pháp điều trị",
    "chỉ có tính chất tham khảo, không thay thế cho việc chẩn đoán",
    /* (Báo Mới's note under what it aggregates) */
    "bài viết được tổng hợp tự động",
    "thông tin chỉ mang tính chất tham khảo",
    /* (an investment story's: no offer to buy or sell) */
    "không phải lời mời mua",
    "không phải là lời mời mua",
    "is not an offer to buy or sell",
    "does not constitute an offer to buy or sell",
    /* (a transcript's: "This text may not be in its final form") */
    "may not be in its final form",
    /* (an agency's note on what its site shows of its wire) */
    "contains only a portion of the news stories",
    "özetlenerek yayımlanmaktadır",
    /* (the NFL's clubs' note over an older story moved to a new site) */
    "has been reproduced in a new format and may be missing content",
    NULL,
};

/* Words of a banner asking to accept the site's cookies. */
const char *const bt_chrome_cookie_notices[] = {
    /* (the box an embed's script would fill, the reader's consent lacking) */
    "vous n'avez pas accepté les cookies",
    "vous n’avez pas accepté les cookies",
    "you have not accepted cookies",
    "please enable targeting cookies",
    "empfohlener redaktioneller inhalt",
    "empfohlener externer inhalt",
    /* (RND's box for a Datawrapper chart: "An dieser Stelle finden Sie
     * einen externen Inhalt von Datawrapper") */
    "an dieser stelle finden sie einen externen inhalt",
    "mit ihrer zustimmung wird hier ein externe",
    /* (t-online's: "Wir benötigen Ihre Zustimmung, um den von unserer
     * Redaktion eingebundenen X Inhalt anzuzeigen") */
    "wir benötigen ihre zustimmung, um den",
    "dass mir externe inhalte angezeigt werden",
    /* (Welt's box over its podcasts' player) */
    "um eingebettete inhalte anzuzeigen",
    "by showing the external content you accept",
    "this content is hosted by a third party",
    "über ihre cookie-einstellungen blockiert",
    "externen inhalt anzeigen",
    "we use cookies",
    "this site uses cookies",
    "this website uses cookies",
    "accept all cookies",
    "by clicking “accept”",
    "by clicking \"accept\"",
    "wir verwenden cookies",
    "diese website verwendet cookies",
    "cookies zulassen",
    "alle cookies akzeptieren",
    "nous utilisons des cookies",
    "ce site utilise des cookies",
    "utilizamos cookies",
    "este sitio web utiliza cookies",
    "utilizziamo i cookie",
    "questo sito utilizza i cookie",
    "używamy plików cookie",
    "chúng tôi sử dụng cookie",
    "trang web này sử dụng cookie",
    "vi använder cookies",
    "vi bruger cookies",
    "vi bruker informasjonskapsler",
    "wij gebruiken cookies",
    "we gebruiken cookies",
    "käytämme evästeitä",
    "мы используем файлы cookie",
    "používáme soubory cookie",
    "çerezler kullanıyoruz",
    "kami menggunakan cookie",
    "cookie-kat használ",
    "folosim cookie-uri",
    NULL,
};

/* Words of a rights notice ("© 2012 The Agency. All rights reserved."). */
const char *const bt_chrome_rights[] = {
    /* (New Scientist's notice under the story: "If you would like to
     * reuse any content ... please contact the syndication department
     * first for permission.") */
    "contact the syndication department",
    /* (Suite101's notice under each article: "... Permission to republish
     * ... must be granted by the author in writing.") */
    "must be granted by the author in writing",
    "griežtai draudžiama",
    "dilarang keras mengambil konten",
    "請勿複製轉貼",
    /* (Vietnamese provincial papers' footer: "Ghi rõ nguồn ... khi phát
     * hành lại thông tin từ website này") */
    "khi phát hành lại thông tin từ website này",
    /* (Delfi's ban on reuse under each story) */
    "aizliegts jebkādā veidā izmantot",
    "不得轉載",
    "不得转载",
    "禁止转载",
    "禁止轉載",
    "禁止进行转载",
    "© dpa-infocom",
    "this document is subject to copyright",
    "all rights reserved",
    /* (Armenpress's: a link is due where its texts are used; MIA's: they
     * are protected by copyright) */
    "հղումը պարտադիր է",
    "се заштитени со авторско право",
    "alle rechte vorbehalten",
    /* (Ippen's credit, under the story, of the picture that lists it in its
     * section: Merkur's, tz's, fr.de's "Rubriklistenbild: © ...") */
    "rubriklistenbild:",
    "tous droits réservés",
    "draudžiama naudoti",
    "todos los derechos reservados",
    "tutti i diritti riservati",
    "riproduzione riservata",
    "wszelkie prawa zastrzeżone",
    "todos os direitos reservados",
    "bảo lưu mọi quyền",
    "không sao chép dưới mọi hình thức",
    /* (the Straits Times'; Montsame's call to cite it) */
    "permission required for reproduction",
    "эх сурвалжийг заавал дурдана уу",
    /* (TTXVN's, under its stories on VietnamPlus) */
    "cần được sự đồng ý bằng văn bản",
    "phải có sự đồng ý bằng văn bản",
    "nghiêm cấm sao chép",
    "to the extent possible under law",
    "licensed under a creative commons",
    "distributed under the terms of the creative commons",
    "alla rättigheter förbehållna",
    "alle rettigheder forbeholdes",
    "alle rettigheter forbeholdt",
    "alle rechten voorbehouden",
    "kaikki oikeudet pidätetään",
    "все права защищены",
    "всі права захищені",
    "при цитуванні і використанні будь-яких матеріалів",
    "при использовании любых материалов",
    "kirjaliku loata keelatud",
    "všechna práva vyhrazena",
    "všetky práva vyhradené",
    "sva prava pridržana",
    "всички права запазени",
    "sva prava zadržana",
    "tüm hakları saklıdır",
    "hak cipta dilindungi",
    "無断転載を禁じます",
    "無断転載禁止",
    "無断転載を禁止します",
    "版权所有",
    "版權所有",
    "무단 전재",
    "무단전재",
    "무단 전재 및 재배포 금지",
    "재배포 금지",
    "재배포금지",
    "جميع الحقوق محفوظة",
    "כל הזכויות שמורות",
    "minden jog fenntartva",
    "toate drepturile rezervate",
    NULL,
};

/* The same, said only by a short notice ("Bản quyền thuộc về Báo X"): an
 * article's sentence may say it too. */
const char *const bt_chrome_short_rights[] = {"bản quyền thuộc", "thuộc bản quyền của", NULL};

/* Words of a line giving the time a post takes to read ("6 min read",
 * "Lesezeit: 3 Minuten"), said anywhere in it. */
const char *const bt_chrome_reading_times[] = {
    "min read",
    "mins read",
    "minute read",
    "reading time",
    "read time",
    "lesezeit",
    "lesedauer",
    "temps de lecture",
    "lecture ",
    "min de lecture",
    "tiempo de lectura",
    "min de lectura",
    "minutos de lectura",
    "lectura de",
    "tempo di lettura",
    "tempo de leitura",
    "czas czytania",
    "čas branja",
    "vrijeme čitanja",
    "vreme čitanja",
    "čas čítania",
    "skaitymo laikas",
    "lasīšanas laiks",
    "lugemisaeg",
    "phút đọc",
    "thời gian đọc",
    "min de leitura",
    "min di lettura",
    "minuti di lettura",
    "przeczytasz w",
    "min läsning",
    "minuters läsning",
    "lästid",
    "læsetid",
    "lesetid",
    "leestijd",
    "lukuaika",
    "время чтения",
    "мин чтения",
    "минут чтения",
    "час читання",
    "хв читання",
    "doba čtení",
    "min čtení",
    "okuma süresi",
    "dk okuma",
    "dakikalık okuma",
    "menit baca",
    "waktu baca",
    "分で読めます",
    "阅读时间",
    "分钟阅读",
    "閱讀時間",
    "분 읽기",
    "دقائق للقراءة",
    "דקות קריאה",
    "λεπτά ανάγνωσησ",
    "olvasási idő",
    "perc olvasás",
    "timp de citire",
    "min citire",
    NULL,
};

/* What follows an author's name in a sentence saying who they are
 * ("Daniel Roe is a staff writer at ..."), in English, and in other
 * languages: a French paper signs a tribune with its author's credentials
 * ("Claire Vasseur est urbaniste..."), which are the article's. */
const char *const bt_chrome_bio_verbs_en[] = {" is a ", " is an ", " is the ", NULL};
const char *const bt_chrome_bio_verbs[] = {" ist ", " est ", " es ", " è ", " là ", " é ", NULL};

/* The reporter's trade a bio under a line of their name opens with
 * ("Periodista de la sección Ciudad. Cubre transporte...", Diario Libre's
 * card without a link). */
const char *const bt_chrome_reporter_trades[] = {
    "Periodista ",   "Journalist ",  "Journaliste ",  "Reporter ",      "Reporterin ",
    "Redakteur ",    "Redakteurin ", "Giornalista ",  "Jornalista ",    "Correspondent ",
    "Corresponsal ", "Phóng viên ",  "Staff writer ", "Senior writer ", NULL};

/* The labels of a counter of a post's views, before or after its number
 * ("Lượt xem: 2.103", "1.2k views"), or of its length ("3,900 words"). */
const char *const bt_chrome_view_counts[] = {
    "lượt xem",
    "lượt đọc",
    "lượt thích",
    "likes",
    /* (a count of comments in a row of counters: "1,2K lượt thích · 86
     * bình luận · 4,3K lượt xem") */
    "bình luận",
    "comments",
    "kommentare",
    "commentaires",
    "comentarios",
    "chia sẻ",
    "shares",
    "votes",
    "votos",
    "views",
    "aufrufe",
    "vues",
    /* (the EBRA papers' "Vu 2 413 fois") */
    "vu",
    "visitas",
    "visualizzazioni",
    "visualizações",
    "wyświetleń",
    "wyświetlenia",
    "просмотров",
    "просмотры",
    "переглядів",
    "weergaven",
    "visningar",
    /* (Hungarian: "Olvasva: 3 841", read so many times) */
    "olvasva",
    "megtekintés",
    "görüntülenme",
    "dilihat",
    "閲覧数",
    "阅读",
    "浏览",
    "閱讀",
    "조회수",
    "words",
    "wörter",
    "mots",
    "palabras",
    "parole",
    NULL,
};

/* Words a player's button or box says to read the story aloud, anywhere
 * in it ("Artikel anhören", "Nghe nhanh"). */
const char *const bt_chrome_listen_words[] = {
    "listen",
    "hlusta",
    "anhören",
    "écouter",
    /* (matched anywhere: "escuchar", and Prensa Libre's "Escucha esta
     * noticia") */
    "escucha",
    "ascolta",
    "ouvir",
    "ouça",
    "nghe",
    "luister",
    "lyssna",
    "lytt",
    "słuchaj",
    "dengar",
    /* (Khmer, as RFA's two spellings write it) */
    "ស្ដាប់",
    "ស្តាប់",
    NULL,
};

/* What the link closing another story's excerpt says, to the whole of it
 * (a card's "Read more" may close the article's own teaser too). */
const char *const bt_chrome_full_story_links[] = {
    "read full story",
    "read the full story",
    "read full article",
    "read the full article",
    "पढ़ें पूरी खबर",
    "पूरी खबर पढ़ें",
    "đọc toàn bộ bài viết",
    "lire l'article complet",
    "lire l’article complet",
    NULL,
};
