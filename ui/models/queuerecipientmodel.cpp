#include "ui/models/queuerecipientmodel.h"

#include <QDBusArgument>
#include <QLocale>

#include "ui/models/dbusvalue.h"
#include "ui/models/queuemodel.h"
#include "ui/models/tableroles.h"
#include "ui/models/timeformat.h"

namespace Doorstep::Ui::Models {

using namespace Qt::StringLiterals;

QueueRecipientModel::QueueRecipientModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QList<QueueRecipientModel::Recipient> QueueRecipientModel::fromDBus(const QVariant &recipients)
{
    QVariantList items;
    if (recipients.userType() == qMetaTypeId<QDBusArgument>())
        items = qdbus_cast<QVariantList>(recipients.value<QDBusArgument>());
    else
        items = recipients.toList();
    QList<Recipient> list;
    for (const QVariant &item : std::as_const(items)) {
        const QVariantMap map = toVariantMap(item);
        Recipient r;
        r.address = map.value(u"address"_s).toString();
        r.deliversTo = map.value(u"delivers_to"_s).toString();
        r.local = map.value(u"local"_s).toBool();
        r.state = map.value(u"state"_s).toString();
        r.attempts = map.value(u"attempts"_s).toUInt();
        r.nextAttemptUsec = map.value(u"next_attempt"_s).toULongLong();
        r.lastError = map.value(u"last_error"_s).toString();
        list << r;
    }
    return list;
}

void QueueRecipientModel::setRecipients(const QList<Recipient> &recipients)
{
    beginResetModel();
    m_recipients = recipients;
    endResetModel();
}

int QueueRecipientModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_recipients.size());
}

int QueueRecipientModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueRecipientModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_recipients.size())
        return {};
    const Recipient &r = m_recipients[index.row()];
    const bool waiting = r.state == u"queued"_s || r.state == u"deferred"_s || r.state == u"delivering"_s;
    if (role == KeyRole)
        return r.address;
    if (role == CategoryRole)
        return r.state;
    switch (index.column()) {
    case AddressColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return r.address;
        break;
    case DeliversToColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return r.deliversTo.isEmpty() || r.deliversTo == r.address ? QString() : r.deliversTo;
        if (role == Qt::ToolTipRole)
            return r.local ? tr("A mailbox on this server") : tr("Another mail server");
        break;
    case StateColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return QueueModel::stateLabel(r.state);
        if (role == Qt::DecorationRole)
            return QueueModel::stateIcon(r.state);
        if (role == Qt::ToolTipRole)
            return QueueModel::stateDescription(r.state);
        break;
    case AttemptsColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(r.attempts);
        if (role == SortRole)
            return r.attempts;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case NextAttemptColumn:
        if (role == Qt::DisplayRole)
            return waiting ? QueueModel::nextAttemptText(r.nextAttemptUsec) : QString();
        if (role == Qt::ToolTipRole && waiting && r.nextAttemptUsec != 0)
            return longDateTime(r.nextAttemptUsec);
        if (role == SortRole)
            return qulonglong(r.nextAttemptUsec);
        break;
    case LastReplyColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return r.lastError;
        if (role == Qt::ToolTipRole)
            return QueueModel::replyToolTip(r.lastError);
        break;
    default:
        break;
    }
    return {};
}

QVariant QueueRecipientModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AddressColumn:
        return tr("Recipient");
    case DeliversToColumn:
        //: Column header: the mailbox or address an alias resolved to
        return tr("Delivers to");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case NextAttemptColumn:
        return tr("Next attempt");
    case LastReplyColumn:
        //: Column header: what the other mail server answered last time
        return tr("Last reply");
    default:
        return {};
    }
}

} // namespace Doorstep::Ui::Models
