// Held-out round 126: blog posts on personal and company blogs
// (tests/fixtures/heldout126/): a Substack newsletter post, a member-only
// Medium story, a German Hugo blog on the PaperMod theme, a Portuguese Jekyll
// blog on Minima, a Spanish WordPress blog on Twenty Twenty-Four, an
// Indonesian Blogger blog on the Simple template and a French company
// engineering blog on a custom Next.js site. Each page was written by hand in
// its platform's own server-rendered markup (head metadata, Open Graph, the
// JSON-LD or microdata the platform prints or leaves out, skip links,
// headers with menus and search, sign-in and subscribe buttons, the post's
// title, subtitle, byline and date, the post with its subheadings, lists,
// quotes, tables, code and footnotes, in-post subscribe and share buttons,
// share and reaction bars, tags and labels, prev/next links, author boxes,
// related and recommended posts, comments and reply forms, sidebars, hiring
// and newsletter boxes, cookie banners, footers, scripts), with invented
// people, businesses and text, and its row set down from the page text
// alone, before lede ran on it, by this round's policy: the post's own
// headline as the title (without the blog's name that the <title> adds),
// the names the byline gives as the authors, the day the post shows as
// the publication date, the type "article"; kept: the post's prose, its
// subheadings, list items, block quotes, code lines, table cells and
// footnotes; dropped: subscribe, share, like, clap and comment controls and
// the prompts around them, reader comments and their counts, reply forms,
// author bio boxes and their lines, related, "more from" and recommended
// posts, tag and label lists, prev/next links, tables of contents, hiring
// banners, newsletter boxes, sidebars, headers, menus, breadcrumbs, footers
// and cookie banners. Captions, subtitles and excerpts under the headline,
// byline and stamp lines themselves, reading times and code-block language
// labels and copy buttons are not asserted either way.
//
// Pages: a Substack post in English (pencraft classes, the NewsArticle
// JSON-LD with the writer's description, the navbar with the publication's
// name, search, "Subscribe" and "Sign in", the Home, Notes, Archive and
// About tabs, h1.post-title and h3.subtitle, the byline and "Mar 04, 2025",
// the post-ufi bar with like, comment, restack and "Share" counts, the
// body.markup with a captioned image, h2 header-anchor-post headings, three
// footnote-anchor links in the prose and the FootnoteToDOM list at the end
// of the body, a SubscribeWidgetToDOM box "Thanks for reading Main Street
// Ledger! Subscribe for free ..." with its form between two sections, three
// ButtonCreateButton paragraphs "Share", "Share Main Street Ledger" and
// "Leave a comment" inside the body, a second ufi bar, "Ready for more?"
// with a form, "Discussion about this post" with Comments and Restacks tabs,
// two comments with Like, Reply and Share and "29 more comments...", the
// footer's copyright, Privacy, Terms, "Collection notice", "Start writing",
// "Get the app" and slogan, a hidden "Discover more from" subscribe modal,
// the _preloads script); a member-only Medium story in English (atomic
// class names, the NewsArticle JSON-LD with isAccessibleForFree false, "Open
// in app", "Sign up", "Sign in", the search box and Write link, a starred
// "Member-only story" label over the pw-post-title H1, the
// pw-subtitle-paragraph H2, the byline with the authorName link, "Follow",
// storyReadTime and storyPublishDate, a clap count, responses count,
// Listen and Share buttons, the story's paragraph-image with a caption,
// pw-post-body-paragraph paragraphs, h2 headings, an ordered list, a
// blockquote, a bold one-line paragraph, tag pills, a footer clap bar,
// "Written by Tessa Marlow" with followers, bio and Follow, "Responses
// (47)" with "What are your thoughts?", "More from Tessa Marlow" with two
// cards (title, subtitle, date, counts), "Recommended from Medium" with two
// cards, "See more recommendations", the Help ... "Text to speech" footer
// and the __APOLLO_STATE__ script); a Hugo PaperMod post in German (the
// BreadcrumbList and BlogPosting JSON-LD, the logo and theme toggle, the
// menu Archiv, Suche, Schlagwörter, "Über mich", the breadcrumbs
// "Startseite » Beiträge", h1.post-title, post-description, the post-meta
// line with date, "6 Min.", the author and a "Bearbeiten" link, the open
// toc details "Inhaltsverzeichnis" repeating the headings, post-content
// with h2 headings carrying hidden "#" anchors, a list, a chroma-highlighted
// bash block of span.line rows, a plain pre of a systemd timer unit, inline
// code and a blockquote, the post-footer's tag list, the paginav "«
// Vorherige Seite" and "Nächste Seite »" with post titles, icon-only share
// buttons, a "Kommentare" box holding the giscus script and a noscript
// line, the footer with Impressum, Datenschutz and "Powered by Hugo &
// PaperMod", the top link and the copy-button script); a Jekyll Minima post
// in Portuguese (the Jekyll SEO tag's metadata and BlogPosting JSON-LD, a
// gtag script, the site-header with the site title and the checkbox menu
// Sobre, Projetos, Arquivo, the h-entry with p-name H1, the post-meta time
// "19/01/2025" and p-author, e-content with h2 headings, a blockquote, a
// kramdown table with right-aligned cells and a bold total row, a custom
// post-nav "← Post anterior: ..." and "Próximo post: ... →", the
// disqus_thread with its script and noscript link, and the h-card footer
// with the site title, name, e-mail, social usernames and site
// description); a WordPress Twenty Twenty-Four post in Spanish (a Yoast
// graph, a CookieYes box "Valoramos tu privacidad" with three buttons, the
// header template part with site logo, site title and the responsive
// navigation with open and close buttons, the post-title H1 and featured
// image, the constrained entry-content with h2 wp-block-heading headings
// and a wp-block-list, the post-meta group below the content with date,
// "por" author, "en" category and tag pills, an author box "Sobre la
// autora" with avatar, name and biography, the post navigation with prev
// and next titles, "Entradas relacionadas" as a query loop of two posts
// with dates, the comments block "Comentarios", "3 respuestas a «...»",
// a threaded comment template with author names, dates, content and
// "Responder" links, an author's reply, the comment form "Deja una
// respuesta" with its notes, labels and cookies-consent checkbox, and the
// footer with site title, tagline, two link columns and "Diseñado con
// WordPress"); a Blogger post on the Simple template in Indonesian (the
// blogger generator meta, skin CSS, the navbar iframe script, the Header
// widget's H1 blog title and description, a PageList tab bar, the
// date-header "Sabtu, 08 Februari 2025", the hentry with schema.org
// BlogPosting itemprops and the post title in h3.post-title, a post-body of
// divs with <br> spacers, an image separator, h3 subheadings, bold labels,
// ingredient lists and a numbered method, the post-footer with "Diposting
// oleh" and the author's itemprop name, the timestamp abbr, the edit icon,
// the share buttons "Kirimkan Ini lewat Email", "BlogThis!", "Berbagi ke
// X", "Berbagi ke Facebook", "Bagikan ke Pinterest", the labels line, the
// threaded comments "4 komentar:" with a reply thread, "Balas" and "Hapus"
// actions, "Tambahkan komentar" and "Muat yang lain...", the comment-form
// iframe, the blog-pager "Posting Lebih Baru", "Posting Lama" and
// "Beranda", "Langganan: Posting Komentar (Atom)", a right sidebar with the
// Profile widget "Mengenai Saya", Postingan Populer, Label and Arsip Blog,
// the Attribution "Tema Sederhana. Diberdayakan oleh Blogger." and
// "Laporkan Penyalahgunaan" and the _WidgetManager script); a company
// engineering blog post on a Next.js site in French (CSS-module class
// names, a BlogPosting JSON-LD with two authors, a skip link "Aller au
// contenu", a HiringBanner region "On recrute" with "Voir les offres" and a
// close button above the header, the header with logo, main menu, "Se
// connecter" and "Demander une démo", a breadcrumb nav, the category link,
// the H1, the excerpt, an AuthorList "Par Camille Roussel et Hugo Lemaire"
// with avatars, a time element and "9 min de lecture", the cover figure, a
// ShareBar aside with "Partager", LinkedIn, Bluesky and "Copier le lien"
// beside the Prose div with h2 headings carrying "#" anchor links, lists and
// two Shiki code blocks inside CodeBlock wrappers with a language label and
// a "Copier" button, React-escaped apostrophes (&#x27;), a tag list, the
// "À propos des auteurs" cards with role and bio, a HiringCta section "Ces
// sujets vous intéressent ?", "Articles similaires" with three PostCards
// (category, title, excerpt, date), the newsletter section, footer columns
// and legal links, a cookie banner dialog and __NEXT_DATA__).
// Rows by a helper, from the page text alone, set down before lede ran on
// the pages; lede was run on them after: all 7 rows passed as first written.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "heldout_check.h"
#include "lede/lede.h"
#include "test_util.h"

