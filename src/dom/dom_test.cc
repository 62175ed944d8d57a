#include <gtest/gtest.h>

#include <string>

#include "dom/document.h"
#include "dom/tag.h"

namespace lede {
namespace {

TEST(Tag, LookupIsCaseInsensitive) {
  EXPECT_EQ(LookupTag("div"), TagId::kDiv);
  EXPECT_EQ(LookupTag("DIV"), TagId::kDiv);
  EXPECT_EQ(LookupTag("h3"), TagId::kH3);
  EXPECT_EQ(LookupTag("annotation-xml"), TagId::kAnnotationXml);
  EXPECT_EQ(LookupTag("custom-element"), TagId::kUnknown);
  EXPECT_EQ(LookupTag(""), TagId::kUnknown);
  EXPECT_EQ(TagName(TagId::kBlockquote), "blockquote");
  EXPECT_TRUE(IsBlockTag(TagId::kP));
  EXPECT_FALSE(IsBlockTag(TagId::kSpan));
  EXPECT_TRUE(IsVoidTag(TagId::kBr));
  EXPECT_EQ(HeadingLevel(TagId::kH4), 4);
}

TEST(Tag, EveryNameRoundTrips) {
  for (int i = 1; i < int(TagId::kCount); ++i) {
    TagId t = static_cast<TagId>(i);
    EXPECT_EQ(LookupTag(TagName(t)), t) << TagName(t);
  }
}

// The name is compared whole (with loads that may overlap, at every
// length): a name one byte off, first, middle or last, is no tag.
TEST(Tag, LookupComparesEveryByte) {
  for (int i = 1; i < int(TagId::kCount); ++i) {
    const TagId t = static_cast<TagId>(i);
    const std::string name(TagName(t));
    EXPECT_EQ(LookupLowerCaseTag(name), t) << name;
    for (size_t at : {size_t{0}, name.size() / 2, name.size() - 1}) {
      std::string off = name;
      off[at] = off[at] == 'q' ? 'j' : 'q';
      // (It may be another tag's name: "b" for "q".)
      TagId other = TagId::kUnknown;
      for (int j = 1; j < int(TagId::kCount); ++j)
        if (TagName(static_cast<TagId>(j)) == off) other = static_cast<TagId>(j);
      EXPECT_EQ(LookupLowerCaseTag(off), other) << off;
    }
  }
}

TEST(ShortView, ReadsLikeAStringView) {
  // Node::data and Attribute::name/value are 12-byte views (pointer and
  // 32-bit length) so that Node is 64 bytes and Attribute 32; they read as
  // std::string_view does.
  static_assert(sizeof(Node) <= 64 && sizeof(Attribute) <= 32);
  const std::string_view text = "Some words here";
  ShortView v = text;
  EXPECT_EQ(v.size(), text.size());
  EXPECT_EQ(v.data(), text.data());
  EXPECT_TRUE(v == "Some words here");
  EXPECT_TRUE("Some words here" == v);
  EXPECT_FALSE(v != text);
  EXPECT_TRUE(v < std::string_view("Tome"));
  EXPECT_EQ(v.substr(5, 5), "words");
  EXPECT_EQ(v.find("words"), 5u);
  EXPECT_EQ(v.find(' '), 4u);
  EXPECT_EQ(v.rfind(' '), 10u);
  EXPECT_TRUE(v.starts_with("Some") && v.ends_with("here") && v.contains("ords"));
  EXPECT_EQ(v.front(), 'S');
  EXPECT_EQ(v.back(), 'e');
  EXPECT_EQ(std::string(v.begin(), v.end()), text);
  EXPECT_TRUE(ShortView().empty());
  std::string_view back = v;
  EXPECT_EQ(back, text);
}

TEST(Attribute, NamespacePrefixIsAOneByteCode) {
  Attribute a;
  a.name = "xlink:href";
  EXPECT_EQ(a.ns_prefix(), "");
  for (std::string_view p : {"xlink", "xml", "xmlns"}) {
    a.set_ns_prefix(p);
    EXPECT_EQ(a.ns_prefix(), p);
  }
  a.set_ns_prefix("");
  EXPECT_EQ(a.ns, Attribute::Ns::kNone);
}

TEST(Document, BuildAndDetach) {
  Document d;
  Node* div = d.CreateElement(TagId::kDiv, "div");
  Node* a = d.CreateText(d.CopyString("a"));
  Node* b = d.CreateText(d.CopyString("b"));
  Document::AppendChild(d.root(), div);
  Document::AppendChild(div, b);
  Document::InsertBefore(div, a, b);
  EXPECT_EQ(div->first_child, a);
  EXPECT_EQ(a->next, b);
  Document::Detach(a);
  EXPECT_EQ(div->first_child, b);
  EXPECT_EQ(b->prev(), nullptr);
  Attribute* at = d.AllocateAttributes(div, 1);
  at[0].name = "class";
  at[0].value = "x";
  EXPECT_EQ(div->Attr("class"), "x");
  EXPECT_FALSE(div->HasAttr("id"));
}

// The children of `parent` forwards, checked against prev() backwards
// and last_child(): "abc" for a, b, c.
std::string Children(const Node* parent) {
  std::string forward, backward;
  for (const Node* c = parent->first_child; c; c = c->next) {
    EXPECT_EQ(c->parent, parent);
    forward += c->data.view();
  }
  for (const Node* c = parent->last_child(); c; c = c->prev()) backward.insert(0, c->data.view());
  EXPECT_EQ(forward, backward);
  if (parent->first_child) { EXPECT_EQ(parent->first_child->prev(), nullptr); }
  if (const Node* last = parent->last_child()) { EXPECT_EQ(last->next, nullptr); }
  return forward;
}

TEST(Document, FirstChildLinksToTheLastOne) {
  // Node keeps one link for the previous sibling and the parent's last
  // child (the first child's): prev() and last_child() must read the same
  // lists as first_child and next after every kind of insertion and
  // removal, at the front, in the middle and at the end.
  Document d;
  Node* div = d.CreateElement(TagId::kDiv, "div");
  Node* a = d.CreateText("a");
  Node* b = d.CreateText("b");
  Node* c = d.CreateText("c");
  Node* e = d.CreateText("e");
  EXPECT_EQ(div->last_child(), nullptr);
  EXPECT_EQ(a->prev(), nullptr);  // detached
  Document::AppendChild(d.root(), div);
  Document::AppendChild(div, b);  // an only child
  EXPECT_EQ(div->last_child(), b);
  EXPECT_EQ(b->prev(), nullptr);
  EXPECT_EQ(Children(div), "b");
  Document::InsertBefore(div, a, b);  // before the first
  EXPECT_EQ(Children(div), "ab");
  Document::InsertBefore(div, c, nullptr);  // appended
  EXPECT_EQ(Children(div), "abc");
  Document::InsertBefore(div, e, c);  // before the last
  EXPECT_EQ(Children(div), "abec");
  Document::Detach(e);  // from the middle
  EXPECT_EQ(e->parent, nullptr);
  EXPECT_EQ(e->prev(), nullptr);
  EXPECT_EQ(Children(div), "abc");
  Document::Detach(c);  // the last
  EXPECT_EQ(Children(div), "ab");
  Document::AppendChild(div, c);
  Document::Detach(a);  // the first
  EXPECT_EQ(Children(div), "bc");
  Document::Detach(c);
  Document::Detach(b);  // the only one
  EXPECT_EQ(div->first_child, nullptr);
  EXPECT_EQ(div->last_child(), nullptr);
  EXPECT_EQ(Children(div), "");
  // Detached nodes go back in anywhere.
  Document::AppendChild(div, c);
  Document::InsertBefore(div, a, c);
  Document::InsertBefore(div, b, c);
  Document::AppendChild(div, e);
  EXPECT_EQ(Children(div), "abce");
  EXPECT_EQ(Children(d.root()), "div");
}

TEST(Document, IsWithinCountsLevels) {
  Document d;
  Node* outer = d.CreateElement(TagId::kDiv, "div");
  Node* inner = d.CreateElement(TagId::kP, "p");
  Node* text = d.CreateText(d.CopyString("t"));
  Document::AppendChild(d.root(), outer);
  Document::AppendChild(outer, inner);
  Document::AppendChild(inner, text);
  EXPECT_TRUE(IsWithin(text, text, 0));
  EXPECT_TRUE(IsWithin(text, outer));
  EXPECT_TRUE(IsWithin(text, outer, 2));
  EXPECT_FALSE(IsWithin(text, outer, 1));  // two parents up, one allowed
  EXPECT_FALSE(IsWithin(outer, text));     // an ancestor is not within its child
  EXPECT_FALSE(IsWithin(nullptr, outer));
}

}  // namespace
}  // namespace lede
