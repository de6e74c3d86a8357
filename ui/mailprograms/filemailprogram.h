#pragma once

#include "ui/mailprograms/mailprogram.h"

namespace Doorstep::Ui::MailPrograms {

/**
 * A mail program whose accounts are files Doorstep writes itself (Thunderbird, Evolution):
 * adding is synchronous and quick, so add() answers at once with addNow()'s outcome.
 */
class FileMailProgram : public MailProgram
{
public:
    using MailProgram::MailProgram;

    void add(const MailAccount &account, QObject *context, Done done) final;
    /** Writes @p account's settings, or says why not; what add() passes on. */
    virtual Outcome<QString> addNow(const MailAccount &account) const = 0;
};

} // namespace Doorstep::Ui::MailPrograms
