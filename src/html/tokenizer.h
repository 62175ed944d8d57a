// The HTML tokenizer (WHATWG HTML 13.2.5): UTF-8 text to tokens.
//
// Pull model: the tree builder calls Next() for each token and switches the
// content model (RCDATA, RAWTEXT, script data, PLAINTEXT) between calls, as
// the tree construction stage does in the spec.
//
// Speed: the common states scan whole runs (SIMD where available) instead of
// dispatching per character; tokens are not allocated (one Token is
// refilled); text, names and values are views into the input whenever no
// decoding was needed, and arena copies otherwise.
//
// Lifetimes: every string_view in a Token points into the input or into the
// Arena passed to Reset(), so it stays valid as long as both do. The
// attribute array is the tokenizer's own and is valid until the next call to
// Next().
//
// Input: UTF-8 (NUL bytes allowed). CR and CRLF are normalized to LF, as the
// spec's input stream preprocessing requires (13.2.3.5); when the input holds
// a CR the tokenizer works on a normalized copy in the arena.
//
// Parse errors are not reported. Not thread-safe; reusable across inputs.
#ifndef LEDE_HTML_TOKENIZER_H_
#define LEDE_HTML_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/arena.h"
#include "dom/document.h"
#include "dom/tag.h"

namespace lede {

enum class TokenType : uint8_t { kCharacters, kStartTag, kEndTag, kComment, kDoctype, kEof };

struct Token {
  TokenType type = TokenType::kEof;
  bool self_closing = false;
  // Characters: the run holds at least one U+0000 (the tree builder drops or
  // replaces it depending on the insertion mode).
  bool has_nul = false;
  // DOCTYPE fields (13.2.5: name, public and system identifiers, each of
  // which may be missing, and the force-quirks flag).
  bool force_quirks = false;
  bool has_name = false;
  bool has_public_id = false;
  bool has_system_id = false;
  TagId tag = TagId::kUnknown;  // tags: id of `name` (kUnknown if not listed)
  uint32_t num_attrs = 0;
  std::string_view name;        // tag name (lower-case) or DOCTYPE name
  std::string_view data;        // characters or comment text
  std::string_view public_id;
  std::string_view system_id;
  const Attribute* attrs = nullptr;  // start tags; names lower-case, no duplicates
};

class Tokenizer {
 public:
  // The states a tokenizer can be switched to from outside (the tree
  // builder, or a conformance test's "initialStates").
  enum class ContentModel : uint8_t { kData, kRcdata, kRawtext, kScriptData, kPlaintext, kCdataSection };

  Tokenizer() = default;
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // Starts on a new input. Copies (into `arena`) happen only when decoding
  // is needed. REQUIRES: `input` and `arena` outlive the tokens.
  void Reset(std::string_view input, Arena* arena);

  // Fills `token` with the next token. After kEof, keeps returning kEof.
  void Next(Token* token);

  // Switches the content model (13.2.6.2: the tree builder does this after
  // <title>, <textarea>, <style>, <script>, <plaintext>...).
  void SetContentModel(ContentModel model);
  // "The tag name of the last start tag to have been emitted", used for
  // appropriate end tags. Set by Next(); tests may preset it.
  void set_last_start_tag(std::string_view lower_name) { last_start_tag_ = lower_name; }
  // Whether <![CDATA[ opens a CDATA section: true when the adjusted current
  // node is not an element in the HTML namespace (13.2.5.42).
  void set_cdata_allowed(bool allowed) { cdata_allowed_ = allowed; }
  // Input bytes not read yet.
  size_t remaining() const { return size_t(end_ - p_); }

 private:
  enum class State : uint8_t;

  bool EmitText(Token* t);
  void BeginText() {
    text_begin_ = p_;
    text_in_scratch_ = false;
    text_has_nul_ = false;
  }
  void AppendDecoded(std::string_view s, const char* raw_end, size_t skip);
  bool TagOpen(Token* t);
  bool EndTagOpen(Token* t);
  bool ReadTagName(Token* t, bool end_tag);
  bool ReadAttributes(Token* t);
  bool ReadAttributeName(const char* start);
  bool ReadAttributeValue();
  void FinishTag(Token* t);
  bool Comment(Token* t);
  void BogusComment(Token* t, const char* start);
  void Doctype(Token* t);
  bool CdataSection(Token* t);
  bool RcdataOrRawtext(Token* t, bool rcdata);
  bool ScriptData(Token* t);
  bool Plaintext(Token* t);
  bool AppropriateEndTagAt(const char* p) const;
  void StartEndTagAfterName(Token* t, const char* after_name);
  std::string_view Stable(const std::string& s) { return arena_->Copy(s); }

  const char* begin_ = nullptr;
  const char* p_ = nullptr;
  const char* end_ = nullptr;
  Arena* arena_ = nullptr;
  State state_{};
  bool cdata_allowed_ = false;
  bool eof_emitted_ = false;
  std::string_view last_start_tag_;

  // The pending character run: [text_begin_, p_) of the input, preceded by
  // scratch_ when some of it had to be decoded.
  const char* text_begin_ = nullptr;
  bool text_in_scratch_ = false;
  bool text_has_nul_ = false;
  std::string scratch_;

  // The tag being built.
  std::vector<Attribute> attrs_;
  bool attr_dropped_ = false;  // the current attribute duplicates an earlier one
  std::string name_buf_;
  std::string value_buf_;
  std::vector<uint32_t> attr_hash_;  // open-addressing set for many attributes
  size_t attr_hash_n_ = 0;           // attributes indexed in attr_hash_
  bool DuplicateAttribute(std::string_view name);
  void AddAttribute(std::string_view name);
};

// Decodes the character reference at `p` ('&'), as 13.2.5.72-80 specify.
// `in_attribute`: the reference is in an attribute value (legacy names
// followed by '=' or an alphanumeric stay as written). Returns the number
// of bytes consumed and writes the replacement to `out` (at most 8 bytes,
// `*out_len`), or returns 0 when the '&' is just text.
size_t DecodeCharacterReference(const char* p, const char* end, bool in_attribute, char* out,
                                size_t* out_len);

// `s` with its complete character references decoded ("&amp;" -> "&",
// "&#8217;" -> U+2019; a reference without its ';' stays as written): for
// strings that carry HTML escapes outside the markup, such as JSON-LD
// values written by CMS plugins.
std::string DecodeCharacterReferences(std::string_view s);

}  // namespace lede

#endif  // LEDE_HTML_TOKENIZER_H_
