#include "ui/tray/notifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QSystemTrayIcon>

#include "ui/client/engineclient.h"
#include "ui/models/eventkinds.h"
#include "ui/preferences/preferences.h"

namespace Doorstep::Ui::Tray {

using namespace Qt::StringLiterals;
using Models::EventKinds;

namespace {
const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
} // namespace

Notifier::Notifier(QObject *parent)
    : QObject(parent)
    , m_paused(Preferences::notificationsPaused())
{
    const QStringList muted = Preferences::mutedEventKinds();
    m_muted = QSet<QString>(muted.cbegin(), muted.cend());
    m_burst.setSingleShot(true);
    m_burst.setInterval(kBurstWindowMs);
    connect(&m_burst, &QTimer::timeout, this, &Notifier::flush);
}

Notifier::~Notifier() = default;

void Notifier::watch(EngineClient &client)
{
    connect(&client, &EngineClient::event, this,
            [this](qulonglong, qulonglong, const QString &kind, const QString &summary, const QVariantMap &details) {
                handleEvent(kind, summary, details);
            });
}

void Notifier::setFallback(QSystemTrayIcon *trayIcon)
{
    m_fallback = trayIcon;
}

void Notifier::handleEvent(const QString &kind, const QString &summary, const QVariantMap &details)
{
    if (!EventKinds::isNotifying(kind) || m_paused || m_muted.contains(kind))
        return;
    // Mailbox access coming back or switched off is for the log; going down needs you.
    if (kind == u"imap_changed"_s && details.value(u"state"_s).toString() != u"failed"_s)
        return;
    m_pending.append({kind, sentence(kind, summary, details)});
    // The window starts with the first event of a burst and is not extended, so a steady
    // stream still gives one notification every kBurstWindowMs.
    if (!m_burst.isActive())
        m_burst.start();
}

QString Notifier::sentence(const QString &kind, const QString &summary, const QVariantMap &details)
{
    const auto detail = [&details](const QString &key) { return details.value(key).toString().trimmed(); };
    if (kind == u"virus"_s) {
        const QString signature = detail(u"signature"_s);
        if (signature.isEmpty())
            return summary;
        const QString sender = detail(u"sender"_s);
        //: Notification: %1 is the virus's name ("Win.Trojan.Agent"), %2 the sender's address
        return sender.isEmpty() || sender == u"<>"_s ? tr("A virus was blocked: %1 in mail without a sender address").arg(signature)
                                                     : tr("A virus was blocked: %1 in mail from %2").arg(signature, sender);
    }
    if (kind == u"filter_degraded"_s) {
        // The spam filter says "problem", the virus scanner "reason".
        QString reason = detail(u"reason"_s);
        if (reason.isEmpty())
            reason = detail(u"problem"_s);
        if (reason.isEmpty())
            return summary;
        const QString filter = detail(u"filter"_s);
        if (filter == u"spam"_s)
            //: Notification: %1 says what is wrong ("Connection refused.")
            return tr("Spam filter degraded: %1").arg(reason);
        if (filter == u"antivirus"_s)
            //: Notification: %1 says what is wrong ("The database directory is empty.")
            return tr("Virus scanner degraded: %1").arg(reason);
        return summary;
    }
    return summary;
}

bool Notifier::isMuted(const QString &kind) const
{
    return m_muted.contains(kind);
}

void Notifier::setMuted(const QString &kind, bool muted)
{
    if (muted == m_muted.contains(kind))
        return;
    if (muted)
        m_muted.insert(kind);
    else
        m_muted.remove(kind);
    QStringList list(m_muted.cbegin(), m_muted.cend());
    list.sort();
    Preferences::setMutedEventKinds(list);
    Q_EMIT mutedChanged();
}

void Notifier::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    Preferences::setNotificationsPaused(paused);
    if (paused) {
        m_burst.stop();
        m_pending.clear();
    }
}

void Notifier::flush()
{
    const QList<Pending> events = std::exchange(m_pending, {});
    if (events.isEmpty())
        return;
    if (events.size() == 1) {
        send(events.first().summary, EventKinds::label(events.first().kind));
        return;
    }
    // Count per kind, in the order the kinds first appeared.
    QStringList kinds;
    QHash<QString, int> counts;
    for (const Pending &event : events) {
        if (!counts.contains(event.kind))
            kinds << event.kind;
        ++counts[event.kind];
    }
    QString summary;
    QStringList lines;
    if (kinds.size() == 1) {
        summary = EventKinds::burstSummary(kinds.first(), int(events.size()));
        for (qsizetype i = 0; i < events.size() && i < kMaxListed; ++i)
            lines << events[i].summary;
        if (events.size() > kMaxListed)
            lines << tr("… and %n more", nullptr, int(events.size() - kMaxListed));
    } else {
        summary = tr("%n event(s) need your attention", nullptr, int(events.size()));
        for (const QString &kind : std::as_const(kinds))
            lines << EventKinds::burstSummary(kind, counts.value(kind));
    }
    send(summary, lines.join(u'\n'));
}

void Notifier::send(const QString &summary, const QString &body)
{
    Q_EMIT notified(summary, body);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        showFallback(summary, body);
        return;
    }
    QDBusMessage message = QDBusMessage::createMethodCall(kService, kPath, kService, u"Notify"_s);
    const QVariantMap hints{{u"desktop-entry"_s, u"org.doorstep.Doorstep"_s}, {u"category"_s, u"email"_s}};
    message << u"Doorstep"_s << uint(0) << u"doorstep"_s << summary << body << QStringList() << hints << int(-1);
    // Without a notification service the bus answers ServiceUnknown at once: then the tray.
    EngineClient::whenFinished(bus.asyncCall(message), this, [this, summary, body](const QDBusPendingCall &call) {
        if (call.isError())
            showFallback(summary, body);
    });
}

void Notifier::showFallback(const QString &summary, const QString &body)
{
    if (m_fallback)
        m_fallback->showMessage(summary, body, QSystemTrayIcon::Information);
}

} // namespace Doorstep::Ui::Tray
