// Errors as values. A Status is a code plus a message; it costs one pointer
// on success (no allocation). Result<T> carries either a T or a failed Status.
//
// The core never throws. Callers test ok() and read value() only when ok().
#ifndef LEDE_STATUS_H_
#define LEDE_STATUS_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace lede {

enum class StatusCode : int {
  kOk = 0,
  kInvalidArgument = 1,  // a bad option or label from the caller
  kIoError = 2,          // file could not be read or written
  kCorruptInput = 3,     // undecodable container (broken gzip, truncated record)
  kLimitExceeded = 4,    // input bytes, DOM nodes, nesting or time budget
  kUnsupported = 5,      // a feature this build lacks
  kInternal = 6,         // a bug in lede
};

// Short lower-case name of a code ("limit_exceeded"), stable for logs/JSON.
std::string_view StatusCodeName(StatusCode code);

class Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string_view message)
      : rep_(code == StatusCode::kOk
                 ? nullptr
                 : std::make_unique<Rep>(Rep{code, std::string(message)})) {}
  Status(const Status& other)
      : rep_(other.rep_ ? std::make_unique<Rep>(*other.rep_) : nullptr) {}
  Status& operator=(const Status& other) {
    if (this != &other) rep_ = other.rep_ ? std::make_unique<Rep>(*other.rep_) : nullptr;
    return *this;
  }
  Status(Status&&) noexcept = default;
  Status& operator=(Status&&) noexcept = default;

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string_view m) { return {StatusCode::kInvalidArgument, m}; }
  static Status IoError(std::string_view m) { return {StatusCode::kIoError, m}; }
  static Status Corrupt(std::string_view m) { return {StatusCode::kCorruptInput, m}; }
  static Status LimitExceeded(std::string_view m) { return {StatusCode::kLimitExceeded, m}; }
  static Status Unsupported(std::string_view m) { return {StatusCode::kUnsupported, m}; }
  static Status Internal(std::string_view m) { return {StatusCode::kInternal, m}; }

  bool ok() const { return rep_ == nullptr; }
  StatusCode code() const { return rep_ ? rep_->code : StatusCode::kOk; }
  std::string_view message() const { return rep_ ? std::string_view(rep_->message) : ""; }
  // "limit_exceeded: input is 120000000 bytes, limit 100000000"
  std::string ToString() const;

 private:
  struct Rep {
    StatusCode code;
    std::string message;
  };
  std::unique_ptr<Rep> rep_;
};

// Either a value or a failed Status. Constructing from an OK Status is a
// programmer error (it becomes kInternal).
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {  // NOLINT
    if (std::get<Status>(v_).ok()) v_ = Status::Internal("Result built from OK status");
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  // REQUIRES: ok()
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  // The error, or OK when a value is held.
  Status status() const { return ok() ? Status() : std::get<Status>(v_); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace lede

#endif  // LEDE_STATUS_H_
