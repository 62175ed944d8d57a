// Small hand-written pages in the markup of widespread software (blog and
// site builders, shops, forums, wikis, docs generators, news sites in five
// languages), each with its chrome: menus, cookie banners, newsletter
// boxes, related posts, share bars, comments, footers. Each test pins what
// a reader expects: the body runs from the story's first paragraph to its
// last and holds none of the chrome, and the headline, writers, date and
// page type are right. They guard lede's rules on corpora it is not
// scored on (tests/fixtures/cms/).
#include <cstring>
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lede/lede.h"
#include "test_util.h"

namespace lede {
namespace {

struct CmsPage {
  const char* file;
  const char* title;
  std::vector<std::string> authors;
  const char* date;  // the publication day, "" when the page gives none
  const char* page_type;
  const char* first;  // words of the body's first paragraph
  const char* last;   // words of its last
  std::vector<std::string> chrome;  // lines that must not be in the body
  std::vector<std::string> kept = {};  // lines of the page's own that must be (a docs page's tip box)
  const char* not_caption = "";  // a line that is not the lead image's caption (another figure's)
  const char* caption = "";      // words of the lead image's caption
};

const std::vector<CmsPage>& Pages() {
  static const std::vector<CmsPage> pages = {
      {"wordpress-classic.html", "How We Restored a 1920s Oak Floor in Three Weekends", {"Maggie Thornton"},
       "2023-09-14", "article", "When we pulled up the brown carpet", "we like it better for them.",
       {"Share this:", "Posted on", "Previous: Rebuilding", "Refinishing Stair Treads", "Which oil brand",
        "Leave a Reply", "Recent Posts", "Join 4,000 readers", "We use cookies", "Proudly powered by",
        "About Maggie Thornton", "Skip to content"}},
      {"wordpress-gutenberg.html", "Five Quiet Walks Along the Severn Estuary", {"Tom Ellery"}, "2024-02-03",
       "article", "The Severn has the second highest tidal range", "never walk on the mud.",
       {"Never miss a walk", "Sign up to our newsletter", "A Mendip Ridge Circuit", "We did the Purton walk",
        "Westcountry Rambles"},
       {}, "Aust Cliff from the slipway"},
      {"drupal.html", "Council approves new cycle lanes on Mill Road", {}, "2024-03-21", "article",
       "Protected cycle lanes will be built", "downloaded from the planning portal.",
       {"Bins and recycling", "Library opening hours", "We use cookies on this site", "Privacy notice",
        "Communications team", "Skip to main content"}},
      {"joomla.html", "Spring concert raises \xC2\xA3" "3,200 for the roof fund", {"Gareth Owen"}, "2024-04-22",
       "article", "Thank you to everyone who came", "new singers in every part are welcome.",
       {"Written by", "Hits:", "Category:", "Prev", "AGM minutes", "Subscribe to hear", "Registered charity",
        "You are here"}},
      {"ghost.html", "Why Our Build Got Slower When We Added More Cores", {"Ines Carvalho"}, "2024-05-09",
       "article", "In March we moved our CI runners", "no longer need the cap.",
       {"4 min read", "Sign up for more like this", "Three Kinds of Flaky Test", "Powered by Ghost", "Sign in"}},
      {"medium.html", "I Stopped Using Notifications for a Month. Here's What Happened.", {"Daniel Okafor"},
       "2024-01-17", "article", "On the first of December", "I do not expect to change that.",
       {"Follow", "Listen", "min read", "Written by Daniel Okafor", "Inbox Zero Is a Trap", "12K Followers", "Get started", "2.1K"}},
      {"substack.html", "The Quiet Return of the Corner Shop", {"Ruth Calloway"}, "2024-06-11", "article",
       "There is a new shop on Kellet Street.", "a light on in the evening.",
       {"reader-supported publication", "Discussion about this post", "We got one in our village",
        "Start Writing", "214"}},
      {"blogger.html", "Grandma Edie's Rhubarb Chutney and Other Jars", {"Edith Morgan"}, "2023-06-17", "article",
       "The rhubarb has gone mad this year.", "opened at the harvest festival.",
       {"Pantry Notebook", "Posted by", "Share to X", "Labels:", "My nan made exactly this", "Newer Post",
        "Blog Archive", "Powered by Blogger"}},
      {"squarespace.html", "Opening a Second Studio: What We Got Wrong", {"Hana Lindqvist"}, "2024-02-26",
       "article", "A year ago we signed the lease", "ask for Hana.",
       {"Spring wheel classes", "Join our mailing list", "0 Likes", "Glaze Day", "We use cookies", "Fenwick Lane"}},
      {"wix.html", "Caring for Your Fiddle Leaf Fig in Winter", {"Leah Brandt"}, "2023-11-28", "article",
       "Fiddle leaf figs hate change", "check for radiators and doors nearby.",
       {"Recent Posts", "min read", "Leah Brandt", "Why Is My Monstera", "Write a comment", "Proudly created with Wix", "Shop Plants",
        "Subscribe for plant care tips"}},
      {"shopify-product.html", "Waxed Canvas Field Tote", {}, "", "product", "Our Field Tote is cut from",
       "rub in a bar of fabric wax.",
       {"Free shipping on orders over", "You may also like", "Canvas Dopp Kit", "Subscribe to our emails",
        "Powered by Shopify", "Log in", "Quantity", "Add to cart", "Buy it now", "Skip to content"},
       {}, "Northbound Goods"},
      {"shopify-collection.html", "Bags", {}, "", "", "Totes, backpacks and dopp kits", "Canvas Tool Roll",
       {"Free shipping on orders over", "Filter:", "Sort by", "Subscribe to our emails",
        "This website uses cookies", "Refund policy"}},
      {"woocommerce-product.html", "Ethiopian Yirgacheffe Whole Bean Coffee 250g", {}, "", "product",
       "Washed Yirgacheffe with notes of jasmine", "Whole bean, Filter, Espresso",
       {"Add to basket", "Related products", "Colombia Huila", "Best light roast", "Built with WooCommerce",
        "Search products"}},
      {"magento-product.html", "Trailhead 2 Hiking Boot - Men's", {}, "", "product",
       "A waterproof leather hiking boot with a Vibram sole", "Resoleable by our repair workshop.",
       {"We use cookies", "Create an Account", "Add to Cart", "Add to Wish List", "Related Products",
        "Merino Hiking Socks", "Sign Up for Our Newsletter", "All rights reserved"}},
      {"discourse.html", "Sourdough starter smells like nail polish remover", {"loafer_liz"}, "2024-02-12",
       "forum", "My starter is three weeks old", "Baked my first loaf yesterday. Thanks!",
       {"Related topics", "Rye starter has grey liquid", "Powered by", "Terms of Service", "next page"}},
      {"phpbb.html", "Carburettor icing on a Rotax 912?", {"skyhopper"}, "2024-03-05", "forum",
       "Had a rough running episode", "in the same conditions with no problems.",
       {"Board index", "Quick links", "Blue side up", "Who is online", "4 guests", "Delete cookies", "Powered by", "Return to"}},
      {"vbulletin.html", "Radiator upgrade on the XJ - worth it?", {"xj_dave"}, "2023-06-18", "forum",
       "My 98 XJ runs right up near the top", "the two-row aluminium one is a good upgrade.",
       {"Reply With Quote", "Join Date", "Slowly.", "Similar Threads", "Overheating on the trail",
        "Thread Tools", "Powered by", "All times are GMT"}},
      {"xenforo.html", "Best budget turntable for a beginner?", {"groovegirl"}, "2024-04-02", "forum",
       "I have about 250 to spend", "check that the platter spins at a steady speed before you pay.",
       {"New member", "Joined", "Well-known member", "Similar threads", "Cartridge upgrade",
        "You must log in or register", "This site uses cookies", "Terms and rules", "Like"}},
      {"stackexchange.html", "How do I undo the most recent local commits in Git?", {"Hamza"}, "2009-05-29", "forum",
       "I accidentally committed the wrong files", "--hard to throw them away completely.",
       {"Ask Question", "Improve this question", "Not the answer you're looking for", "The Overflow Blog",
        "How to revert a pushed merge commit", "Accept all cookies", "Site design / logo", "36.8k", "Accepted"}},
      {"mediawiki.html", "Hebden Water Mill", {}, "", "", "is a former cotton mill on the banks",
       "Calder Civic Trust survey, 1992.",
       {"[edit]", "Retrieved from", "Categories", "From Calder Valley Wiki", "Jump to content", "Recent changes",
        "View history", "This page was last edited", "Gibson Mill"}},
      {"sphinx.html", "Configuring retries", {}, "", "", "By default, tidepool retries a failed request",
       "list them in retry_on.",
       {"\xC2\xB6", "Quick search", "Related Topics", "Powered by", "Page source"}},
      {"mkdocs.html", "Deploying to production", {}, "", "", "This guide walks through a first production deploy",
       "the previous version keeps serving.",
       {"\xC2\xB6", "Table of contents", "Rollbacks", "Made with", "Skip to content"}},
      {"docusaurus.html", "Authentication", {}, "", "", "Every request to the Ledgerly API",
       "the error code invalid_api_key.",
       {"Ledgerly API v2 is out", "Skip to main content", "Edit this page", "Creating a key\nSending the key", "Last updated", "Introduction",
        "Copyright", "On this page"},
       {"Use a separate key for each service"}},
      {"github-readme.html", "", {}, "", "", "quill-fmt formats TOML files",
       "Apache License, Version 2.0 or MIT license at your option.",
       {"Sign in", "Pull requests", "Releases", "Languages", "99.1%", "Terms"}},
      {"amp-news.html", "Storm Agnes: thousands without power as gusts hit 80mph", {"Claire Whitfield", "Joe Barnes"},
       "2023-09-27", "article", "More than 20,000 homes across Cumbria", "keep well away and call 105.",
       {"We and our partners use cookies", "Advertisement", "Get the Courier daily", "Most read",
        "Motorway closed", "View full site", "All rights reserved", "Menu"}},
      {"liveblog.html", "Budget 2024 live: Chancellor cuts national insurance by 2p", {"Priya Malhotra"},
       "2024-03-06",
       "article", "Employee national insurance cut", "straight after Prime Minister",
       {"Load more updates", "What the Budget means for your pension", "Cookie settings", "Subscribe"}},
      {"recipe.html", "Brown Butter Banana Bread", {"Rosa Delgado"}, "2024-01-20", "article",
       "Browning the butter takes five extra minutes", "three months in the freezer.",
       {"Jump to Recipe", "Print Recipe", "Tried this recipe", "48 Comments", "Made this twice", "About Rosa Delgado",
        "Get new recipes by email", "Copyright", "212 votes"}},
      {"press-release.html", "Aldwych Biotech Reports Positive Phase 2 Results for ALD-114 in Mild Asthma", {},
       "2024-03-12", "article", "CAMBRIDGE, England, March 12, 2024", "expressed or implied.",
       // (The media contact under the release is the press office's, not
       // the release's text: dropped since stop 66.)
       {"This website uses cookies", "Pipeline", "Share this:", "Back to News", "Sign up for email alerts",
        "Science Park", "+44 1223 000000"}},
      {"news-de.html", "Stadtrat beschlie\xC3\x9Ft autofreie Altstadt ab 2025", {"Katrin Vogel"}, "2024-05-15",
       "article", "Mit 31 zu 22 Stimmen", "der alle zehn Minuten f\xC3\xA4hrt.",
       {"Wir verwenden Cookies", "Verkehrswende", "Anzeige", "Artikel teilen", "Mehr zum Thema", "Impressum"}},
      {"news-fr.html",
       "\xC3\x80 Lyon, la premi\xC3\xA8re ligne de t\xC3\xA9l\xC3\xA9ph\xC3\xA9rique urbain verra le jour en 2027",
       {"Julien Mercier"}, "2024-02-08", "article", "Le conseil de la m\xC3\xA9tropole de Lyon",
       "mise en service pr\xC3\xA9vue fin 2027.",
       {"Nous utilisons des cookies", "Transports", "Abonnez-vous", "Partager", "lire aussi", "Mentions"}},
      {"news-es.html", "Valencia estrena su primer corredor verde entre el Turia y la playa",
       {"Luc\xC3\xAD" "a Ferrer"},
       "2024-04-19", "article", "El Ayuntamiento de Valencia inaugur\xC3\xB3", "comenzar\xC3\xA1 en oto\xC3\xB1o.",
       {"Utilizamos cookies", "Urbanismo", "Publicidad", "Compartir en", "Te puede interesar", "Aviso legal"}},
      {"news-ru.html",
       "\xD0\x92 \xD0\x9A\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xBD\xD0\xB8 \xD0\xBE\xD1\x82\xD0\xBA\xD1\x80\xD1\x8B\xD0\xBB\xD0\xB8 \xD0\xBD\xD0\xBE\xD0\xB2\xD1\x83\xD1\x8E \xD1\x81\xD1\x82\xD0\xB0\xD0\xBD\xD1\x86\xD0\xB8\xD1\x8E \xD0\xBC\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE \xC2\xAB\xD0\xA1\xD1\x83\xD0\xBA\xD0\xBE\xD0\xBD\xD0\xBD\xD0\xB0\xD1\x8F \xD1\x81\xD0\xBB\xD0\xBE\xD0\xB1\xD0\xBE\xD0\xB4\xD0\xB0\xC2\xBB",
       {"\xD0\x90\xD0\xBB\xD0\xB5\xD0\xBA\xD1\x81\xD0\xB5\xD0\xB9 \xD0\x93\xD0\xB0\xD1\x80\xD0\xB8\xD0\xBF\xD0\xBE\xD0\xB2"},
       "2024-08-30", "article", "\xD0\x92 \xD0\xBF\xD1\x8F\xD1\x82\xD0\xBD\xD0\xB8\xD1\x86\xD1\x83 \xD0\xB2 \xD0\x9A\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xBD\xD0\xB8",
       "\xD0\xBA 2027 \xD0\xB3\xD0\xBE\xD0\xB4\xD1\x83.",
       {"cookie", "Telegram", "\xD0\xA7\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 \xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5",
        "1 254"}},
      {"news-pl.html", "Gda\xC5\x84sk: nowa k\xC5\x82" "adka nad Mot\xC5\x82" "aw\xC4\x85 otwarta dla pieszych",
       {"Tomasz Wi\xC5\x9Bniewski"}, "2024-06-03", "article", "W poniedzia\xC5\x82" "ek rano otwarto",
       "od 7 do 23.", {"plik\xC3\xB3w cookies", "Udost\xC4\x99pnij", "Polecamy", "Wszelkie prawa"}},
      // Static blog generators, docs and API references, forums and trackers,
      // pages that are not stories (a job, a house, an event, a podcast's
      // episode, a search's results), three more languages' datelines, a
      // body only in JSON-LD, a long feature with its inline boxes.
      {"hugo.html", "Profiling a Go Service Without Stopping It", {"Marek Novak"}, "2024-03-18", "article",
       "Our ingest service started to use twice", "will not announce itself either.", {"Table of Contents",
       "Suggest Changes", "612 words", "\xC2\xAB Prev", "Zero-Downtime Postgres", "Powered by", "Notes from the Rack",
       "Archive"}},
      {"jekyll.html", "Teaching My Daughter to Solder", {"Priya Raman"}, "2023-11-05", "article",
       "Asha is nine and has wanted", "which I suspect I will regret.", {"Nov 5, 2023", "priya@example.net",
       "Small electronics projects", "About", "Projects"}, {}, "", "The finished owl"},
      {"readthedocs.html", "Caching responses", {}, "", "", "Kestrel can keep GET responses",
       "evicts that entry for you.", {"\xC2\xB6", "View page source", "Search docs", "Previous", "Built with",
       "Copyright", "User Guide", "Retries and timeouts"}, {"The memory cache is per process",
       "Evicting by prefix scans"}},
      {"rustdoc.html", "", {}, "", "", "A ring buffer of fixed capacity",
       "Returns the number of elements currently stored", {"Expand description", "Copy item path",
       "Auto Trait Implementations", "In crate tidering", "show sidebar", "Change settings"}, {"pub fn push",
       "Panics if"}},
      {"flarum.html", "Wiring a second thermostat zone to a combi boiler", {}, "", "forum",
       "Our house has one thermostat", "it matches what you describe.", {"best viewed in a modern browser",
       "Something went wrong", "Loading...", "Next Page"}, {"You need a wiring centre"}},
      {"nodebb.html", "Pi-hole stops resolving after a power cut", {"quietfan"}, "2024-02-14", "forum",
       "After every power cut my Pi-hole", "it resolves straight away now.", {"Skip to content", "Suggested Topics",
       "VLAN for IoT", "Powered by", "2 Replies", "Quote", "Collapse", "Popular", "212 Views", "Networking"}, {"Unbound validates DNSSEC"}},
      {"invision.html", "Rear shock squeaks only in cold weather", {"mudguard_mike"}, "2023-12-02", "forum",
       "Since November my rear shock squeaks", "replace the bushes; they are cheap.", {"Jump to content",
       "Existing user? Sign In", "Moderators", "6.2k", "Create an account", "Powered by", "Leaderboard",
       "Share this post", "Followers"}},
      {"reddit.html", "Is it worth learning to sharpen with stones instead of a pull-through?", {}, "2024-03-05",
       "forum", "I have a mid-range gyuto", "this was the push I needed.", {"jump to content", "my subreddits",
       "permalink", "A community for people", "User Agreement", "submitted", "sorted by", "512,044",
       "all 3 comments"},
       {"Start with a single 1000 grit stone"}},
      {"github-issue.html", "Parser hangs on a table with a colspan of zero", {}, "2024-02-19", "forum",
       "Formatting the attached file never finishes", "treats a zero span as one, as browsers do.",
       {"Skip to content", "Pull requests", "Sign up for free", "Assignees", "No milestone", "Terms", "1.2k",
       "opened this issue"}},
      {"news-it.html", "Bologna, il tram della linea rossa entra in servizio a settembre", {"Giulia Benedetti"},
       "2024-03-12", "article", "La linea rossa del tram di Bologna", "anche per il trasbordo sulle linee urbane.",
       {"cookie", "Leggi anche", "Cantieri in via Marconi", "Condividi", "Potrebbe interessarti", "Tutti i diritti",
       "Cronaca"}, {}, "", "Il tram in prova"},
      {"news-pt.html", "Recife inaugura primeira esta\xC3\xA7\xC3\xA3o de BRT movida a energia solar",
       {"Fernanda Albuquerque"}, "2024-03-12", "article", "A Prefeitura do Recife inaugurou",
       "n\xC3\xA3o precisou ser fechada durante a instala\xC3\xA7\xC3\xA3o.", {"cookies", "Receba as principais",
       "Compartilhe", "Leia tamb\xC3\xA9m", "Todos os direitos", "Mobilidade"},
       {"Cada esta\xC3\xA7\xC3\xA3o pode virar"}},
      {"news-nl.html", "Utrecht opent grootste fietsenstalling van Oost-Nederland bij station Zuilen",
       {"Sanne de Wit"}, "2024-03-12", "article", "Bij station Zuilen is dinsdagochtend",
       "aan de westkant van het plein.", {"cookies", "Lees ook", "Nieuwe fietsstraat", "Deel dit artikel",
       "Meer nieuws", "Alle rechten", "Verkeer", "Door Sanne"}},
      {"job-listing.html", "Senior Backend Engineer (Payments)", {}, "", "",
       "We are looking for a backend engineer to own", "any adjustments you need for the interviews.",
       {"We use cookies", "Submit application", "Powered by", "Life at Fernleaf", "Other open roles",
        "Staff Data Engineer"}, {"Design and run the ledger"}},
      {"real-estate.html", "3 bedroom terraced house for sale", {}, "", "",
       "A bay-fronted Victorian terrace on a quiet", "Council tax band C.", {"Free valuation", "Property Ombudsman", "Similar properties",
       "Berkeley Road", "1 / 14"},
       {"No onward chain"}},
      {"podcast.html", "The Hidden Life of Hedgerows with Dr Anna Pryce", {}, "2024-05-02", "",
       "Hedgerows cover more ground in Britain", "Produced by Kit Marsh.", {"More episodes", "Night Walks for Bats",
       "Spotify", "Download MP3"}, {"14:20 The case against the autumn flail"}},
      {"event.html", "Repair Caf\xC3\xA9 at St Michael's Hall", {}, "", "", "Bring your broken lamps, toasters",
       "donations to the hall fund are welcome.", {"All Events", "Quiz Night", "Summer F\xC3\xAAte",
       "Proudly powered by", "Hall hire", "Google Calendar", "iCalendar"}},
      {"jsonld-body.html", "Ferry operator orders two electric boats for the Solent crossing", {"Helen Achterberg"},
       "2024-04-25", "article", "The operator of the Solent crossing", "will be kept as reserve vessels.", {"Privacy",
       "Terms", "Business"}},
      {"long-article.html", "The last lighthouse keepers: what happened to the men who kept Britain's lights",
       {"Callum Reid"}, "2024-01-28", "article", "In November 1998 a helicopter lifted",
       "You never quite stop keeping the light", {"Subscribe from", "Related", "The storm that sank", "Read more",
       "shipping forecast", "The Sunday Long Read", "Sign up", "privacy policy", "Topics:", "Share on", "Most read",
       "Photograph: Morag", "All rights"}, {"Food came in tins and sacks"}, "", "Muckle Flugga lighthouse"},
      {"bigcommerce-product.html", "Cast Iron Dutch Oven 5.5 qt", {}, "", "product",
       "Our 5.5 quart Dutch oven is cast in one piece", "wipe with a thin coat of oil.",
       {"Free shipping on orders over", "Toggle menu", "Sign in", "Add to Cart", "Quantity", "Decrease Quantity",
       "Related Products", "Chainmail Scrubber", "Subscribe to our newsletter", "Powered by", "Slate Blue"}},
      {"wp-category.html", "Composting", {}, "", "", "Bays, bins, leaf mould and worms",
       "Keeping a Wormery Going Through Winter", {"Skip to content", "Recent Posts", "Archives", "Proudly powered",
       "Search for:", "Growing food on plot"}, {"Nine pallets, a box of screws",
       "Leaf Mould: The Slowest, Easiest Compost"}},
      {"docs-alert.html", "Webhooks", {}, "", "", "Instead of polling the shipments endpoint",
       "the account owner is emailed.", {"Search this site", "Edit this page", "Create documentation issue",
       "Was this page helpful", "All Rights Reserved", "Changelog", "Quickstart"},
       {"Your endpoint must answer within ten seconds", "Never parse the JSON before"}},
      {"search-results.html", "", {}, "", "", "Village hall wins grant for an air source heat pump",
       "Heating is included in the hire charge.", {"Skip to content", "Recent Posts", "Defibrillator training",
       "Search for:", "Older posts", "Accessibility statement", "Meetings"}, {"Minutes of the full council meeting",
       "three quotes for a heat pump"}},
      // cms12: a photo gallery, a shop's category, a changelog, a developer
      // blog platform's post, and four more languages' CMSs (TYPO3, SPIP,
      // PrestaShop, Tilda).
      {"photo-gallery.html", "In pictures: the Whitby regatta returns after three years", {"Nadia Hussain"},
       "2024-08-12", "article", "Rowing crews, a lifeboat display", "spent the weekend on the piers.",
       {"1 / 6", "6 / 6", "Share this:", "More pictures", "Goth Weekend", "All rights reserved", "Skip to content",
        "Tagged"}},
      {"magento-category.html", "Tents", {}, "", "", "From a one-person backpacking tent",
       "Wasdale 6 Tunnel Tent", {"Skip to Content", "Sort By", "Add to Cart", "Add to Wish List", "Shop By",
       "Compare Products", "Sign Up for Our Newsletter", "Copyright", "Free UK delivery", "My Cart"},
       {"Ridgeline 1 Backpacking Tent", "\xC2\xA3" "189.00", "Borrowdale 4 Family Tent"}},
      {"changelog.html", "Changelog", {}, "", "", "All notable changes to Pebble Queue",
       "It will be removed in 3.0.", {"Cloud is now generally available", "Toggle theme", "Versions",
       "Older releases", "Get release notes by email", "MIT License", "Status"},
       {"2.4.0", "2.3.1", "2.3.0", "Job payloads over 512 KB"}},
      {"forem.html", "Stop Mocking Your Database in Integration Tests", {"Chidi Okonkwo"}, "2024-04-09", "article",
       "For two years our integration tests", "We have not shipped a broken migration since.",
       {"Skip to content", "Create account", "148", "Posted on", "#testing", "Enter fullscreen mode",
        "Read next", "SQLite in CI", "Backend engineer. Writes", "Code of Conduct", "Built on"},
       {"tx.rollback()"}},
      {"typo3-de.html", "Neue Buslinie verbindet Neustadt und Bahnhof", {"Jana Petersen"}, "2024-08-21", "article",
       "Die Stadtwerke Lindenau nehmen am 2. September", "stehen in der App zur Verf\xC3\xBCgung.",
       {"Zum Hauptinhalt springen", "Startseite", "Weitere Meldungen", "Sommerfahrplan", "Zur\xC3\xBC" "ck",
        "Impressum", "Wir verwenden Cookies", "Kundenzentrum", "Mobilit\xC3\xA4t"},
       {"Was sich f\xC3\xBCr Fahrg\xC3\xA4ste \xC3\xA4ndert"}},
      {"spip-fr.html", "La m\xC3\xA9" "diath\xC3\xA8que ouvre le dimanche \xC3\xA0 partir d'octobre",
       {"Claire Rouault"}, "2024-09-18", "", "Le conseil municipal a vot\xC3\xA9 mardi soir",
       "avec la carte habituelle.", {"Dans la m\xC3\xAAme rubrique", "Rechercher", "Plan du site", "Mentions l\xC3\xA9gales"},
       {"Un programme pour les familles"}},
      {"prestashop-es.html", "Aceite de oliva virgen extra Picual 5 L", {}, "", "product",
       "Nuestro Picual se muele el mismo d\xC3\xAD" "a", "tap\xC3\xB3n precintado.",
       {"Iniciar sesi\xC3\xB3n", "A\xC3\xB1" "adir al carrito", "Tambi\xC3\xA9n podr\xC3\xAD" "a interesarle",
        "Aceite Arbequina", "Suscribirse", "Aviso legal", "PrestaShop", "Env\xC3\xADo gratis"}},
      {"tilda-ru.html",
       "\xD0\x9A\xD0\xB0\xD0\xBA \xD0\xBC\xD1\x8B \xD0\xBE\xD1\x82\xD1\x80\xD0\xB5\xD0\xBC\xD0\xBE\xD0\xBD\xD1\x82\xD0\xB8\xD1\x80\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBB\xD0\xB8 "
       "\xD0\xB4\xD0\xB5\xD1\x80\xD0\xB5\xD0\xB2\xD1\x8F\xD0\xBD\xD0\xBD\xD1\x8B\xD0\xB5 \xD0\xBE\xD0\xBA\xD0\xBD\xD0\xB0 "
       "\xD0\xB2\xD0\xBC\xD0\xB5\xD1\x81\xD1\x82\xD0\xBE \xD0\xB7\xD0\xB0\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x8B "
       "\xD0\xBD\xD0\xB0 \xD0\xBF\xD0\xBB\xD0\xB0\xD1\x81\xD1\x82\xD0\xB8\xD0\xBA",
       {"\xD0\x9F\xD0\xB0\xD0\xB2\xD0\xB5\xD0\xBB \xD0\x9B\xD0\xB0\xD0\xBF\xD1\x82\xD0\xB5\xD0\xB2"}, "2024-03-27",
       "article", "\xD0\x92\xD0\xB5\xD1\x81\xD0\xBD\xD0\xBE\xD0\xB9 \xD0\xBA \xD0\xBD\xD0\xB0\xD0\xBC",
       "\xD0\xBD\xD0\xB5 \xD0\xBE\xD0\xB4\xD0\xBD\xD0\xBE \xD0\xB4\xD0\xB5\xD1\x81\xD1\x8F\xD1\x82\xD0\xB8\xD0\xBB\xD0\xB5\xD1\x82\xD0\xB8\xD0\xB5.",
       {"Made on Tilda", "Telegram", "\xD0\xA3\xD1\x81\xD0\xBB\xD1\x83\xD0\xB3\xD0\xB8",
        "\xD0\xA7\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 \xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5",
        "\xD0\x92\xD1\x81\xD0\xB5 \xD0\xBF\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB0"}},
  };
  return pages;
}

class CmsFixture : public ::testing::TestWithParam<CmsPage> {};

TEST_P(CmsFixture, BodyAndMetadata) {
  const CmsPage& p = GetParam();
  const std::string html = testing::ReadFile(testing::SourceDir() + "/tests/fixtures/cms/" + p.file);
  ASSERT_FALSE(html.empty()) << p.file;
  Result<Article> r = Extract(html);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const Article& a = *r;
  const std::string& text = a.text;
  const size_t first = text.find(p.first), last = text.find(p.last);
  EXPECT_NE(first, std::string::npos) << p.file << ": no first paragraph\n" << text;
  EXPECT_NE(last, std::string::npos) << p.file << ": no last paragraph\n" << text;
  if (first != std::string::npos && last != std::string::npos) {
    EXPECT_LT(first, last) << p.file;
  }
  for (const std::string& c : p.chrome) {
    EXPECT_EQ(text.find(c), std::string::npos) << p.file << ": chrome '" << c << "'\n" << text;
  }
  for (const std::string& k : p.kept) {
    EXPECT_NE(text.find(k), std::string::npos) << p.file << ": lost '" << k << "'\n" << text;
  }
  if (*p.not_caption) {
    EXPECT_EQ(a.image.caption.value_or("").find(p.not_caption), std::string::npos) << p.file;
  }
  if (*p.caption) {
    EXPECT_NE(a.image.caption.value_or("").find(p.caption), std::string::npos) << p.file;
  }
  if (*p.title) {
    EXPECT_EQ(a.title.value_or(""), p.title) << p.file;
  }
  if (!p.authors.empty()) {
    EXPECT_EQ(a.authors, p.authors) << p.file;
  }
  if (*p.date) {
    EXPECT_EQ(a.date_published.value_or("").substr(0, 10), p.date) << p.file;
  }
  // A shop's page shows no publication day (a review's date is a reply's).
  if (std::string_view(p.page_type) == "product") {
    EXPECT_FALSE(a.date_published.has_value()) << p.file;
  }
  if (*p.page_type) {
    EXPECT_EQ(a.page_type, p.page_type) << p.file;
  }
}

// Issue #5: a thread's author is its starter, never a replier. The forum
// pages name the starter in their JSON-LD too; without it the posts'
// markup (microdata on each post, "username" links, a "postauthor" box,
// the "Thread starter" line) must still give the starter alone.
TEST(CmsThreads, StarterFromThePostsMarkupAlone) {
  const std::pair<const char*, const char*> threads[] = {
      {"phpbb.html", "skyhopper"}, {"vbulletin.html", "xj_dave"}, {"xenforo.html", "groovegirl"},
      {"discourse.html", "loafer_liz"}, {"stackexchange.html", "Hamza"}};
  for (const auto& [file, starter] : threads) {
    std::string html = testing::ReadFile(testing::SourceDir() + "/tests/fixtures/cms/" + file);
    ASSERT_FALSE(html.empty()) << file;
    // Every JSON-LD block goes.
    for (size_t at; (at = html.find("<script type=\"application/ld+json\">")) != std::string::npos;) {
      const size_t end = html.find("</script>", at);
      ASSERT_NE(end, std::string::npos) << file;
      html.erase(at, end + 9 - at);
    }
    Result<Article> r = Extract(html);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(r->page_type, "forum") << file;
    EXPECT_EQ(r->authors, std::vector<std::string>{starter}) << file;
  }
}

// Held-out page shapes (tests/fixtures/heldout/), written to look for
// failures outside the benchmarks' kinds: a live blog, a story split in two
// <article>s by an ad, a paywalled teaser, an AMP page, a body only in
// JSON-LD, news in French and German, a government service page, a job
// posting; news and blogs in Italian, Dutch, Russian, Spanish, Portuguese,
// Polish and German, a recipe, news whose header shows a relative time and
// a dated update, a blog post's reading-time row; and discussions: a vBulletin 4 thread, a
// Discourse topic as its crawler view prints it, a link aggregator's post
// with its comment tree, a blog post whose Disqus comments are not its
// text, an issue tracker's comments and a comment table with no forum
// markup. Each pins its headline, its writer (or two; a thread's starter)
// when it names one, a sentence of its own kept (on a thread, from the
// first and the last post), a line of chrome dropped, and the date when it
// shows one (a thread's first post's day).
TEST(CmsHeldOut, KeyFacts) {
  struct HeldOut {
    const char* file;
    const char* title;
    const char* author;  // "" when the page names none
    const char* kept;
    const char* dropped;
    const char* kept_last = "";  // the last post's words, on a thread
    const char* date = "";       // the day published, when pinned
    const char* url = "";        // the page's URL, when it tells the page's kind
    const char* comment = "";    // a comment's words: in Article::comments only
    const char* author2 = "";    // a second writer, when the byline names two
    const char* modified = "";   // the day of the update the header shows, when pinned
    const char* meta_row = "";   // words of the meta row over the story (writers, stamps): dropped
  };
  const HeldOut pages[] = {
      {"jsonld-only.html", "Why the tide is late on the east coast", "Ravi Patel",
       "called amphidromic points, sit between the coasts", "Loading"},
      {"paywall.html", "Inside the race to build the next battery", "Owen Marsh",
       "a team of thirty chemists is trying to make a battery", "Continue reading your article"},
      {"split.html", "The last lighthouse keeper on the Skerries", "Isla Grant",
       "He is writing a memoir now, in longhand", "Advertisement"},
      {"news-fr.html", "Les abeilles sauvages reviennent dans les vignes du Sud", "Julien Moreau",
       "le couvert végétal retient l'eau", "Inscrivez-vous à notre newsletter"},
      {"news-de.html", "Bahn kündigt neue Nachtzüge nach Italien an", "Katrin Vogel",
       "Tickets sind ab Oktober buchbar", "Das könnte Sie auch interessieren"},
      {"amp.html", "City council votes to pedestrianise High Street", "Chloe Dunn",
       "Blue badge holders will keep access", "View full site"},
      {"gov.html", "Renew your boat licence", "", "A 12-month licence costs", "Is this page useful?"},
      {"liveblog.html", "Election night live: results as they come in", "Priya Raman",
       "Count paused in the northern district", "Load more updates"},
      {"job.html", "Senior Data Engineer", "", "Own the nightly pipelines that load and clean clinic data",
       "Powered by Hirely"},
      {"vbulletin4.html", "Aquarium heater stuck on after power cut", "reefrunner",
       "my 200 W heater stays on even when the tank reaches 28 degrees", "Reply With Quote",
       "the water is steady at 25", "2022-08-22"},
      {"discourse-crawler.html", "Backup fails with \"disk quota exceeded\" after upgrade", "nasbeth",
       "the nightly backup stops halfway with a disk quota exceeded error", "Powered by",
       "the backup completed in eleven minutes", "2024-06-03"},
      {"reddit-new.html", "Why does my sourdough starter smell like nail polish?", "crumb_theory",
       "equal weights of rye and water", "Reddit Rules", "Pour the grey hooch off before feeding", "2025-01-08",
       "https://www.reddit.com/r/Breadit/comments/xyz9/why_does_my_sourdough/"},
      {"disqus-blog.html", "Restoring a 1970s drafting table", "Gwen Albury",
       "Its tilting top was stuck at forty degrees", "Recent Posts", "", "2025-02-14", "",
       "Where did you find a replacement cable"},
      // News and blogs in more languages, the date only in visible text
      // (no meta, no JSON-LD), two writers joined by the language's "and".
      {"it-news.html", "Il Po torna a salire dopo mesi di siccità", "Marco Rossi",
       "Il prossimo bollettino è atteso per lunedì", "Leggi anche", "", "2025-03-12", "", "", "Giulia Bianchi", "",
       "ore 09:40"},
      {"nl-news.html", "Gemeente plant 400 nieuwe bomen in binnenstad", "Pieter de Vries",
       "De gemeente plant de komende twee jaar vierhonderd nieuwe bomen", "Deel dit artikel", "", "2025-03-12", "", "", "Sanne Jansen",
       "2025-03-13", "Bijgewerkt"},
      {"ru-news.html", "В Казани открыли новую линию метро", "Иван Петров",
       "Интервал движения в часы пик составит шесть минут", "Поделиться", "", "2025-05-03", "", "", "Мария Смирнова",
       "2025-05-04", "Обновлено"},
      {"es-news.html", "El Gobierno aprueba el nuevo plan de vivienda", "María García",
       "El Consejo de Ministros ha aprobado este martes", "Madrid, 3 de mayo de 2025", "", "2025-05-03", "", "", "Luis Fernández"},
      {"es-blog-textdate.html", "Cinco rutas en bicicleta por la Sierra de Guadarrama", "Laura Gómez",
       "Totalmente llana y perfecta para ir en familia", "Entrada anterior", "", "2025-09-14", "", "", ""},
      {"ptbr-wp.html", "Como montar uma horta em apartamento", "Ana Souza",
       "Enfie o dedo na terra", "Compartilhe isso", "", "2025-06-05", "", "", ""},
      {"ptpt-news.html", "Comboio entre Lisboa e Porto vai demorar menos 20 minutos", "João Silva",
       "a renovação da via entre Ovar e Gaia", "Artigos relacionados", "", "2025-04-03", "", "", ""},
      {"pl-blogger.html", "Trzy dni w Bieszczadach bez samochodu", "Anna Kowalska",
       "Ostatniego dnia odpoczywaliśmy nad Soliną", "Starszy post", "", "2025-04-15", "", "", "Piotr Nowak"},
      {"hugo-de.html", "Warum ich meinen Router selbst baue", "Max Müller",
       "Als System nutze ich OpenWrt", "Mein NAS im Keller", "", "2025-05-05", "", "", ""},
      // A recipe (Tasty Recipes markup): ingredients and steps stay, the
      // affiliate disclosure goes.
      {"recipe-tasty.html", "One-Pot Tomato Orzo", "Lucy Park",
       "Warm the oil in a wide pot", "may contain affiliate links", "", "2025-03-03", "", "", "", "",
       "Jump to Recipe"},
      // Bare discussions (no forum software named, no URL): an issue tracker's
      // timeline of comments, and a comment table under a submission's title
      // (its submitter, "by <a class=hnuser>", is its author; without the
      // URL the issue's number stays in the tracker's headline).
      {"issue-tracker.html", "Thumbnails rotate sideways for portrait photos #91", "tamsin-r",
       "Photos taken in portrait on my phone show up lying on their side", "Sign in",
       "every portrait thumbnail now stands upright", "2025-04-07"},
      {"comment-table.html", "Show HN: A pocket synth built from a music box", "tinkerbell_k",
       "each tooth is already tuned", "Guidelines", "one hall sensor per tooth", "2025-05-11"},
      // Discussion platforms' own markup: every post of the thread stays.
      // A link aggregator's item page (its "comment-tree" rows make it a
      // thread, "a.hnuser" its poster, its "123 points by ... | hide | past |
      // favorite | 45 comments" cell goes, the day is the age's tooltip),
      // Lemmy's post (its day in a Tippy tooltip, its poster's
      // "person-listing" link) with its
      // "comment-node" replies, Mailman 3 HyperKitty's thread (its sidebar of
      // thread statistics and each message's "Tuesday, 20 May 2025 20 May
      // '25 8:14 a.m." date box go), old Reddit (its poster the "a.author" in
      // the post's tagline, though <body> is classed "comments-page"),
      // XenForo 2 (the quote's "Click to expand..." stub and the poster's
      // card go), vBulletin 5 (the card's "Join Date" goes) and a pipermail
      // message (its "Messages sorted by" row and its "More information about
      // the ... mailing list" footer go). (Pipermail's writer
      // line is not read yet: no author pinned.)
      {"hn-item.html", "Ask HN: How do you keep a home lab from eating your weekends?", "quillfeather",
       "a monitoring stack that pages me on Saturday mornings", "favorite | 45",
       "something has to move back to a boring appliance", "2025-03-09"},
      {"lemmy.html", "Is it worth repairing a 15 year old dishwasher?", "grout_gremlin",
       "A technician quoted a price close to half of a new machine", "Modlog",
       "the puddle is gone after cleaning it", "2025-09-08"},
      {"hyperkitty.html", "Build fails on ARM64 with linker error", "Tomas Lindqvist",
       "undefined reference to the atomic helpers", "participants (2)", "I will watch for the proper fix",
       "2025-05-20", "", "", "", "", "20 May '25"},
      {"reddit-old.html", "My balcony tomatoes split after every rain. What am I doing wrong?", "tomatillo_ted",
       "every time it rains after a dry spell", "permalink", "keep the beefsteaks for the ground bed",
       "2025-07-12"},
      {"xenforo2.html", "Rear brake squeals only when cold", "pinecone_pete",
       "the rear brake squeals like a train pulling in", "Click to expand", "Not a single squeal", "2025-04-14"},
      {"vbulletin5.html", "Sourdough loaf collapses in the oven", "crumbcoat",
       "they spread out and come out flat and dense", "Join Date", "sticky note by the fridge", "2025-02-03"},
      {"pipermail.html", "[Birders] Early swifts over the reservoir", "",
       "almost two weeks earlier than my first date last year", "Messages sorted by", "Good birding", "2025-04-13", "", "", "", "",
       "More information about the"},
      // Docs, a wiki and a shop: the prose stays, the generator's
      // furniture goes (line numbers, a code tab bar, a wiki's skip link,
      // the shop's related products and review form).
      {"sphinx-rtd.html", "Configuring retries", "", "capped at two minutes", "Edit on GitHub"},
      {"mkdocs-material.html", "Authentication", "", "Never ship a live key", "JavaScript"},
      {"sphinx-api.html", "Configuring workers", "", "block until it is stopped by a signal", "Show Source"},
      {"mediawiki.html", "Tarn Hollow Viaduct", "", "the first timber centring in 1869", "Jump to navigation"},
      {"woocommerce.html", "Oak Chopping Board", "", "Re-oil it once a month", "Related products"},
      // News whose header shows a relative time and a dated update ("vor 3
      // Stunden · Aktualisiert am ...", "il y a 2 jours – Mis à jour le
      // ..."), and a blog post's "6 min read · Oct 2, 2025" row: the row
      // goes, the update dates the modification.
      {"de-relative.html", "Streik legt Flughäfen lahm", "Lena Hoffmann",
       "Reisende sollten sich vor der Fahrt zum Flughafen", "vor 3 Stunden", "", "", "", "", "Jonas Weber",
       "2026-11-28", "Aktualisiert am"},
      {"fr-relative.html", "Le prix du blé recule sur les marchés européens", "Claire Martin",
       "Les agriculteurs français, qui ont connu une récolte médiocre", "il y a 2 jours", "", "", "", "",
       "Hugo Bernard", "2026-11-27", "Mis à jour le"},
      // A newsletter post whose like and comment counts follow its date
      // ("Nov 3, 2025" then "142" "37"): the counts are no time of day.
      {"substack-en.html", "Why small towns are losing their pharmacies", "Rachel Kim",
       "a pharmacy can be treated as infrastructure rather than a shop", "Subscribe for free", "", "2025-11-03"},
      // A story's box of the site's other stories under a heading in the
      // page's language ("Você também pode gostar", "Читайте также"), and
      // an inline pointer line ("Читайте также: <a>...</a>"): furniture
      // as "Related articles" is.
      {"pt-related.html", "Chuva forte alaga ruas do centro de Belém", "Beatriz Lima",
       "novas chuvas são esperadas para quinta-feira", "Maré alta deve atingir", "", "2025-03-18", "", "", "", "",
       "Você também pode gostar"},
      {"ru-related.html", "В Самаре отремонтируют набережную к лету", "Олег Кузнецов",
       "большую часть средств выделит областной бюджет", "Читайте также", "", "2025-02-11", "", "", "", "",
       "Мост через Самарку"},
      // A blog platform's close under the story: the writer's card
      // ("Written by ..." over the bio) and the readers' replies under
      // "Responses (6)", after the story's prose.
      {"medium-footer.html", "Why our cache made everything slower", "Nina Okafor",
       "the latency finally fell below what we had before the change", "Written by Nina Okafor", "", "2025-02-02",
       "", "", "", "", "We hit the exact same bug"},
      // An untyped post, signed and dated, whose comment section (Disqus's
      // thread rendered in the page) outweighs the story: the story is the
      // text, the comments stay out.
      {"disqus-heavy.html", "Fitting a rear rack to a bike without eyelets", "Tom Hale",
       "a bent hinge is the one failure you will notice", "I tried this with my own bike", "", "2024-03-03"},
      // Chinese news: the row of labelled fields over the story ("2025-04-18
      // 09:15 来源：... 作者：... 责任编辑：...") and the rights notice under
      // it ("【版权声明】...") go; Japanese news keeps its story whole.
      {"zh-news.html", "杭州试点夜间公交“按需响应”服务", "陈晓雨",
       "按需响应公交能够有效降低夜间空驶率", "版权声明", "", "2025-04-18", "", "", "", "", "责任编辑"},
      // A WP Recipe Maker card under a blog post: the card's ingredients
      // and steps stay, its "Jump to Recipe" link and the comment form go;
      // a Spanish live blog (LiveBlogPosting) keeps every entry, oldest last.
      {"wprm-recipe.html", "Easy Lemon Blueberry Muffins", "Hannah Reed",
       "Rub the lemon zest into the sugar until it smells strongly of lemon", "Leave a Reply", "", "2025-05-09",
       "", "", "", "", "Jump to Recipe"},
      {"es-liveblog.html", "Elecciones en Andalucía, en directo: última hora del escrutinio", "Carmen Ruiz",
       "Los colegios electorales han cerrado a las ocho de la tarde", "Cargar más entradas",
       "el ganador ha agradecido el apoyo", "2025-06-15"},
      // A science news wire's press release: its meta box beside the story
      // names the release's kind and the issuing institute
      // ("Peer-Reviewed Publication", "Northshore Marine Institute"), no
      // writer.
      {"eurekalert.html", "Coral larvae find reefs by listening for snapping shrimp", "",
       "they prefer a noisy neighbourhood", "is not responsible for the accuracy", "", "2025-03-14"},
      {"medium-en.html", "What I learned rewriting our build system in a weekend", "Dev Patel",
       "profile first, and fix the thing the profile shows", "6 min read", "", "2025-10-02", "", "", "", "",
       "Oct 2, 2025"},
  };
  for (const HeldOut& p : pages) {
    const std::string html = testing::ReadFile(testing::SourceDir() + "/tests/fixtures/heldout/" + p.file);
    ASSERT_FALSE(html.empty()) << p.file;
    ExtractOptions opts;
    opts.url = p.url;
    Result<Article> r = Extract(html, opts);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(r->title.value_or(""), p.title) << p.file;
    if (*p.author2) {
      EXPECT_EQ(r->authors, (std::vector<std::string>{p.author, p.author2})) << p.file;
    } else if (*p.author) {
      EXPECT_EQ(r->authors, std::vector<std::string>{p.author}) << p.file;
    } else {
      EXPECT_TRUE(r->authors.empty()) << p.file;
    }
    EXPECT_NE(r->text.find(p.kept), std::string::npos) << p.file << ": lost '" << p.kept << "'\n" << r->text;
    EXPECT_EQ(r->text.find(p.dropped), std::string::npos) << p.file << ": chrome '" << p.dropped << "'\n"
                                                          << r->text;
    if (*p.kept_last) {
      EXPECT_NE(r->text.find(p.kept_last), std::string::npos) << p.file << ": lost '" << p.kept_last << "'\n"
                                                              << r->text;
    }
    if (*p.date) {
      EXPECT_EQ(r->date_published.value_or("").substr(0, 10), p.date) << p.file;
      // (A time only when the page shows a clock: no count read as one.)
      if (std::string_view(p.file) == "substack-en.html") {
        EXPECT_EQ(r->date_published.value_or(""), p.date) << p.file;
      }
    }
    if (*p.modified) {
      EXPECT_EQ(r->date_modified.value_or("").substr(0, 10), p.modified) << p.file;
    }
    if (*p.meta_row) {
      EXPECT_EQ(r->text.find(p.meta_row), std::string::npos) << p.file << ": meta row '" << p.meta_row << "'\n"
                                                             << r->text;
    }
    if (*p.comment) {
      // Comments are not the story's text; asked for, they come apart.
      EXPECT_EQ(r->text.find(p.comment), std::string::npos) << p.file;
      opts.comments = true;
      Result<Article> c = Extract(html, opts);
      ASSERT_TRUE(c.ok()) << c.status().ToString();
      EXPECT_NE(c->comments.value_or("").find(p.comment), std::string::npos) << p.file;
      EXPECT_EQ(c->text.find(p.comment), std::string::npos) << p.file;
    }
  }
}

// The held-out docs pages' code in Markdown: each block whole, with its
// indentation and its language (from the highlighter's wrapper), no line
// numbers, no tab labels; a shop's name printed once.
TEST(CmsHeldOut, DocsCodeAndShopMarkdown) {
  struct Case {
    const char* file;
    const char* kept;
    const char* dropped;
  };
  const Case cases[] = {
      {"sphinx-rtd.html", "```python\nfrom tidepool import Pool, Retry\n\npool = Pool(retry=Retry(total=5,\n"
                          "                       backoff=0.5))\n```", "```\n1\n"},
      {"mkdocs-material.html", "```javascript\nconst client = new Parcelkit({\n  apiKey: \"pk_live_123\"\n});",
       "JavaScript cURL"},
      {"mkdocs-material.html", "```bash\ncurl https://api.parcelkit.example/v1/parcels \\\n  -H", "Python\n"},
      // (A permalink in an API entry's signature or a table's caption is
      // the generator's control: "start(*pool*)\xC2\xB6".)
      {"sphinx-api.html", "**pollen.worker.start(*pool*)**\n\nStart a worker", "\xC2\xB6"},
      {"sphinx-api.html", "| concurrency | 0 | Processes in the pool |", "](#id1)"},
      {"woocommerce.html", "| Weight | 2.4 kg |", "# Oak Chopping Board\n\n# Oak"},
  };
  for (const Case& c : cases) {
    const std::string html = testing::ReadFile(testing::SourceDir() + "/tests/fixtures/heldout/" + c.file);
    ASSERT_FALSE(html.empty()) << c.file;
    Result<Article> r = Extract(html, ExtractOptions{});
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    const std::string md = ToMarkdown(r.value());
    EXPECT_NE(md.find(c.kept), std::string::npos) << c.file << ": lost\n" << c.kept << "\n" << md;
    EXPECT_EQ(md.find(c.dropped), std::string::npos) << c.file << ": kept\n" << c.dropped << "\n" << md;
  }
}

// A page labelled ISO-8859-2 but written in windows-1250 (common in
// Central Europe): its bytes 0x80..0x9F are windows-1250 letters, not
// windows-1252 ("mie\xC5\x93cie" for "mie\xC5\x9B" "cie"), and they make the
// whole page windows-1250 ("wystarczaj\xC5\xA1" "co" for "wystarczaj\xC4\x85" "co").
// A UTF-8 page's C1 control is still read as windows-1252 (U+0092 is a
// right quote).
TEST(EncodingFixture, IsoLabelledWindowsPageAndUtf8C1Controls) {
  const std::string html =
      testing::ReadFile(testing::SourceDir() + "/tests/fixtures/encoding/windows-1250-labelled-iso-8859-2.html");
  ASSERT_FALSE(html.empty());
  Result<Article> r = Extract(html, ExtractOptions{});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const std::string md = ToMarkdown(r.value());
  for (const char* kept : {"mie\xC5\x9B" "cie", "\xC5\xBAr\xC3\xB3" "d\xC5\x82o", "\xC5\xA0\xC5\xA5" "astn\xC3\xBD",
                           "\xC5\xA4" "ape\xC5\xA1ovie", "\xE2\x80\x9EW mie\xC5\x9B" "cie", "\xC5\xBD" "ilinie",
                           // bytes above 0xA0 read by windows-1250 too (0xB9 ą, 0xBC Ľ, 0xAB «)
                           "wystarczaj\xC4\x85" "co", "\xC5\x9Awi\xC4\x99tym", "wodoci\xC4\x85g\xC3\xB3w",
                           "\xC4\xBD" "ubom\xC3\xADr Hud\xC3\xA1k", "\xC2\xABnajczystsz\xC4\x85 wod\xC4\x85"})
    EXPECT_NE(md.find(kept), std::string::npos) << kept << "\n" << md;
  EXPECT_EQ(r.value().title, "Nowe \xC5\xBAr\xC3\xB3" "d\xC5\x82o wody w mie\xC5\x9B" "cie");
  Result<Article> u = Extract(
      "<html><head><meta charset=utf-8><title>t</title></head><body><article><p>We\xC2\x92re told the "
      "council\xC2\x92s plan is final, and the vote is set for the spring session of the board.</p></article>"
      "</body></html>",
      ExtractOptions{});
  ASSERT_TRUE(u.ok());
  EXPECT_NE(ToMarkdown(u.value()).find("We\xE2\x80\x99re told the council\xE2\x80\x99s plan"), std::string::npos)
      << ToMarkdown(u.value());
}

// hostile39: a page that says UTF-8 (<meta charset="utf-8">, a template's)
// but whose text is windows-1252 (an old database's): every accented letter,
// quote and dash was a U+FFFD, in the text, the title and the byline.
TEST(EncodingFixture, Windows1252PageLabelledUtf8KeepsItsLetters) {
  const std::string html =
      testing::ReadFile(testing::SourceDir() + "/tests/fixtures/encoding/windows-1252-labelled-utf-8.html");
  ASSERT_FALSE(html.empty());
  Result<Article> r = Extract(html, ExtractOptions{});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const Article& a = r.value();
  EXPECT_EQ(a.charset, "windows-1252");
  EXPECT_EQ(a.text.find("\xEF\xBF\xBD"), std::string::npos) << a.text;
  for (const char* kept : {"la m\xC3\xA9" "diath\xC3\xA8que municipale", "d\xC3\xA8s l\xE2\x80\x99ouverture",
                           "\xC2\xAB C\xE2\x80\x99" "est un lieu", "Fran\xC3\xA7oise",
                           "s\xE2\x80\x99\xC3\xA9l\xC3\xA8ve"})
    EXPECT_NE(a.text.find(kept), std::string::npos) << kept << "\n" << a.text;
  EXPECT_EQ(a.title, "La m\xC3\xA9" "diath\xC3\xA8que rouvre ses portes apr\xC3\xA8s les travaux");
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0], "H\xC3\xA9l\xC3\xA8ne Lef\xC3\xA8vre");
}

