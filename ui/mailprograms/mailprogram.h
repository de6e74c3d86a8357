#pragma once

#include <functional>

#include <QObject>
#include <QString>

#include "ui/mailprograms/environment.h"
#include "ui/mailprograms/mailaccount.h"
#include "ui/mailprograms/outcome.h"

namespace Doorstep::Ui::MailPrograms {

/**
 * A mail program that may be installed on this computer and that Doorstep can add a mailbox
 * to, by writing the program's own account settings the way the program itself writes them.
 * Each program is found by its executable on the search path. Adding never handles the
 * password: the program asks for it when it first connects.
 */
class MailProgram
{
public:
    /** The sentence on success, or the sentence that says why nothing was added. */
    using Done = std::function<void(const Outcome<QString> &)>;

    /**
     * @p name is the program's name as people know it (a product name, not translated) and
     * @p executable the command that starts it.
     */
    MailProgram(Environment environment, QString name, QString executable);
    virtual ~MailProgram();
    Q_DISABLE_COPY_MOVE(MailProgram)

    const QString &name() const { return m_name; }
    /** Whether the program's executable is on the search path. */
    bool isInstalled() const;

    /**
     * Adds @p account and calls @p done once with the outcome: at once for programs whose
     * settings are files, later (through @p context's thread) for those reached over D-Bus.
     * Refuses an account the program already has ("already set up in …").
     */
    virtual void add(const MailAccount &account, QObject *context, Done done) = 0;

protected:
    const Environment &environment() const { return m_environment; }

private:
    Environment m_environment;
    QString m_name;
    QString m_executable;
};

} // namespace Doorstep::Ui::MailPrograms
