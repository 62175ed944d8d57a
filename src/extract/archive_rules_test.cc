// The rules of held-out rounds 34 to 36 (tests/heldout34_test.cc to
// tests/heldout36_test.cc), each on a small page of its own: a shop
// platform's module names and pay-later boxes, a heading's anchor classed
// "header", an archive page's loop of teaser <article>s, and the dates and
// bylines of archive and profile pages, a blog's archive by month.
#include <gtest/gtest.h>

#include <string>

#include "extract/dates.h"
#include "extract/vocabulary.h"
#include "extract/rules_test_util.h"
#include "lede/lede.h"

namespace lede {
namespace {


using rules_test::ExtractPage;
using rules_test::kProse;

TEST(Vocabulary, Round34ShopModulesAndPayLater) {
  EXPECT_NE(ClassifyClassId("xans-element- xans-product xans-product-review ec-base-table", "") & kHintBoilerplate, 0u);
  EXPECT_NE(ClassifyClassId("xans-element- xans-product xans-product-relation", "") & kHintRelated, 0u);
  EXPECT_NE(ClassifyClassId("xans-element- xans-layout xans-layout-productrecent", "") & kHintBoilerplate, 0u);
  // (Cafe24's description module is the product's.)
  EXPECT_EQ(ClassifyClassId("xans-element- xans-product xans-product-detail", "") & kHintBoilerplate, 0u);
  EXPECT_NE(ClassifyClassId("ppcp-messages", "") & kHintBoilerplate, 0u);
  EXPECT_NE(ClassifyClassId("feed-icons", "") & kHintBoilerplate, 0u);
  EXPECT_NE(ClassifyClassId("status-msg-wrap", "") & kHintBoilerplate, 0u);
  EXPECT_TRUE(IsInstalmentCountLine("Paga en 3 plazos sin intereses con PayPal."));
  EXPECT_TRUE(IsInstalmentCountLine("Zaplaťte ve 3 splátky bez navýšení"));
  EXPECT_FALSE(IsInstalmentCountLine("Se cosecha en 3 pasadas por el olivar"));
}

// A heading's own anchor classed "header" (mdBook's "<h2><a class=header
// href=#id>") keeps the heading: it is no page header.
TEST(ArchiveRules, HeadingAnchorClassedHeaderStays) {
  const Article a = ExtractPage(
      "<html lang=en><head><title>Errors</title></head><body><main><h1>Errors</h1>" + std::string(kProse) +
      "<h2 id=result><a class=header href=#result>The result type</a></h2>" + kProse + "</main></body></html>");
  EXPECT_NE(a.text.find("The result type"), std::string::npos) << a.text;
}

// A taxonomy term's page (Drupal's "path-taxonomy" body) lists its posts
// as teaser <article>s classed "node--view-mode-teaser": the loop is the
// page's content, not a related strip.
TEST(ArchiveRules, ArchiveLoopOfTeaserArticlesStays) {
  std::string cards;
  for (int i = 0; i < 8; ++i)
    cards += "<div class=views-row><article class=\"node node--type-article node--view-mode-teaser\"><h2>"
             "<a href=/node/" + std::to_string(i) + ">Post number " + std::to_string(i) + " about bees</a></h2>"
             "<div class=node__meta>By Claire, 14 November 2025</div><p>A summary of the post in one sentence, which "
             "says what the club found and did in the apiary.</p><a href=/node/1>Read more</a></article></div>";
  const Article a = ExtractPage(
      "<html lang=en><head><title>Bee health</title></head><body class=path-taxonomy><header><nav><a href=/>Home</a>"
      " <a href=/a>About</a> <a href=/b>Contact</a></nav></header><main><h1>Bee health</h1><div class=view-header>"
      "<p>Everything the club has written about mites, hornets and brood diseases, newest first, with the notes of "
      "our visits.</p></div><div class=view-content>" + cards + "</div></main><footer><p>Club of the valley, since "
      "1982.</p></footer></body></html>");
  EXPECT_NE(a.text.find("Post number 0 about bees"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("Post number 7 about bees"), std::string::npos) << a.text;
}

// An archive's cards that mark their days in microdata as text
// ("<span itemprop=datePublished> November 12, 2025 </span>") date their
// posts, not the page.
TEST(ArchiveRules, ListedItempropDatesShownAsText) {
  std::string cards;
  int i = 0;
  for (const char* d : {"November 12, 2025", "November 5, 2025", "October 29, 2025"})
    cards += "<article class=\"post type-post hentry\" itemtype=https://schema.org/CreativeWork itemscope>"
             "<div class=post-content><header class=entry-header><h2 class=entry-title itemprop=headline>"
             "<a href=/p" + std::to_string(i++) + "/ rel=bookmark>A post about bread</a></h2><div class=entry-meta>"
             "<span class=posted-by>By Maren</span> / <span class=posted-on><span class=published "
             "itemprop=datePublished> " + std::string(d) + " </span></span></div></header><div class=excerpt><p>A "
             "summary of the post in one sentence, long enough to read as its excerpt, with a clause more.</p></div>"
             "</div></article>";
  const Article a = ExtractPage(
      "<html lang=en><head><title>Sourdough</title><script type=application/ld+json>"
      "{\"@context\":\"https://schema.org\",\"@type\":\"CollectionPage\",\"name\":\"Sourdough\"}</script></head>"
      "<body itemtype=https://schema.org/Blog itemscope class=\"archive tag\"><main><h1>Sourdough</h1>" + cards +
      "</main></body></html>");
  EXPECT_FALSE(a.date_published.has_value()) << a.date_published.value_or("");
}

// A writer's profile page (a ProfilePage with its own dateCreated, no
// article described) is not published on the day the profile was made.
TEST(ArchiveRules, ProfilePageDateCreatedIsNoPublication) {
  const Article a = ExtractPage(
      "<html lang=pl><head><title>Joanna</title><script type=application/ld+json>"
      "{\"@context\":\"https://schema.org\",\"@type\":\"ProfilePage\",\"dateCreated\":\"2014-03-03T09:00:00+01:00\","
      "\"mainEntity\":{\"@type\":\"Person\",\"name\":\"Joanna Wierzbicka\"}}</script></head>"
      "<body><main><h1>Joanna Wierzbicka</h1>" + std::string(kProse) + "</main></body></html>");
  EXPECT_FALSE(a.date_published.has_value()) << a.date_published.value_or("");
  EXPECT_TRUE(IsTaxonomyTermPath("/search/label/Viajes"));
  EXPECT_FALSE(IsTaxonomyTermPath("/search/label/"));
  EXPECT_FALSE(IsTaxonomyTermPath("/search/label/a/b"));
}

// Blogger's label page (canonical "/search/label/<label>") lists full
// posts, each with its stamp and its writer: the page takes neither.
TEST(ArchiveRules, BloggerLabelPageIsUndated) {
  std::string posts;
  for (const char* d : {"jueves, 13 de noviembre de 2025", "lunes, 3 de noviembre de 2025"})
    posts += std::string("<div class=date-outer><h2 class=date-header><span>") + d +
             "</span></h2><div class=post-outer><div class=\"post hentry\" itemprop=blogPost itemscope "
             "itemtype=http://schema.org/BlogPosting><h3 class=\"post-title entry-title\" itemprop=name>"
             "<a href=/p.html>Una radio restaurada</a></h3><div class=\"post-body entry-content\">" + kProse +
             "</div><div class=post-footer><span class=\"post-author vcard\">Publicado por <span class=fn "
             "itemprop=author itemscope itemtype=http://schema.org/Person><a class=g-profile href=/profile/1 "
             "rel=author><span itemprop=name>Ernesto Vald\u00e9s</span></a></span></span><span class=post-timestamp>"
             " en <a class=timestamp-link href=/p.html rel=bookmark><abbr class=published itemprop=datePublished "
             "title=2025-11-13T19:32:00+01:00>19:32</abbr></a></span></div></div></div></div>";
  const Article a = ExtractPage(
      "<html lang=es><head><title>Ondas: Restauraciones</title>"
      "<link rel=canonical href=https://ondas.blogspot.com/search/label/Restauraciones></head>"
      "<body><div class=blog-posts>" + posts + "</div></body></html>");
  EXPECT_FALSE(a.date_published.has_value()) << a.date_published.value_or("");
  EXPECT_TRUE(a.authors.empty()) << a.authors.front();
}

// A blog's archive by month in the page's column is a widget: its months
// go, one link each, whatever the language.
TEST(ArchiveRules, MonthArchiveListGoes) {
  EXPECT_TRUE(IsMonthArchiveLine("November 2025 (3)"));
  EXPECT_TRUE(IsMonthArchiveLine("novembro de 2025"));
  EXPECT_TRUE(IsMonthArchiveLine("M\u00e4rz 2025 (12)"));
  EXPECT_TRUE(IsMonthArchiveLine("2025\u5e7411\u6708 (4)"));
  EXPECT_FALSE(IsMonthArchiveLine("12 November 2025"));
  EXPECT_FALSE(IsMonthArchiveLine("The November 2025 elections"));
  EXPECT_FALSE(IsMonthArchiveLine("November"));
  std::string months;
  for (const char* m : {"November 2025", "October 2025", "September 2025", "August 2025"})
    months += std::string("<li><a href=/2025/>") + m + "</a> (4)</li>";
  const Article a = ExtractPage("<html lang=en><head><title>Notes</title></head><body><main><h1>Notes</h1>" +
                                std::string(kProse) + "<ul>" + months + "</ul></main></body></html>");
  EXPECT_NE(a.text.find("The second paragraph"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("October 2025"), std::string::npos) << a.text;
}

// Round 37's vocabulary: member statistics in more languages, Zendesk's
// community address, a live blog's order control, the voseo pointers.
TEST(Vocabulary, Round37ThreadsAndRound38Stories) {
  EXPECT_TRUE(IsMemberStatLine("Iscritto il: 03 Feb 2014"));
  EXPECT_TRUE(IsMemberStatLine("Registriert seit 11.02.2017"));
  EXPECT_TRUE(IsMemberStatLine("\u0417\u0430\u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0438\u0440\u043e\u0432\u0430\u043d: 2021-06-14"));
  EXPECT_FALSE(IsMemberStatLine("Registriert wurden 40 Teilnehmer aus ganz Europa, die meisten aus Hamburg."));
  EXPECT_TRUE(IsForumUrl("https://help.example.com/hc/fr/community/posts/27418836051217-Bloquer-les-reservations"));
  EXPECT_FALSE(IsForumUrl("https://example.com/community/posts/"));
  EXPECT_TRUE(IsBoilerplateLine("Neueste zuerst"));
  EXPECT_TRUE(StartsWithRelatedCue("Le\u00e9 tambi\u00e9n: Cu\u00e1nta nieve cay\u00f3"));
  EXPECT_NE(ClassifyClassId("c-interstitial-link", "") & kHintRelated, 0u);
  EXPECT_NE(ClassifyClassId("img_desc", "") & kHintCaption, 0u);
}

// Round 37's leftovers: a thread's bookmark toggle, the mark on the chosen
// answer and on a staff comment, the replies' sort control and the German
// reply subject, in the languages of the community software.
TEST(Vocabulary, Round37ThreadFurnitureInMoreLanguages) {
  EXPECT_TRUE(IsPostFurnitureLine("Bookmark"));
  EXPECT_TRUE(IsPostFurnitureLine("Melhor resposta"));
  EXPECT_TRUE(IsPostFurnitureLine("Commentaire officiel"));
  EXPECT_TRUE(IsPostFurnitureLine("Trier par Date Votes"));
  EXPECT_FALSE(IsPostFurnitureLine("Bookmark this page for later"));
  EXPECT_TRUE(IsPostFurnitureLine("Vind ik leuk 11"));
  EXPECT_TRUE(IsPostFurnitureLine("Like 3"));
  EXPECT_FALSE(IsPostFurnitureLine("Vind ik leuk"  " dat 11"));
  EXPECT_FALSE(IsPostFurnitureLine("Gilla 2024"  " kommer"));
  EXPECT_TRUE(IsReplySubjectLine("Betreff: WLAN-Repeater verliert die Verbindung"));
  EXPECT_TRUE(IsReplySubjectLine("Odp: Problem z pompa"));
  EXPECT_FALSE(IsReplySubjectLine("Betreffend die Heizung im Keller"));
}

// A caption that closes with its credit ("... 사진=박준혁 기자", "...
// Photo: Sam Lee") gives the lead image's caption and credit apart.
TEST(ArchiveRules, CaptionClosingCreditIsTheCredit) {
  const Article a = ExtractPage(
      "<html lang=en><head><title>Buses</title><meta property=og:image content=https://x.test/bus.jpg></head>"
      "<body><article><h1>Buses</h1><span class=photo><img src=https://x.test/bus.jpg alt=bus>"
      "<em class=img_desc>Riders board a bus at the harbour stop. Photo: Sam Lee</em></span>" + std::string(kProse) +
      "</article></body></html>");
  EXPECT_EQ(a.image.caption.value_or(""), "Riders board a bus at the harbour stop.");
  EXPECT_EQ(a.image.credit.value_or(""), "Sam Lee");
}

// On a thread, a form that wraps a post whole with its vote and answer
// buttons (Question2Answer) is the post, not a form.
TEST(ArchiveRules, ButtonFormAroundAPostIsThePost) {
  std::string answers;
  for (const char* t : {"Use a separate supply for the relay coil, the ESP32 browns out otherwise.",
                        "A 1000 uF capacitor across the module's supply pins fixed it for me last year."})
    answers += std::string("<div class=qa-a-list-item><form method=post action=/q/1><div class=qa-a-item-content>"
                           "<p>") + t + " It takes a minute to wire and costs almost nothing.</p></div>"
               "<input type=submit value=comment class=qa-form-light-button></form></div>";
  const Article a = ExtractPage(
      "<html lang=en><head><title>Relay resets</title><script type=application/ld+json>{\"@context\":"
      "\"https://schema.org\",\"@type\":\"QAPage\"}</script></head><body class=qa-template-question>"
      "<h1>Why does the ESP32 reset when the relay switches?</h1><form method=post action=/q/1><div "
      "class=qa-q-view-content><p>I wired an ESP32 to a 5 V relay module to run a pump, and every time the relay "
      "switches the board resets with a brownout message on the serial monitor.</p></div><input type=submit "
      "value=answer></form>" + answers + "</body></html>");
  EXPECT_NE(a.text.find("every time the relay switches"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("A 1000 uF capacitor"), std::string::npos) << a.text;
}

}  // namespace
}  // namespace lede
