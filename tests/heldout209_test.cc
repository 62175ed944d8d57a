// Held-out round 209: forum threads on hobby and fan boards in English, one
// thread each, in seven board packages (tests/fixtures/heldout209/): a
// car-owners' club's timing-belt and water-pump thread on vBulletin 5 (six
// replies), a fishing forum's lure-choice discussion on XenForo 2.2 (seven
// replies), a retro-gaming board's emulator-setup question on phpBB 3.3 with
// prosilver (five replies, with config snippets in code boxes), a woodworking
// forum's finishing question on Invision Community 4.7 (six replies), a
// model-railway board's layout-planning thread on Simple Machines Forum 2.1
// (five replies), a home-brewing forum's fermentation problem on MyBB 1.8
// (six replies) and a guitar forum's pickup-swap question on Discourse 3.2 as
// a browser saves it (six replies). Each page was written by hand in its
// software's own server-rendered markup, with invented boards, people, cars,
// tackle, emulators, timber merchants, pickups and text, and its rows set
// down from the page text alone, before lede ran on the pages, by this
// round's policy: kept: the opening post's text and every reply's text, the
// last reply among them, quotes inside posts, code and config lines inside
// posts (phpBB's code boxes and inline code), and list items inside posts;
// dropped: site headers and taglines, board menus and sub-menus, search boxes
// and their options, log-in and register prompts and buttons, announcement,
// notice and news bars, user titles, ranks and groups, post counts, join
// dates, reputation, locations and personal text in user cards, reaction and
// like counts and XenForo's "Reactions:" lines, XenForo's "Click to
// expand...", signatures (car specs, "My build thread:" lines, club and
// now-playing lines), ads between posts, thread-rating and thread-tool
// widgets, reply prompts and guest teasers, similar-thread, related-topic,
// similar-content and suggested-topic boxes, pagers, who-is-online and
// "viewing this topic" lines, a forum-rules sidebar, footers with their
// credits and cookie banners. Left unasserted either way: user names, dates
// and "x days ago" stamps, post numbers, reply, view and like numbers in
// topic maps and lists, tags, breadcrumbs, attachment file names and sizes
// (the brief's choice), the quote citation lines ("Originally posted by X",
// "X said:", "X wrote:", "Quote from: X on ...", "(date)X Wrote:", "On date,
// X said:", "tkrell:"), which sit inside the posts and could be read either
// way, bare "Like", "Quote", "Reply", "Report", "Share" and "Find" labels and
// phpBB's "Code: Select all" (words a post could use), the Discourse Solved
// plugin's "Solved by tkrell in post #5" box and "Solution" label, phpBB's
// "Re: subject" post headings and SMF's hidden subject links, which repeat
// the title. The type is "forum" on all seven and no date is pinned (the
// brief's choice). The title is pinned where the page's h1 is the thread's
// title alone and equals the og:title or the <title> without the site's name
// (vBulletin 5's h1.main-title, XenForo's h1.p-title-value, Invision's
// h1.ipsType_pageTitle and Discourse's #topic-title h1 > a.fancy-title), not
// on phpBB, whose h1 is the board's name and whose subject is h2.topic-title,
// nor on SMF, whose h1.forumtitle is the board's banner and whose subject is
// h2.display_title, nor on MyBB, which prints no h1 and puts the subject in
// the posts table's td.thead.
//
// Pages: a vBulletin 5.6 thread (html#htmlTag with a <base href>, <title>
// "subject - site", the generator meta, canonical and og tags, css.php
// stylesheets, the pageData and gtag scripts; the top user menu's "Login or
// Sign Up" dropdown with its login form, "Remember me" and "Forgot password
// or user name?"; the header ad slot with a club-discount line; the logo and
// the search box with its "Search in titles only" / "Search in K19 Diesel
// Engines only" / "Advanced Search" menu; the channel-tabbar Home / Forums /
// How-To Guides / Members' Cars / Meets & Events / Club Shop and the
// sub-tabbar Today's Posts / Member List / Calendar / Mark Channels Read; the
// breadcrumbs; two notices, a summer-rally line and the first-visit notice;
// the conversation widget with h1.main-title, the toolbar's Reply button and
// "Page 1 of 1" pagenav; a ul.conversation-list of seven li.b-post,
// DiscussionForumPosting microdata on the first, each with a b-userinfo card
// (avatar, author, rank "Junior Member / Technical Moderator / Senior Member
// / Club Stalwart", "Join Date:", "Posts:" and "Location:" lines), the
// timestamp and "#N", js-post__content-text bodies of <br> runs, a <ul> in
// the second post, a bbcode_container quote "Originally posted by Pel_Garage"
// in the fourth and a <b> in the sixth, the first post's "Tags:" line,
// b-post__signature blocks under four posts (car specs, a club-officer line
// and a "My build thread:" link) and the Like / Quote / Report controls with
// "N likes" counts; an "Advertisement" slot after the third post with a tool
// shop's line; the bottom pagenav and "Please log in or sign up to reply to
// this topic."; a "Related Topics" widget with three threads, starters and
// reply counts; the footer Help / Contact Us / Join the Club / Privacy Policy
// / Terms of Service, "Go to top", the vBulletin copyright, "All times are
// GMT..." and a club disclaimer; a cookie bar with "Accept cookies" and
// "Cookie settings"; scripts); a XenForo 2.2 thread (html#XF with
// data-template thread_view, <title> "subject | site", og and twitter tags,
// canonical, css.php links, the preamble script and a DiscussionForumPosting
// JSON-LD; the p-header logo and a tagline; the p-nav Home / Forums / What's
// new / Catch Reports / Venue Guide / Members, the guest "Log in / Register"
// navgroup and the What's new and Search links; the p-sectionLinks New posts
// / Search forums / Board rules; a block notice about a winter pike open; the
// p-breadcrumbs; h1.p-title-value and the p-description with "Thread
// starter", "Start date" and tags; eight article.message--post with
// message-user cells (avatar or letter avatar, h4 name, h5 userTitle
// "Fingerling / Well-known member / Predator section moderator / Forum
// Elder", a "Staff member" userBanner, Joined / Messages / Reaction score
// pairs), the attribution <time> and "#N", bbWrapper bodies of <br> runs, a
// bbCodeBlock--quote "Marta Q said:" with "Click to expand..." in the fourth,
// a <ul> of li[data-xf-list-type] in the sixth, aside.message-signature under
// three posts (a personal-best line, a boat-build diary link, a
// club-membership line), the actionBar Like / Reply and the reactionsBar
// lines with the hidden "Reactions:" label; a Siropu "Sponsored" ad unit
// after the first post; "You must log in or register to reply here."; the
// xfes "Similar threads" block with two threads and reply counts; a
// p-body-sidebar "Predator section rules" widget with three rules; the
// p-footer style chooser, Contact us / Terms and rules / Privacy policy /
// Help / Home and the XenForo credit; the notice--cookie bottom fixer with
// Accept and "Learn more…"; scripts); a phpBB 3.3 prosilver topic
// (body#phpbb.section-viewtopic, <title> "subject - board", Atom feed links,
// canonical and og tags; the headerbar with the logo, the board's h1 "The
// Pixel Attic" and its description, the "Skip to content" skiplink and the
// search box; the navbar's "Quick links" dropdown (Unanswered topics, Active
// topics, Search, Members, The team), FAQ, Setup Wiki, Login and Register;
// the nav-breadcrumbs; the board announcement about a swap meet;
// h2.topic-title and the hidden forum description; the action-bar with "Post
// Reply", the topic tools' Print view, the in-topic search and "6 posts •
// Page 1 of 1"; six div.post with dl.postprofile (avatar, username, rank
// "Pixel Pusher / Site Admin / Sprite Wrangler" with rank images, "Posts:",
// "Joined:", "Location:"), the h3 subject or "Re: subject", the Quote
// post-button, p.author "by X » <time>", div.content bodies of <br> runs with
// two numbered lines and a <strong> path in the first, div.codebox "Code:
// Select all" boxes with pre > code config blocks in the first, third and
// sixth, inline <code> in the second, third and fifth, a blockquote > cite "X
// wrote:" quote in the fourth, an <em> in the fifth, div.signature under
// three posts (a pinned-topic line, a now-playing and collection line) and
// the back2top links; the bottom action-bar, the jumpbox-return "Return to
// “Emulation Help”" and the "Jump to" jumpbox; the Similar topics list with
// two topics, posters, replies, views and last posts; the stat-block "Who is
// online" line; the page-footer navbar Board index / "All times are UTC" /
// Delete cookies / The team / Contact us, "Powered by phpBB® Forum Software ©
// phpBB Limited", "Privacy | Terms", the darkenwrapper and phpbb_alert; the
// cookieconsent text only inside a script); an Invision Community 4.7 topic
// (body.ipsApp with data-pagecontroller topic, <title> "subject - forum -
// site", the ipsSettings and GTM scripts, og tags, canonical and a
// DiscussionForumPosting JSON-LD; the ipsHide "Jump to content" link, the
// logo, elUserNav "Existing user? Sign In" / "Sign Up", the navBar Browse
// (Forums / Project Gallery / Build Journals / Plans & Cutting Lists / Staff
// / Online Users) / Activity / Leaderboard / Tool Library and the quick
// search; the ipsBreadcrumb with "All Activity"; an announcement about a box
// challenge; the ipsPageHeader with h1.ipsType_pageTitle, "Followers 4", "By
// X, date in forum" and tags; "Reply to this topic" / "Start new topic";
// "Recommended Posts"; seven article.cPost with a cAuthorPane (name, photo,
// group "Members / Master Craftsmen / Advanced Members", reputation badge,
// post-count stat, "Location:"), "Posted <time>" with the share icon,
// commentContent <p>s, an attached image in the first, an ipsQuote "On date,
// X said:" in the fourth, an <ol> in the fifth, "Thanks" reaction images with
// counts and cSignature blocks under three posts; an advertisement with a
// timber merchant's line after the third post; the cGuestTeaser "Create an
// account or sign in to comment" with its two halves; the ipsPager Previous
// topic / Go to topic listing / Next topic; "Recently Browsing 0 members"
// with "No registered users viewing this page."; a sidebar "Similar Content"
// widget with three topics; the footer Theme / Privacy Policy / Contact Us /
// Cookies, a volunteers line and "Powered by Invision Community"; the
// elGuestTerms bar "Important Information" with its cookie text and "I
// accept"; scripts); a Simple Machines Forum 2.1 topic
// (body#chrome.action_display, the smf_ script variables, <title> the subject
// alone, og tags and canonical; the top_section "Welcome to ... Please log in
// or sign up." and the search form with its Entire forum / This topic / This
// board select; the header whose h1.forumtitle is the board's banner image,
// and a slogan; the user time, a "News:" line about an open day, the "Main
// Menu" dropmenu Home / Help / Search / Track Plan Library / Exhibitions
// Calendar / Login / Sign up; the navigate_section linktree; display_head
// with h2.display_title, "Started by X, date", previous / next links and "0
// Members and 3 Guests are viewing this topic."; the pagesection with Print,
// "Go Down" and Pages; six div.windowbg posts with the poster cell (h4 name,
// postgroup or membergroup "Newbie / Hero Member / Global Moderator", stars,
// "Posts: N", a personal-text blurb, "Location:", "Logged"), the hidden
// subject link, "#N" and the postinfo date or "Reply #N on: date", div.inner
// bodies of <br> runs, ul.bbc_list lists in the first and last, a
// bbc_standard_quote "Quote from: X on date" in the fourth, attachments with
// file names and "viewed N times" lines under the first and last, the Quote
// quickbutton and div.signature under three posts (a layout and build-thread
// line, a guidelines reminder); the bottom pagesection with "Go Up", the
// linktree again, a "Related Topics" table with three topics, starters,
// replies, views and last posts and the jump-to script; the footer "Help |
// Terms and Rules | Go Up ▲", "SMF 2.1.4 © 2023, Simple Machines" and "Page
// created in ... queries."; a cookie notice with "Read the cookie policy" and
// "Understood"); a MyBB 1.8 thread in the default theme (XHTML doctype,
// <title> the subject alone, the headerinclude with RSS and Atom links, lang
// strings and cookie variables, canonical; template start and end comments;
// the header logo and top_links Portal / Search / Member List / Brew Day
// Calendar / Recipe Database / Help and the guest welcome block "Hello There,
// Guest! Login Register"; an announcement about a competition; the navigation
// with the subject as span.active; "Post Reply" buttons; the inline "Thread
// Rating:" star list with "0 Vote(s) - 0 Average"; the tborder table with
// "Thread Modes" and the subject in td.thead; seven div.post with post_author
// (avatar, name, usertitle "Junior Member / Head Brewer (Moderator) / Senior
// Member / Posting Freak", stars, author_statistics Posts / Threads / Joined
// / Reputation), the post_head "#N" and post_date, post_body bodies of <br>
// runs, a mycode_quote blockquote with a "(date)X Wrote:" cite in the fourth,
// a ul.mycode_list in the fifth, div.signature under four posts (a
// currently-fermenting line, a "My build thread:" link, a mead-log line) and
// the Find / Reply postbit buttons; the tfoot thread search and "Next Oldest
// | Next Newest"; View a Printable Version / Subscribe to this thread; "Users
// browsing this thread: 1 Guest(s)"; the "Possibly Related Threads…" table
// with two threads; the Forum Jump select; the footer Contact Us / site /
// Return to Top / Lite (Archive) Mode / Mark all forums read / RSS
// Syndication, "Current time:" and "Powered By MyBB, © 2002-2024 MyBB
// Group."; the task image; the quick_login modal with Username / Password /
// Lost Password? / Remember me; a cookie notice with "Fine by me"); a
// Discourse 3.2 topic as a browser saves it (the Ember-rendered DOM:
// html.desktop-view.anon, <title> "subject - category - site", the generator
// meta, canonical, og and twitter tags with og:article:section and
// og:article:tag, article:published_time, an RSS link and the Solved plugin's
// QAPage JSON-LD; the "Skip to main content" link; the d-header with the
// logo, "Sign Up" / "Log In" buttons and the search icon; the sidebar's
// Community (Topics / Users / About / FAQ) and Categories (four categories
// and "All categories") sections and a Guidelines link; #topic-title h1 >
// a.fancy-title with the category badge and two discourse-tags; a post-stream
// of seven div.topic-post > article.boxed with the topic-avatar,
// topic-meta-data names (username, full name and, for one poster, a
// user-title), relative post dates, div.cooked <p>s with typographer quotes,
// an aside.quote "tkrell:" quote in the fourth and an <ol> in the fifth, the
// Solved plugin's "Solved by tkrell in post #5" box under the first post and
// a "Solution" label on the fifth, and post-controls with like counts, like,
// share and Reply buttons; the topic-map after the first post (created, last
// reply, replies, views, users, likes); the topic timeline "1 / 7"; the topic
// footer's Share / Reply buttons; "Suggested Topics" with two topics,
// category names, replies, views and activity, and "Want to read more? Browse
// other topics in Gear & Mods or view latest topics."; a theme's custom
// footer About Fretwire / Terms of Service / Privacy / Advertise with us and
// a volunteer line; a cookie banner with "Okay, got it" and "Cookie
// details").
//
// lede was then run on the pages (first run at d117f9e9): 4 of 7 pages
// passed as first written (3 failed checks). No rule kept from this round.
// Left, unasserted: three in-thread promotions between posts (a tackle
// shop's sale, a swap meet, a board's challenge), written as posts'
// neighbours without an ad's class.
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

