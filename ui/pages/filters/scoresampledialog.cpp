#include "ui/pages/filters/scoresampledialog.h"

#include <QDBusPendingReply>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include "ui/client/clienterror.h"
#include "ui/client/engineclient.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/messagebar.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

const QString ScoreSampleDialog::kGtube = u"XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"_s;

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

ScoreSampleDialog::ScoreSampleDialog(EngineClient &client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_messageBar(new Widgets::MessageBar)
    , m_message(new QPlainTextEdit)
    , m_gtube(new QPushButton(tr("Use the &GTUBE Test Message")))
    , m_score(new QPushButton(Widgets::Icons::refresh(), tr("&Score")))
    , m_verdictIcon(new QLabel)
    , m_verdict(new QLabel)
    , m_details(new QLabel)
    , m_rules(new QLabel)
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
    auto *label = new QLabel(tr("&Message:"));
    label->setBuddy(m_message);
    layout->addWidget(label);
    m_message->setObjectName(u"scoreMessageEdit"_s);
    m_message->setAccessibleName(tr("Message to score"));
    m_message->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_message->setTabChangesFocus(true);
    m_message->setPlaceholderText(tr("From: someone@example.net\nSubject: Hello\n\nThe text of the message…"));
    layout->addWidget(m_message, 1);

    auto *actions = new QHBoxLayout;
    m_gtube->setObjectName(u"useGtubeButton"_s);
    m_gtube->setToolTip(tr("A test message that every spam filter scores as spam"));
    m_score->setObjectName(u"scoreButton"_s);
    m_score->setToolTip(tr("Score the message with the spam filter"));
    actions->addWidget(m_gtube);
    actions->addStretch(1);
    actions->addWidget(m_score);
    layout->addLayout(actions);

    auto *result = new QGridLayout;
    m_verdictIcon->setObjectName(u"scoreVerdictIcon"_s);
    m_verdict->setObjectName(u"scoreVerdict"_s);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_details->setObjectName(u"scoreDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rules->setObjectName(u"scoreRules"_s);
    m_rules->setWordWrap(true);
    m_rules->setTextInteractionFlags(Qt::TextSelectableByMouse);
    result->addWidget(m_verdictIcon, 0, 0, Qt::AlignTop);
    result->addWidget(m_verdict, 0, 1);
    result->addWidget(m_details, 1, 1);
    result->addWidget(m_rules, 2, 1);
    result->setColumnStretch(1, 1);
    layout->addLayout(result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_gtube, &QPushButton::clicked, this, &ScoreSampleDialog::useGtube);
    connect(m_score, &QPushButton::clicked, this, &ScoreSampleDialog::score);
    connect(m_message, &QPlainTextEdit::textChanged, this, [this] { setBusy(m_busy); });
    m_score->setDefault(true);
    showResult();
    setBusy(false);
    resize(620, 560);
}

void ScoreSampleDialog::useGtube()
{
    m_message->setPlainText(tr("From: someone@example.net\nTo: you@example.org\nSubject: Test message for the spam filter\n\n"
                               "This message carries the GTUBE test string, which every spam filter scores as spam:\n\n") +
                            kGtube + u"\n"_s);
}

void ScoreSampleDialog::score()
{
    const QString message = m_message->toPlainText();
    if (m_busy || message.trimmed().isEmpty() || !m_client.isAvailable())
        return;
    m_messageBar->dismiss();
    setBusy(true);
    EngineClient::whenFinished(m_client.filters().ScoreMessage(message), this, [this](const QDBusPendingCall &call) {
        setBusy(false);
        if (call.isError()) {
            m_result.clear();
            showResult();
            m_messageBar->showError(ClientError(call.error()));
            return;
        }
        m_result = QDBusPendingReply<QVariantMap>(call).value();
        showResult();
    });
}

void ScoreSampleDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_score->setEnabled(!busy && !m_message->toPlainText().trimmed().isEmpty());
    m_gtube->setEnabled(!busy);
}

void ScoreSampleDialog::showResult()
{
    const QString verdict = m_result.value(u"verdict"_s).toString();
    const double score = m_result.value(u"score"_s).toDouble();
    const double required = m_result.value(u"required"_s).toDouble();
    const double reject = m_result.value(u"reject_threshold"_s).toDouble();
    QIcon icon;
    QString word;
    QString details;
    if (verdict == u"ham"_s) {
        icon = Widgets::Icons::ok();
        //: Spam verdict: not spam
        word = tr("Not spam");
        details = tr("Score %1, below the threshold of %2: delivered to the inbox.").arg(number(score), number(required));
    } else if (verdict == u"spam"_s) {
        icon = Widgets::Icons::warning();
        //: Spam verdict
        word = tr("Spam");
        details = tr("Score %1, at or above the threshold of %2: marked and filed into the spam folder.")
                      .arg(number(score), number(required));
    } else if (verdict == u"reject"_s) {
        icon = Widgets::Icons::error();
        //: Spam verdict: so spammy it is refused
        word = tr("Refused");
        details = tr("Score %1, at or above the reject threshold of %2: refused when it arrives.").arg(number(score), number(reject));
    } else if (verdict == u"unscanned"_s) {
        icon = Widgets::Icons::warning();
        //: Spam verdict: the filter could not score it
        word = tr("Not scored");
        details = tr("The spam filter could not score it, so it would be delivered unscanned. The engine says: %1")
                      .arg(m_result.value(u"problem"_s).toString());
    } else if (!verdict.isEmpty()) {
        icon = Widgets::Icons::warning();
        word = tr("Unknown");
        details = tr("The engine gave a verdict this version does not know (%1).").arg(verdict);
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_verdictIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(iconSize));
    m_verdict->setText(word);
    m_details->setText(details);
    const QStringList rules = m_result.value(u"rules"_s).toStringList();
    m_rules->setText(rules.isEmpty() ? QString() : tr("Rules that hit: %1").arg(rules.join(u", "_s)));
    m_verdict->setVisible(!word.isEmpty());
    m_details->setVisible(!details.isEmpty());
    m_rules->setVisible(!rules.isEmpty());
}

} // namespace Doorstep::Ui::Pages
