// The table insertion modes: 13.2.6.4.9 "in table" through 13.2.6.4.15
// "in cell".
#include "html/tree_builder.h"

namespace lede {
namespace {

bool IsHiddenInput(const Token& t) {
  for (uint32_t i = 0; i < t.num_attrs; ++i)
    if (t.attrs[i].name == "type") {
      const std::string_view v = t.attrs[i].value;
      if (v.size() != 6) return false;
      const char* h = "hidden";
      for (size_t j = 0; j < 6; ++j)
        if ((v[j] | 0x20) != h[j]) return false;
      return true;
    }
  return false;
}

}  // namespace

// 13.2.6.4.9 The "in table" insertion mode
bool TreeBuilder::InTable(Token& t) {
  switch (t.type) {
    case TokenType::kCharacters: {
      const Node* c = stack_.current();
      if (c->ns == Namespace::kHtml &&
          (c->tag == TagId::kTable || c->tag == TagId::kTbody || c->tag == TagId::kTemplate ||
           c->tag == TagId::kTfoot || c->tag == TagId::kThead || c->tag == TagId::kTr)) {
        table_text_runs_ = 0;
        table_text_dirty_ = false;
        original_mode_ = mode_;
        mode_ = Mode::kInTableText;
        return true;
      }
      return InTableAnythingElse(t);
    }
    case TokenType::kComment:
      InsertComment(t);
      return false;
    case TokenType::kDoctype:
      return false;
    case TokenType::kStartTag:
      switch (t.tag) {
        case TagId::kCaption:
          ClearStackBackTo({TagId::kTable, TagId::kTemplate});
          formatting_.PushMarker();
          InsertHtmlElement(t);
          mode_ = Mode::kInCaption;
          return false;
        case TagId::kColgroup:
          ClearStackBackTo({TagId::kTable, TagId::kTemplate});
          InsertHtmlElement(t);
          mode_ = Mode::kInColumnGroup;
          return false;
        case TagId::kCol:
          ClearStackBackTo({TagId::kTable, TagId::kTemplate});
          InsertHtmlElement(TagId::kColgroup);
          mode_ = Mode::kInColumnGroup;
          return true;
        case TagId::kTbody: case TagId::kTfoot: case TagId::kThead:
          ClearStackBackTo({TagId::kTable, TagId::kTemplate});
          InsertHtmlElement(t);
          mode_ = Mode::kInTableBody;
          return false;
        case TagId::kTd: case TagId::kTh: case TagId::kTr:
          ClearStackBackTo({TagId::kTable, TagId::kTemplate});
          InsertHtmlElement(TagId::kTbody);
          mode_ = Mode::kInTableBody;
          return true;
        case TagId::kTable:
          if (!HasInScope(TagId::kTable, Scope::kTable)) return false;
          PopUntil(TagId::kTable);
          ResetInsertionMode();
          return true;
        case TagId::kStyle: case TagId::kScript: case TagId::kTemplate:
          return InHead(t);
        case TagId::kInput:
          if (!IsHiddenInput(t)) return InTableAnythingElse(t);
          InsertHtmlElement(t);
          stack_.Pop();
          return false;
        case TagId::kForm:
          if (stack_.Has(TagId::kTemplate) || form_) return false;
          form_ = InsertHtmlElement(t);
          stack_.Pop();
          return false;
        default:
          return InTableAnythingElse(t);
      }
    case TokenType::kEndTag:
      switch (t.tag) {
        case TagId::kTable:
          if (!HasInScope(TagId::kTable, Scope::kTable)) return false;
          PopUntil(TagId::kTable);
          ResetInsertionMode();
          return false;
        case TagId::kBody: case TagId::kCaption: case TagId::kCol: case TagId::kColgroup:
        case TagId::kHtml: case TagId::kTbody: case TagId::kTd: case TagId::kTfoot: case TagId::kTh:
        case TagId::kThead: case TagId::kTr:
          return false;
        case TagId::kTemplate:
          return InHead(t);
        default:
          return InTableAnythingElse(t);
      }
    case TokenType::kEof:
      return InBody(t);
  }
  return false;
}

// "Anything else" in "in table": foster parenting on, then "in body".
bool TreeBuilder::InTableAnythingElse(Token& t) {
  foster_parenting_ = true;
  const bool again = InBody(t);
  foster_parenting_ = false;
  return again;
}

// 13.2.6.4.10 The "in table text" insertion mode
bool TreeBuilder::InTableText(Token& t) {
  if (t.type == TokenType::kCharacters) {
    std::string_view s = t.has_nul ? StripNuls(t.data) : t.data;
    if (s.empty()) return false;
    if (!table_text_dirty_) {
      for (char c : s)
        if (!IsHtmlWhitespace(c)) {
          table_text_dirty_ = true;
          break;
        }
    }
    if (table_text_runs_ == 0) {
      table_text_view_ = s;
    } else {
      if (table_text_runs_ == 1) table_text_.assign(table_text_view_);
      table_text_.append(s);
    }
    ++table_text_runs_;
    return false;
  }
  if (table_text_runs_ > 0) {
    const std::string_view text = table_text_runs_ == 1 ? table_text_view_ : arena_->Copy(table_text_);
    table_text_runs_ = 0;
    if (table_text_dirty_) {
      // Non-whitespace: the characters go through "in table"'s "anything
      // else" (foster parented).
      Token chars;
      chars.type = TokenType::kCharacters;
      chars.data = text;
      InTableAnythingElse(chars);
    } else {
      InsertText(text);
    }
  }
  mode_ = original_mode_;
  return true;
}

// 13.2.6.4.11 The "in caption" insertion mode
bool TreeBuilder::InCaption(Token& t) {
  if (t.type == TokenType::kEndTag && t.tag == TagId::kCaption) {
    if (!HasInScope(TagId::kCaption, Scope::kTable)) return false;
    GenerateImpliedEndTags();
    PopUntil(TagId::kCaption);
    formatting_.ClearToLastMarker();
    mode_ = Mode::kInTable;
    return false;
  }
  bool closes = false;
  if (t.type == TokenType::kStartTag) {
    switch (t.tag) {
      case TagId::kCaption: case TagId::kCol: case TagId::kColgroup: case TagId::kTbody:
      case TagId::kTd: case TagId::kTfoot: case TagId::kTh: case TagId::kThead: case TagId::kTr:
        closes = true;
        break;
      default:
        break;
    }
  } else if (t.type == TokenType::kEndTag) {
    switch (t.tag) {
      case TagId::kTable:
        closes = true;
        break;
      case TagId::kBody: case TagId::kCol: case TagId::kColgroup: case TagId::kHtml:
      case TagId::kTbody: case TagId::kTd: case TagId::kTfoot: case TagId::kTh: case TagId::kThead:
      case TagId::kTr:
        return false;
      default:
        break;
    }
  }
  if (closes) {
    if (!HasInScope(TagId::kCaption, Scope::kTable)) return false;
    GenerateImpliedEndTags();
    PopUntil(TagId::kCaption);
    formatting_.ClearToLastMarker();
    mode_ = Mode::kInTable;
    return true;
  }
  return InBody(t);
}

// 13.2.6.4.12 The "in column group" insertion mode
bool TreeBuilder::InColumnGroup(Token& t) {
  switch (t.type) {
    case TokenType::kCharacters:
      InsertText(TakeLeadingWhitespace(t));
      if (t.data.empty()) return false;
      if (!CurrentIs(TagId::kColgroup)) {
        // Character by character, "anything else" ignores each
        // non-whitespace character and the whitespace ones are inserted.
        InsertText(WhitespaceOnly(t.data));
        return false;
      }
      break;
    case TokenType::kComment:
      InsertComment(t);
      return false;
    case TokenType::kDoctype:
      return false;
    case TokenType::kStartTag:
      if (t.tag == TagId::kHtml) return InBody(t);
      if (t.tag == TagId::kCol) {
        InsertHtmlElement(t);
        stack_.Pop();
        return false;
      }
      if (t.tag == TagId::kTemplate) return InHead(t);
      break;
    case TokenType::kEndTag:
      if (t.tag == TagId::kColgroup) {
        if (!CurrentIs(TagId::kColgroup)) return false;
        stack_.Pop();
        mode_ = Mode::kInTable;
        return false;
      }
      if (t.tag == TagId::kCol) return false;
      if (t.tag == TagId::kTemplate) return InHead(t);
      break;
    case TokenType::kEof:
      return InBody(t);
  }
  if (!CurrentIs(TagId::kColgroup)) return false;
  stack_.Pop();
  mode_ = Mode::kInTable;
  return true;
}

// 13.2.6.4.13 The "in table body" insertion mode
bool TreeBuilder::InTableBody(Token& t) {
  if (t.type == TokenType::kStartTag) {
    switch (t.tag) {
      case TagId::kTr:
        ClearStackBackTo({TagId::kTbody, TagId::kTfoot, TagId::kThead, TagId::kTemplate});
        InsertHtmlElement(t);
        mode_ = Mode::kInRow;
        return false;
      case TagId::kTh: case TagId::kTd:
        ClearStackBackTo({TagId::kTbody, TagId::kTfoot, TagId::kThead, TagId::kTemplate});
        InsertHtmlElement(TagId::kTr);
        mode_ = Mode::kInRow;
        return true;
      case TagId::kCaption: case TagId::kCol: case TagId::kColgroup: case TagId::kTbody:
      case TagId::kTfoot: case TagId::kThead:
        break;  // below
      default:
        return InTable(t);
    }
  } else if (t.type == TokenType::kEndTag) {
    switch (t.tag) {
      case TagId::kTbody: case TagId::kTfoot: case TagId::kThead:
        if (!HasInScope(t.tag, Scope::kTable)) return false;
        ClearStackBackTo({TagId::kTbody, TagId::kTfoot, TagId::kThead, TagId::kTemplate});
        stack_.Pop();
        mode_ = Mode::kInTable;
        return false;
      case TagId::kTable:
        break;  // below
      case TagId::kBody: case TagId::kCaption: case TagId::kCol: case TagId::kColgroup:
      case TagId::kHtml: case TagId::kTd: case TagId::kTh: case TagId::kTr:
        return false;
      default:
        return InTable(t);
    }
  } else {
    return InTable(t);
  }
  // A start tag caption, col, colgroup, tbody, tfoot, thead; an end tag table.
  if (!HasInScope(TagId::kTbody, Scope::kTable) && !HasInScope(TagId::kThead, Scope::kTable) &&
      !HasInScope(TagId::kTfoot, Scope::kTable))
    return false;
  ClearStackBackTo({TagId::kTbody, TagId::kTfoot, TagId::kThead, TagId::kTemplate});
  stack_.Pop();
  mode_ = Mode::kInTable;
  return true;
}

// 13.2.6.4.14 The "in row" insertion mode
bool TreeBuilder::InRow(Token& t) {
  if (t.type == TokenType::kStartTag) {
    switch (t.tag) {
      case TagId::kTh: case TagId::kTd:
        ClearStackBackTo({TagId::kTr, TagId::kTemplate});
        InsertHtmlElement(t);
        mode_ = Mode::kInCell;
        formatting_.PushMarker();
        return false;
      case TagId::kCaption: case TagId::kCol: case TagId::kColgroup: case TagId::kTbody:
      case TagId::kTfoot: case TagId::kThead: case TagId::kTr:
        break;  // below
      default:
        return InTable(t);
    }
  } else if (t.type == TokenType::kEndTag) {
    switch (t.tag) {
      case TagId::kTr:
        if (!HasInScope(TagId::kTr, Scope::kTable)) return false;
        ClearStackBackTo({TagId::kTr, TagId::kTemplate});
        stack_.Pop();
        mode_ = Mode::kInTableBody;
        return false;
      case TagId::kTable:
        break;  // below
      case TagId::kTbody: case TagId::kTfoot: case TagId::kThead:
        if (!HasInScope(t.tag, Scope::kTable)) return false;
        break;  // below
      case TagId::kBody: case TagId::kCaption: case TagId::kCol: case TagId::kColgroup:
      case TagId::kHtml: case TagId::kTd: case TagId::kTh:
        return false;
      default:
        return InTable(t);
    }
  } else {
    return InTable(t);
  }
  if (!HasInScope(TagId::kTr, Scope::kTable)) return false;
  ClearStackBackTo({TagId::kTr, TagId::kTemplate});
  stack_.Pop();
  mode_ = Mode::kInTableBody;
  return true;
}

// 13.2.6.4.15 The "in cell" insertion mode
bool TreeBuilder::InCell(Token& t) {
  if (t.type == TokenType::kEndTag) {
    switch (t.tag) {
      case TagId::kTd: case TagId::kTh:
        if (!HasInScope(t.tag, Scope::kTable)) return false;
        GenerateImpliedEndTags();
        PopUntil(t.tag);
        formatting_.ClearToLastMarker();
        mode_ = Mode::kInRow;
        return false;
      case TagId::kBody: case TagId::kCaption: case TagId::kCol: case TagId::kColgroup:
      case TagId::kHtml:
        return false;
      case TagId::kTable: case TagId::kTbody: case TagId::kTfoot: case TagId::kThead: case TagId::kTr:
        if (!HasInScope(t.tag, Scope::kTable)) return false;
        CloseCell();
        return true;
      default:
        return InBody(t);
    }
  }
  if (t.type == TokenType::kStartTag) {
    switch (t.tag) {
      case TagId::kCaption: case TagId::kCol: case TagId::kColgroup: case TagId::kTbody:
      case TagId::kTd: case TagId::kTfoot: case TagId::kTh: case TagId::kThead: case TagId::kTr:
        if (!HasInScope(TagId::kTd, Scope::kTable) && !HasInScope(TagId::kTh, Scope::kTable))
          return false;
        CloseCell();
        return true;
      default:
        break;
    }
  }
  return InBody(t);
}

}  // namespace lede
