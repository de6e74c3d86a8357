#include "ui/wizards/filterthresholds/backendpage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

#include "ui/client/clienterror.h"
#include "ui/widgets/explainedfield.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/samplemessageeditor.h"
#include "ui/wizards/filterthresholds/filterthresholdswizard.h"
#include "ui/wizards/wizardlayout.h"

namespace Doorstep::Ui::Wizards::FilterThresholds {

using namespace Qt::StringLiterals;

BackendPage::BackendPage(FilterThresholdsWizard *wizard)
    : WizardPage(wizard)
    , m_wizard(wizard)
    , m_messageBar(new Widgets::MessageBar)
    , m_builtin(new QRadioButton(tr("&Built-in checks")))
    , m_spamd(new QRadioButton(tr("&SpamAssassin (spamd)")))
    , m_rspamd(new QRadioButton(tr("&rspamd")))
    , m_enabledNote(Widgets::introLabel(tr("Spam scoring is off at the moment. Applying this wizard turns it on."),
                                        u"spamOffNote"_s))
    , m_addressRow(new QWidget)
    , m_address(new QLineEdit)
    , m_addressError(new Widgets::FieldErrorLabel(m_address))
    , m_acknowledge(new QCheckBox(tr("&Use it anyway: mail is accepted unscanned while it does not answer")))
    , m_progress(Widgets::introLabel({}, u"backendProgress"_s))
{
    setObjectName(u"backendPage"_s);
    setTitle(tr("Who scores your mail?"));
    QVBoxLayout *layout = pageLayout(this,
                                     tr("Every message that arrives gets a spam score: each sign of spam adds points. Choose "
                                        "what does the scoring. Before you go on, Doorstep checks that it answers."),
                                     u"backendIntro"_s);
    m_messageBar->setObjectName(u"backendMessageBar"_s);
    layout->addWidget(m_messageBar);
    m_enabledNote->hide();
    layout->addWidget(m_enabledNote);

    addChoice(layout, m_builtin, u"builtin"_s, FilterThresholdsWizard::backendName(u"builtin"_s),
              tr("Works at once, with nothing else to install. It recognises the GTUBE test message, messages without a date, "
                 "message ID or subject, and senders on DNS blocklists. It catches less spam than the other two."));
    addChoice(layout, m_spamd, u"spamd"_s, FilterThresholdsWizard::backendName(u"spamd"_s),
              tr("SpamAssassin, the spam filter of many sendmail setups, with thousands of rules. It must be installed and "
                 "running, here or on another machine (on Debian: the package spamd); Doorstep hands it every message and takes "
                 "its score."));
    addChoice(layout, m_rspamd, u"rspamd"_s, FilterThresholdsWizard::backendName(u"rspamd"_s),
              tr("A fast, modern spam filter. It must be installed and running, here or on another machine (on Debian: the "
                 "package rspamd); Doorstep hands it every message and takes its score."));

    auto *form = new QFormLayout(m_addressRow);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_address->setObjectName(u"addressEdit"_s);
    m_address->setAccessibleName(tr("Where it listens"));
    m_addressError->setObjectName(u"addressError"_s);
    QWidget *field = Widgets::explainedField(m_addressError,
                                             tr("As host:port. Leave it empty for its usual place on this machine."),
                                             u"addressExplanation"_s);
    form->addRow(Widgets::buddyLabel(tr("Where it &listens:"), m_address), field);
    m_acknowledge->setObjectName(u"acknowledgeUnreachable"_s);
    m_acknowledge->hide();
    form->addRow(QString(), m_acknowledge);
    layout->addWidget(m_addressRow);
    m_progress->hide();
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(Widgets::smallPrint(tr("In sendmail: spamass-milter handing mail to SpamAssassin's spamd, or rspamd's milter. "
                                             "The built-in checks are Doorstep's own."),
                                          u"backendSmallPrint"_s));

    for (QRadioButton *radio : {m_builtin, m_spamd, m_rspamd}) {
        radio->setEnabled(false);
        connect(radio, &QRadioButton::toggled, this, [this, radio](bool on) {
            if (!on)
                return;
            // An address typed for one backend is seldom right for the other.
            const QString other = FilterThresholdsWizard::defaultAddress(radio == m_spamd ? u"rspamd"_s : u"spamd"_s);
            if (m_address->text().trimmed() == other)
                m_address->clear();
            onChoiceChanged();
        });
    }
    connect(m_address, &QLineEdit::textEdited, this, &BackendPage::onChoiceChanged);
    connect(m_acknowledge, &QCheckBox::toggled, this, &BackendPage::completeChanged);
    connect(wizard, &FilterThresholdsWizard::loaded, this, &BackendPage::onLoaded);
    onChoiceChanged();
}

int BackendPage::nextId() const
{
    return FilterThresholdsWizard::ThresholdsPageId;
}

bool BackendPage::isComplete() const
{
    return m_wizard->isLoaded() && WizardPage::isComplete();
}

QString BackendPage::backend() const
{
    if (m_spamd->isChecked())
        return u"spamd"_s;
    if (m_rspamd->isChecked())
        return u"rspamd"_s;
    return u"builtin"_s;
}

QString BackendPage::address() const
{
    return m_address->text().trimmed();
}

QString BackendPage::choiceKey() const
{
    return backend() == u"builtin"_s ? backend() : backend() + u' ' + address();
}

void BackendPage::onLoaded(const QString &error)
{
    if (!error.isEmpty()) {
        m_messageBar->showMessage(Widgets::MessageBar::Type::Error, tr("The wizard could not read the spam settings."), error);
        return;
    }
    const QString current = m_wizard->current(u"spam.backend"_s).toString();
    for (QRadioButton *radio : {m_builtin, m_spamd, m_rspamd})
        radio->setEnabled(true);
    (current == u"spamd"_s ? m_spamd : current == u"rspamd"_s ? m_rspamd : m_builtin)->setChecked(true);
    if (current != u"builtin"_s)
        m_address->setText(m_wizard->current(u"spam.address"_s).toString());
    m_enabledNote->setVisible(!m_wizard->current(u"spam.enabled"_s).toBool());
    onChoiceChanged();
    Q_EMIT completeChanged();
}

void BackendPage::onChoiceChanged()
{
    const QString chosen = backend();
    m_addressRow->setEnabled(chosen != u"builtin"_s && !isBusy());
    m_address->setPlaceholderText(chosen == u"builtin"_s ? QString() : FilterThresholdsWizard::defaultAddress(chosen));
    m_addressError->clear();
    m_acknowledge->setChecked(false);
    m_acknowledge->hide();
}

void BackendPage::takeChoice()
{
    const QString chosen = backend();
    m_wizard->choose(u"spam.backend"_s, chosen);
    // The built-in checks listen nowhere: spam.address stays as it is.
    m_wizard->choose(u"spam.address"_s, chosen == u"builtin"_s ? m_wizard->current(u"spam.address"_s).toString() : address());
}

bool BackendPage::validatePage()
{
    if (isBusy() || !m_wizard->isLoaded())
        return false;
    const QString key = choiceKey();
    if (key == m_answered || (key == m_unreachable && m_acknowledge->isVisible() && m_acknowledge->isChecked())) {
        takeChoice();
        return true;
    }
    check();
    return false;
}

void BackendPage::check()
{
    m_addressError->clear();
    m_messageBar->dismiss();
    takeChoice();
    const QString key = choiceKey();
    const QString name = FilterThresholdsWizard::backendName(backend());
    const QString where = address().isEmpty() ? FilterThresholdsWizard::defaultAddress(backend()) : address();
    m_progress->setText(backend() == u"builtin"_s
                            ? tr("Trying the built-in checks with a test message…")
                            : tr("Asking %1 at %2 to score a test message… (it has up to %n second(s) to answer)", "",
                                 int(m_wizard->backendTimeout()))
                                  .arg(name, where));
    setChecking(true);
    m_wizard->tryChoices(Widgets::SampleMessageEditor::gtubeMessage(), this,
                         [this, key, name](const QVariantMap &result, const ClientError &error) {
                             setChecking(false);
                             if (error.isError()) {
                                 if (error.kind() == ClientError::Kind::InvalidArgument && backend() != u"builtin"_s) {
                                     m_addressError->setError(error.message());
                                     m_address->setFocus();
                                 } else {
                                     m_messageBar->showError(error);
                                 }
                                 return;
                             }
                             if (result.value(u"reachable"_s).toBool()) {
                                 m_answered = key;
                                 wizard()->next();
                                 return;
                             }
                             m_unreachable = key;
                             m_addressError->setError(
                                 tr("%1 does not answer. Start it, correct the address, or choose the built-in checks. The engine "
                                    "says: %2")
                                     .arg(name, result.value(u"problem"_s).toString()));
                             m_acknowledge->setChecked(false);
                             m_acknowledge->show();
                             m_address->setFocus();
                         });
}

void BackendPage::setChecking(bool checking)
{
    m_progress->setVisible(checking);
    for (QRadioButton *radio : {m_builtin, m_spamd, m_rspamd})
        radio->setEnabled(!checking);
    m_addressRow->setEnabled(!checking && backend() != u"builtin"_s);
    setBusy(checking);
}

} // namespace Doorstep::Ui::Wizards::FilterThresholds
