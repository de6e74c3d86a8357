#include "ui/wizards/wizardlayout.h"

#include <QAbstractButton>
#include <QLabel>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QWizard>

#include "ui/widgets/labels.h"

namespace Doorstep::Ui::Wizards {

using namespace Qt::StringLiterals;

QVBoxLayout *pageLayout(QWizardPage *page, const QString &intro, const QString &introName)
{
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(10);
    layout->addWidget(Widgets::introLabel(intro, introName));
    return layout;
}

namespace {

/** A line under a radio button that explains the choice, indented to its text. */
QLabel *choiceDescription(QRadioButton *radio, const QString &text, const QString &objectName)
{
    QLabel *label = Widgets::introLabel(text, objectName);
    const int indent = radio->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, radio)
                       + radio->style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, radio);
    label->setContentsMargins(indent, 0, 0, 6);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

void addChoice(QVBoxLayout *layout, QRadioButton *radio, const QString &name, const QString &accessibleName,
               const QString &description)
{
    radio->setObjectName(name + u"Choice"_s);
    radio->setAccessibleName(accessibleName);
    layout->addWidget(radio);
    layout->addWidget(choiceDescription(radio, description, name + u"ChoiceDescription"_s));
}

void nameButtons(QWizard *wizard)
{
    const QList<std::pair<QWizard::WizardButton, QString>> names{
        {QWizard::BackButton, u"backButton"_s},     {QWizard::NextButton, u"nextButton"_s},
        {QWizard::CommitButton, u"commitButton"_s}, {QWizard::FinishButton, u"finishButton"_s},
        {QWizard::CancelButton, u"cancelButton"_s},
    };
    for (const auto &[which, name] : names)
        wizard->button(which)->setObjectName(name);
}

} // namespace Doorstep::Ui::Wizards
