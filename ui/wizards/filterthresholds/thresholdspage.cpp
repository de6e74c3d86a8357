#include "ui/wizards/filterthresholds/thresholdspage.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "ui/widgets/explainedfield.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/spamscoreview.h"
#include "ui/wizards/filterthresholds/filterthresholdswizard.h"
#include "ui/wizards/wizardlayout.h"

namespace Doorstep::Ui::Wizards::FilterThresholds {

using namespace Qt::StringLiterals;

namespace {

QDoubleSpinBox *scoreSpin(const QString &objectName, const QString &accessibleName)
{
    auto *spin = new QDoubleSpinBox;
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessibleName);
    spin->setDecimals(2);
    spin->setSingleStep(0.5);
    spin->setAccelerated(true);
    spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return spin;
}

} // namespace

ThresholdsPage::ThresholdsPage(FilterThresholdsWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_threshold(scoreSpin(u"thresholdSpin"_s, tr("Spam from score")))
    , m_reject(scoreSpin(u"rejectThresholdSpin"_s, tr("Refuse from score")))
    , m_thresholdError(new Widgets::FieldErrorLabel(m_threshold))
    , m_rejectError(new Widgets::FieldErrorLabel(m_reject))
{
    setObjectName(u"thresholdsPage"_s);
    setTitle(tr("When is a message spam?"));
    QVBoxLayout *layout = pageLayout(this,
                                     tr("The more signs of spam a message shows, the higher its score. From the first score on "
                                        "it counts as spam: it is marked and filed away, and people can still look at it. From "
                                        "the second it is refused when it arrives, and nobody ever sees it."),
                                     u"thresholdsIntro"_s);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_thresholdError->setObjectName(u"thresholdError"_s);
    form->addRow(Widgets::buddyLabel(tr("&Spam from score:"), m_threshold),
                 Widgets::explainedField(m_thresholdError,
                                         tr("5.0 is SpamAssassin's usual choice. Lower catches more spam, and more good mail by "
                                            "mistake; higher lets more spam into the inbox."),
                                         u"thresholdExplanation"_s));
    //: The reject threshold's value that turns refusing off
    m_reject->setSpecialValueText(tr("Never"));
    m_rejectError->setObjectName(u"rejectThresholdError"_s);
    form->addRow(Widgets::buddyLabel(tr("&Refuse from score:"), m_reject),
                 Widgets::explainedField(m_rejectError,
                                         tr("Refusing is final, so choose a score well above the first one, such as 15, or "
                                            "Never (0) to keep all spam in the spam folder."),
                                         u"rejectThresholdExplanation"_s));
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(Widgets::smallPrint(tr("In SpamAssassin: required_score in local.cf (the seed's 5.0). Refusing is what "
                                             "spamass-milter's -r option did."),
                                          u"thresholdsSmallPrint"_s));
    connect(m_threshold, &QDoubleSpinBox::valueChanged, m_thresholdError, &Widgets::FieldErrorLabel::clear);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, m_rejectError, &Widgets::FieldErrorLabel::clear);
    connect(m_reject, &QDoubleSpinBox::valueChanged, m_rejectError, &Widgets::FieldErrorLabel::clear);
}

void ThresholdsPage::initializePage()
{
    if (m_initialized)
        return; // Back and Next again keep what was typed
    m_initialized = true;
    for (auto [spin, key] : {std::pair{m_threshold, u"spam.threshold"_s}, std::pair{m_reject, u"spam.reject_threshold"_s}}) {
        const auto [min, max] = m_wizard->range(key);
        spin->setRange(min, max);
        spin->setValue(m_wizard->chosen(key).toDouble());
    }
    m_threshold->setFocus();
}

int ThresholdsPage::nextId() const
{
    return FilterThresholdsWizard::SpamHandlingPageId;
}

bool ThresholdsPage::validatePage()
{
    const double threshold = m_threshold->value();
    const double reject = m_reject->value();
    if (threshold <= 0.0) {
        m_thresholdError->setError(tr("At 0 every message would count as spam. Choose a score above 0, such as 5.0."));
        m_threshold->setFocus();
        return false;
    }
    if (reject > 0.0 && reject <= threshold) {
        m_rejectError->setError(tr("Refusing must start above %1, where spam starts, or be Never: otherwise spam is refused "
                                   "before anyone could find it in the spam folder.")
                                    .arg(Widgets::SpamScoreView::formatScore(threshold)));
        m_reject->setFocus();
        return false;
    }
    m_wizard->choose(u"spam.threshold"_s, threshold);
    m_wizard->choose(u"spam.reject_threshold"_s, reject);
    return true;
}

} // namespace Doorstep::Ui::Wizards::FilterThresholds
