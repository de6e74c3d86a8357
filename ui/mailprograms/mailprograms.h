#pragma once

#include <memory>
#include <vector>

#include <QDBusConnection>

#include "ui/mailprograms/environment.h"
#include "ui/mailprograms/mailprogram.h"

namespace Doorstep::Ui::MailPrograms {

/** Thunderbird, Evolution and KMail, in that order, whether installed or not. */
std::vector<std::unique_ptr<MailProgram>> allMailPrograms(const Environment &environment,
                                                          const QDBusConnection &sessionBus);

} // namespace Doorstep::Ui::MailPrograms
