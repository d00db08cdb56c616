#pragma once

#include "error.h"

#include <optional>
#include <utility>
#include <variant>

namespace crema {

// A value or an Error; what core returns instead of throwing (no exception may cross a slot).
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error fail(Error::Code code, QString message)
{
    return Error {code, std::move(message)};
}

} // namespace crema

// Propagates an error from an expression returning Result/Status.
#define CREMA_TRY(expr)                                                                                                \
    do {                                                                                                               \
        auto&& crema_try_result_ = (expr);                                                                             \
        if (!crema_try_result_.ok())                                                                                   \
            return crema_try_result_.error();                                                                          \
    } while (false)
