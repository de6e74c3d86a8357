#include "ui/models/queuemodel.h"

#include <QDateTime>
#include <QLocale>

#include "ui/models/tableroles.h"
#include "ui/models/timeformat.h"
#include "ui/widgets/icons.h"

namespace Doorstep::Ui::Models {

using namespace Qt::StringLiterals;

QueueModel::QueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QueueModel::setEntries(const DBus::QueueEntryList &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int QueueModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].id == id)
            return row;
    }
    return -1;
}

QStringList QueueModel::states()
{
    return {u"queued"_s, u"deferred"_s, u"delivering"_s};
}

QString QueueModel::stateLabel(const QString &state)
{
    if (state == u"queued"_s)
        //: Queue state: accepted, not tried yet
        return tr("Waiting");
    if (state == u"deferred"_s)
        //: Queue state: tried, failed for now, will be tried again
        return tr("Deferred");
    if (state == u"delivering"_s)
        //: Queue state: a delivery attempt is running now
        return tr("Delivering");
    if (state == u"delivered"_s)
        //: Recipient state
        return tr("Delivered");
    if (state == u"failed"_s)
        //: Recipient state: given up, returned to the sender
        return tr("Failed");
    //: %1 is a state this version does not know
    return tr("Unknown (%1)").arg(state);
}

QString QueueModel::stateDescription(const QString &state)
{
    if (state == u"queued"_s)
        return tr("Accepted and not tried yet.");
    if (state == u"deferred"_s)
        return tr("Tried and failed for now; it will be tried again.");
    if (state == u"delivering"_s)
        return tr("A delivery attempt is running now.");
    if (state == u"delivered"_s)
        return tr("Delivered.");
    if (state == u"failed"_s)
        return tr("Given up; the sender gets a delivery report.");
    return {};
}

QIcon QueueModel::stateIcon(const QString &state)
{
    if (state == u"queued"_s)
        return Widgets::Icons::waiting();
    if (state == u"deferred"_s)
        return Widgets::Icons::warning();
    if (state == u"delivering"_s)
        return Widgets::Icons::sending();
    if (state == u"delivered"_s)
        return Widgets::Icons::ok();
    return Widgets::Icons::error();
}

QString QueueModel::nextAttemptText(quint64 usec)
{
    if (usec == 0 || dateTimeFromUsec(usec) <= QDateTime::currentDateTime())
        //: Next delivery attempt: due now
        return tr("now");
    return shortDateTime(usec);
}

QString QueueModel::senderText(const QString &sender)
{
    return sender.isEmpty() ? u"<>"_s : sender;
}

QString QueueModel::recipientsText(const QString &recipients)
{
    return recipients.split(u',', Qt::SkipEmptyParts).join(u", "_s);
}

QString QueueModel::replyToolTip(const QString &reply)
{
    return reply.isEmpty() ? QString() : u"<p>%1</p>"_s.arg(reply.toHtmlEscaped());
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const DBus::QueueEntry &entry = m_entries[index.row()];
    if (role == KeyRole)
        return entry.id;
    if (role == CategoryRole)
        return entry.state;
    switch (index.column()) {
    case IdColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return entry.id;
        break;
    case SenderColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return senderText(entry.sender);
        if (role == Qt::ToolTipRole && entry.sender.isEmpty())
            return tr("The empty sender: this is a delivery report, which is never answered.");
        break;
    case RecipientsColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return recipientsText(entry.recipients);
        if (role == Qt::ToolTipRole)
            return entry.recipients.split(u',', Qt::SkipEmptyParts).join(u'\n');
        break;
    case StateColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return stateLabel(entry.state);
        if (role == Qt::DecorationRole)
            return stateIcon(entry.state);
        if (role == Qt::ToolTipRole)
            return stateDescription(entry.state);
        break;
    case NextAttemptColumn:
        if (role == Qt::DisplayRole)
            return nextAttemptText(entry.nextAttemptUsec);
        if (role == Qt::ToolTipRole && entry.nextAttemptUsec != 0)
            return longDateTime(entry.nextAttemptUsec);
        if (role == SortRole)
            return qulonglong(entry.nextAttemptUsec);
        break;
    case AttemptsColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(entry.attempts);
        if (role == SortRole)
            return entry.attempts;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case LastErrorColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return entry.lastError;
        if (role == Qt::ToolTipRole)
            return replyToolTip(entry.lastError);
        break;
    default:
        break;
    }
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        //: Column header: the queue id of a message
        return tr("ID");
    case SenderColumn:
        return tr("Sender");
    case RecipientsColumn:
        return tr("Recipients");
    case StateColumn:
        //: Column header: waiting, deferred or delivering
        return tr("State");
    case NextAttemptColumn:
        //: Column header: when delivery will be tried again
        return tr("Next attempt");
    case AttemptsColumn:
        //: Column header: number of delivery attempts so far
        return tr("Attempts");
    case LastErrorColumn:
        //: Column header: why the last delivery attempt failed
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace Doorstep::Ui::Models