// A UTF-8 page with one paragraph pasted from windows-1252 (hostile40):
// that paragraph's letters, quotes and dashes were U+FFFD.
TEST(EncodingFixture, Windows1252ParagraphInAUtf8PageKeepsItsLetters) {
  const std::string html = testing::ReadFile(testing::SourceDir() +
                                             "/tests/fixtures/encoding/utf-8-page-with-a-windows-1252-paragraph.html");
  ASSERT_FALSE(html.empty());
  Result<Article> r = Extract(html, ExtractOptions{});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const Article& a = r.value();
  EXPECT_EQ(a.charset, "utf-8");
  EXPECT_EQ(a.text.find("\xEF\xBF\xBD"), std::string::npos) << a.text;
  for (const char* kept : {"Le maire s\xE2\x80\x99" "est f\xC3\xA9licit\xC3\xA9",
                           "\xE2\x80\x9C" "attendue par tout le quartier\xE2\x80\x9D",
                           "jusqu\xE2\x80\x99\xC3\xA0 la fin de l\xE2\x80\x99" "ann\xC3\xA9" "e",
                           "d\xE2\x80\x99\xC3\xA9t\xC3\xA9 \xE2\x80\x93 de sept heures",
                           "Les commer\xC3\xA7" "ants du march\xC3\xA9", "une d\xC3\xA9gustation offerte"})
    EXPECT_NE(a.text.find(kept), std::string::npos) << kept << "\n" << a.text;
}

INSTANTIATE_TEST_SUITE_P(Cms, CmsFixture, ::testing::ValuesIn(Pages()), [](const auto& info) {
  std::string name = info.param.file;
  name = name.substr(0, name.find('.'));
  for (char& c : name)
    if (c == '-') c = '_';
  return name;
});

// More platforms' own templates, written by hand after their default
// markup: every post or item stays, the platform's furniture goes, and the
// page's title, writer and day are read right.
// - Simple Machines Forum 2.1: no generator and no forum path; its posts
//   (the poster's profile link in an <h4>, the stamp in "div.keyinfo") make
//   the page a thread; the user box's clock over the thread is not its day;
//   the profile column's group and post count, the "are viewing this topic"
//   line, "« previous next »" and the "Jump to:" box go.
// - MyBB 1.8: the poster's name is the profile link that opens the
//   "author_information" box (its rank after a <br> is none of it), and
//   the "author_buttons" bar under it ("Find") names no writer.
// - Ghost's tag page (Casper): each card's title and excerpt stay, the
//   site's menu, "Older Posts" and "Powered by Ghost" go.
// - Vanilla Forums: the discussion and its comments all stay, each
//   poster's role and post count go.
// - A Khoros (Lithium) community topic: its <body> class "ForumTopicPage"
//   makes it a thread; each post's text sits in a "...-body-with-signature"
//   wrapper (a body that has a signature, not a signature: the words after
//   "with" name its features); its shown day, "\u200E10-21-2024", opens on a
//   left-to-right mark; the ranks, kudos and related topics go.
// - A Webflow service page: its sections split across sibling <section>s
//   all stay, and so do its FAQ's answers, though Webflow's dropdown puts
//   each in a <nav> ("nav.w-dropdown-list": prose and no link is no
//   navigation); the menu, the calls to action and the footer go.
// - A HubSpot landing page (drag-and-drop rows of "hs_cos_wrapper"
//   modules): the rich-text modules stay, the form and the CTA go.
// - An Elementor service page (containers of heading and text-editor
//   widgets): every heading and paragraph stays, the logo carousel, the
//   header's call button and the footer go.
// Extracts held-out page `p.file` and checks the facts every platform row
// states (title, author, date, type, text kept and dropped, Markdown when
// pinned); the article,
// for a row's own checks, or nothing when the page could not be read.
struct PlatformPage {
  const char* file;
  const char* title;
  const char* author;  // "" when none, nullptr when not pinned
  const char* date;    // "" when not pinned
  const char* type;    // "" when not pinned
  std::vector<const char*> kept;
  std::vector<const char*> dropped;
  std::vector<const char*> markdown = {};  // in the Markdown, when pinned
};
std::optional<Article> CheckPlatformRow(const PlatformPage& p) {
  const std::string html = testing::ReadFile(testing::SourceDir() + "/tests/fixtures/heldout/" + p.file);
  if (html.empty()) {
    ADD_FAILURE() << p.file << ": not read";
    return std::nullopt;
  }
  Result<Article> r = Extract(html, ExtractOptions{});
  if (!r.ok()) {
    ADD_FAILURE() << p.file << ": " << r.status().ToString();
    return std::nullopt;
  }
  EXPECT_EQ(r->title.value_or(""), p.title) << p.file;
  if (!p.author) {
    // (not pinned)
  } else if (*p.author) {
    EXPECT_EQ(r->authors, std::vector<std::string>{p.author}) << p.file;
  } else {
    EXPECT_TRUE(r->authors.empty()) << p.file;
  }
  if (*p.date) {
    EXPECT_EQ(r->date_published.value_or("").substr(0, 10), p.date) << p.file;
  }
  if (*p.type) {
    EXPECT_EQ(r->page_type, p.type) << p.file;
  }
  for (const char* k : p.kept)
    EXPECT_NE(r->text.find(k), std::string::npos) << p.file << ": lost '" << k << "'\n" << r->text;
  for (const char* d : p.dropped)
    EXPECT_EQ(r->text.find(d), std::string::npos) << p.file << ": chrome '" << d << "'\n" << r->text;
  if (!p.markdown.empty()) {
    const std::string md = ToMarkdown(r.value());
    for (const char* m : p.markdown) EXPECT_NE(md.find(m), std::string::npos) << p.file << ": \n" << md;
  }
  return std::move(r.value());
}

TEST(CmsHeldOut, PlatformPages) {
  const PlatformPage pages[] = {
      {"smf.html", "Wood stove glass keeps going black", "glenfarrow", "2025-03-02", "forum",
       {"the glass turns black within an hour of lighting it", "Leave it wide open for the first twenty minutes",
        "the glass has stayed clear all night"},
       {"Global Moderator", "Posts: 6,204", "are viewing this topic", "previous next", "Jump to", "Print",
        "Simple Machines", "Main Menu", "HETAS registered", "spring meet-up"}},
      {"mybb.html", "Bees building comb across the frames", "meadowlark", "2025-06-14", "forum",
       {"they have drawn the wax across three frames", "chew the string away within a week",
        "the queen is laying in the repaired comb"},
       {"Find", "Junior Member", "Reputation", "Users browsing this thread", "Forum Jump", "Powered By",
        "Two hives in a back garden", "Member List"}},
      {"ghost-tag.html", "Sourdough", "", "", "",
       {"Starters, long fermentation", "proves in the fridge while you sleep", "Pour off the grey liquid",
        "which size suits a one kilo loaf", "Choosing a Banneton"},
       {"Sign in", "Subscribe", "Older Posts", "Powered by Ghost", "Privacy", "6 min read"}},
      {"vanilla.html", "Dehumidifier drains but tank still fills", "kettlebrook", "2024-10-09", "forum",
       {"the tank still fills up and the unit stops", "a rubber plug inside the tank cavity",
        "the tank has stayed empty since I pulled it"},
       {"Moderator", "Posts: 3,118", "to comment", "In this Discussion", "Powered by", "Categories"}},
      {"khoros.html", "Router drops Wi-Fi every evening", "pennyfarthing", "2024-10-21", "forum",
       {"Wired devices stay connected the whole time", "turn off automatic channel selection",
        "Two evenings now without a single drop"},
       {"Newcomer", "Expert", "Kudos", "Related Content", "Slow speeds on 5 GHz", "Powered by Khoros",
        "Sign In"}},
      {"webflow-service.html", "Bookkeeping services for small businesses", "", "", "",
       {"so you always know what is in the bank", "chase you only for the ones we cannot find",
        "A named bookkeeper tidies up the last twelve months", "We work in Xero, QuickBooks and FreeAgent",
        "usually takes two to three weeks"},
       {"Book a call", "Get a free quote", "About us", "company number", "Privacy policy", "All rights reserved"}},
      {"hubspot-landing.html", "Commercial roof inspections", "", "", "",
       {"A flat roof rarely fails all at once", "checked for splits and blisters", "Two visits catch both"},
       {"Skip to content", "Case studies", "First name", "unsubscribe", "Request a visit", "Mill Lane",
        "All rights reserved"}},
      {"elementor-service.html", "Emergency plumbing repairs in Bristol", "", "", "",
       {"you need someone at the door within the hour", "pressure test the run before we leave",
        "bring a camera to find the collapse", "tell you honestly when a repair is not worth it",
        "We tell you the price before we start"},
       {"Call 0117", "Reviews", "1 of 3", "Registered in England", "Privacy Policy", "Skip to content"}},
  };
  for (const PlatformPage& p : pages) {
    CheckPlatformRow(p);
  }
}

