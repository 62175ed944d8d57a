// Held-out leftovers closed by general rules (content41): a script's hook
// class names no navigation, a shop's instalment line under the price is
// its terms of payment, a box for guests that leads only to the sign-up
// and log-in pages is account furniture, and so are a sign-in page's
// buttons for other accounts.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "extract/vocabulary.h"
#include "lede/lede.h"

namespace lede {
namespace {

TEST(HeldLeftovers, ScriptHookClassNamesNoNavigation) {
  // GitHub's keyboard-navigation hook on each row of an issue list.
  EXPECT_FALSE(ClassifyClassId("Box-row js-navigation-item js-issue-row", "") & kHintNavigation);
  EXPECT_FALSE(ClassifyClassId("js-navigation-container", "") & kHintNavigation);
  EXPECT_FALSE(ClassifyClassId("js_menu_target", "") & kHintNavigation);
  // A hook's link in a breadcrumb trail names no kicker ("Home").
  EXPECT_FALSE(ClassifyClassId("js-breadcrumbs css-ytumd6", "") & kHintKicker);
  // Its words still name furniture; the element's other names still count.
  EXPECT_TRUE(ClassifyClassId("js-share-bar", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("js-navigation-item main-nav", "") & kHintNavigation);
  // Not a hook: "json-menu", a word that starts so; a hook in an id.
  EXPECT_TRUE(ClassifyClassId("navigation-item", "") & kHintNavigation);
  EXPECT_TRUE(ClassifyClassId("", "js-navigation") & kHintNavigation);
}

// An issue list whose rows carry GitHub's hook class keeps its rows.
TEST(HeldLeftovers, IssueRowsUnderHookClassAreKept) {
  const std::string html =
      "<html><head><title>Issues</title></head><body><main><h1>Issues</h1><div class='js-navigation-container'>"
      "<div class='Box-row js-navigation-item'><a href='/i/1'>Compaction stalls when a column family has more "
      "than 512 SST files in one level</a> <span>#1532 opened Nov 20, 2025 by mvasquez</span></div>"
      "<div class='Box-row js-navigation-item'><a href='/i/2'>Document the recovery behaviour after a torn "
      "write to the write-ahead log</a> <span>#1529 opened Nov 18, 2025 by priyab</span></div></div></main>"
      "</body></html>";
  auto r = Extract(html, ExtractOptions{});
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Compaction stalls"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("torn write"), std::string::npos) << r->text;
}

TEST(HeldLeftovers, InstallmentLines) {
  EXPECT_TRUE(IsInstallmentLine("ou 3x de R$ 43,30 sem juros"));
  EXPECT_TRUE(IsInstallmentLine("12x of R$ 9.90 interest-free"));
  EXPECT_TRUE(IsInstallmentLine("em até 10 x R$ 12,99"));
  EXPECT_TRUE(IsInstallmentLine("or 4 interest-free payments of $12.25"));
  EXPECT_TRUE(IsInstallmentLine("6 cuotas sin interés de $ 1.250"));
  EXPECT_TRUE(IsInstallmentLine("3\xC3\x97 29,90 \xE2\x82\xAC"));  // 3× 29,90 €
  // A price, a pack's count, a size: no instalments.
  EXPECT_FALSE(IsInstallmentLine("R$ 129,90"));
  EXPECT_FALSE(IsInstallmentLine("Pack of 2 x AA batteries"));
  EXPECT_FALSE(IsInstallmentLine("Size 12 XL, $40"));
  EXPECT_FALSE(IsInstallmentLine("0x7f3a"));
  // A pack's count of a priced product is no count of payments.
  EXPECT_FALSE(IsInstallmentLine("Pack of 2 x AA batteries, $9.99"));
  EXPECT_FALSE(IsInstallmentLine("6 x 330 ml cans for $12.99"));
  EXPECT_FALSE(IsInstallmentLine("2x 500ml bottles \xE2\x80\x94 \xE2\x82\xAC 8,50"));
  EXPECT_TRUE(IsInstallmentLine("em 3x R$ 43,30"));
  EXPECT_TRUE(IsInstallmentLine("3x US$ 15.00"));
}

// On a product page the instalment line under the price goes; the price
// and the description stay.
TEST(HeldLeftovers, InstallmentLineOnProductPageIsLeftOut) {
  const std::string html =
      "<html><head><title>Moka pot</title><script type='application/ld+json'>{\"@context\":\"https://schema.org\","
      "\"@type\":\"Product\",\"name\":\"Moka pot\",\"offers\":{\"@type\":\"Offer\",\"price\":\"129.90\","
      "\"priceCurrency\":\"BRL\"}}</script></head><body><main><h1>Moka pot</h1><div class=price>R$ 129,90</div>"
      "<div class=parcelas>ou <span>3</span>x de <span>R$ 43,30</span> sem juros</div><p>A stovetop pot of cast "
      "aluminium that brews six small cups of strong coffee in about five minutes on gas or electric hobs.</p>"
      "<p>Rinse it with water only: soap strips the layer of oil that protects the metal.</p></main></body></html>";
  auto r = Extract(html, ExtractOptions{});
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("cast aluminium"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("sem juros"), std::string::npos) << r->text;
}

TEST(HeldLeftovers, AccountHrefs) {
  EXPECT_EQ(ClassifyAccountHref("/register/"), AccountHref::kSignUp);
  EXPECT_EQ(ClassifyAccountHref("ucp.php?mode=register"), AccountHref::kSignUp);
  EXPECT_EQ(ClassifyAccountHref("https://example.org/user/Sign-Up?next=/t/1"), AccountHref::kSignUp);
  EXPECT_EQ(ClassifyAccountHref("/join"), AccountHref::kSignUp);
  EXPECT_EQ(ClassifyAccountHref("index.php?login/"), AccountHref::kLogIn);
  EXPECT_EQ(ClassifyAccountHref("/account/sign-in"), AccountHref::kLogIn);
  // A word inside another word is none.
  EXPECT_EQ(ClassifyAccountHref("/blog/registered-nurses"), AccountHref::kNone);
  EXPECT_EQ(ClassifyAccountHref("/tags/joinery"), AccountHref::kNone);
  // "join" signs up as a part of the address of its own; a careers page
  // ("join us", "join our team") or an invitation to a meeting is none, and
  // nothing under a careers section is an account page.
  EXPECT_EQ(ClassifyAccountHref("/join/"), AccountHref::kSignUp);
  EXPECT_EQ(ClassifyAccountHref("https://example.org/join?ref=nav"), AccountHref::kSignUp);
  EXPECT_EQ(ClassifyAccountHref("/forum/join.php"), AccountHref::kSignUp);
  EXPECT_EQ(ClassifyAccountHref("/careers/join-us"), AccountHref::kNone);
  EXPECT_EQ(ClassifyAccountHref("/join-our-team/"), AccountHref::kNone);
  EXPECT_EQ(ClassifyAccountHref("/events/join_webinar"), AccountHref::kNone);
  EXPECT_EQ(ClassifyAccountHref("/careers/join"), AccountHref::kNone);
  EXPECT_EQ(ClassifyAccountHref("/jobs/register-interest"), AccountHref::kNone);
  EXPECT_EQ(ClassifyAccountHref("/thread/18842/"), AccountHref::kNone);
}

std::string Thread(const std::string& after) {
  return "<html><head><title>Valve drips after bleeding</title><script type='application/ld+json'>"
         "{\"@context\":\"https://schema.org\",\"@type\":\"DiscussionForumPosting\",\"headline\":\"Valve drips "
         "after bleeding\",\"author\":{\"@type\":\"Person\",\"name\":\"kalle\"}}</script></head><body><main>"
         "<h1>Valve drips after bleeding</h1><article class=post><p>Since I bled the radiators upstairs the "
         "thermostatic valve in the bathroom drips from the nut under its head every few minutes.</p></article>"
         "<article class=post><p>That is nearly always the gland seal: tighten the small hex nut under the pin by "
         "an eighth of a turn, no more, and it usually stops.</p></article>" +
         after + "</main></body></html>";
}

// A thread's box for guests, its links all to sign-up and log-in: left
// out in any language. A post's own link to sign up, alone, stays.
TEST(HeldLeftovers, GuestBoxOnThreadIsLeftOut) {
  auto r = Extract(Thread("<div class=section><p class=info>Jetzt mitmachen! Sie haben noch kein Benutzerkonto "
                          "auf unserer Seite? Registrieren Sie sich kostenlos und nehmen Sie an unserer Community "
                          "teil!</p><a class='button' href='/register/'>Benutzerkonto erstellen</a> <a "
                          "class=button href='/login/'>Anmelden</a></div>"),
                   ExtractOptions{});
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("gland seal"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Jetzt mitmachen"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Anmelden"), std::string::npos) << r->text;

  auto kept = Extract(Thread("<article class=post><p>Thanks, that did it. The local plumbers' club has a "
                             "spares swap every month, <a href='/join'>join here</a> if you need parts.</p>"
                             "</article>"),
                      ExtractOptions{});
  ASSERT_TRUE(kept.ok());
  EXPECT_NE(kept->text.find("spares swap"), std::string::npos) << kept->text;

  // A line that links to the careers page's "join us" and to log-in is no
  // box for guests: no link of it signs up.
  auto careers = Extract(Thread("<article class=post><p>Our workshop is hiring fitters: <a "
                                "href='/careers/join-us'>see the openings</a> or <a href='/login'>sign in</a> to "
                                "apply.</p></article>"),
                         ExtractOptions{});
  ASSERT_TRUE(careers.ok());
  EXPECT_NE(careers->text.find("hiring fitters"), std::string::npos) << careers->text;
}

// A sign-in page's buttons for other accounts are account furniture: a
// call and a provider, alone or several side by side (round 24's sign-in
// wall); a sentence that names a provider is not.
TEST(HeldLeftovers, SocialSignInButtons) {
  EXPECT_TRUE(IsBoilerplateLine("Continue with Google"));
  EXPECT_TRUE(IsBoilerplateLine("Continue with Google Continue with Microsoft"));
  EXPECT_TRUE(IsBoilerplateLine("Sign in with Apple  Sign up with email"));
  EXPECT_TRUE(IsBoilerplateLine("Continuer avec Facebook"));
  EXPECT_TRUE(IsBoilerplateLine("Anmelden mit Google"));
  EXPECT_FALSE(IsBoilerplateLine("Continue with Google Maps to plan the route"));
  EXPECT_FALSE(IsBoilerplateLine("Sign in with your library card"));
  EXPECT_FALSE(IsBoilerplateLine("Continue with"));
  // A how-to's section heading says the same words.
  EXPECT_FALSE(IsBoilerplateLine("Sign in with Google", /*heading=*/true));

  auto r = Extract("<html lang=en><body><main><h1>Sign in</h1><p>You need an account to read this report on "
                   "the harbour.</p><form><input type=password></form><div class=social><button>Continue with "
                   "Google</button> <button>Continue with Apple</button></div><div><a href='/g'>Sign in with "
                   "GitHub</a></div></main></body></html>",
                   ExtractOptions{});
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("report on the harbour"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Google"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("GitHub"), std::string::npos) << r->text;
}

// A list item that is a furniture line alone between cards or prose items
// goes (round 26's ad slot in a card grid); among items as short as it, a
// list's "Photo" and "Video" are its words.
TEST(HeldLeftovers, FurnitureLineItemBetweenCards) {
  auto r = Extract(
      "<html lang=en><body><main><h1>Episodes</h1><ul class=grid><li class=card><h2><a href=/1>Episode one "
      "of the show</a></h2><p>The first episode of the show tells how the garden on the roof began, with "
      "many words.</p></li><li><span>Advertisement</span></li><li class=card><h2><a href=/2>Episode two of "
      "the show</a></h2><p>The second episode of the show tells how the garden on the roof grew, with many "
      "words.</p></li></ul><p>We make three kinds of things for the clubs of the town and their members, "
      "all year round:</p><ul><li>Photo</li><li>Video</li><li>Sound</li></ul></main></body></html>",
      ExtractOptions{});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("Advertisement"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("garden on the roof grew"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Photo"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Video"), std::string::npos) << r->text;
}

// A card among its list's cards whose title opens with a bracketed ad
// marker is a paid placement (round 26's news front); a story titled so
// alone, and a title that only holds the word, stay.
TEST(HeldLeftovers, AdMarkedCardInList) {
  EXPECT_TRUE(OpensWithAdMarker("\xE3\x80\x90PR\xE3\x80\x91\xE5\x86\xAC"));  // 【PR】冬
  EXPECT_TRUE(OpensWithAdMarker("[Anzeige] Die besten Tarife"));
  EXPECT_TRUE(OpensWithAdMarker(" (Sponsored) Ten ways to save"));
  EXPECT_FALSE(OpensWithAdMarker("PR firms and the election"));
  EXPECT_FALSE(OpensWithAdMarker("[Update] The bridge reopens"));
  EXPECT_FALSE(OpensWithAdMarker("Ad [PR] later"));
  // "[PR]" in ASCII brackets is a personal record or a pull request.
  EXPECT_FALSE(OpensWithAdMarker("[PR] 5k in 19:58 this morning"));

  const std::string card = "<li><a href=/a/%d><h2>%s</h2><p>The council met on Tuesday and agreed the plan for "
                           "the harbour.</p></a></li>";
  std::string page = "<html lang=en><body><main><h1>Local news</h1><ul>";
  int n = 0;
  for (const char* t : {"The harbour plan is agreed", "[Sponsored] Ten ways to save on energy", "A new school opens"}) {
    char buf[512];
    std::snprintf(buf, sizeof buf, card.c_str(), ++n, t);
    page += buf;
  }
  page += "</ul></main></body></html>";
  auto r = Extract(page, ExtractOptions{});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("Ten ways to save"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("The harbour plan is agreed"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("A new school opens"), std::string::npos) << r->text;

  auto story = Extract("<html lang=en><body><article><h1>[Sponsored] Ten ways to save on energy</h1><p>Heating "
                       "takes the largest share of a household's energy bill, and a few changes cut it by a third "
                       "over a winter, as the advisers found.</p></article></body></html>",
                       ExtractOptions{});
  ASSERT_TRUE(story.ok());
  EXPECT_NE(story->text.find("Heating takes the largest share"), std::string::npos) << story->text;
}

}  // namespace
}  // namespace lede
