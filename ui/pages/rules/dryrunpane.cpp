#include "ui/pages/rules/dryrunpane.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/models/dbusvalue.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/spamscoreview.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

namespace {

/** The spam verdict in words, as the Filters page says it. */
QString verdictWord(const QString &verdict)
{
    if (verdict == u"ham"_s)
        //: Spam verdict in "Spam score: 1.2 of 5.0 (not spam)"
        return DryRunPane::tr("not spam");
    if (verdict == u"spam"_s)
        //: Spam verdict in "Spam score: 5.2 of 5.0 (spam)"
        return DryRunPane::tr("spam");
    if (verdict == u"reject"_s)
        //: Spam verdict in "Spam score: 20.0 of 5.0 (refused)": so spammy it is refused
        return DryRunPane::tr("refused");
    if (verdict == u"unscanned"_s)
        //: Spam verdict: the filter could not score the message
        return DryRunPane::tr("not scored");
    return DryRunPane::tr("unknown verdict \"%1\"").arg(verdict);
}

QString spamSentence(const QVariantMap &spam)
{
    if (spam.isEmpty())
        return DryRunPane::tr("The spam filter is off.");
    const QString verdict = spam.value(u"verdict"_s).toString();
    if (verdict == u"unscanned"_s)
        return DryRunPane::tr("Not scored: %1").arg(spam.value(u"problem"_s).toString());
    //: %1 the message's spam score, %2 the threshold, %3 the verdict ("5.2 of 5.0 (spam)")
    QString sentence = DryRunPane::tr("%1 of %2 (%3)")
                           .arg(Widgets::SpamScoreView::formatScore(spam.value(u"score"_s).toDouble()),
                                Widgets::SpamScoreView::formatScore(spam.value(u"required"_s).toDouble()), verdictWord(verdict));
    const QStringList rules = spam.value(u"rules"_s).toStringList();
    if (!rules.isEmpty())
        sentence += u'\n' + DryRunPane::tr("Rules that hit: %1").arg(rules.join(u", "_s));
    return sentence;
}

/** "45 seconds", "5 minutes", "2 hours" (rounded up). */
QString waitWords(uint seconds)
{
    if (seconds < 120)
        return DryRunPane::tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 2 * 3600)
        return DryRunPane::tr("%n minute(s)", nullptr, int((seconds + 59) / 60));
    return DryRunPane::tr("%n hour(s)", nullptr, int((seconds + 3599) / 3600));
}

/** Greylisting's part of the chain in this language; the engine's English sentence when the outcome is new to this page. */
QString greylistSentence(const QVariantMap &result)
{
    const QString outcome = result.value(u"greylist_outcome"_s).toString();
    const QString client = result.value(u"greylist_client"_s).toString();
    const QString sender = result.value(u"greylist_sender"_s).toString().isEmpty() ? u"<>"_s : result.value(u"greylist_sender"_s).toString();
    const QString recipient = result.value(u"greylist_recipient"_s).toString();
    if (outcome == u"off"_s)
        return DryRunPane::tr("Greylisting is off.");
    if (outcome == u"exempt"_s) {
        const QString why = result.value(u"greylist_exempt"_s).toString();
        if (why == u"login"_s)
            return DryRunPane::tr("The sender logged in to send it: greylisting does not apply.");
        if (why == u"local"_s)
            return DryRunPane::tr("A program on this computer handed it over: greylisting does not apply.");
        if (why == u"allow_list"_s)
            //: %1 a server's address, %2 a sender's address
            return DryRunPane::tr("The server %1 or the sender %2 is on greylisting's allow list: the message is taken at once.").arg(client, sender);
    }
    if (outcome == u"passed"_s)
        //: %1 a server's address, %2 the sender, %3 the recipient
        return DryRunPane::tr("The server %1 already passed greylisting for mail from %2 to %3: the message is taken at once.")
            .arg(client, sender, recipient);
    if (outcome == u"wait"_s)
        //: %1 the sender, %2 the recipient, %3 a server's address, %4 how long ("5 minutes")
        return DryRunPane::tr("Mail from %1 to %2 through the server %3 is answered “try again later” and taken when it retries after %4.")
            .arg(sender, recipient, client, waitWords(result.value(u"greylist_retry"_s).toUInt()));
    if (outcome == u"unknown"_s)
        //: %1 how long ("5 minutes")
        return DryRunPane::tr("Greylisting is on, but the message does not show which server sent it: a server seen for the first time waits %1 "
                              "before its mail is taken.")
            .arg(waitWords(result.value(u"greylist_delay"_s).toUInt()));
    return result.value(u"greylist"_s).toString();
}

