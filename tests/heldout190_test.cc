// Held-out round 190: documentation guide pages in English from seven doc
// generators and hosted doc platforms (tests/fixtures/heldout190/): an mdBook
// chapter of a SQL-migration linter's book on writing custom lint rules, a
// Jekyll how-to on the Just the Docs theme on rotating a feature-flag
// server's signing keys, a Nextra 2 page on caching the responses of an edge
// router, a Starlight guide on setting up a sensor gateway on a Raspberry Pi,
// a Mintlify quickstart for a shipping-label API, a ReadMe guide on resumable
// episode uploads to a podcast-hosting API and a Sphinx tutorial part on the
// Furo theme on writing a validation schema. Each page was written by hand in
// its generator's or platform's own server-rendered markup (head metadata,
// Open Graph tags, canonical links, the JSON-LD the Jekyll SEO tag prints,
// stylesheets, theme, config and analytics scripts, skip links, announcement
// banners, headers with logos, tabs and search boxes, sidebar navigation
// trees, breadcrumbs, on-this-page tables of contents, edit links, feedback
// widgets, previous and next links, last-updated lines, footers, a cookie
// notice and scripts), with invented projects, firms, people and text, and
// its rows set down from the page text alone, before lede ran on the pages,
// by this round's policy: kept: the page's prose paragraphs, headings inside
// the content, list items, table cells, callout, admonition and aside bodies
// (notes, tips, warnings, cautions, dangers), step texts and code block lines
// (shell, Rust, TOML, TypeScript, JavaScript, JSON, Python, CSV and console
// lines); dropped: the site header and top nav, the search box and its
// shortcut label ("CTRL K", "Ctrl K", "⌘K"), the sidebar navigation tree
// (entries that are not the page's own headings), the on-this-page title ("On
// this page", "On This Page", "Table of contents", "Table of Contents"),
// "Edit this page", "Edit page" and "Suggest edits" links, feedback widgets
// ("Was this page helpful?", "Did this page help you?", "Question? Give us
// feedback"), previous and next links with their labels and ReadMe's "What’s
// Next", "Last updated", "Page last modified" and "Updated 3 months ago"
// lines, announcement banners, "Powered by" and "Built with" lines, footers,
// copyright lines and the cookie notice. Left unasserted either way:
// copy-button labels, the tab labels of code tabs (pnpm / npm / yarn, npm /
// pip, Node.js / Python, cURL / Node), Expressive Code's "Terminal window"
// captions, breadcrumbs, the titles and one-line blurbs of Mintlify's two
// navigation cards, which only link elsewhere, callout, aside and admonition
// titles ("Note", "Tip", "Caution", "How often should I rotate?", "When to
// use this") and the emoji of Nextra's and ReadMe's callouts, Mintlify's step
// numbers, the code of ReadMe's second code tab, which the page prints but
// hides, the lead line under each title (Just the Docs' fs-6 paragraph,
// Mintlify's header description, ReadMe's excerpt), which repeats the meta
// description, and console output whose columns are aligned with runs of
// spaces that a text may keep or collapse. The type and the publication date
// are not pinned: a guide page states no publication date, and its "Last
// updated" stamps and ReadMe's updatedAt are modification dates. The title is
// pinned on all seven, each page's h1 being the page title alone (mdBook's h1
// in main, not its h1.menu-title with the book's name; Just the Docs' h1
// after its anchor link; Nextra's h1 under the breadcrumb; Starlight's
// h1#_top; Mintlify's h1#page-title; ReadMe's h1.heading-title; Furo's h1
// before its ¶ headerlink), where the <title> adds the site's or the book's
// name or nothing.
//
// Pages: an mdBook 0.4 chapter (html.light, <title> "chapter - The Quillmark
// Book", og tags and canonical from custom head HTML, a Plausible script; the
// path_to_root, localStorage, theme and sidebar scripts; nav#sidebar with
// ol.chapter entries numbered "1." to "8." in five chapters and a part-title
// "Appendices", spacers and the Introduction and Contributors affixes, the
// active entry "4.2. Writing Custom Lint Rules"; the menu-bar with the
// sidebar toggle, the theme-list popup Light / Rust / Coal / Navy / Ayu, the
// search toggle, h1.menu-title "The Quillmark Book", the print, Git
// repository and "Suggest an edit" icon links and the hidden searchbar form;
// div#content > main with the chapter's h1 and h2s as a.header links, pre >
// code.language-rust.noplayground and language-toml blocks, a blockquote
// note, a list and a table-wrapper table; the icon-only nav-wrapper and
// nav-wide-wrapper previous and next chapter arrows and the elasticlunr,
// searcher, clipboard, highlight and book scripts); a Jekyll 4 site on Just
// the Docs (html lang en-US, the Jekyll SEO tag block with its WebPage
// JSON-LD, the jtd-nav-activation style, gtag; the "Skip to main content"
// link, the svg symbol sprite with its titles, div.side-bar with the
// site-title "Tidewater Docs", the site-nav nav-list tree Home / Getting
// started / How-to guides / Concepts / Reference / Release history with
// nav-list-expander buttons and the site-footer "This site uses Just the
// Docs, a documentation theme for Jekyll."; the main-header search input and
// the aux-nav "Tidewater on GitHub" / "Community forum"; the breadcrumb-nav;
// main with the anchor-heading h1, the fs-6 lead, a details "Table of
// contents" with ol#markdown-toc, anchor-heading h2s, a list, a
// blockquote.note-title callout, a table-wrapper table, highlighter-rouge
// shell blocks and p.warning and p.important callouts; the footer "Back to
// top", "Copyright © 2023–2025 Tidewater contributors...", "Edit this page on
// GitHub" and "Page last modified: Mar 3 2025 at 10:12 AM."; and a
// #cookie-notice dialog "We use a single analytics cookie..." with "Allow
// analytics" / "No thanks"); a Nextra 2 docs page (Next.js pages router and
// its nx- utility classes, <title> "page – Kitewire", og tags, the theme
// script; the reach-skip-nav "Skip to content" link, the
// nextra-banner-container "🎉 Kitewire 3.0 is released. Read more →" with its
// dismiss button, the nextra-nav-container with the logo, the "Docs" link,
// the nextra-search input with its "CTRL K" kbd and the GitHub link;
// aside.nextra-sidebar-container with the menu Introduction / Installation /
// a Guides folder / a "More" separator / "Migrating from v2" and the theme
// and collapse buttons; nav.nextra-toc "On This Page" with "Question? Give us
// feedback →", "Edit this page on GitHub →" and "Scroll to top"; article >
// main with the nextra-breadcrumb Docs › Guides › page, the h1, paragraphs,
// h2s and an h3 with subheading anchors, Headless UI tabs pnpm / npm / yarn
// whose first panel holds a nextra-code-block and whose other panels are
// empty hidden spans, shiki span.line code blocks, three nextra-callout boxes
// (ℹ️, ⚠️, 🚫) and a list, then inside the same main "Last updated on February
// 18, 2025" and the previous and next links "Route Handlers" / "Streaming
// Responses"; the footer "MIT 2025 © Kitewire Labs. ..." and the
// __NEXT_DATA__ script); a Starlight 0.28 guide on Astro 4 (generator metas,
// og tags, the StarlightThemeProvider script and the theme-icons template;
// the "Skip to content" link, the header with the site-title "Brindle Docs",
// site-search's "Search" button with its Ctrl K kbd and dialog, social icons
// and the Dark / Light / Auto theme select; nav.sidebar with
// sl-sidebar-state-persist details groups Start here / Sensors / Gateways /
// Alerts / Reference; the right-sidebar starlight-toc "On this page";
// main[data-pagefind-body] with the sl-banner "Brindle Cloud is moving to a
// new EU region on 15 April. Read what changes for gateways.", the
// content-panel h1#_top and the sl-markdown-content with h2s, lists,
// starlight-aside tip / note / caution / danger boxes and an ol.sl-steps of
// four steps with Expressive Code terminal frames (ec-line divs, sr-only
// "Terminal window" captions, copy buttons with data-code), then the footer
// inside main with "Edit page", "Last updated: Jan 27, 2025", the
// pagination-links "Previous How gateways work" / "Next Run a gateway in
// Docker" and the "Built with Starlight" kudos); a Mintlify quickstart
// (Next.js app router, generator Mintlify, og and twitter tags, the dark-mode
// script; div#navbar with the #banner "Parcelwise now ships to Ireland and
// Belgium. See the rollout notes" and its dismiss button, the logo, the
// search-bar-entry "Search or ask..." with "Ctrl K", the links "Contact
// support" and "System status" and the "Open dashboard" button, the nav-tabs
// Guides / API Reference / SDK Libraries / Changelog; div#sidebar with the
// sidebar-group headers Get Started / Shipping / Tracking and their entries;
// the table-of-contents "On this page"; #content-area with the header's
// eyebrow "Get Started", h1#page-title and the description; div.mdx-content
// with span[data-as=p] paragraphs, a Steps list of four role=listitem steps
// with step-title and step-content parts, code-group tabs npm / pip and
// Node.js / Python that print the first tab's shiki code, a single
// code-block, warning / info / tip callouts, a "Next steps" h2 and a
// card-group of two cards; the feedback-toolbar "Was this page helpful?" Yes
// / No, "Suggest edits", "Raise issue" and the Introduction / Authentication
// pager; the footer's social links and "Powered by Mintlify" and the __next_f
// scripts); a ReadMe guide page (the hub's readme-* metas, og and twitter
// tags, the config data-json script and the customCss style; the rm-Header
// top bar with "Jump to Content", the logo, "Back to ferncast.fm", "API
// status" and "Log In", the bottom bar Guides / API Reference / Code Recipes
// / Changelog / Discussions and the rm-SearchToggle "Search" "⌘K" with its
// search modal; the rm-Sidebar sections Getting Started / Episodes /
// Analytics / Webhooks; article.rm-Article with the header's
// h1.heading-title, "Suggest Edits" and the excerpt, the rm-Markdown body
// with heading-anchor h2s and an h3, blockquote callouts callout_info 📘,
// callout_warn 🚧 and callout_okay 👍 with their callout-heading titles, an
// ordered list, CodeTabs cURL / Node with both tabs printed, cm-s-neo code in
// pre > code.rdmd-code and an rdmd-table table; the content-toc "Table of
// Contents"; "Updated 3 months ago", the NextSteps "What’s Next" list and the
// Rating "Did this page help you?" Yes / No; the rm-Footer with the custom
// copyright line, Terms of service / Privacy notice and "Powered by" the
// ReadMe logo; the ssr-props script); and a Sphinx 7.3 tutorial page on Furo
// 2024.05 served by Read the Docs (html.no-js with data-content_root, og
// tags, the Furo colour style, the readthedocs metas and addons script; the
// svg sprite with its titles, the visually-hidden overlay labels, "Skip to
// content", the announcement "Pipit 3.0 is in beta. Read what is changing and
// tell us what breaks."; the mobile-header brand "Pipit 2.3 documentation"
// and theme toggle; aside.sidebar-drawer with the sidebar-brand, the search
// form and the sidebar-tree captions Getting started / User guide / Reference
// over toctree-l1 and toctree-l2 entries with a toctree-checkbox toggle; the
// article-container's "Back to top", view and edit icons with visually-hidden
// labels; the article's section with h1 and h2s carrying ¶ headerlinks,
// docutils literal code, highlight-text, highlight-python and
// highlight-console literal blocks with pygments spans and console output,
// and note / tip / warning admonitions with their admonition-title; the
// footer's related-pages "Next Part 3: Reusing schemas" / "Previous Part 1:
// Checking a file", the bottom-of-page copyright, "Made with Sphinx and
// @pradyunsg's Furo" and "Last updated on Feb 09, 2025"; the toc-drawer "On
// this page" tree and the doctools, furo and copybutton scripts).
//
// lede was then run on the pages. 6 of 7 rows passed as first written (2
// failed checks). No rule kept from this round. Left, unasserted: Nextra's
// previous and next links at the foot of the page ("Route Handlers",
// "Streaming Responses"), two bare links in a row with no label but their
// arrows.
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

