// Word lists for extraction heuristics. General knowledge of how web pages
// are marked up (CMS class names, widget vendors, schema.org), never words
// taken from particular sites.
#include "extract/vocabulary.h"

#include <array>
#include <string>

#include "core/text.h"

namespace lede {
namespace {

enum class Match : uint8_t {
  kToken,   // a whole token equals the word
  kPrefix,  // a token starts with the word
  kJoined,  // two adjacent tokens, or one token, spell the word ("articlebody")
  kAny,     // the word appears anywhere in the lower-cased class+id string
  kWhole,   // one whole class name, or the id, equals the word
};

struct Word {
  std::string_view word;
  Match match;
  uint16_t hint;
};

constexpr uint16_t kBp = kHintBoilerplate;
constexpr uint16_t kWeak = kHintWeakBoilerplate;
constexpr uint16_t kNever = kHintBoilerplate | kHintNeverContent;

// clang-format off
constexpr Word kWords[] = {
  // Widget vendors, recommendation boxes, consent managers.
  {"taboola", Match::kAny, kNever | kHintRelated}, {"outbrain", Match::kAny, kNever | kHintRelated},
  {"zergnet", Match::kAny, kNever | kHintRelated}, {"revcontent", Match::kAny, kNever | kHintRelated},
  {"onetrust", Match::kAny, kNever}, {"optanon", Match::kAny, kNever}, {"cookiebot", Match::kAny, kNever},
  {"usercentrics", Match::kAny, kNever}, {"didomi", Match::kAny, kNever}, {"trustarc", Match::kAny, kNever},
  {"cookieconsent", Match::kJoined, kNever}, {"cookiebanner", Match::kJoined, kNever},
  {"cookienotice", Match::kJoined, kNever}, {"cookiebar", Match::kJoined, kNever},
  {"cookielaw", Match::kJoined, kNever}, {"cookiepolicy", Match::kJoined, kNever},
  {"qccmp", Match::kJoined, kNever}, {"fcconsent", Match::kJoined, kNever},
  {"spmessage", Match::kJoined, kNever}, {"privacycenter", Match::kJoined, kNever},
  {"related", Match::kPrefix, kBp | kHintRelated}, {"recommend", Match::kPrefix, kBp | kHintRelated},
  {"trending", Match::kPrefix, kBp | kHintRelated}, {"popular", Match::kPrefix, kWeak | kHintRelated},
  {"mostread", Match::kJoined, kBp | kHintRelated}, {"mostpopular", Match::kJoined, kBp | kHintRelated},
  {"morefrom", Match::kJoined, kBp | kHintRelated}, {"morestories", Match::kJoined, kBp | kHintRelated},
  {"readmore", Match::kJoined, kBp | kHintRelated}, {"readnext", Match::kJoined, kBp | kHintRelated},
  {"alsoread", Match::kJoined, kBp | kHintRelated}, {"youmaylike", Match::kAny, kBp | kHintRelated},
  {"upnext", Match::kJoined, kBp | kHintRelated}, {"teaser", Match::kPrefix, kWeak | kHintRelated},
  // Advertising.
  {"ad", Match::kToken, kBp | kHintAd}, {"ads", Match::kToken, kBp | kHintAd},
  {"adv", Match::kToken, kBp | kHintAd}, {"advert", Match::kPrefix, kBp | kHintAd},
  {"advertisement", Match::kAny, kBp | kHintAd}, {"adslot", Match::kJoined, kBp | kHintAd},
  {"adunit", Match::kJoined, kBp | kHintAd}, {"adcontainer", Match::kJoined, kBp | kHintAd},
  {"adwrapper", Match::kJoined, kBp | kHintAd}, {"gpt", Match::kToken, kBp | kHintAd},
  {"dfp", Match::kToken, kBp | kHintAd}, {"sponsor", Match::kPrefix, kBp | kHintAd},
  {"promo", Match::kPrefix, kWeak | kHintAd}, {"banner", Match::kPrefix, kWeak},
  {"skyscraper", Match::kAny, kBp | kHintAd}, {"billboard", Match::kToken, kBp | kHintAd},
  {"commercial", Match::kToken, kBp | kHintAd},
  // Navigation and page chrome.
  {"nav", Match::kPrefix, kBp}, {"menu", Match::kPrefix, kBp}, {"breadcrumb", Match::kPrefix, kBp},
  {"pagination", Match::kPrefix, kBp}, {"pager", Match::kToken, kWeak}, {"footer", Match::kPrefix, kBp},
  {"masthead", Match::kToken, kWeak}, {"sidebar", Match::kAny, kWeak}, {"toolbar", Match::kPrefix, kWeak},
  {"skip", Match::kToken, kWeak}, {"skiplink", Match::kJoined, kBp}, {"topbar", Match::kJoined, kBp},
  {"header", Match::kWhole, kWeak}, {"siteheader", Match::kJoined, kBp},
  {"globalheader", Match::kJoined, kBp}, {"topnav", Match::kJoined, kBp},
  // Sharing and social.
  {"share", Match::kPrefix, kBp}, {"sharing", Match::kAny, kBp}, {"social", Match::kPrefix, kBp},
  {"sociallinks", Match::kJoined, kBp}, {"follow", Match::kToken, kWeak}, {"addthis", Match::kAny, kBp},
  {"print", Match::kToken, kWeak}, {"rss", Match::kToken, kWeak},
  // Sign-up, consent and paywall boxes.
  {"newsletter", Match::kAny, kBp}, {"subscri", Match::kAny, kWeak}, {"signup", Match::kJoined, kBp},
  {"cookie", Match::kPrefix, kBp}, {"consent", Match::kPrefix, kBp}, {"gdpr", Match::kAny, kBp},
  {"paywall", Match::kAny, kWeak}, {"popup", Match::kPrefix, kBp}, {"modal", Match::kPrefix, kBp},
  {"overlay", Match::kToken, kWeak}, {"login", Match::kPrefix, kBp}, {"register", Match::kToken, kWeak},
  {"widget", Match::kWhole, kWeak}, {"widgetarea", Match::kJoined, kWeak}, {"alert", Match::kToken, kWeak}, {"agegate", Match::kJoined, kBp},
  // Comments.
  {"comment", Match::kPrefix, kBp | kHintComments}, {"disqus", Match::kAny, kBp | kHintComments},
  {"replies", Match::kToken, kBp | kHintComments}, {"respond", Match::kToken, kBp | kHintComments},
  // Author boxes, meta lines, tags.
  {"byline", Match::kPrefix, kHintByline}, {"author", Match::kPrefix, kHintByline},
  {"authorbio", Match::kJoined, kBp | kHintByline}, {"bio", Match::kToken, kBp | kHintByline},
  {"aboutauthor", Match::kJoined, kBp | kHintByline}, {"dateline", Match::kToken, kHintByline},
  {"meta", Match::kToken, kHintByline}, {"postmeta", Match::kJoined, kHintByline},
  {"entrymeta", Match::kJoined, kHintByline}, {"articlemeta", Match::kJoined, kHintByline},
  // Whole names only: WordPress puts "tag-foo category-bar" on the post itself.
  {"tags", Match::kWhole, kBp | kHintTags}, {"tag", Match::kWhole, kBp | kHintTags},
  {"taglist", Match::kJoined, kBp | kHintTags}, {"posttags", Match::kJoined, kBp | kHintTags},
  {"tagcloud", Match::kJoined, kBp | kHintTags}, {"articletags", Match::kJoined, kBp | kHintTags},
  {"entrytags", Match::kJoined, kBp | kHintTags}, {"keywords", Match::kWhole, kBp | kHintTags},
  {"categories", Match::kWhole, kBp | kHintTags},
  // Captions and credits.
  {"caption", Match::kPrefix, kHintCaption}, {"figcaption", Match::kJoined, kHintCaption},
  {"credit", Match::kPrefix, kHintCaption | kHintCredit},
  {"photocredit", Match::kJoined, kHintCaption | kHintCredit},
  {"copyright", Match::kToken, kHintCaption | kHintCredit},
  // Hidden helpers.
  {"hidden", Match::kWhole, kHintHidden}, {"hide", Match::kWhole, kHintHidden},
  {"sronly", Match::kJoined, kHintHidden}, {"visuallyhidden", Match::kJoined, kHintHidden},
  {"screenreader", Match::kJoined, kHintHidden}, {"offscreen", Match::kToken, kHintHidden},
  {"invisible", Match::kToken, kHintHidden},
  // Headline furniture.
  {"dek", Match::kToken, kHintDek}, {"deck", Match::kToken, kHintDek},
  {"standfirst", Match::kAny, kHintDek}, {"subtitle", Match::kJoined, kHintDek},
  {"subheadline", Match::kJoined, kHintDek}, {"subhead", Match::kJoined, kHintDek},
  {"strapline", Match::kAny, kHintDek}, {"summary", Match::kToken, kHintDek},
  {"excerpt", Match::kToken, kHintDek}, {"lede", Match::kToken, kHintDek},
  {"kicker", Match::kPrefix, kHintKicker}, {"eyebrow", Match::kPrefix, kHintKicker},
  {"sectionlabel", Match::kJoined, kHintKicker}, {"sectionname", Match::kJoined, kHintKicker},
  {"overline", Match::kToken, kHintKicker}, {"rubric", Match::kToken, kHintKicker},
  {"headline", Match::kPrefix, kHintTitle}, {"entrytitle", Match::kJoined, kHintTitle},
  {"posttitle", Match::kJoined, kHintTitle}, {"articletitle", Match::kJoined, kHintTitle},
  // Content.
  {"content", Match::kPrefix, kHintContent}, {"article", Match::kPrefix, kHintContent},
  {"post", Match::kToken, kHintContent}, {"entry", Match::kToken, kHintContent},
  {"story", Match::kPrefix, kHintContent}, {"main", Match::kToken, kHintContent},
  {"body", Match::kToken, kHintContent}, {"text", Match::kToken, kHintContent},
  {"blog", Match::kPrefix, kHintContent}, {"hentry", Match::kToken, kHintContent},
  {"prose", Match::kToken, kHintContent},
  {"articlebody", Match::kJoined, kHintArticleBody}, {"articlecontent", Match::kJoined, kHintArticleBody},
  {"articletext", Match::kJoined, kHintArticleBody}, {"entrycontent", Match::kJoined, kHintArticleBody},
  {"entrybody", Match::kJoined, kHintArticleBody}, {"postcontent", Match::kJoined, kHintArticleBody},
  {"postbody", Match::kJoined, kHintArticleBody}, {"posttext", Match::kJoined, kHintArticleBody},
  {"storybody", Match::kJoined, kHintArticleBody}, {"storycontent", Match::kJoined, kHintArticleBody},
  {"storytext", Match::kJoined, kHintArticleBody}, {"bodytext", Match::kJoined, kHintArticleBody},
  {"richtext", Match::kJoined, kHintArticleBody}, {"maincontent", Match::kJoined, kHintContent},
  {"newsbody", Match::kJoined, kHintArticleBody}, {"textbody", Match::kJoined, kHintArticleBody},
};
// clang-format on

// Tokens that start like a boilerplate word but name content
// ("commentary" is an opinion section, not comments).
constexpr std::string_view kPrefixExceptions[] = {
    "commentary", "commentaries", "commentator", "commentators", "navigator", "shareholder",
    "shareholders",
};

bool IsPrefixException(std::string_view token) {
  for (std::string_view e : kPrefixExceptions)
    if (token == e) return true;
  return false;
}

constexpr std::string_view kBoilerplateRoles[] = {
    "navigation", "banner", "contentinfo", "complementary", "search", "menu",
    "menubar",    "dialog", "alertdialog", "tooltip",       "toolbar",
};

// Whole lines that are furniture. Lower-case; compared after trimming and
// dropping trailing punctuation.
constexpr std::string_view kBoilerplateLines[] = {
    "advertisement", "advertisements", "advertising", "ad", "sponsored", "sponsored content",
    "sponsored links", "share", "share this", "share this article", "share this story",
    "share on facebook", "share on twitter", "tweet", "email", "print", "read more",
    "continue reading", "click here", "related", "related articles", "related stories",
    "recommended", "recommended for you", "trending", "trending now", "most read",
    "most popular", "you may also like", "you might also like", "more from", "sign up",
    "subscribe", "subscribe now", "log in", "sign in", "skip to content", "skip to main content",
    "back to top", "comments", "leave a comment", "post a comment", "loading", "loading...",
    "close", "menu", "search", "next", "previous", "show more", "see more", "view comments",
    "story continues below advertisement", "article continues below advertisement",
    "continue reading below", "scroll to continue with content", "image", "photo", "video",
    "watch", "listen", "listen to this article", "follow us", "cookie settings",
    "accept cookies", "all rights reserved",
};

constexpr std::string_view kCreditCues[] = {
    "photo credit:", "photo credits:", "photograph:", "photography:", "photo:", "photos:",
    "image credit:", "image:", "images:", "picture:", "credit:", "credits:", "source:",
    "foto:", "bild:",
};

constexpr std::string_view kBylineCues[] = {"by ", "von ", "par ", "por ", "door ", "di ", "av "};

// Splits `s` into lower-case tokens at non-alphanumerics and camelCase humps.
template <typename F>
void ForEachToken(std::string_view s, F&& f) {
  char buf[64];
  size_t n = 0;
  auto flush = [&]() {
    if (n) f(std::string_view(buf, n));
    n = 0;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (!IsAsciiAlnum(c)) {
      flush();
      continue;
    }
    const bool upper = c >= 'A' && c <= 'Z';
    if (upper && n > 0 && i > 0 && s[i - 1] >= 'a' && s[i - 1] <= 'z') flush();
    if (n < sizeof(buf)) buf[n++] = ToLowerAscii(c);
  }
  flush();
}

}  // namespace

uint16_t ClassifyClassId(std::string_view class_attr, std::string_view id_attr) {
  if (class_attr.empty() && id_attr.empty()) return kHintNone;
  uint16_t hints = 0;
  // Tokens of both attributes, in order, for adjacent-pair joins.
  std::array<std::string, 48> tokens;
  size_t count = 0;
  auto collect = [&](std::string_view t) {
    if (count < tokens.size()) tokens[count++].assign(t);
  };
  ForEachToken(class_attr, collect);
  const size_t class_count = count;
  ForEachToken(id_attr, collect);
  std::string lower;
  lower.reserve(class_attr.size() + id_attr.size() + 1);
  for (char c : class_attr) lower.push_back(ToLowerAscii(c));
  lower.push_back(' ');
  for (char c : id_attr) lower.push_back(ToLowerAscii(c));

  std::string joined;
  for (const Word& w : kWords) {
    bool hit = false;
    switch (w.match) {
      case Match::kAny:
        hit = lower.find(w.word) != std::string::npos;
        break;
      case Match::kWhole: {
        // Space-separated items of `lower` (class names, then the id).
        size_t i = 0;
        while (i < lower.size() && !hit) {
          while (i < lower.size() && IsAsciiSpace(lower[i])) ++i;
          size_t b = i;
          while (i < lower.size() && !IsAsciiSpace(lower[i])) ++i;
          hit = std::string_view(lower).substr(b, i - b) == w.word;
        }
        break;
      }
      case Match::kToken:
        for (size_t i = 0; i < count && !hit; ++i) hit = tokens[i] == w.word;
        break;
      case Match::kPrefix:
        for (size_t i = 0; i < count && !hit; ++i)
          hit = std::string_view(tokens[i]).substr(0, w.word.size()) == w.word &&
                !IsPrefixException(tokens[i]);
        break;
      case Match::kJoined:
        for (size_t i = 0; i < count && !hit; ++i) {
          if (tokens[i] == w.word) hit = true;
          // Pairs do not cross from the class list into the id.
          if (!hit && i + 1 < count && i + 1 != class_count &&
              tokens[i].size() + tokens[i + 1].size() == w.word.size()) {
            joined.assign(tokens[i]).append(tokens[i + 1]);
            hit = joined == w.word;
          }
        }
        break;
    }
    if (hit) hints |= w.hint;
  }
  // "hidden md:block": hidden on phones only (utility-class frameworks).
  if ((hints & kHintHidden) && class_attr.find(':') != std::string_view::npos) hints &= ~kHintHidden;
  return hints;
}

bool IsBoilerplateRole(std::string_view role) {
  role = Trim(role);
  for (std::string_view r : kBoilerplateRoles)
    if (EqualsIgnoreCase(role, r)) return true;
  return false;
}

bool IsHiddenStyle(std::string_view style) {
  if (style.empty()) return false;
  std::string s;
  s.reserve(style.size());
  for (char c : style)
    if (!IsAsciiSpace(c)) s.push_back(ToLowerAscii(c));
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

bool IsBoilerplateLine(std::string_view line) {
  line = Trim(line);
  while (!line.empty() && (line.back() == ':' || line.back() == '.' || line.back() == '!' ||
                           line.back() == '|' || line.back() == '>' || line.back() == '-'))
    line = Trim(line.substr(0, line.size() - 1));
  if (line.size() > 48) return false;
  for (std::string_view b : kBoilerplateLines)
    if (EqualsIgnoreCase(line, b)) return true;
  return false;
}

std::string_view StripCreditCue(std::string_view line) {
  line = Trim(line);
  for (std::string_view cue : kCreditCues)
    if (StartsWithIgnoreCase(line, cue)) return Trim(line.substr(cue.size()));
  return {};
}

std::string_view StripBylineCue(std::string_view line) {
  line = Trim(line);
  for (std::string_view cue : kBylineCues)
    if (StartsWithIgnoreCase(line, cue)) return Trim(line.substr(cue.size()));
  return {};
}

const std::string_view kTitleSeparators[] = {" | ", " - ", " – ", " — ", " :: ", " · ", " • ",
                                             " / ", " : ", " « ", " » "};
const size_t kNumTitleSeparators = std::size(kTitleSeparators);

}  // namespace lede
