// Held-out round 177: service pages in English, where a business describes
// one service it sells, on seven builders and CMSs
// (tests/fixtures/heldout177/): an accountancy firm's Self Assessment tax
// return page on WordPress with Elementor Pro, a dental clinic's implants
// page on WordPress with Divi, a SaaS company's "Automated invoicing"
// feature page on Webflow, an insurer's single trip travel insurance page on
// HubSpot CMS, a bank's fixed rate savings account page on Adobe Experience
// Manager, a broadband provider's full fibre plan page on Sitecore SXA and a
// cleaning company's end of tenancy cleaning page on Squarespace 7.1. Each
// page was written by hand in its platform's own server-rendered markup
// (head metadata, Open Graph, canonical links, the JSON-LD the platform or
// its SEO plugin prints, stylesheet links and config blobs, skip links, top
// bars, headers with mega-menus, search and account links, breadcrumbs, the
// service's content in the platform's own widgets for text, lists, steps,
// price and plan tables and FAQ accordions, and the chrome in and around it:
// rating strips and testimonials, promo teasers, other services' and
// cross-sell cards, blog teasers, newsletter forms, call-to-action bands,
// footers with addresses and regulator lines, cookie banners, chat and
// WhatsApp launchers and scripts), with invented businesses, people and
// text, and its rows set down from the page text alone before lede was run
// on the pages, by this round's policy: kept: the service's description
// paragraphs, its "what's included", eligibility and exclusion lists, its
// process steps, the cells of its price and plan tables (Elementor's
// price-table features, Divi's pricing-table items, a table in a Webflow
// embed, HubSpot's cover table, AEM's rate table and summary box,
// Sitecore's speed list and compare table, the descriptions of a
// Squarespace menu block), terms about the service (Sitecore's "Good to
// know" list, the cleaner's re-clean promise) and the FAQ's questions and
// answers, the last answer among them; dropped: top bars (phones, "Book a
// free consultation", "Request Appointment", "Pay Your Bill", segment and
// account links), mega-menus and their promo lines, announcement bars,
// site-wide ratings and reviews ("Rated 4.9 out of 5 from 312 Google
// reviews") even where they sit in the content column (HubSpot's review
// card beside the description), client-logo lines, promo teasers inside the
// content (AEM's switching offer), other services' and products' cards,
// blog teasers, newsletter boxes, site-wide call-to-action bands ("Ready to
// hand over the numbers?", "Not sure which plan is right for you?"),
// footers (addresses, hours, insurance and company lines, regulator text),
// cookie banners and chat launchers. Not asserted either way: breadcrumbs,
// the heroes' taglines and AEM's key-facts bullets under the h1, Webflow's
// hero lead, button labels inside the content ("Get started", "Apply now",
// "Check availability", "Get an instant price"), price amounts and the
// names of price tiers, small print (Elementor's VAT and priority-fee
// line, Divi's fine print, Webflow's "Prices and limits per workspace",
// HubSpot's "Limits are per person, per trip." and its dated policy line,
// AEM's dated rate footnote and its terms-and-PDF line, Sitecore's
// "24-month contract" price box and sticky order bar), HubSpot's policy
// documents list, image captions, and section headings that could be read
// as the page's furniture. Webflow's inactive tab panes are kept (a line of
// the "Wholesalers" pane): they are the service's own text, hidden only by
// the tab widget's classes. The type is not pinned. The title is pinned
// where the h1 is plainly the service's name (Elementor's "Self Assessment
// Tax Returns", Divi's "Dental Implants", HubSpot's "Single Trip Travel
// Insurance", AEM's "Fixed Rate Saver", Sitecore's "Full Fibre 900",
// Squarespace's "End of Tenancy Cleaning"; the <title>s add the business's
// name), not on Webflow, whose h1 is a slogan ("Get paid on time without
// chasing a single invoice") under a tag reading "Automated invoicing". The
// publication date is "-" on the Divi, Sitecore and Squarespace pages, which
// print no date in their meta or text (only cache-busting numbers, Sitecore
// media hashes and Squarespace's block ids); it is not pinned on the others,
// which carry a date somewhere: Yoast's WebPage datePublished and
// article:modified_time (Elementor), Webflow's "Last Published" comment,
// HubSpot's "Policy information correct as of 1 March 2025", and AEM's
// data-layer repo:modifyDate and "Rates effective from 3 March 2025".
//
// Pages: a WordPress 6.7 page built with Elementor 3.26 and Elementor Pro
// (html lang en-GB, the Yoast SEO block with canonical, og tags,
// article:modified_time and a yoast-schema-graph of WebPage, WebSite and
// Organization/AccountingService, the Elementor generator meta, post-N.css
// links; body.elementor-page with the "Skip to content" link; the Theme
// Builder header of flex containers (e-con) with an icon-list top bar "Call
// us: 01632 960 418" and the button "Book a free consultation", the site
// logo and the nav-menu widget whose Services mega-menu holds Personal Tax
// and Business Services columns; the wp-page document with the Yoast
// breadcrumb widget, the h1 heading widget and a tagline heading, two
// text-editor widgets (three paragraphs, one with <strong>, and a "Do you
// need to file a return?" list), an icon-list "What's included in our tax
// return service", four icon-box steps, three price-table widgets with
// headings, currency and integer-part spans, feature lists and "Get started"
// buttons, a small-print line and a "Behind with your returns?" section, the
// accordion widget with four elementor-tab-title / elementor-tab-content
// pairs, a "Rated 4.9 out of 5 from 312 Google reviews" heading with a
// testimonial widget, a "You might also need" posts widget of two service
// cards; the footer document with a call-to-action widget, the address, a
// "Useful links" icon list, the "Get our monthly tax tips" form, the
// company and ICAEW audit-registration line and "Website by Northstack
// Digital"; the Joinchat WhatsApp box, the CookieYes cky-consent-container
// and scripts with elementorFrontendConfig); a WordPress page on the Divi
// 4.27 theme (html lang en-US, a Dentist JSON-LD with opening hours, og
// tags, et-cache links; #page-container with #top-header (#et-info phone and
// email, #et-secondary-nav New Patients / Patient Forms / Pay Your Bill /
// Request Appointment), #main-header with the logo and #top-menu whose
// Services li.mega-menu has General Dentistry, Cosmetic Dentistry and
// Restorative columns, the et_top_search form; #main-content >
// article.page > .entry-content > .et-l with et_pb_section / et_pb_row /
// et_pb_column boxes: an et_pb_text hero with the h1 and a tagline and an
// et_pb_button, three intro paragraphs beside an et_pb_image, four
// et_pb_blurb cards of implant types, an et_pb_text with an <ol> of steps
// led by <strong> labels, an h3 "Are you a good candidate?" and a <ul>, an
// et_pb_pricing_tables module of three tables with et_pb_best_value lines,
// a fine-print line, four et_pb_toggle FAQs with h5 titles, a dark section
// with "Rated 4.9 stars on Google by 740+ patients" and an et_pb_testimonial,
// "Other services we offer" with three blurbs, and an et_pb_promo "New
// patients welcome!"; #main-footer with four footer-widget columns (Visit
// Us, Office Hours, Quick Links, Se Habla Español) and #footer-bottom with
// social icons and "Designed by Bright Molar Marketing"; the Complianz
// cookie banner "Manage Cookie Consent" and a "Text us!" widget); a Webflow
// page (the data-wf-domain/page/site attributes, the "Last Published"
// comment, the Webflow generator meta, a website-files shared CSS link,
// WebFont loader, the w-mod-js script, a SoftwareApplication JSON-LD and
// Finsweet cookie-consent script; a Client-First page-wrapper with an
// announcement bar, a w-nav navbar whose Product w-dropdown is a mega-menu
// of two columns of link titles and texts plus a webinar feature, Solutions
// and Resources dropdowns, Pricing, "Log in", "Book a demo" and "Start free
// trial"; main-wrapper sections: the hero with a tag "Automated invoicing",
// the slogan h1, a lead and buttons, a logo strip "Trusted by 4,000+ finance
// teams" of images, "How automated invoicing works" with three numbered
// steps, a w-layout-grid of six feature cards, a w-tabs block of three tab
// links and panes (only the first w--tab-active), a w-embed table "Which
// plans include automated invoicing" (Feature / Starter / Growth / Scale)
// with a note, a w-slider of two testimonials under "Rated 4.8 out of 5 by
// 1,200+ reviewers", a FAQ of four w-dropdown accordions whose answers sit
// in nav.w-dropdown-list, "Explore more of Tallyway" cards and a CTA
// "Ready to stop chasing payments?"; the footer with an about line, link
// lists, the "The Close" newsletter w-form with its done and fail messages
// and the legal row; the fs-cc banner, jQuery and webflow scripts, the
// Intercom loader and a "Questions? Chat with our team" launcher); a HubSpot
// CMS page (html lang en-gb, HubSpot jQuery, hsVars, template_assets and
// module_assets links, Product and FAQPage JSON-LD, the HubSpot generator
// meta; body-wrapper hs-site-page with the header partial
// (data-global-resource-path): "Skip to content", a utility list "Existing
// customer? Manage your policy / Make a claim / Help centre", the logo
// module, the menu module's Travel / Home / Pet submenus and an hs-cta
// "Get a quote"; main#main-content with dnd-section / dnd-column / dnd-row
// / dnd-module wrappers and hs_cos_wrapper modules: a product hero with a
// breadcrumb, the h1, a strapline and a CTA, a rich-text span8 column (the
// description, "What's included as standard" and "What isn't covered"
// lists) beside a span4 trust card "Rated 4.7 out of 5 from 9,800 customer
// reviews" with a quote, the cover table module (Cover / Essentials / Plus
// / Premier, th row headers), a rich-text module with optional extras led
// by <strong> labels, "Who can buy this policy" and an <ol> "How to get
// covered", an accordion module of four <details>, a policy-documents box
// with the dated small print, "You may also be interested in" product cards
// and "From the Travel Hub" blog links; the footer partial with the
// newsletter hs-form, footer links and the FCA line; the
// hs-eu-cookie-confirmation banner, a chat teaser and the HubSpot analytics
// scripts); an Adobe Experience Manager page on the Core Components (the
// template meta, a DepositAccount JSON-LD, etc.clientlibs links, the
// adobeDataLayer push with repo:modifyDate, the Launch script; body.page
// with a skip link, root responsivegrid and aem-Grid columns; the header
// experience fragment with a segment cmp-list Personal / Business / Private
// Banking, utilities "Help and support", "Find a branch" and "Log in", the
// logo cmp-image, a cmp-navigation of four level-0 items with level-1
// groups and the cmp-search form; the cmp-breadcrumb with BreadcrumbList
// microdata; main#main-content with the cmp-title h1, a strapline
// cmp-text, an "Apply now" cmp-button, a key-facts cmp-list, the
// description cmp-text, a cmp-teaser promo "Switch your current account and
// get £175" in the side column, a rate table with a screen-reader caption
// and a dated footnote, a cmp-text with "Who can open one", "Applying takes
// about 10 minutes" and "When your term ends", a summary-box table, a
// cmp-accordion of four items with cmp-accordion__title buttons and hidden
// panels, a terms-and-PDFs line and a "Compare our other savings accounts"
// container of three teasers; the footer experience fragment with Help /
// About Northvale / Legal lists and the PRA and FCA line; an "Ask Nova"
// assistant launcher, the OneTrust banner "Your cookie choices" and
// scripts); a Sitecore SXA page (a product JSON-LD, media-library CSS links
// with rev and hash, the VisitorIdentification script and a dataLayer push;
// body.default-device with #wrapper, header #header of component /
// component-content boxes: a plain-html skip link, link-list segment and
// utility links "Check your area / Help / Sign in to My Brightwire", the
// image logo, the navigation-main-horizontal component of level0 and level1
// li with navigation-title field-navigationtitle links (Broadband, TV,
// Mobile, Help), the search-box component; main #content with the
// breadcrumb navigation-title component, a product-hero container (title
// component with h1.field-title, a rich-text strapline and a price box with
// "Check availability"), a rich-text description, a plain-html speed <dl>,
// a promo trust strip "Rated 4.6 out of 5 by 18,240 customers", a
// rich-text "What's included" list, an installation container of four
// promo steps, a rich-text compare table, a "Good to know" list, the
// accordion component of four items (toggle-header field-heading and
// toggle-content), a "Make more of your broadband" container of three promo
// cards and a promo CTA band with the sales number; the footer link-lists
// Shop / Customer help / Legal and the company line; a sticky order bar, a
// chat button and the CybotCookiebotDialog); a Squarespace 7.1 page (the
// "This is Squarespace." comment, og and itemprop metas, the
// SQUARESPACE_CONTEXT blob, WebSite, Organization and LocalBusiness JSON-LD
// and the versioned site.css; body.sqs-seven-one with the header's
// announcement bar "New customers: 10% off your first clean with code
// SPARKLE10", the header-skip-link "Skip to Content", the header-nav-list
// with a Services header-nav-folder of five pages, "Call 020 7946 0815" and
// a "Get a Quote" button; main#page article.sections of page-section
// layout-engine sections of fluid-engine fe-blocks: an html-block hero with
// the h1 and a tagline and a button-block, the description html-block with
// <strong> and an image-block with a caption, "What's included" with h3
// Kitchen / Bathrooms / Every room and data-rte-list <ul>s of li > p, a
// menu-block "Fixed prices" of menu-item titles, prices and descriptions,
// "How it works" as an <ol>, the accordion-block of four
// accordion-item__title buttons and descriptions; a user-items-list section
// of reviews under "Rated 4.9 on Google from 1,100+ reviews", "Other
// cleaning services" as a summary-v2 carousel of two pages, a "From the
// blog" summary list and the newsletter-block "Cleaning tips, once a
// month"; the footer sections with the address, hours, insurance line,
// links, social icons and company number; the sqs-cookie-banner-v2 and a
// "Message us on WhatsApp" link).
//
// lede was then run on the pages. 1 of 7 rows passed as first written (17
// failed checks). No rule kept from this round: a service page is read
// widened, its sections kept as the WCXB annotators keep them. Left,
// unasserted: Elementor's FAQ questions (an <a> with no address inside the
// accordion's toggle, read as a link: read as text, it put FAQ questions
// back into two WCXB pages whose gold leaves them out, 0336 .945 -> .927,
// 4269 1.0 -> .991), Divi's other-services blurbs, Webflow's logo strip,
// rating line, testimonial and closing call to action, AEM's other-accounts
// teasers, two steps of Sitecore SXA's install steps (SXA's "promo"
// components, weak by their class), and Squarespace's rating line, other-
// services heading and summary block.
//
// Rows by a helper, from the page text alone, before lede was run on the pages.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "heldout_check.h"
#include "lede/lede.h"
#include "test_util.h"

