#include "ui/widgets/spamscoreview.h"

#include <cmath>

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>

#include "ui/widgets/icons.h"

namespace Doorstep::Ui::Widgets {

using namespace Qt::StringLiterals;

SpamScoreView::SpamScoreView(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel)
    , m_verdict(new QLabel)
    , m_details(new QLabel)
    , m_rules(new QLabel)
{
    setObjectName(u"spamScoreView"_s);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_icon->setObjectName(u"scoreVerdictIcon"_s);
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
    layout->addWidget(m_icon, 0, 0, Qt::AlignTop);
    layout->addWidget(m_verdict, 0, 1);
    layout->addWidget(m_details, 1, 1);
    layout->addWidget(m_rules, 2, 1);
    layout->setColumnStretch(1, 1);
    setResult({});
}

QString SpamScoreView::formatScore(double value)
{
    const bool tenths = std::abs(value * 10.0 - std::round(value * 10.0)) < 1e-6;
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator); // GTUBE's 1000.0, as SpamAssassin writes it
    return locale.toString(value, 'f', tenths ? 1 : 2);
}

void SpamScoreView::setResult(const QVariantMap &result)
{
    const QString verdict = result.value(u"verdict"_s).toString();
    const QString score = formatScore(result.value(u"score"_s).toDouble());
    const QString required = formatScore(result.value(u"required"_s).toDouble());
    const QString reject = formatScore(result.value(u"reject_threshold"_s).toDouble());
    QIcon icon;
    QString word;
    QString details;
    if (verdict == u"ham"_s) {
        icon = Icons::ok();
        //: Spam verdict: not spam
        word = tr("Not spam");
        details = tr("Score %1, below the threshold of %2: delivered to the inbox.").arg(score, required);
    } else if (verdict == u"spam"_s) {
        icon = Icons::warning();
        //: Spam verdict
        word = tr("Spam");
        details = tr("Score %1, at or above the threshold of %2: marked and filed into the spam folder.").arg(score, required);
    } else if (verdict == u"reject"_s) {
        icon = Icons::error();
        //: Spam verdict: so spammy it is refused
        word = tr("Refused");
        details = tr("Score %1, at or above the reject threshold of %2: refused when it arrives.").arg(score, reject);
    } else if (verdict == u"unscanned"_s) {
        icon = Icons::warning();
        //: Spam verdict: the filter could not score it
        word = tr("Not scored");
        details = tr("The spam filter could not score it, so it would be delivered unscanned. The engine says: %1")
                      .arg(result.value(u"problem"_s).toString());
    } else if (!verdict.isEmpty()) {
        icon = Icons::warning();
        word = tr("Unknown");
        details = tr("The engine gave a verdict this version does not know (%1).").arg(verdict);
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(iconSize));
    m_verdict->setText(word);
    m_details->setText(details);
    const QStringList rules = result.value(u"rules"_s).toStringList();
    m_rules->setText(rules.isEmpty() ? QString() : tr("Rules that hit: %1").arg(rules.join(u", "_s)));
    m_verdict->setVisible(!word.isEmpty());
    m_details->setVisible(!details.isEmpty());
    m_rules->setVisible(!rules.isEmpty());
}

} // namespace Doorstep::Ui::Widgets
