// The rules of held-out rounds 64 to 67 and of earlier rounds' leftovers,
// each on a small page or line of its own.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/metadata.h"
#include "extract/rules_test_util.h"
#include "extract/vocabulary.h"
#include "lede/lede.h"

namespace lede {
namespace {

using rules_test::ExtractPage;

// A story whose header names no writer, then `closing` as its last
// paragraph.
std::string WireStory(const std::string& closing) {
  return "<html lang=en><head><title>Palm oil falls</title><meta property=og:type content=article></head><body>"
         "<article><h1>Palm oil falls for a third session</h1>" +
         std::string(rules_test::kProse) + "<p>" + closing + "</p></article></body></html>";
}

// A wire story names its reporters only in its closing credits, set in
// parentheses: they are the writers, its editors are not.
TEST(HeldoutRules64, WireCreditsInParentheses) {
  Article a = ExtractPage(WireStory(
      "(Reporting by Danial Azhar in Kuala Lumpur and Mei Ling Tan in Singapore; Editing by Martin Ashworth)"));
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Danial Azhar", "Mei Ling Tan"}));
  // A note in parentheses that is no credit names nobody.
  a = ExtractPage(WireStory("(This story has been corrected to fix the day in the third paragraph)"));
  EXPECT_TRUE(a.authors.empty());
  // Nor does a weak cue there ("By" opens sentences too), nor another
  // credit than the wire's ("Written by" a song's writer).
  a = ExtractPage(WireStory("(By the end of the week the price had recovered)"));
  EXPECT_TRUE(a.authors.empty());
  a = ExtractPage(WireStory("(Written by Bob Dylan, 1962)"));
  EXPECT_TRUE(a.authors.empty());
}

// A guest column's byline names only the desk; the guest box at its end
// names the writer in bold before a colon, in the column's language
// ("box-autore"). A bold name before a bio's verb is not read: a review's
// box on the book's author reads so too.
TEST(HeldoutRules64, GuestBoxNamesTheWriter) {
  auto page = [](const std::string& box) {
    return "<html lang=it><head><title>Servono piccoli invasi</title><meta property=og:type content=article>"
           "</head><body><article><h1>Servono piccoli invasi</h1><div class=byline>di Redazione</div>" +
           std::string(rules_test::kProse) + box + "</article></body></html>";
  };
  Article a = ExtractPage(page("<div class=box-autore-ospite><p><strong>Giulia Ferrante:</strong> agronoma e "
                               "consulente per i consorzi di bonifica della Toscana meridionale.</p></div>"));
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Giulia Ferrante"}));
  a = ExtractPage(page("<div class=scheda-autore><p><strong>Elena Ferrante</strong> \xC3\xA8 lo pseudonimo di una "
                       "scrittrice italiana, autrice di romanzi tradotti in molte lingue.</p></div>"));
  EXPECT_TRUE(a.authors.empty());
}

// A story's meta row that opens on the place it was filed from, each a
// field of its own, goes as a date line does.
TEST(HeldoutRules64, PlaceBeforeTheDayInAMetaRow) {
  auto page = [](const std::string& row) {
    return "<html lang=es><head><title>Bruselas propone recortar</title><meta property=og:type content=article>"
           "</head><body><article><h1>Bruselas propone recortar</h1><div class=inf2>" +
           row + "</div>" + std::string(rules_test::kProse) + "</article></body></html>";
  };
  Article a = ExtractPage(page("<span class=place>Bruselas</span> <span class=date>07/11/2025 - 12:20h</span> "
                               "<span class=update>Actualizada 07/11/2025 - 18:05h</span>"));
  EXPECT_EQ(a.text.find("12:20h"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("The first paragraph"), std::string::npos) << a.text;
  // The time of day in the French and the German ways.
  a = ExtractPage(page("<span class=lieu>Lyon</span> <span class=date>07/11/2025 14h30</span>"));
  EXPECT_EQ(a.text.find("14h30"), std::string::npos) << a.text;
  a = ExtractPage(page("<span class=ort>Berlin</span> <span class=datum>07.11.2025, 12.20 Uhr</span>"));
  EXPECT_EQ(a.text.find("12.20 Uhr"), std::string::npos) << a.text;
  // A race's time is no time of day.
  a = ExtractPage(page("<span class=place>Marathon</span> <span class=date>07.04.2025 2h05</span>"));
  EXPECT_NE(a.text.find("2h05"), std::string::npos) << a.text;
  // A line with words between its days is no meta row, nor a label before
  // a bare day (no time of day: a fact of the text).
  a = ExtractPage(page("Deadline 07/11/2025 and 09/11/2025"));
  EXPECT_NE(a.text.find("Deadline 07/11/2025"), std::string::npos) << a.text;
  a = ExtractPage(page("<strong>Premiere</strong> 14. MÃ¤rz 2026"));
  EXPECT_NE(a.text.find("Premiere 14."), std::string::npos) << a.text;
}

std::string Story(const std::string& head, const std::string& body, const std::string& after = "") {
  return "<html lang=en><head><title>Rules we wrote</title><meta property=og:type content=article>" + head +
         "</head><body><main><article><h1>Rules we wrote today</h1>" + body + "</article>" + after +
         "</main></body></html>";
}

// A photo essay's captions hold more words than the rest of its body:
// they are its text. One caption beside a story stays out of the text.
TEST(HeldoutRules64, PhotoEssayCaptionsAreTheText) {
  std::string figures;
  for (int i = 0; i < 3; ++i)
    figures += "<figure><img src=/p" + std::to_string(i) +
               ".jpg><figcaption>The ferryman crosses the river at dawn, as he has done every winter morning "
               "since he was nineteen, guided by the radar and his memory of the shoals.</figcaption></figure>";
  Article a = ExtractPage(Story("", "<p>We followed the last ferry on the river all winter long.</p>" + figures));
  EXPECT_NE(a.text.find("The ferryman crosses the river"), std::string::npos) << a.text;
  a = ExtractPage(Story("", std::string(rules_test::kProse) +
                                "<figure><img src=/p.jpg><figcaption>The ferry at dawn.</figcaption></figure>"));
  EXPECT_EQ(a.text.find("The ferry at dawn"), std::string::npos) << a.text;
  // (Review: a product's gallery captions its pictures; they stay out.)
  a = ExtractPage("<html lang=en><head><title>Oslo sofa</title><meta property=og:type content=product></head><body>"
                  "<main><h1>Oslo 3-seat sofa</h1><p>A deep, low sofa with an oak frame.</p>" + figures +
                  "</main></body></html>");
  EXPECT_EQ(a.text.find("The ferryman crosses the river"), std::string::npos) << a.text;
}

// A story's notes box after its body joins it when the body's note
// marks link into it; a notes box nothing links to stays out.
TEST(HeldoutRules64, NotesTheBodyLinksInto) {
  auto page = [](const std::string& mark) {
    return "<html lang=en><head><title>Glass</title><meta property=og:type content=article></head><body><div "
           "class=page><div class=head><h1>The valley that blew glass</h1></div><div class=\"texte "
           "entry-content\"><p>The valley had eleven glassworks in 1850" +
           mark + ", and the story of their end is told here at some length for the reader.</p>" +
           std::string(rules_test::kProse) +
           "</div><div class=notes><div id=nb1><p>[1] From the industrial census of 1851, kept in the county "
           "archives.</p></div></div></div></body></html>";
  };
  Article a = ExtractPage(page("<a href=#nb1>[1]</a>"));
  EXPECT_NE(a.text.find("industrial census of 1851"), std::string::npos) << a.text;
  a = ExtractPage(page(""));
  EXPECT_EQ(a.text.find("industrial census of 1851"), std::string::npos) << a.text;
  // (Review: a link to the box as a whole, "Read the notes below", is no
  // note mark: a readers' notes box stays out.)
  std::string whole = page("");
  whole.replace(whole.find("<div class=notes>"), 17, "<div class=notes id=user-notes>");
  whole.replace(whole.find("in 1850, and"), 12, "in 1850 <a href=#user-notes>(notes below)</a>, and");
  a = ExtractPage(whole);
  EXPECT_EQ(a.text.find("industrial census of 1851"), std::string::npos) << a.text;
}

// A data story's methodology box, set as an <aside> in it, is its text.
TEST(HeldoutRules64, MethodologyAsideIsText) {
  const Article a = ExtractPage(Story(
      "", std::string(rules_test::kProse) +
              "<aside class=metodologia><h2>Methodology</h2><p>The temperatures come from the daily series of the "
              "airport station, downloaded from the weather service's open data portal.</p></aside>"));
  EXPECT_NE(a.text.find("daily series of the airport station"), std::string::npos) << a.text;
  EXPECT_TRUE(NamesFactBox("metodologia svelte-2kx9rt"));
  EXPECT_FALSE(NamesFactBox("method-list"));
}

// A share row and a story builder's scroll hint go, on any page.
TEST(HeldoutRules64, ShareRowAndScrollHint) {
  const std::string page =
      "<html lang=en><head><title>Paper</title></head><body><div class=page><h1>Paper made by hand</h1>" +
      std::string(rules_test::kProse) +
      "<div class=rm-label>Scroll down</div><div class=rm-label>Share <a href=https://www.instagram.com/x>Instagram"
      "</a> <a href=https://www.facebook.com/sharer.php?u=x>Facebook</a> <a href=mailto:?subject=x>Email</a></div>"
      "<p>Share your own paper with us: send a photo, a short note, and the name of your mill.</p>"
      "</div></body></html>";
  const Article a = ExtractPage(page);
  EXPECT_EQ(a.text.find("Scroll down"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("Instagram"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("Share your own paper"), std::string::npos) << a.text;
  // A fund's "Share class:" over its links is data, not a share row.
  const Article fund = ExtractPage(
      "<html lang=en><head><title>Fund</title></head><body><div class=page><h1>Global Equity Fund</h1>" +
      std::string(rules_test::kProse) +
      "<p>Share class: <a href=/acc>Accumulation</a> <a href=/inc>Income</a></p></div></body></html>");
  EXPECT_NE(fund.text.find("Share class"), std::string::npos) << fund.text;
}

// A web map's attribution control is the map's chrome.
TEST(HeldoutRules64, MapAttributionGoes) {
  const Article a = ExtractPage(Story(
      "", std::string(rules_test::kProse) +
              "<div class=map><div class=\"jsx-1 esri-attribution\">Esri, HERE, Garmin | Esri Community Maps</div>"
              "<div class=leaflet-control-attribution>Leaflet | OpenStreetMap contributors</div></div>"));
  EXPECT_EQ(a.text.find("Community Maps"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("OpenStreetMap contributors"), std::string::npos) << a.text;
}

// A button's label that opens on an imperative in another language is a
// call to action, as "View ..." is.
TEST(HeldoutRules64, CallsToActionInOtherLanguages) {
  EXPECT_TRUE(IsCallToActionLine("Bekijk in de collectie"));
  EXPECT_TRUE(IsCallToActionLine("D\xC3\xA9""couvrez nos offres"));
  EXPECT_TRUE(IsCallToActionLine("Scopri di pi\xC3\xB9"));
  EXPECT_FALSE(IsCallToActionLine("Bekijk de foto's van de opening van het museum in 1932."));
  // (A word that is a noun too, "Reserva 2018" a wine's name, is no verb.)
  EXPECT_FALSE(IsCallToActionLine("Reserva 2018"));
}

// A label's box that opens a headline ("Tylko u nas") is a kicker: the
// title is the headline the meta titles state.
TEST(HeldoutRules64, LabelBoxInTheHeadline) {
  const Article a = ExtractPage(
      "<html lang=pl><head><title>Most w Wyszogrodzie zamkniety dla ciezarowek - Kurier</title>"
      "<meta property=og:title content=\"Most w Wyszogrodzie zamkniety dla ciezarowek\">"
      "<meta property=og:type content=article></head><body><article><h1><span class=article-header__label>Tylko "
      "u nas</span> Most w Wyszogrodzie zamkniety dla ciezarowek</h1>" +
      std::string(rules_test::kProse) + "</article></body></html>");
  EXPECT_EQ(a.title.value_or(""), "Most w Wyszogrodzie zamkniety dla ciezarowek");
  EXPECT_TRUE(NamesHeadingLabel("article-header__label article-header__label--exclusive"));
  EXPECT_FALSE(NamesHeadingLabel("labelled-heading"));
}

// A story's headline in its <article> names it though the titles are an
// SEO line that shares few of its words; a short label does not.
TEST(HeldoutRules64, StoryHeadlineOverAnSeoTitle) {
  auto page = [](const std::string& h1) {
    return "<html lang=nl><head><title>Houtmarkt Zutphen autovrij vanaf 2027 | Berkelbode</title>"
           "<meta property=og:title content=\"Houtmarkt Zutphen autovrij vanaf 2027\">"
           "<meta property=og:type content=article></head><body><article><h1>" +
           h1 + "</h1>" + std::string(rules_test::kProse) + "</article></body></html>";
  };
  Article a = ExtractPage(page("Auto's verdwijnen van de Houtmarkt, 86 parkeerplekken maken plaats voor bomen"));
  EXPECT_EQ(a.title.value_or(""), "Auto's verdwijnen van de Houtmarkt, 86 parkeerplekken maken plaats voor bomen");
  a = ExtractPage(page("Web Designs"));
  EXPECT_EQ(a.title.value_or(""), "Houtmarkt Zutphen autovrij vanaf 2027");
  // (Not a section's <h1> under the post's title set as an <h2>.)
  a = ExtractPage("<html lang=en><head><title>Bonneville restoration guide | Garage Notes</title>"
                  "<meta property=og:title content=\"Triumph Bonneville restoration guide\">"
                  "<meta property=og:type content=article></head><body><article><h2 class=entry-heading>Triumph "
                  "Bonneville restoration guide</h2>" + std::string(rules_test::kProse) +
                  "<h1>Part two: the engine rebuild begins</h1>" + std::string(rules_test::kProse) +
                  "</article></body></html>");
  EXPECT_NE(a.title.value_or(""), "Part two: the engine rebuild begins");
}

// A stamp, then the byline, on one line by the headline (Contao's news
// line), a count of comments after the name: the writer, and the line is
// the story's meta row.
TEST(HeldoutRules64, StampThenByline) {
  const Article a = ExtractPage(
      "<html lang=de><head><title>Fähre</title></head><body><div class=layout_full><h1>Die Fähre fährt ab Januar "
      "nur am Wochenende</h1><p class=info><time datetime=2025-12-03T09:15:00+01:00>03.12.2025 09:15</time> von "
      "Sabine Krämer <span class=comments>(2 Kommentare)</span></p>" +
      std::string(rules_test::kProse) + "</div></body></html>");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Sabine Kr\xC3\xA4mer"}));
  EXPECT_EQ(a.text.find("09:15"), std::string::npos) << a.text;
  EXPECT_EQ(WithoutEngagementTail("Jane Doe (2 comments)"), "Jane Doe");
  EXPECT_EQ(WithoutEngagementTail("Jane Doe | 3 Kommentare"), "Jane Doe");
  EXPECT_EQ(WithoutEngagementTail("Jane Doe (Berlin)"), "Jane Doe (Berlin)");
}

// The lead picture's caption box over the story comes before a figure of
// another picture in it: that box captions the lead image.
TEST(HeldoutRules64, LeadCaptionBeforeAnotherFigure) {
  const Article a = ExtractPage(Story(
      "<meta property=og:image content=https://cdn.example.com/ferry-dawn.jpg>",
      "<section><img src=https://cdn.example.com/ferry-dawn.jpg alt=\"\"><div class=caption-wrapper><div "
      "class=feature-caption>The ferry leaves the landing on the first run of the day.</div><div "
      "class=photo-credit>Photo: Caleb Ames</div></div></section>" +
          std::string(rules_test::kProse) +
          "<figure><img src=https://cdn.example.com/bridge.jpg alt=\"The bridge\"><figcaption>The new span in "
          "November.</figcaption></figure>"));
  EXPECT_EQ(a.image.caption.value_or(""), "The ferry leaves the landing on the first run of the day.");
  EXPECT_EQ(a.image.credit.value_or(""), "Caleb Ames");
}

// On a page that is no story, a bio-classed box in a card of a run (a
// conference's speakers) is the card's text; on a story an author's bio
// box stays out.
TEST(HeldoutRules64, SpeakerCardBios) {
  std::string cards;
  const char* names[] = {"Claire Morvan", "Yannick Le Goff", "Samira Benali"};
  for (const char* n : names)
    cards += std::string("<div class=speaker-card><h3>") + n +
             "</h3><div class=speaker-card__bio><p>An engineer who spent ten years mapping flood zones before "
             "founding a small firm that works with coastal towns on risk.</p></div></div>";
  Article a = ExtractPage("<html lang=en><head><title>Speakers</title></head><body><main><h1>Speakers</h1>"
                          "<p>Meet the people who will speak at this year's conference in March.</p>"
                          "<div class=grid>" + cards + "</div></main></body></html>");
  EXPECT_NE(a.text.find("mapping flood zones"), std::string::npos) << a.text;
  a = ExtractPage(Story("", std::string(rules_test::kProse) +
                                "<div class=bio><p>Jane Doe writes about maps and floods for the paper.</p></div>"));
  EXPECT_EQ(a.text.find("writes about maps"), std::string::npos) << a.text;
  // (Review: a blog index's post cards, each under its linked title, keep
  // their writers' bios out.)
  std::string posts;
  for (int i = 0; i < 3; ++i)
    posts += "<div class=post-card><h2><a href=/p" + std::to_string(i) +
             ">Scaling the build farm without losing weekends</a></h2><p>How we split the queue in two and what "
             "it cost us in the first month of running it.</p><div class=post-card__author-bio><p>Sam Lee is a "
             "platform engineer who writes about build systems.</p></div></div>";
  a = ExtractPage("<html lang=en><head><title>Blog</title></head><body><main><h1>Blog</h1><div class=grid>" + posts +
                  "</div></main></body></html>");
  EXPECT_EQ(a.text.find("Sam Lee is a platform engineer"), std::string::npos) << a.text;
}

// A table's <caption> is the table's text, though a theme classes it as
// a caption's type.
TEST(HeldoutRules64, TableCaptionIsTheTables) {
  const Article a = ExtractPage(Story(
      "", std::string(rules_test::kProse) +
              "<table><caption class=styles__caption>Measured flat, armpit to armpit</caption><tr><th>Size</th>"
              "<th>Width</th></tr><tr><td>S</td><td>47 cm</td></tr><tr><td>M</td><td>50 cm</td></tr></table>"));
  EXPECT_NE(a.text.find("Measured flat, armpit to armpit"), std::string::npos) << a.text;
}

// A dealer's strip of similar cars and its finance calculator are the
// product page's furniture.
TEST(HeldoutRules64, DealerShelvesAreFurniture) {
  EXPECT_TRUE(IsProductFurnitureHeading("\xC3\x84hnliche Fahrzeuge"));
  EXPECT_TRUE(IsProductFurnitureHeading("More By This Developer"));
  EXPECT_TRUE(IsProductFurnitureHeading("Finanzierungsrechner"));
  EXPECT_FALSE(IsProductFurnitureHeading("Fahrzeugbeschreibung"));
  // A maker's dealer locator and its other models' table.
  EXPECT_TRUE(IsProductFurnitureHeading("Where to buy"));
  EXPECT_TRUE(IsProductFurnitureHeading("H\xC3\xA4ndler in Ihrer N\xC3\xA4he"));
  EXPECT_TRUE(IsProductFurnitureHeading("Trova una boutique"));
  EXPECT_TRUE(IsProductFurnitureHeading("Compare models"));
}

// Round 69 to 72's rules. A social site's title opens on the community
// or the poster and the site's name: the post's words are the title.
TEST(HeldoutRules69, SocialTitleLead) {
  EXPECT_EQ(StripTitleSite("r/Beekeeping on Reddit: Seven capped queen cells on day 9", "reddit"),
            "Seven capped queen cells on day 9");
  EXPECT_EQ(StripTitleSite("Jane Doe on X: \"The ferry is late again\"", "X"), "\"The ferry is late again\"");
  // Not when the lead names another site, nor without the post's words.
  EXPECT_EQ(StripTitleSite("Notes on Rust: Ownership", "Reddit"), "Notes on Rust: Ownership");
  // Nor when the lead is an article's words, not a community, a handle or
  // a name before a quoted post.
  EXPECT_EQ(StripTitleSite("Human impacts on Nature: a global assessment of biodiversity loss", "Nature"),
            "Human impacts on Nature: a global assessment of biodiversity loss");
  EXPECT_EQ(StripTitleSite("Perspectives on Science: Why replication matters", "Science"),
            "Perspectives on Science: Why replication matters");
  EXPECT_EQ(StripTitleSite("My first year on Medium: what I learned from 100 posts", "Medium"),
            "My first year on Medium: what I learned from 100 posts");
  EXPECT_EQ(StripTitleSite("Jane Doe on Medium: what I learned from 100 posts", "Medium"),
            "Jane Doe on Medium: what I learned from 100 posts");
  EXPECT_EQ(StripTitleSite("A week on Reddit: lessons", "reddit"), "A week on Reddit: lessons");
  EXPECT_EQ(StripTitleSite("Life on Mars: Bowie", "mars"), "Life on Mars: Bowie");
}

// A Q&A page's heading over its answers, with their count, is a thread's
// furniture; the same words without a count head a post's own section.
TEST(HeldoutRules69, AnswerSectionHeadings) {
  EXPECT_TRUE(IsPostFurnitureLine("\xD0\x9E\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82\xD1\x8B \xD0\xBD\xD0\xB0 "
                                  "\xD0\xB2\xD0\xBE\xD0\xBF\xD1\x80\xD0\xBE\xD1\x81 2"));
  EXPECT_TRUE(IsPostFurnitureLine("Answers (3)"));
  EXPECT_TRUE(IsPostFurnitureLine("\xE3\x81\x9D\xE3\x81\xAE\xE4\xBB\x96\xE3\x81\xAE\xE5\x9B\x9E\xE7\xAD\x94"
                                  "\xEF\xBC\x88" "2\xE4\xBB\xB6\xEF\xBC\x89"));
  EXPECT_TRUE(IsPostFurnitureLine("412 \xD0\xBF\xD1\x80\xD0\xBE\xD1\x81\xD0\xBC\xD0\xBE\xD1\x82\xD1\x80\xD0\xBE"
                                  "\xD0\xB2"));
  EXPECT_FALSE(IsPostFurnitureLine("Answers"));
  EXPECT_FALSE(IsPostFurnitureLine("Answers (see below"));
  EXPECT_FALSE(IsPostFurnitureLine("Chapter answers 3"));
}

// Marketplaces' shelves outside the Latin script head other products.
TEST(HeldoutRules69, MarketplaceShelves) {
  EXPECT_TRUE(IsFurnitureHeading("\xCE\xA0\xCE\xB1\xCF\x81\xCF\x8C\xCE\xBC\xCE\xBF\xCE\xB9\xCE\xB1 "
                                 "\xCF\x80\xCF\x81\xCE\xBF\xCF\x8A\xCF\x8C\xCE\xBD\xCF\x84\xCE\xB1"));
  EXPECT_TRUE(IsFurnitureHeading("\xE7\x9C\x8B\xE4\xBA\x86\xE5\x8F\x88\xE7\x9C\x8B"));
  EXPECT_FALSE(IsFurnitureHeading("\xE5\x95\x86\xE5\x93\x81\xE4\xBB\x8B\xE7\xBB\x8D"));  // 商品介绍
  // Whole headings only: a story's "为你推荐的五本入门书" (five starter books
  // recommended for you) heads its own section.
  EXPECT_FALSE(IsFurnitureHeading("\xE4\xB8\xBA\xE4\xBD\xA0\xE6\x8E\xA8\xE8\x8D\x90\xE7\x9A\x84\xE4\xBA\x94"
                                  "\xE6\x9C\xAC\xE5\x85\xA5\xE9\x97\xA8\xE4\xB9\xA6"));
}

// Round 73 to 75's rules. A pointer to another story behind an arrow
// glyph, or in Thai, is a related line; "Back to top" in other languages
// is furniture.
TEST(HeldoutRules73, PointersAndBackToTop) {
  EXPECT_TRUE(StartsWithRelatedCue("\xE2\x9E\xA1\xEF\xB8\x8F LEIA TAMB\xC3\x89M: Biblioteca reabre"));
  EXPECT_TRUE(StartsWithRelatedCue(">> Related: The Best VPN Service"));
  EXPECT_TRUE(StartsWithRelatedCue("\xE0\xB8\xAD\xE0\xB9\x88\xE0\xB8\xB2\xE0\xB8\x99\xE0\xB9\x80\xE0\xB8\x9E"
                                   "\xE0\xB8\xB4\xE0\xB9\x88\xE0\xB8\xA1\xE0\xB9\x80\xE0\xB8\x95\xE0\xB8\xB4"
                                   "\xE0\xB8\xA1 : x"));
  EXPECT_FALSE(StartsWithRelatedCue("\xE2\x9E\xA1\xEF\xB8\x8F The bridge reopens on Monday"));
  EXPECT_FALSE(StartsWithRelatedCue("\xE2\x9E\xA1\xEF\xB8\x8F"));
  // "»" opens a quotation in German: no pointer unless a space follows it
  // and the line closes no quotation.
  EXPECT_FALSE(StartsWithRelatedCue("\xC2\xBBLesen Sie auch das Kleingedruckte\xC2\xAB, r\xC3\xA4t Anna Berg"));
  EXPECT_FALSE(StartsWithRelatedCue("\xC2\xBB Lesen Sie auch das Kleingedruckte\xC2\xAB, r\xC3\xA4t Anna Berg"));
  EXPECT_TRUE(StartsWithRelatedCue("\xC2\xBB Lesen Sie auch: Der neue Tarif"));
  // The blogger's checklist cue behind an arrow is still the checklist's.
  EXPECT_TRUE(StartsWithPointerCue("\xE2\x86\x92 Also check: the antifreeze"));
  // A link back to the top in another language, its icon glyph after it;
  // the words alone are no boilerplate line (a guide's "Subir" heading).
  EXPECT_TRUE(IsBackToTopLink("Subir"));
  EXPECT_TRUE(IsBackToTopLink("Torna su\xEE\x8C\x96"));
  EXPECT_FALSE(IsBackToTopLink("Subir al Teide"));
  EXPECT_FALSE(IsBoilerplateLine("Subir", false));
  EXPECT_FALSE(IsBoilerplateLine("Nach oben", false));
}

// A concert's ticket page declares the event and nothing written: the
// <time> of its date box gives when the concert is, not a publication.
TEST(HeldoutRules73, EventTimeIsNoPublication) {
  auto page = [](const std::string& type) {
    return "<html lang=it><head><title>Notturno al Chiostro</title><script type=application/ld+json>{\"@context\":"
           "\"https://schema.org\",\"@type\":\"" +
           type + "\",\"name\":\"Notturno al Chiostro\",\"startDate\":\"2026-06-20T21:00\"}</script></head><body>"
                  "<main><h1>Notturno al Chiostro</h1><p class=date><time datetime=2026-06-20T21:00>20 giugno 2026"
                  "</time></p>" +
           std::string(rules_test::kProse) + "</main></body></html>";
  };
  EXPECT_FALSE(ExtractPage(page("MusicEvent")).date_published.has_value());
  // A <time> that says it is the publication's is read still.
  std::string marked = page("Festival");
  marked.replace(marked.find("<time "), 6, "<time pubdate ");
  EXPECT_EQ(ExtractPage(marked).date_published.value_or("").substr(0, 10), "2026-06-20");
  // A story declared as one still reads its stamp.
  EXPECT_EQ(ExtractPage(page("NewsArticle")).date_published.value_or("").substr(0, 10), "2026-06-20");
}

// The site's name a CMS appends to the description goes; a byline box
// classed "credit" credits no picture.
TEST(HeldoutRules73, DescriptionSuffixAndBylineCreditBox) {
  const std::string head =
      "<html lang=en><head><title>Hanoi collects old batteries | Hanoi Fast</title>"
      "<meta property=og:site_name content=\"Hanoi Fast\"><meta property=og:type content=article>"
      "<meta name=description content=\"Residents can bring old batteries, phones and laptops to thirty points in "
      "the wards, twice a month. - Hanoi Fast\"></head><body><article><h1>Hanoi collects old batteries</h1>";
  Article a = ExtractPage(head + "<div class=byline>By Ngoc Han</div><div class=credit>Author: Ngoc Han | Editor: Minh Anh</div>"
                          "<figure><img src=/p.jpg></figure>" +
                          rules_test::kProse + "</article></body></html>");
  EXPECT_EQ(a.description.value_or(""),
            "Residents can bring old batteries, phones and laptops to thirty points in the wards, twice a month.");
  EXPECT_FALSE(a.image.credit.has_value()) << a.image.credit.value_or("");
  a = ExtractPage(head + "<figure><img src=/p.jpg><div class=credit>Photo: Quang Thang</div></figure>" +
                  rules_test::kProse + "</article></body></html>");
  EXPECT_EQ(a.image.credit.value_or(""), "Quang Thang");
  // A credit with a writer's cue before someone who is not the page's
  // writer credits the picture.
  a = ExtractPage(head + "<div class=byline>By Ngoc Han</div><figure><img src=/p.jpg><div class=credit>Submitted by "
                  "Jane Doe</div></figure>" + rules_test::kProse + "</article></body></html>");
  EXPECT_NE(a.image.credit.value_or("").find("Jane Doe"), std::string::npos) << a.image.credit.value_or("");
}

// Round 77's rules: member statistics in the boards' other languages, the
// French label with a space before its colon.
TEST(HeldoutRules77, MemberStatsInOtherLanguages) {
  EXPECT_TRUE(IsMemberStatLine("Date d'inscription : 14/09/2019"));
  EXPECT_TRUE(IsMemberStatLine("Localisation : Angers"));
  EXPECT_TRUE(IsMemberStatLine("Registrov\xC3\xA1n: 05.2016"));
  EXPECT_TRUE(IsMemberStatLine("P\xC5\x99\xC3\xADsp\xC4\x9Bvky: 312"));
  EXPECT_TRUE(IsMemberStatLine("Bydli\xC5\xA1t\xC4\x9B: Brno"));
  EXPECT_FALSE(IsMemberStatLine("Localisation de la panne : sous la plaque"));
  EXPECT_TRUE(IsBackToTopLink("Revenir en haut"));
}

// A place field alone in a post ("Wohnort: Köln", an introduction's list)
// is the post's line; beside a counted statistic it is the profile's.
TEST(HeldoutRules77, PlaceLineAloneIsThePosts) {
  auto post = [](int id, const std::string& body) {
    const std::string n = std::to_string(id);
    return "<div id=p" + n + " class=\"post bg1\"><dl class=postprofile><dt><a href=/memberlist.php?u=" + n +
           ">Peter" + n + "</a></dt><dd>Posts: 12" + n + "</dd><dd>Wohnort: Bonn</dd></dl><div class=postbody>"
           "<p class=author>by Peter" + n + " &raquo; Mon Mar 04, 2024 10:1" + n + "</p><div class=content>" + body +
           "</div></div></div>";
  };
  const std::string page =
      "<html lang=de><head><title>Vorstellung: Peter aus K\xC3\xB6ln</title></head><body><h2 class=topic-title>"
      "Vorstellung: Peter aus K\xC3\xB6ln</h2>" +
      post(1, "<p>Hallo zusammen, ich bin neu hier und m\xC3\xB6" "chte mich kurz vorstellen, bevor ich Fragen "
              "stelle.</p><ul><li>Name: Peter</li><li>Wohnort: K\xC3\xB6ln-Ehrenfeld</li><li>Spur: G</li></ul>") +
      post(2, "<p>Willkommen im Forum, Peter! Erz\xC3\xA4hl doch mal mehr von deiner Anlage im Garten.</p>") +
      post(3, "<p>Herzlich willkommen, wir freuen uns auf Bilder von der Gartenbahn und deinen Fahrzeugen.</p>") +
      "</body></html>";
  ExtractOptions options;
  options.url = "https://forum.example.de/viewtopic.php?t=2";
  Result<Article> r = Extract(page, options);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().page_type, "forum");
  EXPECT_NE(r.value().text.find("Wohnort: K\xC3\xB6ln-Ehrenfeld"), std::string::npos) << r.value().text;
  EXPECT_EQ(r.value().text.find("Wohnort: Bonn"), std::string::npos) << r.value().text;
}

}  // namespace
}  // namespace lede
