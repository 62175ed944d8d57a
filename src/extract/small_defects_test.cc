// Small defects closed with general rules (debt42): the CJK block's
// letters (々 〆 〇) spell words, a share control's label is no section,
// given names of the languages lede reads split bylines, a credits list's
// walk up to its figure is bounded.
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "extract/dates.h"
#include "extract/dom_text.h"
#include "extract/vocabulary.h"
#include "lede/lede.h"

namespace lede {
namespace {

// "人々" (people) is one word: the iteration mark repeats the ideograph
// before it. Read as punctuation it parted the word ("人 "), so "人々" and
// "人" compared equal, and a line of such marks had no words at all.
TEST(SmallDefects, IterationMarkPartsNoWord) {
  EXPECT_EQ(NormalizeForCompare("\xE4\xBA\xBA\xE3\x80\x85\xE3\x81\xAE\xE6\x9A\xAE"),  // 人々の暮
            "\xE4\xBA\xBA\xE3\x80\x85\xE3\x81\xAE\xE6\x9A\xAE");
  EXPECT_NE(NormalizeForCompare("\xE4\xBA\xBA\xE3\x80\x85"), NormalizeForCompare("\xE4\xBA\xBA"));  // 人々, 人
  EXPECT_EQ(NormalizeForCompare("\xE3\x80\x87\xE3\x80\x87"), "\xE3\x80\x87\xE3\x80\x87");           // 〇〇
  // The ideographic full stop and corner brackets part words as before.
  EXPECT_EQ(NormalizeForCompare("\xE3\x80\x8C\xE6\x99\x82\xE3\x80\x85\xE3\x80\x8D\xE3\x80\x82"),  // 「時々」。
            "\xE6\x99\x82\xE3\x80\x85");
}

// In Markdown, emphasis over "々" after an ideograph is Markdown's own
// (CommonMark's punctuation is Unicode's P and S: "々" is a letter), not
// HTML written for marks that could not hold.
TEST(SmallDefects, EmphasisOverIterationMarkIsMarkdown) {
  const std::string html =
      "<html lang=ja><body><article><h1>\xE6\x9D\x91\xE3\x81\xAE\xE6\x9A\xAE\xE3\x82\x89\xE3\x81\x97</h1><p>"
      "\xE6\x9D\x91\xE3\x81\xAE\xE4\xBA\xBA<b>\xE3\x80\x85</b>\xE3\x81\xAF\xE3\x80\x81\xE6\xAF\x8E\xE6\x9C\x9D"
      "\xE6\x97\xA9\xE3\x81\x8F\xE8\xB5\xB7\xE3\x81\x8D\xE3\x81\xA6\xE7\x95\x91\xE3\x81\xAB\xE5\x90\x91\xE3\x81"
      "\x8B\xE3\x81\x84\xE3\x81\xBE\xE3\x81\x99\xE3\x80\x82\xE5\xAD\xA3\xE7\xAF\x80\xE3\x81\x94\xE3\x81\xA8\xE3"
      "\x81\xAB\xE9\x81\x95\xE3\x81\x86\xE9\x87\x8E\xE8\x8F\x9C\xE3\x82\x92\xE8\x82\xB2\xE3\x81\xA6\xE3\x81\xA6"
      "\xE3\x81\x84\xE3\x81\xBE\xE3\x81\x99\xE3\x80\x82</p></article></body></html>";
  auto r = Extract(html, ExtractOptions{});
  ASSERT_TRUE(r.ok());
  const std::string md = ToMarkdown(*r);
  EXPECT_NE(md.find("\xE4\xBA\xBA**\xE3\x80\x85**\xE3\x81\xAF"), std::string::npos) << md;  // 人**々**は
}

std::string SharedStory(const std::string& over_headline, const std::string& after_headline) {
  return "<html><head><title>Solar panels on a terraced house</title></head><body><main><article>" +
         over_headline + "<h1>Solar panels on a terraced house</h1>" + after_headline +
         "<p>Before the installer climbs the roof, a surveyor checks that the rafters can carry the panels and "
         "the frame, and where the cables will run down to the inverter in the loft.</p><p>The grid operator "
         "then has to approve the connection, which takes two to six weeks depending on the region.</p>"
         "</article></main></body></html>";
}

// A share control's label beside the headline ("Share Article" over the
// share bar's links, with a kicker's class) is no section, whatever says
// so: its words, its box's class, an aria-label, a button. A kicker
// that names a section stays one.
TEST(SmallDefects, ShareControlLabelIsNoSection) {
  const std::string links =
      "<ul class=links><li><a href='https://www.facebook.com/sharer/sharer.php?u=x'>f</a></li>"
      "<li><a href='https://twitter.com/intent/tweet?url=x'>t</a></li></ul>";
  const std::string pages[] = {
      // Its words (the box around it plain).
      SharedStory("", "<div class=wrap><div class=eyebrow>Share Article</div>" + links + "</div>"),
      SharedStory("", "<div class=wrap><div class=eyebrow>Teilen:</div>" + links + "</div>"),
      // The box it stands in, or the control after it, names sharing.
      SharedStory("", "<div class='social w-80'><div class=eyebrow>Spread the word</div>" + links + "</div>"),
      SharedStory("", "<div class=wrap><div class=eyebrow>Spread the word</div><div class=share-links>" + links +
                          "</div></div>"),
      SharedStory("", "<div aria-label='Share this story'><span class=kicker>Tell a friend</span>" + links +
                          "</div>"),
      // A button.
      SharedStory("", "<button class=eyebrow type=button>Spread the word</button>"),
  };
  for (const std::string& page : pages) {
    auto r = Extract(page, ExtractOptions{});
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->section.has_value()) << *r->section << "\n" << page;
  }
  auto kicker = Extract(SharedStory("<div class=eyebrow>Energy</div>", ""), ExtractOptions{});
  ASSERT_TRUE(kicker.ok());
  EXPECT_EQ(kicker->section.value_or(""), "Energy");
  EXPECT_TRUE(IsShareLabel("Share Article"));
  EXPECT_TRUE(IsShareLabel("  share: "));
  EXPECT_TRUE(IsShareLabel("\xD0\x9F\xD0\xBE\xD0\xB4\xD0\xB5\xD0\xBB\xD0\xB8\xD1\x82\xD1\x8C\xD1\x81\xD1\x8F"));  // Поделиться
  EXPECT_TRUE(IsShareLabel("UDOST\xC4\x98PNIJ"));  // UDOSTĘPNIJ
  EXPECT_FALSE(IsShareLabel("Shares"));           // a markets section
  EXPECT_FALSE(IsShareLabel("Shareholders"));
  EXPECT_TRUE(NamesShareBox("share-links share-links--blog"));
  EXPECT_TRUE(NamesShareBox("social w-80"));
  EXPECT_FALSE(NamesShareBox("shareholder-news"));
  EXPECT_FALSE(NamesShareBox("category-share-prices"));  // (a WordPress post's category)
}

// The given names that make "Jane Doe, Michael Bay" two people, not a
// writer and a place, in each language lede reads dates in; any case.
TEST(SmallDefects, CommonGivenNamesOfEachLanguage) {
  for (const char* name : {"Michael", "J\xC3\xBCrgen", "S\xC3\xA9" "bastien", "Javier", "Giuseppe",
                           "Jo\xC3\xA3o", "Jeroen", "\xC5\x81ukasz",  // Łukasz
                           "\xD0\xA1\xD0\xB5\xD1\x80\xD0\xB3\xD0\xB5\xD0\xB9",   // Сергей
                           "\xD0\xA1\xD0\x95\xD0\xA0\xD0\x93\xD0\x95\xD0\x99"})  // СЕРГЕЙ
    EXPECT_TRUE(IsCommonGivenName(name)) << name;
  for (const char* word : {"Tampa", "Virginia", "Niagara", "Santa", "Bay", ""}) EXPECT_FALSE(IsCommonGivenName(word));
}

// A trail of the home page and two links over the headline names its
// section by its last link, unless that link is the article itself (its
// words the title's first, whole or cut short), as a page read without its
// address shows it.
TEST(SmallDefects, TrailEndingInTheArticleIsNoSection) {
  auto page = [](const std::string& last) {
    return "<html lang=en><head><title>City library opens new wing on Main Street</title>"
           "<meta property=og:type content=article></head><body><nav class=breadcrumbs><a href=\"/\">Home</a> › "
           "<a href=\"/news/\">News</a> › " +
           last +
           "</nav><article><h1>City library opens new wing on Main Street</h1><p class=byline>By Ann Lee</p>"
           "<p>The city library opened its new wing on Monday, adding three reading rooms and a children's floor "
           "to the building on Main Street that has served the town since 1910.</p><p>Hundreds of residents came "
           "to the opening, and the mayor said the wing would host classes, talks and exhibitions through the "
           "year, free for everyone who holds a library card.</p><p>The work took two years and was paid for by a "
           "bond the voters approved in 2022, with gifts from local families making up the rest of the cost of "
           "the project.</p></article></body></html>";
  };
  for (const char* own : {"<a href=\"/news/city-library-opens-new-wing\">City library opens new wing</a>",
                          "<a href=\"/news/city-library-opens-new-wing\">City library opens\xE2\x80\xA6</a>"}) {
    auto r = Extract(page(own), ExtractOptions{});
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->section.has_value()) << *r->section;
  }
  // A section's crumb is read, one word that opens the title too.
  auto local = Extract(page("<a href=\"/news/local/\">Local</a>"), ExtractOptions{});
  ASSERT_TRUE(local.ok());
  EXPECT_EQ(local->section.value_or(""), "Local");
  auto city = Extract(page("<a href=\"/news/city/\">City</a>"), ExtractOptions{});
  ASSERT_TRUE(city.ok());
  EXPECT_EQ(city->section.value_or(""), "City");
}

}  // namespace
}  // namespace lede