namespace lede {
namespace {

struct ServicePage {
  const char* file;
  const char* language;   // Article::language
  const char* title;      // "" when not pinned
  const char* published;  // prefix of date_published; "" not pinned; "-" none
  const char* type;       // page_type, "" when not pinned
  std::vector<const char*> kept;
  std::vector<const char*> dropped;
};

void CheckServicePage(const ServicePage& p) {
  const std::vector<std::string> no_authors;
  testing::CheckHeldoutPage("heldout177", p.file,
                            {p.language, p.title, no_authors, p.published, "", p.type, p.kept, p.dropped},
                            [&](const Article& a) {
                              EXPECT_EQ(a.text.find("\xEF\xBF\xBD"), std::string::npos) << p.file;
                            });
}

TEST(CmsHeldOut, EnglishServicePageRound177) {
  const ServicePage pages[] = {
      {"wordpress-elementor-taxreturn-en.html", "en", "Self Assessment Tax Returns", "", "",
       {"HMRC expects a Self Assessment tax return from you every year.",
        "Our personal tax team in Harrogate files just over 1,400 returns a year",
        "reviewed by a second member of the team before it reaches you",
        "You were a partner in a business partnership",
        "You received rent from a property in the UK or abroad",
        "Preparation and online filing of your SA100 return and any supplementary pages",
        "Acting as your agent, so HMRC letters come to us as well as to you",
        "Send us your records",
        "We draft the return within 10 working days of receiving complete records",
        "Class 2 and Class 4 National Insurance worked out",
        "Jointly owned property split between owners",
        "A late return attracts an automatic £100 penalty",
        "we appeal the penalties on their behalf.",
        "You can pay by bank transfer or debit card, or set up a budget payment plan directly with HMRC."},
       {"Call us: 01632 960 418", "Book a free consultation", "Payroll & Auto Enrolment", "Business Services",
        "Rated 4.9 out of 5 from 312 Google reviews", "I haven't chased a deadline since", "You might also need",
        "Monthly bookkeeping in cloud software, reconciled and ready for your year end.",
        "Ready to hand over the numbers?", "Join more than 2,000 individuals and owner-managed businesses",
        "Get our monthly tax tips", "Careers at Pryce & Hallam", "Registered to carry on audit work in the UK",
        "Questions about your tax? We usually reply within the hour", "We value your privacy",
        "Website by Northstack Digital"}},
      {"wordpress-divi-implants-en.html", "en", "Dental Implants", "-", "",
       {"A dental implant is a small titanium post that takes the place of a missing tooth root.",
        "it also helps prevent the gradual shrinking of the jaw that follows tooth loss",
        "every step, from the 3D scan to the final crown, happens under one roof",
        "Two implants can anchor a bridge of three or four teeth without grinding down healthy neighbors.",
        "Four to six implants hold a fixed set of upper or lower teeth that you never take out at night.",
        "We take a cone-beam CT scan to measure bone height and map the nerves and sinuses",
        "Over three to six months the implant fuses with the bone.",
        "Most healthy adults who have lost a tooth can have an implant.",
        "Healthy gums, free of untreated periodontal disease",
        "Porcelain crown shade-matched to your teeth",
        "Zirconia bridge with a ten-year lab warranty",
        "Does getting an implant hurt?",
        "Crowns usually need replacing after 15 to 20 years because of normal wear.",
        "Our treatment coordinator requests a pre-authorization so you know your share before treatment begins.",
        "which shortens the whole treatment by several months."},
       {"Pay Your Bill", "Request Appointment", "Root Canal Therapy", "Porcelain Veneers", "Emergency Dentist",
        "Rated 4.9 stars on Google by 740+ patients", "made my kids feel at home", "New patients welcome!",
        "Book your first visit online in under two minutes.", "Saturday and Sunday: Closed",
        "Designed by Bright Molar Marketing", "Manage Cookie Consent", "Text us! We reply during office hours"}},
      {"webflow-automated-invoicing-en.html", "en", "", "", "",
       {"Most teams are sending their first automatic invoices within an afternoon.",
        "Tallyway reads deal values, billable hours and renewal dates every night in your company's time zone.",
        "who must approve invoices above a threshold you set, for example anything over $10,000.",
        "a polite reminder follows, then a firmer one at ten days, all written in your own tone.",
        "Bill weekly, monthly, quarterly or on a custom cycle, with proration when a customer upgrades mid-period.",
        "with VAT, GST and US sales tax calculated from each customer's billing address.",
        "Reminder emails stop the moment a payment lands, so customers who have already paid are never chased.",
        "Approved timesheets become draft invoices at the end of each billing period",
        "Shipped orders from your inventory system are invoiced the same evening",
        "Multi-level approvals",
        "2 reminder steps",
        "Via API, in real time",
        "Can customers pay straight from the invoice?",
        "keeping the numbering sequence intact for your auditors.",
        "Approval workflows and usage-based billing need the Growth or Scale plan."},
       {"New: Tallyway now connects to more than 40 payroll providers.", "Bill and chase on autopilot",
        "Webinar: closing the month in three days", "Distribution and wholesale", "Free invoice templates",
        "Book a demo", "Explore more of Tallyway",
        "See your cash position thirteen weeks ahead", "The Close: one email a month on finance operations",
        "SOC 2 Type II certified.",
        "We use cookies to remember your preferences", "Questions? Chat with our team"}},
      {"hubspot-single-trip-insurance-en.html", "en", "Single Trip Travel Insurance", "", "",
       {"Single trip cover protects one holiday or business trip of up to 94 days",
        "Every policy includes 24-hour emergency medical assistance from our own team in Bristol",
        "Missed departure because of a breakdown or accident on the way to the airport or port",
        "Lost, stolen or damaged belongings, passports and money",
        "Belongings left unattended in a public place or in an unlocked car",
        "Cancellation and cutting your trip short",
        "£20 for each 12 hours",
        "plus cover for hired equipment, lift passes and piste closure.",
        "have been registered with a GP here for at least six months",
        "Answer our medical questions, which take about five minutes for most people.",
        "When should I buy single trip insurance?",
        "Cancellation cover starts the day you buy the policy",
        "Many are covered at no extra cost or for a small additional premium.",
        "a report from the police or airline where one applies."},
       {"Existing customer? Manage your policy", "Backpacker and gap year", "Travel insurance for over 65s",
        "Buildings and contents", "Rated 4.7 out of 5 from 9,800 customer reviews", "they paid my claim within a week",
        "You may also be interested in", "Unlimited trips in a year, each up to 31 days, from one policy.",
        "Lifetime vet fee cover for cats and dogs from eight weeks old.", "From the Travel Hub",
        "Flight cancelled? Your rights and what to do next", "Get travel tips and member offers",
        "Modern slavery statement", "authorised and regulated by the Financial Conduct Authority",
        "We use cookies to run our quote journey", "Need help choosing cover? Chat with our UK team"}},
      {"aem-fixed-rate-saver-en.html", "en", "Fixed Rate Saver", "", "",
       {"A Fixed Rate Saver pays a guaranteed rate of interest for the whole term you choose",
        "After that the account is closed to further deposits and your money stays put until the term ends.",
        "which gives you a regular income from your savings.",
        "1 Year Fixed Rate Saver (Issue 48)",
        "3.98%",
        "You have a UK bank account in your name, so we can pay back your savings at the end of the term",
        "You can open it on your own or jointly with one other person",
        "We check your identity electronically, so most people don't need to send documents.",
        "We'll write to you 30 days before the end of your term with the rates on offer.",
        "No, the rate is fixed for the term you choose.",
        "Withdrawals and closure are not allowed before the end of the term, except in exceptional circumstances.",
        "Can I open more than one Fixed Rate Saver?",
        "some savers use to stagger when their money becomes available.",
        "Eligible deposits are protected by the Financial Services Compensation Scheme up to £85,000 per person",
        "we may allow early closure and charge a fee equal to 90 days' interest."},
       {"Private Banking", "Find a branch", "Premier Account", "How much could I borrow?",
        "Switch your current account and get £175",
        "Move your current account to Northvale with at least two Direct Debits", "Report fraud or a scam",
        "Our sustainability report", "Authorised by the Prudential Regulation Authority",
        "Ask Nova, our digital assistant", "We'd like to use optional cookies", "Reject optional cookies"}},
      {"sitecore-full-fibre-en.html", "en", "Full Fibre 900", "-", "",
       {"Full Fibre 900 runs on fibre-optic cable all the way into your home",
        "even at 8pm when the whole street is online.",
        "a 50GB game downloads in under eight minutes",
        "you can leave your contract without paying a penalty.",
        "Minimum guaranteed download speed",
        "Brightwire Hub 6 router with Wi-Fi 7, which reaches every room of a typical three-bedroom home",
        "Unlimited downloads with no traffic management, even at peak times",
        "Hub 6 with Wi-Fi 7 and booster disc",
        "we'll take Full Fibre 900 with you at no extra cost, as long as our network reaches your new address.",
        "Do I need a landline?",
        "add Digital Voice for £7 a month and keep your existing number.",
        "no wider than a pencil",
        "we'll give you a free battery back-up unit.",
        "with a one-off £60 connection charge."},
       {"Sign in to My Brightwire", "Check your area", "Broadband and TV deals", "Run a speed test", "SIM only deals",
        "Report a fault", "Rated 4.6 out of 5 by 18,240 customers", "Make more of your broadband",
        "Over 80 channels and four sports add-ons on one box", "You both get £50 credit when a friend joins",
        "Not sure which plan is right for you?", "Call our sales team free on 0808 157 0733",
        "Complaints code of practice", "Registered office: Unit 4, Calder Park, Wakefield WF2 7AW.",
        "Need a hand? Chat with us", "This website uses cookies"}},
      {"squarespace-end-of-tenancy-en.html", "en", "End of Tenancy Cleaning", "-", "",
       {"Moving out is stressful enough without spending your last weekend scrubbing an oven.",
        "follows the checklists that letting agents and inventory clerks actually use",
        "A two-bedroom flat usually takes five to six hours.",
        "we'll come back and put it right free of charge",
        "Fridge and freezer defrosted, cleaned and dried",
        "Tiles and grout scrubbed, with mould treated where possible",
        "Windows cleaned on the inside, including sills and frames",
        "Includes one bathroom and a separate kitchen or kitchen-living room.",
        "Covers stairs and landings, two bathrooms and a downstairs toilet.",
        "Pay a £50 deposit to secure your slot.",
        "ready for your check-out inspection.",
        "Do I need to be at the property during the clean?",
        "so your own cleaning kit can go in the removal van.",
        "Allow an extra hour for a furnished two-bedroom flat.",
        "A £15 travel charge applies to addresses in fare zones 5 and 6."},
       {"New customers: 10% off your first clean with code SPARKLE10", "Office and Commercial Cleaning",
        "Call 020 7946 0815", "Seven things inventory clerks always check",
        "Cleaning tips, once a month", "Seasonal checklists and subscriber-only offers.",
        "Monday to Saturday, 8am to 6pm", "Fully insured, with £5 million public liability cover.",
        "Join our cleaning team", "We use cookies to see how visitors find us", "Message us on WhatsApp"}}};
  for (const ServicePage& p : pages) {
    SCOPED_TRACE(p.file);
    CheckServicePage(p);
  }
}

}  // namespace
}  // namespace lede
