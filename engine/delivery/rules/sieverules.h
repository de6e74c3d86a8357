#pragma once

#include <functional>

#include <QObject>
#include <QVariantMap>

#include "engine/core/result.h"
#include "engine/delivery/dovecot/dovecotconfig.h"

namespace Doorstep::Delivery {

/**
 * The Sieve rules Pigeonhole runs at delivery (Rules on D-Bus): one script per user at
 * DATA/sieve/<domain>/<local>/doorstep.sieve, made active through the `active.sieve` link
 * Dovecot's `sieve` setting names (ManageSieve manages the same folder, so a mail program's
 * script and ours are one list), and the global script (user "") the engine writes from the
 * spam settings, which runs first.
 *
 * Set() checks a script with Pigeonhole's own compiler (sievec) before it is stored: a
 * refusal carries sievec's line and message. Test() is Pigeonhole's dry run (sieve-test):
 * the global script, then the user's, on a message, with the actions and the folder it would
 * end in. The tools run as Dovecot's identity, with a small configuration of their own, as
 * child processes: the event loop never waits.
 */
class SieveRules final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SieveRules)

public:
    /** Largest script Set() takes. */
    static constexpr qsizetype kMaxScriptBytes = 256 * 1024;
    /** Largest message Test() takes. */
    static constexpr qsizetype kMaxMessageBytes = 10 * 1024 * 1024;

    /** What sieve-test said a script does with a message. */
    struct DryRun
    {
        QStringList actions;   // "store message in folder: lists.debian", "send vacation response ..."
        QString folder;        // where the message ends, "" when nowhere (discarded, redirected)
        bool keep = false;     // the implicit keep happened (the inbox)
        QStringList trace;     // the matching trace, for people
    };

    /** @p spamFolder: spam.folder, asked whenever the global script is shown or tried. */
    SieveRules(DovecotLayout layout, DovecotIdentity identity, bool handOver, std::function<QString()> spamFolder, QObject *parent = nullptr);
    ~SieveRules() override;

    /** The active script of @p user ("" when none); of the global rules for "". */
    Core::Result<QString> get(const QString &user) const;
    /** Checks @p script with sievec and makes it @p user's active script ("" removes it). */
    void set(const QString &user, const QString &script, QObject *context, std::function<void(Core::Result<void>)> done);
    /** Dry run of the global rules, then @p user's ("" = only the global ones), on @p message. */
    void test(const QString &user, const QByteArray &message, QObject *context, std::function<void(Core::Result<QVariantMap>)> done);

    /**
     * A folder a fileinto names that the mailboxes cannot have ("Lists/Debian": Maildir++
     * nests with '.'), as "line N: ..."; "" when none. Dovecot would file such mail into the
     * inbox without a word.
     */
    static QString folderProblem(const QString &script);

    /** DATA/sieve/<domain>/<local>. */
    QString userDirectory(const QString &user) const;
    /** sievec and sieve-test, or "" with what to install in @p missing. */
    static bool toolsInstalled(QString *missing = nullptr);
    /** Parses sieve-test's output. */
    static DryRun parseDryRun(const QString &output);

private:
    Core::Result<QString> prepareCheckDirectory() const;
    void runTool(const QString &program, const QStringList &arguments, QObject *context,
                 std::function<void(int exitCode, QString output)> done);

    DovecotLayout m_layout;
    DovecotIdentity m_identity;
    bool m_handOver;
    std::function<QString()> m_spamFolder;
};

} // namespace Doorstep::Delivery
