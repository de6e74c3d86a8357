#include "ui/pages/rules/messagepickerdialog.h"

#include <QDBusPendingReply>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ui/client/clienterror.h"
#include "ui/client/engineclient.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/messagebar.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

MessagePickerDialog::MessagePickerDialog(EngineClient &client, const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_user(user)
    , m_messageBar(new Widgets::MessageBar)
    , m_list(new QTreeWidget)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"messagePickerDialog"_s);
    //: Dialog title; %1 is a user's address
    setWindowTitle(tr("Pick a Message of %1").arg(user));
    auto *layout = new QVBoxLayout(this);
    m_messageBar->setObjectName(u"pickerMessageBar"_s);
    layout->addWidget(m_messageBar);
    layout->addWidget(Widgets::introLabel(tr("The newest messages in all of this mailbox's folders. The one you pick is tried as if it "
                                             "arrived again now; it stays where it is."),
                                          u"pickerIntro"_s));
    m_list->setObjectName(u"messageList"_s);
    m_list->setAccessibleName(tr("Messages"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Arrived"), tr("Folder"), tr("From"), tr("Subject")});
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Try This Message"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    resize(760, 420);
    load();
}

QVariantMap MessagePickerDialog::chosen() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return {};
    return m_messages.value(m_list->indexOfTopLevelItem(selected.first()));
}

void MessagePickerDialog::load()
{
    EngineClient::whenFinished(m_client.rules().Messages(m_user, kListed), this, [this](const QDBusPendingCall &call) {
        m_loaded = true;
        if (call.isError())
            m_messageBar->showError(ClientError(call.error()));
        else
            showMessages(QDBusPendingReply<QList<QVariantMap>>(call).value());
        Q_EMIT loaded();
    });
}

void MessagePickerDialog::showMessages(const QList<QVariantMap> &messages)
{
    m_messages = messages;
    m_list->clear();
    const QLocale locale;
    for (const QVariantMap &m : messages) {
        const QDateTime arrived = QDateTime::fromSecsSinceEpoch(m.value(u"date"_s).toLongLong());
        const QString folder = m.value(u"folder"_s).toString();
        const QString subject = m.value(u"subject"_s).toString();
        auto *item = new QTreeWidgetItem(m_list, {locale.toString(arrived, QLocale::ShortFormat),
                                                  folder == u"INBOX"_s ? tr("Inbox") : folder, m.value(u"from"_s).toString(),
                                                  subject.isEmpty() ? tr("(no subject)") : subject});
        item->setToolTip(3, subject);
    }
    for (int column = 0; column < 3; ++column)
        m_list->resizeColumnToContents(column);
    if (messages.isEmpty())
        m_messageBar->showMessage(Widgets::MessageBar::Type::Information, tr("This mailbox has no messages yet."));
    else
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

} // namespace Doorstep::Ui::Pages
