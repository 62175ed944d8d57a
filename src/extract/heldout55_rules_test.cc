// The rules of held-out rounds 55 to 58 and of earlier rounds' leftovers,
// each on a small page or line of its own.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/vocabulary.h"
#include "extract/rules_test_util.h"
#include "lede/lede.h"

namespace lede {
namespace {

// Three paragraphs: a story's worth of prose before what follows it.
const std::string kStoryProse = std::string(rules_test::kProse) +
                                "<p>The third paragraph closes the story with a last thought, in words enough to "
                                "count as the story's own and not as a caption or a teaser line.</p>";

using rules_test::ExtractPage;

std::string Story(const std::string& header, const std::string& after) {
  return "<html lang=en><head><title>Rules we wrote</title><meta property=og:type content=article></head><body>"
         "<article><h1>Rules we wrote</h1>" +
         header + kStoryProse + "</article>" + after + "</body></html>";
}

// A blog platform's post header files the post under its publication
// ("Published in <a>...</a>"), then the reading time and the day, their
// separators aria-hidden: the header's meta row, not the post.
TEST(HeldoutRules, FilingInAMetaRow) {
  const Article a = ExtractPage(Story(
      "<div class=meta><div class=pub>Published in <div><a href=/>Parcel Notes</a></div></div>"
      "<span aria-hidden=true>\xC2\xB7</span> <span>6 min read</span> <span aria-hidden=true>\xC2\xB7</span> "
      "<span>Nov 25, 2025</span></div>",
      ""));
  EXPECT_EQ(a.text.find("Published in"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("min read"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("The first paragraph"), std::string::npos) << a.text;
  EXPECT_EQ(FilingLabelSize("Published in Parcel Notes"), 12u);
  EXPECT_EQ(FilingLabelSize("Published in"), 0u);
  EXPECT_EQ(FilingLabelSize("Publishers in Europe"), 0u);
}

// After the story, the publication's card ("Published in ..." over its
// age and its tagline) goes as the writer's card does.
TEST(HeldoutRules, PublicationCardAfterTheStory) {
  const Article a = ExtractPage(Story(
      "", "<div class=card><a href=/><h2>Published in Parcel Notes</h2></a><div>Last published 3 days ago</div>"
          "<p>Stories from the people who keep parcels moving, every week.</p></div>"));
  EXPECT_EQ(a.text.find("Published in"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("Last published"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("Stories from the people"), std::string::npos) << a.text;
  EXPECT_TRUE(IsAfterStoryFurnitureHeading("Published in Parcel Notes"));
  EXPECT_FALSE(IsAfterStoryFurnitureHeading("Published in 2019"));
  EXPECT_TRUE(IsCuedAgeStamp("Last published 3 days ago"));
}

// The jQuery plugin Sharrre's bar (WordPress's Hueman theme): its label
// "Partager" over the buttons goes with it.
TEST(HeldoutRules, SharrreBarIsChrome) {
  const Article a = ExtractPage(Story(
      "", "<div class=sharrre-container><span>Partager</span><div id=twitter><a class=box href=#>X</a></div></div>"));
  EXPECT_EQ(a.text.find("Partager"), std::string::npos) << a.text;
}

// A video player's status lines in a story's body: loading, "Click to
// play", the countdown to the next video over its buttons.
TEST(HeldoutRules, VideoPlayerStatusLines) {
  const Article a = ExtractPage(Story(
      "<div class=player><div class=loading-box>Video Loading</div><div class=next>The video will auto-play soon"
      "<span class=countdown>8</span><button>Cancel</button><button>Play now</button></div></div>",
      ""));
  EXPECT_EQ(a.text.find("Video Loading"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("auto-play"), std::string::npos) << a.text;
  EXPECT_TRUE(IsBoilerplateLine("Tap to play"));
  EXPECT_FALSE(IsBoilerplateLine("The video will auto-play when the reader scrolls past the photos."));
}

// A date whose label names it an update, in an element of its own before
// it ("<p>Last updated:</p><span>...</span>"): the page's modification.
TEST(HeldoutRules, LabelledUpdateStamp) {
  const Article a = ExtractPage(
      "<html lang=en><head><title>Guide</title></head><body><main><h1>Guide</h1>" + kStoryProse +
      "<footer><div class=meta><p>Last updated: </p><span>2025/3/12 10:24:31</span></div></footer></main></body>"
      "</html>");
  EXPECT_EQ(a.date_modified.value_or(""), "2025-03-12T10:24:31");
}

// A byline that credits a wire agency after the writer ("Par Claire
// Dubois, avec AFP") is the byline's line still.
TEST(HeldoutRules, BylineWithAgencyIsFurniture) {
  const Article a = ExtractPage(
      "<html lang=fr><head><title>La laiterie supprime 45 postes</title><meta property=og:type content=article>"
      "<meta name=author content=\"Claire Dubois\"></head><body><article><h1>La laiterie supprime 45 postes</h1>"
      "<div class=signature>Par Claire Dubois, avec AFP</div>" + kStoryProse + "</article></body></html>");
  EXPECT_EQ(a.text.find("Par Claire Dubois"), std::string::npos) << a.text;
}

// Caption and credit classes in the languages of European papers' own
// CMSes: "bildunterschrift" and "bildquelle".
TEST(HeldoutRules, GermanCaptionAndCreditClasses) {
  const Article a = ExtractPage(Story(
      "<div class=artikelbild><img src=/b.jpg alt=Bus><div class=bildunterschrift>Der Rufbus an der Haltestelle."
      " <span class=bildquelle>Foto: Jonas Keller</span></div></div>",
      ""));
  EXPECT_EQ(a.image.caption.value_or(""), "Der Rufbus an der Haltestelle.");
  EXPECT_EQ(a.image.credit.value_or(""), "Jonas Keller");
}

// A photographer credited in parentheses with no colon closes a caption
// ("(foto Gianni Esposito)"); a parenthesis of other words does not.
TEST(HeldoutRules, ParenthesizedCreditWithoutColon) {
  std::string_view head, credit;
  ASSERT_TRUE(SplitCaptionCredit("L'ingresso del cinema Eden (foto Gianni Esposito)", &head, &credit));
  EXPECT_EQ(head, "L'ingresso del cinema Eden");
  EXPECT_EQ(credit, "Gianni Esposito");
  EXPECT_FALSE(SplitCaptionCredit("The pier (photo taken in 1990)", &head, &credit));
}

// Italian "sommario" is the standfirst; the byline under it is the
// story's furniture, though the standfirst is a long paragraph before it.
TEST(HeldoutRules, SommarioIsTheDekAndTheBylineUnderItGoes) {
  const Article a = ExtractPage(
      "<html lang=it><head><title>Chiude il cinema Eden</title><meta property=og:type content=article></head>"
      "<body><div class=notizia><h1>Chiude il cinema Eden</h1><p class=sommario>La famiglia Bracci gestisce la sala "
      "dal 1965: pesano il calo del pubblico e i lavori antincendio. Il Comune cerca una soluzione.</p>"
      "<p class=autore>di Marco Rossi</p>" + kStoryProse + "</div></body></html>");
  EXPECT_EQ(a.dek.value_or("").rfind("La famiglia Bracci", 0), 0u) << a.dek.value_or("");
  EXPECT_EQ(a.text.find("di Marco Rossi"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("La famiglia Bracci"), std::string::npos) << a.text;
}

// A label set in capitals outside ASCII ("PUBBLICITÀ") is the ad label.
TEST(HeldoutRules, CapitalLatinAdLabel) {
  EXPECT_TRUE(IsBoilerplateLine("PUBBLICIT\xC3\x80"));
  EXPECT_TRUE(IsBoilerplateLine("PUBLICIT\xC3\x89"));
}

// A Spanish paper's "Te puede interesar" box inside the story.
TEST(HeldoutRules, SpanishRelatedBox) {
  const Article a = ExtractPage(
      "<html lang=es><head><title>Calamocha compra el secadero</title><meta property=og:type content=article>"
      "</head><body><article><a class=seccion-noticia href=/seccion/calamocha>Calamocha</a><p class=antetitulo>"
      "PLENO MUNICIPAL</p><h1>Calamocha compra el secadero</h1>" + kStoryProse +
      "<div class=te-puede-interesar><span>Te puede interesar</span><a href=/n/1>Calamocha abre el plazo de las "
      "ayudas</a></div><p>Un cuarto p\xC3\xA1rrafo cierra la noticia con palabras bastantes para leerse como "
      "texto.</p></article></body></html>");
  EXPECT_EQ(a.text.find("Te puede interesar"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("abre el plazo"), std::string::npos) << a.text;
}

// Joomla's item page: the headline an <h2> linking to the page itself,
// the info list under it ("Details", the day, the writer, the hits). Its
// day is the story's, no teaser card's; the list is furniture.
TEST(HeldoutRules, JoomlaItemPage) {
  const Article a = ExtractPage(
      "<html lang=nl><head><title>Geen parkeergarage</title><meta property=og:title content=\"Geen parkeergarage\">"
      "<link rel=canonical href=\"https://krant.example/nieuws/12-geen-parkeergarage\"></head><body>"
      "<div class=item-page><h2><a href=\"/nieuws/12-geen-parkeergarage\">Geen parkeergarage</a></h2>"
      "<dl class=article-info><dt class=article-info-term>Details</dt><dd class=published>Gepubliceerd: "
      "donderdag, 26 november 2026 10:12</dd><dd class=hits>Hits: 1043</dd></dl>" + kStoryProse +
      "</div><div class=moduletable><h3>Laatste nieuws</h3><ul><li><a href=/n/13>Supermarkt breidt uit</a> "
      "<span class=mod-date>27-11-2026</span></li></ul></div></body></html>");
  EXPECT_EQ(a.date_published.value_or("").substr(0, 10), "2026-11-26");
  EXPECT_EQ(a.text.find("Hits"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("Details"), std::string::npos) << a.text;
}

// A news site's tip line and its invitation to a Telegram channel in
// Russian are furniture.
TEST(HeldoutRules, TipPromptAndRussianChannelInvite) {
  EXPECT_TRUE(IsTipPromptLine("Masz temat? Napisz do nas: redakcja@example.pl"));
  EXPECT_TRUE(IsTipPromptLine("Have a tip? Jane Roe may be reached at jroe@example.com."));
  EXPECT_FALSE(IsTipPromptLine("Masz temat rozmowy z dziadkiem na wieczór."));
  EXPECT_TRUE(IsChannelInviteLine(
      "\xD0\x9F\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD1\x8B\xD0\xB2\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5\xD1\x81\xD1\x8C"
      " \xD0\xBD\xD0\xB0 \xD0\xBD\xD0\xB0\xD1\x88 \xD0\xBA\xD0\xB0\xD0\xBD\xD0\xB0\xD0\xBB \xD0\xB2 Telegram"));
}

std::string Product(const std::string& lang, const std::string& body) {
  return "<html lang=" + lang + "><head><title>Das Haus am Wehr</title><meta property=og:type content=product>"
         "</head><body><main><h1>Das Haus am Wehr</h1><div class=price>24,00 \xE2\x82\xAC</div>" + kStoryProse +
         body + "</main></body></html>";
}

// Customer reviews under a product in the shop's language
// ("kundenbewertungen"), a maker's grid of compatible parts, a
// classifieds site's popular searches, Czech and Korean shelves.
TEST(HeldoutRules, ProductPageFurnitureInTheShopsLanguages) {
  const Article a = ExtractPage(Product(
      "de",
      "<section class=kundenbewertungen><h2>Kundenbewertungen</h2><article class=bewertung><h3>Hat mich nicht "
      "losgelassen</h3><p>Die Passagen aus dem Sommer habe ich verschlungen, ein wunderbares Buch.</p></article>"
      "</section><div class=\"row compatible-parts\"><div class=card><h4>Forcella per stelo FS-50</h4></div></div>"
      "<section><h2>Recherches populaires en Ameublement</h2><ul><li><a href=/s/1>Buffet scandinave</a></li>"
      "<li><a href=/s/2>Table basse</a></li></ul>"
      "</section><section><h2>Podobn\xC3\xA9 produkty</h2><p><a href=/p/2>Brandl KM 1500 Pro</a></p></section>"
      "<section><h3>\xEC\x9D\xB4 \xEC\x8A\xA4\xED\x86\xA0\xEC\x96\xB4\xEC\x9D\x98 \xEB\x8B\xA4\xEB\xA5\xB8 "
      "\xEC\x83\x81\xED\x92\x88</h3><p><a href=/p/3>\xEC\x9B\x90\xEB\xAA\xA9 \xEB\x8F\x84\xEB\xA7\x88</a></p>"
      "</section>"));
  for (const char* chrome : {"Kundenbewertungen", "verschlungen", "Forcella", "Recherches populaires", "Buffet",
                             "Brandl", "\xEC\x9B\x90\xEB\xAA\xA9"})
    EXPECT_EQ(a.text.find(chrome), std::string::npos) << chrome << "\n" << a.text;
  EXPECT_NE(a.text.find("The first paragraph"), std::string::npos) << a.text;
  EXPECT_TRUE(IsBoilerplateLine("Request a quote"));
  EXPECT_TRUE(IsBoilerplateLine("Richiedi un preventivo"));
}

// A price-comparison site's offers heading is furniture on a product page
// only: a story's "Price Comparisons" section is the story's.
TEST(HeldoutRules, PriceComparisonHeadingOnProductsOnly) {
  EXPECT_TRUE(IsProductFurnitureHeading("Srovn\xC3\xA1n\xC3\xAD cen v obchodech"));
  const Article a = ExtractPage(Story(
      "", "<h2>Price Comparisons</h2><p>To see which rental companies offer the best rates, we compared quotes "
          "for a week's rental of a standard car at two airports, with the same dates for each.</p>"));
  EXPECT_NE(a.text.find("Price Comparisons"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("we compared quotes"), std::string::npos) << a.text;
}

// Spanish "advertencias" (a how-to's warnings) is no ad; "advertising" is.
TEST(HeldoutRules, AdvertenciasIsNoAd) {
  const Article a = ExtractPage(Story(
      "", "<div id=advertencias class=\"section warnings\"><h2>Advertencias</h2><ul><li>Usa guantes y gafas de "
          "protecci\xC3\xB3n al trabajar con lana de acero, porque sueltan peque\xC3\xB1" "as astillas.</li></ul>"
          "</div><div class=advertising-slot>Advertising partner copy that must not show in the text.</div>"));
  EXPECT_NE(a.text.find("sueltan"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("Advertising partner"), std::string::npos) << a.text;
}

// A list's card that mentions a newsletter in its summary is one card of
// a run (its siblings share its tag and class): kept. A story's promotion
// line among its paragraphs, which share their class too, still goes.
TEST(HeldoutRules, PromoWordInACardOfARun) {
  const std::string card =
      "<div class=episode><h3><a href=/e/1>A Visit to the Orchard</a></h3><p>Forty apple trees on an old bowling "
      "green, picked by volunteers who met through a parish newsletter.</p></div>";
  const std::string other =
      "<div class=episode><h3><a href=/e/2>Saving Bean Seed</a></h3><p>Priya walks through drying runner beans "
      "on the vine and keeping the varieties apart.</p></div>";
  const Article a = ExtractPage(
      "<html lang=en><head><title>Episodes</title></head><body><main><h1>Episodes</h1>" + other + card + other +
      "</main></body></html>");
  EXPECT_NE(a.text.find("parish newsletter"), std::string::npos) << a.text;
  const Article b = ExtractPage(Story(
      "<p class=para>Get the latest updates right in your inbox. <a href=/nl>Subscribe to our newsletters.</a></p>",
      ""));
  EXPECT_EQ(b.text.find("Subscribe to our"), std::string::npos) << b.text;
}

// A show's support box ("support-box"), Mediavine Grow's save form on a
// food blog, a reference page's citation box and its nearby entries, a
// lyrics site's other songs, a how-to's feedback question in Spanish.
TEST(HeldoutRules, ReferenceAndBlogFurniture) {
  const Article a = ExtractPage(Story(
      "", "<section class=support-box><h2>Keep the kettle on</h2><p>The show is paid for by listeners, a few "
          "pounds a month covers the hosting.</p><a href=https://ko-fi.com/x>Support us on Ko-fi</a></section>"
          "<div class=grow-save-block><h3>Save This Collection!</h3><p>Enter your email and we will send the "
          "list.</p></div><h2>Cite this Entry</h2><p>\xE2\x80\x9CGlimmer.\xE2\x80\x9D Accessed 14 Apr. 2025.</p>"
          "<h2>Nearby Entries</h2><ul><li><a href=/w/1>glitterati</a></li></ul><h2>Popular songs by Harbor "
          "Moths</h2><ul><li><a href=/s/1>Kettle Weather</a></li></ul><h2>\xC2\xBFTe ayud\xC3\xB3 este "
          "art\xC3\xAD" "culo?</h2>"));
  for (const char* chrome : {"kettle", "Ko-fi", "Save This", "Cite this", "Accessed", "glitterati", "Popular songs",
                             "Kettle Weather", "ayud"})
    EXPECT_EQ(a.text.find(chrome), std::string::npos) << chrome << "\n" << a.text;
}

// The review's misfires, each a page the first rules got wrong.
// A story's own sections under headings that open like a link shelf's,
// with prose under them: kept.
TEST(HeldoutRules, LinkShelfHeadingsNeedTheirLinks) {
  const Article a = ExtractPage(Story(
      "", "<h2>Popular songs by Taylor Swift on the tour</h2><p>Cruel Summer opens the show, and the crowd sings "
          "every word of it back before the band has played the second chorus.</p><h2>Popular searches by "
          "state</h2><p>In Texas the top trending query of the year was about the power grid, well ahead of "
          "football and the weather.</p>"));
  EXPECT_NE(a.text.find("Cruel Summer opens"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("In Texas the top"), std::string::npos) << a.text;
}

// A story's sentences that open like a tip line's question, with no way
// to send a tip, are the story's; a prompt with an address is not.
TEST(HeldoutRules, TipPromptNeedsAWayToSendIt) {
  EXPECT_FALSE(IsTipPromptLine("Got a tip? Here is how restaurant servers should report it to the IRS each year."));
  EXPECT_FALSE(IsTipPromptLine("Do you have a storyboard ready before the shoot? Most directors do."));
  EXPECT_TRUE(IsTipPromptLine("Tem uma not\xC3\xAD" "cia? Envie para a nossa reda\xC3\xA7\xC3\xA3o pelo WhatsApp."));
  EXPECT_TRUE(IsTipPromptLine("Got a story? Tell us about it.", /*linked=*/true));
}

// A table of contents classed "sommario" is no dek.
TEST(HeldoutRules, TableOfContentsIsNoDek) {
  const Article a = ExtractPage(
      "<html lang=it><head><title>La pizza in casa</title></head><body><article><h1>La pizza in casa</h1>"
      "<div class=sommario><p>Sommario</p><ul><li><a href=#ingredienti>Gli ingredienti</a></li><li><a "
      "href=#impasto>L'impasto</a></li></ul></div>" + kStoryProse + "</article></body></html>");
  EXPECT_EQ(a.dek.value_or("").find("Sommario"), std::string::npos) << a.dek.value_or("");
}

// Two sign-up lines in a row, sharing their class, are still promotions;
// an ad box named "advertbox" is an ad; a how-to's "Get a quote" step and
// a map's key classed "legenda" are the text's.
TEST(HeldoutRules, ReviewMisfiresOfStop52) {
  const Article a = ExtractPage(Story(
      "<div class=inline-cta>Get the morning briefing in your inbox. <a href=/nl>Subscribe</a></div>"
      "<div class=inline-cta>Never miss a story: <a href=/alerts>sign up for breaking news alerts</a> by email."
      "</div><div class=advertbox><span>Spring sale at Valley Outfitters, this week only.</span></div>",
      "<h2>Get a quote</h2><p>Call three movers and ask each for a written estimate based on a visit, not on a "
      "phone call, and compare what each one includes.</p><div class=legenda>Verde: regioni dove ha vinto il "
      "s\xC3\xAC. Rosso: regioni dove ha vinto il no.</div>"));
  EXPECT_EQ(a.text.find("morning briefing"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("breaking news alerts"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("Spring sale"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("Get a quote"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("Verde: regioni"), std::string::npos) << a.text;
  EXPECT_TRUE(IsProductFurnitureHeading("Souvisej\xC3\xAD" "c\xC3\xAD produkty") ||
              IsFurnitureHeadingPrefix("Souvisej\xC3\xAD" "c\xC3\xAD produkty"));
}

// Headings classed as a page's sections ("titulo-seccion") are its
// headings, and no section label.
TEST(HeldoutRules, SectionTitledHeadingsAreKept) {
  const Article a = ExtractPage(
      "<html lang=es><head><title>Renovar el DNI</title><meta property=og:type content=article></head><body>"
      "<article><h1>Renovar el DNI</h1><h2 class=titulo-seccion>Requisitos</h2>" + kStoryProse +
      "<h2 class=titulo-seccion>Documentaci\xC3\xB3n necesaria</h2><p>Una fotograf\xC3\xAD" "a reciente en color y "
      "el documento anterior, aunque est\xC3\xA9 caducado, bastan en la mayor\xC3\xAD" "a de las oficinas.</p>"
      "</article></body></html>");
  EXPECT_NE(a.text.find("Requisitos"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("Documentaci"), std::string::npos) << a.text;
  EXPECT_EQ(a.section.value_or(""), "");
}

// Rounds 60 and 61. A board's presence and rank lines and PunBB's
// signature in French are the posts' furniture.
TEST(HeldoutRules, FrenchBoardFurniture) {
  EXPECT_TRUE(IsPostFurnitureLine("Hors ligne"));
  EXPECT_TRUE(IsPostFurnitureLine("Nouveau membre"));
  EXPECT_TRUE(IsThreadFurnitureHeading("Discussions similaires"));
}

// A directory's card field classed both as a meta line and as the post's
// content (GeoDirectory's "geodir_post_meta geodir-field-post_content") is
// the listing's description, off stories.
TEST(HeldoutRules, DirectoryCardDescriptionIsText) {
  std::string cards;
  for (const char* name : {"Volvo Verkstad", "Holmsund Bil", "Plåt och Lack"})
    cards += std::string("<div class=card><h2><a href=/p/1>") + name +
             "</a></h2><div class=\"geodir_post_meta geodir-field-post_content\">Familje\xC3\xA4gd verkstad som "
             "servar alla bilm\xC3\xA4rken och har l\xC3\xA5nebil till kunder som beh\xC3\xB6ver en.</div></div>";
  const Article a = ExtractPage("<html lang=sv><head><title>Bilverkst\xC3\xA4" "der</title></head><body><main><h1>"
                                "Bilverkst\xC3\xA4" "der</h1>" + cards + "</main></body></html>");
  EXPECT_NE(a.text.find("servar alla"), std::string::npos) << a.text;
}

// An events calendar's cards, each an <article> with its venue in an
// <address>: no venue is the page's writer.
TEST(HeldoutRules, EventVenuesAreNoAuthors) {
  std::string cards;
  for (const char* venue : {"Market Place", "Wyndham Market", "Town Hall"})
    cards += std::string("<article class=event><h3><a href=/e/1>Craft fair</a></h3><address>") + venue +
             "</address><p>Stalls of local makers with food and music all afternoon long.</p></article>";
  const Article a = ExtractPage("<html lang=en><head><title>Events</title><meta property=og:type content=article>"
                                "</head><body><main><h1>Events</h1>" + cards + "</main></body></html>");
  EXPECT_TRUE(a.authors.empty()) << a.authors[0];
}

// The second review's misfires.
// A story's <address> byline stays the writer's beside a footer's address,
// its comments' <article>s or a related card's.
TEST(HeldoutRules, AddressAuthorBesideOtherAddresses) {
  const Article a = ExtractPage(
      "<html lang=en><head><title>Bike lanes</title></head><body><article><header><h1>Bike lanes</h1><address>"
      "Jane Doe</address></header>" + kStoryProse + "<section><article class=comment><address>Tom Baker"
      "</address><p>Great news for the neighborhood.</p></article></section></article><footer><address>Springfield "
      "Gazette, 12 Main Street</address></footer></body></html>");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
}

// A byline classed both as a meta line and as the body ("entry-meta
// entry-content") is a byline still.
TEST(HeldoutRules, BodyClassedBylineIsAByline) {
  const Article a = ExtractPage(
      "<html lang=en><head><title>Bike lanes</title><meta name=author content=\"Jane Doe\"></head><body><main>"
      "<h1>Bike lanes</h1><div class=\"entry-meta entry-content\">By Jane Doe</div>" + kStoryProse +
      "</main></body></html>");
  EXPECT_EQ(a.text.find("By Jane Doe"), std::string::npos) << a.text;
}

// A standfirst's list of key points (sentences, no links) is the dek.
TEST(HeldoutRules, KeyPointsStandfirstIsTheDek) {
  const Article a = ExtractPage(
      "<html lang=en><head><title>New bus routes</title><meta property=og:type content=article></head><body>"
      "<article><h1>New bus routes</h1><div class=standfirst><ul><li>Three new routes will link the northern "
      "suburbs to the centre.</li><li>The twelve million dollar plan starts in March.</li></ul></div>" +
      kStoryProse + "</article></body></html>");
  EXPECT_NE(a.dek.value_or("").find("Three new routes"), std::string::npos) << a.dek.value_or("");
}

// A post's list of a router's statuses keeps its one-word items.
TEST(HeldoutRules, OneWordStatusInAPostIsText) {
  EXPECT_FALSE(IsPostFurnitureLine("Conectado"));
  EXPECT_FALSE(IsPostFurnitureLine("Desconectado"));
  EXPECT_TRUE(IsPostFurnitureLine("Hors ligne"));
}

// Two newsletters' cards side by side, each with its heading, are
// promotions still.
TEST(HeldoutRules, NewsletterCardsSideBySideArePromotions) {
  const Article a = ExtractPage(Story(
      "<div class=nl-card><h4>The Morning</h4>Get our newsletter in your inbox every weekday. <a href=/s1>"
      "Subscribe</a></div><div class=nl-card><h4>Breaking News</h4>Sign up for our breaking news alerts, in your "
      "inbox as they happen. <a href=/s2>Subscribe</a></div>",
      ""));
  EXPECT_EQ(a.text.find("every weekday"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("as they happen"), std::string::npos) << a.text;
}

// A contact cue counts as a whole word: "technically" holds no "call".
TEST(HeldoutRules, TipContactCueIsAWord) {
  EXPECT_FALSE(IsTipPromptLine("Got a tip? Technically, the IRS counts every dollar of it as income."));
  EXPECT_TRUE(IsTipPromptLine("Got a tip? Call the newsroom at 555-0100."));
}

// A headline that tells of an update labels no date.
TEST(HeldoutRules, HeadlineIsNoUpdateLabel) {
  const Article a = ExtractPage(
      "<html lang=en><head><title>Timetable</title></head><body><main><h1>Bus timetable updated for spring</h1>"
      "<span class=date>March 5, 2024</span>" + kStoryProse + "</main></body></html>");
  EXPECT_FALSE(a.date_modified.has_value()) << *a.date_modified;
}

// Round 63. The paper's desk as the whole credit ("Redazione" as a
// JSON-LD Person and in the byline) is the newsroom, no writer.
TEST(HeldoutRules, DeskIsNoWriter) {
  const Article a = ExtractPage(
      "<html lang=it><head><title>Siccit\xC3\xA0</title><script type=application/ld+json>{\"@type\":\"NewsArticle\","
      "\"headline\":\"Siccit\xC3\xA0\",\"author\":{\"@type\":\"Person\",\"name\":\"Redazione\"}}</script></head><body>"
      "<article><h1>Siccit\xC3\xA0</h1><span class=author>di <a href=/author/redazione/>Redazione</a></span>" +
      kStoryProse + "</article></body></html>");
  EXPECT_TRUE(a.authors.empty()) << a.authors[0];
}

// Round 62. A blog post's heading that links to the post itself, the
// page naming its address by og:url only, is no teaser card: the day over
// it is the post's.
TEST(HeldoutRules, OwnHeadingByOgUrl) {
  const Article a = ExtractPage(
      "<html lang=ja><head><title>Mikan</title><meta property=og:title content=\"Mikan harvest\">"
      "<meta property=og:url content=\"https://blog.example.jp/blog-entry-412.html\"></head><body><h1>"
      "<a href=\"https://blog.example.jp/\">Shimanami days</a></h1><div class=entry><div class=entry_date>"
      "2026\xE5\xB9\xB4" "11\xE6\x9C\x88" "08\xE6\x97\xA5 (\xE6\x97\xA5)</div><h2 class=entry_header><a href="
      "\"https://blog.example.jp/blog-entry-412.html\">Mikan harvest</a></h2><div class=entry_body>" +
      kStoryProse + "</div></div></body></html>");
  EXPECT_EQ(a.date_published.value_or("").substr(0, 10), "2026-11-08");
  EXPECT_TRUE(IsTipPromptLine("Heb jij een tip voor de redactie? Mail naar redactie@example.nl."));
}

}  // namespace
}  // namespace lede