namespace lede {
namespace {

// A documentation page's code blocks are passed whole by the walk for the
// page's stamp, spending none of its node budget: the revision date under
// them (MkDocs' git-revision-date plugin, its label only an icon's tooltip)
// is read, and as the page's last change by its class. Before, 300 lines of
// code ate the budget and the page had no date.
TEST(SmallDefects, RevisionDateBelowLongCodeIsTheModification) {
  std::string code;
  for (int i = 0; i < 300; ++i) code += "<span class=k>let</span> <span class=n>x" + std::to_string(i) + "</span> = 1;\n";
  const std::string html =
      "<html lang=en><head><title>Deploying - Brick</title></head><body><article class=md-content__inner>"
      "<h1>Deploying</h1><p>A Brick site is a folder of static files that any web server can serve as it "
      "is, with no runtime of its own; this page shows the three usual ways to put it online.</p><pre><code>" +
      code +
      "</code></pre><p>The build empties the public folder first, so nothing stale is ever published by "
      "mistake, and the server only ever sees finished files.</p>"
      "<aside class=md-source-file><span class=md-source-file__fact><span class=md-icon title='Last update'>"
      "</span><span class='git-revision-date-localized-plugin git-revision-date-localized-plugin-date'>"
      "March 14, 2025</span></span></aside></article></body></html>";
  auto r = Extract(html, ExtractOptions{});
  ASSERT_TRUE(r.ok());
  ASSERT_TRUE(r.value().date_modified.has_value());
  EXPECT_EQ(r.value().date_modified->substr(0, 10), "2025-03-14");
  // (A modification alone stands for the publication, as everywhere.)
  ASSERT_TRUE(r.value().date_published.has_value());
  EXPECT_EQ(r.value().date_published->substr(0, 10), "2025-03-14");
}

}  // namespace
}  // namespace lede