// Round two of held-out platforms, each written by hand after the
// platform's default markup:
// - GOV.UK's step-by-step page: its steps sit in "gem-c-step-nav" (a
//   "step nav"), each a heading, a paragraph and the links to do it: the
//   guide's text, not a menu; the cookie banner, "Is this page useful?",
//   the related links and the footer go.
// - Docusaurus v3 docs: an admonition's text, both tabs of a tabbed code
//   block, no sidebar, table of contents, pager or "Edit this page".
// - A Stack Overflow question: the question and every answer stay, the
//   votes, the sort menu, "Share"/"Improve this answer", the linked and hot
//   questions and the cookie banner go; the asker is its writer.
// - An Arc XP news story: the body's paragraphs, not the inline ads, the
//   "Read more:" link, the author bio, "Most Read" or "More from Local".
// - A Shopify Dawn product with Judge.me reviews: the description and its
//   care tab stay; the reviews, the recommendations and the buy form go;
//   the gallery's counter in a "caption"-classed box is no image caption.
// - A podcast episode: its show notes and transcript stay; the player's
//   time readout ("00:00" and the length, side by side), the "Listen on"
//   links and the episode pager go.
// - A javadoc class page: the class's description and each method's
//   signature and text stay, the navigation bars and the footer go.
TEST(CmsHeldOut, PlatformPagesRound2) {
  const PlatformPage pages[] = {
      {"govuk-step-by-step.html", "Learn to drive a car: step by step", "", "2017-05-02", "",
       {"Most people can start learning to drive when they", "It costs £34 to apply online",
        "have held a full licence for 3 years", "You must pass both parts to pass the test"},
       {"We use some essential cookies", "Is this page useful?", "Related content", "Driving test: cars",
        "Open Government Licence", "Skip to main content", "Driving and transport"},
       {"1. ## 1 Check you're allowed to drive\n\n   Most people"}},
      {"docusaurus3-tabs.html", "Retrying failed jobs", "", "", "",
       {"When a job throws, Quarry does not drop it", "A job that returns a value, even an error value",
        "Jobs that charge a card must be idempotent", "the last retry runs about thirty seconds",
        "replays it from the dashboard"},
       {"give it a star on GitHub", "Edit this page", "Scheduling", "Getting started", "Built with Docusaurus",
        "On this page", "Skip to main content"},
       {"```js\nconst job = quarry.define(\"send-invoice\", {\n  attempts: 5,",
        "```python\njob = quarry.define(\"send-invoice\", attempts=5, backoff=\"2s\")\n```"}},
      {"stackoverflow-answers.html", "Why does my list comprehension skip the last element?", "tomasz_w",
       "2024-06-10", "forum",
       {"The last reading never appears in the output", "Slice bounds in Python are half-open",
        "which also works on generators that cannot be sliced at all"},
       {"Ask Question", "Improve this answer", "Highest score", "Not the answer you're looking for",
        "Hot Network Questions", "Understanding slicing", "Accept all cookies", "Why your code review queue",
        "reputation"}},
      {"arcxp-news.html", "Harbor dredging plan stalls over where to put the mud", "Marisol Ortega", "2025-02-18",
       "article",
       {"where the dredged mud will go", "Finding a place that will take it is the whole project now",
        "skip the harbor if the channel stays at its current depth past 2027"},
       {"ADVERTISEMENT", "Read more:", "Port budget vote", "covers the port, shipping", "Most Read",
        "Ferry fares", "More from Local", "Seawall repairs", "All rights reserved", "Share on"}},
      {"shopify-dawn-judgeme.html", "Waxed Canvas Tote", "", "", "product",
       {"We cut this tote from a heavy 18 oz cotton canvas", "Brass snap closure", "Rewax once a year",
        "Do not machine wash or dry clean"},
       {"Free shipping on orders over", "Customer Reviews", "Carries my whole market haul", "Write a review",
        "You may also like", "Fabric Wax Bar", "Subscribe to our emails", "Powered by Shopify",
        "Add to cart", "Skip to product information", "1 / of4"}},
      {"podcast-episode.html", "Why bridges hum in the wind", "", "2025-05-06", "",
       {"spends her winters listening to bridges", "tuned mass dampers hidden inside bridge decks",
        "a bit like someone blowing across a bottle"},
       {"00:00", "48:12", "Skip back", "Apple Podcasts", "Pocket Casts", "Concrete that heals itself",
        "Hosted on Fireside"}},
      {"javadoc-class.html", "Class RetryPolicy", "", "", "",
       {"Decides whether a failed call is tried again", "A policy is immutable",
        "Errors that extend IllegalArgumentException are never retried", "the number of the try that failed"},
       {"Skip navigation links", "Deprecated", "SEARCH", "All rights reserved"},
       {"  - ### shouldRetry\n\n    public boolean shouldRetry(int attempt,"}},
  };
  for (const PlatformPage& p : pages) {
    const std::optional<Article> r = CheckPlatformRow(p);
    if (!r) continue;
    // (Dawn's gallery counter, "1 / of4" in a "caption"-classed box, and
    // its vendor line in "caption-with-letter-spacing" type, caption no
    // picture.)
    if (std::string_view(p.file) == "shopify-dawn-judgeme.html") {
      EXPECT_FALSE(r->image.caption.has_value()) << *r->image.caption;
      // The <h1> the body repeats is printed once, and no empty paragraph.
      const std::string html_out = ToHtml(r.value());
      EXPECT_EQ(html_out.find("<h1>", html_out.find("<h1>") + 1), std::string::npos) << html_out;
      EXPECT_EQ(html_out.find("<p></p>"), std::string::npos) << html_out;
      EXPECT_EQ(ToMarkdown(r.value()).find("\n\n\n"), std::string::npos) << ToMarkdown(r.value());
    }
  }
}

// Round three of held-out platforms, each written by hand after the
// platform's default markup:
// - GitBook docs (Tailwind classes only): the page's prose, its hint box
//   and its expandable stay; the sidebar, "On this page", "Powered by
//   GitBook", the pager ("Previous" over "Shopify", "Next" over "Rate
//   limits", in a box of utility classes only) and the feedback line
//   "Was this helpful?" over its two buttons go.
// - A GitLab merge request: the description and the discussion's comments
//   stay; the broadcast banner, the project sidebar, the merge request's
//   side panel and its status box ("mr-widget-...": pipeline passed,
//   approved by, merged by) go; its opener is its writer.
// - A Mastodon status page: the post and its reply stay; the sign-in
//   banners, the counts and the navigation panel go.
// - A Mailchimp campaign's archive page: the letter stays; "View this email
//   in your browser" over it and the footer's address and unsubscribe
//   links go.
// - News and blog posts in Arabic (right to left), Japanese, Indonesian
//   and Turkish: the "read also" pointers between paragraphs ("اقرأ
//   أيضاً:", "Baca juga:", "Bunu da okuyun:", "İlginizi çekebilir:", each
//   over a link) go with the related strips, the comments and the cookie
//   bars; writer, day and type from the markup.
// - A Korean news story: "관련기사:" over a link between paragraphs and
//   the "관련 기사" strip go; the writer is "김서연", not "김서연 기자"
//   (the reporter's title after the name).
// - A Yoast-heavy WordPress post (Astra): the steps, the tip and the FAQ
//   block's questions and answers stay; the table of contents, the
//   affiliate note and button, the newsletter box, the author box, the
//   pager, the related posts and the comment form go.
// - A marketplace product page (Amazon's layout): the feature bullets and
//   the description stay; the gallery's zoom hint, the buy box, "Frequently
//   bought together", "Products related to this item", the Q&A search and
//   the reviews go.
// - A Doxygen class reference: the description, the warning and each
//   member's parameters stay; the menu, the path and the footer go.
// - A Newspack news story: the story stays; the donation banner and the
//   inline donate and newsletter blocks, the share bar, the republish
//   button, the author bio and the related stories go.
// - A Craigslist-style ad: its text, split into paragraphs by "<br><br>",
//   stays without a stray Markdown backslash; the QR code label, the
//   gallery counter and the safety links go.
// And threads that forum software marks poorly, and an Elementor landing
// page typed article:
// - vBulletin 3: table layout, each post a "table#postNNN" with its text in
//   "div#post_message_NNN" and the poster's column in "td.alt2"; every post
//   stays, the poster's rank and counts, the signature under the rule of
//   underscores, the "Reply With Quote" cell, the "Similar Threads"
//   table (headed by its first cell) and the board's clock line go.
// - A generic board theme that prints og:type "article" on its threads,
//   with a "Started by" line under the headline: the posts (each poster's
//   linked name and date) make it a thread; every post stays, signatures,
//   each post's toolbar and the similar threads go.
// - A WordPress + Elementor landing page that Yoast's JSON-LD and og:type
//   call an article (sections, "e-con" containers, icon boxes): every
//   section's heading and text stays; the header's menu and call button,
//   the call to action, the footer go; the CMS account "admin" is no writer.
TEST(CmsHeldOut, PlatformPagesRound3) {
  const PlatformPage pages[] = {
      {"gitbook.html", "Configuring webhooks", "", "", "",
       {"Parcelkit posts a JSON event", "We retry a failed delivery up to eight times",
        "Compare it in constant time", "leaks how much of a forged signature"},
       {"Was this helpful?", "Powered by GitBook", "On this page", "Quickstart", "Sign up", "Search...", "Ctrl K",
        "Previous", "Rate limits", "Last updated 3 months ago", "bash"},
       // (The label over the code is the fence's info string.)
       {"```bash\ncurl -X POST"}},
      {"gitlab-mr.html", "Stop the importer from double-counting refunds", "Ifeoma Adeyemi", "2025-06-03", "",
       {"were booked twice: once when the charge", "keys refunds on the original transaction id",
        "importer rebook --since", "removed 214 duplicate refund lines", "Partial refunds were the reason"},
       {"Scheduled maintenance", "Sign in", "Project information", "Milestone", "Reference:", "register",
        "Source branch", "Assignee", "Pipeline #90412 passed", "Approved by", "Merged by", "Cherry-pick",
        "The changes were merged into", "Edited Jun 4", "Maintainer", "More actions"}},
      {"mastodon-status.html", "Rosa Lindqvist (@rosal@fosstodon.example)", "Rosa Lindqvist", "2025-09-21", "",
       {"Finished the survey of the old orchard", "The oldest is a Gravenstein planted around 1890",
        "send photos to the county fruit group"},
       {"Sign in to follow profiles", "Create account", "Privacy policy", "boosts", "favorites",
        "To use the Mastodon web application", "Live feeds", "Get the app"}},
      {"mailchimp-campaign.html", "Seed swap, frost dates and the new water rota", "", "", "",
       {"Dear plot holders", "Bring seeds in labelled envelopes", "Our last frost has fallen",
        "filled on Mondays and Thursdays only"},
       {"View this email in your browser", "unsubscribe", "mailing address", "All rights reserved",
        "update your preferences", "Mailchimp", "Facebook"}},
      {"ar-news.html", "افتتاح محطة تحلية جديدة لتزويد ثلاث مدن بمياه الشرب", "سارة الحمدان", "2025-04-12",
       "article",
       {"افتتحت وزارة المياه صباح اليوم", "تعمل بتقنية التناضح العكسي", "حقل للطاقة الشمسية",
        "انقطاع المياه في أشهر الصيف"},
       {"اقرأ أيضاً", "ارتفاع فاتورة الكهرباء", "أخبار ذات صلة", "الأكثر قراءة", "التعليقات",
        "ملفات تعريف الارتباط", "جميع الحقوق محفوظة", "شارك", "عاجل"}},
      {"ja-news.html", "老朽化した水道管、更新ペース追いつかず 全国で年2万件の漏水", "山本 恵子", "2025-08-19",
       "article",
       {"法定耐用年数の40年を超えた水道管", "今のペースでは全部を取り替えるのに130年かかる", "地震への備えも課題",
        "基幹的な管路の耐震化率"},
       {"広告", "関連記事", "水道料金、各地で値上げ相次ぐ", "アクセスランキング", "おすすめ記事", "有料会員登録",
        "無断転載", "はてなブックマーク"}},
      {"id-blog.html", "Cara Merawat Tanaman Cabai di Pot agar Berbuah Lebat", "Dewi Anggraini", "2025-02-07",
       "article",
       {"Menanam cabai di pot cocok untuk rumah", "Campurkan tanah, kompos dan sekam bakar",
        "beri pupuk yang kaya kalium", "tanaman kekurangan nitrogen"},
       {"Baca juga", "Menanam Tomat di Polybag", "Mengusir Kutu Daun", "Artikel Terkait", "Tinggalkan Balasan",
        "Bagikan ini", "Ditenagai oleh", "Langsung ke konten"}},
      {"tr-blog.html", "Evde Ekşi Maya Nasıl Yapılır? Adım Adım Rehber", "Elif Kaya", "2024-11-18", "article",
       {"Ekşi maya yalnızca un ve sudan oluşur", "elli gram tam buğday unu", "dört saat içinde iki katına",
        "haftada bir kez beslemeniz yeterlidir"},
       {"Bunu da okuyun", "Tam Buğday Ekmeği", "İlginizi çekebilir", "Pizza Hamuru", "Benzer Yazılar",
        "Yorumlar", "çerezleri", "Tüm hakları saklıdır", "Paylaş"}},
      {"ko-news.html", "도심 공원 나무 그늘, 한낮 기온 최고 4도 낮춘다", "김서연", "2025-07-28", "article",
       {"한낮 기온을 최고 4도까지 낮춘다는 조사 결과가 나왔다", "잔디만 깔린 공원은 주변 도로와",
        "버스 정류장 주변에도 가로수를 늘려야"},
       {"관련기사", "폭염 특보 속", "관련 기사", "열대야 열흘째", "많이 본 뉴스", "무단 전재", "로그인", "글자크기",
        "본문 바로가기", "기자의 다른 기사 보기", "광고"}},
      {"yoast-faq.html", "How to Descale a Kettle (Without Vinegar Smell)", "Priya Natarajan", "2025-01-14",
       "article",
       {"White flakes in your tea are limescale", "Two tablespoons of citric acid powder",
        "the fizzing is the scale dissolving", "scale on the filter comes off faster", "How often should I descale?",
        "Every four weeks in a hard water area", "does not attack stainless steel"},
       {"Table of contents", "Check price on Amazon", "Get one tidy tip a week", "About the author",
        "Previous Post", "Related Posts", "Cleaning a Washing Machine Drum", "Leave a Comment", "Recent Posts",
        "Astra WordPress Theme", "We use cookies", "affiliate links"}},
      {"amazon-product.html", "Harbor Trail Insulated Water Bottle, 750 ml, Leak-Proof Lid, Slate", "", "",
       "product",
       {"keeps water cold for 24 hours", "the silicone gasket and a quarter-turn cap", "for long days on the water",
        "pressure tested before it leaves"},
       {"Hello, sign in", "Today's Deals", "Roll over image to zoom in", "Add to Cart", "Ships from",
        "FREE delivery", "Frequently bought together", "Products related to this item", "Summit Flask",
        "Looking for specific info?", "Does the lid fit", "Still ice in it at 4pm", "Your browsing history",
        "Conditions of Use", "Back to top", "5 VIDEOS", "#1 Best Seller"}},
      {"doxygen.html", "libtide: RingBuffer Class Reference", "", "", "",
       {"A single-producer, single-consumer queue of fixed capacity", "neither ever blocks or allocates",
        "corrupts the buffer", "The value copied into the next free slot", "false when the buffer was full",
        "inline noexcept"},
       {"Main Page", "Namespaces", "List of all members", "Generated by", "Lock-free queues for audio threads",
        // (Doxygen's member labels are set side by side: two words.)
        "inlinenoexcept"},
       // (A signature's cells, Doxygen's "memname" row, read as one line.)
       {"::try\\_push ( const T &"}},
      {"newspack-news.html", "County approves $4.2 million for rural broadband, but the map is two years old",
       "Jordan Whitfield", "2025-03-11", "article",
       {"voted 4-1 on Tuesday to spend $4.2 million", "the map still shows as unserved",
        "We could end up paying to run fiber", "Construction is expected to start in June"},
       {"Become a member", "Donate now", "Get the Ledger in your inbox", "Share this", "Republish this article",
        "covers county government", "Related stories", "School bond", "Most popular",
        "Proudly powered by Newspack", "Skip to content"}},
      {"craigslist.html", "Solid oak drop-leaf table, seats six", "", "2025-05-17", "",
       {"Solid oak drop-leaf table from the 1970s", "The hinges were replaced last year", "Chairs not included"},
       {"QR Code Link to This Post", "image 1 of 4", "safety tips", "avoiding scams", "prohibited items",
        // (The slider's arrows, the map's link, the ad's number.)
        "<>", "google map", "post id"},
       // (The ad's "<br><br>" splits paragraphs: no backslash before the
       // break.)
       {"with them up it seats six.\n\nA few light scratches"}},
      {"vbulletin3-thread.html", "Check engine light P0420 on used sedan", "garyb", "2011-03-10", "forum",
       {"the check engine light came on after two days", "Check the downstream oxygen sensor first",
        "a loose clamp on the exhaust pipe", "Replaced the gasket this morning"},
       {"Junior Member", "Join Date", "Posts: 3,118", "__________", "Gary - Ohio", "Proud owner",
        "Reply With Quote", "Powered by vBulletin", "Similar Threads", "P0171 lean code",
        "All times are GMT", "Thread Tools", "Search this Thread", "Display Modes"}},
      {"ogarticle-forum.html", "Double opt-in killed my signup rate?", "markus_t", "2023-06-01", "forum",
       {"My signup rate dropped by almost a third", "Track revenue per subscriber instead of raw signups",
        "how many confirmation emails land in spam", "Will report back here with numbers"},
       {"Newsletter tips at my blog", "email consultant since 2009", "Active Member", "Posts: 1",
        "Best time of day to send newsletters", "Report", "Privacy"}},
      {"elementor-article-landing.html", "Garden Design Services in Leeds", "", "", "article",
       {"We plan gardens that suit the way you live", "test the soil and note where the sun falls",
        "Our own team lays the paths", "Most plans are ready within three weeks",
        "including Harrogate, Wakefield and Bradford"},
       {"Call 0113", "Book a free consultation", "Projects", "Registered in England", "Privacy Policy",
        "All rights reserved"}},
  };
  for (const PlatformPage& p : pages) {
    CheckPlatformRow(p);
  }
}

// Round four of held-out platforms, each written by hand after the
// platform's default markup:
// - A TownNews BLOX story: every paragraph sits in its own
//   "div.subscriber-only" (the body "subscriber-premium"), the story a
//   subscriber reads, served whole: all of it stays; the ad slot, the
//   "Subscribe to continue reading" note, the tags, the reporter's card,
//   "Related to this story" and the comments go.
// - A Brightspot (public radio) story: the rich-text body stays; the
//   inline promo, the ad, the share bar, the author's bio, "Most Viewed",
//   the donation box and the OneTrust banner go.
// - A MediaWiki talk page: each thread's posts stay; the talk page's
//   notice box ("tmbox": "This is the talk page for discussing
//   improvements...") goes with the "[edit]" links and the footer.
// - A Bluesky post page (its server-rendered summary): the post stays, the
//   noscript notes and the post's machine time under it (a paragraph of
//   the post's markup that is only a stamp is no part of it) go; the writer is the display name its title sets
//   before the handle of profile:username ("Ines Moreau (@handle)").
// - A Confluence page: the text, its task list, table and macros' notes
//   stay; the space sidebar, the page tree, the toolbar, the labels, the
//   likes, the comments and "Powered by Atlassian Confluence" go.
// - A Notion public page: every block's text stays; the top bar, the
//   login nudge and "Made with Notion" go.
// - A Forgejo/Gitea repository page: the README stays; the repository's
//   header and tabs, its file list ("repo-files-table"), the branch picker
//   and clone box ("repo-button-row"), the topic labels and the footer go.
// - A ReadMe API reference: the endpoint's description, its callout and
//   its body parameters (labels and descriptions in the playground's
//   <form>, a documented form) stay; the sidebar, the "Try It!"
//   playground, the pager and the feedback question go.
// - A Quora question: the answers stay; the sort control ("Sort
//   Recommended"), each answer's counters ("1.4K views · View upvotes"),
//   the ad among them, the related
//   questions and the footer go.
// - An Etsy listing: the description stays; "Delivery and return
//   policies", "Meet your seller", the reviews, "More from this
//   shop", "You may also like" and the cookie dialog go.
// - A university course page (Drupal): the course's facts and sections
//   stay; the menus, the section menu, the advising box and the footer go.
// - A GOV.UK "Apply for ..." start page: the guide's text stays; the
//   cookie banner, the start button, the feedback box, the related links
//   and the footer go.
// - A PR Newswire release: the release's text and its "About" paragraph
//   stay; the share bar, "Also from this source" and the footer go.
// - A Zendesk help center article (Copenhagen theme): the article stays;
//   the section's sidebar, "Follow", the vote box, "Return to top", the
//   related articles, the comments' sign-in note and the footer go.
// - A Czech news story: "Čtěte také:" over a link between paragraphs
//   goes (Czech and Slovak pointers and strip headings are cues now), with
//   the ad label, the share bar, the tags, "Související články", the
//   discussion, "Nejčtenější" and the cookie bar.
// - A LinkedIn article: the article stays; the writer's card, the social
//   bar, "Report this article", "More articles by", "Explore topics" and
//   the cookie notice go.
// - A Microsoft Learn article: the text, its note and its command stay;
//   the page's facts line ("ul.page-metadata": the date, "4
//   contributors"), "In this article", the feedback box under its own
//   "Feedback" heading, the aside and the footer go; the writer is the
//   page's meta author (a GitHub handle, as the page gives it).
// - A Vietnamese news story: the writer is "Nguyễn Thu Hà", whole (a
//   weekday cut short, "Thu", is a given name too: it starts a date only
//   before a date or with its stop, "Thu,"); the inline related box, the
//   share bar, "Tin liên quan", the comments and "Đọc nhiều nhất" go.
// - A Tumblr post: the post stays; its notes ("paperfox liked this"), the
//   blog's header, the tags, the
//   reblog controls, the pager and the theme credit go.
// - A Fandom wiki page (og:type "article"): the text and its section
//   headings ("span.mw-headline" is no page headline) stay; the global
//   and community navigation, the table of contents, "[edit]", the
//   licence line, "More Fandoms", the right rail and the footer go.
TEST(CmsHeldOut, PlatformPagesRound4) {
  const PlatformPage pages[] = {
      {"blox-news.html", "County fair moves rodeo to evening after heat warnings", "Tom Bixby", "2025-07-22",
       "article",
       {"will hold its rodeo at 7 p.m. instead of 3 p.m.", "is not a safe bull",
        "extra fans and misting lines", "Refunds are available at the fair office"},
       {"Advertisement", "Subscribe to continue reading", "Harlan County Fair\n", "Reporter covering agriculture",
        "Related to this story", "4-H auction", "Keep it Clean", "Most Popular", "Powered by BLOX",
        "Boil water notice"}},
      {"brightspot-news.html", "Library adds Sunday hours after petition from students", "Renee Castillo",
       "2025-08-14", "article",
       {"will open on Sundays for the first time in more than a decade", "mostly for staff overtime",
        "the coffee shops are loud and home is louder", "can be booked up to a week in advance"},
       {"Library budget cuts spare", "Listen Live", "covers education and city hall", "Most Viewed",
        "Local journalism depends on you", "Accept All Cookies", "FCC Public File", "Facebook"}},
      {"mediawiki-talk.html", "Talk:Canal lock", "", "", "",
       {"the first pound lock in Europe was built in 1373", "comes from the Vreeswijk lock",
        "I have removed the citation needed tag", "the mitre gates pointing downstream", "Good catch, go ahead"},
       {"This is the talk page", "Sign your posts", "[edit]", "Retrieved from", "Creative Commons",
        "Create account", "Jump to content", "Main page"}},
      {"bluesky-post.html", "Ines Moreau (@inesmoreau.bsky.social)", "Ines Moreau", "2025-03-09", "",
       {"Forty-one nests this year, up from twenty-six", "keep the gaps open when the roof is redone"},
       {"JavaScript is required", "Learn more about Bluesky", "did:plc", "2025-03-09T08:41",
        // (The handle over the post, a part of the post's markup alone.)
        "inesmoreau.bsky.social"}},
      {"confluence.html", "Release checklist for the mobile app", "Hannah Walsh", "", "",
       {"This checklist is for the release captain", "Bump the build number in both the iOS",
        "Android 9 on a Moto G7", "halt the rollout and page whoever is on call",
        "Never release on a Friday"},
       {"Page tree", "On-call rota", "Space tools", "Save for later", "Be the first to like this", "process",
        "store screenshots", "Powered by Atlassian", "Report a bug", "Log in"}},
      {"notion.html", "Field guide to hedgerow foraging", "", "", "",
       {"Late summer hedges give more food", "Never eat anything you cannot name",
        "must be cooked before eating", "Only pick heads where every berry", "shiny black berries sit singly",
        "Sloes are small, round and blue-black"},
       {"Duplicate", "Get Notion free", "Sign up or log in", "Made with Notion", "Hazel's Notes"}},
      {"gitea-readme.html", "tinycron", "mkessler", "", "",
       {"runs scheduled jobs inside a container without a mail server",
        "go install codeberg.example/mkessler/tinycron@latest", "stop tinycron at start-up",
        "the default is UTC"},
       {"Sign In", "Pull requests", "Watch", "Powered by Forgejo", "Licenses", "Explore", "Go to file", "HTTPS",
        "Log the exit code of each job", "Bump to Go 1.22", "2025-03-28", "docker"}},
      {"readme-api.html", "Create a shipment", "", "", "",
       {"A shipment ties a parcel to a rate", "fails with 409 no_rate and nothing is charged",
        "never buys two labels for one parcel",
        // (The parameters, documented inside the playground's <form>.)
        "The parcel to ship, as returned by the parcels endpoint", "Express parcels are collected the same day",
        "Buy the label straight away"},
       {"Retrieve a shipment", "List webhooks", "Try It!", "Credentials", "Did this page help you?",
        "List parcels", "Powered by ReadMe", "Log In", "curl --request"}},
      {"quora-answer.html", "Why do cats knead blankets?", "Quora User", "", "forum",
       {"Kneading starts in kittens", "scent glands between their toes", "never punish it",
        "only kneads the grey fleece throw"},
       {"Try Quora+", "Add question", "Sponsored by", "Compare cover from ten insurers", "Related questions",
        "sit on keyboards", "Cat Lovers United", "Careers",
        // (The sort control with its order, an answer's view counter and
        // the link to its voters.)
        "Sort Recommended", "Recommended", "1.4K views", "View upvotes"}},
      {"etsy-listing.html", "Hand-thrown Stoneware Mug, Speckled Oat Glaze, 350 ml", "", "", "product",
       {"thrown on the wheel in my garden studio", "safe in the dishwasher and the microwave",
        "small variations in colour and size"},
       {"Search for anything", "Beautiful mug, even nicer in person", "More from this shop",
        "Stoneware Bowl, Oat Glaze", "You may also like", "renewable electricity",
        "Etsy uses cookies", "Add to basket",
        // (The shop's delivery and returns box and its card on the seller.)
        "Delivery and return policies", "Order today to get by", "Meet your seller", "Owner of FernClayStudio",
        "Message Ruth"}},
      {"course-page.html", "ENVS 214: Freshwater Ecology", "", "", "",
       {"Tuesday and Thursday, 10:00", "BIOL 110 or ENVS 101", "how nutrients move through them",
        "Identify the common aquatic insects", "There is no final exam", "Four Saturday field trips"},
       {"Skip to main content", "Student portal", "Campus Life", "About the department", "Book advising",
        "1200 College Avenue", "Non-discrimination"}},
      {"govuk-apply.html", "Apply for a blue badge", "", "", "",
       {"if you have a disability or health condition", "It costs up to £10 in England",
        "a recent digital photo showing your head and shoulders", "around 12 weeks to get a decision",
        "send you a paper form"},
       {"Cookies on GOV.UK", "Accept additional cookies", "Start now", "Is this page useful?",
        "Report a problem", "Related content", "Report blue badge misuse", "Open Government Licence",
        "Crown copyright", "Carers and disability benefits"}},
      {"prnewswire.html", "Harborlight Energy to Build 200-Megawatt Battery Storage Site in Nevada",
       // (The release's issuer, its meta author: the only credit it has.)
       "Harborlight Energy", "2025-05-20",
       "article",
       {"today announced plans to build a 200-megawatt battery storage site",
        "feed the grid between 5 p.m. and 9 p.m.", "Storage closes that gap",
        "develops and operates solar and storage projects"},
       {"Share this article", "Also from this source", "First-Quarter Results", "More news in Energy",
        "Send a Release", "Cision US Inc.", "Accept All Cookies"}},
      {"zendesk-article.html", "How do I reset my thermostat to factory settings?", "Priya Sandhu", "2024-09-17", "",
       {"A factory reset clears your schedule", "Press and hold the menu button for ten seconds",
        "Do not remove the thermostat from its wall plate", "take a screenshot of it before you start"},
       {"Skip to main content", "Submit a request", "Articles in this section", "Why does my thermostat show E4?",
        "See more", "Follow", "Was this article helpful?", "found this helpful", "Return to top",
        "Related articles", "Pairing the thermostat", "sign in", "Powered by Zendesk", "English (US)"}},
      {"fandom-article.html", "Lantern Keeper", "", "", "article",
       {"tends the lamps along the marsh road", "She stands at the fork", "never runs out of oil"},
       {"Fan Central", "Sign In", "Recent changes", "History", "Talk (0)", "Contents", "[edit]",
        "Retrieved from", "CC-BY-SA", "More Fandoms", "Dragon Coast Wiki", "Popular Pages", "Ferryman",
        "Explore properties"},
       // (The sections' headings, "h2 > span.mw-headline", on a wiki that
       // declares og:type "article".)
       {"## Location\n\nShe stands", "## Quests\n\nBringing her"}},
      {"cs-news.html", "Brno otevře první cyklistickou garáž u hlavního nádraží", "Tereza Dvořáková", "2025-04-23",
       "article",
       {"budou moci od června nechat kolo v hlídané garáži", "dvacet korun za den",
        "kdyby se nebáli, že ho tam nenajdou", "utáhnout brzdy"},
       {"Čtěte také", "Na Cejlu přibude cyklopruh", "Reklama", "Sdílet", "Témata", "Související články",
        "Sdílená kola", "Diskuse", "Nejčtenější", "soubory cookie", "Všechna práva vyhrazena", "Přihlásit"}},
      {"linkedin-pulse.html", "Why our warehouse stopped measuring picks per hour", "Daniel Okoro", "2025-02-04",
       "article",
       {"put the list on the wall by the canteen", "The number was easy to game",
        "Mis-picks fell by a third", "never on its own and never on a wall"},
       {"Join now", "Head of Operations", "+ Follow", "48 Comments", "Report this article",
        "Sign in to view more content", "More articles by", "Cross-docking", "Explore topics",
        "User Agreement", "non-essential cookies"}},
      {"mslearn.html", "Configure log retention for a workspace", "RuthFarrow", "2025-03-12", "",
       {"Every workspace keeps its logs for 30 days", "billed per gigabyte per month",
        "pick a table and choose Manage table", "--retention-time 180", "Archive logs you need to keep"},
       {"Skip to main content", "This browser is no longer supported", "Add to Collections", "Share via",
        "03/12/2025", "4 contributors", "In this article", "Feedback", "Was this page helpful?",
        "Additional resources", "Download PDF", "Your Privacy Choices", "Trademarks"}},
      {"vi-news.html", "Đà Nẵng thử nghiệm xe buýt điện trên tuyến ven biển", "Nguyễn Thu Hà", "2025-06-18",
       "article",
       {"mười xe buýt điện sẽ chạy thử trong sáu tháng", "Mỗi xe chở được 60 khách",
        "trước năm 2030", "Giá vé vẫn là 20.000 đồng"},
       {"Xe máy điện được miễn phí", "Chia sẻ", "Sao chép liên kết", "Tin liên quan", "Mở thêm ba tuyến",
        "Ý kiến bạn đọc", "Đọc nhiều nhất", "All rights reserved", "Đăng nhập",
        // (The stamp beside the breadcrumb in the story's header row.)
        "18/6/2025", "GMT+7"}},
      {"tumblr-post.html", "Rebinding a water-damaged paperback", "", "2025-01-27", "",
       {"dropped in the bath", "between sheets of blotting paper", "it opens flat now"},
       {"Sign up", "Ask me anything", "Books, glue and patience", "#bookbinding", "Reblog", "Previous post",
        "Theme by",
        // (The post's notes: who liked, reblogged or answered it.)
        "liked this", "reblogged this from", "paperfox", "so satisfying to read"}},
  };
  for (const PlatformPage& p : pages) {
    CheckPlatformRow(p);
  }
}

