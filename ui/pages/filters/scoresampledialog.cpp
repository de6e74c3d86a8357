#include "ui/pages/filters/scoresampledialog.h"

#include <QDBusPendingReply>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/client/clienterror.h"
#include "ui/client/engineclient.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/samplemessageeditor.h"
#include "ui/widgets/spamscoreview.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

ScoreSampleDialog::ScoreSampleDialog(EngineClient &client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_messageBar(new Widgets::MessageBar)
    , m_editor(new Widgets::SampleMessageEditor)
    , m_view(new Widgets::SpamScoreView)
{
    setObjectName(u"scoreSampleDialog"_s);
    setWindowTitle(tr("Score a Sample"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    m_messageBar->setObjectName(u"scoreMessageBar"_s);
    layout->addWidget(m_messageBar);
    layout->addWidget(Widgets::introLabel(tr("Paste a whole message — its header lines, an empty line, then the text — and see "
                                             "the score the spam filter gives it with the current settings. Nothing is delivered "
                                             "or counted."),
                                          u"scoreIntro"_s));
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_view);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_editor, &Widgets::SampleMessageEditor::scoreRequested, this, &ScoreSampleDialog::score);
    m_editor->scoreButton()->setDefault(true);
    resize(620, 560);
}

void ScoreSampleDialog::useGtube()
{
    m_editor->useGtube();
}

void ScoreSampleDialog::score()
{
    const QString message = m_editor->message();
    if (m_busy || message.trimmed().isEmpty() || !m_client.isAvailable())
        return;
    m_messageBar->dismiss();
    setBusy(true);
    EngineClient::whenFinished(m_client.filters().ScoreMessage(message), this, [this](const QDBusPendingCall &call) {
        setBusy(false);
        if (call.isError()) {
            m_result.clear();
            m_view->setResult(m_result);
            m_messageBar->showError(ClientError(call.error()));
            return;
        }
        m_result = QDBusPendingReply<QVariantMap>(call).value();
        m_view->setResult(m_result);
    });
}

void ScoreSampleDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_editor->setBusy(busy);
}

} // namespace Doorstep::Ui::Pages