/** The virus scan's part of the chain in this language. */
QString antivirusSentence(const QVariantMap &result)
{
    const QString outcome = result.value(u"antivirus_outcome"_s).toString();
    if (outcome == u"off"_s)
        return DryRunPane::tr("Virus scanning is off.");
    if (outcome == u"clean"_s)
        return DryRunPane::tr("No virus found.");
    if (outcome == u"not_scanned"_s && result.value(u"antivirus_scanner"_s).toString() == u"loading"_s)
        return DryRunPane::tr("Not scanned: the virus scanner is still loading its signatures (received mail waits for it).");
    if (outcome == u"not_scanned"_s && result.value(u"antivirus_scanner"_s).toString() == u"down"_s)
        return DryRunPane::tr("Not scanned: the virus scanner is not running (received mail waits until it is back).");
    if (outcome == u"virus"_s) {
        const QString signature = result.value(u"antivirus_signature"_s).toString();
        if (result.value(u"antivirus_action"_s).toString() == u"quarantine"_s)
            //: %1 the virus's name as ClamAV gives it
            return DryRunPane::tr("Virus %1: the message is kept in the quarantine, not delivered.").arg(signature);
        return DryRunPane::tr("Virus %1: the message is refused while it is received.").arg(signature);
    }
    return result.value(u"antivirus"_s).toString(); // the scanner's own error
}

QString decidedBySentence(const QString &decidedBy)
{
    if (decidedBy == u"global"_s)
        return DryRunPane::tr("The global spam rule");
    if (decidedBy == u"user"_s)
        return DryRunPane::tr("This user's rules");
    if (decidedBy == u"none"_s)
        return DryRunPane::tr("No rule: mail goes to the inbox");
    if (decidedBy == u"antivirus"_s)
        return DryRunPane::tr("The virus scan: the rules never see it");
    if (decidedBy == u"spam"_s)
        return DryRunPane::tr("The spam filter: refused before the rules");
    return DryRunPane::tr("Unknown (%1)").arg(decidedBy);
}

} // namespace

