#include "html/tokenizer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "html/scan.h"

namespace lede {
namespace {

std::vector<Token> Tokenize(std::string_view input, Arena* arena) {
  Tokenizer t;
  t.Reset(input, arena);
  std::vector<Token> out;
  for (;;) {
    Token tok;
    t.Next(&tok);
    if (tok.type == TokenType::kEof) break;
    tok.attrs = nullptr;  // valid only until the next call
    out.push_back(tok);
  }
  return out;
}

// The first token of `input`, read by `t` (which goes on from there); its
// attributes are valid until t's next call.
Token FirstToken(Tokenizer* t, std::string_view input, Arena* arena) {
  t->Reset(input, arena);
  Token tok;
  t->Next(&tok);
  return tok;
}

TEST(Tokenizer, TextIsAViewIntoTheInputWhenNothingIsDecoded) {
  Arena arena;
  const std::string input = "<p class=x>Hello world</p>";
  std::vector<Token> toks = Tokenize(input, &arena);
  ASSERT_EQ(toks.size(), 3u);
  EXPECT_EQ(toks[1].type, TokenType::kCharacters);
  EXPECT_EQ(toks[1].data, "Hello world");
  EXPECT_EQ(toks[1].data.data(), input.data() + 11);  // no copy
}

TEST(Tokenizer, CharacterReferencesMakeOneRun) {
  Arena arena;
  std::vector<Token> toks = Tokenize("a&amp;b&lt;c&notin;d&noti&#x41;&#65&#0;", &arena);
  ASSERT_EQ(toks.size(), 1u);
  EXPECT_EQ(toks[0].data, "a&b<c\xE2\x88\x89" "d\xC2\xACiAA\xEF\xBF\xBD");
}

// Named references are looked up among the names of their first byte:
// the first and last names of the table ("AElig", "zwnj"), names at the
// edges of a byte's run ("Aacute", "Zopf", "aacute"), and an unknown one.
TEST(Tokenizer, NamedReferencesAtEveryEdgeOfTheTable) {
  EXPECT_EQ(DecodeCharacterReferences("&AElig;&Aacute;&Zopf;&aacute;&zwnj;&zwj;"),
            "\xC3\x86\xC3\x81\xE2\x84\xA4\xC3\xA1\xE2\x80\x8C\xE2\x80\x8D");
  EXPECT_EQ(DecodeCharacterReferences("&Zzz; &1; &;"), "&Zzz; &1; &;");
}

TEST(Tokenizer, AttributeCharacterReferencesFollowTheLegacyRule) {
  Arena arena;
  Tokenizer t;
  Token tok = FirstToken(&t, "<a href='?x=1&copy=2&amp;y' title=&amp;>", &arena);
  ASSERT_EQ(tok.type, TokenType::kStartTag);
  ASSERT_EQ(tok.num_attrs, 2u);
  EXPECT_EQ(tok.attrs[0].value, "?x=1&copy=2&y");
  EXPECT_EQ(tok.attrs[1].value, "&");
}

TEST(Tokenizer, CrLfIsNormalized) {
  Arena arena;
  std::vector<Token> toks = Tokenize("a\r\nb\rc<!--\r\n-->", &arena);
  ASSERT_EQ(toks.size(), 2u);
  EXPECT_EQ(toks[0].data, "a\nb\nc");
  EXPECT_EQ(toks[1].data, "\n");
}

TEST(Tokenizer, ManyDuplicateAttributesStayLinear) {
  Arena arena;
  std::string input = "<div";
  for (int i = 0; i < 20000; ++i) input += " a" + std::to_string(i % 5000) + "=v";
  input += ">";
  Tokenizer t;
  Token tok = FirstToken(&t, input, &arena);
  ASSERT_EQ(tok.type, TokenType::kStartTag);
  EXPECT_EQ(tok.num_attrs, kMaxAttributes);  // later duplicates dropped, and those past the first 255
}

TEST(Tokenizer, RawTextEndsOnlyAtTheAppropriateEndTag) {
  Arena arena;
  Tokenizer t;
  Token tok = FirstToken(&t, "<script>if (a</b) x='</scripty>'; </SCRIPT >after", &arena);
  ASSERT_EQ(tok.tag, TagId::kScript);
  t.SetContentModel(Tokenizer::ContentModel::kScriptData);
  t.Next(&tok);
  EXPECT_EQ(tok.data, "if (a</b) x='</scripty>'; ");
  t.Next(&tok);
  EXPECT_EQ(tok.type, TokenType::kEndTag);
  EXPECT_EQ(tok.tag, TagId::kScript);
  t.Next(&tok);
  EXPECT_EQ(tok.data, "after");
}

TEST(Scan, VectorAndScalarAgree) {
  std::mt19937 rng(7);
  const char alphabet[] = "abc<&\0-xyz";
  for (int round = 0; round < 2000; ++round) {
    std::string s(rng() % 400, 'a');  // long enough for the AVX2 loop
    for (char& c : s) c = alphabet[rng() % 10];
    const char* b = s.data();
    const char* e = b + s.size();
    for (size_t from = 0; from <= s.size(); from += 7) {
      EXPECT_EQ(ScanFor3(b + from, e, '<', '&', '\0'), ScanFor3Scalar(b + from, e, '<', '&', '\0'));
      EXPECT_EQ(ScanFor2(b + from, e, '-', '\0'), ScanFor2Scalar(b + from, e, '-', '\0'));
    }
  }
}

}  // namespace
}  // namespace lede