namespace lede {
namespace {

// A byline box with no cue whose name ends on the writer's mail address
// ("<em>김민수 기자</em> <span class=email>kimms@…</span>", a Korean paper's
// form; "Jane Doe jane@example.com") names the writer: the name is judged
// without the address, which the split drops. An address alone names
// nobody.
TEST(SmallDefects, UncuedBylineEndingOnMailAddress) {
  struct Row {
    const char* lang;
    const char* byline;
    std::vector<std::string> authors;
  };
  const Row rows[] = {
      {"ko", "<em>\xEA\xB9\x80\xEB\xAF\xBC\xEC\x88\x98 \xEA\xB8\xB0\xEC\x9E\x90</em> <span class=email>kimms@namhae.example.kr</span>",
       {"\xEA\xB9\x80\xEB\xAF\xBC\xEC\x88\x98"}},  // 김민수 기자
      {"ko", "\xEA\xB9\x80\xEB\xAF\xBC\xEC\x88\x98 \xEA\xB8\xB0\xEC\x9E\x90 \xC2\xB7 kimms@namhae.example.kr",
       {"\xEA\xB9\x80\xEB\xAF\xBC\xEC\x88\x98"}},
      {"en", "Jane Doe jane@example.com", {"Jane Doe"}},
      {"en", "<em>Jane Doe</em> (jane@example.com)", {"Jane Doe"}},
      {"en", "Contact: info@example.com", {}},
  };
  for (const Row& r : rows) {
    const std::string html = std::string("<html lang=") + r.lang +
                             "><head><meta charset=utf-8><title>t</title></head><body><article><h2 class=headline>"
                             "Beach lights stay on through the winter</h2><div class=byline>" +
                             r.byline +
                             "</div><p>The district said on Monday that the beach will be lit every evening this "
                             "winter, from six until midnight, after it installed 120 new lamps along the sand at a "
                             "cost of 300 million won.</p></article></body></html>";
    auto a = Extract(html, ExtractOptions{});
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a.value().authors, r.authors) << r.byline;
  }
}

}  // namespace
}  // namespace lede

