#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace Doorstep::Daemon {

/**
 * Turns SIGTERM and SIGINT into a Qt signal safely: the handler only writes a byte to a
 * socketpair, which a QSocketNotifier watches on the event loop. SIGPIPE is ignored.
 */
class UnixSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixSignals)

public:
    explicit UnixSignals(QObject *parent = nullptr);
    ~UnixSignals() override;

Q_SIGNALS:
    /** SIGTERM or SIGINT arrived; @p name is "SIGTERM" or "SIGINT". */
    void terminationRequested(const QString &name);

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace Doorstep::Daemon
