#pragma once
// Result<T>: a value or one clear, user-facing error message.
// Modules return it across their boundary instead of throwing.

#include <QString>
#include <utility>
#include <variant>

namespace dosi {

struct Error {
    QString message;  // complete sentence, already translated where it reaches a user
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_v); }
    const T& value() const& { return std::get<T>(m_v); }
    T&& value() && { return std::get<T>(std::move(m_v)); }
    T& operator*() & { return std::get<T>(m_v); }
    const T& operator*() const& { return std::get<T>(m_v); }
    T* operator->() { return &std::get<T>(m_v); }
    const T* operator->() const { return &std::get<T>(m_v); }

    const Error& error() const { return std::get<Error>(m_v); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_err(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_err; }
    QString errorMessage() const { return m_failed ? m_err.message : QString(); }

private:
    Error m_err;
    bool m_failed = false;
};

inline Error makeError(const QString& message) { return Error{message}; }

}  // namespace dosi