namespace lede {
namespace {

// A docs theme's page-meta box in the sidebar (Docsy: "View page source
// Edit this page Create child page", classed `td-page-meta`) is its links'
// labels, no byline; nor is its "last modified" line under the text, a
// stamp's cue before its date ("Last modified June 18, 2025: Fix the
// steps (8f2c1ab)"), a name before digits.
TEST(SmallDefects, DocsPageMetaIsNoByline) {
  // ページの表示 / このページを編集する / 子ページを作成する; 最終更新 2025年6月18日
  const std::string html =
      "<html lang=ja><head><meta charset=utf-8><title>Back up a volume | Kumo</title></head><body>"
      "<div class=td-main><div class=row><aside class='d-none d-xl-block col-xl-2 td-sidebar-toc'>"
      "<div class='td-page-meta ms-2'>"
      "<a href='https://github.com/k/w/tree/main/backup.md' class=td-page-meta--view>"
      "\xE3\x83\x9A\xE3\x83\xBC\xE3\x82\xB8\xE3\x81\xAE\xE8\xA1\xA8\xE7\xA4\xBA</a> "
      "<a href='https://github.com/k/w/edit/main/backup.md' class=td-page-meta--edit>"
      "\xE3\x81\x93\xE3\x81\xAE\xE3\x83\x9A\xE3\x83\xBC\xE3\x82\xB8\xE3\x82\x92\xE7\xB7\xA8"
      "\xE9\x9B\x86\xE3\x81\x99\xE3\x82\x8B</a> "
      "<a href='https://github.com/k/w/new/main/backup.md' class=td-page-meta--child>"
      "\xE5\xAD\x90\xE3\x83\x9A\xE3\x83\xBC\xE3\x82\xB8\xE3\x82\x92\xE4\xBD\x9C\xE6\x88\x90"
      "\xE3\x81\x99\xE3\x82\x8B</a>"
      "</div></aside><main class=col-12><div class=td-content><h1>Back up a volume</h1>"
      "<p>A snapshot copies a volume's blocks to the object store while the volume stays mounted, so backups "
      "need no downtime; this page shows how to take one and how to restore it on another cluster.</p>"
      "<p>Restoring reads the snapshot back into a new volume of the same size or larger, in any zone the "
      "object store can reach.</p><div class=td-page-meta__lastmod>"
      "\xE6\x9C\x80\xE7\xB5\x82\xE6\x9B\xB4\xE6\x96\xB0 2025\xE5\xB9\xB4" "6\xE6\x9C\x88" "18\xE6\x97\xA5: "
      "<a href='https://github.com/k/w/commit/8f2c1ab'>Fix the snapshot steps (8f2c1ab)</a></div>"
      "</div></main></div></div></body></html>";
  auto a = Extract(html, ExtractOptions{});
  ASSERT_TRUE(a.ok());
  EXPECT_TRUE(a.value().authors.empty()) << a.value().authors[0];
}

// An app shell's or a consent wall's "enable JavaScript" notice is
// furniture in the languages lede reads, not only in English: the
// <noscript> line was the whole text of a German single-page app's shell.
// A sentence about JavaScript that asks nothing of the reader stays.
TEST(SmallDefects, JavaScriptNoticeInOtherLanguagesIsFurniture) {
  const char* notices[] = {
      "Sie m\xC3\xBCssen JavaScript aktivieren, um diese App auszuf\xC3\xBChren.",
      "Ce site n\xC3\xA9" "cessite JavaScript pour afficher vos choix.",
      "Para usar esta web debes habilitar JavaScript en tu navegador.",
      "Per continuare abilita JavaScript nel browser.",
      "Schakel JavaScript in om deze pagina te bekijken.",
      "W\xC5\x82\xC4\x85" "cz JavaScript, aby korzysta\xC4\x87 z serwisu.",
  };
  for (const char* notice : notices) {
    const std::string html = std::string("<html><head><title>Portal</title></head><body><noscript>") + notice +
                             "</noscript><div id=root></div></body></html>";
    auto a = Extract(html, ExtractOptions{});
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a.value().text, "") << notice;
  }
  EXPECT_FALSE(IsBoilerplateLine("Die Bibliothek ist in JavaScript geschrieben.", false));
  EXPECT_FALSE(IsBoilerplateLine("Interactive JavaScript tutorials for beginners", true));
}

// On a page of links with next to no prose (a sitemap), the footer's
// address line and an announcement bar were all the prose there was, and
// so kept as if they were the page; holding under half its text, they are
// chrome, and the sitemap's links stay.
TEST(SmallDefects, ChromeHoldingAllTheProseOfALinkPageGoes) {
  std::string links;
  for (const char* name : {"Afval en recycling", "Parkeren", "Paspoort en identiteitskaart", "Verhuizen",
                           "Vergunningen", "Weekmarkt", "Gemeenteraad", "Vacatures"})
    links += std::string("<li><a href='/p/") + name[0] + "'>" + name + "</a></li>";
  const std::string html =
      "<html lang=nl><head><title>Sitemap | Gemeente Westerduin</title></head><body>"
      "<div class=announcement-bar><p>Het gemeentehuis is op 5 mei gesloten.</p></div>"
      "<header><a href='/'>Gemeente Westerduin</a><nav><ul><li><a href='/wonen/'>Wonen</a></li>"
      "<li><a href='/bestuur/'>Bestuur</a></li></ul></nav></header>"
      "<main><h1>Sitemap</h1><div class=sitemap><ul>" + links + "</ul></div></main>"
      "<footer><ul><li><a href='/contact/'>Contact</a></li><li><a href='/privacy/'>Privacyverklaring</a></li></ul>"
      "<p>Gemeente Westerduin, Raadhuisplein 1, 1234 AB Westerduin, telefoon 14 0123</p></footer></body></html>";
  auto a = Extract(html, ExtractOptions{});
  ASSERT_TRUE(a.ok());
  const std::string& text = a.value().text;
  EXPECT_NE(text.find("Paspoort en identiteitskaart"), std::string::npos) << text;
  EXPECT_NE(text.find("Vacatures"), std::string::npos) << text;
  EXPECT_EQ(text.find("Raadhuisplein"), std::string::npos) << text;
  EXPECT_EQ(text.find("Privacyverklaring"), std::string::npos) << text;
  EXPECT_EQ(text.find("gesloten"), std::string::npos) << text;
}

// Words meet with one space in the text: a link that holds only an image
// (which the text leaves out), or a link emptied of its words, between
// two spaces printed none of its own; a line neither opens nor ends on a
// space. (A code block keeps its spaces.)
TEST(SmallDefects, TextHasNoRunsOfSpaces) {
  const std::string html =
      "<html><body><article><h1>Bags</h1><p>Our bags are sewn by hand in the workshop behind the shop, from "
      "waxed canvas and leather offcuts that the saddler next door sets aside for us every week.</p>"
      "<p>The first run of totes sold out in a day <a href='/t/1'><img src='/i/1.jpg' alt='Tote'></a> "
      "<a href='/t/2'><img src='/i/2.jpg' alt='Tote'></a> <a href='/t/3'><span class=icon></span></a> "
      "and the second is being cut now, with a wider strap and a pocket inside for a phone.</p>"
      "<p>To mark the bag's size on an order, the workshop's script takes it as an option:</p>"
      "<pre><code>make  bag   --size 2\n    sew</code></pre></article></body></html>";
  auto a = Extract(html, ExtractOptions{});
  ASSERT_TRUE(a.ok());
  const std::string& text = a.value().text;
  EXPECT_NE(text.find("sold out in a day and the second is being cut now"), std::string::npos) << text;
  EXPECT_NE(text.find("make  bag   --size 2\n    sew"), std::string::npos) << text;
  EXPECT_EQ(text.find(" \n"), std::string::npos) << text;
  // Markdown and HTML show the images, and the emptied link's space once.
  const std::string md = ToMarkdown(a.value()), html_out = ToHtml(a.value());
  EXPECT_NE(md.find("(/t/2) and the second"), std::string::npos) << md;
  EXPECT_NE(html_out.find("</a> and the second"), std::string::npos) << html_out;
}

// A Chinese byline names two reporters with a space between them
// ("记者 张晓明 李婷"): on a page in Chinese that is two names, a Chinese
// name holding no space; on a Japanese page the space parts a family name
// from a given one ("山田 太郎" is one person), and the name stays whole.
TEST(SmallDefects, SpacedChineseNamesAreSeveralWriters) {
  auto page = [](const char* lang) {
    return std::string("<html lang=") + lang +
           "><head><meta charset=utf-8><title>\xE6\xB8\xAF\xE5\x8F\xA3</title>"
           "<meta property=og:type content=article></head><body><article>"
           "<h1>\xE6\xB8\xAF\xE5\x8F\xA3\xE6\xBD\xAE\xE6\xB1\x90\xE7\xA3\xA8\xE5\x9D\x8A\xE5\xB0\x86\xE9\x87\x8D\xE5\xBB\xBA</h1>"
           "<div class=info><span class=time>2025-10-07 08:30</span> <span class=author>"
           "\xE8\xAE\xB0\xE8\x80\x85 \xE5\xBC\xA0\xE6\x99\x93\xE6\x98\x8E \xE6\x9D\x8E\xE5\xA9\xB7</span></div>"  // 记者 张晓明 李婷
           "<div class=content><p>\xE5\xB8\x82\xE8\xAE\xAE\xE4\xBC\x9A\xE5\x91\xA8\xE4\xBA\x8C\xE6\x8A\x95\xE7\xA5\xA8"
           "\xE5\x86\xB3\xE5\xAE\x9A\xEF\xBC\x8C\xE6\x96\xA5\xE8\xB5\x84\x34\x32\x30\xE4\xB8\x87\xE6\xAC\xA7\xE5\x85\x83"
           "\xE4\xBF\xAE\xE5\xA4\x8D\xE6\xB8\xAF\xE5\x8F\xA3\xE6\x97\x81\xE7\x9A\x84\xE8\x80\x81\xE6\xBD\xAE\xE6\xB1\x90"
           "\xE7\xA3\xA8\xE5\x9D\x8A\xE3\x80\x82\xE5\xB7\xA5\xE7\xA8\x8B\xE5\xB0\x86\xE4\xBA\x8E\xE7\xA7\x8B\xE5\xAD\xA3"
           "\xE5\xBC\x80\xE5\xB7\xA5\xEF\xBC\x8C\xE4\xB8\xBA\xE6\x9C\x9F\xE4\xB8\xA4\xE5\xB9\xB4\xE3\x80\x82</p></div>"
           "</article></body></html>";
  };
  auto zh = Extract(page("zh-CN"), ExtractOptions{});
  ASSERT_TRUE(zh.ok());
  EXPECT_EQ(zh.value().authors,
            (std::vector<std::string>{"\xE5\xBC\xA0\xE6\x99\x93\xE6\x98\x8E", "\xE6\x9D\x8E\xE5\xA9\xB7"}));
  auto ja = Extract(page("ja"), ExtractOptions{});
  ASSERT_TRUE(ja.ok());
  EXPECT_EQ(ja.value().authors,
            (std::vector<std::string>{"\xE5\xBC\xA0\xE6\x99\x93\xE6\x98\x8E \xE6\x9D\x8E\xE5\xA9\xB7"}));
}

// A forum post's author line reads "<a><span class=sr-only>Post</span></a>
// by <a>jdoe</a> » Tue Oct 28, 2025" (phpBB's prosilver): the icon's label
// for screen readers is no part of the name, and a weekday after the
// separator opens the date ("Di" in German, a word too, only there).
TEST(SmallDefects, ForumAuthorLineSkipsScreenReaderLabel) {
  auto page = [](const char* lang, const char* label, const char* by, const char* stamp) {
    return std::string("<html lang=") + lang + "><head><title>Pump noise | Boards</title></head><body>"
           "<div class=topic><h2 class=topic-title>Pump noise</h2><div class=post><div class=postbody>"
           "<p class=author><a href='#p1'><i class=icon></i><span class=sr-only>" + label + "</span></a> "
           "<span>" + by + " <strong><a href='/u/1' class=username>Sanni_K</a></strong> &raquo; </span>"
           "<time datetime='2025-10-28T17:41:09+00:00'>" + stamp + "</time></p>"
           "<div class=content>The circulation pump in our house runs on its highest setting since the service "
           "visit, and the radiators upstairs rush. Is that normal, or may I turn it down again?</div>"
           "</div></div></div></body></html>";
  };
  for (const auto& [lang, label, by, stamp] :
       {std::tuple{"en", "Post", "by", "Tue Oct 28, 2025 6:41 pm"}, std::tuple{"de", "Beitrag", "von", "Di 28. Okt 2025, 18:41"}}) {
    auto a = Extract(page(lang, label, by, stamp), ExtractOptions{});
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a.value().authors, std::vector<std::string>{"Sanni_K"}) << lang;
  }
}