// Round 5: twenty platforms and page kinds no earlier row covers, each page
// hand-written after the platform's usual markup and furniture.
// - WordPress with Jetpack: the "sharedaddy" share and like bars and the
//   "jp-relatedposts" box inside the entry content go with the comments,
//   the widgets and the cookie bar.
// - Drupal 10 Olivero: the node body stays; the header, breadcrumb, tags
//   field, RSS bar, footer menu and the EU cookie banner go.
// - Joomla 4 Cassiopeia: the article is one microdata Article item beside
//   the sidebar's "mod-articleslatest", whose items are marked Article too:
//   the item that holds the <h1> is the page, an article, so its marked
//   body wins and the "article-info" list (Details, Hits) goes.
// - Hashnode, Dreamwidth: the post; the author card, series box, reactions,
//   the journal's mood line, tags, entry links and comments go.
// - Discuz! X3.5 thread: the template's meta author, "Discuz! Team and
//   Comsenz UI Team", credits the software the generator tag names, no
//   writer; the stamp "发表于 2025-5-18 21:36" in the poster's
//   "authorposton" box is a cue and a date, no name; the signatures
//   ("div.sign") and points list ("dl.pil") are poster furniture.
// - A German ministry's press release: "Pressemitteilung Nr. 118/2025"
//   beside the date is a label and its number, no writer.
// - A Greek news story: its date, "14 Μαΐου 2025", in Greek month names.
// - An obituary: the guest book's signer, over the date she signed, is no
//   author.
// - GitHub discussion, GitLab wiki, Antora docs, pkg.go.dev, npm, arXiv,
//   Hatena Blog, Naver blog, Hebrew, Swedish news, a match report with a
//   league table.
TEST(CmsHeldOut, PlatformPagesRound5) {
  const PlatformPage pages[] = {
      {"wp-jetpack.html", "Overwintering dahlias without a cellar", "Margaret Ellery", "2025-10-19", "article",
       {"Wait until the first frost has blackened the leaves", "the crates go under the spare bed",
        "gets a light mist of water"},
       {"Share this:", "Like this:", "Loading...", "Starting dahlias in pots in March", "In \"Flowers\"",
        "Posted in", "Planting garlic on the first of October", "I wrap each tuber in newspaper", "Leave a Reply",
        "Follow Blog via Email", "Proudly powered by WordPress", "Privacy & Cookies", "Forty years on plot 14"}},
      {"drupal-olivero.html", "Council approves new tree planting plan for the east ward", "Communications Office",
       "2025-11-07", "article",
       {"340 street trees in the east ward", "at just under nine percent",
        "watered by contractors for its first two summers"},
       {"Skip to main content", "Main navigation", "Business", "Breadcrumb", "Tags", "RSS feed",
        "Contact the town", "Powered by", "We use cookies", "OK, I agree"}},
      {"joomla4-cassiopeia.html", "Spring fixture list and new pitch rules", "Paul Whitcombe", "2025-03-14",
       "article",
       {"The fixture list for the coming season is now on the noticeboard",
        "Nobody is to walk on the square in studs", "the bowling machine is only to be used by coaches",
        "Subscriptions are unchanged at"},
       {"Details", "Category: Club News", "Hits: 214", "Fixtures", "Previous article", "You are here",
        "Latest Articles", "AGM minutes", "All Rights Reserved", "Joomla! is Free Software",
        "Village cricket since 1884"}},
      {"hashnode.html", "Debouncing search input in React without a library", "Lena Kovac", "2025-06-03", "article",
       {"Every keystroke in our product search", "const t = setTimeout(() => setOut(value), delay);",
        "The cleanup function is the whole trick", "made the search box feel broken"},
       {"4 min read", "Follow", "Sign up", "Bookmark", "Written by", "Frontend developer in Zagreb",
        "Article Series", "Why my useEffect cleanup ran twice", "More articles", "Powered by Hashnode",
        "Newsletter"}},
      {"dreamwidth-entry.html", "The long walk to Aldeburgh", "", "2025-09-07", "article",
       {"which the guidebook calls eleven miles", "with the sea hissing on one side",
        "I have decided to respect it rather than resent it"},
       {"Previous Entry", "mood:", "Tags:", "Add Memory", "4 comments", "That gull has been working",
        "Recent Entries", "Powered by Dreamwidth", "Page generated", "small journeys, long lunches"}},
      {"discuz-thread.html", "\xE9\x98\xB3\xE5\x8F\xB0\xE7\xA7\x8D\xE7\x95\xAA\xE8\x8C\x84\xEF\xBC\x8C\xE7\xAC\xAC"
                             "\xE4\xB8\x80\xE5\xB9\xB4\xE5\xB0\xB1\xE7\xBB\x93\xE4\xBA\x86\xE4\xB8\x89\xE5\x8D\x81"
                             "\xE5\xA4\x9A\xE4\xB8\xAA",  // 阳台种番茄，第一年就结了三十多个
       "", "2025-05-18", "forum",
       {"用的是五十升的大盆", "后来我每天早上固定浇一次", "结果排水太差，根都烂了", "再拌一点发酵过的羊粪"},
       {"种花种菜，快乐生活", "城市里的一小块菜地", "积分", "1288", "发表于", "发表回复", "立即注册", "返回列表",
        "Powered by", "小黑屋", "门户", "Discuz! Team", "|",
        // (The posts' floor labels, linked: the opening post, the first and
        // second replies.)
        "楼主", "沙发", "板凳",
        // (The thread's tally, "查看: 1523|回复: 2", and the links "[复制链接]"
        // beside its title and "只看该作者" in the opening post's header.)
        "1523", "\xE5\xA4\x8D\xE5\x88\xB6\xE9\x93\xBE\xE6\x8E\xA5",
        "\xE5\x8F\xAA\xE7\x9C\x8B\xE8\xAF\xA5\xE4\xBD\x9C\xE8\x80\x85"}},
      {"github-discussion.html", "How do I stream rows from a large CSV without loading it all?", "", "2025-08-21",
       "forum",
       {"runs out of memory on our 8 GB build machine", "Use tablekit.scan() instead",
        "total += row.net + row.tax", "sums in about forty seconds", "If the file is gzipped"},
       {"Skip to content", "Sign in", "Pricing", "Notifications", "Fork", "Actions", "3 participants", "Labels",
        "Sign up for free", "Terms", "#412",
        // (The question's state chip and the mark on the chosen answer.)
        "Answered", "Answer selected by"}},
      {"gitlab-wiki.html", "Release process", "", "", "",
       {"We release harbor-api every second Wednesday", "Run the migration dry run against the staging",
        "v2025.06.11", "roll back with the previous tag first"},
       {"Skip to content", "Explore", "Register", "Merge requests", "Page history", "Pages 6", "Local setup",
        "On-call handbook", "View all pages", "Clone repository",
        // (The wiki's note of the page's last edit.)
        "edited this page", "5 months ago"}},
      {"antora-docs.html", "Configuring retention policies", "", "", "",
       {"Entries are never deleted by a retention policy", "days: 730", "applies at the next nightly sweep",
        "Overrides can only lengthen retention"},
       {"Installing", "Backups", "Edit this Page", "Contents", "3.0", "Built with", "Download", "Products",
        "CC BY 4.0"}},
      {"pkg-go-dev.html", "backoff", "", "", "",
       {"No goroutines are started behind your back", "backoff.WithMaxTries(6)", "each wait after it doubles",
        "An error wrapped with Permanent", "It returns the last error op returned"},
       {"Why Go", "Discover Packages", "Go 1.25 is released", "Redistributable license", "Tagged version",
        "Playground", "Privacy Policy", "uses cookies from Google", "Report an Issue"}},
      {"npm-package.html", "tiny-slugify", "", "", "",
       {"Accents are folded to plain letters", "npm install tiny-slugify",
        "slugify(\"Cr\xC3\xA8me br\xC3\xBBl\xC3\xA9" "e, twice!\")", "are dropped rather than encoded"},
       {"Sign Up", "Pricing", "Search packages", "148 Dependents", "12 Versions", "Terms of Use", "Policies"}},
      {"gov-press-de.html", "Land f\xC3\xB6rdert 40 neue Lades\xC3\xA4ulen an Pendlerparkpl\xC3\xA4tzen", "",
       "2025-10-02", "article",
       {"An 40 Park-and-Ride-Pl\xC3\xA4tzen im ganzen Land", "am fehlenden Ladepunkt scheitern",
        // (The lead paragraph before the marked body, "c-article__lead".)
        "stellt 3,2 Millionen Euro f\xC3\xBCr Schnelllades\xC3\xA4ulen",
        "h\xC3\xB6" "chstens jedoch 80.000 Euro je Standort", "die der Landtag im M\xC3\xA4rz beschlossen hat"},
       {"Diese Website verwendet", "Direkt zum Inhalt", "Leichte Sprache", "Startseite", "Pressemitteilung Nr.",
        "Pressekontakt", "0711 123-4567", "Seite teilen", "Weitere Pressemitteilungen", "Radschnellweg",
        "Impressum", "Barrierefreiheit"}},
      {"hatena-blog.html", "週末に古い自転車のブレーキを交換した話", "sakanoue_k", "2025-04-13", "article",
       {"十五年乗っているクロスバイクのブレーキ", "シューがリムに当たる角度です", "ワイヤーも錆びていたので"},
       {"関連記事", "チェーンの掃除は灯油でいいのか", "はてなブックマークに追加", "コメントを書く",
        "春の輪行で分かったこと", "プロフィール", "読者になる", "月別アーカイブ", "Powered by",
        "自転車と工具と"}},
      {"he-news.html", "עיריית חיפה תפתח שלושה חופי רחצה חדשים בקיץ הקרוב", "נועה ברגר", "2025-04-28", "article",
       {"שלושה חופי רחצה חדשים ייפתחו לציבור בתחילת יוני", "שבילי גישה לכיסאות גלגלים",
        "להפעיל קווי אוטובוס נוספים", "כ־45 מיליון שקלים"},
       {"אתר זה עושה שימוש בעוגיות", "וואטסאפ", "קראו גם", "תעריפי החניה", "תגיות", "כתבות נוספות",
        "סוף סוף", "כל הזכויות שמורות", "ראשי"}},
      {"sv-news.html", "Kommunen bygger ny simhall i V\xC3\xA4ster\xC3\xA5s \xE2\x80\x93 klar 2027", "Erik Lindgren",
       "2025-03-11", "article",
       {"beslutade p\xC3\xA5 m\xC3\xA5ndagskv\xC3\xA4llen", "en varmare undervisningsbass\xC3\xA4ng",
        "den st\xC3\xB6rsta investeringen i idrott", "640 miljoner kronor"},
       {"Godk\xC3\xA4nn alla", "Prenumerera", "Logga in", "L\xC3\xA4s ocks\xC3\xA5", "Badhuset st\xC3\xA4nger",
        "Dela artikeln", "Kopiera l\xC3\xA4nk", "Mest l\xC3\xA4st", "Bilbrand", "Ansvarig utgivare",
        "Alla r\xC3\xA4ttigheter"}},
      {"el-news.html", "Νέα γραμμή λεωφορείου συνδέει το αεροδρόμιο με το λιμάνι της Πάτρας", "Ελένη Παπαδοπούλου",
       "2025-05-14", "article",
       {"τίθεται σε λειτουργία η νέα γραμμή λεωφορείου", "κάθε δύο ώρες", "περίπου πενήντα λεπτά",
        "πληρώνουν ακριβά ταξί"},
       {"Χρησιμοποιούμε cookies", "Αποδοχή", "Γράφει η", "Δημοσιεύθηκε", "Κοινοποίηση", "Ετικέτες",
        "Διαβάστε επίσης", "Κλειστή η γέφυρα", "Δημοφιλή", "Όροι χρήσης"}},
      {"naver-blog.html", "제주 올레길 7코스 혼자 걷기 후기", "", "2025-04-06", "article",
       {"서귀포 외돌개에서 시작해서 월평까지", "등산화를 신는 걸 추천합니다", "다음에는 8코스도 꼭 걸어 보고 싶어요"},
       {"로그인", "공감", "공유하기", "이 블로그 인기글", "한라산", "이웃추가", "카테고리", "전체보기",
        "NAVER Corp",
        // (The post's meta line: its category's link, the writer's and the
        // stamp.)
        "바람길", "2025. 4. 6.", "18:42"}},
      // (Its date is the death's in the life's span, not the visitation's
      // in the services box.)
      {"obituary.html", "Harold James Whitfield", "", "2025-02-09", "",
       {"passed away peacefully on Sunday, February 9, 2025", "his herd of Brown Swiss cows",
        "sheepshead on Friday nights", "nine great-grandchildren"},
       {"Call us 24/7", "Plan Ahead", "Harold always had a joke ready", "Ron Prahl", "Sign the Guest Book",
        "Website by Tribute Web", "All Rights Reserved", "Privacy Policy",
        // (The florist's buttons, over the story and under the services.)
        "Send Flowers"}},
      {"sports-match.html", "Harbourside 2-1 Millford: Late Okafor header keeps title race alive", "Gareth Pryce",
       "2025-04-19", "article",
       {"Daniel Okafor rose highest at the back post", "curling a free kick over the wall",
        "could not keep out", "every game is a final now"},
       {"Live scores", "Lewis 34'", "Line-ups", "League table", "Eastport", "View full table", "More football",
        "Cookie settings", "at the Quay Stadium"}},
  };
  struct Facts {
    const char* file;
    const char* language;
    const char* site_name;  // "" when none is pinned
    const char* section;    // "" when none is pinned
  };
  const Facts facts[] = {
      {"wp-jetpack.html", "en", "The Allotment Diary", "Flowers"},
      {"drupal-olivero.html", "en", "Town of Millbrook", ""},
      {"hashnode.html", "en", "Lena codes", ""},
      {"discuz-thread.html", "zh", "", ""},
      {"gov-press-de.html", "de", "Ministerium f\xC3\xBCr Verkehr", ""},
      {"hatena-blog.html", "ja", "坂の上の作業日誌", ""},
      {"he-news.html", "he", "חדשות הצפון", "חדשות מקומיות"},
      {"sv-news.html", "sv", "M\xC3\xA4lardalsposten", "V\xC3\xA4ster\xC3\xA5s"},
      {"el-news.html", "el", "Δυτική Ελλάδα Σήμερα", "Τοπικά"},
      {"naver-blog.html", "ko", "", ""},
      {"sports-match.html", "en", "Coastal Sport", "Football"},
  };
  for (const PlatformPage& p : pages) {
    const std::optional<Article> r = CheckPlatformRow(p);
    if (!r) continue;
    for (const Facts& f : facts) {
      if (std::string_view(f.file) != p.file) continue;
      EXPECT_EQ(r->language.value_or(""), f.language) << p.file;
      if (*f.site_name) { EXPECT_EQ(r->site_name.value_or(""), f.site_name) << p.file; }
      if (*f.section) { EXPECT_EQ(r->section.value_or(""), f.section) << p.file; }
    }
  }
  // An arXiv abstract page: its two authors from the scholarly meta tags,
  // the abstract kept.
  const std::string html = testing::ReadFile(testing::SourceDir() + "/tests/fixtures/heldout/arxiv-abstract.html");
  Result<Article> r = Extract(html, ExtractOptions{});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Sparse tide-gauge records reconstruct coastal flooding frequency");
  EXPECT_EQ(r->authors, (std::vector<std::string>{"Johanna Lindqvist", "Samuel Oduya"}));
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2025-09-02");
  EXPECT_NE(r->text.find("a record of only eight years, combined with a regional model"), std::string::npos);
  // (The submission history, "div.submission-history": who submitted each
  // version, when, and its size.)
  for (const char* d : {"Skip to main content", "We gratefully acknowledge", "Donate", "About", "Privacy Policy",
                        "Submission history", "view email", "2,114 KB"})
    EXPECT_EQ(r->text.find(d), std::string::npos) << d << "\n" << r->text;
}

// Round 6: twenty pages of the kinds lede reads worst (products, shop and
// archive grids, services, listings, docs, forums), each hand-written after
// the platform's usual markup and furniture.
// - phpBB 3 with the subsilver2 style: no generator, the posters' names in
//   "b.postauthor" with no link; its <title>, "Board \u2022 View topic -
//   Subject", names the topic template: a thread. Its header row "Author |
//   Message" is two column headings, not a label and a name; the "Top" link
//   under each post, the header's clock "It is currently ..." and "Users
//   browsing this forum" are the board's furniture. (Its posters' details,
//   "td.postdetails", stay: vBulletin 4 names a whole post "postdetails".)
// - A WooCommerce archive's cards: their add-to-cart links ("a.add_to_cart_button":
//   "Add to basket", "Select options") are the shop's controls.
// - A business directory's "section.related-searches__09f24": a build
//   tool's hash after "__" leaves the hand-written name's words (related).
// - A museum collection's and a job board's counts over their cards
//   ("Showing 6 of 412 objects", "4 jobs") are result counts.
// - OpenCart: the product's "#button-cart" beside "Related Products" cards
//   whose buttons call "cart.add('83')": those are the cards', so the page
//   is one product.
// - Redoc: an "author" query parameter's description ("...starts with this
//   text.") is a sentence, not the name an "Author" label introduces.
// - Shopware 6, Salesforce Commerce (SFRA) with tabs, a WooCommerce shop
//   archive, a BigCommerce category, a museum collection, a blog's tag
//   archive, Divi and Avada service pages, a SaaS pricing page, a job board's
//   results, an event list, a business directory, VitePress, Mintlify,
//   Docsy, Microsoft Q&A and a support community thread.
TEST(CmsHeldOut, PlatformPagesRound6) {
  const PlatformPage pages[] = {
      {"shopware6-product.html", "Emaille-Wasserkessel 2,5 l, Salbeigr\xC3\xBCn", "", "", "product",
       {"aus tiefgezogenem Stahlblech gefertigt", "meldet sich, sobald das Wasser kocht",
        "eignet sich f\xC3\xBCr Gas, Elektro, Ceran und Induktion", "Fassungsverm\xC3\xB6gen: 2,5 Liter",
        "Emaillierter Stahl"},
       {"Zum Hauptinhalt springen", "Merkzettel", "Zur Kategorie Kochen", "In den Warenkorb", "Vorheriges Bild",
        "Pfeift laut genug", "Bewertung schreiben", "Teesieb aus Edelstahl", "Service-Hotline", "Widerrufsrecht",
        "Realisiert mit Shopware", "Diese Website verwendet Cookies", "Alle akzeptieren"}},
      {"opencart-product.html", "Brass Garden Hose Nozzle, 7 Patterns", "", "", "product",
       {"turned from a single bar of solid brass", "Turn the head to choose between seven patterns",
        "comes with a rubber washer and a spare", "Solid brass, nickel-free", "Product Code: HW-BN7"},
       {"My Account", "Wish List", "Your shopping cart is empty", "Show All Watering", "Hand Tools (31)",
        "Add to Cart", "Qty", "Write a review", "Your Name", "Related Products", "Rubber Hose 25 m",
        "Kink-resistant", "Tags:", "Delivery Information", "Powered By"}},
      {"sfcc-product.html", "Men's Ridgeline Waterproof Hiking Boot", "", "", "product",
       {"A seam-sealed waterproof membrane keeps water out", "a nylon shank stops the sole from folding",
        "Weight: 620 g per boot in size 9", "Rewax the leather every few months"},
       {"Free shipping on orders over", "Trail Runners", "Login", "Select Size", "Size Chart", "Add to Cart",
        "Pin It", "Share on Facebook", "You May Also Like", "Merino Hiker Sock", "Find a Store",
        "Get the latest news", "Tracking Consent", "All rights reserved"}},
      {"woo-shop-archive.html", "Loose Leaf Tea", "", "", "listing",
       {"bought direct from the garden that grew it", "Darjeeling First Flush, Castleton Estate",
        "Assam Breakfast, Halmari Gold", "Sencha Asahi, Shizuoka", "Iron Goddess Oolong, Anxi",
        "Lapsang Souchong, Tongmu Pass", "Silver Needle White, Fuding", "\xC2\xA3" "11.50"},
       {"Skip to navigation", "Small-batch tea, packed in Devon", "Default sorting", "Showing 1", "Filter by price",
        "Product categories", "Gift Sets", "The Old Granary", "Built with WooCommerce", "Manage Cookie Consent",
        "Original price was", "Add to basket", "Select options"}},
      {"bigcommerce-category.html", "Fly Fishing Reels", "", "", "",
       {"A fly reel mostly stores line", "Lamson Liquid 5+ Reel", "Orvis Battenkill Click Reel",
        "Hardy Ultralite ASR Reel", "Lamson Guru S Reel", "A cast-aluminium reel with a sealed conical drag",
        "picks up line fast when a fish turns toward you", "$249.00"},
       {"Toggle menu", "Sign in", "All Fly Fishing", "Refine by", "No filters applied", "Line Weight",
        "Sort By", "Featured Items", "Quick view", "Compare", "Subscribe to our newsletter", "Powered by"}},
      {"museum-collection.html", "Coastal Textiles", "", "", "",
       {"This collection holds 412 objects", "when the herring fleet was broken up",
        "Gansey knitted for the Reaper", "worn smooth by forty years of mending",
        "Cotton canvas boiled in oak bark", "Calico painted with linseed oil",
        "threaded on tarred hemp", "seven patterns she learned before she was twelve"},
       {"We use cookies", "Accept all cookies", "Skip to main content", "Book tickets", "Opening times",
        "Search this collection", "Showing 6 of 412 objects", "Object type", "Clothing (188)", "Page 1 of 69", "Explore other collections",
        "Oral histories", "Join our mailing list", "Registered charity"}},
      {"wp-tag-archive.html", "sourdough", "", "", "listing",
       {"keeping a starter alive", "A light rye sourdough for beginners",
        "Twenty percent rye is enough to give the loaf", "Reviving a starter you forgot at the back of the fridge",
        "It will smell of nail varnish at first", "Why I prove every loaf in the fridge overnight",
        "far easier to score cleanly"},
       {"Skip to content", "Bread, mostly", "Read more", "4 Comments", "Leave a comment", "Older posts",
        "Search for", "About me", "a nurse who bakes", "Recent Posts", "Seeded crackers", "GeneratePress"}},
      {"divi-law-practice.html", "Estate Planning Attorney in Springfield", "", "", "",
       {"spares your family months in probate court", "Most of our clients need the same four documents",
        "a health care power of attorney names the person", "We quote one price after the first meeting",
        "Do I need a trust, or is a will enough?", "a trust usually saves your family far more",
        "Most plans are signed within three weeks"},
       {"Client Portal", "Pay Online", "Select Page", "Elder Law", "Schedule a Free Consultation", "Email Address",
        "Submit", "Our Office", "Attorney Advertising", "We are using cookies"}},
      {"saas-pricing.html", "Pricing", "", "", "",
       {"Simple pricing that grows with your team", "Pay per person who tracks time",
        "For freelancers who bill by the hour", "Unlimited invoices with your own logo",
        "A full audit log kept for seven years", "Can I change plans later?",
        "we credit the unused part of your old plan", "Managers who only approve timesheets",
        "Registered charities get 50% off"},
       {"automatic reminders for overdue invoices", "Track hours from any device", "Customers", "Log in",
        "Start free trial", "Get started", "Contact sales", "Try Tallybook free", "No credit card needed",
        "Careers", "We use cookies"}},
      // (Avada's hidden "vcard" names the WordPress account "webadmin": a
      // CMS's login, no writer.)
      {"avada-dental.html", "Dental Implants", "", "", "",
       {"An implant is a small titanium post placed in the jaw", "the neighbouring teeth are not ground down",
        "A consultation with a 3D scan", "A healing period of ten to twelve weeks",
        "A single implant with its crown starts at $4,900", "Most patients say placement was easier",
        "the crown usually needs replacing after fifteen years"},
       {"Skip to content", "Call (03) 9555 0199", "Check-ups and cleans", "Our team", "Book online",
        "View all fees", "Rated 4.9 from 312 Google reviews", "Priya S.", "Book your implant consultation",
        "Opening hours", "12 Church St", "Copyright"}},
      {"job-board-results.html", "Nursing jobs in Leeds", "", "", "",
       {"Staff Nurse - Acute Medical Unit", "Leeds Teaching Hospitals NHS Trust",
        "supportive preceptorship for newly qualified nurses", "Community Staff Nurse",
        "with a lease car provided for the role", "Practice Nurse", "cervical screening training is offered",
        "\xC2\xA3" "34,000 - \xC2\xA3" "40,000 a year"},
       {"Accept All Cookies", "Salaries", "Post a job", "Sign in", "4 jobs", "Date posted", "Last 24 hours",
        "Full-time (3)", "Save", "Next Page", "Get new jobs for this search by email", "People also searched",
        "healthcare assistant", "Help centre"}},
      {"event-list.html", "Pottery classes & workshops in Portland", "", "", "listing",
       {"Muddy hands welcome", "Wheel Throwing for Absolute Beginners", "Centre clay and pull your first cylinder",
        "Handbuilt Mugs: Pinch, Coil and Slab", "attaching a handle that will not crack in the kiln",
        "Glaze Chemistry Night", "turns blue in one kiln and green in another", "Sun, Nov 9, 1:00 PM"},
       {"Eventfolk uses cookies", "Manage preferences", "Create events", "Help Center", "This weekend",
        "Share this event", "1 of 4", "Explore more in Portland", "Dance classes", "Connect With Us"}},
      {"business-directory.html", "Best Bike Repair near Minneapolis, MN", "", "", "",
       {"Spoke & Chain", "They trued a wheel I was sure was scrap", "North Loop Cycle Works",
        "whether my old steel frame was worth a new groupset", "Lake Street Bike Co-op",
        "replace my own brake cables", "Open until 7:00 PM"},
       {"Cookie Policy", "For Businesses", "Write a Review", "Home Services", "Open Now", "Sort: Recommended",
        "Page 1 of 5", "Related Searches", "E-Bike Repair", "About LocalLens", "Copyright"}},
      {"vitepress-docs.html", "Caching Responses", "", "", "",
       {"Quillpress renders each page on the server", "Turn the page cache on in your config file",
        "cache: { pages: true, ttl: 600 }", "Pages that read cookies or the session are never cached",
        "to empty the whole cache", "keeps the cache fresh without a short lifetime"},
       {"Skip to content", "Main Navigation", "Changelog", "Switch to dark theme", "Sidebar Navigation",
        "Getting Started", "On this page", "ads via Carbon", "Edit this page on GitHub", "Previous page",
        "Released under the MIT License"}},
      {"mintlify-docs.html", "Webhooks", "", "", "",
       {"Parcelgrid sends a POST request to your endpoint", "Every event has the same envelope",
        "\"type\": \"shipment.delivered\"", "an HMAC of the raw body made with your endpoint secret",
        "Read the body as raw bytes"},
       {"Search or ask", "Dashboard", "API Reference", "Quickstart", "Rate limits", "On this page",
        "Copy page", "Was this page helpful?", "Suggest edits", "Powered by Mintlify"}},
      {"docsy-hugo.html", "Configuring Storage Quotas", "", "", "",
       {"A quota caps the bytes a tenant's volumes may hold", "tessera tenant update acme --storage-quota 500Gi",
        "The quota counts snapshots as well as live data", "fail with a QuotaExceeded error",
        "the tenant can always free space on its own"},
       {"Documentation", "Search this site", "Getting Started", "Scheduling Backups", "Edit this page",
        "Create documentation issue", "Last modified", "Was this page helpful?", "Glad to hear it",
        "All Rights Reserved"}},
      {"redoc-api.html", "Bookshelf API (1.4.0)", "", "", "",
       {"lets a library catalogue its books and track loans", "Books held by the library, one record per title",
        "Returns the books in the catalogue, twenty at a time", "Only books whose author's surname starts",
        "An ISBN that is already catalogued returns 409", "Thirteen digits, without hyphens."},
       {"Search...", "API docs by Redocly"}},
      {"ms-qa-thread.html", "Scheduled task runs but PowerShell script does nothing", "Oskar Lindqvist",
       "2025-06-10", "forum",
       {"It works when I run it by hand from an elevated prompt", "the task is set to run whether the user",
        "SYSTEM has no access to a network share", "grant the computer account",
        "will show you the error the next time it runs", "The transcript showed an access denied error"},
       {"Skip to main content", "This site uses cookies", "This browser is no longer supported", "Ask a question",
        "Windows Server PowerShell", "I have the same question", "Report a concern", "Add comment", "Sort by",
        "Accepted answer", "Upvote", "Related questions", "Mapped drive missing", "Your Privacy Choices",
        "Terms of Use"}},
      {"phpbb-subsilver2.html", "Diesel heater smokes on start-up", "ruthcanalside", "2025-11-17", "forum",
       {"puts out a cloud of white smoke for the first five minutes", "Is this the fuel pump",
        "Give it a full hour on maximum once a week", "a morning's job with the right gasket kit",
        "started this evening with barely a wisp"},
       {"FAQ", "Register", "Members", "Board index", "Post new topic", "Print view", "Previous topic",
        "It is currently", "Top", "Users browsing this forum",
        "Display posts from previous", "Jump to", "Powered by",
        // (The posters' profile cells, a statistic a line.)
        "Joined:", "Posts: 214", "Location: Oxford canal"}},
      {"apple-community-thread.html", "Calendar events duplicated after iOS update", "harbourlight", "2025-09-22",
       "forum",
       {"every event in my work calendar shows twice on the iPhone", "the copies come back within a minute",
        "Check whether the same Exchange account was added twice", "delete the copy that only has Calendars",
        "Same here on an iPhone 13", "Deleting the second one fixed it straight away"},
       {"Store", "Search the Community", "Sign in", "Looks like no one's replied", "Level 7", "24,502 points",
        "I have this question too", "View in context", "Helpful", "Similar questions",
        "Birthdays calendar shows twice", "Community Guidelines", "All rights reserved"}},
  };
  struct Facts {
    const char* file;
    const char* language;
    const char* site_name;  // "" when none is pinned
  };
  const Facts facts[] = {
      {"shopware6-product.html", "de", "Kuechenwerk"},
      {"sfcc-product.html", "en", "Alder & Pine"},
      {"woo-shop-archive.html", "en", "Kettle & Leaf"},
      {"bigcommerce-category.html", "en", "Riverbend Tackle"},
      {"museum-collection.html", "en", "Harbour Museum"},
      {"wp-tag-archive.html", "en", "The Crumb Diaries"},
      {"divi-law-practice.html", "en", "Whitlock & Marsh Law"},
      {"saas-pricing.html", "en", "Tallybook"},
      {"avada-dental.html", "en", "Bayside Family Dental"},
      {"job-board-results.html", "en", "CareerHarbour"},
      {"event-list.html", "en", "Eventfolk"},
      {"business-directory.html", "en", "LocalLens"},
      {"mintlify-docs.html", "en", "Parcelgrid Docs"},
      {"docsy-hugo.html", "en", "Tessera"},
      {"ms-qa-thread.html", "en", "Microsoft Q&A"},
      {"apple-community-thread.html", "en", "Apple Community"},
      {"phpbb-subsilver2.html", "en", ""},
  };
  for (const PlatformPage& p : pages) {
    const std::optional<Article> r = CheckPlatformRow(p);
    if (!r) continue;
    for (const Facts& f : facts) {
      if (std::string_view(f.file) != p.file) continue;
      EXPECT_EQ(r->language.value_or(""), f.language) << p.file;
      if (*f.site_name) {
        EXPECT_EQ(r->site_name.value_or(""), f.site_name) << p.file;
      }
    }
  }
}