DryRunPane::DryRunPane(QWidget *parent)
    : QWidget(parent)
    , m_message(new QPlainTextEdit)
    , m_try(new QPushButton(Widgets::Icons::refresh(), tr("&Try")))
    , m_pick(new QPushButton(tr("&Pick from Mailbox…")))
    , m_tried(Widgets::introLabel({}, u"triedMessageLabel"_s))
    , m_results(new QWidget)
    , m_greylist(Widgets::introLabel({}, u"greylistResult"_s))
    , m_antivirus(Widgets::introLabel({}, u"antivirusResult"_s))
    , m_spam(Widgets::introLabel({}, u"spamResult"_s))
    , m_decidedBy(Widgets::introLabel({}, u"decidedByResult"_s))
    , m_folderIcon(new QLabel)
    , m_folderWord(Widgets::introLabel({}, u"folderResult"_s))
    , m_actions(Widgets::introLabel({}, u"actionsResult"_s))
    , m_showTrace(new QToolButton)
    , m_trace(new QPlainTextEdit)
{
    setObjectName(u"dryRunPane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(Widgets::introLabel(tr("Paste a whole message — its header lines, an empty line, then the text — and see "
                                             "where it would go with the current filters and rules. Nothing is delivered."),
                                          u"dryRunIntro"_s));
    layout->addWidget(Widgets::buddyLabel(tr("Me&ssage:"), m_message));
    m_message->setObjectName(u"tryMessageEdit"_s);
    m_message->setAccessibleName(tr("Message to try"));
    m_message->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_message->setTabChangesFocus(true);
    m_message->setPlaceholderText(tr("From: someone@example.net\nList-Id: <debian-user.lists.debian.org>\nSubject: Hello\n\n"
                                     "The text of the message…"));
    layout->addWidget(m_message, 1);
    auto *tryRow = new QHBoxLayout;
    m_pick->setObjectName(u"pickMessageButton"_s);
    m_pick->setToolTip(tr("Try a message this user already has, as if it arrived again now"));
    tryRow->addWidget(m_pick);
    tryRow->addStretch(1);
    m_try->setObjectName(u"tryButton"_s);
    m_try->setToolTip(tr("See where this message would go, without delivering it"));
    tryRow->addWidget(m_try);
    layout->addLayout(tryRow);
    m_tried->hide();
    layout->addWidget(m_tried);

    // A grid rather than a QFormLayout: its rows took the height of a wrapped sentence at a
    // narrower width and left gaps once the page was wider.
    auto *grid = new QGridLayout(m_results);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    int row = 0;
    const auto addRow = [grid, &row](const QString &text, QWidget *field, QLayout *fieldLayout = nullptr) {
        auto *label = new QLabel(text);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(label, row, 0, Qt::AlignTop);
        if (field) {
            label->setBuddy(field);
            field->setAccessibleName(QString(text).remove(u':'));
            grid->addWidget(field, row, 1, Qt::AlignTop);
        } else {
            grid->addLayout(fieldLayout, row, 1, Qt::AlignTop);
        }
        ++row;
    };
    addRow(tr("Greylisting:"), m_greylist);
    addRow(tr("Antivirus:"), m_antivirus);
    addRow(tr("Spam score:"), m_spam);
    addRow(tr("Decided by:"), m_decidedBy);
    auto *folderRow = new QHBoxLayout;
    m_folderIcon->setObjectName(u"folderIcon"_s);
    folderRow->addWidget(m_folderIcon);
    QFont bold = m_folderWord->font();
    bold.setBold(true);
    m_folderWord->setFont(bold);
    m_folderWord->setAccessibleName(tr("Folder"));
    folderRow->addWidget(m_folderWord, 1);
    addRow(tr("Folder:"), nullptr, folderRow);
    addRow(tr("Actions:"), m_actions);
    m_showTrace->setObjectName(u"showTraceButton"_s);
    m_showTrace->setText(tr("Show &how the rules matched"));
    m_showTrace->setCheckable(true);
    m_showTrace->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showTrace->setArrowType(Qt::RightArrow);
    m_showTrace->setAutoRaise(true);
    grid->addWidget(m_showTrace, row++, 0, 1, 2, Qt::AlignLeft);
    m_trace->setObjectName(u"traceView"_s);
    m_trace->setAccessibleName(tr("How the rules matched"));
    m_trace->setReadOnly(true);
    m_trace->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_trace->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_trace->setMaximumHeight(m_trace->fontMetrics().lineSpacing() * 10);
    m_trace->hide();
    grid->addWidget(m_trace, row++, 0, 1, 2);
    m_results->hide();
    layout->addWidget(m_results);

    connect(m_showTrace, &QToolButton::toggled, this, [this](bool shown) {
        m_trace->setVisible(shown);
        m_showTrace->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_try, &QPushButton::clicked, this, [this] {
        if (!m_busy && !message().trimmed().isEmpty())
            Q_EMIT tryRequested();
    });
    connect(m_pick, &QPushButton::clicked, this, [this] {
        if (!m_busy && m_canPick)
            Q_EMIT pickRequested();
    });
    connect(m_message, &QPlainTextEdit::textChanged, this, &DryRunPane::updateButtons);
    updateButtons();
}

