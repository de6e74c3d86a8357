#include "ui/pages/filters/spampane.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/pages/filters/settingsrows.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/settingsform.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

SpamPane::SpamPane(EngineClient &client, Widgets::MessageBar *messageBar, QWidget *parent)
    : QWidget(parent)
    , m_messageBar(messageBar)
    , m_form(new Widgets::SettingsForm(client, messageBar, this))
{
    setObjectName(u"spamPane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 6, 0);
    layout->addWidget(Widgets::introLabel(tr("Every incoming message gets a spam score: the more signs of spam, the higher. From "
                                             "the threshold on it is marked and filed into the spam folder; from the reject "
                                             "threshold on it is refused. Try a message with Score a Sample."),
                                          u"spamIntro"_s));
    layout->addWidget(Widgets::smallPrint(tr("In sendmail: spamass-milter with SpamAssassin's required_score, and procmail filing "
                                             "into spamtrap."),
                                          u"spamSmallPrint"_s));
    auto *wizardRow = new QHBoxLayout;
    auto *wizard = new QPushButton(Widgets::Icons::wizard(), tr("Filter Thresholds &Wizard…"));
    wizard->setObjectName(u"thresholdsWizardButton"_s);
    wizard->setToolTip(tr("Choose the spam backend, thresholds and spam folder step by step, and try them before saving"));
    connect(wizard, &QPushButton::clicked, this, &SpamPane::thresholdsWizardRequested);
    wizardRow->addWidget(wizard);
    wizardRow->addStretch(1);
    layout->addLayout(wizardRow);
    auto *form = new QFormLayout;
    SettingsRows rows(m_form, form);
    rows.addSwitch(u"spam.enabled"_s, u"spamEnabled"_s, tr("Score &incoming mail for spam"),
                   tr("Off: no message is scored, marked or filed as spam."));
    rows.addChoice(u"spam.backend"_s, u"spamBackend"_s, tr("Scored &by:"),
                   {{u"builtin"_s, tr("Built-in checks")}, {u"spamd"_s, tr("SpamAssassin (spamd)")}, {u"rspamd"_s, tr("rspamd")}},
                   tr("The built-in checks need nothing else; SpamAssassin and rspamd score better, once installed."));
    QLineEdit *address = rows.addText(u"spam.address"_s, u"spamAddress"_s, tr("Scorer &address:"),
                                      tr("Where spamd or rspamd listens, as host:port. Empty: its usual port on this machine."));
    address->setPlaceholderText(tr("Empty: 127.0.0.1 and the usual port"));
    rows.addNumber(u"spam.threshold"_s, u"spamThreshold"_s, tr("Spam &from score:"),
                   tr("Messages scoring at least this much are spam (SpamAssassin's usual: 5.0). Lower catches more, and more "
                      "real mail by mistake."));
    rows.addNumber(u"spam.reject_threshold"_s, u"spamRejectThreshold"_s, tr("&Refuse from score:"),
                   tr("Messages scoring at least this much are refused at once, so nobody sees them; 0 refuses none."));
    QLineEdit *tag = rows.addText(u"spam.subject_tag"_s, u"spamSubjectTag"_s, tr("Sub&ject tag:"),
                                  tr("Put before the subject of spam. Empty: the subject stays as it is."));
    tag->setPlaceholderText(tr("Empty: leave the subject alone"));
    rows.addText(u"spam.folder"_s, u"spamFolder"_s, tr("Spam f&older:"), tr("The mailbox folder spam is filed into."));
    rows.addList(u"spam.dnsbl_zones"_s, u"spamDnsblZones"_s, tr("Bloc&klists:"),
                 tr("DNS blocklists the built-in checks ask about each sending server, separated by commas. Spamhaus "
                    "refuses queries through public resolvers such as 8.8.8.8; such an answer counts as not listed."));
    rows.addDuration(u"spam.timeout"_s, u"spamTimeout"_s, tr("&Wait for the scorer:"),
                     tr("A message spamd or rspamd has not scored by then is let in unscored, marked “unscanned”."));
    rows.addSize(u"spam.max_size"_s, u"spamMaxSize"_s, tr("&Largest message scored:"),
                 tr("Bigger messages are let in unscored: spam is small, and scoring big mail is slow (0: score all)."));
    layout->addLayout(form);
    layout->addLayout(m_form->createButtons(u"spam"_s, tr("A&pply"), tr("R&eset"), tr("Save the spam settings")));
    layout->addStretch(1);
    connect(m_form, &Widgets::SettingsForm::applied, this, [this] {
        m_messageBar->showMessage(Widgets::MessageBar::Type::Information,
                                  tr("The spam settings were saved. They apply to the next message."));
    });
}

SpamPane::~SpamPane() = default;

void SpamPane::reload()
{
    m_form->load();
}

void SpamPane::clear()
{
    m_form->clear();
}

} // namespace Doorstep::Ui::Pages
