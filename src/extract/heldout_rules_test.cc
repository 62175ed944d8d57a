// The rules of held-out rounds 39 to 43 (tests/heldout39_test.cc to
// tests/heldout43_test.cc), each on a small page or line of its own: a news
// CMS's paywall preview, fact box, sign-up box and photo credits, the
// Turkish, Brazilian and Indonesian papers' furniture, a shop's krona
// prices, a generated API reference's class names, skip links and an
// affiliate notice.
#include <gtest/gtest.h>

#include <string>

#include "extract/metadata.h"
#include "extract/vocabulary.h"
#include "extract/rules_test_util.h"
#include "lede/lede.h"

namespace lede {
namespace {


using rules_test::ExtractPage;
using rules_test::kProse;

std::string Story(const std::string& head, const std::string& body) {
  return "<html lang=en><head><title>Pool closes</title><meta property=og:type content=article>" + head +
         "</head><body><article><h1>Pool closes</h1>" + body + "</article></body></html>";
}

// TownNews BLOX shows a story's first paragraph in "subscriber-preview"
// before the paywall: the story's text, as "subscriber-only" is.
TEST(HeldoutRules, SubscriberPreviewIsTheStory) {
  const Article a = ExtractPage(Story(
      "", "<div class=asset-body><div class=subscriber-preview><p>The board voted six to one on Monday night to close "
          "the old pool at the end of the season, after forty years.</p></div><div class=subscriber-only>" +
              std::string(kProse) + "</div></div>"));
  EXPECT_NE(a.text.find("voted six to one"), std::string::npos) << a.text;
  EXPECT_FALSE(ClassifyClassId("subscriber-preview", "") & kHintBoilerplate) << "a paywall's preview";
}

// A picture's credit inside its caption: a byline-classed line (BLOX's
// "tnt-byline"), or a data attribute (Gannett's "data-c-credit").
TEST(HeldoutRules, CaptionBylineAndDataCreditAreTheCredit) {
  Article a = ExtractPage(Story(
      "<meta property=og:image content=https://x.test/pool.jpg>",
      "<figure><img src=https://x.test/pool.jpg alt=pool><figcaption><p>Swimmers at the old pool.</p><span "
      "class=tnt-byline>Ben Ochoa, Ledger</span></figcaption></figure>" + std::string(kProse)));
  EXPECT_EQ(a.image.credit.value_or(""), "Ben Ochoa, Ledger");
  EXPECT_EQ(a.image.caption.value_or(""), "Swimmers at the old pool.");
  a = ExtractPage(Story("<meta property=og:image content=https://x.test/pool.jpg>",
                        "<figure><img src=https://x.test/pool.jpg alt=pool><figcaption data-c-credit=\"Sofia Ortega/"
                        "Herald\"><div>Swimmers at the old pool.<span class=gnt_em_cp_c>Sofia Ortega/Herald</span>"
                        "</div></figcaption></figure>" + std::string(kProse)));
  EXPECT_EQ(a.image.credit.value_or(""), "Sofia Ortega/Herald");
  EXPECT_EQ(a.image.caption.value_or(""), "Swimmers at the old pool.");
}

// A caption-classed box beside the lead picture and in no <figure>
// captions it, and an agency's credit in parentheses closing it is the
// credit.
TEST(HeldoutRules, CaptionBesideTheLeadPicture) {
  const Article a = ExtractPage(Story(
      "<meta property=og:image content=https://x.test/crops/raft.jpg>",
      "<div class=photo><div class=photo__wrap><img src=https://x.test/crops/raft.jpg alt=raft></div><div "
      "class=photo__caption>Pupils cross the river on a bamboo raft, Thursday (4/12/2025).(KABAR.ID/RINA DEWI)"
      "</div></div>" + std::string(kProse)));
  EXPECT_EQ(a.image.caption.value_or(""), "Pupils cross the river on a bamboo raft, Thursday (4/12/2025).");
  EXPECT_EQ(a.image.credit.value_or(""), "KABAR.ID/RINA DEWI");
}

TEST(HeldoutRules, CaptionCreditForms) {
  std::string_view head, credit;
  ASSERT_TRUE(SplitCaptionCredit("Telhado destru\xC3\xAD" "do pelo granizo \xE2\x80\x94 Foto: Larissa Teixeira/Correio",
                                 &head, &credit));
  EXPECT_EQ(credit, "Larissa Teixeira/Correio");
  EXPECT_EQ(head, "Telhado destru\xC3\xAD" "do pelo granizo");
  ASSERT_TRUE(SplitCaptionCredit("Riders at the stop (ANTARA FOTO/Aditya Putra)", &head, &credit));
  EXPECT_EQ(credit, "ANTARA FOTO/Aditya Putra");
  EXPECT_FALSE(SplitCaptionCredit("The bridge fell on Monday (1/12/2025)", &head, &credit));
  EXPECT_FALSE(SplitCaptionCredit("Sales by region (north/south)", &head, &credit));
  EXPECT_FALSE(SplitCaptionCredit("A ward for patients (HIV/AIDS)", &head, &credit));
  EXPECT_FALSE(SplitCaptionCredit("Prices in the two currencies (USD/EUR)", &head, &credit));
  EXPECT_TRUE(IsAgencyCreditLine("Patrick Semansky, ASSOCIATED PRESS"));
  EXPECT_TRUE(IsAgencyCreditLine("Jane Roe, AFP"));
  EXPECT_FALSE(IsAgencyCreditLine("Sundar Pichai, CEO"));
  EXPECT_FALSE(IsAgencyCreditLine("Downtown Boise, ID"));
  EXPECT_FALSE(IsAgencyCreditLine("Riders at the stop, AP"  " Photo"));
  EXPECT_FALSE(HasCaptionWord("1 / 5"));
}

// An <aside> classed a fact box in a story is the story's.
TEST(HeldoutRules, FactBoxAsideStays) {
  const Article a = ExtractPage(Story(
      "", std::string(kProse) + "<aside class=element-factbox><h3>Facts: the pool</h3><ul><li>Built in 1974, last "
                                "renovated in 1996.</li><li>Has a 25-metre pool and a sauna.</li></ul></aside>" +
              kProse));
  EXPECT_NE(a.text.find("Has a 25-metre pool and a sauna."), std::string::npos) << a.text;
  EXPECT_TRUE(NamesFactBox("element-factbox"));
  EXPECT_TRUE(NamesFactBox("faktaruta"));
  EXPECT_FALSE(NamesFactBox("factory-tour"));
}

// A box around an e-mail field whose words promote a newsletter, with no
// class word that names it, goes under a story.
TEST(HeldoutRules, NewsletterSignUpBoxGoes) {
  const Article a = ExtractPage(Story(
      "", std::string(kProse) +
              "<div class=gnt_nl><h3>Get the Daily Briefing newsletter in your inbox.</h3><p>Start your morning "
              "with the top stories.</p><form><input type=email placeholder=Email><button>Sign Up</button></form>"
              "</div>"));
  EXPECT_EQ(a.text.find("Daily Briefing"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("carries on with the same subject"), std::string::npos) << a.text;
}

// A related label alone in its block box, over the list of links in the
// next box (Globo's "mc-column" blocks), goes with the list.
TEST(HeldoutRules, RelatedLabelInItsOwnBoxGoes) {
  const Article a = ExtractPage(Story(
      "", std::string(kProse) +
              "<div class=mc-column><p><strong>LEIA TAMB\xC3\x89M:</strong></p></div><div class=mc-column><ul><li>"
              "<a href=/a>Temporal derruba 30 \xC3\xA1rvores na cidade</a></li><li><a href=/b>Inmet emite alerta de "
              "chuvas fortes</a></li></ul></div>" + kProse));
  EXPECT_EQ(a.text.find("LEIA"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("Temporal derruba"), std::string::npos) << a.text;
}

TEST(Vocabulary, Round40NewsFurniture) {
  EXPECT_TRUE(IsBoilerplateLine("Haberin Devam\xC4\xB1"));
  EXPECT_TRUE(StartsWithRelatedCue("\xC4\xB0LG\xC4\xB0L\xC4\xB0 HABER Eski\xC5\x9F" "ehir'de zam"));
  EXPECT_TRUE(IsChannelInviteLine("\xF0\x9F\x93\xB2 Participe do canal do Correio do Vale no WhatsApp"));
  EXPECT_TRUE(IsChannelInviteLine("Join our Telegram channel for the day's headlines"));
  EXPECT_FALSE(IsChannelInviteLine("Following the outage, the WhatsApp channel of the ministry stayed silent."));
  EXPECT_FALSE(IsChannelInviteLine("Join us on Saturday at the town hall"));
  EXPECT_FALSE(IsChannelInviteLine("Entre os grupos de WhatsApp investigados pela PF est\xC3\xA3o dois canais"));
  EXPECT_FALSE(IsChannelInviteLine("Sigue la pol\xC3\xA9mica por el grupo de WhatsApp del ayuntamiento"));
  EXPECT_TRUE(IsChannelInviteLine("\xC3\x9Anete a nuestro canal de WhatsApp"));
}

// Round 47's: credits after the Arabic-script semicolon and the Devanagari
// full stop, with their cues; the Hindi, Swahili and Ukrainian pointers;
// the typo-report prompt.
TEST(Vocabulary, Round47NewsInMoreScripts) {
  std::string_view head, credit;
  ASSERT_TRUE(SplitCaptionCredit("\xD8\xA8\xD8\xA7\xD8\xB2\xD8\xA7\xD8\xB1\xD8\x9B \xD8\xB9\xDA\xA9\xD8\xB3: "
                                 "\xD9\x85\xD9\x87\xD8\xAF\xDB\x8C",
                                 &head, &credit));
  EXPECT_EQ(credit, "\xD9\x85\xD9\x87\xD8\xAF\xDB\x8C");
  ASSERT_TRUE(SplitCaptionCredit("\xE0\xA4\x95\xE0\xA4\xA4\xE0\xA4\xBE\xE0\xA4\xB0\xE0\xA5\xA4 "
                                 "\xE0\xA4\xAB\xE0\xA5\x8B\xE0\xA4\x9F\xE0\xA5\x8B : Deepak",
                                 &head, &credit));
  EXPECT_EQ(credit, "Deepak");
  EXPECT_TRUE(StartsWithRelatedCue("Soma zaidi: Vijana Pemba wageukia kilimo cha mwani"));
  EXPECT_TRUE(StartsWithRelatedCue("\xD0\xA7\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 "
                                   "\xD1\x82\xD0\xB0\xD0\xBA\xD0\xBE\xD0\xB6: x"));
  EXPECT_TRUE(IsBoilerplateLine("Found a typo? Select it and press Ctrl+Enter"));
  EXPECT_FALSE(IsBoilerplateLine("Press Enter to continue"));
}

// Round 45's: shop shelves' headings in more languages.
TEST(Vocabulary, Round45ShelfHeadings) {
  EXPECT_TRUE(IsFurnitureHeading("Produits apparent\xC3\xA9s"));
  EXPECT_TRUE(IsFurnitureHeading("Komplettiere den Look"));
  EXPECT_TRUE(IsFurnitureHeading("Gerelateerde producten"));
  EXPECT_FALSE(IsFurnitureHeading("Produits d'entretien"));
}

// Rounds 44 and 46: wpForo by its body class, phpBB's "View topic" label
// in Polish, Arc XP's story cards by size.
TEST(Vocabulary, Round44And46Names) {
  EXPECT_TRUE(MentionsForumSoftware("page-template-default wpforo wpft-topic"));
  EXPECT_EQ(ViewTopicSubject("Forum Dzia\xC5\x82kowca \xE2\x80\xA2 Zobacz temat - Pomidory p\xC4\x99kaj\xC4\x85"),
            "Pomidory p\xC4\x99kaj\xC4\x85");
  EXPECT_FALSE(ClassifyClassId("b-large-promo", "") & kHintBoilerplate);
  EXPECT_TRUE(IsMemberStatLine("Inscrit : 12 avril 2021"));
  EXPECT_NE(ClassifyClassId("promo-banner", "") & (kHintBoilerplate | kHintWeakBoilerplate), 0u);
}

TEST(Vocabulary, Round39KronaPrices) {
  EXPECT_TRUE(IsPriceText("269 kr"));
  EXPECT_TRUE(IsPriceText("kr 1 499,-"));
  EXPECT_TRUE(IsBarePriceLine("269 kr"));
  EXPECT_TRUE(IsPriceText("269\xC2\xA0kr"));
  EXPECT_FALSE(IsPriceText("Kapitel kr"));
  EXPECT_FALSE(IsPriceText("12 krabbor"));
}

TEST(Vocabulary, Round42And43Names) {
  EXPECT_FALSE(ClassifyClassId("tsd-comment tsd-typography", "") & kHintComments);
  EXPECT_FALSE(ClassifyClassId("tsd-signatures", "") & kHintPosterExtras);
  EXPECT_NE(ClassifyClassId("message-signature", "") & kHintPosterExtras, 0u);
  EXPECT_NE(ClassifyClassId("comment-list", "") & kHintComments, 0u);
  EXPECT_TRUE(IsBoilerplateLine("Zur Navigation springen"));
  EXPECT_TRUE(IsBoilerplateLine("Aller \xC3\xA0 la recherche"));
  EXPECT_TRUE(IsAffiliateDisclosureLine(
      "GearLoft is reader-supported. When you buy through links on our site, we may earn an affiliate commission."));
}

}  // namespace
}  // namespace lede
