#include "ui/mailprograms/mailprogram.h"

#include <utility>

namespace Doorstep::Ui::MailPrograms {

MailProgram::MailProgram(Environment environment, QString name, QString executable)
    : m_environment(std::move(environment)), m_name(std::move(name)), m_executable(std::move(executable))
{
}

MailProgram::~MailProgram() = default;

bool MailProgram::isInstalled() const
{
    return !m_environment.findExecutable(m_executable).isEmpty();
}

} // namespace Doorstep::Ui::MailPrograms
