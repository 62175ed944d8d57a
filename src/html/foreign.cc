// 13.2.6.5 The rules for parsing tokens in foreign content, and the name
// adjustments of 13.2.6.1 ("adjust MathML attributes", "adjust SVG
// attributes", "adjust foreign attributes", the SVG tag name table).
#include <algorithm>
#include <array>
#include <cstdint>

#include "core/text.h"
#include "html/tree_builder.h"

namespace lede {
namespace {

struct NamePair {
  std::string_view lower;
  std::string_view adjusted;
};

// 13.2.6.5: SVG element names whose case is restored. Sorted by `lower`.
constexpr NamePair kSvgTagNames[] = {
    {"altglyph", "altGlyph"},
    {"altglyphdef", "altGlyphDef"},
    {"altglyphitem", "altGlyphItem"},
    {"animatecolor", "animateColor"},
    {"animatemotion", "animateMotion"},
    {"animatetransform", "animateTransform"},
    {"clippath", "clipPath"},
    {"feblend", "feBlend"},
    {"fecolormatrix", "feColorMatrix"},
    {"fecomponenttransfer", "feComponentTransfer"},
    {"fecomposite", "feComposite"},
    {"feconvolvematrix", "feConvolveMatrix"},
    {"fediffuselighting", "feDiffuseLighting"},
    {"fedisplacementmap", "feDisplacementMap"},
    {"fedistantlight", "feDistantLight"},
    {"fedropshadow", "feDropShadow"},
    {"feflood", "feFlood"},
    {"fefunca", "feFuncA"},
    {"fefuncb", "feFuncB"},
    {"fefuncg", "feFuncG"},
    {"fefuncr", "feFuncR"},
    {"fegaussianblur", "feGaussianBlur"},
    {"feimage", "feImage"},
    {"femerge", "feMerge"},
    {"femergenode", "feMergeNode"},
    {"femorphology", "feMorphology"},
    {"feoffset", "feOffset"},
    {"fepointlight", "fePointLight"},
    {"fespecularlighting", "feSpecularLighting"},
    {"fespotlight", "feSpotLight"},
    {"fetile", "feTile"},
    {"feturbulence", "feTurbulence"},
    {"foreignobject", "foreignObject"},
    {"glyphref", "glyphRef"},
    {"lineargradient", "linearGradient"},
    {"radialgradient", "radialGradient"},
    {"textpath", "textPath"},
};

// 13.2.6.1 "Adjust SVG attributes". Sorted by `lower`.
constexpr NamePair kSvgAttributeNames[] = {
    {"attributename", "attributeName"},
    {"attributetype", "attributeType"},
    {"basefrequency", "baseFrequency"},
    {"baseprofile", "baseProfile"},
    {"calcmode", "calcMode"},
    {"clippathunits", "clipPathUnits"},
    {"diffuseconstant", "diffuseConstant"},
    {"edgemode", "edgeMode"},
    {"filterunits", "filterUnits"},
    {"glyphref", "glyphRef"},
    {"gradienttransform", "gradientTransform"},
    {"gradientunits", "gradientUnits"},
    {"kernelmatrix", "kernelMatrix"},
    {"kernelunitlength", "kernelUnitLength"},
    {"keypoints", "keyPoints"},
    {"keysplines", "keySplines"},
    {"keytimes", "keyTimes"},
    {"lengthadjust", "lengthAdjust"},
    {"limitingconeangle", "limitingConeAngle"},
    {"markerheight", "markerHeight"},
    {"markerunits", "markerUnits"},
    {"markerwidth", "markerWidth"},
    {"maskcontentunits", "maskContentUnits"},
    {"maskunits", "maskUnits"},
    {"numoctaves", "numOctaves"},
    {"pathlength", "pathLength"},
    {"patterncontentunits", "patternContentUnits"},
    {"patterntransform", "patternTransform"},
    {"patternunits", "patternUnits"},
    {"pointsatx", "pointsAtX"},
    {"pointsaty", "pointsAtY"},
    {"pointsatz", "pointsAtZ"},
    {"preservealpha", "preserveAlpha"},
    {"preserveaspectratio", "preserveAspectRatio"},
    {"primitiveunits", "primitiveUnits"},
    {"refx", "refX"},
    {"refy", "refY"},
    {"repeatcount", "repeatCount"},
    {"repeatdur", "repeatDur"},
    {"requiredextensions", "requiredExtensions"},
    {"requiredfeatures", "requiredFeatures"},
    {"specularconstant", "specularConstant"},
    {"specularexponent", "specularExponent"},
    {"spreadmethod", "spreadMethod"},
    {"startoffset", "startOffset"},
    {"stddeviation", "stdDeviation"},
    {"stitchtiles", "stitchTiles"},
    {"surfacescale", "surfaceScale"},
    {"systemlanguage", "systemLanguage"},
    {"tablevalues", "tableValues"},
    {"targetx", "targetX"},
    {"targety", "targetY"},
    {"textlength", "textLength"},
    {"viewbox", "viewBox"},
    {"viewtarget", "viewTarget"},
    {"xchannelselector", "xChannelSelector"},
    {"ychannelselector", "yChannelSelector"},
    {"zoomandpan", "zoomAndPan"},
};

// 13.2.6.1 "Adjust foreign attributes": name -> namespace prefix.
struct ForeignAttribute {
  std::string_view name;
  std::string_view prefix;
};
constexpr ForeignAttribute kForeignAttributes[] = {
    {"xlink:actuate", "xlink"}, {"xlink:arcrole", "xlink"}, {"xlink:href", "xlink"},
    {"xlink:role", "xlink"},    {"xlink:show", "xlink"},    {"xlink:title", "xlink"},
    {"xlink:type", "xlink"},    {"xml:lang", "xml"},        {"xml:space", "xml"},
    {"xmlns", "xmlns"},         {"xmlns:xlink", "xmlns"},
};

// The first bytes and lengths of a table's names: bit L of [b] is set when
// a name of L bytes (L < 32) opens with the byte b. A name that no entry
// shares both with is in no entry (most SVG names, "d", "fill", "path",
// are in none of the tables): told with one look, before a search.
struct NameFilter {
  std::array<uint32_t, 256> lengths{};
  constexpr bool MayHold(std::string_view n) const {
    return !n.empty() && (n.size() >= 32 || ((lengths[static_cast<unsigned char>(n[0])] >> n.size()) & 1));
  }
};
template <typename T, size_t N>
constexpr NameFilter FilterOf(const T (&table)[N], std::string_view T::*name) {
  NameFilter f;
  for (const T& e : table) {
    const std::string_view n = e.*name;
    if (!n.empty() && n.size() < 32) f.lengths[static_cast<unsigned char>(n[0])] |= uint32_t{1} << n.size();
    // (A longer name is never ruled out: MayHold passes every name of 32
    // bytes or more.)
  }
  return f;
}
constexpr NameFilter kSvgTagNameFilter = FilterOf(kSvgTagNames, &NamePair::lower);
constexpr NameFilter kSvgAttributeNameFilter = FilterOf(kSvgAttributeNames, &NamePair::lower);
constexpr NameFilter kForeignAttributeFilter = FilterOf(kForeignAttributes, &ForeignAttribute::name);

std::string_view Adjust(const NamePair* begin, const NamePair* end, const NameFilter& filter, std::string_view name) {
  if (!filter.MayHold(name)) return name;
  const NamePair* it = std::lower_bound(begin, end, name,
                                        [](const NamePair& p, std::string_view n) { return p.lower < n; });
  return (it != end && it->lower == name) ? it->adjusted : name;
}

// 13.2.6.5: start tags that break out of foreign content.
bool BreaksOutOfForeignContent(const Token& t) {
  switch (t.tag) {
    case TagId::kB: case TagId::kBig: case TagId::kBlockquote: case TagId::kBody: case TagId::kBr:
    case TagId::kCenter: case TagId::kCode: case TagId::kDd: case TagId::kDiv: case TagId::kDl:
    case TagId::kDt: case TagId::kEm: case TagId::kEmbed: case TagId::kH1: case TagId::kH2:
    case TagId::kH3: case TagId::kH4: case TagId::kH5: case TagId::kH6: case TagId::kHead:
    case TagId::kHr: case TagId::kI: case TagId::kImg: case TagId::kLi: case TagId::kListing:
    case TagId::kMenu: case TagId::kMeta: case TagId::kNobr: case TagId::kOl: case TagId::kP:
    case TagId::kPre: case TagId::kRuby: case TagId::kS: case TagId::kSmall: case TagId::kSpan:
    case TagId::kStrong: case TagId::kStrike: case TagId::kSub: case TagId::kSup:
    case TagId::kTable: case TagId::kTt: case TagId::kU: case TagId::kUl: case TagId::kVar:
      return true;
    case TagId::kFont:
      for (uint32_t i = 0; i < t.num_attrs; ++i) {
        const std::string_view n = t.attrs[i].name;
        if (n == "color" || n == "face" || n == "size") return true;
      }
      return false;
    default:
      return false;
  }
}

}  // namespace

// 13.2.6.1 "Insert a foreign element" (the element part): the token's
// element in `ns`, with the SVG/MathML adjustments applied to its name and
// attributes.
Node* TreeBuilder::CreateForeignElement(const Token& t, Namespace ns) {
  std::string_view name = t.name;
  if (ns == Namespace::kSvg) name = Adjust(std::begin(kSvgTagNames), std::end(kSvgTagNames), kSvgTagNameFilter, name);
  Node* n = doc_->CreateElement(t.tag, name, ns);
  if (t.num_attrs) {
    Attribute* a = arena_->NewArray<Attribute>(t.num_attrs);
    for (uint32_t i = 0; i < t.num_attrs; ++i) {
      Attribute attr = t.attrs[i];
      if (ns == Namespace::kSvg) {
        attr.name =
            Adjust(std::begin(kSvgAttributeNames), std::end(kSvgAttributeNames), kSvgAttributeNameFilter, attr.name);
      } else if (ns == Namespace::kMathMl && attr.name == "definitionurl") {
        attr.name = "definitionURL";
      }
      if (kForeignAttributeFilter.MayHold(attr.name))
        for (const ForeignAttribute& f : kForeignAttributes)
          if (attr.name == f.name) attr.set_ns_prefix(f.prefix);
      a[i] = attr;
    }
    n->attrs = a;
    n->num_attrs = uint8_t(t.num_attrs);  // the tokenizer keeps at most kMaxAttributes
  }
  return n;
}

// 13.2.6.5 The rules for parsing tokens in foreign content
bool TreeBuilder::ForeignContent(Token& t) {
  // A token that breaks out of foreign content: pop to the nearest HTML
  // element or integration point, then process it by the current insertion
  // mode (not the dispatcher: reprocessing there could return here
  // forever).
  auto break_out = [&] {
    for (;;) {
      const Node* c = stack_.current();
      if (c->ns == Namespace::kHtml || IsMathMlTextIntegrationPoint(c) || IsHtmlIntegrationPoint(c)) break;
      stack_.Pop();
    }
    return ProcessInMode(mode_, t);
  };
  switch (t.type) {
    case TokenType::kCharacters: {
      InsertCharacters(t, false);  // U+0000 becomes U+FFFD
      if (frameset_ok_) {
        for (char c : t.data)
          if (!IsHtmlWhitespace(c) && c != '\0') {
            frameset_ok_ = false;
            break;
          }
      }
      return false;
    }
    case TokenType::kComment:
      InsertComment(t);
      return false;
    case TokenType::kDoctype:
      return false;
    case TokenType::kStartTag: {
      if (BreaksOutOfForeignContent(t)) return break_out();
      const Namespace ns = AdjustedCurrentNode()->ns;
      InsertElement(CreateForeignElement(t, ns));
      if (t.self_closing) stack_.Pop();  // acknowledged (an SVG script too)
      return false;
    }
    case TokenType::kEndTag: {
      if (t.tag == TagId::kBr || t.tag == TagId::kP) return break_out();
      // Any other end tag (an SVG </script> included: popping is all the
      // script processing there is with scripting disabled). The walk down
      // the stack ends at a foreign element with the token's name, at the
      // first HTML element (processed by the insertion mode) or at the
      // topmost element (ignored). With no such foreign element open, the
      // end is known without walking.
      int s = stack_.top_slot();
      if (stack_.CountNamed(t.name, true) == 0) return s == 0 ? false : ProcessInMode(mode_, t);
      Node* node = stack_.At(s);
      for (;;) {
        if (s == 0) return false;  // the topmost element: fragment case
        if (EqualsIgnoreCase(node->data, t.name)) {
          PopUntilNode(node);
          return false;
        }
        s = stack_.Below(s);
        node = stack_.At(s);
        if (node->ns == Namespace::kHtml) return ProcessInMode(mode_, t);
      }
    }
    case TokenType::kEof:
      return false;  // not reached: EOF is processed by the insertion mode
  }
  return false;
}

}  // namespace lede