// Round seven of held-out pages, each written by hand after the markup of
// its kind of site (none covered by the rounds above):
// - News in Hindi (Devanagari), Thai (no spaces between words) and
//   Persian (dir=rtl): the story's paragraphs, not the ticker, the "also
//   read" pointer, the tags, the related and most-read lists, the footer;
//   nor the Persian page's unclassed breadcrumb trail ("فرهنگی » کتاب").
// - A single-page app whose article is only in <noscript>: its text, not
//   the "enable JavaScript" banner.
// - A journal article (abstract, numbered sections, references), a
//   PubMed-style abstract page ("Similar articles" under it goes), a
//   patent (abstract, description, claims) and a man page in <pre>.
// - A changelog, a course catalogue's list of courses, a privacy policy
//   (its own "Cookies" section is its text), a speech transcript on a
//   government site, a magazine's Q&A interview, a real-estate listing,
//   a how-to guide of numbered steps, a dictionary entry. (The listing's
//   "Mortgage calculator" box goes, as its "Similar properties" do.)
// - Blog posts from Ghost (Casper: the subscribe card and the footer CTA
//   go), Squarespace (the pager and the newsletter block go) and Wix
//   ("data-hook" markup: the post's stats, recent posts and comments go),
//   and an affiliate gear review.
TEST(CmsHeldOut, PlatformPagesRound7) {
  const PlatformPage pages[] = {
      {"hi-news.html", "बिहार में गंगा का जलस्तर खतरे के निशान से ऊपर, कई गांवों में पानी घुसा", "रमेश कुमार सिंह",
       "2025-08-19", "",
       {"लगातार तीन दिनों की बारिश के बाद गंगा नदी का जलस्तर", "राहत शिविरों में भोजन, पीने के पानी",
        "किसी भी आपात स्थिति में हेल्पलाइन नंबर पर संपर्क करें"},
       {"ब्रेकिंग न्यूज़", "यह भी पढ़ें", "कोसी बैराज", "विज्ञापन", "टैग्स", "संबंधित खबरें", "सबसे ज्यादा पढ़ी गई",
        "फेसबुक", "सर्वाधिकार सुरक्षित", "ई-पेपर"}},
      {"th-news.html", "กรุงเทพฯ เปิดเส้นทางเรือไฟฟ้าสายใหม่ในคลองแสนแสบ", "สุนิสา วงศ์ทอง", "2025-10-03",
       "article",
       {"กรุงเทพมหานครเริ่มให้บริการเรือโดยสารไฟฟ้าเส้นทางใหม่", "ค่าโดยสารตลอดสายอยู่ที่สิบห้าบาท",
        "และจะปรับความถี่ตามจำนวนผู้โดยสารจริงภายหลัง"},
       {"หน้าแรก", "อ่าน 12,408 ครั้ง", "โฆษณา", "ข่าวที่เกี่ยวข้อง", "รถไฟฟ้าสายสีชมพู", "ข่าวยอดนิยม",
        "สงวนลิขสิทธิ์"}},
      {"fa-news.html", "بازگشایی کتابخانه ملی پس از دو سال مرمت", "مریم احمدی", "2025-05-12", "",
       {"سالن‌های مطالعه کتابخانه ملی از امروز", "ظرفیت سالن‌های مطالعه به هزار و دویست نفر",
        "تا پایان سال آینده به پایان برسد"},
       {"صفحه اصلی", "» کتاب", "برچسب‌ها", "اخبار مرتبط", "نمایشگاه کتاب", "نظر شما", "ارسال نظر", "پربازدیدترین‌ها",
        "کلیه حقوق", "اردیبهشت ۱۴۰۴", "کد خبر"}},
      {"noscript-app.html", "How we moved our build cache to object storage", "Dana Okafor", "2025-04-08", "",
       {"For three years our continuous integration runners", "keeps the most recent twenty gigabytes",
        "we have not had a cache outage since the move"},
       {"enable JavaScript"}},
      {"journal-article.html", "Urban heat islands and nocturnal bat activity in mid-sized European cities",
       nullptr, "2025-02-17", "",
       {"We recorded the echolocation calls of bats", "Each station carried an ultrasonic recorder",
        "may therefore benefit bats as well as residents", "Thermal niches of European pipistrelles"},
       {"Submit a manuscript", "Download PDF", "Get rights and content", "Keywords", "2,341 views",
        "Street lighting and moth decline", "ISSN", "Cookie settings"}},
      {"pubmed-abstract.html",
       "Morning light exposure and sleep onset in shift-working nurses: a randomised crossover trial", nullptr,
       "2025-06-03", "",
       {"Nurses who rotate between day and night shifts", "total sleep rose by 34 minutes",
        "a cheap way to help shift workers sleep"},
       {"An official website", "Advanced", "Similar articles", "Napping during night shifts",
        "Melatonin for shift-work disorder", "Full text links", "Collections", "Cited by", "3 articles",
        "School of Nursing", "Department of Psychiatry",
        "Publication types", "MeSH terms", "Shift Work Schedule"}},
      {"patent.html", "Self-draining planter with a wicking reservoir", nullptr, "", "",
       {"A planter has an inner pot resting above a water reservoir", "keeps an air gap of at least fifteen",
        "wherein the air gap is at least fifteen millimetres"},
       {"Find Prior Art", "Sign in", "Send Feedback", "Cited By", "Modular herb garden", "Similar Documents",
        "Plant pot with water level indicator"}},
      {"man-page.html", "tallyfs(1) - Linux manual page", "", "", "",
       {"summarise disk usage by file owner", "Hard links are counted once",
        "do not cross into other mounted file systems", "2 on a usage error"},
       {"Search online pages", "Pages that refer to this page", "HTML rendering created"}},
      {"changelog.html", "Changelog", "", "", "",
       {"All notable changes to Ferrule are documented", "rebuilds the bundle whenever a source file changes",
        "older Safari versions", "use import maps instead"},
       {"Docs", "Older releases", "MIT License", "Privacy"},
       {"## 2.4.0", "### Fixed", "`--watch`"}},
      {"course-catalogue.html", "Geography (GEOG)", "", "", "",
       {"Geography courses study how places differ", "GEOG 101. Physical Geography. 4 Credits.",
        "collecting field data, building layers", "Prerequisite: GEOG 101 or MATH 110.",
        "drought planning in the American West"},
       {"Skip to Content", "Search Catalog", "Academic Policies", "Chemistry (CHEM)", "Print Options",
        "Download Page (PDF)", "Non-discrimination"}},
      {"privacy-policy.html", "Privacy Policy", "", "", "",
       {"This policy explains what personal data Loamly collects", "We never sell your personal data",
        "we use no advertising cookies", "data protection officer at privacy@loamly.example"},
       {"We use cookies to keep you signed in", "Start planning free", "Terms of Service", "Cookie Policy",
        "Careers", "All rights reserved"}},
      {"speech-transcript.html",
       "Remarks by the Minister for Transport at the opening of the Eastport rail freight terminal", "",
       "2025-11-06", "",
       {"good morning to everyone who has come out", "takes around seventy lorries off the road",
        "when the second phase opens"},
       {"Skip to main content", "An official website", "Consultations", "Share this page", "Is this page useful?",
        "Report a problem", "Rail freight growth target", "Open Government Licence", "Crown copyright",
        "Delivered on", "exactly as it was delivered", "Location:"}},
      {"interview-qa.html",
       "\xE2\x80\x9CThe sea keeps the best records\xE2\x80\x9D: a conversation with marine archaeologist Ines "
       "Carvalho",
       "Colm Byrne", "2025-09-09", "article",
       {"has spent twenty years diving on wrecks", "What first drew you to wrecks", "Is the sea a good keeper",
        "with the dinner still in the pots", "only just learning to read it before it dissolves"},
       {"Fiction", "Archaeology", "is a contributing editor", "reader-funded", "Become a member",
        "More interviews", "Registered charity"}},
      {"real-estate.html", "Orchard Road, Thornbury, BS35", "", "", "",
       {"South-facing rear garden", "A bay-fronted 1930s semi-detached house",
        "a shower room added off the main bedroom", "Council tax band D"},
       {"We use cookies", "House prices", "Back to search results", "Save", "Share", "Request details",
        "Book a viewing", "Mortgage calculator", "Monthly repayment", "Similar properties", "Castle Street", "registered in England",
        "Marketed by", "Severnside Estates", "Nearest stations", "Bristol Parkway", "1/18"}},
      // (A schema.org HowTo is a written guide: its expert co-writer's
      // credit is its byline; its views and steps tally goes.)
      {"howto-guide.html", "How to Replace a Bathroom Sink Trap", "Marcus Lee, Licensed Plumber", "", "article",
       {"one of the easiest plumbing jobs", "Put a bucket under the trap.", "Matching the old part",
        "check the joints with a dry tissue", "Plastic traps need no plumber's tape"},
       {"Random Article", "Advertisement", "Yes", "Related wikiHows", "How to Unclog a Drain",
        "Creative Commons", "Co-authored by", "Views:", "31 steps"}},
      {"dictionary-entry.html", "Definition of petrichor", "", "", "",
       {"a pleasant, earthy smell that frequently accompanies", "Coined in 1964",
        "at a few parts per trillion"},
       {"Search the dictionary", "Games", "Save Word", "Advertisement", "Get Word of the Day daily email",
        "susurrus", "Terms of Use", "Dictionary Entries Near", "petrify", "petrochemical"}},
      {"ghost-post.html", "The quiet economics of the corner shop", "Tomas Reyes", "2025-03-14", "article",
       {"Most corner shops make almost nothing", "The profit sits in the impulse shelf",
        "however healthy its takings look"},
       {"Sign in", "Subscribe", "7 min read", "Enjoying this?", "Sign up for more like this",
        "The pub that became a shop", "Powered by Ghost"}},
      {"squarespace-blog.html", "Pressing flowers without a press", "Hollis Brandt", "2025-06-02", "article",
       {"You do not need a wooden press", "Lay each flower face down on a sheet of blotting paper",
        "better split in half first"},
       {"Summer workshops are now open", "Cart 0", "Pinterest", "Dyeing with onion skins", "A year of sketchbooks",
        "Join the studio letter", "Sign Up", "14 Alder Lane"}},
      {"wix-blog.html", "Five mistakes people make when they first get chickens", "Wren Castellano",
       "2025-02-20", "article",
       {"Keeping hens is easier than most people fear", "bury the wire mesh at least a foot down",
        "a rooster crowing at dawn"},
       {"Log In", "All Posts", "4 min read", "112 views", "Recent Posts", "Which breeds lay through winter",
        "The buried wire tip", "Proudly created with Wix"}},
      // (An editor's Review whose itemReviewed is a Product: an article,
      // not the product's page; read as one, its affiliate note over the
      // headline and the buy box's price links go with the page's chrome.)
      {"affiliate-review.html", "Halvorsen Mk II Espresso Grinder Review: Quiet, Consistent, Pricey",
       "Priya Natarajan", "2025-07-21", "article",
       {"the quietest flat-burr grinder we have tested", "Retention was under 0.1 grams",
        "casual drinkers will be happy with something cheaper"},
       {"Newsletter", "affiliate commission", "Check price at Amazon", "at Brew Supply", "GearLab's kitchen editor", "You might also like",
        "Best espresso machines under", "Northgate Media", "Cookie settings"}},
  };
  for (const PlatformPage& p : pages) {
    CheckPlatformRow(p);
  }
}

// Round 8: non-article kinds not covered before (a Magento 2 product's
// tabs, a PrestaShop category, a property search, a local business page, a
// download page, a staff directory, a schedule, a catalogue record, a wiki
// category, an issue list, a tag listing, a community thread, a bank's help
// page with accordions, a hotel page). Gaps a site-keyed rule alone would
// close are left out and reported (a review list). The issue list's rows,
// lost to the "navigation" of GitHub's "js-navigation-item" hook class,
// are kept since a script's hook class names no navigation (content41);
// its repository bar ("Notifications", "Fork 212") is still read.
TEST(CmsHeldOut, PlatformPagesRound8) {
  const PlatformPage pages[] = {
      {"magento2-product.html", "Fennmoor Waxed Canvas Tote", "", "", "product",
       {"A roomy everyday tote in olive waxed canvas", "riveted through the canvas rather than stitched",
        "rub in a bar of fabric wax", "Waxed cotton canvas, vegetable-tanned leather"},
       {"Skip to Content", "Sign In", "My Cart", "Add to Cart", "Add to Wish List", "Add Your Review",
        "Write Your Own Review", "Nickname", "Related Products", "Aldwick Roll-Top Backpack", "Newsletter",
        "All rights reserved"}},
      {"prestashop-category.html", "Thés verts", "", "", "",
       {"Nos thés verts viennent de petits jardins", "Long Jing, puits du dragon", "Gyokuro ombré",
        "Genmaicha au riz grillé"},
       {"Contactez-nous", "Connexion", "Panier", "Filtrer par", "Origine", "Trier par", "Aperçu rapide", "Suivant",
        "Recevez nos offres", "Mentions légales", "Logiciel e-commerce"}},
      {"yelp-business.html", "Marigold Noodle House", "", "", "",
       {"We opened Marigold in a converted garage", "Our khao soi broth simmers for eight hours",
        "2218 SE Division St"},
       {"For Businesses", "Write a Review", "Log In", "See all 418 photos", "Add photo", "Your trust is our top concern",
        "Helpful 12", "People Also Viewed", "Lemongrass Kitchen", "Careers", "registered trademarks"}},
      {"software-download.html", "Download Quillpad", "", "", "",
       {"The current stable release is 3.8.2", "Column selection now works with the keyboard",
        "quillpad-3.8.2-x64-portable.zip", "any Linux distribution with glibc 2.31",
        "Compare the SHA-256 sum of the file"},
       {"Features", "Plugins", "built by volunteers", "Source code", "Released under the GPL", "macOS (Universal)",
        "Linux AppImage"}},
      {"staff-directory.html", "People", "", "", "",
       {"Our department brings together 24 faculty members", "Adaeze Okonkwo", "Professor and Department Chair",
        "ocean-bottom seismometers", "Handles graduate admissions, funding paperwork and thesis submission."},
       {"Skip to main content", "Campus directory", "Undergraduate", "Search by name", "- Any -", "Next ›",
        "Hallam Hall, 410 College Avenue", "Non-discrimination statement"}},
      {"conference-schedule.html", "Schedule – Day 1", "", "", "",
       {"All talks are in the main hall unless marked Room B", "Backpressure you can reason about",
        "Kenji Aoki, Freightline", "Vegetarian and vegan options are labelled",
        "Sign up at the registration desk before lunch"},
       {"Speakers", "Get tickets", "Code of Conduct", "Thanks to our sponsors", "Become a sponsor",
        "non-profit community event", "Day 2 · Wed 13 May"}},
      // (Its itemprop=author "Benali, Halima": one inverted name, not two.)
      {"library-catalogue.html", "The salt roads : trade and empire in the western Sahara", "Halima Benali", "", "",
       {"camel caravans carried slabs of rock salt", "Meridian University Press",
        "tied the kingdoms of the Sahel to North Africa", "382.456 BEN"},
       {"Skip to main content", "Log in / My account", "Advanced search", "Back to results", "Result 3 of 41",
        "Powered by Polaris", "Hours and locations", "More like this", "Gold of the Sahel", "Place hold",
        "Add to list"}},
      {"wiki-category.html", "Category:Lighthouses in Norway", "", "", "",
       {"This category lists lighthouses on the coast of Norway", "Lighthouses in Lofoten", "Kvitholmen Lighthouse",
        "Tungenes Lighthouse"},
       {"Jump to content", "Main menu", "Create account", "Recent changes", "View history", "From Coastpedia",
        "Retrieved from", "Lighthouses by country", "last edited on", "Privacy policy"}},
      {"github-issues.html", "Issues \xC2\xB7 tidewater/ripplekv", nullptr, "", "",
       {"Compaction stalls when a column family has more than 512 SST files",
        "Document the recovery behaviour after a torn write to the WAL",
        "Iterator returns a deleted key after a range tombstone", "Add a Bloom filter per block"},
       {"Terms", "Privacy", "Previous", "Contact"}},
      {"stackexchange-tag.html", "Questions tagged [sourdough]", "", "", "",
       {"Why does my starter smell of nail varnish", "How much levain should replace it",
        "dry some of it on baking paper as a backup", "Sourdough is bread leavened by a culture of wild yeasts"},
       {"Log in", "Sign up", "Ask Question", "Unanswered", "96", "The Overflow Blog", "Related Tags", "× 412",
        "Next", "Site design / logo"}},
      {"bank-service.html", "Lost or stolen cards", "", "", "",
       {"freeze it in the app straight away", "Call us on 0800 555 0190", "direct debits and standing orders",
        "It arrives within five working days", "call us on the number on the back of your card"},
       {"We use cookies", "Accept all cookies", "Log in to online banking", "Mortgages", "Related help",
        "Forgotten PIN", "Was this page helpful?", "Prudential Regulation Authority", "Privacy notice"}},
      {"hotel-booking.html", "Hotel Albarrã, Tavira", "", "", "",
       {"Set in an eighteenth-century merchant's house", "painted wooden ceilings",
        "Tavira Island beach is a fifteen-minute ferry ride", "Double Room with River View",
        "Pets are not allowed."},
       {"List your property", "Register", "Sign in", "Destination", "Guest reviews (644)", "+32 photos",
        "I'll reserve", "Read all reviews", "Customer Service help", "All rights reserved",
        "Popular hotels near", "Casa da Ponte"}},
      {"salesforce-community.html", "Scheduled flow runs twice after daylight saving change", "Rohan Mehta",
       "2025-11-03", "forum",
       {"Since the clocks went back last weekend", "The schedule keeps the old offset",
        "deleting the older one stopped the duplicate reminders"},
       {"Log In", "Search questions", "Groups", "Write an answer", "412 views", "Related Questions",
        "Flow interview fails", "Cookie Preferences", "All rights reserved"}},
      {"property-search.html", "Asheville NC Real Estate & Homes For Sale", "", "", "",
       {"41 Wildflower Ln, Asheville, NC 28803", "$1,150,000", "Listing by: Downtown Living Realty",
        "0.9 acres lot"},
       {"Home Loans", "Find an Agent", "Sign In", "Save search", "Beds & Baths", "Map data", "Draw", "Next page",
        "Fair Housing Guide", "committed to ensuring digital accessibility", "Nearby cities",
        "Weaverville homes for sale"}},
  };
  for (const PlatformPage& p : pages) {
    const std::optional<Article> a = CheckPlatformRow(p);
    // (The download page's "Older versions" table dates its rows, not the
    // page: no date read from it.)
    if (a && std::string_view(p.file) == "software-download.html") {
      EXPECT_NE(a->date_published.value_or("").substr(0, 10), "2025-08-30") << p.file;
    }
  }
}

// A news page in another language: its platform row, then its authors and
// the prefixes of its dates ("" when the page gives no modified date).
struct LangPage {
  PlatformPage page;
  std::vector<std::string> authors;
  const char* published;  // prefix of date_published
  const char* modified;   // prefix of date_modified
};

void CheckLangRow(const LangPage& p) {
  const std::optional<Article> a = CheckPlatformRow(p.page);
  if (!a) return;
  EXPECT_EQ(a->authors, p.authors) << p.page.file;
  EXPECT_EQ(a->date_published.value_or("").substr(0, std::strlen(p.published)), p.published) << p.page.file;
  if (*p.modified) {
    EXPECT_EQ(a->date_modified.value_or("").substr(0, std::strlen(p.modified)), p.modified) << p.page.file;
  }
}

// Round eight: news pages of the languages issue 5 names, each built as
// the CMSes of its country print an article, with no meta or JSON-LD date
// or author (the visible byline and dateline are all there is): a German
// regional paper (weekday, "Dez." with its dot, "Uhr"), a French WordPress
// theme ("mer. 3 déc. 2025 à 7h15", "(avec AFP)", "Mis à jour le"), a
// Spanish digital paper ("jueves, 4 dic. 2025 - 12:05 h", "| EFE",
// "Actualizado el"), a Polish portal ("Autor: ..., PAP", "godz.",
// "Zaktualizowano:"), a Russian city site ("Текст:", "3 дек. 2025 г. в
// 11:20", "Обновлено"), an Italian daily ("di ... e ...", "ore",
// "Aggiornato il"), a Dutch regional site ("Door ... en ...", "om",
// "Bijgewerkt op") and a Brazilian portal ("Por ... e ...", "às 10h20",
// "Atualizado em").
TEST(CmsHeldOut, PlatformPagesRound8Lang) {
  const LangPage pages[] = {
      {{"de-regional-news.html", "Neue Radwege an der Elbe: Stadt gibt Baustart bekannt", nullptr, "", "",
        {"den Zeitplan für die neuen Radwege", "knapp neun Millionen Euro", "rechtzeitig ausgeschildert"},
        {"Jetzt abonnieren", "Anzeige", "Mehr aus Lokales", "Weihnachtsmarkt", "Impressum"}},
       {"Katrin Neumann", "Thomas Weber"}, "2025-12-04T16:45", ""},
      {{"fr-regional-news.html", "Lyon : la ligne de tramway T10 mise en service avec trois mois d'avance", nullptr,
        "", "",
        {"Les premiers voyageurs ont pu monter", "en travaillant de nuit", "laisser leur voiture"},
        {"À lire aussi", "Le métro B prolongé", "Tous droits réservés"}},
       {"Camille Lefèvre", "Julien Morel"}, "2025-12-03T07:15", "2025-12-03T18:40"},
      {{"es-digital-news.html", "El Gobierno aprueba el plan de regadío para la cuenca del Segura", nullptr, "", "",
        {"El Consejo de Ministros ha aprobado", "hasta un veinte por ciento", "Las primeras licitaciones"},
        {"Suscríbete", "Lo más leído", "La borrasca", "Aviso legal"}},
       {"Lucía Fernández", "Javier Ortega"}, "2025-12-04T12:05", "2025-12-04T19:30"},
      {{"pl-portal-news.html", "Kraków. Nowa linia tramwajowa na Górkę Narodową ruszy wcześniej", nullptr, "", "",
        {"odbiory techniczne na nowej trasie", "ponad czterysta milionów", "w nowym rozkładzie"},
        {"Polecamy", "Remont ronda", "Wszelkie prawa"}},
       // (Its "Zaktualizowano:" stamp after the time: the "Z" is the cue's
       // first letter, not a zone.)
       {"Marta Zielińska"}, "2025-12-03T09:40", "2025-12-03T15:20"},
      {{"ru-city-news.html", "В Казани открыли новую станцию метро «Суконная слобода»", nullptr, "", "",
        {"Первые пассажиры прошли через турникеты", "около двадцати тысяч человек", "сократят до пяти минут"},
        {"Читайте также", "убирать снег", "Все права защищены"}},
       {"Алексей Морозов", "Дарья Волкова"}, "2025-12-03T11:20", "2025-12-03T17:05"},
      {{"it-quotidiano-news.html", "Bologna, riapre il Portico di San Luca dopo i restauri", nullptr, "", "",
        {"Dopo quasi due anni di lavori", "oltre trecento archi", "arco del Meloncello"},
        {"I più letti", "Neve sull'Appennino", "P.IVA"}},
       // (The meta row's text, byline then both stamps: the date after
       // "Aggiornato il" is the update's, not the publication's.)
       {"Francesca Greco", "Luca Ferri"}, "2025-12-04T10:30", "2025-12-04T18:10"},
      {{"nl-regio-news.html", "Nieuwe fietsbrug over het Amsterdam-Rijnkanaal eindelijk open", nullptr, "", "",
        {"Na ruim twee jaar bouwen", "opnieuw moest worden gelast", "een speelplek voor kinderen"},
        {"Meer nieuws", "Parkeertarieven", "Privacy"}},
       {"Sanne Visser", "Mark de Boer"}, "2025-12-05T08:00", "2025-12-05T14:25"},
      {{"pt-portal-news.html", "Prefeitura de Curitiba inaugura nova linha de ônibus elétricos", nullptr, "", "",
        {"A prefeitura apresentou nesta sexta-feira", "mais de mil toneladas", "até o fim da década"},
        {"Mais lidas", "Chuva forte", "Todos os direitos"}},
       {"Fernanda Costa", "Rafael Almeida"}, "2025-12-05T10:20", "2025-12-05T16:45"},
  };
  for (const LangPage& p : pages) CheckLangRow(p);
}

// Round 9: page kinds not seen before, each after its platform's own
// markup: a Next.js news story (SSR HTML and a __NEXT_DATA__ copy of the
// story), Astro Starlight docs with asides, a Quarto notebook with code
// cells and outputs, a Tufte-CSS essay with sidenotes, a beehiiv
// newsletter post, a tagDiv Newspaper story, a DataLife Engine Russian
// news page, an AEM press release, an eBay item, a Wix Stores product, an
// Eventbrite event, a ProBoards thread, a Kajabi sales page, a Google Sites
// page and a university news story (TERMINALFOUR). Not asserted, as lede
// still gets them wrong: beehiiv's "Keep reading with a free subscription"
// box (a heading and a line over an e-mail form), DLE's "Нравится 34"
// rating box, and the ProBoards posts' "Member is Offline" line (each post's
// profile cell and text come out as one line).
TEST(CmsHeldOut, PlatformPagesRound9) {
  const PlatformPage pages[] = {
      {"nextjs-news.html", "Port of Tilbury trials driverless straddle carriers on night shift", "Imogen Hartley",
       "2025-10-14", "article",
       {"Six driverless straddle carriers have been moving containers", "Why nights first",
        "We are not replacing a single driver this year", "a winter of fog and high winds"},
       {"Skip to main content", "Subscribe from", "Share on X", "Save article", "Get the Morning Manifest",
        "Advertisement", "Topics:", "More from Ports", "Felixstowe adds twelve rail slots", "Most read",
        "Privacy notice", "We and our partners use cookies", "Accept all cookies", "pageProps", "buildId"}},
      {"astro-starlight.html", "Configure webhooks", "", "", "",
       {"Webhooks let your application react", "relaybox.webhooks.create",
        "The endpoint must answer with a 2xx status within ten seconds",
        "Parse the JSON only after checking the signature", "retried with exponential backoff"},
       {"Skip to content", "Select theme", "Quickstart", "Suppression lists", "On this page", "Edit page",
        "Previous", "Built with Starlight", "Copy to clipboard"}},
      {"quarto-notebook.html", "Estimating river flow from stage readings", "Nadia Ferreira", "2025-03-04", "",
       {"A gauging station records the height of the water", "gaugings = pd.read_csv", "flow_m3s", "402.15",
        "a=27.4, h0=0.18, b=1.71", "typical of a natural riffle", "The zero-flow stage is rarely surveyed"},
       {"Hydrology Notebooks", "Rainfall and runoff", "On this page", "Edit this page", "Report an issue",
        "Copy to Clipboard", "Flood frequency analysis", "Built with", "© 2025 Nadia Ferreira"}},
      {"tufte-essay.html", "The Slow Arithmetic of Canal Locks", "Edmund Okafor", "2024-11-18", "article",
       {"about thirty tonnes of water flow", "holds a little over 110 cubic metres",
        "Volunteer lock keepers now do most of this work", "A well-used side pond saves about a third",
        "about four million litres a night"},
       {"Essays", "More essays", "Who owns the towpath", "Subscribe by RSS", "Set in ET Book"}},
      {"beehiiv-post.html", "Why your sourdough discard is worth keeping", "Marisol Quintero", "2025-05-09",
       "article",
       {"three ways to use it", "roll it as thin as you can", "Overnight pancakes", "Rye needs far longer to set",
        "Happy baking"},
       {"Recommendations", "Login", "Share on X", "Together with Millstone", "CRUMB15", "Recommended for you", "Taming high-hydration dough", "Powered by beehiiv",
        "Terms of Use"}},
      {"tagdiv-newspaper.html", "County approves $14 million upgrade for Mill Creek water plant", "Dana Whitfield",
       "2025-08-19", "article",
       {"voted 4-1 on Monday night", "failed turbidity tests twice", "a state revolving loan",
        "running on half its filters at a time"},
       {"Advertisement", "Submit a Tip", "Local News", "1,206", "TAGS", "Previous article",
        "County fair attendance", "RELATED ARTICLES", "Sewer rates to rise", "covers county government",
        "LEAVE A REPLY", "brown water", "Save my name", "Stay Connected", "Followers", "Latest news",
        "Library extends weekend hours", "POPULAR CATEGORY", "Theme by TagDiv"}},
      {"dle-news.html", "В Перми на Каме начали строить новый ледокольный причал", "Ольга Сафронова", "2025-11-04",
       "article",
       {"Строительство причала для двух ледоколов", "Стоимость работ — 680 миллионов рублей",
        "прокладывают канал для судов"},
       {"Регистрация", "Поиск по сайту", "Происшествия", "Поделиться", "Похожие новости",
        "Навигация на Каме закрыта", "Давно пора", "Добавить комментарий", "Ваше имя", "Популярное",
        "Календарь", "Архив новостей", "Копирование материалов"}},
      {"aem-press-release.html", "Halvard Marine to build battery ferries for Oslofjord routes", "", "2025-03-11",
       "",
       {"signed a contract with the regional transport authority", "charge at both terminals",
        "around 11,000 tonnes of CO2 a year", "worth about NOK 2.1 billion",
        "has delivered 34 battery-powered ships since 2015"},
       {"Investors", "Norsk", "Sustainability", "LinkedIn", "Press release (PDF)", "212 KB",
        "Related press releases", "fourth-quarter results", "Get our news by email", "Cookie settings",
        "All rights reserved", "We use cookies"}},
      // (A product's name ends at a dash: what follows, the listing's
      // descriptor or the colour, is not the name; 8b54df0's convention.)
      {"ebay-item.html", "Canon FD 50mm f/1.4 S.S.C. Lens", "", "", "product",
       {"Glass is clear with no fungus, haze or separation", "Compatible Mount", "Canon FD", "Maximum Aperture"},
       {"Sign in", "Daily Deals", "Shop by category", "Listed in category", "Buy it now", "Add to basket",
        "Add to Watchlist", "Seller feedback", "Lens exactly as described", "Similar items",
        "Canon FD 50mm f/1.8", "People who viewed this item also viewed", "Copyright © 1995",
        "We use cookies"}},
      {"wix-stores-product.html", "Speckled Stoneware Mug", "", "", "product",
       {"thrown on the wheel from a buff stoneware clay", "It holds 350 ml", "Dishwasher and microwave safe",
        "vitrified and watertight"},
       {"top of page", "Workshops", "Log In", "All Products", "Prev", "Add to Cart", "Buy Now",
        "You might also like", "Pouring Jug", "Harbour Workshops", "Join our mailing list",
        "Powered and secured by", "This website uses cookies"}},
      {"eventbrite-event.html", "Beginners' Hedge-Laying Day – Midland Style", nullptr, "", "",
       {"Learn to cut and lay a hedge the Midland way", "Saturday, March 14", "Welland Lane Market Harborough",
        "Hedge-laying is the old craft", "make the pleacher cut with a billhook",
        "move you to the next date"},
       {"Find Events", "Log In", "Get tickets", "Report this event", "More events from this organiser",
        "Dry Stone Walling Taster", "Other events you may like", "Spoon Carving", "Use Eventbrite",
        "© 2025 Eventbrite", "Eventbrite uses cookies"}},
      {"proboards-thread.html", "Bandsaw blade keeps wandering on resaw cuts", "hollowchisel", "2025-03-03",
       "forum",
       {"My 14 inch bandsaw drifts to the left", "usually short of tension or dull on one side",
        "It resawed a six inch board dead straight"},
       {"Welcome Guest", "Members", "Calendar", "Thread Options", "612 views", "Posts:", "Moderator",
        "Measure twice", "Quote", "Report Post", "Related Threads",
        "Table saw fence out of parallel", "users viewing this thread", "Powered by ProBoards",
        "Do Not Sell"}},
      {"kajabi-sales.html", "Watercolour Skies Masterclass", "", "", "",
       {"forty short lessons", "A sky is the one part of a landscape you cannot fix afterwards",
        "Lifting out cumulus with a damp sponge", "painted the skies over the Somerset Levels",
        "the first lesson covers paper, paints", "we will refund you in full"},
       {"Courses", "About Lena", "Login", "Enrol now", "Doors close in", "Minutes", "Buy now",
        "Powered by Kajabi", "This site uses cookies"}},
      {"google-sites.html", "Plot rules", "", "", "",
       {"agreed at the annual general meeting", "At least three quarters of your plot",
        "Bonfires are allowed before 10am", "cockerels are not permitted"},
       {"Skip to main content", "Waiting list", "Trading hut", "Search this site", "Join the waiting list",
        "Report abuse", "Page details", "Google Sites"}},
      {"university-news.html", "Student-built satellite sends first images from orbit", "", "2025-06-23", "article",
       {"A cube satellite designed and built by engineering students", "the size of a loaf of bread",
        "nobody in the room said a word", "Applications to join the second mission open in September"},
       {"We use cookies", "Current students", "Apply now", "Search the website", "Share on Facebook",
        "Media contact", "Latest news", "Honorary degrees", "Related courses", "Come to an open day",
        "Freedom of information", "Registered charity"}},
  };
  for (const PlatformPage& p : pages) {
    CheckPlatformRow(p);
  }
}

