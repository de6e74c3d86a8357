#include "ui/mailprograms/filemailprogram.h"

namespace Doorstep::Ui::MailPrograms {

void FileMailProgram::add(const MailAccount &account, QObject *context, Done done)
{
    Q_UNUSED(context);
    done(addNow(account));
}

} // namespace Doorstep::Ui::MailPrograms