namespace lede {
namespace {

struct BlogPost {
  const char* file;
  const char* language;  // Article::language
  const char* title;     // "" when not pinned
  std::vector<std::string> authors;
  const char* published;  // prefix of date_published; "" not pinned; "-" none
  std::vector<const char*> kept;
  std::vector<const char*> dropped;
};

void CheckBlogPost(const BlogPost& p) {
  testing::CheckHeldoutPage("heldout126", p.file,
                            {p.language, p.title, p.authors, p.published, "", "article", p.kept, p.dropped},
                            [&](const Article& a) {
                              EXPECT_EQ(a.text.find("\xEF\xBF\xBD"), std::string::npos) << p.file;
                            });
}

TEST(CmsHeldOut, BlogRound126) {
  const BlogPost pages[] = {
      {"substack-hardware-en.html", "en", "Why the Hardware Store on Elm Street Is Still Open", {"Nora Whitfield"},
       "2025-03-04",
       {"there were three hardware stores within a short drive of my apartment", "The counter is the business",
        "A box of deck screws or a can of primer carries a margin of maybe twenty percent",
        "Services made up roughly 38 percent of the store's revenue last year", "You can't do that through a screen.",
        "Old sash cord, odd-sized faucet washers, cast-iron radiator keys", "Brass radiator bleed keys in three sizes",
        "Fuses for the screw-in panels that some older houses still have",
        "Each one also brings a customer through the door",
        "with Marisol buying a share of the business each year until 2030",
        "She started a small section for renters last spring", "It needs to keep its lease, keep its counter staffed",
        "what happened to the building that used to house Harlow Falls' other hardware store",
        "The building at 212 Canal Street was sold to a developer in 2021.",
        "The town's small business office offers free advice on how to structure them."},
       {"Sign in", "Archive", "Thanks for reading Main Street Ledger!",
        "Subscribe for free to receive new posts and support my work.", "Share Main Street Ledger", "Leave a comment",
        "Ready for more?", "Discussion about this post", "Restacks",
        "My grandfather had the same arrangement with his hardware store in Ohio", "29 more comments...",
        "Collection notice", "Get the app", "Substack is the home for great culture",
        "Discover more from Main Street Ledger"}},
      {"medium-pricing-en.html", "en", "What Five Years of Freelance Design Taught Me About Pricing", {"Tessa Marlow"},
       "2025-02-11",
       {"I set my rate the way most people do",
        "I could not see how the numbers would ever get better without working even more",
        "were the ones that paid me the least", "A logo refresh for a bakery chain took me eleven hours",
        "Hourly billing was punishing me for getting better at my job.", "Moving to project prices",
        "A starter package with a logo, a color palette and two typefaces",
        "A full package with packaging or signage design and two rounds of on-site review",
        "which is exactly why I priced it first and built the other two around it",
        "A fixed number is easier for us to budget.", "It lasted nine minutes.",
        "My revenue went up by 42 percent over the same period.",
        "I underquoted two projects badly in the first six months", "that is probably the best reason to try it"},
       {"Open in app", "Sign up", "Member-only story", "Written by Tessa Marlow", "Brand designer in Portland.",
        "Pricing Strategy", "Responses (47)", "What are your thoughts?", "More from Tessa Marlow",
        "Saying No to a Client Without Burning the Bridge", "My Contract Template, Clause by Clause",
        "Recommended from Medium", "The Invoice Email That Gets Paid on Time", "See more recommendations",
        "Text to speech"}},
      {"papermod-backup-de.html", "de", "Nächtliche Backups im Homelab mit restic und systemd-Timern",
       {"Jonas Albrecht"}, "2025-02-14",
       {"Lange Zeit bestand mein Backup aus einer externen Festplatte",
        "die auch das Aufräumen alter Snapshots und die Überwachung abdeckt",
        "Gesichert werden sollen drei Verzeichnisse mit zusammen etwa 380 GB",
        "Alle Daten werden verschlüsselt, bevor sie den Server verlassen.",
        "Wenn etwas schiefgeht, bekomme ich eine Nachricht aufs Handy.",
        "# Drei Verzeichnisse, Ausnahmen stehen in excludes.txt", "Das ergibt im Normalfall 24 Snapshots",
        "holt systemd den Lauf beim nächsten Start nach", "OnCalendar=*-*-* 02:30:00", "RandomizedDelaySec=15min",
        "bleibt dieser Aufruf länger als 26 Stunden aus", "damit nach und nach auch die Daten selbst geprüft werden",
        "Das Passwort des Repositorys liegt zusätzlich ausgedruckt in einem Umschlag bei meinen Eltern.",
        "einmal war das Passwort für den S3-Speicher abgelaufen",
        "für den Ernstfall habe ich eine ausgedruckte Anleitung neben den Server gelegt"},
       {"Schlagwörter", "Über mich", "Startseite", "Beiträge", "Bearbeiten", "Inhaltsverzeichnis", "Selfhosting",
        "Sysadmin", "Vorherige Seite", "Warum ich von Nextcloud zu Syncthing gewechselt bin", "Nächste Seite",
        "Pi-hole und Unbound auf demselben Raspberry Pi", "Kommentare", "Impressum", "Powered by"}},
      {"minima-carro-eletrico-pt.html", "pt", "Um ano com um carro elétrico: as contas completas", {"Rafael Teixeira"},
       "2025-01-19",
       {"troquei meu hatch a gasolina, que já tinha oito anos", "rodo cerca de 14 mil quilômetros por ano",
        "A instalação do carregador", "Entre material e mão de obra, foram R$ 3.400.", "Não economize no cabo.",
        "o barato sai caro na primeira vez que a tomada derrete", "Energia (combustível ou eletricidade)",
        "Estacionamento e pedágios", "R$ 2.310", "R$ 4.870",
        "porque carrego quase sempre de madrugada, na tarifa branca",
        "Não há troca de óleo, filtro de combustível nem correia.",
        "agora paro uma vez por cerca de 40 minutos para carregar", "a bateria cheia rendia uns 230 quilômetros",
        "quanto ela perdeu de capacidade em um ano e como medi isso"},
       {"Caderno do Rafael", "Sobre", "Projetos", "Arquivo", "Post anterior",
        "Quanto gastei reformando o banheiro sozinho", "Próximo post",
        "A planilha de gastos da casa que uso há seis anos", "contato@cadernodorafael.com.br", "rafateixeira-cwb",
        "Anotações sobre carros, contas da casa e tudo o mais que eu resolver medir.",
        "Escrito em Curitiba desde 2017."}},
      {"wp2024-semillas-es.html", "es", "Cómo montamos una biblioteca de semillas en el barrio", {"Marta Lozano"},
       "2025-03-12",
       {"alguien propuso que compartiéramos las semillas que nos sobraban del huerto comunitario",
        "qué errores cometimos al principio y qué hemos aprendido después de tres temporadas",
        "Empezar con lo que ya teníamos", "nos diseñó unas etiquetas con el nombre de la variedad",
        "El primer inventario tenía 46 sobres de 19 variedades distintas.", "Las normas, en una sola hoja",
        "Cada persona puede llevarse hasta cinco sobres por temporada.",
        "Solo aceptamos semillas de polinización abierta, nunca híbridas.",
        "Cada sobre debe llevar la variedad, el año y el nombre de quien lo dona.",
        "las semillas de una planta híbrida no dan plantas iguales a la madre",
        "perdimos casi toda la reserva de lechuga porque la caja estaba junto a un radiador",
        "organizamos una jornada de intercambio cada octubre",
        "ya ha pedido semillas de judía para un proyecto con los alumnos de tercero",
        "en la calle Alfareros 14, los martes y jueves de 18:00 a 20:00"},
       {"Valoramos tu privacidad", "Usamos cookies para mejorar tu experiencia de navegación", "Rechazar todo",
        "Calendario de siembra", "Huerto urbano", "Biodiversidad", "Sobre la autora",
        "Maestra de primaria y vecina de toda la vida.", "Recoger agua de lluvia en la terraza sin obras",
        "Entradas relacionadas", "Compost en un balcón: mis primeros seis meses", "3 respuestas a",
        "En nuestro pueblo hicimos algo parecido", "Deja una respuesta", "Diseñado con"}},
      {"blogger-soto-id.html", "id", "Resep Soto Ayam Kampung Kuah Kuning ala Keluarga Kami", {"Rini Handayani"},
       "2025-02-08",
       {"menu pertama yang selalu beliau masak adalah soto ayam kampung",
        "Kalau memakai ayam negeri, waktu merebusnya cukup setengahnya saja.", "Bahan-bahan",
        "1 ekor ayam kampung, sekitar 1 kg, potong empat", "3 butir kemiri, sangrai", "3 cm kunyit, bakar sebentar",
        "soun yang sudah diseduh, tauge pendek, kol iris", "Cara membuat",
        "Buang busa yang muncul di permukaan supaya kuahnya tetap bening.",
        "tumis bumbu halus dengan sedikit minyak sampai harum dan matang", "Masak 15 menit lagi supaya bumbu meresap.",
        "bumbu harus ditumis sampai benar-benar matang, bukan sekadar layu",
        "kunyit yang dibakar sebentar di atas api kompor", "saya senang sekali kalau mau berbagi di kolom komentar"},
       {"Resep rumahan dari dapur kecil di Yogyakarta", "Daftar Resep", "Diposting oleh", "Kirimkan Ini lewat Email",
        "Berbagi ke Facebook", "Masakan Berkuah", "4 komentar:",
        "Wah, persis seperti soto buatan almarhumah nenek saya di Solo", "Tambahkan komentar", "Posting Lebih Baru",
        "Posting Komentar (Atom)", "Mengenai Saya", "Ibu dua anak, mantan guru tata boga.",
        "Sambal Bawang Tahan Lama untuk Stok Seminggu", "Laporkan Penyalahgunaan"}},
      {"nextjs-monorepo-fr.html", "fr", "Comment nous avons divisé par trois le temps de CI de notre monorepo",
       {"Camille Roussel", "Hugo Lemaire"}, "2025-03-12",
       {"une pull request sur notre monorepo attendait en moyenne 27 minutes", "Tout est en TypeScript",
        "Ne tester que ce qui a changé",
        "seuls les paquets modifiés et leurs dépendants sont construits et testés",
        "# Base de comparaison : le dernier commit commun avec main", "BASE=$(git merge-base origin/main HEAD)",
        "Sur une semaine typique, 70 % des pull requests ne touchent", "Un cache distant partagé",
        "de 81 % sur les tâches de build", "un script qui inscrivait la date du build dans un fichier de version",
        "Restait la suite Playwright, qui prenait à elle seule onze minutes.",
        "pnpm playwright test --shard=${{ matrix.shard }}/4",
        "le surcoût de démarrage est passé de 90 à 20 secondes par runner",
        "qui ne représentait que 6 % du temps total", "Nous en reparlerons ici dans quelques mois."},
       {"Aller au contenu", "Nous cherchons deux ingénieurs plateforme à Lyon ou en télétravail.", "Voir les offres",
        "Demander une démo", "Copier le lien", "Productivité des développeurs", "À propos des auteurs",
        "Staff engineer, équipe plateforme", "Rejoignez-nous pour construire les outils", "Articles similaires",
        "Migrer 400 tables vers PostgreSQL 16 sans interruption de service", "Nos feature flags, trois ans plus tard",
        "Recevez nos articles techniques une fois par mois", "Mentions légales", "Ce site utilise des cookies"}},
  };
  for (const BlogPost& p : pages) {
    SCOPED_TRACE(p.file);
    CheckBlogPost(p);
  }
}

}  // namespace
}  // namespace lede
