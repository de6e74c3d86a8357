#include "ui/pages/queue/queuedetailspane.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/models/queuemodel.h"
#include "ui/models/queuerecipientmodel.h"
#include "ui/models/tableroles.h"
#include "ui/models/timeformat.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/labels.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;
using Models::QueueRecipientModel;

namespace {

QLabel *valueLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

QueueDetailsPane::QueueDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget)
    , m_placeholder(new Widgets::EmptyState(u"queueDetailsPlaceholder"_s))
    , m_heading(Widgets::sectionHeading({}, u"queueDetailsHeading"_s))
    , m_sender(valueLabel(u"queueDetailsSender"_s))
    , m_received(valueLabel(u"queueDetailsReceived"_s))
    , m_size(valueLabel(u"queueDetailsSize"_s))
    , m_client(valueLabel(u"queueDetailsClient"_s))
    , m_login(valueLabel(u"queueDetailsLogin"_s))
    , m_recipientModel(new QueueRecipientModel(this))
    , m_recipients(new QTableView)
    , m_replyHeading(new QLabel)
    , m_reply(valueLabel(u"queueDetailsReply"_s))
    , m_headers(new QPlainTextEdit)
{
    setAccessibleName(tr("Message details"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    m_stack->addWidget(m_placeholder);

    auto *content = new QSplitter(Qt::Horizontal);
    content->setObjectName(u"queueDetailsSplitter"_s);
    content->setChildrenCollapsible(false);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    leftLayout->addWidget(m_heading);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Sender:"), m_sender);
    //: When the server accepted the message
    form->addRow(tr("Received:"), m_received);
    form->addRow(tr("Size:"), m_size);
    //: The machine that handed the message to this server
    form->addRow(tr("From:"), m_client);
    //: The user that logged in to send the message
    form->addRow(tr("Logged in as:"), m_login);
    leftLayout->addLayout(form);
    auto *recipientsLabel = new QLabel(tr("Reci&pients:"));
    leftLayout->addWidget(recipientsLabel);
    m_recipients->setObjectName(u"queueRecipientsView"_s);
    m_recipients->setAccessibleName(tr("Recipients of the message"));
    recipientsLabel->setBuddy(m_recipients);
    m_recipients->setModel(m_recipientModel);
    m_recipients->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recipients->setSelectionMode(QAbstractItemView::SingleSelection);
    m_recipients->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recipients->setAlternatingRowColors(true);
    m_recipients->setShowGrid(false);
    m_recipients->setWordWrap(false);
    m_recipients->setTabKeyNavigation(false);
    m_recipients->verticalHeader()->hide();
    m_recipients->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_recipients->horizontalHeader()->setStretchLastSection(true);
    leftLayout->addWidget(m_recipients, 1);
    m_replyHeading->setObjectName(u"queueDetailsReplyHeading"_s);
    leftLayout->addWidget(m_replyHeading);
    m_reply->setWordWrap(true);
    m_reply->setAccessibleName(tr("Last reply of the receiving server"));
    m_reply->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    leftLayout->addWidget(m_reply);
    connect(m_recipients->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueueDetailsPane::showReply);
    content->addWidget(left);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    auto *headersLabel = new QLabel(tr("&Headers:"));
    rightLayout->addWidget(headersLabel);
    m_headers->setObjectName(u"queueHeaders"_s);
    m_headers->setAccessibleName(tr("Headers of the message"));
    headersLabel->setBuddy(m_headers);
    m_headers->setReadOnly(true);
    m_headers->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_headers->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_headers->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_headers->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_headers->setTabChangesFocus(true);
    rightLayout->addWidget(m_headers, 1);
    content->addWidget(right);
    content->setStretchFactor(0, 3);
    content->setStretchFactor(1, 2);
    m_stack->addWidget(content);
    showPlaceholder(tr("Select a message to see its recipients and headers."));
}

void QueueDetailsPane::setMessage(const QVariantMap &message)
{
    m_id = message.value(u"id"_s).toString();
    //: Heading of the details of one queued message; %1 is its queue id
    m_heading->setText(tr("Message %1").arg(m_id));
    m_sender->setText(Models::QueueModel::senderText(message.value(u"sender"_s).toString()));
    const quint64 received = message.value(u"received"_s).toULongLong();
    m_received->setText(received == 0 ? QString() : QLocale().toString(Models::dateTimeFromUsec(received), QLocale::ShortFormat));
    m_received->setToolTip(received == 0 ? QString() : Models::longDateTime(received));
    m_size->setText(QLocale().formattedDataSize(message.value(u"size"_s).toLongLong()));
    const QString client = message.value(u"client"_s).toString();
    const QString helo = message.value(u"helo"_s).toString();
    const QString listener = message.value(u"listener"_s).toString();
    QString from = client;
    if (!helo.isEmpty())
        //: %1 is an IP address, %2 the name the machine gave itself (HELO)
        from = tr("%1, calling itself %2").arg(client, helo);
    if (!listener.isEmpty())
        //: %1 is the sending machine, %2 the listener (mta, submission, smtps)
        from = tr("%1 (on %2)").arg(from, listener);
    m_client->setText(from);
    const QString login = message.value(u"auth_user"_s).toString();
    //: The message was sent without logging in
    m_login->setText(login.isEmpty() ? tr("nobody (no login)") : login);
    const QString selected = m_recipients->currentIndex().data(Models::KeyRole).toString();
    m_recipientModel->setRecipients(QueueRecipientModel::fromDBus(message.value(u"recipients"_s)));
    for (int row = 0; row < m_recipientModel->rowCount() && !selected.isEmpty(); ++row) {
        if (m_recipientModel->recipients().at(row).address == selected)
            m_recipients->setCurrentIndex(m_recipientModel->index(row, 0));
    }
    showReply();
    const QString headers = message.value(u"headers"_s).toString().replace(u"\r\n"_s, u"\n"_s).trimmed();
    if (m_headers->toPlainText() != headers) // a refresh keeps the reader's place
        m_headers->setPlainText(headers);
    m_stack->setCurrentIndex(1);
}

void QueueDetailsPane::showPlaceholder(const QString &text)
{
    m_id.clear();
    m_placeholder->setText(text);
    m_recipientModel->setRecipients({});
    m_headers->clear();
    showReply();
    m_stack->setCurrentIndex(0);
}

QString QueueDetailsPane::replyText() const
{
    return m_reply->text();
}

void QueueDetailsPane::showReply()
{
    const QList<QueueRecipientModel::Recipient> &recipients = m_recipientModel->recipients();
    int row = m_recipients->currentIndex().row();
    if (row < 0 || row >= recipients.size() || recipients.at(row).lastError.isEmpty()) {
        const auto withReply = std::find_if(recipients.cbegin(), recipients.cend(),
                                            [](const QueueRecipientModel::Recipient &r) { return !r.lastError.isEmpty(); });
        row = withReply == recipients.cend() ? -1 : int(withReply - recipients.cbegin());
    }
    const bool shown = row >= 0;
    if (shown)
        //: %1 is a recipient's address
        m_replyHeading->setText(tr("Last reply for %1:").arg(recipients.at(row).address));
    m_reply->setText(shown ? recipients.at(row).lastError : QString());
    m_replyHeading->setVisible(shown);
    m_reply->setVisible(shown);
}

} // namespace Doorstep::Ui::Pages