// Round 10: page kinds not seen before, weighted towards shops (eight of
// fifteen): a Shopify Dawn collection with facets, a Magento 2 (Luma)
// category with layered navigation, a dealer-website used-car inventory,
// a BigCommerce Cornerstone product with tabs and reviews, a PrestaShop
// classic product in Spanish, a Squarespace Commerce product, a Salesforce
// Commerce Cloud (SFRA) category grid and a Shopware 6 category in German;
// then an Invision Community thread, a NodeBB (Harmony) topic, a Sphinx
// Furo page, a US Web Design System service page, a Greenhouse job post, a
// Mediavine Create recipe after a long story and an Intercom help article.
// 5 of 15 rows passed as first written. Not asserted, as lede still gets
// them wrong: the five category pages' type (each is a "page", not a
// "listing": a shop's grid makes a list only under product markup and from
// kGridMinCards priced cards, and prices are read on product pages only);
// the SFCC grid's cards, all lost (their wrapper "container
// grid-footer-padding" reads as a footer); Shopware's "Details" link
// drawn as a button on a card without a cart button.
TEST(CmsHeldOut, PlatformPagesRound10) {
  const PlatformPage pages[] = {
      {"shopify-dawn-collection.html", "Cast Iron Skillets", "", "", "listing",
       {"Every skillet we sell is poured in green sand", "No. 10 Skillet", "No. 12 Skillet", "Chef Skillet",
        "Round Griddle", "A ten-inch everyday pan with a pour spout", "Sloped walls like a French saut",
        "$145.00"},
       {"Skip to content", "Free shipping on orders over", "Dutch Ovens", "Filter:", "In stock (5)",
        "The highest price", "Sort by:", "Best selling", "6 products", "Add to cart", "Regular price",
        "Join the seasoning club", "Lifetime warranty", "Country/region", "Powered by Shopify",
        "We use cookies"}},
      {"magento2-category.html", "Trail Running Shoes", "", "", "listing",
       {"A trail shoe has to grip wet rock", "Cairn Trail 4", "Scree Runner GTX", "Fellside Lite", "Ridge Racer 2",
        "$139.00"},
       {"Skip to Content", "Default welcome msg", "Sign In", "My Cart", "Search entire store", "Climbing",
        "View as", "Sort By", "Rating:", "Reviews", "Add to Cart", "Add to Wish List", "Add to Compare",
        "Shop By", "Shopping Options", "Drop (heel to toe)", "Compare Products", "no items in your wish list",
        "per page", "Sign Up for Our Newsletter", "Orders and Returns", "All rights reserved",
        "We use cookies"}},
      {"dealer-inventory.html", "Used Vehicles for Sale in Bend, OR", "", "", "listing",
       {"Every used vehicle on our lot goes through a 152-point inspection", "2021 Subaru Outback Onyx Edition XT",
        "2023 Subaru Crosstrek Premium", "31,482 mi", "Double cab with the short bed", "$32,450"},
       {"We use cookies", "Hours & Directions", "New Vehicles", "Service & Parts", "Filter Results", "Clear All",
        "Body Style", "Vehicles Found", "Sort By", "Confirm Availability", "Value Your Trade", "Compare",
        "Popular Searches", "Used Trucks in Bend", "Sunday Closed", "Website by Dealer Inspire",
        "Chat with us"}},
      {"bigcommerce-product.html", "Harbour Wool Blanket", "", "", "product",
       {"woven on a pair of 1950s Draper shuttle looms", "brushed with teasels",
        "Queen size: 90 x 100 inches", "our menders will repair it at no cost"},
       {"Free shipping in the continental US", "Toggle menu", "Sign in", "Register", "Mill Tours",
        "Write a Review", "Current Stock", "Quantity:", "Add to Cart", "Add to Wish List", "Pinterest",
        "Care & Warranty", "Warm without being heavy", "Posted by", "Related Products", "Rockport Wool Throw",
        "Customers Also Viewed", "Subscribe to our newsletter", "Powered by", "Accept All Cookies"}},
      {"prestashop-product.html", "Picual cosecha temprana 500 ml", "", "", "product",
       {"recogidas verdes a mediados de octubre", "La cosecha temprana da menos aceite por kilo",
        "bajo nitrógeno", "Polifenoles: 780 mg/kg", "Ficha de cata"},
       {"Contacte con nosotros", "Iniciar sesión", "Carrito", "Lotes regalo", "Búsqueda en catálogo",
        "Añadir al carrito", "Cantidad", "Compartir", "Tuitear", "Pago 100% seguro", "Envío gratuito",
        "Devoluciones en 14 días", "Detalles del producto", "También podría interesarle", "Hojiblanca",
        "Vista rápida", "Infórmese de nuestras", "Suscribirse", "Aviso legal", "Software de comercio",
        "Utilizamos cookies"}},
      {"squarespace-product.html", "Hand-bound A5 Sketchbook", "", "", "product",
       {"sewn by hand at the bench in our Norwich workshop", "120 pages (60 leaves) of 200gsm cartridge",
        "Corners are squared and sealed", "UK postage is"},
       {"Skip to Content", "Workshops", "Commissions", "Open Menu", "Previous", "Cover:", "Quantity:",
        "Add To Cart", "Facebook", "You May Also Like", "Long-stitch Journal", "Bindery notes",
        "We respect your privacy", "This site uses cookies"}},
      {"sfcc-category.html", "Women's Rain Jackets", "", "", "listing",
       {"three-layer recycled membrane rated to 20,000 mm"},
       {"Skip to main content", "Free returns for 60 days", "Login", "Sustainability", "6 Results",
        "Best Matches", "Reset", "Refine by", "Quick View", "More Results", "Recently Viewed",
        "Fell Merino Base Layer", "Customer Service", "Be the first to know", "Do Not Sell",
        "Accept All Cookies"}},
      {"shopware6-category.html", "Handhacken", "", "", "listing",
       {"Jede Hacke wird in unserer Schmiede in Gröbming", "Doppelhacke Herz-Spitz", "Bergbauernhacke",
        "Kinderhacke", "gleitet flach unter der Erde", "54,00"},
       {"Zum Hauptinhalt springen", "Javascript", "Suchbegriff", "Ihr Konto", "Warenkorb", "Küchenmesser",
        "Hersteller", "Versandkostenfrei", "Name A-Z", "Zum Merkzettel", "Service-Hotline",
        "Widerrufsrecht", "Neue Schmiedekurse", "Realisiert mit Shopware", "Diese Website verwendet Cookies"}},
      {"invision-thread.html", "Brake fluid boiling on track days - what am I missing?", "gearhead_mk",
       "2025-04-22", "forum",
       {"the pedal goes long after six or seven laps at Oulton", "Is it the fluid boiling",
        "The factory ducts on the GT4 feed the inner wheel arch", "Make a cool-down lap every fifth lap",
        "pedal stayed firm the whole day"},
       {"Jump to content", "Existing user?", "Leaderboard", "All Activity", "Reply to this topic",
        "Start new topic", "Recommended Posts", "Members", "Moderators", "2019 Apex GT4", "Report post",
        "MultiQuote", "Slow in, slow out", "Create an account or sign in", "Register a new account",
        "Go to topic listing", "Similar Topics", "Best pads for", "Powered by Invision",
        "We have placed cookies"}},
      {"nodebb-topic.html", "Home Assistant loses Zigbee devices after every reboot", "lumen_fox", "2025-09-03",
       "forum",
       {"about half of my 38 Zigbee devices show as unavailable", "NCP entered failed state",
        "The E ships with 6.10", "Mains-powered routers first", "All 38 devices stayed online"},
       {"Skip to content", "Categories", "Popular", "Collapse", "read-only mode", "raspberry-pi", "Posters",
        "Views", "Log in to reply", "Oldest to Newest", "wrote on", "last edited by", "Global Moderator",
        "replied to", "Offline", "Suggested Topics", "Aqara door sensor", "This website uses cookies"}},
      {"sphinx-furo.html", "Configuration", "", "", "",
       {"reads its settings from a", "fail-under = 85", "exits with status 1 if the score drops below 85",
        "Paths are resolved against the folder", "list of strings", "Raise it a few points at a time",
        "the last match wins"},
       {"Skip to content", "Hide navigation sidebar", "tidewater 2.3.1 documentation", "Installation",
        "Running in CI", "API reference", "Changelog", "Back to top", "View this page", "Edit this page",
        "Toggle", "Writing custom checks", "Copyright", "Made with", "On this page", "Read the Docs"}},
      {"uswds-service.html", "Renew your boat registration", "", "", "",
       {"Motorboats and sailboats longer than 16 feet", "Renewal notices for registrations expiring in 2025",
        "painted on both sides of the bow", "Your new decals arrive by mail", "PO Box 4410",
        "bait shops and marinas", "Over 25 feet", "$78", "up to 60 days after expiry"},
       {"Skip to main content", "An official website of the State", "Here's how you know",
        "Official websites use .gov", "Secure .gov websites", "Menu", "Fishing", "Buy a license",
        "Register a new boat", "Transfer ownership", "Was this page helpful?", "Return to top", "News releases",
        "Accessibility support", "Public records requests"}},
      {"greenhouse-job.html", "Field Service Technician, Wind", "", "2025-10-06", "",
       {"owns and operates 2.4 gigawatts", "a crew of nine at our Palo Duro site",
        "Carry out scheduled maintenance on 2.8 MW turbines", "A valid driver's licence",
        "a 6% 401(k) match from day one"},
       {"Apply for this Job", "Required", "First Name", "Resume/CV", "Dropbox", "legally authorized", "GWO",
        "Our company values diversity", "Submit Application", "Powered by", "Privacy Policy"}},
      {"mediavine-create-recipe.html", "Brown Butter Pear Galette", "Rosalind Achebe", "2025-10-21", "article",
       {"The pear tree behind my grandmother's house in Enugu", "Browning the butter for the filling",
        "Rest the dough.", "1/2 cup dark rye flour", "4 ripe Bosc pears, cored and thinly sliced",
        "Fan the pears in the middle", "The dough keeps in the fridge for three days"},
       {"Skip to primary", "Weeknight", "14 Comments", "Jump to Recipe", "Print Recipe", "affiliate links",
        "Advertisement", "from 31 ratings", "Recommended Products", "Half Sheet Baking Pan",
        "Amazon Associate", "Did you make this recipe?", "Rate this recipe", "Share", "About Rosalind",
        "Get new recipes by email", "Made this with Comice pears", "Leave a Reply", "Hi, I'm Rosalind",
        "Popular Recipes", "A Mediavine Publisher", "We use cookies"}},
      {"intercom-help.html", "How do I split an invoice between two clients?", "Priya Nandakumar", "", "",
       {"Sometimes one project is paid for by two parties", "Split by percentage",
        "The two shares must add up to 100%", "rounding can make the two totals differ",
        "Everything left unticked stays on the first invoice", "your profitability report stays correct"},
       {"Go to Ledgerly", "System status", "English", "Search for articles", "All Collections", "Written by",
        "Updated over", "Table of contents", "Did this answer your question?", "Related Articles",
        "Record a partial payment", "We run on Intercom", "LinkedIn"}},
  };
  for (const PlatformPage& p : pages) {
    const std::optional<Article> r = CheckPlatformRow(p);
    if (!r) continue;
    // A shop's page has no publication date: a review's date is not the
    // page's; nor has a service page an author.
    if (std::string_view(p.file) == "bigcommerce-product.html") {
      EXPECT_FALSE(r->date_published.has_value()) << *r->date_published;
    }
    if (std::string_view(p.file) == "uswds-service.html") {
      EXPECT_TRUE(r->authors.empty()) << r->authors[0];
    }
  }
}

// Round 8's pages in five more languages, small news pages with no meta or
// JSON-LD date or author: a Czech regional daily ("Autoři: ... a ...",
// "Aktualizováno 4. 12. 2025"), a Swedish local paper ("Av ... och ...,
// TT", ISO stamps after "Publicerad"/"Uppdaterad"), a Turkish portal ("...
// ve ...", "Yayınlanma:"/"Güncelleme:"), a Hungarian site (family name
// first, "Szerző:", "2025. december 4.", "Frissítve:") and a Korean paper
// ("... 기자", "입력"/"수정").
TEST(CmsHeldOut, PlatformPagesRound8MoreLang) {
  const LangPage pages[] = {
      {{"cs-regional-news.html", "Brno otevřelo novou tramvajovou trať do Kampusu", nullptr, "", "",
        {"Nová trať měří necelé tři kilometry", "evropské dotace", "v intervalu deseti minut"},
        {"Předplatné", "Nejčtenější", "Sníh komplikuje", "všechna práva vyhrazena", "Aktualizováno"}},
       {"Tereza Horáková", "Martin Procházka"}, "2025-12-04T10:20", "2025-12-04T15:05"},
      {{"sv-local-news.html", "Ny cykelbro över Fyrisån invigd i Uppsala", nullptr, "", "",
        {"Den nya bron invigdes på fredagsmorgonen", "drygt nittio miljoner kronor", "hålls isfri"},
        {"Bli prenumerant", "Kontakta oss", "Uppdaterad"}},
       {"Sara Ekström", "Johan Lindberg"}, "2025-12-05T08:30", "2025-12-05T13:45"},
      {{"tr-portal-news.html", "İzmir'de yeni metro hattı için ilk kazma vuruldu", nullptr, "", "",
        {"ilk etap çalışmaları perşembe günü", "uzun vadeli kredi", "toplu taşımayı tercih"},
        {"Çok Okunanlar", "Fırtına nedeniyle", "Tüm hakları saklıdır", "Yayınlanma", "Güncelleme"}},
       {"Mehmet Kaya", "Elif Aydın"}, "2025-12-04T11:40", "2025-12-04T17:25"},
      {{"hu-news.html", "Átadták az új Duna-hidat Komáromnál", nullptr, "", "",
        {"forgalomba helyezték", "uniós támogatással", "végigsétálhattak a hídon"},
        {"Legolvasottabb", "Havazás", "Minden jog fenntartva", "Frissítve"}},
       {"Tóth Gábor", "Szabó Eszter"}, "2025-12-04", "2025-12-04"},
      {{"ko-regional-news.html", "부산 도시철도 양산선 연장 구간 개통", nullptr, "", "",
        {"연장 구간이 5일 오전 개통했다", "삼천억 원을 넘었다", "환승 할인 제도"},
        {"많이 본 뉴스", "대설주의보", "무단전재"}},
       {"이서연"}, "2025-12-05T09:30", "2025-12-05T14:10"},
  };
  for (const LangPage& p : pages) CheckLangRow(p);
}

// Round 11: news and metadata first (twelve of sixteen), each after its
// platform's own markup: a Naviga Web regional story (meta author "Name |
// Tribune staff writer"), an Escenic story (cXense meta), a Reuters wire
// story on a Brightspot site ("OTTAWA, Nov 24 (Reuters) -", the "Reporting
// by" line and the Trust Principles), a WordPress VIP guest column with its
// closing italic bio and an author box, a Business Wire release, a German
// Drupal story ("Von ..."), a French live blog ("Par ...", "EN DIRECT"), a
// Spanish Arc XP photo gallery ("Por ...", its captions the body), an
// Italian JNews story carrying an "(ANSA) -" dateline ("di ...", a top
// bar with the day's date), a Dutch photo series ("Door ..."), a Polish
// opinion column ("Autor: ...", "O autorze") and a Russian 1C-Bitrix story
// ("Автор: ..."); then a Framer SaaS pricing page, a UK university course
// page, a The Events Calendar list view and a WordPress search results
// page. 6 of 16 rows passed as first written. (The gallery's "1 de 5"
// counter between its buttons goes since round 12: a counter's word where
// others print a slash; the live blog's "Publié le ..., mis à jour à
// 12h47" stamp line goes since round 13.) Not asserted, as lede still gets them wrong: the
// column's closing bio line, classed "author-tagline" (read as a byline);
// the German teaser's second sentence (the teaser opens on the
// description and goes whole as the dek); the course page's "Discover Uni data" heading over a frame
// and its "Come and see us" band; the search and event pages' type ("page",
// not "listing") and the event list's date (its first event's day). (The
// pricing page's title is its own, "Pricing"; its <h1> is the plans'
// slogan.)
TEST(CmsHeldOut, PlatformPagesRound11) {
  const PlatformPage pages[] = {
      {"naviga-news.html", "Grain elevator fire smolders for third day near Hartley", "Megan Castillo",
       "2025-11-18", "article",
       {"Smoke was still rising Tuesday", "The safest thing is to starve it", "A tanker of liquid nitrogen",
        "dryer fan motor", "Highway 18 east"},
       {"We and our partners use cookies", "E-Edition", "Obituaries", "Advertisement", "Facebook",
        "Co-op members approve merger", "Tags", "712-555-0134", "Get the Morning Report", "More from News",
        "City council delays", "Most Read", "Two-vehicle crash", "Powered by Naviga", "Tribune staff writer"}},
      {"escenic-news.html", "Harbour board approves €40m deepwater berth for Killybegs", "Ciara Brennan",
       "2025-11-20", "article",
       {"has approved plans for a €40 million deepwater berth", "about four hours either side of high water",
        "dredged to 12 metres", "keeping the landings here in Donegal", "Brexit Adjustment Reserve",
        "heavy lorries"},
       {"We use cookies", "Death Notices", "Sign in", "Share on Facebook", "Advertisement", "Read more",
        "Fish factory to create 60 jobs", "Topics", "Get the Courier in your inbox", "Most Read",
        "Gritting routes", "More News", "Arranmore", "Cookie Policy"}},
      {"brightspot-wire.html", "Canada's rail workers vote to ratify deal, ending strike threat", "Nia Okonjo",
       "2025-11-24", "article",
       {"OTTAWA, Nov 24 (Reuters) - Unionized workers", "About 78% of the roughly 9,300",
        "lockout at both of Canada's major railways", "Freight Management Association",
        "Talks between the union and Canadian Pacific"},
       // (The wire's sign-off, "(Reporting by ...; Editing by ...)", is
       // the story's credits, dropped since stop 70: IsStoryCreditsLine.)
       {"Skip to Content", "Watch Live", "Facebook", "Our Standards", "Trust Principles", "Tags", "Trending",
        "Snowfall warning", "More Business", "Potash prices", "EEO Public File", "(Reporting by Nia Okonjo in Ottawa"}},
      {"wpvip-opinion.html", "Our county can't keep paying for roads nobody drives on", "Teresa Villanueva",
       "2025-11-21", "article",
       {"This year it runs to 212 miles", "A road is a promise to pay", "It is closer to a mortgage",
        "fewer than 300 cars a day", "potholes on the roads people do use",
        "None of this is exciting"},
       {"Skip to content", "Subscribe for $1 a week", "Sections", "Search for:", "Guest columnist", "Facebook",
        "Advertisement", "Tagged", "Have something to say?", "letters@coastalledger.com",
        "About Teresa Villanueva", "More by Teresa Villanueva", "More Opinion", "Vote yes on the school bond",
        "Leave a Reply", "The Morning Ledger", "Most Popular", "Powered by WordPress VIP"}},
      {"businesswire-release.html", "Corvane Robotics Opens Automated Parts Depot in Reno, Nevada", "",
       "2025-11-18", "",
       {"RENO, Nev.--(BUSINESS WIRE)--Corvane Robotics", "about 38,000 different replacement parts",
        "every hour costs our customers money", "22 of Corvane's own autonomous mobile robots",
        "About Corvane Robotics", "more than 400 systems"},
       {"We use cookies", "Send a Press Release", "LinkedIn", "Industry:", "Logistics/Supply Chain Management",
        "More News From", "Names Helen Marsh Chief", "Social Media Profiles", "Berkshire Hathaway"}},
      {"de-drupal-news.html", "Freiburg: Stadtbahn nach Dietenbach soll 2029 fahren", "Jana Krüger",
       "2025-11-18", "article",
       {"Die Stadtbahn in den geplanten Stadtteil",
        "74 Millionen Euro", "Kritik an der Brücke über die Dreisam", "Wir bauen die Bahn, bevor",
        "Besançonallee"},
       {"Direkt zum Inhalt", "Alle akzeptieren", "Hauptnavigation", "Startseite", "Teilen", "WhatsApp",
        "Anzeige", "Mehr zum Thema", "Dietenbach: Erste Baufelder", "Schlagworte", "Der Breisgau-Newsletter",
        "Meistgelesen", "Weihnachtsmarkt", "Impressum"}},
      {"fr-liveblog.html", "Grève à la SNCF : un TGV sur deux ce jeudi, les TER très perturbés en Occitanie",
       "Élodie Marchand", "2025-12-04", "article",
       {"Un TGV sur deux circule sur l'axe",
        "Le trafic reprend progressivement sur la ligne Toulouse-Auch", "un train sur deux entre Toulouse et Auch",
        "J'ai un entretien à Montpellier", "recevra les quatre fédérations", "Bonjour à toutes et à tous"},
       {"Avec votre accord", "S'abonner", "Se connecter", "Accueil", "EN DIRECT", "Partager", "Publicité",
        "Voir les nouveaux posts", "Newsletter Toulouse", "Les plus lus", "neige attendue", "Publié le",
        "Vous devez être abonné", "Mentions légales"}},
      {"es-arc-gallery.html", "Así quedó el malecón de Chorrillos tras el oleaje anómalo", "María José Rincón",
       "2025-11-26", "article",
       {"Las olas superaron el muro del malecón", "retiran con cargadores frontales",
        "subieron sus botes a la explanada", "cerró el acceso vehicular", "recomendó no ingresar al mar"},
       {"ÚLTIMO MINUTO", "Suscríbete", "Iniciar sesión", "Fotogalerías", "Compartir en Facebook", "Anterior",
        "1 de 5", "Siguiente", "Reproducir automáticamente", "Publicidad", "Más fotogalerías", "Teletón",
        "Lo más visto", "Tipo de cambio", "Libro de reclamaciones", "globalContent"}},
      {"it-wire-news.html", "Treni, sciopero di 24 ore venerdì: a rischio regionali e Frecce", "Chiara Lombardi",
       "2025-12-03", "article",
       {"(ANSA) - ROMA, 3 DIC - Sarà un venerdì difficile", "dalle 6 alle 9 e dalle 18 alle 21",
        "Trenitalia Tper prevede", "Non possiamo continuare a lavorare con la paura",
        "chiedere il rimborso del biglietto"},
       {"Noi e terze parti", "Abbonati", "Edizione digitale", "Cronaca", "Condividi su Facebook", "PUBBLICITÀ",
        "Leggi anche", "nuovo sottopasso", "Tags:", "Articolo precedente", "Porto di Ravenna",
        "Articoli correlati", "Autostrade, cantieri", "Lascia un commento", "I più letti", "P.IVA"}},
      {"nl-fotoserie.html", "Zo ziet de nieuwe Markthal in Zwolle er van binnen uit", "Pieter Jansen",
       "2025-11-27", "article",
       {"Zaterdag gaat de nieuwe overdekte markt", "Het dak van hout en glas overspant", "Kaasboer Henk Dijkstra",
        "acht eetkramen", "van dinsdag tot en met zaterdag open", "ruim achttien miljoen euro"},
       {"Wij vragen je toestemming", "Abonneren", "Inloggen", "Delen", "Link kopiëren", "Advertentie",
        "Meer foto's", "Intocht Sinterklaas", "Meest gelezen", "Colofon"}},
      {"pl-felieton.html", "Dlaczego w Polsce wciąż nie umiemy budować przystanków?", "Tomasz Kowalczyk",
       "2025-11-24", "article",
       {"Przystanek to nie tylko wiata", "Wiata ma szklany dach", "Wystarczy zapytać pasażerów",
        "W Wiedniu przed każdą przebudową", "od miejsca, w którym pasażer na nie czeka"},
       {"Przechodzę do serwisu", "Kup dostęp", "Udostępnij", "Skopiuj link", "Reklama", "Przeczytaj również",
        "Nowe tramwaje dla Gdańska", "O autorze", "Dziennikarz i urbanista", "Wszystkie felietony autora",
        "Tagi:", "Komentarze (12)", "Dodaj komentarz", "Najczęściej czytane", "Zapisz się", "Wszelkie prawa"}},
      {"ru-bitrix-news.html", "В Вологде закрыли на ремонт Октябрьский мост", "Ирина Соколова", "2025-11-24",
       "article",
       {"полностью закрыто движение транспорта по Октябрьскому мосту", "временному мостику",
        "312 миллионов рублей", "Мост не ремонтировали капитально с 1979 года", "Пречистенской набережной"},
       {"Мы используем файлы cookie", "Происшествия", "Поиск по сайту", "Главная", "Просмотров", "Реклама",
        "Теги", "Поделиться", "Подписывайтесь на наш канал", "Читайте также", "новый светофор", "Комментарии",
        "Ваше имя", "Популярное", "При перепечатке"}},
      {"framer-pricing.html", "Pricing", "", "", "",
       {"Record remote guests in studio quality", "For a first show recorded on a laptop", "$19",
        "Up to 8 remote guests in 4K video", "For teams running several shows", "Recording hours per month",
        "Export as separate audio tracks", "What counts as a recording hour?", "uses one hour, not four",
        "download every file for 90 days"},
       {"Features", "Changelog", "Log in", "Get started", "Start 14-day trial", "Integrations", "Careers",
        "© 2025 Loomcast", "Made in Framer"}},
      {"uk-course-finder.html", "Marine Biology BSc (Hons)", "", "", "",
       {"C160", "ABB including Biology", "a ten-minute walk from a rocky shore", "RV Skerry",
        "Coastal Field Skills (20 credits)", "Oceanography and Plankton Ecology", "IELTS 6.0 overall",
        "£24,200", "covered by your tuition fee", "fisheries agencies"},
       {"This site uses cookies", "Skip to main content", "Student life", "Search courses", "Apply via UCAS",
        "Book an open day", "Order a prospectus", "Related courses", "Zoology BSc", "Freedom of information",
        "Registered charity"}},
      {"tribe-events-list.html", "Events", "", "", "",
       {"Winter Singaround", "Bring a song, a tune or just your voice", "Concert: The Weavers' Daughters",
        "Three sisters from Macclesfield", "Christmas Ceilidh with the Ferrymen Band",
        "Beginners' Melodeon Workshop", "December 13 @ 8:00 pm", "St Helen's Church Hall"},
       {"Skip to content", "About the Club", "Find Events", "Search for events", "Previous Events",
        "Next Events", "Today", "Get Tickets", "Subscribe to calendar", "Export .ics file", "Google Calendar",
        "Privacy Policy"}},
      {"search-results.html", "Search results for: heat pump", "", "", "",
       {"Air source heat pumps explained", "takes heat from the outside air",
        "Will my radiators work with a heat pump?", "A Victorian terrace goes electric", "£1,140 for heating",
        "The Boiler Upgrade Scheme", "Heat pump noise rules relaxed"},
       {"We use cookies", "Skip to content", "Insulation", "Showing 1–5 of 23 results", "Search for:",
        "Filter by type:", "Guides (14)", "Sort by", "Next page", "Free advice line", "0800 555 0199",
        "Latest guides", "Monthly newsletter", "independent charity"}},
  };
  for (const PlatformPage& p : pages) {
    const std::optional<Article> r = CheckPlatformRow(p);
    if (!r) continue;
    // A listing's items carry dates (an event's day, a result's update):
    // none of them dates the page.
    const std::string_view f = p.file;
    if (f == "search-results.html") {
      EXPECT_FALSE(r->date_published.has_value()) << f << ": " << *r->date_published;
    }
  }
}