QString DryRunPane::message() const
{
    return m_message->toPlainText();
}

void DryRunPane::setStoredResult(const QVariantMap &picked, const QVariantMap &result)
{
    setResult(result);
    m_tried->setVisible(!result.isEmpty());
    if (result.isEmpty())
        return;
    const QString subject = picked.value(u"subject"_s).toString();
    const QString folder = picked.value(u"folder"_s).toString();
    //: %1 a message's subject, %2 its sender, %3 the folder it is in now
    m_tried->setText(tr("Tried the message “%1” from %2, now in %3, as if it arrived again:")
                         .arg(subject.isEmpty() ? tr("(no subject)") : subject, picked.value(u"from"_s).toString(),
                              folder == u"INBOX"_s ? tr("Inbox") : folder));
}

void DryRunPane::setCanPick(bool canPick)
{
    m_canPick = canPick;
    updateButtons();
}

void DryRunPane::setResult(const QVariantMap &result)
{
    m_tried->hide();
    m_results->setVisible(!result.isEmpty());
    m_folder = result.value(u"folder"_s).toString();
    if (result.isEmpty())
        return;
    m_greylist->setText(greylistSentence(result));
    m_antivirus->setText(antivirusSentence(result));
    m_spam->setText(spamSentence(Models::toVariantMap(result.value(u"spam"_s))));
    m_decidedBy->setText(decidedBySentence(result.value(u"decided_by"_s).toString()));

    QIcon icon;
    const QString decidedBy = result.value(u"decided_by"_s).toString();
    if (m_folder.isEmpty() && decidedBy == u"antivirus"_s) {
        icon = Widgets::Icons::remove();
        m_folderWord->setText(tr("None: %1").arg(antivirusSentence(result)));
    } else if (m_folder.isEmpty() && decidedBy == u"spam"_s) {
        icon = Widgets::Icons::remove();
        m_folderWord->setText(tr("None: the message is refused as spam while it is received"));
    } else if (m_folder.isEmpty()) {
        icon = Widgets::Icons::remove();
        m_folderWord->setText(tr("None: the message is not kept (discarded or only redirected)"));
    } else if (m_folder.compare(u"INBOX"_s, Qt::CaseInsensitive) == 0) {
        icon = Widgets::Icons::mailboxesPage();
        //: The folder every mailbox has; the engine calls it INBOX
        m_folderWord->setText(tr("Inbox"));
    } else {
        icon = Widgets::Icons::themed(u"folder-mail"_s, QStyle::SP_DirIcon);
        m_folderWord->setText(m_folder);
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_folderIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(iconSize));

    QStringList actions = result.value(u"global_actions"_s).toStringList() + result.value(u"actions"_s).toStringList();
    actions.removeDuplicates();
    m_actions->setText(actions.isEmpty() ? tr("None (keep it in the inbox)") : u"• "_s + actions.join(u"\n• "_s));

    QStringList trace;
    const QStringList globalTrace = result.value(u"global_trace"_s).toStringList();
    if (!globalTrace.isEmpty())
        trace << tr("Global rules:") << globalTrace << QString();
    const QStringList userTrace = result.value(u"trace"_s).toStringList();
    if (!userTrace.isEmpty())
        trace << tr("User's rules:") << userTrace;
    m_trace->setPlainText(trace.isEmpty() ? tr("No rule was looked at.") : trace.join(u'\n'));
}

void DryRunPane::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void DryRunPane::updateButtons()
{
    m_try->setEnabled(!m_busy && !message().trimmed().isEmpty());
    m_pick->setEnabled(!m_busy && m_canPick);
}

} // namespace Doorstep::Ui::Pages
