// lede::Status codes as Python exceptions. The one place where the mapping
// lives: every binding reports a failed Status through ThrowStatus().
#ifndef LEDE_PYTHON_ERRORS_H_
#define LEDE_PYTHON_ERRORS_H_

#include <pybind11/pybind11.h>

#include <string_view>

#include "lede/status.h"

namespace lede::python {

// Registers lede.LedeError and its subclasses in `m`.
void RegisterExceptions(pybind11::module_& m);

// Raises the Python exception for `status`. REQUIRES: !status.ok(); the GIL
// is held.
[[noreturn]] void ThrowStatus(const Status& status);

// Warns (lede.CorruptInputWarning) that the input was damaged and read in
// part, with `status`'s message; raises where warnings are errors. The GIL
// is held.
void WarnCorruptInput(const Status& status);

// A str from bytes as the input gave them (record ids, dates, target URIs,
// a file name quoted in a message): invalid UTF-8 becomes U+FFFD, as in the
// JSON line, instead of a UnicodeDecodeError. The GIL is held.
pybind11::str LenientStr(std::string_view s);

}  // namespace lede::python

#endif  // LEDE_PYTHON_ERRORS_H_
