#include "ui/pages/relay/probebox.h"

#include <QDBusPendingReply>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

#include "ui/client/clienterror.h"
#include "ui/client/engineclient.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/messagebar.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

ProbeBox::ProbeBox(EngineClient &client, Widgets::MessageBar *messageBar, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_messageBar(messageBar)
    , m_check(new QPushButton(tr("Check Port &25")))
    , m_icon(new QLabel)
    , m_word(Widgets::sectionHeading({}, u"probeStateWord"_s))
    , m_sentence(Widgets::introLabel({}, u"probeSentence"_s))
    , m_advice(Widgets::introLabel({}, u"probeAdvice"_s))
    , m_setUp(new QPushButton(tr("Set &Up Smart Host")))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(12);
    layout->setVerticalSpacing(4);
    m_check->setObjectName(u"probeButton"_s);
    m_check->setToolTip(tr("Try to reach a mail server's port 25 on the Internet from this computer"));
    layout->addWidget(m_check, 0, 0, 1, 3, Qt::AlignLeft);

    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_icon->setFixedSize(size, size);
    m_icon->setObjectName(u"probeStateIcon"_s);
    layout->addWidget(m_icon, 1, 0, 3, 1, Qt::AlignTop);
    layout->addWidget(m_word, 1, 1, 1, 2);
    layout->addWidget(m_sentence, 2, 1, 1, 2);
    layout->addWidget(m_advice, 3, 1);
    m_setUp->setObjectName(u"setUpSmartHostButton"_s);
    m_setUp->setToolTip(tr("Go to the smart host's fields"));
    layout->addWidget(m_setUp, 3, 2, Qt::AlignTop);
    layout->setColumnStretch(1, 1);
    setAccessibleName(tr("Port 25 check"));

    connect(m_check, &QPushButton::clicked, this, &ProbeBox::check);
    connect(m_setUp, &QPushButton::clicked, this, &ProbeBox::smartHostRequested);
    showResult();
}

QString ProbeBox::stateLabel(const QString &state)
{
    if (state == u"open"_s)
        //: Port 25 check result: a mail server answered
        return tr("Open");
    if (state == u"blocked"_s)
        //: Port 25 check result: the connection was refused, usually by the Internet provider
        return tr("Blocked");
    if (state == u"filtered"_s)
        //: Port 25 check result: no answer at all
        return tr("Filtered");
    return state;
}

QString ProbeBox::sentence() const
{
    return m_sentence->text();
}

QString ProbeBox::advice() const
{
    return m_advice->text();
}

void ProbeBox::setSmartHostSet(bool set)
{
    if (set == m_smartHostSet)
        return;
    m_smartHostSet = set;
    showResult();
}

void ProbeBox::clear()
{
    ++m_generation;
    m_checking = false;
    m_state.clear();
    m_sentence->clear();
    showResult();
}

void ProbeBox::check()
{
    if (m_checking)
        return;
    const quint64 generation = ++m_generation;
    m_checking = true;
    showResult();
    m_client.relay().setTimeout(kTimeoutMs);
    const QDBusPendingCall call = m_client.relay().ProbeOutbound();
    m_client.relay().setTimeout(EngineClient::kCallTimeoutMs);
    EngineClient::whenFinished(call, this, [this, generation](const QDBusPendingCall &finished) {
        if (generation != m_generation)
            return;
        m_checking = false;
        if (finished.isError()) {
            const ClientError error(finished.error());
            if (error.kind() != ClientError::Kind::Unreachable || m_client.isAvailable())
                m_messageBar->showMessage(Widgets::MessageBar::Type::Error, tr("The port 25 check did not run."), error.message());
            showResult();
            return;
        }
        const QDBusPendingReply<QString, QString> reply(finished);
        m_state = reply.argumentAt<0>();
        m_sentence->setText(reply.argumentAt<1>());
        showResult();
    });
}

void ProbeBox::showResult()
{
    m_check->setEnabled(!m_checking);
    const bool known = !m_state.isEmpty() && !m_checking;
    const bool closed = m_state == u"blocked"_s || m_state == u"filtered"_s;
    QIcon icon;
    if (m_checking) {
        m_word->setText(tr("Checking port 25…"));
        icon = Widgets::Icons::sending();
    } else if (!known) {
        m_word->setText(tr("Not checked yet"));
    } else {
        m_word->setText(stateLabel(m_state));
        icon = m_state == u"open"_s ? Widgets::Icons::ok() : m_state == u"blocked"_s ? Widgets::Icons::error() : Widgets::Icons::warning();
    }
    m_icon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(m_icon->size()));
    m_sentence->setVisible(known && !m_sentence->text().isEmpty());

    QString advice;
    if (!known && !m_checking)
        advice = tr("Mail to other servers goes out on port 25, which many Internet providers block on home lines. "
                    "Check whether yours does.");
    else if (known && m_state == u"open"_s)
        advice = m_smartHostSet ? tr("This line can deliver mail directly; your mail still goes through the smart host below.")
                                : tr("This line can deliver mail directly to the recipients' servers. A smart host is optional.");
    else if (known && closed)
        advice = m_smartHostSet ? tr("Your provider blocks port 25, but your mail goes through the smart host below, so it can leave.")
                                : tr("Your provider blocks port 25: set a smart host, or mail to other servers cannot leave.");
    m_advice->setText(advice);
    m_advice->setVisible(!advice.isEmpty());
    m_setUp->setVisible(known && closed);
    setAccessibleDescription(known ? stateLabel(m_state) + u". "_s + m_sentence->text() + u' ' + advice : advice);
}

} // namespace Doorstep::Ui::Pages
