#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Doorstep::Ui::Models {

/**
 * What the control center knows about Manager.Event kinds (DESIGN.md): their names for
 * people, which ones the tray notifies about, and how a burst of one kind is summarised.
 */
class EventKinds final
{
    Q_DECLARE_TR_FUNCTIONS(EventKinds)

public:
    /** Every kind in DESIGN.md, in the order of the event log's filter. */
    static QStringList all();
    /** Kinds the tray notifies about: bounced, queue_stuck, virus, filter_degraded, ... */
    static QStringList notifying();
    static bool isNotifying(const QString &kind);

    /** A short label for a list column ("Bounced"); the kind itself when unknown. */
    static QString label(const QString &kind);
    /** An entry of the tray's "Notify me about" menu ("Bounced messages"). */
    static QString notifyMenuLabel(const QString &kind);
    /** The summary of @p count events of one kind ("5 messages bounced"). */
    static QString burstSummary(const QString &kind, int count);
};

} // namespace Doorstep::Ui::Models
