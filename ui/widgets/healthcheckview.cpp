#include "ui/widgets/healthcheckview.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QAbstractTextDocumentLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include "ui/widgets/icons.h"
#include "ui/widgets/labels.h"

namespace Doorstep::Ui::Widgets {

using namespace Qt::StringLiterals;

namespace {

int rank(const QString &state)
{
    return state == u"fail"_s ? 2 : state == u"warn"_s ? 1 : 0;
}

} // namespace

HealthCheckView::HealthCheckView(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_status(introLabel({}, u"healthStatus"_s))
    , m_placeholder(tr("Not checked yet."))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(2, 1);
    layout->addLayout(m_grid);
    layout->addStretch(1);
    setAccessibleName(tr("Health checks"));
    rebuild();
}

QString HealthCheckView::title(const QString &check)
{
    if (check == u"mx"_s)
        //: Health check: the domain's MX record points at this server
        return tr("Mail server (MX)");
    if (check == u"address"_s)
        //: Health check: the host name's A/AAAA records are the public address
        return tr("Address (A/AAAA)");
    if (check == u"ptr"_s)
        //: Health check: the public address's reverse name (PTR) is the host name
        return tr("Reverse DNS (PTR)");
    if (check == u"spf"_s)
        return tr("SPF");
    if (check == u"dkim"_s)
        return tr("DKIM");
    if (check == u"dmarc"_s)
        return tr("DMARC");
    if (check == u"certificate"_s)
        return tr("Certificate");
    if (check == u"port25"_s)
        //: Health check: outgoing connections to port 25 are not blocked
        return tr("Outgoing port 25");
    if (check.startsWith(u"blocklist:"_s))
        //: Health check: %1 is a DNS blocklist such as zen.spamhaus.org
        return tr("Blocklist %1").arg(check.mid(10));
    return check;
}

QString HealthCheckView::stateWord(const QString &state)
{
    if (state == u"ok"_s)
        return tr("OK");
    if (state == u"warn"_s)
        return tr("Warning");
    if (state == u"fail"_s)
        return tr("Failed");
    return state;
}

void HealthCheckView::setChecks(const DBus::HealthCheckList &checks)
{
    m_checks = checks;
    m_checking = false;
    rebuild();
}

void HealthCheckView::setChecking(bool checking)
{
    m_checking = checking;
    rebuild();
}

void HealthCheckView::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    rebuild();
}

QString HealthCheckView::worstState() const
{
    QString worst;
    for (const DBus::HealthCheck &check : m_checks) {
        if (worst.isEmpty() || rank(check.state) > rank(worst))
            worst = check.state;
    }
    return worst;
}

void HealthCheckView::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int failed = 0;
    int warned = 0;
    for (const DBus::HealthCheck &check : m_checks) {
        failed += check.state == u"fail"_s;
        warned += check.state == u"warn"_s;
    }
    if (m_checking)
        m_status->setText(tr("Checking…"));
    else if (m_checks.isEmpty())
        m_status->setText(m_placeholder);
    else if (failed == 0 && warned == 0)
        m_status->setText(tr("All %n checks passed.", nullptr, int(m_checks.size())));
    else
        //: %1 and %2 are already "N failed" / "N warnings"
        m_status->setText(tr("%1, %2 — the records to publish are under the checks.")
                              .arg(tr("%n failed", nullptr, failed), tr("%n warning(s)", nullptr, warned)));

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    int row = 0;
    for (const DBus::HealthCheck &check : m_checks) {
        const QIcon icon = check.state == u"ok"_s ? Icons::ok() : check.state == u"warn"_s ? Icons::warning() : Icons::error();
        auto *iconLabel = new QLabel;
        iconLabel->setPixmap(icon.pixmap(iconSize, iconSize));
        iconLabel->setAccessibleName(stateWord(check.state));
        m_grid->addWidget(iconLabel, row, 0, Qt::AlignTop);
        auto *heading = sectionHeading(u"%1: %2"_s.arg(title(check.check), stateWord(check.state)), u"check_"_s + check.check);
        m_grid->addWidget(heading, row, 1, 1, 2, Qt::AlignTop);
        ++row;
        QLabel *sentence = introLabel(check.sentence, u"sentence_"_s + check.check);
        sentence->setAccessibleName(title(check.check));
        m_grid->addWidget(sentence, row, 1, 1, 3);
        ++row;
        if (check.record.isEmpty())
            continue;
        // Read-only text that wraps anywhere: a DKIM key is one long word.
        auto *record = new QPlainTextEdit(check.record);
        record->setObjectName(u"record_"_s + check.check);
        record->setFont(fixed);
        record->setReadOnly(true);
        record->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        record->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        record->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        record->setTabChangesFocus(true);
        record->setAccessibleName(tr("Record to publish for %1").arg(title(check.check)));
        const auto fitHeight = [record](const QSizeF &size) {
            const int lines = std::max(1, int(size.height()));
            const QMargins margins = record->contentsMargins();
            record->setFixedHeight(lines * record->fontMetrics().lineSpacing() + int(2 * record->document()->documentMargin()) + margins.top()
                                   + margins.bottom());
        };
        connect(record->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, record, fitHeight);
        fitHeight(record->document()->documentLayout()->documentSize());
        m_grid->addWidget(record, row, 1, 1, 2);
        auto *copy = rowButton(QIcon::fromTheme(u"edit-copy"_s), tr("Copy"), u"copy_"_s + check.check,
                               tr("Copy the record for %1").arg(title(check.check)), tr("Copy this record to the clipboard"));
        const QString text = check.record;
        connect(copy, &QPushButton::clicked, this, [this, text] {
            QApplication::clipboard()->setText(text);
            Q_EMIT copied(text);
        });
        m_grid->addWidget(copy, row, 3, Qt::AlignTop);
        ++row;
    }
}

} // namespace Doorstep::Ui::Widgets