struct ForumThreadPage {
  const char* file;
  const char* language;   // Article::language
  const char* title;      // "" when not pinned
  const char* published;  // prefix of date_published; "" not pinned; "-" none
  const char* type;       // page_type, "" when not pinned
  std::vector<const char*> kept;
  std::vector<const char*> dropped;
};

void CheckForumThreadPage(const ForumThreadPage& p) {
  const std::vector<std::string> no_authors;
  testing::CheckHeldoutPage("heldout209", p.file,
                            {p.language, p.title, no_authors, p.published, "", p.type, p.kept, p.dropped},
                            [&](const Article& a) {
                              EXPECT_EQ(a.text.find("\xEF\xBF\xBD"), std::string::npos) << p.file;
                            });
}

TEST(CmsHeldOut, EnglishForumRound209) {
  const ForumThreadPage pages[] = {
      {"vbulletin5-timing-belt-en.html", "en", "Timing belt and water pump change on a K19 diesel at home", "", "forum",
       {"My 2012 Castrel estate is at 94,000 miles and the handbook says the timing belt is due at 100,000 or six "
        "years",
        "The main dealer quoted me £640 for belt, tensioner, idler and water pump, and an independent garage in town "
        "wants £410.",
        "I have never touched a timing belt on an interference engine.",
        "It's perfectly doable on a drive, but don't let anyone tell you it's a two-hour job the first time.",
        "The tools you can't skip on the K19:",
        "the crank locking pin, which goes into the hole in the block behind the starter",
        "a holding tool for the crank pulley, because the bolt is done up to 180 Nm plus 90 degrees",
        "Buy a new crank pulley bolt as well, it's a stretch bolt and must not be reused.",
        "Two of its bolts are reached from underneath through the wheel arch and there's almost no room for a ratchet.",
        "mark the old belt and both sprockets with a paint pen before you take anything off.",
        "Would the kit from the motor factors on Station Road do? It says it covers \"most 1.9 and 2.0 diesel "
        "engines\"",
        "The K19 crank pin is 8 mm and the cam plate has two dowels 22 mm apart.",
        "fill it back up with the pink long-life coolant, not the blue stuff.",
        "And set the tensioner with the engine cold. The pointer should sit right in the middle of its window.",
        "It took me nine hours over a Saturday and a bit of Sunday morning",
        "Thanks all, especially for the tip about the arch liner. That alone saved me an hour."},
       {"Login or Sign Up", "Club members save 12% at Kestle Motor Spares with code CASTREL12", "Search in titles only",
        "Today's Posts", "Castrel Owners Club Summer Rally 2024",
        "If this is your first visit, be sure to check out the", "Technical Moderator", "Join Date:",
        "Castrel 2.2 GT, 2009 – remapped, 187 bhp, 163k and counting",
        "My build thread: Reviving a 1998 Varka Solent, one rusty panel at a time",
        "Brightwell Tools: diesel engine locking kits from £29.99", "6 likes",
        "Please log in or sign up to reply to this topic.", "Glow plug light flashing after new battery",
        "Powered by vBulletin", "We use cookies to keep you logged in, remember your preferences"}},
      {"xenforo22-autumn-pike-en.html", "en", "Jerkbait or soft shad for autumn pike in a shallow weedy lake?", "",
       "forum",
       {"I've got a weekend on Carrowmere coming up in late October and I'm trying to decide what to bring.",
        "A friend swears by 15 cm soft shads on a light jig head, rigged weedless.",
        "I've got a 2.4 m rod rated 20–60 g and 0.15 braid on a 3000 reel.",
        "Dying weed is the problem with jerkbaits, the trebles pick up every loose strand and the lure stops working.",
        "Firetiger and plain chartreuse are my two go-tos.",
        "a suspending jerk with long pauses can be deadly once the water cools.",
        "I've read that single hooks make a jerkbait sit nose-down on the pause",
        "Use singles that weigh roughly the same as the trebles you take off, or add a small stick-on weight under "
        "the chin.",
        "October pike in shallow water are lazy.", "jig heads of 7, 10 and 14 g, so I can stay just above the weed",
        "a wire trace of at least 40 cm, because pike in weed take deep",
        "Fluorocarbon \"bite leaders\" are fine for zander, not for pike.",
        "a 14 g head on a 16 cm shad will feel heavy on the cast.",
        "Five pike over the weekend, best one 7.2 kg on the jerkbait on Sunday morning",
        "The water was more coloured than I expected and firetiger did nothing at all, chartreuse did everything.",
        "Thanks everyone, and yes, wire trace on every rod."},
       {"Coarse, game and predator fishing on the lakes and rivers of the west", "Search forums",
        "Westmere Winter Pike Open 2025: entries open on 1 November.", "Reaction score", "Well-known member",
        "Predator section moderator", "Reactions:",
        "Boat build diary: a 4.8 m Orkney-style skiff, now on page 37",
        "Member of the Carrow & District Pike Anglers since 1984", "Click to expand...",
        "You must log in or register to reply here.", "Best wire trace material for deadbaiting?",
        "Do not name small club waters in public threads", "Community platform by XenForo",
        "This site uses cookies to help personalise content"}},
      {"phpbb33-zenith16-setup-en.html", "en", "", "", "forum",
       {"I've set up Zenith16 0.9.4 on a Bramblecore 4 (4 GB) running the Lite OS with no desktop",
        "The audio crackles every few seconds, worst in games with lots of music like Skyvault Racer.",
        "My cheap clone USB pad (it shows up as \"USB Gamepad 0810:e501\") works in the menus",
        "Here's the relevant part of my config file, ~/.config/zenith16/zenith.ini:", "pad0_device = auto",
        "the Arcturus sound chip runs at 32 kHz natively, and Zenith16 resamples to whatever rate you give it.",
        "Try rate = 32000 and latency_ms = 64 first.",
        "Zenith16 looks up the pad's USB ID in its own database on every launch", "pad0_device = \"USB Gamepad\"",
        "pad0_start = button9",
        "The button numbers are what the Zenith16 input-test screen reports for my copy of that pad",
        "It survives restarts now, and even survives unplugging the pad and plugging it back in.",
        "Pops during fast scrolling usually mean the CPU is being throttled.",
        "The default ondemand governor is slow to ramp up when a game suddenly needs more.",
        "The throttle check came back with 0x50005, which means under-voltage",
        "Marking this as solved. Great board, I'll be sticking around."},
       {"Retro consoles, home computers and emulation, since 2006", "Skip to content", "Quick links",
        "Unanswered topics", "6 posts • Page 1 of 1", "Pixel Pusher",
        "Joined:", "Location: Under a pile of cartridges", "Pinned: Read this before posting in Emulation Help",
        "Currently playing: Lanternfall (Arcturus 16), Hollow Orbit (Comet 64)", "Return to “Emulation Help”",
        "Comet 64 core runs at half speed on a Bramblecore 3",
        "Users browsing this forum: No registered users and 4 guests", "Delete cookies", "Powered by phpBB"}},
      {"invision47-blotchy-pine-en.html", "en",
       "Blotchy stain on a pine bookcase before the topcoat - can it be evened out?", "", "forum",
       {"a five-shelf bookcase in knotty pine for my daughter's room, and the finish has gone badly wrong.",
        "wiped on one coat of an oil-based \"golden oak\" stain and left it for a day.",
        "Is there a way to even it out, or do I have to sand it all back to bare wood?",
        "What you're seeing is classic pine blotching.", "the soft, open patches soak up far more stain than the rest.",
        "Before you reach for the sander, try mineral spirits.",
        "On an oil stain that's only a day old you can often pull a surprising amount of colour back out",
        "I tried the mineral spirits on the underside of a shelf first, as a test.",
        "I don't want the bookcase to end up looking like a bar of chocolate.",
        "Gel stain sits mostly on the surface instead of soaking in", "The steps I'd follow:",
        "Scuff lightly with a grey abrasive pad. Don't use sandpaper, you'll cut through the colour on the edges.",
        "Two or three coats of wipe-on polyurethane once it's fully dry.",
        "I make my own washcoat from one part dewaxed shellac to four parts denatured alcohol.",
        "The blotching is now basically invisible unless you go looking for it with a torch",
        "A shellac washcoat is going on the next project for sure."},
       {"Jump to content", "Existing user? Sign In", "Plans & Cutting Lists",
        "Reply to this topic", "Recommended Posts", "Master Craftsmen", "Location: Hebden Marsh",
        "Hand tools, slow finishes and strong tea.", "Ashlar Timber: kiln-dried hardwood boards cut to order",
        "Current build: Shaker side table in cherry", "Create an account or sign in to comment",
        "No registered users viewing this page.", "Water-based dye raising the grain on ash",
        "Powered by Invision Community", "We have placed cookies on your device"}},
      {"smf21-boxroom-layout-en.html", "en", "", "", "forum",
       {"After years of reading this forum I've finally got the go-ahead to use the box room.",
        "The idea is a small country terminus called Whitlow Halt on the short leg",
        "a three-road fiddle yard on a sector plate", "two sidings for the goods yard, one of them serving a coal drop",
        "My questions: is 610 mm radius too tight for 57 ft coaches?",
        "buffer-locking is likely if you ever propel stock through the curve.",
        "What matters more is that each road is long enough for your longest train plus its engine",
        "a loop long enough for a tank engine and three coaches takes up most of the scenic length",
        "Operate the passenger service as an auto-train with a push-pull fitted tank engine",
        "I can get a 760 mm radius on the curve.",
        "There was a real branch not far from us that ran push-pull services until about 1962",
        "Put a transition curve on each end if you can, even a short one.", "consider four roads rather than three.",
        "the space that frees up gives a third siding in the goods yard and a small cattle dock",
        "Baseboards will be 9 mm plywood on 44 × 18 mm timber frames",
        "I'll start a build thread when there's something worth showing."},
       {"Welcome to Four Counties Railway Modellers. Please log in or sign up.",
        "Branch lines, shunting planks and exhibition layouts since 2004",
        "Open day at the club rooms in Harlby on Saturday 7 December", "Track Plan Library",
        "Members and 3 Guests are viewing this topic.", "Go Down", "Hero Member",
        "Forty years of soldering irons and still no burns to speak of", "Reply #2 on:",
        "Threlford Goods (P4, 1962) – the never-ending build thread",
        "Please read the board guidelines before posting track plans.",
        "Sector plate or cassettes for a small fiddle yard?", "Terms and Rules", "SMF 2.1.4 © 2023, Simple Machines",
        "Page created in 0.069 seconds with 27 queries.",
        "This forum stores a session cookie and a login cookie on your device."}},
      {"mybb18-cider-sulphur-en.html", "en", "", "", "forum",
       {"This is my third batch of cider but the first from our own apples.",
        "I added one crushed Campden tablet per 4.5 litres, waited 24 hours, then pitched a sachet of white wine "
        "yeast.",
        "for the last three days the whole shed has smelled of rotten eggs.",
        "That smell is hydrogen sulphide, and it's one of the most common things to go wrong with homemade cider.",
        "It isn't an infection, and most of the time it either blows off by itself or can be removed.",
        "because the CO2 coming out of the cider carries the sulphur smell with it.",
        "Don't add any more once the gravity drops below about 1.010.",
        "I'd guess it's been getting up to 24 in the afternoons.",
        "White wine yeasts at 24 degrees on nitrogen-poor juice are very prone to sulphur.",
        "If the smell is still there once fermentation has finished, the old trick is copper:",
        "the copper reacts with the sulphide and takes the smell out almost immediately",
        "keep the contact brief, never leave copper sitting in the cider",
        "Struck match is sulphur dioxide from the Campden tablets, which fades by itself.",
        "again at the one-third sugar break, which would be around 1.035 for your juice.",
        "By the time it reached 1.002 it had gone completely, so I never needed the copper trick.",
        "Thanks everyone, you saved 23 litres from going on the compost heap."},
       {"Brew Day Calendar", "Recipe Database", "Hello There, Guest!", "Mashtun & Malt Autumn Competition",
        "Thread Rating:", "0 Vote(s) - 0 Average", "Head Brewer (Moderator)", "Reputation:",
        "Currently fermenting: Kingfisher Best Bitter",
        "My build thread: three-vessel electric brewery from an old hot water cylinder",
        "Hive to glass: mead, melomel and cyser since 2011.", "View a Printable Version",
        "Users browsing this thread: 1 Guest(s)", "Perry stuck at 1.010 for a fortnight", "Powered By MyBB",
        "We use a few essential cookies to keep you logged in"}},
      {"discourse32-bridge-humbucker-en.html", "en", "Hotter bridge humbucker: will it unbalance the neck pickup?", "",
       "forum",
       {"I’ve got a 2019 Halvorsen Mercer, mahogany body and set neck, with the stock ceramic humbuckers.",
        "The bridge measures 9.8 kΩ and the neck 8.1 kΩ.",
        "the Corvane Heavyweight, which is around 15.5 kΩ with a ceramic magnet.",
        "Has anyone here done a bridge-only swap and regretted it?",
        "I start at about 2.5 mm from the strings at the bridge and 3 mm at the neck",
        "DC resistance on its own is a poor guide to output.",
        "Also ask yourself whether “thin and harsh” is really about output.",
        "What I actually want is a tighter low end on palm mutes and less fizz on top.",
        "Alnico 5 is the tightest of the Alnicos; ceramic is tighter still, but also brighter.",
        "four-conductor wiring, in case you want to split the coils later",
        "the pole spacing: 50 mm standard or 52 mm F-spaced for the bridge",
        "so get an F-spaced bridge pickup, or the outer strings will sit off the pole pieces.",
        "Ordered and fitted a Corvane Tallowmere bridge: Alnico 5, 12.6 kΩ, F-spaced, four-conductor.",
        "I’m glad I didn’t go for the 15.5 kΩ ceramic, I think it would have been too much.",
        "Thanks both, marking Tobias’s reply as the solution."},
       {"Skip to main content", "Technique and Theory", "Buy, Sell and Swap", "All categories",
        "Krell Coils, hand-wound pickups since 2009", "Suggested Topics", "500k or 250k pots with a P-90 swap?",
        "Clip: comparing three bridge humbuckers through a clean amp", "Want to read more? Browse other topics in",
        "view latest topics", "Advertise with us",
        "Fretwire Community is a volunteer-run forum for players, builders and tinkerers",
        "Fretwire uses cookies to keep you signed in", "Okay, got it", "Cookie details"}}
  };
  for (const ForumThreadPage& p : pages) {
    SCOPED_TRACE(p.file);
    CheckForumThreadPage(p);
  }
}

}  // namespace
}  // namespace lede