// Round 12: shops and catalogues first, the two weakest page types
// (twelve of sixteen): a Shopify product page in the older Debut theme
// (the Shopify Product Reviews widget, the store pickup box, "Tax
// included. Shipping calculated at checkout."), a Shopify collection in
// the Supply theme, a WooCommerce variable product (Storefront: tabs,
// reviews, up-sells, recently viewed), an Adobe Commerce B2B product (tier
// prices, requisition lists, a specifications table), a BigCommerce
// Cornerstone brand page, a Salesforce Commerce Cloud SFRA category grid,
// a French PrestaShop product in the Hummingbird theme, a German Shopware 6
// wine (reviews tab, cross-selling slider), a Wix Stores category, a
// Squarespace 7.1 shop category, an Etsy listing, a grocery aisle, a B2B
// parts family with its spec table and a bookshop's product page; then a
// rustdoc struct page, and a Flarum discussion served to crawlers (its
// posts in <noscript id="flarum-content">). 8 of 16 rows passed as first
// written; general rules since: a byline-classed box with a price line
// among its children is a shop card, not a byline (Squarespace's
// "product-list-item-meta" dropped the cards whose titles were short); a
// product page's checkout note ("Tax included. Shipping calculated at
// checkout.") goes; a sort control's line is read without its view
// toggle's buttons ("Sort by" then "Grid", "List"); and the class words
// "cross-selling" (Shopware), "store-availability"/"pickup-availability"
// (Shopify's pickup box), "review-tab"/"review-list" (a product's reviews
// named in the singular). Not asserted, as lede still gets them wrong: the
// brand page's and the SFRA grid's type ("page", not "listing"); the Wix
// Stores category's newsletter strip, which stays (its type, "product" for
// its two add-to-cart buttons, and its grid, dropped as a shelf, are fixed:
// a run of priced cards that holds every buy control, under an <h1> priced
// by them only, is a collection); the grocery aisle's "Recipe inspiration" cards; the bookshop's "In stock –
// usually dispatched within 24 hours" line. Also kept and left open: rustdoc's "Source" and "Run"
// links, the marketplace seller's "Star Seller" badge beside the shop's
// name. (The parts family's type is not pinned: a product family's table of
// variants is a listing and a product page at once.)
TEST(CmsHeldOut, PlatformPagesRound12) {
  const PlatformPage pages[] = {
      {"shopify-debut-product.html", "Enamelled Cast Iron Casserole, 24 cm", "", "", "product",
       {"sand-cast in a single piece of iron", "holds 3.8 litres",
        "Works on gas, electric, ceramic and induction hobs", "Weight 4.6 kg with lid",
        "lifetime guarantee against defects"},
       {"Skip to content", "Free UK delivery on orders over", "Cookware", "Regular price", "Quantity",
        "Add to cart", "Buy it now", "More payment options", "Tax included", "Pickup available",
        "Share on Facebook", "Pin it", "You may also like", "Shallow Casserole, 28 cm", "Customer Reviews",
        "Write a review", "Heavy, even, beautiful", "Report as Inappropriate", "Recipes, restocks",
        "Powered by Shopify", "We use cookies"}},
      {"shopify-supply-collection.html", "Loose Leaf Black Teas", "", "", "listing",
       {"single estates we buy from directly", "Brew with water just off the boil", "Halmari Assam TGFOP",
        "Castleton Second Flush Darjeeling", "Yunnan Golden Needle", "Pine-Smoked Lapsang Souchong"},
       {"Close menu", "Log in", "Create an Account", "Search all products", "Shop Tea", "Shop by origin",
        "Assam (4)", "Strength", "Sort by", "Best Selling", "Grid view", "Quick Links", "Be first to hear",
        "Ecommerce Software by Shopify", "Payment icons"}},
      {"woo-storefront-variable.html", "Merino Hiking Socks (3 Pack)", "", "", "product",
       {"mid-weight walking socks knitted from 68% merino", "frosty car park", "terry-looped for cushioning",
        "Machine wash at 30", "68% merino wool, 29% nylon, 3% elastane"},
       {"Skip to navigation", "My account", "Search for:", "No products in the basket", "Rated 4.67 out of 5",
        "customer reviews", "Choose an option", "Add to basket", "SKU:", "Category:", "Reviews (3)",
        "Did the Cuillin ridge", "Add a review", "Your rating", "You may also like", "Merino Liner Socks",
        "Related products", "Alpine Ski Socks", "Product categories", "Recently Viewed Products", "Visit us",
        "Join our mailing list", "Built with WooCommerce", "This website uses cookies"}},
      {"adobe-commerce-b2b-product.html", "Hex Flange Bolt M10 x 1.5 x 40 mm, Class 10.9, Zinc Flake", "", "",
       "product",
       {"serrated flange spreads the load", "minimum tensile strength of 1,040 MPa", "torque of 56 Nm dry",
        "M10 x 1.5 (coarse)", "Zinc flake, silver, 720 h NSS", "7318158900"},
       {"We use cookies", "cookies are disabled", "Welcome, Pellow", "My Requisition Lists", "Quick Order",
        "Search by part number", "Bolts & Screws", "Qty (boxes)", "Add to Cart", "Add to Requisition List",
        "Add to Compare", "Related Products", "Serrated Flange Nut", "select all",
        "Customers who bought this also bought", "Click Torque Wrench", "Trade Newsletter", "Terms of Trade",
        "Registered in England"}},
      {"bigcommerce-cornerstone-brand.html", "Kestrel Optics", "", "", "",
       {"making binoculars in the Scottish Borders since 1974", "test every model on the reserve",
        "Kestrel Merlin 8x42 Binoculars", "A bright, light all-rounder",
        "Kestrel Harrier 20-60x80 Spotting Scope", "£949.00"},
       {"Winter sale", "Toggle menu", "Sign in", "Search the store", "Categories", "Magnification", "8x (3)",
        "Min.", "Sort By:", "Featured Items", "Quick view", "Add to Cart", "Choose Options", "On Sale!",
        "Recently Viewed", "RSPB Handbook", "Subscribe to our newsletter", "Call us at", "Powered by"}},
      {"sfra-search-grid.html", "Women's Rain Jackets", "", "", "",
       {"only as good as the seams that nobody sees", "Harbor 2.5-Layer Shell", "Cascade Insulated Rain Parka",
        "Sitka Packable Rain Jacket", "$219.00"},
       {"Skip to main content", "Free shipping and free returns", "Login", "Find a Store", "Jackets & Vests",
        "Articles", "12 Results", "Sort By", "Price Low To High", "Reset", "Refine by", "Quick View",
        "Wishlist", "More Results", "View Full Details", "Customer Service", "Be the first to know",
        "All rights reserved", "Do you consent to tracking"}},
      {"prestashop-hummingbird-product.html", "Miel de lavande de Provence IGP, 500 g", "", "", "product",
       {"récolté en juillet sur le plateau de Valensole", "La miellée ne dure que trois semaines",
        "Nous le brassons à froid", "fromage de chèvre frais", "Valensole, Alpes-de-Haute-Provence", "Fin 2027"},
       {"Livraison offerte", "Contactez-nous", "Français", "Miels de montagne", "Rechercher", "Connexion",
        "Panier", "Accueil", "Précédent", "Diminuer la quantité", "Ajouter au panier", "En stock", "Partager",
        "Paiement sécurisé", "Expédition sous 48 h", "Retours sous 14 jours", "Vous aimerez aussi",
        "Miel de châtaignier", "Cuillère à miel", "Recevez nos actualités", "S'abonner", "Mentions légales",
        "Logiciel e-commerce par PrestaShop", "Ce site utilise des cookies"}},
      {"shopware6-wine-product.html", "2023 Riesling Kabinett trocken, Erdener Treppchen", "", "", "product",
       {"steilsten Weinberge der Mittelmosel", "nach Limette, grünem Apfel und nassem Stein",
        "Passt zu Forelle aus dem Hunsrück", "Erdener Treppchen", "6,8 g/l"},
       {"Zum Hauptinhalt springen", "Javascript in Ihrem Browser", "Service/Hilfe", "Suchbegriff eingeben",
        "Ihr Konto", "Anmelden", "Zur Kategorie Weißwein", "Vorheriges Bild", "11 Bewertungen",
        "In den Warenkorb", "Zum Merkzettel hinzufügen", "Bewertung schreiben", "Unser Sommerwein",
        "Frisch, nicht zu sauer", "Das könnte Ihnen auch gefallen", "2023 Weißburgunder trocken",
        "Service-Hotline", "Widerrufsrecht", "Realisiert mit Shopware", "Diese Website verwendet Cookies",
        "Alle Cookies akzeptieren"}},
      {"wix-stores-category.html", "Planters", "", "", "listing",
       {"thrown on the wheel from a speckled stoneware clay", "no two glazes break over the rim",
        "Speckled Cylinder Planter", "Ribbed Bowl Planter", "Hanging Planter with Jute Cord", "$64.00"},
       {"top of page", "SLIP & KILN", "Classes", "Log In", "Filter by", "Sort by", "Quick View", "Add to Cart",
        "Load More", "Studio open Thursday", "Powered and secured by", "bottom of page",
        "This website uses cookies"}},
      {"squarespace-shop-category.html", "Prints", "", "", "listing",
       {"I paint every bird and boat in gouache", "signed, numbered in an edition of 75", "Curlew at Low Tide",
        "Mousehole Harbour at Night", "A Pair of Oystercatchers", "St Ives Rooftops"},
       {"Orders placed after", "Skip to Content", "Commissions", "Journal", "Cards", "Originals",
        "Studio Letter", "Sign Up", "We respect your privacy", "Stockists", "All images are copyright",
        "This site uses cookies"}},
      {"marketplace-listing.html", "Hand-Knitted Aran Cardigan in Undyed Wool, Made to Order", "", "", "product",
       {"My mother taught me to knit Aran", "undyed Shetland-Cheviot from a flock on the island of Yell",
        "allow six to seven weeks", "Hand wash cold with wool wash", "Materials: Shetland-Cheviot wool"},
       {"Etsy uses cookies", "Skip to Content", "Search for anything", "Favourites", "Clothing & Shoes",
        "Local taxes included", "This seller consistently earned", "Select a size", "Add your personalisation",
        "Add to basket", "14 people have this", "Learn more about this item", "Delivery and return policies",
        "Returns & exchanges not accepted", "Meet your seller", "Message Morag", "Reviews for this item",
        "Worth every week of the wait", "More from this shop", "Fair Isle Yoke Jumper", "You may also like",
        "Ad by Etsy seller", "Report this item", "renewable electricity", "Sell on Etsy"}},
      {"grocery-aisle.html", "Apples & Pears", "", "", "listing",
       {"orchards in Kent, Herefordshire and the Vale of Evesham", "Greengate British Cox Apples, 6 pack",
        "Conference Pears, Loose", "Orchard Gold Bramley Cooking Apples, 1kg"},
       {"We use cookies", "Reject all", "Skip to main content", "Book a delivery slot", "Search products",
        "Sign in / Register", "Trolley", "Fresh Food", "Bakery", "24 products", "Filter by",
        "Dietary & Lifestyle", "Organic (5)", "Clear all", "Sort by", "Price per unit", "Showing 1",
        "Recently viewed", "Greek Style Yoghurt", "Customer services", "Get the app",
        "Prices and availability may vary"}},
      {"parts-catalogue-family.html", "6200 Series Deep Groove Ball Bearings, Sealed (2RS)", "", "", "",
       {"Single-row deep groove bearings take radial loads", "nitrile rubber lip seal", "Pressed steel cage",
        "6203-2RS | 17 | 40 | 12 | 9.6 | 13,000 | $4.30", "follow ISO 281"},
       {"This site uses cookies", "Sales: 1-800", "Request a quote", "Search 480,000 parts",
        "Power Transmission", "Narrow by", "10 mm (1)", "Clearance", "6 products", "Compare selected",
        "Download catalog page", "Add to cart", "Frequently bought together", "UCP200 Series Pillow Block",
        "Customer service", "Apply for net-30 terms", "quantity discounts apply at checkout"}},
      {"bookshop-product.html", "The Lighthouse Keeper's Ledger", nullptr, "", "product",
       {"the relief boat fails to reach the Skerryvore light", "Isla Munro inherits her grandfather's papers",
        "a novel about isolation, loyalty", "Harbourline Press", "9781915873402"},
       {"Get 10% off your first order", "Sign me up", "Free UK delivery over",
        "Search by title, author or ISBN", "My account", "Basket (0)", "Crime & Thriller", "Booker Prize",
        "Look inside", "(19 reviews)", "eBook", "Audiobook", "RRP", "Add to basket", "Click & Collect",
        "Add to wishlist", "Check stock in our shops", "Write a review", "Was this review helpful?",
        "Read it in two sittings", "Customers also bought", "The Salt Wives", "Meet the author",
        "Book tickets", "Registered in Scotland"}},
      {"rustdoc-struct.html", "Struct SpillRing", "", "", "",
       {"overwrites its oldest element when full", "never allocates after it is created",
        "let mut ring = SpillRing::with_capacity(2);", "rounded up to the next power of two",
        "pub fn push(&mut self, value: T) -> Option<T>", "Panics if capacity is zero",
        "Returns the number of elements currently held"},
       {"This old browser", "show sidebar", "Methods", "In crate spillring", "Copy item path",
        "Expand description", "§"}},
      {"flarum-discussion.html", "Mash temperature dropped 4°C in the first ten minutes - Grainfather owners?",
       "hopsack", "2025-11-15", "forum",
       {"Brewed a 23 litre pale ale", "Cold grain is almost certainly it", "wrap the unit in a camping mat",
        "Thanks both, marking this solved"},
       {"Loading...", "best viewed in a modern browser", "Something went wrong", "Welcome to Fermentry"}},

  };
  for (const PlatformPage& p : pages) {
    const std::optional<Article> r = CheckPlatformRow(p);
    if (!r) continue;
    // A shop's page has no publication date: a review's day is not the
    // page's.
    const std::string_view f = p.file;
    if (f == "shopify-debut-product.html" || f == "marketplace-listing.html") {
      EXPECT_FALSE(r->date_published.has_value()) << f << ": " << *r->date_published;
    }
  }
}

