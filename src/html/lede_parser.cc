// HtmlParser on lede's own tokenizer and tree builder.
#include <memory>

#include "html/parser.h"
#include "html/tree_builder.h"

namespace lede {
namespace {

class LedeParser final : public HtmlParser {
 public:
  Status Parse(std::string_view utf8, const ParseOptions& options, Document* doc) override {
    builder_.BuildDocument(utf8, options, doc);
    return Status::Ok();
  }
  Status ParseFragment(std::string_view utf8, const FragmentContext& context, const ParseOptions& options,
                       Document* doc) override {
    builder_.BuildFragment(utf8, context.name, context.ns, options, doc);
    return Status::Ok();
  }
  std::string_view name() const override { return "lede"; }

 private:
  TreeBuilder builder_;
};

}  // namespace

std::unique_ptr<HtmlParser> NewLedeParser() { return std::make_unique<LedeParser>(); }

std::unique_ptr<HtmlParser> NewDefaultParser() { return NewLedeParser(); }

}  // namespace lede
