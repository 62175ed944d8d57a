// How an ordered list numbers its items (<ol start reversed type>), read
// from the Body's kList node: shared by the Markdown and HTML writers.
#ifndef LEDE_SERIALIZE_LIST_NUMBERING_H_
#define LEDE_SERIALIZE_LIST_NUMBERING_H_

#include <cstdint>
#include <string>

#include "lede/article.h"

namespace lede {

struct ListNumbering {
  bool ordered = false;
  bool reversed = false;
  char type = '1';        // '1', 'a', 'A', 'i' or 'I'
  long first = 1;         // the first item's number
};

// List node `list`'s numbering. A reversed list with no start begins at
// its number of items. (A Body built by hand may hold any string as the
// start: only an optional '-' and up to 9 digits, kMaxListNumber's, are
// read.)
ListNumbering ReadListNumbering(const Body& b, uint32_t list);

// Item `item`'s own number (<li value>, kept on its kListItem node as the
// list's start is), into `*value`; false when it has none. It numbers the
// item, and those after count on from it.
bool ReadItemValue(const Body& b, uint32_t item, long* value);

// Appends `number` as `type` draws it: "3", "c", "C", "iii", "III".
// Letters and roman numerals only for what they can write (letters from 1,
// "z" then "aa"; roman numerals 1 to 3999); decimal otherwise.
void AppendListNumber(long number, char type, std::string* out);

// Appends the number of item `item` as a line shows it ("3. ", "c. "):
// its own value if it has one (ReadItemValue), else the one `*number`
// counts; then steps `*number` to the next item's: down for a reversed
// list. (A list flattened into a heading, in both writers.)
void AppendItemNumber(const Body& b, uint32_t item, const ListNumbering& numbering, long* number,
                      std::string* out);

}  // namespace lede

#endif  // LEDE_SERIALIZE_LIST_NUMBERING_H_
