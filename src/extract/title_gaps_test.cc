// Title cleanup gaps (a site's name leading a title with no separator, a
// <title> broken over lines, a mis-decoded heading, an acronym or a host
// name before the name, a shop's front-page label) and HTML set inside
// SVG and MathML at an HTML integration point.
#include <gtest/gtest.h>

#include <string>

#include "extract/metadata.h"
#include "lede/lede.h"

namespace lede {
namespace {

constexpr const char* kBody =
    "<p>We stock condenser, dynamic and ribbon models from all the major makers, with free shipping on "
    "orders over fifty euros to most countries.</p><p>Compare models side by side and read reviews from "
    "working engineers before you buy, or call our team for advice on a studio setup.</p>";

std::string TitleOf(const std::string& head, const std::string& body = kBody) {
  auto r = Extract("<html><head>" + head + "</head><body><div class=main>" + body + "</div></body></html>");
  return r.ok() ? r->title.value_or("") : std::string("?");
}

// A <title> that opens on the site's name with no separator after it and
// names the site again at its end: the words after the first name are the
// page's name.
TEST(TitleGaps, LeadingSiteNameWithoutSeparator) {
  EXPECT_EQ(TitleOf("<title>Gearhouse Buy Studio Microphones at Gearhouse</title>"
                    "<meta property=\"og:site_name\" content=\"Gearhouse\">"),
            "Buy Studio Microphones at Gearhouse");
  EXPECT_EQ(StripTitleSite("Gearhouse Buy Studio Microphones at Gearhouse", "Gearhouse"),
            "Buy Studio Microphones at Gearhouse");
  // A brand said once before a product's words is the product's name.
  EXPECT_EQ(StripTitleSite("Gearhouse Studio Condenser Microphone", "Gearhouse"),
            "Gearhouse Studio Condenser Microphone");
  // One word after the name is too few.
  EXPECT_EQ(StripTitleSite("Gearhouse Gearhouse", "Gearhouse"), "Gearhouse Gearhouse");
  // The name as part of a longer word is not the name.
  EXPECT_EQ(StripTitleSite("Gearhouses Buy Studio Microphones at Gearhouse", "Gearhouse"),
            "Gearhouses Buy Studio Microphones at Gearhouse");
}

// A <title> whose separator starts a new line: the whitespace is one space
// before the title is split, and the site's part goes.
TEST(TitleGaps, LineBreakBeforeSeparator) {
  EXPECT_EQ(TitleOf("<title>Citrus Sparkling Water 12-Pack | Fizzco\n \xE2\x80\x93 Drink Brand Online</title>"),
            "Citrus Sparkling Water 12-Pack");
  EXPECT_EQ(TitleOf("<title>Toddler Sleep Routines Explained\n\t\t| Little Dreamers</title>"),
            "Toddler Sleep Routines Explained");
}

// A heading with "?" where the declared title has a letter or an
// apostrophe (text decoded in another charset): the intact title wins.
TEST(TitleGaps, MisdecodedHeadingTakesDeclaredTitle) {
  const std::string body =
      "<article><h1>Bob?s Bike Shop Opens Second Store</h1><p>The family-run bike shop on Main Street will "
      "open a second location in the old train depot next spring, the owners said on Tuesday.</p><p>The new "
      "store will carry electric bikes and offer a repair workshop with evening hours.</p></article>";
  EXPECT_EQ(TitleOf("<title>Bob's Bike Shop Opens Second Store</title>", body), "Bob's Bike Shop Opens Second Store");
  EXPECT_TRUE(IsMisdecodedTwin("Bob?s Shop", "Bob's Shop"));
  EXPECT_TRUE(IsMisdecodedTwin("Bob?s Shop", "Bob\xE2\x80\x99s Shop"));
  EXPECT_TRUE(IsMisdecodedTwin("Bob? Shop", "Bob's Shop"));
  EXPECT_TRUE(IsMisdecodedTwin("Caf? M?nchen", "Caf\xC3\xA9 M\xC3\xBCnchen"));
  EXPECT_FALSE(IsMisdecodedTwin("Bob's Shop", "Bob's Shop"));
  EXPECT_FALSE(IsMisdecodedTwin("Bob?s Shop", "Bobs Shop!"));
  EXPECT_FALSE(IsMisdecodedTwin("Why? Because", "Why. Because"));
  EXPECT_TRUE(HasMidWordQuestionMark("Bob?s"));
  EXPECT_FALSE(HasMidWordQuestionMark("Is it over? Yes"));
  EXPECT_FALSE(HasMidWordQuestionMark("Is it over?"));
  // A heading that asks a question is kept.
  const std::string asks =
      "<article><h1>Is the bike shop opening a second store?</h1><p>The family-run bike shop on Main Street "
      "may open a second location in the old train depot next spring, the owners said on Tuesday.</p><p>The "
      "new store would carry electric bikes and offer a repair workshop with evening hours.</p></article>";
  EXPECT_EQ(TitleOf("<title>Is the bike shop opening a second store</title>", asks),
            "Is the bike shop opening a second store?");
}

// An acronym before the name it spells, in a podcast's or a newsletter's
// title: the name is the title.
TEST(TitleGaps, LeadingAcronymOfTheName) {
  EXPECT_EQ(WithoutLeadingAcronym("GNW - Gaming News Weekly"), "Gaming News Weekly");
  EXPECT_EQ(WithoutLeadingAcronym("TLB: The Long Break"), "The Long Break");
  EXPECT_EQ(WithoutLeadingAcronym("DOE \xE2\x80\x93 Department of Energy"), "Department of Energy");
  EXPECT_EQ(WithoutLeadingAcronym("DE | Department for Education"), "Department for Education");
  // Letters the words do not spell, a word more, or no separator: kept.
  EXPECT_EQ(WithoutLeadingAcronym("GNW - Great News"), "GNW - Great News");
  EXPECT_EQ(WithoutLeadingAcronym("GN - Gaming News Weekly"), "GN - Gaming News Weekly");
  EXPECT_EQ(WithoutLeadingAcronym("GNW Gaming News Weekly"), "GNW Gaming News Weekly");
  EXPECT_EQ(WithoutLeadingAcronym("NASA - Artemis Launch Slips to Spring"),
            "NASA - Artemis Launch Slips to Spring");
  EXPECT_EQ(WithoutLeadingAcronym("A - Apple"), "A - Apple");
  EXPECT_EQ(WithoutLeadingAcronym("TV - The Vault (2024)"), "TV - The Vault (2024)");
  const std::string body =
      "<main><h1>BRT - Backyard Radio Talk</h1><p>A weekly show about gardening, compost and the birds that "
      "visit small city yards, with listener questions answered in every episode.</p><p>New episodes every "
      "Thursday; older ones stay in the archive below for anyone who wants to catch up.</p></main>";
  EXPECT_EQ(TitleOf("<title>BRT - Backyard Radio Talk | Podhost</title>", body), "Backyard Radio Talk");
}

// A host name opening a <title> with no separator after it, the name the
// page shows as its masthead: the words after it name the page.
TEST(TitleGaps, LeadingHostNameOfTheSite) {
  std::string_view host;
  EXPECT_EQ(AfterLeadingHostName("janedoe.net Notes on Caching", &host), "Notes on Caching");
  EXPECT_EQ(host, "janedoe.net");
  EXPECT_EQ(AfterLeadingHostName("blog.jane-doe.co.uk Notes on Caching", &host), "Notes on Caching");
  EXPECT_EQ(AfterLeadingHostName("janedoe.net Notes", &host), "");
  EXPECT_EQ(AfterLeadingHostName("janedoe.net - Notes on Caching", &host), "");
  EXPECT_EQ(AfterLeadingHostName("Version 2.0 Released Today", &host), "");
  EXPECT_EQ(AfterLeadingHostName("janedoe.n3t Notes on Caching", &host), "");
  // A word that opens on a dot is no host name; the byte before the title
  // (here an 'x' of the same buffer) is not read for it.
  const std::string after_x = "x.janedoe.net Notes on Caching";
  EXPECT_EQ(AfterLeadingHostName(std::string_view(after_x).substr(1), &host), "");
  const std::string post =
      "<h1><a href=\"https://janedoe.net/\">janedoe.net</a></h1><div class=post><h3>Notes on Caching</h3><p>"
      "Every cache is a bet that the past predicts the future, and most of the time the bet pays off well "
      "enough.</p><p>The trouble starts when two layers each cache the same answer for different lengths of "
      "time.</p></div>";
  EXPECT_EQ(TitleOf("<title>janedoe.net Notes on Caching</title>", post), "Notes on Caching");
  // A headline that names a company by its host name keeps it: the page
  // shows no such masthead.
  const std::string news =
      "<article><h1>Shopfront.com Reports Record Holiday Sales</h1><p>The online retailer said on Monday that "
      "its holiday sales rose by a fifth, helped by faster delivery.</p><p>Shares rose in early trading after "
      "the announcement.</p></article>";
  EXPECT_EQ(TitleOf("<title>Shopfront.com Reports Record Holiday Sales</title>", news),
            "Shopfront.com Reports Record Holiday Sales");
}

// A shop's front page titled "Shop" beside its name: the name is the
// title. A shop's page under /shop/ keeps its label.
TEST(TitleGaps, ShopLabelOnAFrontPage) {
  const std::string body =
      "<main><p>Hand-thrown mugs, bowls and planters made in our studio by the river, fired in small batches "
      "and glazed by hand.</p><p>Every piece is a little different; we ship across the country within three "
      "working days.</p></main>";
  EXPECT_EQ(TitleOf("<title>Riverside Pottery - Shop</title><link rel=canonical href=\"https://riverside.example/\">"
                    "<meta property=og:site_name content=\"Riverside Pottery\">",
                    body),
            "Riverside Pottery");
  EXPECT_EQ(TitleOf("<title>Shop | Riverside Pottery</title><link rel=canonical href=\"https://riverside.example/shop/\">"
                    "<meta property=og:site_name content=\"Riverside Pottery\">",
                    body),
            "Shop");
}

// HTML set in an <svg> through <foreignObject>, or in MathML through
// <mtext> or annotation-xml, is content, and so is a formula's own text
// (its symbols are the sentence's words); the drawing's own text (an
// icon's <title>, a chart's <text>) is not.
TEST(TitleGaps, HtmlInsideSvgAndMathIsContent) {
  const std::string page =
      "<html><head><title>How the water cycle works</title></head><body><article><h1>How the water cycle "
      "works</h1><p>Water moves between the oceans, the air and the land in a loop that never stops, driven "
      "by the heat of the sun.</p><figure><svg viewBox='0 0 400 300'><title>Diagram icon</title><g><rect "
      "width=400 height=300 /><text x=10 y=20>Evaporation arrow</text><foreignObject x=20 y=40 width=360 "
      "height=220><div><p>Evaporation lifts water vapour from warm seas into the lower atmosphere every "
      "day.</p></div></foreignObject></g></svg></figure><p>Precipitation then returns the water to the "
      "ground as rain or snow, and rivers carry it back to the sea.</p><p><math><mi>x</mi><mo>=</mo>"
      "<mtext><b>the vapour pressure at sea level</b></mtext><annotation-xml encoding='text/html'><span>"
      "Pressure rises with the temperature of the water surface.</span></annotation-xml></math></p><p>"
      "<svg class=icon width=16 height=16><title>Share this</title><path d='M0 0h16v16z'/></svg> Scientists "
      "measure each stage with satellites, weather balloons and river gauges around the world.</p></article>"
      "</body></html>";
  auto r = Extract(page);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Evaporation lifts water vapour"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("x=the vapour pressure at sea level"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Pressure rises with the temperature"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Diagram icon"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Evaporation arrow"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Share this"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Scientists measure"), std::string::npos) << r->text;
}