// A Persian page's stamp in the Solar Hijri calendar ("شنبه ۳ آذر ۱۴۰۳",
// Persian digits, or ASCII ones) reads as its Gregorian day: lede only
// knew the line for a stamp (dropped from the body), not its day, and a
// blog with no machine-readable date went undated.
TEST(SmallDefects, SolarHijriStampsReadAsTheirDay) {
  struct Case {
    const char* line;
    const char* iso;
  } cases[] = {
      {"\xD8\xB4\xD9\x86\xD8\xA8\xD9\x87 \xDB\xB3 \xD8\xA2\xD8\xB0\xD8\xB1 \xDB\xB1\xDB\xB4\xDB\xB0\xDB\xB3",
       "2024-11-23"},  // شنبه ۳ آذر ۱۴۰۳
      {"\xDB\xB1 \xD9\x81\xD8\xB1\xD9\x88\xD8\xB1\xD8\xAF\xDB\x8C\xD9\x86 \xDB\xB1\xDB\xB4\xDB\xB0\xDB\xB4",
       "2025-03-21"},  // ۱ فروردین ۱۴۰۴ (Nowruz)
      {"\xDB\xB2\xDB\xB2 \xD8\xA7\xD8\xB1\xD8\xAF\xDB\x8C\xD8\xA8\xD9\x87\xD8\xB4\xD8\xAA \xDB\xB1\xDB\xB4\xDB\xB0\xDB\xB4 "
       "- \xDB\xB1\xDB\xB0:\xDB\xB3\xDB\xB0",
       "2025-05-12"},  // ۲۲ اردیبهشت ۱۴۰۴ - ۱۰:۳۰
      {"\xD8\xAF\xDB\x8C 10 1403", ""},          // دی 10 1403: no day before the month
      {"\xDB\xB1\xDB\xB0 \xD8\xAF\xDB\x8C 1403", "2024-12-30"},  // ۱۰ دی 1403
      {"\xDB\xB2\xDB\xB9 \xD8\xA7\xD8\xB3\xD9\x81\xD9\x86\xD8\xAF \xDB\xB1\xDB\xB4\xDB\xB0\xDB\xB3",
       "2025-03-19"},  // ۲۹ اسفند ۱۴۰۳, the year's last day
      // (A line opening on ASCII digits is not read as Persian: IsDateLine
      // does not take it for a stamp either.)
      {"29 \xD8\xA7\xD8\xB3\xD9\x81\xD9\x86\xD8\xAF 1403", ""},
  };
  for (const Case& c : cases) {
    const ParsedDate d = ParseDate(c.line);
    EXPECT_EQ(d.valid() ? d.ToIso().substr(0, 10) : "", c.iso) << c.line;
  }
}

