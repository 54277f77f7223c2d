#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace jcr {

/// Why an operation failed, in words for the user plus a code for the code.
struct Error
{
    enum class Code {
        Other,
        NotFound, ///< the file or the row does not exist
        Conflict, ///< the row was changed by someone else since it was read
        Busy, ///< another program holds the file's lock
        ReadOnly, ///< the document or the file cannot be written
        Invalid, ///< the data breaks a rule (validation or a CHECK constraint)
        NotARoadmap, ///< not SQLite, or SQLite of another application
        Damaged, ///< the file is corrupt or its schema was tampered with
        TooNew, ///< written by a newer version of the application
        Forbidden, ///< the server refused: the user may not make this change
        Unreachable, ///< the server cannot be reached (the connection was lost)
        Untrusted, ///< the server's identity failed a TLS check: not retried, no password sent
    };
    Code code = Code::Other;
    QString message;
};

/// A value or an Error. Deliberately tiny: std::expected is C++23.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Result of an operation that returns nothing but may fail.
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    { }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace jcr
