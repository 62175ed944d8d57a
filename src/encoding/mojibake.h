// Repair of doubly-encoded text ("mojibake"): UTF-8 text that a broken CMS
// or crawler decoded as Latin-1 / windows-1252 and encoded as UTF-8 again,
// so that "’" reads "â€™" (or "â" and two C1 controls) and "é" reads "Ã©".
//
// The repair is conservative, in the manner of ftfy: only runs of code
// points that map back (Latin-1 / windows-1252) to one whole, valid UTF-8
// multi-byte sequence are candidates, and a page is repaired only when it
// holds unambiguous ones (a C1 control in the run, or a three- or four-byte
// sequence, which legitimate text practically never forms). Two-character
// runs without a C1 control ("Ã©", "Â£", "É®") are also legitimate
// letter-plus-symbol pairs: they are repaired only on a page voted
// mojibake, only for the leads of the commonly mis-decoded scripts (Latin-1
// supplement, Latin Extended-A, Greek, Cyrillic), and only when the page
// does not also use those lead letters on their own ("SÃO PAULO").
#ifndef LEDE_ENCODING_MOJIBAKE_H_
#define LEDE_ENCODING_MOJIBAKE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace lede {

// Cheap prefilter: true when `utf8` holds a possible mojibake sequence start
// (the bytes of "Â".."ô" followed by the first byte of a continuation
// stand-in). False for most pages; then RepairMojibake would do nothing.
bool MayHoldMojibake(std::string_view utf8);

// Repairs `utf8` (valid UTF-8) into `out` when the page is voted mojibake;
// returns the number of sequences repaired (0: the text needs no change and
// `out` holds nothing of use). Up to three rounds, for text encoded twice
// over ("Ã¢â‚¬â„¢"), each a linear pass. `out` may not alias `utf8`.
size_t RepairMojibake(std::string_view utf8, std::string* out);

}  // namespace lede

#endif  // LEDE_ENCODING_MOJIBAKE_H_
