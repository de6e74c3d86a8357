#pragma once

#include <optional>
#include <utility>

#include <QString>

namespace Doorstep::Ui::MailPrograms {

/**
 * A value or the sentence that says why there is none, for the few fallible steps of adding
 * an account (the engine's Core::Result lives below the ui layer, which may not use it). The
 * sentence is translated: the dialog shows it as it is.
 */
template <typename T>
class [[nodiscard]] Outcome final
{
public:
    Outcome(T value) : m_value(std::move(value)) {} // NOLINT: implicit, like Core::Result
    static Outcome failure(QString sentence)
    {
        Outcome outcome;
        outcome.m_error = std::move(sentence);
        return outcome;
    }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const T &value() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Outcome() = default;

    std::optional<T> m_value;
    QString m_error;
};

} // namespace Doorstep::Ui::MailPrograms
