// Held-out round 176: help-centre (knowledge-base) articles in English from
// seven help-desk platforms (tests/fixtures/heldout176/): a Zendesk Guide
// article in the Copenhagen theme, an Intercom Articles page of the Next.js
// help centre, a Freshdesk solution article on the classic support portal, a
// Help Scout Docs article, a Document360 knowledge-base article, a HubSpot
// knowledge-base article and a ServiceNow Service Portal (CSM) knowledge
// article. Each tells a customer how to do one thing (reset a forgotten
// password, export event data to CSV, connect a receipt printer, set up
// two-factor authentication, add a team member, cancel a meal-kit
// subscription, change a billing address) with numbered steps, note, tip and
// warning callouts, a short table, bulleted lists and a screenshot with alt
// text. Each page was written by hand in its platform's own server-rendered
// markup (head metadata, Open Graph and Twitter tags, canonical links, the
// JSON-LD the platform prints where it prints one, the configuration and
// state scripts it embeds, skip links, headers with logos, menus, sign-in
// links and search, breadcrumbs, section sidebars listing other articles,
// vote and feedback widgets with their counts, related and recently viewed
// articles, contact boxes, chat-widget greetings, footers and cookie
// banners), with invented companies, products, people and text, and its rows
// set down from the page text alone before lede was run on the pages, by this
// round's policy: kept: the article's intro, every step, the notes, tips and
// warnings inside the article, its subheadings, the table cells and the
// closing paragraph; dropped: the help-centre headers, menus and search
// labels ("Search for articles...", "Search for answers", "How can we help
// you today?"), "Submit a request", "Sign in" and log-in links, skip links,
// category and section sidebars listing other articles, "Was this article
// helpful?" and its kin ("Did this answer your question?", "Did you find it
// helpful?", "Helpful?") with vote counts ("3 out of 5 found this helpful"),
// feedback forms and thank-you lines, "Related articles", "Recently viewed
// articles", "Most Viewed", previous-article links, "Still need help? Contact
// us" and "Create a case" boxes, chat-widget greetings, footers and cookie
// banners. Asserted neither way: breadcrumbs, "Updated", "Modified on:",
// "Last updated" and reading-time lines, authors' names and avatars, article
// numbers, view counts and star ratings (ServiceNow), Document360's "In this
// article" table of contents and its AI "Article summary" box, tags,
// attachment lists, print and follow buttons, and Intercom's subtitle under
// the title (the article's description, which a reader may take as a
// standfirst or as metadata); Document360's "Roles at a glance" is kept
// although its TOC repeats it. Bare "Yes" and "No" vote buttons are not
// asserted (words an article could use). Type and dates are not pinned, by
// this round's policy, though some pages print dates (Document360's JSON-LD
// and meta tags, Zendesk's <time>). The title is pinned where the article's
// h1 is plainly its title (Zendesk's h1.article-title, Help Scout's h1.title,
// Document360's h1.article-title, HubSpot's h1.kb-article__title,
// ServiceNow's h1.kb-title-header), not on Intercom, whose title is a
// <header> element and whose page has no h1, nor on Freshdesk, whose h1 is
// the portal's name in the banner and whose article title is an h2.heading
// with a "Print" link inside it.
//
// Pages: a Zendesk Guide article in the Copenhagen theme (html lang en-GB,
// <title> "title – Tallyport Help Centre", og tags, canonical and hreflang
// alternates, the csrf-token meta and the window.HelpCenter blob; the
// skip-navigation link, the logo, the user-nav "What's new in Tallyport /
// Service status / Submit a request" and "Sign in", the mobile menu; the
// sub-nav breadcrumbs "Tallyport Help Centre › Your account › Signing in and
// security" and the search form; the collapsible article-sidebar "Articles in
// this section" with six titles and "See more"; article#main-content with
// h1.article-title, the article-author avatar, name, <time> and "Updated",
// the "Follow" button; div.article-body with an intro <p>, h2s "Before you
// start" / "Request a reset link" / "Choose a new password" / "If the email
// doesn't arrive", a <ul>, an <ol> of three steps and an <ol start=4> of
// three, inline <strong> UI labels, an <img> with alt text, div.callout--note
// and div.callout--tip, a thead/tbody table of password rules and a closing
// <p>; the article-attachments list with a PDF, size and "Download"; the
// footer share links, article-votes "Was this article helpful?" with Yes / No
// buttons and "3 out of 5 found this helpful", "Have more questions? Submit a
// request", "Return to top", the article-relatives "Recently viewed articles"
// and "Related articles" lists, the comments block "0 comments / Article is
// closed for comments."; the footer with Terms of service / Privacy notice /
// Cookie policy / Careers at Tallyport, the company address line and the
// language selector; a custom cookie banner with two buttons and the
// ze-snippet web widget scripts); an Intercom Articles page (Next.js:
// html.__variable_*, next-head-count, the intercom:trackingEvent meta, og and
// twitter tags, canonical and hreflang; div#__next with the sr-only "Skip to
// main content", header#header with the logo, "Go to plumline.io", "Product
// changelog", "Log in to Plumline", the language select and the search form
// with its sr-only label "Search for articles..."; section#main-content with
// the breadcrumbs "All Collections › Exports and integrations › title", the
// title in a <header> element with the description <p> under it, the avatar
// block "Written by Noor Haddad" and "Updated over a week ago";
// div.article.intercom-force-break of intercom-interblocks-paragraph,
// -heading (h2), -ordered-nested-list and -unordered-nested-list blocks,
// empty no-margin spacer paragraphs, an -image block with alt text, two
// -callout blocks (Note, Tip) and an -table-container whose first row is a
// bold header row of <td>s; the reaction picker "Did this answer your
// question?" with three emoji buttons, the "Related Articles" section with
// four links; the footer with logo, a tagline, Status page / Security and
// compliance / Privacy policy / Plumline Community forum and social icons;
// the intercom-lightweight-app launcher with a preview greeting, the
// __NEXT_DATA__ JSON and the messenger loader); a Freshdesk solution article
// on the classic portal (<title> "title : Tillcraft Support", keywords, og
// and twitter tags, canonical and hreflang, the var portal blob;
// header.banner with the logo, the portal's h1 "Tillcraft Support",
// "Welcome", Login and Sign up; nav.page-tabs Home / Solutions / Forums; the
// help-center-sc with h2 "How can we help you today?", the search label and
// button, "New support ticket", "Check ticket status" and the phone number;
// section.fc-article-show with the breadcrumb "Solution home › Hardware ›
// Printers and cash drawers", the page-stamp, h2.heading with the title and a
// Print link, "Modified on: ..."; article#article-body with an intro, h3
// subheadings, a <th>/<td> table of connections, two <ol>s, an inline-styled
// "Important:" box and a "Tip:" box, a <ul> of checks, an <img> with alt
// text, <p><br></p> spacers and a closing <p>; "Attachments (1)"; the
// article-vote "Did you find it helpful?" Yes / No, the hidden "Send
// feedback" link and "Sorry we couldn't be helpful..." lead; the
// fc-related-articles sidebar "Related Articles" with four titles; the footer
// tabs, "Help Desk Software by Freshdesk", a cookie notice with "Read our
// cookie notice" and "Got it", and the Freshchat config and loader); a Help
// Scout Docs article (<title> "title - Quillnote Help", og and twitter tags,
// canonical, the launch stylesheet; header#mainNav with the brand logo, "Help
// Home", "Contact us" (Beacon), "Release notes" and "Back to Quillnote";
// section#main-content with article#fullArticle: h1.title, the printArticle
// icon, an intro <p>, section.callout-blue / callout-yellow / callout-red, h2
// and h3 subheadings, a <ul>, an <ol> of six steps with <strong> labels, an
// <img> with alt text, a table of situations and codes; div.articleRatings
// "Did this answer your question?" with its feedback and failure messages and
// Yes / No, section.articleFoot "Last updated on February 19, 2025";
// div#related "Related Articles" with four titles; aside#sidebar with the
// search form, "Categories" with six links and a "Still need help?" box with
// "Contact us"; the footer "© Quillnote 2025. Powered by Help Scout" and the
// Beacon scripts); a Document360 article (<base href>, og and twitter tags,
// article:published_time and modified_time, an Article and a BreadcrumbList
// JSON-LD, the d360Config blob; d360-root with a skip link, d360-header with
// the logo, Documentation / API reference / Webinars and training / Go to
// fernway.io, the search trigger "Search or ask a question", "Ask Eddy AI"
// and "Log in to Fernway"; d360-category-tree with a filter box and the
// category folders and article links; main#main-content with the breadcrumb,
// h1.article-title, "Updated on 12 Feb 2025", "3 Minutes to read", a
// contributor avatar, Share this / Print / Subscribe; the AI "Article
// summary" box with its own helpful question; article#articleContent
// div.content_block_text with an intro, h2s, a <ul>, an <ol> of six steps, an
// <img> with alt text, div.infoBox and div.warningBox, a three-column roles
// table and two closing <p>s; aside.article-toc "In this article"; tags;
// d360-article-feedback "Was this article helpful?" with Yes / No, the
// thank-you line and the hidden improvement form (reasons, "Character limit :
// 500", "Notify me about change", Cancel / Submit); the previous/next article
// navigation, "Related articles" with three titles; d360-footer with Product
// and Company columns, the copyright and "Knowledge base powered by
// Document360", and d360-cookie-consent with Accept / Decline); a HubSpot
// knowledge-base article (<title> the bare title, og and twitter tags,
// canonical, the HubSpot generator meta, a BreadcrumbList JSON-LD, hsVars;
// "Skip to content", the logo and the main menu "This week's recipes" with a
// submenu, "How it works", "Give a Brightcrate box", "My account"; the
// kb-search-header with "Brightcrate Help Centre" and the hs-search-field
// form with its label "Search for answers"; kb-breadcrumbs; aside.kb-sidebar
// with h3 "Pausing and cancelling" and five article links; article.kb-article
// with h1.kb-article__title, author and "Updated Feb 3, 2025"; the rich-text
// hs_cos_wrapper body with an intro, h2s, an hs-table-wrapper table whose
// header row is bold <td>s, an <ol> of five steps, an <img> with alt text,
// inline-styled Tip and Note boxes, a <ul> and a closing <p>; the kb-feedback
// "Was this article helpful?" Yes / No and "28 of 34 people found this
// helpful", the kb-contact-support box "Still need help? Contact us" with its
// hours and "Message customer care" inside the article element;
// kb-related-articles with three titles; the footer columns, the legal line;
// the hs-eu-cookie-confirmation banner with Accept / Decline, the analytics
// scripts and the hubspot-messages-iframe-container with a greeting bubble);
// a ServiceNow Service Portal knowledge article in its rendered DOM (html
// ng-app sn.$sp, <title> "title - Calderway Energy Customer Service", og and
// twitter tags, canonical, a TechArticle JSON-LD, the NOW.sp blob and g_ck;
// the skip link, the navbar with Knowledge / Get Help / My Cases / Power cuts
// and outages / "Log in to My Calderway"; the knowledge search "Search
// Knowledge" / "How can we help?"; the breadcrumb "Home › Knowledge Base ›
// Billing and payments › KB0010472"; the kb-article-view panel with
// h1.kb-title-header, the article number, version, "Last updated 6 days ago",
// "1,204 Views" and the star rating with "(38 ratings)"; div.kb_article with
// an intro, a one-cell table used as a Note box and another as a Warning box,
// h2s, an <ol> of four steps, an <img> with alt text, a What / When table, a
// <ul> and a closing <p>; "Attachments" with a PDF; the feedback panel
// "Helpful?" Yes / No, "31 of 38 people found this article helpful", "Rate
// this article" and "Flag article"; the col-md-3 sidebar "Most Viewed" and
// "Related Articles" list groups and a "Still need help?" panel with "Create
// a case"; the footer columns and legal line, a cookie-consent banner and the
// Virtual Agent launcher with its greeting).
//
// lede was then run on the pages. 6 of 7 rows passed as first written (3
// failed checks). Rule kept from this round: Help Scout's feedback box by
// its class ("articleRatings"). Also written from this round, though no row
// asserts it: an age rounded before its count ("Updated over a week ago",
// Intercom's), read as an age stamp. All rows pass as written.
//
// Rows by a helper, from the page text alone, before lede was run on the
// pages.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "heldout_check.h"
#include "lede/lede.h"
#include "test_util.h"

