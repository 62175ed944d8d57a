// The rules of held-out rounds 48 to 51 and of earlier rounds' leftovers,
// each on a small page or line of its own.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/body_builder.h"
#include "extract/dates.h"
#include "extract/vocabulary.h"
#include "extract/rules_test_util.h"
#include "lede/lede.h"

namespace lede {
namespace {


using rules_test::ExtractPage;
using rules_test::kProse;

std::string Doc(const std::string& body) {
  return "<html lang=en><head><title>Mesh docs</title></head><body><main><h1>EdgeCollapser</h1>" + std::string(kProse) +
         body + "</main></body></html>";
}

// Doxygen prints a code example as a div.fragment of div.line boxes, no
// <pre>: a code block, its indentation kept, its "comment" spans the
// code's own (a token kind, not readers' comments).
TEST(HeldoutRules, DoxygenFragmentIsACodeBlock) {
  const Article a = ExtractPage(Doc(
      "<div class=fragment><div class=line><span class=keywordflow>if</span> (done) {</div>\n"
      "<div class=line>    <span class=comment>// stop at the first error</span></div>\n"
      "<div class=line>    run(<span class=stringliteral>&quot;scan.ply&quot;</span>);</div>\n"
      "<div class=line>}</div>\n</div>"));
  const std::string md = ToMarkdown(a);
  EXPECT_NE(md.find("```\nif (done) {\n    // stop at the first error\n    run(\"scan.ply\");\n}\n```"),
            std::string::npos)
      << md;
}

// SyntaxHighlighter (WordPress, Blogger) prints each line as a div.line in
// its "code" cell, the numbers in a "gutter" cell beside it.
TEST(HeldoutRules, SyntaxHighlighterLinesAreACodeBlock) {
  const Article a = ExtractPage(Doc(
      "<div class=\"syntaxhighlighter python\"><table><tbody><tr><td class=gutter><div class=\"line number1\">1</div>"
      "<div class=\"line number2\">2</div></td><td class=code><div class=container>"
      "<div class=\"line number1 index0 alt2\"><code class=python keyword>def</code> <code class=plain>"
      "area(r):</code></div><div class=\"line number2 index1 alt1\"><code class=spaces>    </code><code "
      "class=keyword>return</code> <code class=plain>3.14 * r * r</code></div></div></td></tr></tbody></table>"
      "</div>"));
  const std::string md = ToMarkdown(a);
  EXPECT_NE(md.find("def area(r):\n    return 3.14 * r * r"), std::string::npos) << md;
}

// Boxes of "line" rows that are a layout grid (OOCSS's "line" and "unit"),
// or line boxes under no box named code, are not code.
TEST(HeldoutRules, LineBoxesOutsideCodeAreNotCode) {
  Article a = ExtractPage(Doc(
      "<div class=code-of-conduct><div class=line><div class=unit>Be kind to the other members of the list at "
      "all times.</div></div><div class=line><div class=unit>Stay on the subject of the thread you write in."
      "</div></div></div>"));
  EXPECT_EQ(ToMarkdown(a).find("```"), std::string::npos) << ToMarkdown(a);
  a = ExtractPage(Doc("<div class=poem><div class=line>The fog comes on little cat feet.</div><div class=line>It "
                      "sits looking over harbor and city.</div></div>"));
  EXPECT_EQ(ToMarkdown(a).find("```"), std::string::npos) << ToMarkdown(a);
  EXPECT_TRUE(IsCodeLineClass("line number1 index0 alt2"));
  EXPECT_FALSE(IsCodeLineClass("headline"));
  EXPECT_TRUE(NamesCodeBox("fragment"));
  EXPECT_FALSE(NamesCodeBox("code-of-conduct"));
}

// A paper's author list (LaTeXML, arXiv's HTML papers) names each writer in
// an "ltx_personname" beside the affiliation and the address, in a creator
// box whose "ltx_role_author" reads as a role: each name is an author, its
// first line only (the affiliation may follow in the same element after a
// <br class=ltx_break>).
TEST(HeldoutRules, PaperAuthorListNamesEachAuthor) {
  const Article a = ExtractPage(
      "<html lang=en><head><title>Sea level</title></head><body><div id=watermark-tr>arXiv:2403.01234v1 "
      "[physics.ao-ph] 14 Mar 2024</div><article class=ltx_document><h1 class=ltx_title>Sea level</h1><div "
      "class=ltx_authors><span class=\"ltx_creator ltx_role_author\"><span class=ltx_personname>Maren Solberg</span>"
      "<span class=ltx_author_notes><span class=\"ltx_contact ltx_role_affiliation\">Geophysical Institute, "
      "University of Nordvik</span><span class=\"ltx_contact ltx_role_email\">ms@uni.example</span></span></span>"
      "<span class=ltx_author_before> </span><span class=\"ltx_creator ltx_role_author\"><span "
      "class=ltx_personname>Tom Aguirre<br class=ltx_break>Meta AI</span><span class=ltx_author_notes><span class=\"ltx_contact "
      "ltx_role_affiliation\">Institute of Marine Sciences</span></span></span></div>" +
      std::string(kProse) + "</article></body></html>");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Maren Solberg", "Tom Aguirre"}));
  // (A name set in a block of its own, or after a break, is read too.)
  const Article b = ExtractPage(
      "<html lang=en><head><title>Sea level</title></head><body><article class=ltx_document><h1 "
      "class=ltx_title>Sea level</h1><div class=ltx_authors><span class=\"ltx_creator ltx_role_author\"><div "
      "class=ltx_personname><p>Jane Doe</p></div></span> <span class=\"ltx_creator ltx_role_author\"><span "
      "class=ltx_personname><br class=ltx_break>Ann Lee</span></span></div>" + std::string(kProse) +
      "</article></body></html>");
  EXPECT_EQ(b.authors, (std::vector<std::string>{"Jane Doe", "Ann Lee"}));
  EXPECT_TRUE(NamesPersonNameClass("ltx_personname"));
  EXPECT_FALSE(NamesPersonNameClass("person-name-card"));
}

// A thread's poster panel prints the member's join date on a line of its
// own beside the name and the post count (wpForo's "Inscrit : 12 avril
// 2021"): the box dates the member, the post's stamp the thread. phpBB
// cues its stamp "Napisane:" in Polish, "Verfasst:" in German.
TEST(HeldoutRules, PosterPanelDatesTheMember) {
  std::string posts;
  for (int i = 0; i < 3; ++i)
    posts += "<div class=post-wrap><div class=author-data><div class=author-name>Mathis R.</div><div "
             "class=author-stat><div class=wpf-author-joined>Inscrit : 12 avril 2021</div><div>Messages : 48</div>"
             "</div></div><div class=wpf-right><div class=wpf-post-date>1" + std::to_string(4 + i) +
             " mai 2025 20h32</div><div class=wpforo-post-content><p>La chaîne saute sur les petits pignons depuis "
             "que j'ai changé la cassette, même après un réglage de la tension du câble.</p></div></div></div>";
  const Article a = ExtractPage("<html lang=fr><head><title>Dérailleur qui saute</title></head><body "
                                "class=wpforo><div id=wpforo><h1>Dérailleur qui saute</h1>" + posts +
                                "</div></body></html>");
  EXPECT_EQ(a.page_type, "forum");
  EXPECT_TRUE(a.date_published.value_or("").starts_with("2025-05-14")) << a.date_published.value_or("none");
  EXPECT_TRUE(IsDateLine("Napisane: 27 lip 2024, o 19:42"));
  EXPECT_TRUE(IsDateLine("Verfasst: Mo 3. Mär 2025, 19:42"));
}

// A photo essay: figures whose captions tell the story, each caption a
// caption-classed <p> in its <figcaption> beside a credit and a counter
// over the photo. The captions are the story's text; the counters and the
// credits are not.
TEST(HeldoutRules, PhotoEssayCaptionsAreTheText) {
  std::string figures;
  for (int i = 1; i <= 4; ++i)
    figures += "<figure class=gallery__item><span class=gallery__counter>" + std::to_string(i) +
               " / 4</span><img src=https://x.test/" + std::to_string(i) +
               ".jpg alt=photo><figcaption><p class=gallery__caption>Caption number " + std::to_string(i) +
               " tells how the shepherds crossed the river at dawn with the flock behind them.</p><span "
               "class=gallery__credit>Alba Sotillos</span></figcaption></figure>";
  const Article a = ExtractPage(
      "<html lang=en><head><title>The last walk</title><meta property=og:type content=article></head><body>"
      "<article><h1>The last walk</h1><p>Few families still walk their sheep south each autumn; we followed one "
      "of them for a month.</p><div class=gallery>" + figures + "</div></article></body></html>");
  EXPECT_NE(a.text.find("Caption number 3 tells how"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("3 / 4"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("Alba Sotillos"), std::string::npos) << a.text;
}

// A Q&A page marked in microdata, one Question item around the question's
// header and its suggested Answer items (Zhihu): a thread, the question's
// text (its itemprop="text" outside the answers' list) with the answers.
// An answer's text box whose component's name spells "Copyright"
// ("CopyrightRichText") holds paragraphs, a picture among them: text, no
// credit.
TEST(HeldoutRules, MicrodataQuestionAndSuggestedAnswers) {
  std::string answers;
  for (int i = 0; i < 3; ++i)
    answers += "<div class=List-item><div class=AnswerItem itemprop=suggestedAnswer itemscope "
               "itemtype=http://schema.org/Answer><span class=\"RichText CopyrightRichText-richText\" itemprop=text>"
               "<p>Answer " + std::to_string(i) + " says to run a dehumidifier every day in the wet season.</p>"
               "<p>It also says to keep the wardrobe off the outer wall by a few centimetres.</p><figure><img "
               "src=https://x.test/w.jpg alt=wardrobe></figure><p>And to dry clothes fully before they go in.</p>"
               "</span></div></div>";
  const Article a = ExtractPage(
      "<html lang=en><head><title>Mould in the wardrobe</title></head><body><main><div itemscope "
      "itemtype=http://schema.org/Question><div class=QuestionHeader><h1>Mould in the wardrobe</h1><div><span "
      "itemprop=text>Our ground-floor flat faces north and the clothes smell of mould every June.</span></div></div>"
      "<div class=Question-main><div class=Question-mainColumn><div class=List>" + answers +
      "</div></div></div></div></main></body></html>");
  EXPECT_EQ(a.page_type, "forum");
  EXPECT_NE(a.text.find("faces north"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("Answer 2 says"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("off the outer wall"), std::string::npos) << a.text;
}

// Lines of a Q&A page's and a blog's furniture: an answer's vote prompt,
// the answer marks and counts in more languages, an ad unit's size label,
// a feedback prompt about the page's information; an Italian help
// centre's "Modificato il" stamp.
TEST(Vocabulary, Round48To51Lines) {
  EXPECT_TRUE(IsBoilerplateLine("Was this answer helpful? 2 people found this answer helpful."));
  EXPECT_TRUE(IsBoilerplateLine("728x90"));
  EXPECT_FALSE(IsBoilerplateLine("728x"));
  EXPECT_FALSE(IsBoilerplateLine("1920x1080"));
  EXPECT_TRUE(IsBoilerplateLine("¿Le ha resultado útil esta información?"));
  EXPECT_TRUE(IsAnswerStateBadge("Réponse la plus pertinente"));
  EXPECT_TRUE(IsAnswerStateBadge("Resposta verificada por especialistas"));
  EXPECT_FALSE(IsAnswerStateBadge("Réponse"));
  EXPECT_TRUE(IsPostFurnitureLine("24 weitere Antworten"));
  EXPECT_TRUE(IsPostFurnitureLine("128 个回答"));
  EXPECT_FALSE(IsPostFurnitureLine("24 weitere Gründe"));
  EXPECT_TRUE(IsDateLine("Modificato il: Mar, 4 Feb, 2025"));
  EXPECT_TRUE(ClassifyClassId("powerlink_area", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("voc-gallery__counter", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("Question-sideColumn", "") & kHintWeakBoilerplate);
  EXPECT_FALSE(ClassifyClassId("powerlinks-quote", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("sound_only", "") & kHintHidden);
  EXPECT_FALSE(ClassifyClassId("blind", "") & kHintHidden) << "a poker table's blinds";
  EXPECT_TRUE(IsAnswerStateBadge("RÉPONSE LA PLUS PERTINENTE"));
  EXPECT_TRUE(IsAnswerStateBadge("Лучший ответ"));
  EXPECT_FALSE(IsBoilerplateLine("Thanks Anna, I found this answer helpful and the fan is quiet again."));
  EXPECT_TRUE(IsBoilerplateLine("2 people found this answer helpful."));
}

// A MediaWiki page's last edit, in its footer's "footer-info-lastmod" line
// in the wiki's language: the page's modification (on a page that prints
// MediaWiki as its generator only).
TEST(HeldoutRules, WikiFooterDatesTheLastEdit) {
  const std::string page =
      "<html lang=de><head><title>Kessel</title>GENERATOR</head><body><div id=content><h1>Kessel</h1><div "
      "class=mw-parser-output><p>Ein Kessel ist ein Gefäß zum Erhitzen von Wasser, mit Deckel, Tülle und Griff, "
      "auf dem Herd oder mit einem Heizelement.</p><p>Elektrische Kessel schalten ab, wenn das Wasser kocht, mit "
      "einem Bimetall, das sich im Dampf biegt.</p></div></div><div id=footer><ul><li id=footer-info-lastmod> Diese "
      "Seite wurde zuletzt am 3. März 2024 um 10:14 Uhr bearbeitet.</li></ul></div></body></html>";
  std::string wiki = page;
  wiki.replace(wiki.find("GENERATOR"), 9, "<meta name=generator content=\"MediaWiki 1.41.0\">");
  Article a = ExtractPage(wiki);
  EXPECT_TRUE(a.date_modified.value_or("").starts_with("2024-03-03")) << a.date_modified.value_or("none");
  EXPECT_FALSE(a.date_published) << "a wiki's last edit is no publication: " << *a.date_published;
  std::string plain = page;
  plain.replace(plain.find("GENERATOR"), 9, "");
  a = ExtractPage(plain);
  EXPECT_FALSE(a.date_modified) << *a.date_modified;
}

// The review's misfires, each kept as it was: an FAQ in microdata under a
// story and a shop's customer question leave the page a story and a
// product; a caption box of three lines in a <figure>, a credits box of
// three short lines stay captions; a poem's line boxes under a highlight
// box are no code.
TEST(HeldoutRules, ReviewMisfiresStayAsTheyWere) {
  const std::string faq =
      "<div itemscope itemtype=https://schema.org/Question><h3 itemprop=name>Can I swim there?</h3><div "
      "itemprop=suggestedAnswer itemscope itemtype=https://schema.org/Answer><p itemprop=text>Yes, from May to "
      "September.</p></div></div>";
  Article a = ExtractPage(
      "<html lang=en><head><title>Pool reopens</title><script type=application/ld+json>{\"@type\":\"NewsArticle\","
      "\"headline\":\"Pool reopens\"}</script></head><body><article><h1>Pool reopens</h1>" + std::string(kProse) +
      faq + "</article></body></html>");
  EXPECT_EQ(a.page_type, "article");
  a = ExtractPage(
      "<html lang=en><head><title>Oak desk</title></head><body><main><div itemscope "
      "itemtype=https://schema.org/Product><h1 itemprop=name>Oak desk</h1><p itemprop=description>A solid oak desk "
      "with two drawers and a cable tray, oiled by hand in our workshop.</p>" + faq +
      "</div></main></body></html>");
  EXPECT_EQ(a.page_type, "product");
  a = ExtractPage(
      "<html lang=en><head><title>Pool reopens</title><meta property=og:type content=article></head><body><article>"
      "<h1>Pool reopens</h1>" + std::string(kProse) +
      "<figure><img src=https://x.test/a.jpg alt=pool><div class=caption><p>Swimmers wait at the gate of the old "
      "pool on Monday morning before it opens.</p><p>The pool was built in 1961 and last repaired in the summer of "
      "1998.</p><p>Photo: Sam Lee</p></div></figure><div class=image-credits><p>Top image: Jane Smith/Reuters</p><p>"
      "Second image: Ann Roe/AP</p><p>Third image: Bo Park/AFP</p></div></article></body></html>");
  EXPECT_EQ(a.text.find("Swimmers wait at the gate"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("Top image"), std::string::npos) << a.text;
  a = ExtractPage(Doc("<div class=highlight><div class=line>The fog comes on little cat feet.</div><div "
                      "class=line>It sits looking over harbor and city.</div></div>"));
  EXPECT_EQ(ToMarkdown(a).find("```"), std::string::npos) << ToMarkdown(a);
}

// A Q&A page's question whose text opens on a rich editor's empty lines
// still joins the answers.
TEST(HeldoutRules, QuestionTextAfterEmptyLines) {
  std::string answers;
  for (int i = 0; i < 3; ++i)
    answers += "<div class=List-item><div itemprop=suggestedAnswer itemscope itemtype=http://schema.org/Answer>"
               "<div itemprop=text><p>Answer " + std::to_string(i) + " says to run a dehumidifier every day in the "
               "wet season, with the door shut.</p><p>It also says to keep the wardrobe off the outer wall.</p>"
               "</div></div></div>";
  std::string blank;
  for (int i = 0; i < 8; ++i) blank += "<p><br></p>";
  const Article a = ExtractPage(
      "<html lang=en><head><title>Mould in the wardrobe</title></head><body><main><div itemscope "
      "itemtype=http://schema.org/Question><div class=QuestionHeader><h1>Mould in the wardrobe</h1><div "
      "itemprop=text>" + blank + "<p>Our ground-floor flat faces north and the clothes smell of mould every "
      "June.</p></div></div><div class=Question-main><div class=List>" + answers + "</div></div></div></main></body>"
      "</html>");
  EXPECT_EQ(a.page_type, "forum");
  EXPECT_NE(a.text.find("faces north"), std::string::npos) << a.text;
}

// A product whose description is only in its JSON-LD, its visible line a
// summary in other words that shares the language's small words with the
// description: the description leads the body. A caption's closing "Name
// for Outlet" is its credit.
TEST(HeldoutRules, StructuredDescriptionAndForOutletCredit) {
  const Article a = ExtractPage(
      "<html lang=it><head><title>Borsa Arno</title><script type=application/ld+json>{\"@context\":"
      "\"https://schema.org\",\"@type\":\"Product\",\"name\":\"Borsa Arno\",\"description\":\"La tracolla nasce nel "
      "nostro laboratorio di San Frediano, dove la tagliamo e la cuciamo a mano da una pelle di vitello conciata al "
      "vegetale in Toscana. Con il tempo il cuoio si scurisce e prende una patina diversa per ogni borsa. Lo "
      "scomparto si chiude con una patta e un bottone in ottone.\",\"offers\":{\"@type\":\"Offer\",\"price\":\"245\","
      "\"priceCurrency\":\"EUR\"}}</script></head><body><main><h1>Borsa Arno</h1><p>Tracolla in cuoio conciato al "
      "vegetale, tagliata e cucita a mano nel nostro laboratorio di Firenze.</p><p>245,00 €</p><button>Aggiungi al "
      "carrello</button><div class=tab-pane><div class=spinner></div></div></main></body></html>");
  EXPECT_NE(a.text.find("prende una patina"), std::string::npos) << a.text;
  std::string_view head, credit;
  ASSERT_TRUE(SplitCaptionCredit("A test charger on Vinton Avenue. Luis Ferreira for Civic Desk", &head, &credit));
  EXPECT_EQ(credit, "Luis Ferreira for Civic Desk");
  EXPECT_EQ(head, "A test charger on Vinton Avenue.");
  EXPECT_FALSE(SplitCaptionCredit("The pier at dusk. Boats wait there for the tide.", &head, &credit));
  EXPECT_FALSE(SplitCaptionCredit("The pier at dusk. Built for storms", &head, &credit));
  EXPECT_FALSE(SplitCaptionCredit("Marchers gather on St. Patrick Street for Saturday Parade", &head, &credit));
  EXPECT_FALSE(SplitCaptionCredit("Residents of Washington, D.C. Line Up for Vaccines", &head, &credit));
  EXPECT_FALSE(SplitCaptionCredit("Crowds fill the square. Protesters Call for Ceasefire", &head, &credit));
  EXPECT_FALSE(SplitCaptionCredit("The team celebrates the win. Many Thanks for Everything!", &head, &credit));
}

// Round 54's words: a Spanish paper's comment section ("section#comentarios",
// a whole name: a page builder's row "#comentarios-nord" holds a product's
// description), the photographer's "autor-foto", the Vietnamese credit cue
// and pointer.
TEST(Vocabulary, Round54Comments) {
  EXPECT_TRUE(ClassifyClassId("", "comentarios") & kHintComments);
  EXPECT_FALSE(ClassifyClassId("", "comentarios-nord") & kHintComments);
  EXPECT_TRUE(ClassifyClassId("autor-foto", "") & kHintCredit);
  EXPECT_EQ(StripCreditCue("Ảnh: Minh Tâm"), "Minh Tâm");
  EXPECT_TRUE(StartsWithRelatedCue("Xem thêm: Nông dân chuyển sang trồng bưởi"));
  EXPECT_FALSE(StartsWithRelatedCue("Xem thêm tại trang của tỉnh"));
}

// Hugo Learn's and Relearn's callout, a "notices" box that opens with its
// label, set among a docs page's paragraphs, is the text's; a forum's list
// of announcements in "ul.notices" is not.
TEST(HeldoutRules, NoticesCalloutAmongProse) {
  const Article a = ExtractPage(Doc(
      "<div class='box notices cstyle warning'><div class=box-label>Warning</div><div class=box-content><p>Never "
      "write the cloud password into the configuration file; keep it in the key store instead.</p></div></div>"
      "<p>The third paragraph goes on with the backup schedule and how many copies are kept for a year.</p>"));
  EXPECT_NE(a.text.find("Never write the cloud password"), std::string::npos) << a.text;
  EXPECT_TRUE(NamesNoticesBox("box notices cstyle info"));
  EXPECT_FALSE(NamesNoticesBox("notice-bar"));
}

}  // namespace
}  // namespace lede
