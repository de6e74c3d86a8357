#include "ui/pages/queue/queuepage.h"

#include <QAction>
#include <QComboBox>
#include <QDBusPendingReply>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/client/engineclient.h"
#include "ui/models/queuemodel.h"
#include "ui/models/tablefiltermodel.h"
#include "ui/pages/queue/queuedetailspane.h"
#include "ui/widgets/confirmation.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/tablepane.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;
using Models::QueueModel;

QueuePage::QueuePage(const PageContext &context, QWidget *parent)
    : Page(context, parent)
    , m_messageBar(new Widgets::MessageBar)
    , m_model(new QueueModel(this))
    , m_pane(new Widgets::TablePane(m_model, u"queue"_s))
    , m_stateFilter(new QComboBox)
    , m_details(new QueueDetailsPane)
    , m_retry(Widgets::rowButton(Widgets::Icons::refresh(), tr("Retry &Now"), u"retryMessageButton"_s, tr("Retry now"),
                                 tr("Try to deliver the selected message now")))
    , m_bounce(Widgets::rowButton(Widgets::Icons::bounce(), tr("&Bounce…"), u"bounceMessageButton"_s, tr("Bounce message"),
                                  tr("Give up on the selected message: its sender gets a report that it could not be delivered")))
    , m_remove(Widgets::rowButton(Widgets::Icons::remove(), tr("&Remove…"), u"removeMessageButton"_s, tr("Remove message"),
                                  tr("Delete the selected message without delivering it")))
    , m_refreshAction(new QAction(Widgets::Icons::refresh(), tr("Re&fresh"), this))
    , m_timer(new QTimer(this))
{
    setReloadInterval(kEventRefreshMs);
    m_refreshAction->setObjectName(u"refreshQueueAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Load the queue again now"));
    connect(m_refreshAction, &QAction::triggered, this, &QueuePage::reload);
    addPrimaryAction(m_refreshAction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_messageBar->setObjectName(u"messageBar"_s);
    layout->addWidget(m_messageBar);
    layout->addWidget(Widgets::introLabel(tr("Messages this server accepted and has not yet delivered to every recipient. "
                                             "Deferred messages are tried again by themselves; after four days they go back to "
                                             "the sender."),
                                          u"queueIntro"_s));
    layout->addWidget(Widgets::smallPrint(tr("In sendmail: /var/spool/mqueue, as mailq lists it."), u"queueSmallPrint"_s));

    m_pane->setObjectName(u"queuePane"_s);
    m_pane->setHeading(tr("&Messages"));
    m_pane->setNames(tr("Queued messages"), tr("Search messages…"), tr("Search queued messages"));
    m_pane->setEmptyText(tr("The queue is empty — every message has been delivered."));
    m_pane->setNoMatchText([this] {
        const QString search = m_pane->searchField()->text().trimmed();
        if (search.isEmpty())
            //: %1 is a queue state such as "Deferred"
            return tr("No message is in the state “%1”.").arg(m_stateFilter->currentText());
        return tr("No message matches “%1”.").arg(search);
    });
    m_pane->setStretchColumn(QueueModel::LastErrorColumn);
    m_pane->setInteractiveColumn(QueueModel::RecipientsColumn, 220);
    m_pane->table()->horizontalHeader()->setMinimumSectionSize(60);
    m_pane->table()->sortByColumn(QueueModel::IdColumn, Qt::AscendingOrder);

    m_stateFilter->setObjectName(u"queueStateFilter"_s);
    m_stateFilter->setAccessibleName(tr("Show messages in state"));
    //: Queue filter: every state
    m_stateFilter->addItem(tr("All messages"), QString());
    for (const QString &state : QueueModel::states())
        m_stateFilter->addItem(QueueModel::stateIcon(state), QueueModel::stateLabel(state), state);
    auto *showLabel = new QLabel(tr("&Show:"));
    showLabel->setBuddy(m_stateFilter);
    m_pane->headerRow()->insertWidget(2, showLabel);
    m_pane->headerRow()->insertWidget(3, m_stateFilter);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_pane->filter()->setCategory(m_stateFilter->currentData().toString());
        m_pane->updateEmptyState();
    });

    m_pane->buttonRow()->addWidget(m_retry);
    m_pane->buttonRow()->addWidget(m_bounce);
    m_pane->buttonRow()->addWidget(m_remove);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(u"queueSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_pane);
    m_details->setObjectName(u"queueDetails"_s);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    setTabOrder(m_stateFilter, m_pane->searchField());
    setTabOrder(m_pane->searchField(), m_pane->table());
    setTabOrder(m_pane->table(), m_retry);
    setTabOrder(m_retry, m_bounce);
    setTabOrder(m_bounce, m_remove);

    connect(m_pane, &Widgets::TablePane::currentChanged, this, [this](const QString &id) {
        updateButtons();
        loadDetails(id);
    });
    connect(m_retry, &QPushButton::clicked, this, [this] { retry(m_pane->currentKey()); });
    connect(m_bounce, &QPushButton::clicked, this, [this] { bounce(m_pane->currentKey()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { remove(m_pane->currentKey()); });
    new QShortcut(QKeySequence::Delete, m_pane->table(), this, [this] { remove(m_pane->currentKey()); }, Qt::WidgetShortcut);
    connect(&client(), &EngineClient::event, this, [this](qulonglong, qulonglong, const QString &kind, const QString &, const QVariantMap &details) {
        static const QStringList queueKinds{u"received"_s, u"delivered"_s, u"deferred"_s, u"bounced"_s};
        if (queueKinds.contains(kind) || (kind == u"config_changed"_s && details.value(u"object"_s).toString() == u"queue"_s))
            scheduleReload();
    });
    // Next attempts come due and "Delivering" ends without an event of its own: look again
    // now and then, but only while the page is shown, and never faster than this.
    m_timer->setInterval(kTimerRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &QueuePage::scheduleReload);
    updateButtons();
}

QueuePage::~QueuePage() = default;

QString QueuePage::id() const
{
    return u"queue"_s;
}

QString QueuePage::title() const
{
    return tr("Queue");
}

QString QueuePage::description() const
{
    return tr("Mail waiting to be delivered, and why.");
}

QIcon QueuePage::icon() const
{
    return Widgets::Icons::queuePage();
}

void QueuePage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    m_timer->start();
}

void QueuePage::hideEvent(QHideEvent *event)
{
    Page::hideEvent(event);
    m_timer->stop();
}

void QueuePage::reload()
{
    const quint64 generation = ++m_generation;
    EngineClient::whenFinished(client().queue().List(), this, [this, generation](const QDBusPendingCall &call) {
        if (generation != m_generation)
            return;
        if (call.isError())
            return showCallError(call);
        const QString selected = m_pane->currentKey();
        m_model->setEntries(QDBusPendingReply<DBus::QueueEntryList>(call).value());
        updateButtons();
        // The selection survives the reset; its details may have changed too.
        if (!selected.isEmpty() && m_pane->currentKey() == selected)
            loadDetails(selected);
    });
}

void QueuePage::engineGone()
{
    ++m_generation;
    ++m_detailsGeneration;
    m_messageBar->dismiss();
    m_model->setEntries({});
    updateButtons();
}

void QueuePage::updateButtons()
{
    const bool haveMessage = engineAvailable() && !m_pane->currentKey().isEmpty();
    m_retry->setEnabled(haveMessage);
    m_bounce->setEnabled(haveMessage);
    m_remove->setEnabled(haveMessage);
}

void QueuePage::showCallError(const QDBusPendingCall &call)
{
    const ClientError error(call.error());
    if (error.kind() == ClientError::Kind::Unreachable && !engineAvailable())
        return; // the banner says it
    m_messageBar->showError(error);
}

void QueuePage::loadDetails(const QString &id)
{
    const quint64 generation = ++m_detailsGeneration;
    if (id.isEmpty()) {
        m_details->showPlaceholder(m_model->rowCount() == 0 ? tr("Nothing is waiting.")
                                                            : tr("Select a message to see its recipients and headers."));
        return;
    }
    EngineClient::whenFinished(client().queue().Get(id), this, [this, generation, id](const QDBusPendingCall &call) {
        if (generation != m_detailsGeneration)
            return;
        if (call.isError()) {
            const ClientError error(call.error());
            if (error.kind() == ClientError::Kind::NotFound)
                m_details->showPlaceholder(tr("Message %1 has left the queue.").arg(id));
            else
                showCallError(call);
            return;
        }
        m_details->setMessage(QDBusPendingReply<QVariantMap>(call).value());
    });
}

void QueuePage::retry(const QString &id)
{
    if (id.isEmpty() || !engineAvailable())
        return;
    m_retry->setEnabled(false); // until the engine answered
    EngineClient::whenFinished(client().queue().RetryNow(id), this, [this, id](const QDBusPendingCall &call) {
        updateButtons();
        if (call.isError())
            return showCallError(call);
        m_messageBar->showMessage(Widgets::MessageBar::Type::Information, tr("Message %1 is being tried again now.").arg(id));
        scheduleReload();
    });
}

const DBus::QueueEntry *QueuePage::actionableEntry(const QString &id) const
{
    const int row = m_model->rowOf(id);
    return row < 0 || !engineAvailable() ? nullptr : &m_model->entries().at(row);
}

void QueuePage::remove(const QString &id)
{
    const DBus::QueueEntry *found = actionableEntry(id);
    if (!found)
        return;
    const DBus::QueueEntry &entry = *found;
    const QString recipients = QueueModel::recipientsText(entry.recipients);
    const QString detail = entry.sender.isEmpty()
                               ? tr("It is deleted without being delivered to %1.").arg(recipients)
                               : tr("It is deleted without being delivered to %1, and %2 is not told.").arg(recipients, entry.sender);
    Widgets::confirmRemoval(this, u"confirmRemoveMessage"_s, tr("Remove message %1 from the queue?").arg(id), detail,
                            tr("&Remove Message"), [this, id] { reloadAfter(client().queue().Remove(id)); });
}

void QueuePage::bounce(const QString &id)
{
    const DBus::QueueEntry *found = actionableEntry(id);
    if (!found)
        return;
    const QString recipients = QueueModel::recipientsText(found->recipients);
    const QString sender = found->sender;
    // The engine sends no report to the null sender (RFC 5321 4.5.5): say so rather than promise one.
    const QString detail = sender.isEmpty()
                               ? tr("Delivery to %1 stops now. The message is itself a delivery report, so nobody is told.").arg(recipients)
                               : tr("Delivery to %1 stops now, and %2 gets a report that the message could not be delivered.")
                                     .arg(recipients, sender);
    //: Title of the confirmation before returning a message to its sender
    Widgets::confirmAction(this, u"confirmBounceMessage"_s, tr("Confirm Bounce"), tr("Bounce message %1 back to its sender?").arg(id),
                           detail, tr("&Bounce Message"), [this, id] { reloadAfter(client().queue().Bounce(id)); });
}

void QueuePage::reloadAfter(const QDBusPendingCall &call)
{
    EngineClient::whenFinished(call, this, [this](const QDBusPendingCall &finished) {
        if (finished.isError())
            showCallError(finished);
        reload();
    });
}

} // namespace Doorstep::Ui::Pages
