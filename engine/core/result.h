#pragma once

#include <utility>
#include <variant>

#include <QString>

namespace Doorstep::Core {

/**
 * The kinds of failure the engine reports. Each maps one-to-one to a D-Bus error name
 * (errors.h) and is what a library function returns instead of throwing.
 */
enum class ErrorCode {
    InvalidArgument,
    NotFound,
    AlreadyExists,
    AccessDenied,
    Failed,
};

/** A failure: its kind and one English sentence naming the thing and what is accepted. */
struct Error
{
    ErrorCode code = ErrorCode::Failed;
    QString message;

    static Error invalidArgument(const QString &message) { return {ErrorCode::InvalidArgument, message}; }
    static Error notFound(const QString &message) { return {ErrorCode::NotFound, message}; }
    static Error alreadyExists(const QString &message) { return {ErrorCode::AlreadyExists, message}; }
    static Error accessDenied(const QString &message) { return {ErrorCode::AccessDenied, message}; }
    static Error failed(const QString &message) { return {ErrorCode::Failed, message}; }
};

/**
 * Either a value or an Error (GCC 12's C++20 has no std::expected).
 * Fallible functions return [[nodiscard]] Result<T>.
 */
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_state(value) {}            // NOLINT(google-explicit-constructor)
    Result(T &&value) : m_state(std::move(value)) {}       // NOLINT(google-explicit-constructor)
    Result(const Error &error) : m_state(error) {}         // NOLINT(google-explicit-constructor)
    Result(Error &&error) : m_state(std::move(error)) {}   // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/** Result of an operation that yields nothing but may fail. */
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error) : m_error(error), m_failed(true) {}        // NOLINT(google-explicit-constructor)
    Result(Error &&error) : m_error(std::move(error)), m_failed(true) {}  // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using VoidResult = Result<void>;

} // namespace Doorstep::Core