namespace lede {
namespace {

struct HelpArticlePage {
  const char* file;
  const char* language;   // Article::language
  const char* title;      // "" when not pinned
  const char* published;  // prefix of date_published; "" not pinned; "-" none
  const char* type;       // page_type, "" when not pinned
  std::vector<const char*> kept;
  std::vector<const char*> dropped;
};

void CheckHelpArticlePage(const HelpArticlePage& p) {
  const std::vector<std::string> no_authors;
  testing::CheckHeldoutPage("heldout176", p.file,
                            {p.language, p.title, no_authors, p.published, "", p.type, p.kept, p.dropped},
                            [&](const Article& a) {
                              EXPECT_EQ(a.text.find("\xEF\xBF\xBD"), std::string::npos) << p.file;
                            });
}

TEST(CmsHeldOut, EnglishHelpCentreRound176) {
  const HelpArticlePage pages[] = {
      {"zendesk-resetpassword-en.html", "en", "Resetting a forgotten password", "", "",
       {"you can set a new one yourself from the sign-in page in about two minutes.", "Before you start",
        "Check that messages from no-reply@tallyport.com aren't being held by your company's spam filter.",
        "reset the password with that provider instead, because Tallyport never stores it.", "Request a reset link",
        "Go to app.tallyport.com/login and click Forgot password? just below the password box.",
        "the page shows the same message whether or not the address belongs to a Tallyport account.",
        "Each reset link works only once.",
        "You're signed in straight away, and any other sessions on your phone or other computers are signed out.",
        "enter the six-digit code from your authenticator app to finish.", "Between 12 and 128 characters",
        "Must differ from your five previous passwords",
        "Set by your workspace owner; 90 days by default on the Enterprise plan", "If the email doesn't arrive",
        "Workspace owners can send a reset link on your behalf.",
        "Accounts that use single sign-on can only be unlocked by the administrator of your company's identity "
        "provider."},
       {"Skip to main content", "What's new in Tallyport", "Submit a request", "Sign in", "Articles in this section",
        "Changing the email address you sign in with", "Seeing and ending active sessions", "Was this article helpful?",
        "3 out of 5 found this helpful", "Have more questions?", "Return to top", "Recently viewed articles",
        "Related articles", "Locked out after too many sign-in attempts", "Registered in England and Wales",
        "We use cookies to remember your preferences"}},
      {"intercom-exportcsv-en.html", "en", "", "", "",
       {"You can export raw event data from any Plumline project as a CSV file", "Who can export data",
        "Exports are available to project Admins and Analysts on the Growth and Scale plans.",
        "Open the project and choose Events in the left-hand menu.", "A single export can cover at most 92 days.",
        "Click Export and pick CSV (comma), or CSV (semicolon) if your spreadsheet uses a comma as the decimal "
        "separator.",
        "Plumline builds the file in the background and emails you a download link when it's ready",
        "Download links expire after 7 days.", "What's in the file",
        "When the event happened, in UTC and ISO 8601 format",
        "The user's ID, or an anonymous ID for events before sign-up",
        "set up a scheduled export under Project settings instead.", "Remove that filter and run the export again.",
        "files are UTF-8, so import them with that encoding rather than double-clicking the file.",
        "Exports still marked Processing after 24 hours are cancelled automatically.",
        "because their events are removed from storage within 30 days of the deletion request."},
       {"Skip to main content", "Go to plumline.io", "Product changelog", "Log in to Plumline",
        "Search for articles...", "Did this answer your question?", "Related Articles", "Connect Plumline to BigQuery",
        "Schedule recurring exports to cloud storage", "Understanding monthly event limits",
        "Product analytics for teams who ship every week.", "Status page", "Security and compliance",
        "Plumline Community forum", "Our team replies in under 2 hours."}},
      {"freshdesk-receiptprinter-en.html", "en", "", "", "",
       {"Tillcraft works with most 80 mm thermal receipt printers that understand the ESC/POS command set",
        "Supported connections", "Tillcraft Register on Windows, and iPad with the Tillcraft USB-C hub",
        "Recommended for shops with two or more tills sharing one printer.",
        "Reliable up to about 10 metres, or through one interior wall.",
        "Switch the printer on and wait until the green status light stops flashing.",
        "If it isn't listed, unplug the cable for five seconds and plug it back in.",
        "A short receipt with your shop name, the date and a row of test characters should come out within a few "
        "seconds.",
        "Connect a printer over your network", "It prints a page of network settings; note the IP address shown on it.",
        "Type the IP address, leave the port set to 9100 and tap Connect, then print a test page as described above.",
        "Give the printer a fixed IP address in your router's settings.",
        "The shiny side of thermal paper has to face the print head.",
        "needs its cable in the port marked DK, not in the network port, which looks very similar.",
        "Keep a spare roll next to the till.",
        "we'll check it against our list of tested printers within one working day."},
       {"How can we help you today?", "Enter your search term here...", "New support ticket", "Check ticket status",
        "1-800-555-0143", "Did you find it helpful?",
        "Sorry we couldn't be helpful. Help us improve this article with your feedback.", "Send feedback",
        "Related Articles", "Setting up a cash drawer", "Printing kitchen tickets on a second printer",
        "Adding your logo to printed receipts", "Help Desk Software",
        "Tillcraft Support uses cookies to keep you signed in", "Read our cookie notice"}},
      {"helpscout-twofactor-en.html", "en", "Setting up two-factor authentication", "", "",
       {"Two-factor authentication (2FA) adds a second step to signing in to Quillnote.",
        "is included in every Quillnote plan, including the free Starter plan", "What you'll need",
        "A phone with an authenticator app that supports time-based codes (TOTP).",
        "Open the Security tab and click Set up two-factor authentication.",
        "This confirms that it's really you making the change.",
        "click Enter key manually and type the 32-character key into the app instead.",
        "Codes change every 30 seconds, so wait for a fresh one if the timer is nearly out.",
        "Each backup code works only once.", "Signing in with two-factor authentication",
        "and you'll only be asked again after 30 days, or when you sign out or clear your browser's cookies.",
        "One of your backup codes, then set up 2FA again on the new phone", "recovery takes up to 3 business days",
        "Scan the new QR code with the new phone before you wipe the old one.",
        "Your existing backup codes are deleted when 2FA is turned off.",
        "Team admins can require two-factor authentication for everyone in a workspace."},
       {"Help Home", "Contact us", "Release notes", "Back to Quillnote", "Did this answer your question?",
        "Thanks for the feedback", "There was a problem submitting your feedback.", "Related Articles",
        "Signing in on a new device", "Requiring 2FA for your whole workspace", "Reviewing recent sign-in activity",
        "Syncing and Offline Use", "Importing from Other Apps", "Still need help?",
        "Our support team answers within one working day", "Powered by"}},
      {"document360-addmember-en.html", "en", "Add a team member to your workspace", "", "",
       {"Workspace owners and admins can invite colleagues to Fernway by email.",
        "Only owners and admins see the Invite members button.",
        "The Team plan includes 10 seats and the Business plan includes 50; you can buy extra seats in blocks of five.",
        "Guests don't use a seat, but they only see the projects they're invited to and can't create new projects.",
        "Click the gear icon at the top right of any page and select Members.",
        "You can paste up to 50 addresses at once from a spreadsheet.", "so invite admins and guests separately.",
        "Add a short personal message if you like, then click Send invitations.", "Invitations expire after 14 days.",
        "Roles at a glance", "Everything, including billing and deleting the workspace",
        "View and comment in the projects they're invited to",
        "On monthly plans the extra seat is charged pro rata on your next invoice.",
        "Invitations to addresses outside your verified domains are blocked unless an admin has turned on Allow "
        "external members.",
        "The change takes effect the next time they load a page", "A workspace always keeps exactly one owner."},
       {"API reference", "Webinars and training", "Search or ask a question", "Ask Eddy AI", "Log in to Fernway",
        "Importing tasks from a spreadsheet", "Transfer workspace ownership", "Was this article helpful?",
        "Thank you for your feedback! Our team will get back to you", "How can we improve this article?",
        "Inaccurate or irrelevant content", "Notify me about change", "Previous article",
        "Buying extra seats in blocks of five", "Knowledge base powered by Document360",
        "This website uses cookies to improve your browsing experience"}},
      {"hubspot-cancelsubscription-en.html", "en", "How do I cancel my subscription?", "", "",
       {"You can cancel your Brightcrate meal-kit subscription at any time from your account, without phoning us.",
        "Check your cutoff date first", "five days before the box leaves our kitchen in Livingston.",
        "Cutoff for changes", "Wednesday before, 11:59 pm", "Open the Plan tab and scroll to the bottom of the page.",
        "We'll offer you a pause instead; click No thanks, I still want to cancel to carry on.",
        "This helps our recipe team and doesn't change anything about your cancellation.",
        "if it doesn't, the cancellation hasn't gone through.", "Cancel in the app",
        "The app needs to be version 6.2 or later to show the cancellation screen.",
        "You can pause for up to 8 weeks, and your saved recipes, credits and delivery address stay exactly as they "
        "are.",
        "Unused referral credit stays on your account for 12 months and is used automatically if you come back.",
        "Introductory discounts end when you cancel and can't be used a second time if you restart later.",
        "cancel through your employer's benefits portal instead.",
        "We keep your previous box size and dietary preferences for 12 months after you cancel."},
       {"Skip to content", "This week's recipes", "Give a Brightcrate box", "Search for answers",
        "How do I skip a delivery?", "Pausing your plan for a few weeks", "Restarting after cancelling",
        "Was this article helpful?", "28 of 34 people found this helpful", "Still need help? Contact us",
        "Our customer care team is here Monday to Saturday", "Related articles", "Why was I charged after cancelling?",
        "Meet our suppliers", "This website stores cookies on your computer.", "Chat with the Brightcrate team."}},
      {"servicenow-billingaddress-en.html", "en", "Change the billing address on your account", "", "",
       {"Your billing address is where we send paper bills and the address your payment card is registered to.",
        "Changing your billing address doesn't change where we supply energy.", "Change your address online",
        "Sign in to My Calderway and select Account details from the menu.",
        "Start typing your postcode and pick your address from the list.",
        "A green banner confirms the change, and we email you a confirmation within the hour.",
        "When the change takes effect",
        "From your next bill, if you change it at least 5 working days before the bill date",
        "Straight away; you may be asked for the card's security code once",
        "Nothing to do; your bank details and payment date stay the same",
        "call us on 0330 555 0187 between 8 am and 6 pm, Monday to Friday.",
        "It starts with CW and is printed at the top right of every bill.",
        "We will never ask for your full card number or your My Calderway password over the phone.",
        "Business accounts with more than one site can set a separate billing address for each site",
        "we can't send business bills to a PO box.",
        "the Edit button is switched off for security and you'll need to call us to make further changes."},
       {"Get Help", "My Cases", "Power cuts and outages", "Log in to My Calderway", "Helpful?",
        "31 of 38 people found this article helpful", "Rate this article", "Flag article", "Most Viewed",
        "Submitting a meter reading", "Telling us you're moving home", "Still need help?", "Create a case",
        "Priority Services Register", "We use essential cookies to make this site work",
        "I'm Ember, Calderway's virtual assistant."}},
  };
  for (const HelpArticlePage& p : pages) {
    SCOPED_TRACE(p.file);
    CheckHelpArticlePage(p);
  }
}

}  // namespace
}  // namespace lede