// A formula set in MathML reads in its sentence (LaTeXML's arXiv pages, a
// textbook's inline math): its tokens joined as drawn ("ax2+bx+c=0"), the
// TeX annotation a converter keeps beside it (which no reader sees) left
// out; a block formula is its own paragraph. (Formulas were dropped whole:
// "When , there are two solutions to and they are".)
TEST(TitleGaps, MathMlFormulaReadsInItsSentence) {
  auto r = Extract(
      "<html><head><title>Quadratics</title></head><body><article><h1>Quadratics</h1><p>When <math "
      "alttext='a\\neq 0'><semantics><mrow><mi>a</mi><mo>&#x2260;</mo><mn>0</mn></mrow><annotation "
      "encoding='application/x-tex'>a\\neq 0</annotation></semantics></math>, there are two solutions to "
      "<math><mi>a</mi><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mi>b</mi><mi>x</mi><mo>+</mo><mi>c</mi>"
      "<mo>=</mo><mn>0</mn></math> and the quadratic formula gives both of them, as every student learns at "
      "school.</p><p>Babylonian tablets already solve problems that lead to quadratic equations of this form, "
      "four thousand years ago.</p><div class=equation><math display=block><mi>x</mi><mo>=</mo><mn>1</mn>"
      "</math></div><p>Here <svg width=10 height=10><text>Chart label</text></svg> the drawing's label stays "
      "out of the text, as it always did, while the formulas stay in.</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("When a\u2260""0, there are two solutions to ax2+bx+c=0 and the quadratic"),
            std::string::npos)
      << r->text;
  EXPECT_EQ(r->text.find("neq"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("\n\nx=1\n\n"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Chart label"), std::string::npos) << r->text;
}

// KaTeX rendered on the server prints each formula twice: MathML for
// screen readers (which its stylesheet clips) and glyph spans that ARIA
// hides. The formula reads once, from its MathML.
TEST(TitleGaps, KatexFormulaReadsOnce) {
  auto r = Extract(
      "<html><head><title>Energy</title></head><body><article><h1>Energy</h1><p>Einstein's relation <span c"
      "lass=\"katex\"><span class=\"katex-mathml\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\"><sema"
      "ntics><mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></mrow><annotation encodi"
      "ng=\"application/x-tex\">E=mc^2</annotation></semantics></math></span><span class=\"katex-html\" ari"
      "a-hidden=\"true\"><span class=\"base\"><span class=\"strut\" style=\"height:0.6833em;\"></span><span"
      " class=\"mord mathnormal\" style=\"margin-right:0.05764em;\">E</span><span class=\"mspace\" style=\""
      "margin-right:0.2778em;\"></span><span class=\"mrel\">=</span></span><span class=\"base\"><span class"
      "=\"mord mathnormal\">m</span><span class=\"mord\"><span class=\"mord mathnormal\">c</span><span clas"
      "s=\"msupsub\"><span class=\"vlist-t\"><span class=\"vlist-r\"><span class=\"vlist\" style=\"height:0"
      ".8141em;\"><span style=\"top:-3.063em;margin-right:0.05em;\"><span class=\"pstrut\" style=\"height:2"
      ".7em;\"></span><span class=\"sizing reset-size6 size3 mtight\"><span class=\"mord mtight\">2</span><"
      "/span></span></span></span></span></span></span></span></span></span> links mass and energy, and it "
      "is the most famous equation in physics by a wide margin.</p><p>It follows from special relativity, w"
      "hich Einstein published in 1905 in a short paper of three pages.</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Einstein's relation E=mc2 links mass and energy"), std::string::npos) << r->text;
}

// Meta values escaped twice in the page (SEO plugins print "&amp;#039;")
// are decoded again: the title says "Tom's Guide", an image's address has
// its "&" back. A reference without its ';' stays as written.
TEST(TitleGaps, TwiceEscapedMetaValuesAreDecoded) {
  auto r = Extract(
      "<html><head><meta property=\"og:title\" content=\"Tom&amp;#039;s Guide to Caf&amp;eacute; Culture "
      "&amp;amp; More\"><meta name=\"description\" content=\"Where to drink coffee &amp;amp c. in Leeds\">"
      "<meta property=\"og:image\" content=\"https://example.com/a.jpg?w=750&amp;amp;h=400\"></head><body>"
      "<article><p>The long opening paragraph of the story sits here with many words in it for the extractor to "
      "count as content.</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Tom's Guide to Caf\u00e9 Culture & More");
  EXPECT_EQ(r->description.value_or(""), "Where to drink coffee &amp c. in Leeds");
  EXPECT_EQ(r->image.url, "https://example.com/a.jpg?w=750&h=400");
}

// A web component's declarative shadow root (server-rendered: "<template
// shadowrootmode=open>") is drawn in place of its template: its words are
// the page's, as the light ones slotted into it are; another <template>'s
// are inert.
TEST(TitleGaps, DeclarativeShadowRootIsContent) {
  auto r = Extract(
      "<html><head><title>Cards</title></head><body><article><h1>Cards</h1><p>The long opening paragraph of the "
      "story sits here with many words in it for the extractor to count as content.</p><story-card><template "
      "shadowrootmode=\"open\"><p>Words that the component draws from its shadow root, which browsers render "
      "as part of the page.</p><slot></slot></template><p>Light words slotted into the card by the page itself "
      "for readers.</p></story-card><template><p>An inert template row the page's script clones for each "
      "comment.</p></template></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Words that the component draws"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Light words slotted"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("An inert template"), std::string::npos) << r->text;
}

// A panel hidden "until-found" is collapsed, not hidden: the browser opens
// it when a search finds its words (an accordion's answer). Its words are
// the page's; a plainly hidden element's are not.
TEST(TitleGaps, HiddenUntilFoundIsContent) {
  auto r = Extract(
      "<html><head><title>Help</title></head><body><article><h1>Help</h1><p>The long opening paragraph of the "
      "help page sits here with many words in it for the extractor to count as content.</p><h2>Shipping</h2>"
      "<div hidden=\"until-found\"><p>Orders ship within two working days from our warehouse in Leeds, tracked "
      "all the way to your door.</p></div><div hidden><p>A parked copy that a script shows only after signing "
      "in to the account.</p></div><div hidden=\"until-found\" style=\"display:none\"><p>Styled away as "
      "well.</p></div></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Orders ship within two working days"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("A parked copy"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Styled away"), std::string::npos) << r->text;
}

// A span that its inline style or a display utility class lays out as a
// block starts a line of its own, as on screen: its words do not run into
// the ones before ("first line of the poemsecond line").
TEST(TitleGaps, SpanShownAsBlockStartsALine) {
  auto r = Extract(
      "<html><head><title>Poems</title></head><body><article><h1>Poems</h1><p>The long opening paragraph of the "
      "story sits here with many words in it for the extractor to count as content.</p><div><span "
      "style=\"display: block\">first line of the poem</span><span style=\"display:block\">second line of the "
      "poem</span><span class=\"block text-sm\">third line by class</span></div><p>Plain <span>inline</span>"
      "<span style=\"color:red\">spans</span> run on.</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("first line of the poem\n\nsecond line of the poem\n\nthird line by class"),
            std::string::npos)
      << r->text;
  EXPECT_NE(r->text.find("Plain inlinespans run on."), std::string::npos) << r->text;
}

// An inline quotation's marks are the browser's to draw (<q>), not the
// page's: the text writes them, so a quoted statement does not read as the
// writer's own words. Single marks inside double ones.
TEST(TitleGaps, InlineQuotationKeepsItsMarks) {
  auto r = Extract(
      "<html><head><title>Budget</title></head><body><article><h1>Budget</h1><p>The minister said <q>we will "
      "not raise taxes this year</q> at the press conference on Monday, and repeated it later.</p><p>Her deputy "
      "added <q>she told us <q>never</q> twice </q>and left the room without another word to anyone.</p>"
      "</article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("said \u201Cwe will not raise taxes this year\u201D at the press"), std::string::npos)
      << r->text;
  EXPECT_NE(r->text.find("added \u201Cshe told us \u2018never\u2019 twice\u201D and left"), std::string::npos)
      << r->text;
}

// A ruby's annotation (furigana over kanji, as NHK's easy Japanese news
// sets it over every word) is a reading aid, not the text: the sentence
// reads without it, the way it reads to one who knows the kanji.
TEST(TitleGaps, RubyAnnotationIsNoText) {
  auto r = Extract(
      "<html lang=ja><head><title>\u30cb\u30e5\u30fc\u30b9</title></head><body><article><p><ruby>\u6771\u4eac"
      "<rp>(</rp><rt>\u3068\u3046\u304d\u3087\u3046</rt><rp>)</rp></ruby>\u3067<ruby>\u5730\u9707<rt>"
      "\u3058\u3057\u3093</rt></ruby>\u304c\u3042\u308a\u307e\u3057\u305f\u3002\u6d25\u6ce2\u306e"
      "\u5fc3\u914d\u306f\u3042\u308a\u307e\u305b\u3093\u3002\u3051\u304c\u4eba\u306e\u60c5\u5831"
      "\u306f\u4eca\u306e\u3068\u3053\u308d\u5165\u3063\u3066\u3044\u307e\u305b\u3093\u3002</p>"
      "</article></body></html>");
  ASSERT_TRUE(r.ok());
  // "東京で地震がありました。"
  EXPECT_NE(r->text.find("\u6771\u4eac\u3067\u5730\u9707\u304c\u3042\u308a\u307e\u3057\u305f"),
            std::string::npos)
      << r->text;
  EXPECT_EQ(r->text.find("\u3058\u3057\u3093"), std::string::npos) << r->text;  // "じしん"
}

// A TeX formula that MathJax typesets where it stands (kramdown's output
// for $$...$$ on Jekyll sites: "<script type='math/tex'>") is the
// sentence's formula, written as TeX is in text; a display formula is
// its own paragraph, set in "$$". Other scripts stay out.
TEST(TitleGaps, TexScriptIsTheFormula) {
  auto r = Extract(
      "<html><head><title>Notes on least squares</title></head><body><article><h1>Notes on least squares</h1>"
      "<p>We minimise the loss <script type=\"math/tex\">L(\\beta) = \\|y - X\\beta\\|^2</script> over all "
      "coefficient vectors, which gives the normal equations after setting the gradient to zero.</p><script "
      "type=\"math/tex; mode=display\">X^T X \\beta = X^T y</script><p>When <script type=\"math/tex\">X^T X"
      "</script> is invertible the solution is unique, as every statistics package prints it.</p><script>var "
      "tracker = 'not the text';</script></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("the loss $L(\\beta) = \\|y - X\\beta\\|^2$ over all"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("\n\n$$X^T X \\beta = X^T y$$\n\n"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("When $X^T X$ is invertible"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("tracker"), std::string::npos) << r->text;
}

// A pretty-printed formula (white space around each token, as a saved
// page's serializer writes it) reads as drawn: MathML trims its tokens and
// draws no space between its elements; a no-break space in <mtext> is the
// formula's own.
TEST(TitleGaps, PrettyPrintedMathMlJoinsItsTokens) {
  auto r = Extract(
      "<html><head><title>Hermitian matrix</title></head><body><article><h1>Hermitian matrix</h1><p>A matrix is "
      "Hermitian when\n  <math>\n    <mrow>\n      <msub>\n        <mi>\n          a\n        </mi>\n        "
      "<mrow>\n          <mi>i</mi>\n          <mi>j</mi>\n        </mrow>\n      </msub>\n      <mo>\n        =\n"
      "      </mo>\n      <msub><mi>a</mi><mrow><mi>j</mi><mi>i</mi></mrow></msub>\n      <mtext>\n        "
      "&nbsp;for all\n      </mtext>\n    </mrow>\n  </math>\n  entries, which is the complex extension of a "
      "symmetric matrix.</p><p>Hermitian matrices appear throughout quantum mechanics, where observables are "
      "represented by them.</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Hermitian when aij=aji for all entries, which"), std::string::npos) << r->text;
  EXPECT_NE(ToMarkdown(*r).find("a<sub>ij</sub>=a<sub>ji</sub>"), std::string::npos) << ToMarkdown(*r);
}

// MediaWiki's formulas: the MathML hidden for screen readers
// (style="display: none") beside the image that draws the formula is the
// formula's words, so the sentence has no hole ("where the variable
// represents"); the image's TeX alt text stays out. An exponent is a
// superscript in Markdown.
TEST(TitleGaps, HiddenMathMlBesideItsImageIsTheFormula) {
  auto formula = [](const std::string& mathml, const std::string& tex) {
    return "<span class=\"mwe-math-element\"><span class=\"mwe-math-mathml-inline mwe-math-mathml-a11y\" "
           "style=\"display: none;\"><math alttext=\"{\\displaystyle " +
           tex + "}\"><semantics><mrow>" + mathml +
           "</mrow><annotation encoding=\"application/x-tex\">{\\displaystyle " + tex +
           "}</annotation></semantics></math></span><img src=\"/render/svg/1\" "
           "class=\"mwe-math-fallback-image-inline\" aria-hidden=\"true\" alt=\"{\\displaystyle " +
           tex + "}\"></span>";
  };
  const std::string page =
      "<html lang=en><head><title>Quadratic equation - Wikipedia</title></head><body><div "
      "class=\"mw-parser-output\"><h1>Quadratic equation</h1><p>In mathematics, a quadratic equation can be "
      "rearranged in standard form as " +
      formula("<mi>a</mi><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mi>b</mi><mi>x</mi><mo>+</mo><mi>c</mi>"
              "<mo>=</mo><mn>0</mn>",
              "ax^{2}+bx+c=0") +
      ", where the variable " + formula("<mi>x</mi>", "x") +
      " represents an unknown number and the coefficients are known numbers.</p><p>The numbers are the "
      "coefficients of the equation, called the quadratic, the linear and the constant coefficient.</p>"
      "<p>A note <span style=\"display:none\">hidden words stay hidden</span> ends here with a few more "
      "words.</p></div></body></html>";
  auto r = Extract(page);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("standard form as ax2+bx+c=0, where the variable x represents"), std::string::npos)
      << r->text;
  EXPECT_EQ(r->text.find("displaystyle"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("hidden words"), std::string::npos) << r->text;
  EXPECT_NE(ToMarkdown(*r).find("ax<sup>2</sup>+bx+c=0"), std::string::npos) << ToMarkdown(*r);
}

// HTML deep in a drawing's groups is found, and the groups on the way to
// it are kept without another scan (each one marked once).
TEST(TitleGaps, HtmlDeepInSvgGroupsIsContent) {
  std::string svg = "<svg>";
  for (int i = 0; i < 60; ++i) svg += "<g><path d='M0 0'/>";
  svg += "<foreignObject><p>The label set deep inside the chart's groups says what the bars measure in "
         "each region.</p></foreignObject>";
  for (int i = 0; i < 60; ++i) svg += "</g>";
  svg += "</svg>";
  auto r = Extract("<html><head><title>Rainfall by region</title></head><body><article><h1>Rainfall by "
                   "region</h1><p>Rainfall rose in the north and fell in the south over the last decade, the "
                   "weather service's yearly report shows.</p>" +
                   svg + "<p>The report's tables list each station's monthly totals since records began in the "
                         "region.</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("The label set deep inside"), std::string::npos) << r->text;
}

// Words set straight inside an SVG <foreignObject>, in no HTML element,
// are laid out as HTML text is: content (hostile37: they were dropped with
// the drawing unless an HTML element stood beside them). A MathML
// formula's own text is the sentence's.
TEST(TitleGaps, PlainWordsInAForeignObjectAreContent) {
  auto r = Extract(
      "<html><head><title>Rainfall by region</title></head><body><article><h1>Rainfall by region</h1><p>Rainfall "
      "rose in the north and fell in the south over the last decade, the weather service's yearly report shows."
      "</p><svg viewBox='0 0 400 200'><text x=1 y=2>Axis north</text><g><foreignObject width=400 height=200>"
      "The northern stations measured a third more rain than the decade before.</foreignObject></g></svg><p>The "
      "report's tables list each station's monthly totals <math><mi>mm</mi><mo>/</mo><mtext>month</mtext></math> "
      "since records began in the region.</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("The northern stations measured a third more rain"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Axis north"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("monthly totals mm/month since"), std::string::npos) << r->text;
}

// HTML set deep in foreign content is content at any depth (hostile40: the
// search read 2,048 nodes, so a paragraph under 5,000 nested
// <svg><foreignObject>, or below a drawing of 3,000 shapes, was dropped
// with the drawing); the drawing's own labels still go.
TEST(TitleGaps, HtmlDeepInForeignContentIsKept) {
  const std::string lead =
      "<html><body><article><p>Rainfall rose in the north and fell in the south over the last decade, the "
      "weather service's yearly report shows.</p>";
  const std::string para = "<p>The northern stations measured a third more rain than the decade before.</p>";
  std::string deep = lead;
  for (int i = 0; i < 5000; ++i) deep += "<svg><foreignObject>";
  deep += para + "</article></body></html>";
  std::string wide = lead + "<svg viewBox='0 0 400 200'>";
  for (int i = 0; i < 3000; ++i) wide += "<rect x=1 y=2></rect>";
  wide += "<text>Axis north</text><g><foreignObject width=400 height=200>" + para + "</foreignObject></g></svg>" +
          "</article></body></html>";
  for (const std::string& page : {deep, wide}) {
    auto r = Extract(page);
    ASSERT_TRUE(r.ok());
    EXPECT_NE(r->text.find("The northern stations measured a third more rain"), std::string::npos) << r->text;
    EXPECT_EQ(r->text.find("Axis north"), std::string::npos) << r->text;
  }
}

}  // namespace
}  // namespace lede