// A method's name linked in its signature is a word of the signature, not
// a button: "next", "close" and "search" are a pager's and a dialog's
// buttons as whole lines, but "fn <a>next</a>(&mut self)" lost its name.
TEST(SmallDefects, SignatureLinkNamedLikeAButtonIsKept) {
  std::string page =
      "<html lang=en><head><title>Iter</title></head><body><main><h1>Struct Iter</h1><p>An iterator over the "
      "values of a list, made by calling the iter method on the list; it yields each value in turn.</p>";
  for (const char* name : {"next", "close", "search"})
    page += std::string("<section class=method><h4 class=code-header>pub fn <a href='#method.") + name +
            "' class=fn>" + name + "</a>(&amp;mut self)</h4></section><div class=docblock><p>What the method " +
            "does for the caller, in a sentence of its own.</p></div>";
  page += "<p><a href='/page/2'>Next</a></p></main></body></html>";
  auto r = Extract(page, ExtractOptions{});
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("pub fn next(&mut self)"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("pub fn close(&mut self)"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("pub fn search(&mut self)"), std::string::npos) << r->text;
  // The pager's button alone on its line still goes.
  EXPECT_EQ(r->text.find("Next"), std::string::npos) << r->text;
}

// A link or emphasis whose words open after a space, or that style sets
// apart from the word before, has the space before its brackets in
// Markdown and HTML ("[ Sold out]" was written), once; code keeps its own.
TEST(SmallDefects, MarkOpeningWithSpaceHasItBefore) {
  auto r = Extract(
      "<html lang=en><body><article><h1>Lamps</h1><p>The shop sold the last lamps of the spring line this "
      "week, and more lamps come in May, as the owner said to us.</p><p>Readers can still see the<a "
      "href='/lamps'>\n <span class=icon></span> <span>lamp shelf </span></a> in the old shop, <a "
      "href='/t'>T-Shirts</a><a href='/h'>Hoodies</a> and <b> <em>one blue lamp</em></b> on hold, the <a "
      "href='/s'><i class='fa fa-home'></i> shop page</a> too, and "
      "call <code> lamp() </code> to list them.</p></article></body></html>",
      ExtractOptions{});
  ASSERT_TRUE(r.ok());
  const std::string md = ToMarkdown(*r);
  EXPECT_NE(md.find("see the [lamp shelf](/lamps) in"), std::string::npos) << md;
  EXPECT_NE(md.find("[T-Shirts](/t) [Hoodies](/h)"), std::string::npos) << md;
  EXPECT_NE(md.find("and ***one blue lamp*** on"), std::string::npos) << md;
  // (An icon's empty mark inside the link keeps the link's space outside.)
  EXPECT_NE(md.find("the [shop page](/s) too"), std::string::npos) << md;
  EXPECT_NE(md.find("call ` lamp()` to"), std::string::npos) << md;
  const std::string html = ToHtml(*r);
  EXPECT_NE(html.find("see the <a href=\"/lamps\">lamp shelf</a> in"), std::string::npos) << html;
  EXPECT_NE(r->text.find("see the lamp shelf in the old shop, T-Shirts Hoodies and one blue lamp on"),
            std::string::npos)
      << r->text;
}

// A page of a sentence or two that declares no kind and names no writer is
// dated by no machine's timestamp it shows (a CDN's error page: its clock
// to the second under the error code); a notice's day stays, and so does
// a story's stamp to the second.
TEST(SmallDefects, NoticePageTakesNoShownStamp) {
  auto notice = Extract(
      "<html lang=en><head><title>Access denied</title></head><body><header><h1>Error 1020</h1><span>Ray ID: "
      "8e2f4a91cbd03a17</span> <span>2025-11-20 14:03:22 UTC</span><h2>Access denied</h2></header><section><h2>What "
      "happened?</h2><p>This website is using a security service to protect itself.</p></section></body></html>",
      ExtractOptions{});
  ASSERT_TRUE(notice.ok());
  EXPECT_FALSE(notice->date_published.has_value()) << notice->date_published.value_or("");
  auto notice_day = Extract(
      "<html lang=en><body><div id=main><h1>Office closed on Monday</h1><p class=date>December 20, 2025</p><p>Our "
      "office is closed on Monday for the holiday; we reopen on Tuesday at nine.</p></div></body></html>",
      ExtractOptions{});
  ASSERT_TRUE(notice_day.ok());
  EXPECT_EQ(notice_day->date_published.value_or("").substr(0, 10), "2025-12-20");
  auto story = Extract(
      "<html lang=en><head><title>Trees</title></head><body><article><h1>New trees by the river</h1><p "
      "class=date>2025-03-12 10:23:45</p><p>The council voted on Tuesday to plant four hundred new trees along "
      "the river, most of them oaks and limes, over the next two winters, and work starts in the spring near "
      "the old mill, the parks office said.</p></article></body></html>",
      ExtractOptions{});
  ASSERT_TRUE(story.ok());
  EXPECT_EQ(story->date_published.value_or("").substr(0, 10), "2025-03-12");
}

}  // namespace
}  // namespace lede
