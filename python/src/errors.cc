// Status code -> exception class:
//   kInvalidArgument  InvalidArgumentError (also a ValueError)
//   kIoError          LedeIOError          (also an OSError)
//   kCorruptInput     CorruptInputError    (also a ValueError)
//   kLimitExceeded    LimitExceededError; .limit is the limit's name
//   kUnsupported      UnsupportedError     (also a NotImplementedError)
//   kInternal         InternalError        (also a RuntimeError)
// All derive from LedeError; each has .code (the StatusCodeName string).
// CorruptInputWarning (a UserWarning): input damaged but partly read (a cut
// .gz whose inflated start was extracted).
#include "errors.h"

#include <string>

namespace py = pybind11;

namespace lede::python {
namespace {

struct Classes {
  py::object base, invalid, io, corrupt, limit, unsupported, internal, corrupt_warning;
};

Classes& GetClasses() {
  static Classes* c = new Classes();  // lives as long as the interpreter
  return *c;
}

py::object MakeClass(py::module_& m, const char* name, py::tuple bases, const char* doc) {
  py::dict ns;
  ns["__doc__"] = doc;
  ns["__module__"] = "lede";
  py::object cls = py::reinterpret_borrow<py::object>(reinterpret_cast<PyObject*>(&PyType_Type))(name, bases, ns);
  m.attr(name) = cls;
  return cls;
}

}  // namespace

void RegisterExceptions(py::module_& m) {
  Classes& c = GetClasses();
  py::object exc = py::reinterpret_borrow<py::object>(PyExc_Exception);
  c.base = MakeClass(m, "LedeError", py::make_tuple(exc), "Base class of every lede error.");
  c.invalid = MakeClass(m, "InvalidArgumentError",
                        py::make_tuple(c.base, py::reinterpret_borrow<py::object>(PyExc_ValueError)),
                        "A bad option or label.");
  c.io = MakeClass(m, "LedeIOError", py::make_tuple(c.base, py::reinterpret_borrow<py::object>(PyExc_OSError)),
                   "A file could not be read or written.");
  c.corrupt = MakeClass(m, "CorruptInputError",
                        py::make_tuple(c.base, py::reinterpret_borrow<py::object>(PyExc_ValueError)),
                        "Undecodable input: broken compression, truncated record.");
  c.limit = MakeClass(m, "LimitExceededError", py::make_tuple(c.base),
                      "A limit was hit; .limit names it (max_input_bytes, time_budget_ms...).");
  c.unsupported = MakeClass(m, "UnsupportedError",
                            py::make_tuple(c.base, py::reinterpret_borrow<py::object>(PyExc_NotImplementedError)),
                            "A feature this build lacks.");
  c.internal = MakeClass(m, "InternalError",
                         py::make_tuple(c.base, py::reinterpret_borrow<py::object>(PyExc_RuntimeError)),
                         "A bug in lede.");
  c.corrupt_warning = MakeClass(m, "CorruptInputWarning",
                                py::make_tuple(py::reinterpret_borrow<py::object>(PyExc_UserWarning)),
                                "Damaged input read in part: a cut .gz whose inflated start was extracted.");
}

void WarnCorruptInput(const Status& st) {
  if (PyErr_WarnEx(GetClasses().corrupt_warning.ptr(), st.ToString().c_str(), 1) < 0) throw py::error_already_set();
}

void ThrowStatus(const Status& st) {
  Classes& c = GetClasses();
  py::object cls;
  switch (st.code()) {
    case StatusCode::kInvalidArgument: cls = c.invalid; break;
    case StatusCode::kIoError: cls = c.io; break;
    case StatusCode::kCorruptInput: cls = c.corrupt; break;
    case StatusCode::kLimitExceeded: cls = c.limit; break;
    case StatusCode::kUnsupported: cls = c.unsupported; break;
    default: cls = c.internal; break;
  }
  // The message may quote bytes of the input (a record id, a file name):
  // invalid UTF-8 becomes U+FFFD rather than a UnicodeDecodeError.
  py::object e = cls(LenientStr(st.ToString()));
  e.attr("code") = std::string(StatusCodeName(st.code()));
  std::string_view m = st.message();
  const size_t colon = m.find(':');
  e.attr("limit") = st.code() == StatusCode::kLimitExceeded && colon != std::string_view::npos
                        ? py::object(py::str(std::string(m.substr(0, colon))))
                        : py::object(py::none());
  PyErr_SetObject(cls.ptr(), e.ptr());
  throw py::error_already_set();
}

py::str LenientStr(std::string_view s) {
  PyObject* o = PyUnicode_DecodeUTF8(s.data(), Py_ssize_t(s.size()), "replace");
  if (!o) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(o);
}

}  // namespace lede::python
