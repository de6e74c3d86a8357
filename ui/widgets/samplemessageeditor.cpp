#include "ui/widgets/samplemessageeditor.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/widgets/icons.h"

namespace Doorstep::Ui::Widgets {

using namespace Qt::StringLiterals;

const QString SampleMessageEditor::kGtube = u"XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"_s;

SampleMessageEditor::SampleMessageEditor(QWidget *parent)
    : QWidget(parent)
    , m_message(new QPlainTextEdit)
    , m_gtube(new QPushButton(tr("Use the &GTUBE Test Message")))
    , m_clean(new QPushButton(tr("Use a C&lean Message")))
    , m_score(new QPushButton(Icons::refresh(), tr("&Score")))
{
    setObjectName(u"sampleMessageEditor"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
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
    m_clean->setObjectName(u"useCleanButton"_s);
    m_clean->setToolTip(tr("An ordinary message that should not count as spam"));
    m_score->setObjectName(u"scoreButton"_s);
    m_score->setToolTip(tr("Score the message with the spam filter"));
    actions->addWidget(m_gtube);
    actions->addWidget(m_clean);
    actions->addStretch(1);
    actions->addWidget(m_score);
    layout->addLayout(actions);

    connect(m_gtube, &QPushButton::clicked, this, &SampleMessageEditor::useGtube);
    connect(m_clean, &QPushButton::clicked, this, &SampleMessageEditor::useClean);
    connect(m_score, &QPushButton::clicked, this, [this] {
        if (!m_busy && !message().trimmed().isEmpty())
            Q_EMIT scoreRequested();
    });
    connect(m_message, &QPlainTextEdit::textChanged, this, &SampleMessageEditor::updateButtons);
    updateButtons();
}

QString SampleMessageEditor::message() const
{
    return m_message->toPlainText();
}

namespace {

/**
 * A message as a mail program writes it, with Date and Message-ID: their absence counts as a
 * sign of spam, which would blur what the sample shows.
 */
QString sample(const QString &from, const QString &subject, const QString &body)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return u"From: %1\nTo: you@example.org\nSubject: %2\nDate: %3\nMessage-ID: <%4@example.net>\n\n%5\n"_s.arg(
        from, subject, QLocale::c().toString(now, u"ddd, dd MMM yyyy HH:mm:ss +0000"_s), QString::number(now.toMSecsSinceEpoch()), body);
}

} // namespace

QString SampleMessageEditor::gtubeMessage()
{
    return sample(u"someone@example.net"_s, tr("Test message for the spam filter"),
                  tr("This message carries the GTUBE test string, which every spam filter scores as spam:") + u"\n\n"_s + kGtube);
}

QString SampleMessageEditor::cleanMessage()
{
    return sample(u"Anna <anna@example.net>"_s, tr("Lunch on Friday?"),
                  tr("Hi,\n\nshall we have lunch on Friday at noon, at the usual place?\n\nAnna"));
}

void SampleMessageEditor::useGtube()
{
    m_message->setPlainText(gtubeMessage());
}

void SampleMessageEditor::useClean()
{
    m_message->setPlainText(cleanMessage());
}

void SampleMessageEditor::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void SampleMessageEditor::updateButtons()
{
    m_score->setEnabled(!m_busy && !message().trimmed().isEmpty());
    m_gtube->setEnabled(!m_busy);
    m_clean->setEnabled(!m_busy);
}

} // namespace Doorstep::Ui::Widgets
