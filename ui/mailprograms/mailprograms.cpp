#include "ui/mailprograms/mailprograms.h"

#include "ui/mailprograms/evolution.h"
#include "ui/mailprograms/kmail.h"
#include "ui/mailprograms/thunderbird.h"

namespace Doorstep::Ui::MailPrograms {

std::vector<std::unique_ptr<MailProgram>> allMailPrograms(const Environment &environment,
                                                          const QDBusConnection &sessionBus)
{
    std::vector<std::unique_ptr<MailProgram>> programs;
    programs.push_back(std::make_unique<Thunderbird>(environment));
    programs.push_back(std::make_unique<Evolution>(environment));
    programs.push_back(std::make_unique<KMail>(environment, sessionBus));
    return programs;
}

} // namespace Doorstep::Ui::MailPrograms