struct DocGuidePage {
  const char* file;
  const char* language;   // Article::language
  const char* title;      // "" when not pinned
  const char* published;  // prefix of date_published; "" not pinned; "-" none
  const char* type;       // page_type, "" when not pinned
  std::vector<const char*> kept;
  std::vector<const char*> dropped;
};

void CheckDocGuidePage(const DocGuidePage& p) {
  const std::vector<std::string> no_authors;
  testing::CheckHeldoutPage("heldout190", p.file,
                            {p.language, p.title, no_authors, p.published, "", p.type, p.kept, p.dropped},
                            [&](const Article& a) {
                              EXPECT_EQ(a.text.find("\xEF\xBF\xBD"), std::string::npos) << p.file;
                            });
}

TEST(CmsHeldOut, EnglishDocGuideRound190) {
  const DocGuidePage pages[] = {
      {"mdbook-customrules-en.html", "en", "Writing Custom Lint Rules", "", "",
       {"but every team has conventions that no general-purpose tool can know about.",
        "Rules never see the database itself, only the statements in the file, which keeps them fast and "
        "deterministic.",
        "The Rule trait",
        "fn check(&self, stmt: &Statement, ctx: &mut Context<'_>);",
        "By convention it is the pack name followed by a slash and a short kebab-case name.",
        "if table.columns.iter().any(|c| c.name == \"tenant_id\") {",
        "Column names in the syntax tree are already normalised to lower case unless they were quoted in the "
        "original SQL.",
        "Bundling rules into a pack",
        "crate-type = [\"cdylib\"]",
        "The quillmark-test crate provides a small harness that runs one rule against a string of SQL and returns "
        "the diagnostics.",
        "assert!(diags[0].message.contains(\"invoices\"));",
        "Quoted and unquoted identifiers, which the parser treats differently.",
        "Statements inside a transaction block, which some rules forget to descend into.",
        "only with --verbose",
        "it usually surfaces a false positive or two that are easy to fix while the rule is still fresh in your mind."},
       {"The Quillmark Book", "Installing Quillmark", "Your First Migration Check", "The quillmark.toml File",
        "Per-Directory Overrides", "Silencing Findings Inline", "Lock-Safety Rules", "Destructive Change Rules",
        "The Plugin Crate Layout", "Publishing a Rule Pack", "GitHub Actions Workflow", "GitLab Pipelines",
        "Pre-commit Hooks", "Command-Line Reference", "Exit Status Table", "Changelog Policy"}},
      {"jekyll-justthedocs-rotatekeys-en.html", "en", "Rotate signing keys", "", "",
       {"Tidewater signs every flag snapshot it publishes with an Ed25519 key",
        "Version 2.4 or later of the server. Earlier versions can hold only one verification key at a time.",
        "About an hour, most of which is waiting for SDK caches to refresh.",
        "Rotate immediately if a key file was committed to a repository, copied to a laptop, or left on a "
        "decommissioned host.",
        "One cache period (default 30 minutes)",
        "Yes, for snapshots already cached",
        "Only one key can be active at a time.",
        "$ tidewater keys generate --kid 2025-03 --state pending",
        "The private key should be created where it is used, so that it never sits in a download folder or a chat "
        "history.",
        "They will keep working with their cached snapshot, but they will reject the first snapshot signed with the "
        "new key.",
        "Step 3: Activate and retire",
        "Revoke it only after the retention period, or SDKs that were offline during the rotation will fall back to "
        "their default flag values.",
        "$ tidewater keys prune",
        "Because it is still in the retired state, SDKs accept its signatures straight away and no cache period is "
        "needed."},
       {"Skip to main content", "Run with Docker", "Connect the Go SDK", "Target users by segment",
        "Back up the flag database", "Percentage rollouts explained", "The snapshot signing model",
        "Server configuration reference", "a documentation theme for Jekyll", "Tidewater on GitHub",
        "Table of contents", "Back to top", "Copyright © 2023–2025 Tidewater contributors", "Edit this page on GitHub",
        "Page last modified:", "We use a single analytics cookie to count page views"}},
      {"nextra-caching-en.html", "en", "Caching Responses", "", "",
       {"Caching is opt-in per route and is controlled by a small set of options on the route definition.",
        "pnpm add @kitewire/cache-kv",
        "The adapter talks to any store that speaks the KV protocol, including the self-hosted Larder server.",
        "after that Kitewire serves the stale copy once while it fetches a new one in the background.",
        "export const getProduct = route('/products/:id', {",
        "staleWhileRevalidate: 60,",
        "key: ({ params }) => `product:${params.id}`,",
        "which is safe but can fragment the cache if clients add tracking parameters.",
        "Invalidate on write",
        "await cache.invalidate(`product:${params.id}`)",
        "A reader in another region can still receive the old response for up to two seconds after invalidate "
        "resolves.",
        "Responses with a status code other than 200, 203, 301 or 404.",
        "Any method other than GET and HEAD.",
        "Private entries live in a separate namespace and are evicted first when the store runs low on memory.",
        "Keys appear in the store's logs and metrics in plain text."},
       {"Skip to content", "Kitewire 3.0 is released. Read more →", "CTRL K", "Defining Routes", "Migrating from v2",
        "On This Page", "Question? Give us feedback",
        "Edit this page on GitHub", "Scroll to top", "Last updated on", "MIT 2025 © Kitewire Labs."}},
      {"starlight-pigateway-en.html", "en", "Set up a gateway on a Raspberry Pi", "", "",
       {"A Brindle gateway collects readings from nearby sensors over Bluetooth Low Energy and forwards them to your "
        "Brindle workspace.",
        "A wired or Wi-Fi network connection with outbound access on port 8883.",
        "A token that leaks can then be revoked without taking the rest of the site offline.",
        "Add the Brindle package repository and its signing key:",
        "curl -fsSL https://pkg.brindle.io/gpg.key | sudo gpg --dearmor -o /usr/share/keyrings/brindle.gpg",
        "Install the agent package. It pulls in BlueZ if it is not already present:",
        "sudo apt update && sudo apt install brindle-gateway",
        "sudo systemctl enable --now brindle-gateway",
        "Registration is the only step that needs root, because it writes the credentials file to "
        "/etc/brindle/gateway.toml.",
        "Check the connection",
        "the status command shows the link to the workspace and every sensor the gateway has heard from in the last "
        "five minutes:",
        "Assign them in the dashboard; the gateway picks up the change without a restart.",
        "Mount the Pi high up and away from compressors and fans.",
        "Add a second gateway rather than a range extender when a room has more than one metal door between it and "
        "the first gateway.",
        "Those ports are often switched off during defrost cycles, and the gateway will drop out several times a day."},
       {"Skip to content", "Brindle Docs", "What is Brindle?", "Pairing a TH-2 sensor", "Calibrating probes",
        "Battery life and replacement", "Run a gateway in Docker", "Gateway troubleshooting",
        "Alert rules and escalation", "Webhook payloads", "On this page",
        "Brindle Cloud is moving to a new EU region on 15 April.", "Edit page", "Last updated:", "How gateways work",
        "Built with Starlight"}},
      {"mintlify-quickstart-en.html", "en", "Quickstart", "", "",
       {"Sandbox labels are free, carry a VOID watermark and are never handed to a carrier",
        "Get your sandbox key",
        "Test keys only work against the sandbox host, sandbox.parcelwise.com.",
        "Anyone who can read a live key can buy labels that are billed to your account.",
        "Both wrap the same REST API, so you can also call it directly from any HTTP client.",
        "npm install parcelwise",
        "A shipment describes where the parcel goes and what it weighs.",
        "const pw = new Parcelwise(process.env.PARCELWISE_KEY);",
        "from: { postcode: \"LS1 4DY\", country: \"GB\" },",
        "parcel: { weight_grams: 1200, length_cm: 30, width_cm: 20, height_cm: 10 },",
        "The response contains a link to the label PDF and a tracking number you can share with the recipient.",
        "rate: shipment.rates[0].id,",
        "Tracking events are simulated over the following ten minutes.",
        "When you are ready to ship real parcels, swap the test key for a live key and leave the rest of your code "
        "as it is.",
        "Live keys appear in the dashboard once your account has a verified billing address.",
        "Once your first label works, these guides cover what most integrations need before going live."},
       {"Parcelwise now ships to Ireland and Belgium.", "Search or ask...", "Ctrl K", "Contact support",
        "System status", "Open dashboard", "SDK Libraries", "Sandbox vs. production", "Address validation",
        "Customs declarations", "Delivery estimates", "On this page", "Was this page helpful?", "Suggest edits",
        "Raise issue", "Powered by Mintlify"}},
      {"readme-resumableuploads-en.html", "en", "Resumable episode uploads", "", "",
       {"Resumable uploads split the file into chunks that are sent one after another.",
        "If a chunk fails, you retry only that chunk instead of starting over.",
        "Anything larger must use a resumable upload, and the simple endpoint answers with 413 for it.",
        "Start a session. Ferncast returns an upload URL that stays valid for 24 hours.",
        "Send the file in chunks of 8 MiB with PUT requests, each carrying a Content-Range header.",
        "The checksum lets Ferncast confirm that the assembled file is byte for byte what you meant to send.",
        "curl -X POST https://api.ferncast.fm/v2/episodes/ep_41xq/uploads",
        "\"upload_url\": \"https://upload.ferncast.fm/s/up_7hd2k\",",
        "The range does not match what the server holds",
        "Ask for the upload status and resume from there",
        "Sending a chunk before the previous one has been acknowledged returns 409 Conflict.",
        "Resuming after a failure",
        "tells you the last byte Ferncast received, and you carry on from the byte after it.",
        "so a one-hour episode is ready in roughly six minutes.",
        "It fires once every format has been transcoded and the episode can go live."},
       {"Jump to Content", "Back to ferncast.fm", "Code Recipes", "⌘K", "Welcome to Ferncast",
        "Authentication and API tokens", "Download statistics", "Listener geography", "Verifying webhook signatures",
        "Suggest Edits", "Table of Contents", "Updated 3 months ago", "What’s Next", "Did this page help you?",
        "Publishing schedules", "© 2025 Ferncast Audio Ltd. All rights reserved."}},
      {"sphinx-furo-schematutorial-en.html", "en", "Part 2: Writing a schema", "", "",
       {"Now you will describe what a valid row looks like, so that Pipit can tell you exactly which rows of a real "
        "export are wrong and why.",
        "A-10021,maria.okafor@example.net,2024-11-03,2,DE",
        "Declaring the columns",
        "order_id = fields.String(pattern=r\"A-\\d{5}\")",
        "quantity = fields.Integer(min=1)",
        "Columns are matched by name, not by position",
        "If a header contains spaces or hyphens, pass the real name with the column argument",
        "$ pipit check orders.csv --schema schemas:Order",
        "row 4, column quantity: -1 is less than the minimum of 1",
        "so you can fix a bad export in one pass instead of re-running the check after each correction.",
        "email = fields.Email(required=False)",
        "It prints one line per column with the number of failures, which is easier to scan than a long list of rows.",
        "def no_future_orders(self, row):",
        "return \"order date lies in the future\"",
        "Row checks run only on rows whose fields all parsed successfully.",
        "how to write the report as JSON for your CI pipeline."},
       {"Skip to content", "Pipit 3.0 is in beta.", "Pipit 2.3 documentation", "Installing Pipit",
        "Part 1: Checking a file", "Part 3: Reusing schemas", "Part 4: Reports in CI", "Built-in field types",
        "Writing custom fields", "Error report formats", "The pipit.toml configuration file", "Command-line interface",
        "Back to top", "Copyright © 2021–2025, the Pipit authors", "Last updated on Feb 09, 2025", "On this page"}}
  };
  for (const DocGuidePage& p : pages) {
    SCOPED_TRACE(p.file);
    CheckDocGuidePage(p);
  }
}

}  // namespace
}  // namespace lede
