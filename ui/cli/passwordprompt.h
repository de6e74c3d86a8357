#pragma once

#include <optional>

#include <QString>

namespace Doorstep::Ui::Cli {

/**
 * Reads a secret the way DESIGN.md asks (never from argv): from the terminal without echo,
 * asked twice when @p confirm; or, when stdin is not a terminal, one line from stdin.
 * nullopt when input ended or the two entries differ (the reason goes to @p error).
 */
std::optional<QString> readSecret(const QString &prompt, bool confirm, QString &error);

} // namespace Doorstep::Ui::Cli