// A review summary's chips drawn as <button>s inside its sentence ("praised
// for: <button>grip on wet rock</button>, <button>cushioning</button>")
// are the sentence's words: kept. Buttons that are controls stay out: one
// in a sentence whose label is a UI verb ("Open size guide"), the add to
// cart submit, a review's "Yes"/"No"/"Report" row (no sentence around them).
TEST(CmsHeldOut, InlineWordButtonsKeepTheirWords) {
  const std::string html =
      testing::ReadFile(testing::SourceDir() + "/tests/fixtures/heldout/review-chips-product.html");
  ASSERT_FALSE(html.empty());
  Result<Article> r = Extract(html, ExtractOptions{});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NE(r->text.find("Most often praised by runners for: grip on wet rock, cushioning, and roomy toe box."),
            std::string::npos)
      << r->text;
  EXPECT_EQ(r->text.find("Open size guide"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Add to cart"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Report"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Drop is 6 mm"), std::string::npos) << r->text;
}

// A product page's accordion whose titles are no heading elements
// ("<button class=accordion__title>"): the store's delivery and returns
// panel goes as a heading of that name takes it; the product's own panels
// before and after it stay.
TEST(CmsHeldOut, AccordionTitleOfShopTermsEndsItsPanel) {
  const std::string html =
      testing::ReadFile(testing::SourceDir() + "/tests/fixtures/heldout/accordion-terms-product.html");
  ASSERT_FALSE(html.empty());
  Result<Article> r = Extract(html, ExtractOptions{});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->text.find("leave our studio the same day"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("prepaid label"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("softens with every wash"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("adjusts by a brass slider"), std::string::npos) << r->text;
}

// A glossary's term drawn as a <button> mid-sentence (it opens the term's
// note), no punctuation beside it: the sentence's words, kept ("The basis
// point is ...", not "The is ..."). A control's button set in a paragraph
// with a capitalised word after it stays out.
TEST(CmsHeldOut, GlossaryTermButtonMidSentenceKeepsItsWords) {
  const std::string html =
      "<!doctype html><html lang=en><head><title>What a rate cut means for savers</title>"
      "<meta property=\"og:type\" content=\"article\"></head><body><header><a href=/>Money Desk</a></header>"
      "<article><h1>What a rate cut means for savers</h1>"
      "<p>The <button type=button class=\"glossary-term\" aria-expanded=false>basis point</button> is one "
      "hundredth of a percentage point, so a cut of twenty-five of them takes a savings rate from four "
      "percent to three and three quarters.</p>"
      "<p>Banks pass a cut on to their savers within weeks, while a fixed-rate bond keeps paying its "
      "<button type=button class=\"glossary-term\">coupon rate</button> until it matures, whatever the "
      "central bank does in the meantime.</p>"
      "<p>Savers who want to lock in today's rates can compare the accounts on offer before the next "
      "meeting of the committee in March. <button type=button class=share>Share</button> Copy the link "
      "to send it to a friend who is saving too.</p></article></body></html>";
  Result<Article> r = Extract(html, ExtractOptions{});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NE(r->text.find("The basis point is one hundredth"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("keeps paying its coupon rate until it matures"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Share"), std::string::npos) << r->text;
}

// A product page's hidden theme toggle whose button is a long sentence
// naming the buyers (84 bytes, past a shelf heading's 80) holds the
// product's own words: kept. It was read cut to 64 bytes, short enough to
// pass for a shelf's heading, so for a panel of the store's terms.
TEST(CmsHeldOut, LongPanelLabelNamingBuyersIsNoShopTermsPanel) {
  const std::string html =
      "<html><head><title>Waxed Tote - Canvas Goods</title><meta property=og:type content=product>"
      "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Waxed Tote\","
      "\"offers\":{\"price\":\"68\",\"priceCurrency\":\"USD\"}}</script></head><body><main><h1>Waxed Tote</h1>"
      "<div class=price>$68.00</div><button>Add to cart</button><div class=product-description><p>A roomy tote "
      "of waxed cotton canvas with leather handles riveted through, an inside pocket and a brass snap.</p></div>"
      "<div class=toggle><button>Why customers also choose waxed canvas: how it weathers, and how to rewax it "
      "at home</button><div class=toggle__content style='display:none'><p>The wax sheds rain and darkens where "
      "the bag is handled; warm a bar of fabric wax and rub it in once a year to keep the canvas tight.</p>"
      "</div></div><div class=toggle><button>Warranty</button><div class=toggle__content style='display:none'>"
      "<p>All our bags carry a one year warranty against manufacturing defects. Normal wear and tear is not "
      "covered.</p></div></div></main></body></html>";
  Result<Article> r = Extract(html, ExtractOptions{});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NE(r->text.find("roomy tote"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("fabric wax"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("one year warranty"), std::string::npos) << r->text;
}

// Round 13: news and magazine articles in the nine languages of issue 5,
// each on a platform the rounds before had not covered: a German WordPress
// story in the Jannah theme ("Von ..., Redakteurin Lokales",
// "Veröffentlicht: 02.12.2025, 09:14 Uhr", "Aktualisiert am ..."), a French
// magazine in Soledad ("Par ..., journaliste", one line "Publié le ... à
// 8h30, mis à jour le ..."), a Spanish Arc XP story (a handle beside the
// byline, "Actualizado: 01/12/2025 19:32 h", a paywall's closing box), an
// Italian NewsPress story ("di ..." and the writer's e-mail, "Aggiornato
// alle 13:40"), a Brazilian Ghost (Source theme) post cut by its members'
// paywall, a Dutch Drupal story ("Door ..." and an e-mail, "Bijgewerkt:"),
// a Polish Joomla 4 story ("Autor:", "Opublikowano:", "Zaktualizowano:",
// "Odsłony:"), a Russian page whose text is only its JSON-LD articleBody,
// an English Arc XP live blog (two writers with their roles, entries with
// a time, a title and a writer each), an English Brightspot magazine
// feature ("Senior Editor", "Photographs by"), a German TYPO3 (tx_news)
// story behind a paywall teaser, a Spanish Drupal story ("Name | City",
// "Martes, 2 de diciembre de 2025, 13:20 Actualizado el ..."), an Italian
// WordPress live blog ("IN DIRETTA", "Aggiornato alle") and a Russian
// WordPress story ("Автор:", "Опубликовано:", "Обновлено:"). Each has a
// cookie wall, photo credits, related teasers with their own dates and
// writers, and most a comment thread with dated comments: none of those
// may be taken. 3 of 14 rows passed
// as first written (eight lacked the section, others a modified date, a
// writer, or kept chrome); general rules since: a meta row's update given
// by its time alone ("mis à jour à 12h47", "Aggiornato alle 13:40") is a
// stamp, so the row goes (round 11's French live blog's "Publié le ...,
// mis à jour à ..." line too); a stamp line beside a byline-classed box
// the metadata did not take is read without that box ("Name | City"
// then the dates); a live blog entry's title over its writer's line and
// its text is the entry's heading, not a headline; Drupal's
// "field--name-field-tags" is a tag list whatever its label; Ghost's
// "gh-article-tag" is the post's section (a kicker); WordPress's category
// link (rel="category tag") over the headline names the section when
// nothing else does; a mail address after the writer's name ("Door ...
// s.devries@...") goes, and so does one word after a full name, the place
// the writer files from ("Pablo Lasheras | Zaragoza", a byline box read for
// it); the section is Joomla's "category-name" row less its "Kategoria:"
// label, TYPO3 news's "news-list-category" span, a Drupal section field
// ("field--name-field-seccion") and, on an article, a breadcrumb box of one
// link over the headline (Brightspot's); since meta40, the update beside
// the <time> that gave the publication, on the published stamp's line or
// by its time alone (Soledad, NewsPress), on a "Bijgewerkt:" line (Drupal
// nl), in a <time class=updated> after "Обновлено:" (WordPress ru). Not
// asserted, as lede still gets it wrong: the Arc XP paywall's closing box
// ("Este contenido es exclusivo para suscriptores.", its subscribe link).
struct NewsRow {
  PlatformPage page;
  std::vector<std::string> authors;  // empty when not pinned
  const char* modified;  // day of date_modified, "" when not pinned
  const char* section;   // "" when not pinned
  const char* dek;       // "" when not pinned
};

TEST(CmsHeldOut, PlatformPagesRound13) {
  const NewsRow rows[] = {
      {{"de-jannah-news.html", "Kassel: Neue Fußgängerbrücke über die Fulda wird ein Jahr später fertig", nullptr,
        "2025-12-02", "article",
        {"Die neue Fuß- und Radwegbrücke über die Fulda", "auf eine alte Ufermauer aus dem 19. Jahrhundert",
         "Mehrkosten von 1,9 Millionen Euro", "knapp zwei Drittel", "aber sie stand in keinem Plan"},
        {"Cookie-Zustimmung", "Einstellungen ansehen", "Eilmeldung", "Stromausfall in Bettenhausen", "Startseite",
         "Redakteurin Lokales", "Veröffentlicht:", "Aktualisiert am", "Minuten gelesen", "Foto: Lena Hoffmann",
         "Per E-Mail teilen", "Anzeige", "Ähnliche Artikel", "Drahtbrücke wird nachts beleuchtet",
         "Von Jonas Becker", "14.11.2025", "3 Kommentare", "Wer hat denn da vorher gebohrt", "Antworten",
         "Schreibe einen Kommentar", "berichtet seit 2019", "Meistgelesen", "Alle Rechte vorbehalten"}},
       {"Lena Hoffmann"}, "2025-12-02", "Kassel", "Die Stadt rechnet mit der Eröffnung erst im Herbst 2027."},
      {{"fr-soledad-magazine.html", "À Nantes, les jardins partagés manquent de bras cet hiver", nullptr,
        "2025-12-03", "article",
        {"Ils étaient une quarantaine en juin", "personne n'aime pailler en décembre",
         "Un appel commun à 23 jardins", "un abri chauffé dans trois jardins",
         "ne rouvre pas toujours au printemps"},
        {"Nous utilisons des cookies", "Tout accepter", "Société", "journaliste", "Publié le", "mis à jour",
         "412 vues", "Hans Lucas", "Publicité", "Partager", "couvre l'environnement", "Vous aimerez aussi",
         "Les vergers du Petit-Port", "par Julien Mercier", "20 novembre 2025", "2 commentaires",
         "J'y vais le samedi", "Répondre", "Laisser un commentaire", "Les plus lus", "Tous droits réservés"}},
       {"Camille Roussel"}, "2025-12-03", "Environnement", ""},
      {{"es-arc-economia.html", "El Gobierno amplía el bono de transporte a los trenes de Media Distancia hasta junio",
        nullptr, "2025-12-01", "article",
        {"El Consejo de Ministros aprobó este lunes", "al menos 16 viajes en cuatro meses",
         "si el primer tren sale a las nueve", "en la tarjeta sin contacto o en el móvil"},
        {"Con tu consentimiento", "Aceptar y cerrar", "Iniciar sesión", "@luciaferrer_eco", "Actualizado:",
         "Compartir en Facebook", "Paco Puentes", "Publicidad", "Te puede interesar", "Renfe incorpora 12 trenes",
         "28/11/2025", "Temas", "Lo más leído",
         "Más noticias de Economía", "Por Álvaro Ruiz", "Todos los derechos reservados", "globalContent"}},
       {"Lucía Ferrer"}, "2025-12-01", "Economía",
       "La medida costará 310 millones y beneficiará a unos 400.000 viajeros habituales."},
      {{"it-newspress-news.html", "Bologna, la Garisenda resta chiusa: i lavori slittano al 2026", nullptr,
        "2025-11-27", "article",
        {"Resterà chiusa almeno fino a giugno 2026", "alcuni blocchi di selenite",
         "Preferiamo perdere sei mesi", "percorso deviato su via Rizzoli"},
        {"Noi e terze parti", "Giovedì 27 Novembre 2025", "Abbonati", "f.galli@", "Pubblicato il",
         "Aggiornato alle", "foto Schicchi", "Condividi su Facebook", "PUBBLICITÀ", "Tag:", "Articoli correlati",
         "Due Torri, raccolti", "di Marco Benassi", "12 Ottobre 2025", "2 commenti", "Sei mesi in più",
         "Lascia un commento", "Ultime notizie", "P.IVA"}},
       {"Francesca Galli"}, "2025-11-27", "Cronaca",
       "Il consolidamento della torre richiede più tempo del previsto. Il cantiere di piazza di Porta Ravegnana "
       "resterà fino all'estate."},
      {{"pt-ghost-paywall.html", "Por que as contas de luz do Nordeste vão subir em 2026", nullptr, "2025-12-02",
        "article",
        {"devem subir entre 9% e 14% a partir de abril de 2026", "subsídios à geração distribuída",
         "esse custo é repassado aos demais consumidores"},
        {"Energia\n", "Entrar", "Assinar", "min de leitura", "Marcos Lima", "exclusivo para assinantes",
         "Assine agora", "Já tem uma conta", "Assine a Corrente Alternada", "Leia mais",
         "O leilão de transmissão", "Por Bianca Torres", "25 de nov. de 2025", "Powered by"}},
       {"Rafael Nogueira"}, "2025-12-03", "Energia",
       "A revisão tarifária das distribuidoras pesa mais em quem não tem painel solar."},
      {{"nl-drupal-news.html", "Groningen wil aardgasvrije wijken sneller aansluiten op warmtenet", nullptr,
        "2025-12-02", "article",
        {"twee jaar eerder dan gepland aansluiten op het warmtenet", "restwarmte van een datacentrum",
         "Vaste prijs voor bewoners", "Anders krijg je mensen niet mee", "wie het warmtenet na 2035 beheert"},
        {"Overslaan en naar de inhoud", "Wij gebruiken cookies", "Akkoord", "Abonneren", "s.devries@",
         "Bijgewerkt", "Remko de Waal", "Deel op Facebook", "Advertentie", "Onderwerpen", "Lees ook",
         "Warmtenet Zernike", "Door Peter Hoekstra", "18 november 2025", "Meest gelezen", "Colofon"}},
       {"Sanne de Vries"}, "2025-12-02", "Stad",
       "De gemeente trekt 40 miljoen euro extra uit voor het warmtenet in Paddepoel en Selwerd."},
      {{"pl-joomla-news.html", "Toruń: od stycznia nowe linie autobusowe na Jar i Bielawy", nullptr, "2025-12-01",
        "article",
        {"Miejski Zakład Komunikacji uruchomi od 2 stycznia", "Linia 46 połączy osiedle Jar",
         "autobusy w godzinach szczytu są przepełnione", "Bilety miesięczne zachowają dotychczasowe ceny"},
        {"Ta strona korzysta z ciasteczek", "Jesteś tutaj", "Szczegóły", "Kategoria:", "Opublikowano",
         "Zaktualizowano", "Odsłony", "Fot. Katarzyna", "Poprzedni artykuł", "Komentarze (2)",
         "Wreszcie coś dla Jaru", "Dodaj komentarz", "Czytaj także", "Remont ulicy", "Piotr Zieliński",
         "28.11.2025", "Wszelkie prawa"}},
       {"Katarzyna Wiśniewska"}, "2025-12-01", "Komunikacja", ""},
      {{"ru-jsonld-body.html", "В Казани откроют вторую линию метро к 2030 году", nullptr, "2025-11-28", "article",
        {"Власти Казани утвердили проект второй линии метро", "64 миллиарда рублей",
         "обсуждается в Казани больше десяти лет", "линию продлят до Азино и Горок"},
        {"Загрузка", "JavaScript", "Все права защищены", "Новости"}},
       {"Алексей Гарипов"}, "2025-11-28", "Общество", ""},
      {{"en-arc-liveblog.html", "Live updates: Winter storm closes I-90 across the Snoqualmie Pass", nullptr,
        "2025-12-03", "article",
        {"I-90 is closed in both directions between North Bend and Ellensburg", "Pass closed in both directions",
         "several trucks jackknifed near milepost 52", "Power outages climb past 80,000",
         "Crews from Oregon are on their way", "Freezing rain warning until Thursday",
         "a quarter inch of ice"},
        {"Accept All Cookies", "Subscribe", "staff reporter", "Weather editor", "Updated Dec. 3", "Lena Cho",
         "Advertisement", "Share on Facebook", "Related coverage", "How to prepare your home", "By Mira Chen",
         "Nov. 30, 2025", "Get the morning weather email", "All rights reserved"}},
       {"Dana Ortiz", "Sam Patel"}, "2025-12-03", "Weather",
       "Heavy snow and freezing rain hit western Washington on Wednesday, with more than 80,000 customers without "
       "power."},
      {{"en-brightspot-magazine.html", "The Last Lighthouse Keepers of Lake Superior", nullptr, "2025-12-01",
        "article",
        {"Marjorie Halvorsen was six", "a fog signal and a radio that worked when it felt like it",
         "the only neighbor who never gossiped", "A log of every ship", "Wind NE. Fog. No bread.",
         "the paint on their shutters has long since peeled"},
        {"Give the gift", "Subscribe", "Senior Editor", "Photographs by", "Published December 1",
         "Updated December 2", "Owen Lindqvist for", "Print", "Getting to Isle Royale", "By Grant Ellis",
         "Oct. 14, 2025", "Tags", "is a senior editor at", "More from History", "The Iron Range towns",
         "By Tom Aho", "The Northwoods Weekly", "All rights reserved"}},
       {"Helen Park"}, "2025-12-02", "History",
       "For a century, keepers lived through winters on rock islands. Their children remember."},
      {{"de-typo3-paywall.html", "Lübeck: Warum die Altstadt-Garagen teurer werden", nullptr, "2025-12-01",
        "article",
        {"Wer in der Lübecker Altstadt parkt, zahlt ab Januar deutlich mehr",
         "gestiegenen Kosten für Personal und Strom", "in der Vorlage für den Aufsichtsrat"},
        {"Wir schätzen Ihre Privatsphäre", "Alles akzeptieren", "Anmelden", "RH+", "Aktualisiert am",
         "06:00 Uhr", "Olaf Malzahn", "Jederzeit kündbar", "0,99 €", "Das könnte Sie auch interessieren",
         "Busspur in der Possehlstraße", "Von Anke Lorenz", "28.11.2025", "Impressum"}},
       {"Markus Weber"}, "2025-12-01", "Lübeck",
       "Die Stadtwerke erhöhen die Parkgebühren in vier Parkhäusern um bis zu 50 Prozent."},
      {{"es-drupal-news.html", "Zaragoza cierra el puente de Santiago tres meses por obras", nullptr, "2025-12-02",
        "article",
        {"cerrará al tráfico el puente de Santiago durante tres meses", "una pasarela provisional",
         "filtraciones en varias vigas", "un aparcamiento gratuito en la zona"},
        {"Pasar al contenido", "Utilizamos cookies", "Pablo Lasheras", "Martes, 2 de diciembre",
         "Actualizado el", "Guillermo Mestre", "Enviar por correo", "Publicidad", "Etiquetas:",
         "Noticias relacionadas", "El tranvía reducirá", "Elena Sanz", "28/11/2025", "Comentarios (2)",
         "En plena cuesta de enero, como siempre", "Tu comentario", "Aviso legal"}},
       {"Pablo Lasheras"}, "2025-12-02", "Zaragoza", "El tráfico se desviará por el puente de la Almozara desde el 12 de enero."},
      {{"it-liveblog-wp.html", "Maltempo in Liguria, allerta rossa a Genova: la diretta", nullptr, "2025-11-24",
        "article",
        {"Il Comune ha riaperto il sottopasso di Brignole", "sotto la soglia di guardia",
         "una frana sui binari", "piogge fino a 400 millimetri in dodici ore"},
        {"Questo sito utilizza cookie", "IN DIRETTA", "Aggiornato alle", "Silvia Rebora", "foto Balostro",
         "Condividi", "Carica altri aggiornamenti", "Potrebbe interessarti", "Allerta meteo, cosa fare",
         "di Marco Parodi", "23 novembre 2025", "I più letti", "P.IVA"}},
       {"Davide Ferraris"}, "2025-11-24", "Cronaca",
       "Scuole chiuse, treni sospesi sulla linea per La Spezia. Il Bisagno sorvegliato speciale."},
      {{"ru-wp-news.html", "В Перми построят новый мост через Каму к 2029 году", nullptr, "2025-12-02", "article",
        {"Власти Пермского края утвердили проект нового моста", "отдельные дорожки для пешеходов",
         "более 90 тысяч машин в сутки", "растягиваются на несколько километров"},
        {"Мы используем файлы cookie", "Принять", "Автор:", "Опубликовано", "Обновлено", "Просмотров",
         "Денис Лыков", "Реклама", "Метки", "Поделиться", "Читайте также", "Коммунальный мост закроют",
         "Игорь Лебедев", "25 ноября 2025", "Комментарии", "Обещали ещё", "Ответить",
         "Добавить комментарий", "Популярное", "При перепечатке"}},
       {"Марина Кузнецова"}, "2025-12-02", "Город", ""},
  };
  for (const NewsRow& row : rows) {
    const std::optional<Article> a = CheckPlatformRow(row.page);
    if (!a) continue;
    const char* f = row.page.file;
    if (!row.authors.empty()) {
      EXPECT_EQ(a->authors, row.authors) << f;
    }
    if (*row.modified) {
      EXPECT_EQ(a->date_modified.value_or("").substr(0, 10), row.modified) << f;
    }
    if (*row.section) {
      EXPECT_EQ(a->section.value_or(""), row.section) << f;
    }
    if (*row.dek) {
      EXPECT_EQ(a->dek.value_or(""), row.dek) << f;
    }
  }
}

// Round 15: the page types WCXB scores besides news, each on software the
// rounds before had not covered, in seven languages: a German WoltLab Suite
// thread (microdata posts, "Zitat von" quote boxes, signatures, a guest's
// "Jetzt mitmachen!" box), an English bbPress topic (its status notice "This
// topic has 3 replies ... last updated ... by plot27" over the posts), an
// Italian Kunena (Joomla) topic (a profile column per post, "Messaggi: 9",
// Kunena's "Fresh Boarder" ranks, signatures, the thanks box), an mdBook
// chapter, a Spanish Jekyll "Just the Docs" page (its kramdown table of
// contents under "Índice"), an ExDoc (HexDocs) module page, a Chinese Docsify
// page, a German JTL-Shop product, a Brazilian VTEX product, an Ecwid category
// grid, a German Jimdo service page, a French Duda service page, a Lever job
// posting and a French classified ad. 3 of 14 rows passed as first written
// (mdBook, Docsify and the job posting), 8 of 14 as first written after the
// rules below, all 14 as asserted; general rules since: a thread's post
// declared by microdata (DiscussionForumPosting, Comment, Question, Answer) is
// not dropped by a weak word in its class (WoltLab's
// "messageSidebarOrientationLeft"); Kunena is forum software ("com_kunena" on
// <body>), its "kwho-*" links the posters' names, its "kmsgsignature" and
// "thankyou" boxes post furniture, its default ranks ("Fresh Boarder")
// furniture lines; member statistics in Italian, German, Spanish and Dutch
// ("Messaggi: 9", "Beiträge: 14"); bbPress's "bbp-author-name" names a poster,
// and a poster's name inside a sentence (a status notice) is none; on a page,
// a lone link classed a call to action or a button link (Jimdo's
// "j-calltoaction-link", Duda's "dmButtonLink", WordPress's
// "wp-block-button__link") is a call to action in any language; kramdown's
// table of contents ("ol#markdown-toc") is navigation, and "Índice",
// "Inhaltsverzeichnis", "Sommaire" and their kin are table-of-contents labels;
// a quantity label in six more languages; the shelves "Quem viu, viu também",
// "Passend dazu", "Ces annonces peuvent vous intéresser"; a "powered-by" box;
// a heading that says in parentheses what the <title> says after its separator
// ("Tidewater.RateLimiter (Tidewater v1.4.0)" under "Tidewater.RateLimiter —
// Tidewater v1.4.0") is cut there; (meta41) a post's day kept in a tooltip's
// title over an age shown in another language than English (Kunena's "04 Ott
// 2025 17:22" over "1 mese 3 settimane fa"). Not asserted, as lede still gets them
// wrong: WoltLab's guest box ("Jetzt mitmachen! Sie haben noch kein
// Benutzerkonto ...": no class marks it, a phrase table would cost every
// line: since content41, a box whose every link leads to the sign-up and
// log-in pages is one); VTEX's installment note ("ou 3x
// de R$ 43,30 sem juros": since content41 a shop's instalment line) and
// shipping calculator; the Ecwid grid's type (read as a page, not
// a listing); the classified ad's badges and map link. Not asserted as lede
// reads them by design (and as WCXB's annotators mostly do): a post's stamp
// line ("1 mese 3 settimane fa #41877"), a product's SKU and stock lines
// ("Artikelnummer:", "Cód.:", "Sofort verfügbar"), list prices and "Sold out"
// badges, and the bare price of a product page (the classified ad's "1 650
// €").
TEST(CmsHeldOut, PlatformPagesRound15) {
  const PlatformPage pages[] = {
      {"woltlab-thread.html", "Heizungsventil tropft nach dem Entlüften", "KalleBremen", "2025-11-22", "forum",
       {"ich habe am Wochenende die Heizkörper im Obergeschoss entlüftet", "Das ist fast immer die Stopfbuchse",
        "ohne Entleeren tauschen", "seit heute Morgen ist das Küchenpapier"},
       {"Anmelden oder registrieren", "Dashboard", "Lexikon", "Anfänger", "Reaktionen", "Beiträge", "612 Zugriffe",
        "Thema folgen", "Zitieren", "Gefällt mir", "Gruß aus Bremen-Nord", "Meisterbetrieb seit 1998",
        "Dieser Beitrag wurde bereits", "Ähnliche Themen", "Heizkörper wird trotz", "Benutzer online",
        "Impressum", "WoltLab Suite", "Diese Seite verwendet Cookies",
        // (The guest box, its links to sign-up and log-in only, content41.)
        "Jetzt mitmachen", "Benutzerkonto erstellen"}},
      {"bbpress-topic.html", "Tomato leaves curling upwards in the greenhouse", "greenfingers_gail", "2025-07-12",
       "forum",
       {"Gardener’s Delight plants in the greenhouse", "physiological leaf roll", "new leaves come through mottled",
        "cheap shade net over the roof"},
       {"Skip to content", "Sowing Calendar", "Tagged:", "This topic has 3 replies", "Subscribe", "Viewing 4 posts",
        "Participant", "Moderator", "#40418", "You must be logged in", "Keep me signed in", "Recent Topics",
        "Leek moth", "Proudly powered by", "Pests and Diseases"}},
      {"kunena-topic.html", "Vespa PX 150 si spegne al minimo a motore caldo", "gianni_pd", "2025-10-04", "forum",
       {"ho una Vespa PX 150 del 1998", "quasi sempre è una presa d'aria", "spray per contatti",
        "Era proprio la guarnizione"},
       {"Iscriviti al club", "Discussioni recenti", "Accedi", "Rispondi", "Argomento: #3318", "Pagina 1 di 1",
        "Fresh Boarder", "Platinum Boarder", "Messaggi:", "Ringraziamenti ricevuti", "Primavera 125",
        "Chi va piano", "Ringrazia", "Segnala", "Ringraziano per il messaggio", "Chi è online",
        "Tempo creazione pagina", "Powered by", "C.F.", "Questo sito utilizza cookie"}},
      {"mdbook-chapter.html", "Backpressure", "", "", "",
       {"A pipeline is only as fast", "Each edge between two stages is a bounded channel", "channel_capacity(1024)",
        "to zero makes every hand-off synchronous", "Batching sink", "riverflow_channel_fill_ratio"},
       {"Introduction", "Getting started", "Sources and sinks", "Coal", "Navy", "The Riverflow Book",
        "Search this book", "Print this book", "Suggest an edit", "Toggle Table of Contents"}},
      {"just-the-docs-es.html", "Copias de seguridad automáticas", "", "", "",
       {"Nubeta guarda una copia completa", "retencion_dias", "necesita permiso de escritura pero no de borrado",
        "nubeta backup verify", "La restauración sustituye todos los datos"},
       {"Saltar al contenido", "Primeros pasos", "Usuarios y grupos", "Almacenamiento", "Actualizaciones",
        "Just the Docs", "Buscar en Manual", "Nubeta en GitHub", "Índice", "Programar una copia\nComprobar una copia",
        "Volver arriba", "Copyright", "Página modificada", "Editar esta página"}},
      {"exdoc-module.html", "Tidewater.RateLimiter", "", "", "",
       {"A token-bucket rate limiter", "refills at", "kept in an ETS table", "acquire(name, tokens",
        "@spec acquire", "mode the call sleeps until enough tokens", "the bucket's size"},
       {"Collapse/expand", "Changelog", "Upgrading from 0.x", "Tidewater.Pool", "Press / to search", "Settings",
        "View Source", "Hex Preview", "Download ePub", "Built using"}},
      {"docsify-zh.html", "配置文件说明", "", "", "",
       {"青禾日志采集器启动时读取", "每个输入对应一组", "/var/log/nginx/*.log", "采集器会记住每个文件读到的位置",
        "目前支持 Kafka", "buffer_dropped_total"},
       {"快速开始", "插件开发", "常见问题", "搜索", "上一篇", "下一篇", "最后更新", "在 Gitee 上编辑此页", "京ICP备"}},
      {"jtl-shop-product.html", "Santokumesser Damast 18 cm, Olivenholzgriff", "", "", "product",
       {"Das Santoku ist das japanische Allzweckmesser", "in Seki aus 67 Lagen Damaststahl",
        "Bitte nicht in die Spülmaschine", "31,5 cm"},
       {"Wir verwenden Cookies", "Kostenloser Versand ab 49", "Hilfe & Kontakt", "Schleifsteine", "Wunschzettel",
        "Warenkorb", "Startseite", "(23 Bewertungen)", "inkl. 19% USt.", "Vergleichsliste", "Frage zum Produkt",
        "Bewertungen (23)", "Schärfer geht kaum", "Bewertung schreiben", "Passend dazu", "Kombi-Schleifstein",
        "Widerrufsrecht", "Newsletter", "Alle Preise inkl.", "Shopsoftware by"}},
      {"vtex-product-ptbr.html", "Cafeteira Italiana Moka Alumínio 6 Xícaras Serra Azul", "", "", "product",
       {"o jeito mais simples de fazer um café encorpado", "alumínio fundido com 3 mm", "Lave só com água",
        "6 xícaras (300 ml)", "12 meses contra defeitos"},
       {"Frete grátis", "Mesa posta", "O que você procura", "Entrar", "Minha sacola", "Início", "(41)",
        "Quantidade", "Adicionar à sacola", "Compartilhar", "Quem viu, viu também", "Moedor de Café",
        "Ótima, mas pequena", "Escrever avaliação", "Trocas e devoluções", "Receba nossas ofertas", "CNPJ",
        "Powered by VTEX", "Usamos cookies",
        // (Its instalment line under the price, content41.)
        "sem juros"}},
      {"ecwid-category.html", "Hand-thrown Mugs", "", "", "",
       {"Every mug is thrown on the wheel", "dishwasher and microwave safe", "Tidepool Mug", "Oatmeal Speckle Mug",
        "Moorland Tankard", "Seaglass Espresso Cup", "Deep blue celadon", "£28.00"},
       {"Workshops", "Bag (0)", "Tableware", "Sort by", "Recommended", "Price: Low to High", "Add to Bag",
        "Notify me", "Showing 1–4 of 4", "My account", "Track orders", "Powered by", "Kiln opening news",
        "Delivery & returns", "We use cookies"}},
      {"jimdo-service-de.html", "Fensterreinigung für Privathaushalte", "", "", "",
       {"Streifenfrei, pünktlich, zum Festpreis", "Fenster und Glastüren, auch Sprossenfenster",
        "Wintergärten und Glasdächer", "kostenlosen Besichtigungstermin", "Sie müssen nicht zu Hause sein",
        "ab 9 Euro", "10 Prozent Rabatt"},
       {"Startseite", "Leistungen", "Über uns", "Jetzt Besichtigung anfragen", "Impressum", "Cookie-Richtlinie",
        "Sitemap", "Anmelden", "Diese Website verwendet Cookies"}},
      {"duda-service-fr.html", "Bilan comptable pour artisans et TPE", "", "", "",
       {"Nous établissons vos comptes annuels", "Ce qui est compris",
        "La liasse fiscale et la déclaration de TVA annuelle", "1 290 € HT par an",
        "nous ne vous demandons rien en juin"},
       {"Accueil", "Création d'entreprise", "02 41 00 00 00", "Demander un devis", "Envoyer", "Mentions légales",
        "Ce site utilise des cookies", "Inscrit à l'Ordre"}},
      {"lever-job.html", "Field Service Engineer (Autonomous Mowers)", "", "2025-11-20", "",
       {"Harbourline builds electric, autonomous mowers", "As a Field Service Engineer you will install",
        "RTK GPS rover", "A full UK driving licence", "£36,000 – £42,000 a year", "equal opportunity employer"},
       {"Apply for this job", "Harbourline Robotics Home Page", "Jobs powered by"}},
      {"leboncoin-annonce.html", "Vélo cargo biporteur électrique Babboe", "", "2025-11-27", "",
       {"acheté neuf en avril 2021", "Caisse en bois avec banc", "Vendu car nos enfants"},
       {"Avec votre accord", "Déposer une annonce", "Mes recherches", "Immobilier", "Voir les 6 photos",
        "Particulier · 14 annonces", "Répond généralement", "Envoyer un message", "Ne payez jamais",
        "Sauvegarder l'annonce", "Signaler l'annonce", "Ces annonces peuvent vous intéresser", "Urban Arrow",
        "Conditions générales"}},
  };
  for (const PlatformPage& p : pages) CheckPlatformRow(p);
}

// A WordPress category link (rel="category tag") over the headline names
// the story's section when no meta, JSON-LD or kicker does; WordPress's
// default "Uncategorized" names none, and a category link after the
// headline (a footer's list, another post's card) is not the story's.
TEST(CmsHeldOut, WordPressCategoryLinkOverTheHeadlineNamesTheSection) {
  auto page = [](const std::string& before, const std::string& after) {
    return "<html><body><article class=post><header>" + before +
           "<h1 class=entry-title>Ferry timetable changes from Monday</h1></header><div class=entry-content>"
           "<p>The island ferry will run two extra sailings on weekday mornings from Monday, the operator said, "
           "after a summer of queues at the harbour.</p><p>The last sailing of the evening moves from 21:30 to "
           "22:15 so that it meets the mainland's late train.</p></div>" +
           after + "</article></body></html>";
  };
  const std::string link = "<span class=cat-links><a href=/c/transport/ rel=\"category tag\">Transport</a></span>";
  const std::string none = "<span class=cat-links><a href=/c/u/ rel=\"category tag\">Uncategorized</a></span>";
  Result<Article> over = Extract(page(link, ""), ExtractOptions{});
  Result<Article> after = Extract(page("", "<footer>" + link + "</footer>"), ExtractOptions{});
  Result<Article> uncategorized = Extract(page(none, ""), ExtractOptions{});
  ASSERT_TRUE(over.ok() && after.ok() && uncategorized.ok());
  EXPECT_EQ(over->section.value_or(""), "Transport");
  EXPECT_FALSE(after->section.has_value()) << *after->section;
  EXPECT_FALSE(uncategorized->section.has_value()) << *uncategorized->section;
}

// Round 14 (meta40): a writer's place or outlet after the name, and the
// update beside the <time> that gave the publication. An English
// WordPress story ("By Marcus Webb, New York"; "Published <time>May 3,
// 2025</time>, updated May 5, 2025 at 4:10 p.m."), a Polish agency byline
// ("Tomasz Nowicki, Polska Agencja Prasowa": the outlet is the publisher)
// with its "Zaktualizowano:" beside the <time>, three co-authors filing
// from "Los Angeles" and a German "Aktualisiert:" beside the <time> under
// "Von Lena Brandt, Frankfurt am Main". 1 of 4 rows passed as first
// written. Not asserted, as lede still gets them wrong: the Polish and
// German stories' type ("page", not "article") and the Polish section box
// ("Region") read as the body's first line.
TEST(CmsHeldOut, PlatformPagesRound14) {
  struct Row {
    PlatformPage page;
    std::vector<std::string> authors;
    const char* publisher;  // "" when none
    const char* modified;   // day of date_modified
  };
  const Row rows[] = {
      {{"en-wp-city-byline.html", "Subway signal upgrade slips to 2027 on the Queens line", nullptr, "2025-05-03",
        "article",
        {"new signals on the Queens Boulevard line", "Weekend closures continue", "passed its tests"},
        {"We use cookies", "Share on Facebook", "More from Transit", "Bus lanes come to Main Street",
         "All rights reserved", "New York"}},
       {"Marcus Webb"}, "", "2025-05-05"},
      {{"pl-agency-byline.html", "Gdańsk: tramwaj na Południe pojedzie dopiero w 2026 roku", nullptr, "2025-03-12", "",
        {"Budowa linii tramwajowej do dzielnic", "kolizji z siecią ciepłowniczą", "co kwadrans poza nimi"},
        {"Ta strona korzysta", "Polska Agencja Prasowa", "Opublikowano", "Zaktualizowano", "Udostępnij",
         "Czytaj także", "Nowy most w Sopocie", "Wszelkie prawa"}},
       {"Tomasz Nowicki"}, "Polska Agencja Prasowa", "2025-03-12"},
      {{"en-coauthors-place.html", "Wildfire smoke pushes air quality alerts across three counties", nullptr,
        "2025-08-14", "article",
        {"Smoke from the fire burning in the foothills", "moved recess and sports practice indoors",
         "only a fifth contained by Thursday evening"},
        {"Subscribe", "Los Angeles", "Updated Aug. 15", "More stories", "Reservoir levels hold steady",
         "Sacramento", "All rights reserved"}},
       {"Priya Raman", "Owen Fitch", "Dana Kwiatkowski"}, "", "2025-08-15"},
      {{"de-news-aktualisiert.html", "Mainkai bleibt im Sommer autofrei", nullptr, "2025-03-05", "",
        {"Das nördliche Mainufer zwischen Eisernem Steg", "Anwohner hatten sich vor allem",
         "mehr Streifen des Ordnungsamts einzusetzen"},
        {"Wir verwenden Cookies", "Frankfurt am Main", "Aktualisiert", "Artikel teilen", "Mehr aus Frankfurt",
         "Neue Radbrücke", "Alle Rechte vorbehalten"}},
       {"Lena Brandt"}, "", "2025-03-06"},
  };
  for (const Row& row : rows) {
    const std::optional<Article> a = CheckPlatformRow(row.page);
    if (!a) continue;
    const char* f = row.page.file;
    EXPECT_EQ(a->authors, row.authors) << f;
    EXPECT_EQ(a->publisher.value_or(""), row.publisher) << f;
    EXPECT_EQ(a->date_modified.value_or("").substr(0, 10), row.modified) << f;
  }
}

// A page of one story under `stamp` and `byline` (`lang` its language).
std::string StampedStory(const std::string& lang, const std::string& byline, const std::string& stamp,
                         const std::string& head = "") {
  return "<html lang=\"" + lang + "\"><head><title>Harbour ferry adds two sailings</title>" + head +
         "</head><body><article><h1>Harbour ferry adds two sailings</h1>" + byline + stamp +
         "<p>The island ferry will run two extra sailings on weekday mornings from Monday, the operator said, "
         "after a summer of queues at the harbour that left many commuters late for work and school.</p>"
         "<p>The last sailing of the evening moves from 21:30 to 22:15 so that it meets the mainland's late train, "
         "a change residents had asked for since the spring of last year.</p></article></body></html>";
}

// The update shown beside the <time> that gave the publication, in the
// nine languages of issue 5, month names and numbers each: on the stamp's
// own line ("Published <time>...</time>, updated ..."), in a box beside the
// <time> ("<time>...</time> <span>Bijgewerkt: ...</span>") and beside its
// box ("<span>Опубликовано: <time></span> <span>Обновлено: ...</span>");
// the same lines shown without a <time> (read with the visible stamps), and
// under a JSON-LD datePublished with no dateModified. An update by its time
// alone ("Aggiornato alle 13:40") is of the publication's day.
TEST(CmsHeldOut, UpdateBesideThePublishedStampInNineLanguages) {
  struct Lang {
    const char* tag;
    const char* published;
    const char* updated;
    const char* pub_words;
    const char* upd_words;
    const char* pub_numeric;
    const char* upd_numeric;
    const char* by_time;  // an update by its time alone
  };
  const Lang langs[] = {
      {"en-US", "Published", "Updated", "March 5, 2025", "March 6, 2025", "03/05/2025", "03/06/2025",
       "Updated at 1:40 p.m."},
      {"de", "Veröffentlicht am", "Aktualisiert am", "5. März 2025", "6. März 2025", "05.03.2025", "06.03.2025",
       "Aktualisiert um 13:40 Uhr"},
      {"fr", "Publié le", "Mis à jour le", "5 mars 2025", "6 mars 2025", "05/03/2025", "06/03/2025",
       "mis à jour à 13h40"},
      {"es", "Publicado el", "Actualizado el", "5 de marzo de 2025", "6 de marzo de 2025", "05/03/2025",
       "06/03/2025", "Actualizado a las 13:40"},
      {"it", "Pubblicato il", "Aggiornato il", "5 marzo 2025", "6 marzo 2025", "05/03/2025", "06/03/2025",
       "Aggiornato alle 13:40"},
      {"pt", "Publicado em", "Atualizado em", "5 de março de 2025", "6 de março de 2025", "05/03/2025",
       "06/03/2025", "Atualizado às 13h40"},
      {"nl", "Gepubliceerd op", "Bijgewerkt op", "5 maart 2025", "6 maart 2025", "05-03-2025", "06-03-2025",
       "Bijgewerkt om 13:40"},
      {"pl", "Opublikowano", "Zaktualizowano", "5 marca 2025", "6 marca 2025", "05.03.2025", "06.03.2025",
       "Zaktualizowano o 13:40"},
      {"ru", "Опубликовано", "Обновлено", "5 марта 2025", "6 марта 2025", "05.03.2025", "06.03.2025",
       "Обновлено в 13:40"},
  };
  const std::string byline = "<p class=byline>By Jane Doe</p>";
  const std::string ld =
      "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
      "\"headline\":\"Harbour ferry adds two sailings\",\"datePublished\":\"2025-03-05T09:00:00+01:00\"}</script>";
  for (const Lang& l : langs) {
    const std::string pub = l.published, upd = l.updated;
    for (int numeric = 0; numeric < 2; ++numeric) {
      const std::string p = numeric ? l.pub_numeric : l.pub_words, u = numeric ? l.upd_numeric : l.upd_words;
      const std::string time = "<time datetime=\"2025-03-05T09:00:00+01:00\">" + p + "</time>";
      const std::pair<std::string, std::string> stamps[] = {
          {"own line", "<p class=meta>" + pub + " " + time + ", " + upd + " " + u + "</p>"},
          {"beside", "<div class=meta>" + pub + " " + time + " <span class=upd>" + upd + ": " + u + "</span></div>"},
          {"beside its box", "<div class=meta><span class=pub>" + pub + ": " + time + "</span> <span class=upd>" +
                                 upd + ": " + u + "</span></div>"},
          {"shown", "<p class=meta>" + pub + " " + p + " | " + upd + " " + u + "</p>"},
          {"json-ld", "<p class=meta>" + pub + " " + p + " | " + upd + " " + u + "</p>"},
      };
      for (const auto& [form, stamp] : stamps) {
        Result<Article> a = Extract(StampedStory(l.tag, byline, stamp, form == "json-ld" ? ld : ""), ExtractOptions{});
        ASSERT_TRUE(a.ok());
        EXPECT_EQ(a->date_published.value_or("").substr(0, 10), "2025-03-05") << l.tag << " " << form << ": " << stamp;
        EXPECT_EQ(a->date_modified.value_or("").substr(0, 10), "2025-03-06") << l.tag << " " << form << ": " << stamp;
      }
    }
    const std::string time = "<time datetime=\"2025-03-05T09:00:00+01:00\">" + std::string(l.pub_words) + "</time>";
    Result<Article> a = Extract(
        StampedStory(l.tag, byline, "<div class=meta>" + time + " <span>" + l.by_time + "</span></div>"), ExtractOptions{});
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->date_modified.value_or(""), "2025-03-05T13:40:00+01:00") << l.tag << ": " << l.by_time;
  }
  // An "update" before the publication is none; nor is a sentence that
  // tells of one.
  const std::string time = "<time datetime=\"2025-03-05T09:00:00+01:00\">March 5, 2025</time>";
  Result<Article> before =
      Extract(StampedStory("en", byline, "<div>" + time + " <span>Updated: March 1, 2025</span></div>"), ExtractOptions{});
  Result<Article> sentence = Extract(
      StampedStory("en", byline,
                   "<div>" + time + "</div><p>The timetable was updated on March 6, 2025, after the operator met "
                   "the harbour board and residents in a long evening session at the town hall on the quay.</p>"),
      ExtractOptions{});
  // Nor is an update by its time alone earlier than the publication's.
  Result<Article> earlier = Extract(
      StampedStory("it", byline, "<div class=meta>" + time + " <span>Aggiornato alle 8:15</span></div>"),
      ExtractOptions{});
  ASSERT_TRUE(before.ok() && sentence.ok() && earlier.ok());
  EXPECT_FALSE(before->date_modified.has_value()) << *before->date_modified;
  EXPECT_FALSE(sentence->date_modified.has_value()) << *sentence->date_modified;
  EXPECT_FALSE(earlier->date_modified.has_value()) << *earlier->date_modified;
}

// A place or a news outlet after the writer's name in a visible byline is
// no second writer: a place of several words ("New York", "Rio de
// Janeiro", "Frankfurt am Main") goes; an outlet ("The New York Times",
// "Polska Agencja Prasowa") goes to the publisher, when none is known. Real
// co-authors stay, and so does a person whose surname is a paper's word
// ("Emily Post", "Mary Ann Post") or whose given name opens a place's
// ("Santa Montefiore").
TEST(CmsHeldOut, PlaceOrOutletAfterTheWriterIsNoWriter) {
  struct Row {
    const char* lang;
    const char* byline;
    std::vector<std::string> authors;
    const char* publisher;  // "" when none
  };
  const Row rows[] = {
      {"en", "By Jane Doe, New York", {"Jane Doe"}, ""},
      {"en", "By Jane Doe, Los Angeles", {"Jane Doe"}, ""},
      {"en", "By Jane Doe and Bob Smith, Salt Lake City", {"Jane Doe", "Bob Smith"}, ""},
      {"en", "By Jane Doe | The New York Times", {"Jane Doe"}, "The New York Times"},
      {"en", "By Jane Doe, Denver Evening Post", {"Jane Doe"}, "Denver Evening Post"},
      {"en", "By Jane Doe, ABC News", {"Jane Doe"}, "ABC News"},
      {"en", "By Jane Doe | Reuters", {"Jane Doe"}, "Reuters"},
      {"en", "By Jane Doe, Ian Roe and Bob Smith", {"Jane Doe", "Ian Roe", "Bob Smith"}, ""},
      {"en", "By Jane Doe, Emily Post", {"Jane Doe", "Emily Post"}, ""},
      // (People whose given name opens a place's name, or whose name of
      // three words ends in a paper's word.)
      {"en", "By Jane Doe, Santa Montefiore", {"Jane Doe", "Santa Montefiore"}, ""},
      {"en", "By Jane Doe, Rio Ferdinand", {"Jane Doe", "Rio Ferdinand"}, ""},
      {"en", "By Jane Doe, Lake Bell", {"Jane Doe", "Lake Bell"}, ""},
      {"en", "By Jane Doe, Mary Ann Post", {"Jane Doe", "Mary Ann Post"}, ""},
      // (A given name before a place's closing word that is also a
      // surname is a person; a place's own first word is not.)
      {"en", "By Jane Doe, Michael Bay", {"Jane Doe", "Michael Bay"}, ""},
      {"en", "Jane Doe, Michael Bay", {"Jane Doe", "Michael Bay"}, ""},
      {"en", "By Jane Doe, Adam Beach", {"Jane Doe", "Adam Beach"}, ""},
      // (Given names of the other languages too, "Ł" folded as "ł".)
      {"de", "Von Anna Schmidt, Jürgen Bay", {"Anna Schmidt", "Jürgen Bay"}, ""},
      {"fr", "Par Marie Dupont, Sébastien Beach", {"Marie Dupont", "Sébastien Beach"}, ""},
      {"es", "Por Ana Ruiz, Javier Valley", {"Ana Ruiz", "Javier Valley"}, ""},
      {"it", "Di Marco Rossi, Giuseppe Bay", {"Marco Rossi", "Giuseppe Bay"}, ""},
      {"pt", "Por Ana Souza, João Falls", {"Ana Souza", "João Falls"}, ""},
      {"nl", "Door Sanne Bakker, Jeroen Bay", {"Sanne Bakker", "Jeroen Bay"}, ""},
      {"pl", "Autor: Anna Nowak, Łukasz Bay", {"Anna Nowak", "Łukasz Bay"}, ""},
      {"en", "By Jane Doe, Tampa Bay", {"Jane Doe"}, ""},
      {"en", "By Jane Doe, Virginia Beach", {"Jane Doe"}, ""},
      {"en", "By Jane Doe and Bob Smith, Niagara Falls", {"Jane Doe", "Bob Smith"}, ""},
      {"en", "By Jane Doe, Los Angeles Times", {"Jane Doe"}, "Los Angeles Times"},
      {"es", "Por Ana Ruiz, Santa Cruz de Tenerife", {"Ana Ruiz"}, ""},
      {"en", "By Jane Doe, Post Reporter", {"Jane Doe"}, ""},
      {"pl", "Jan Kowalski, Polska Agencja Prasowa", {"Jan Kowalski"}, "Polska Agencja Prasowa"},
      {"pl", "Autor: Anna Nowak, Gazeta Wyborcza", {"Anna Nowak"}, "Gazeta Wyborcza"},
      {"de", "Von Anna Schmidt, Süddeutsche Zeitung", {"Anna Schmidt"}, "Süddeutsche Zeitung"},
      {"de", "Von Anna Schmidt, Frankfurt am Main", {"Anna Schmidt"}, ""},
      {"es", "Por Ana Ruiz, Buenos Aires", {"Ana Ruiz"}, ""},
      {"pt", "Por Ana Souza, Rio de Janeiro", {"Ana Souza"}, ""},
      {"it", "Di Marco Rossi, Corriere della Sera", {"Marco Rossi"}, "Corriere della Sera"},
      {"nl", "Door Sanne Bakker, NOS Nieuws", {"Sanne Bakker"}, "NOS Nieuws"},
      {"fr", "Par Marie Dupont, Agence France-Presse", {"Marie Dupont"}, "Agence France-Presse"},
      {"ru", "Автор: Мария Иванова, Новости Перми", {"Мария Иванова"}, "Новости Перми"},
  };
  for (const Row& r : rows) {
    Result<Article> a =
        Extract(StampedStory(r.lang, std::string("<p class=byline>") + r.byline + "</p>", ""), ExtractOptions{});
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->authors, r.authors) << r.byline;
    EXPECT_EQ(a->publisher.value_or(""), r.publisher) << r.byline;
  }
}

}  // namespace
}  // namespace lede
