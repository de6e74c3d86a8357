#include "ui/pages/addresses/masqueradingpane.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "ui/client/engineclient.h"
#include "ui/widgets/explainedfield.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/settingsform.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

MasqueradingPane::MasqueradingPane(EngineClient &client, Widgets::MessageBar *messageBar, QWidget *parent)
    : QWidget(parent)
    , m_messageBar(messageBar)
    , m_form(new Widgets::SettingsForm(client, messageBar, this))
    , m_as(new QLineEdit)
    , m_domains(new QLineEdit)
    , m_asError(new Widgets::FieldErrorLabel(m_as))
    , m_domainsError(new Widgets::FieldErrorLabel(m_domains))
    , m_layout(new QFormLayout)
{
    setObjectName(u"masqueradingPane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(Widgets::sectionHeading(tr("Masquerading"), u"masqueradingHeading"_s));
    layout->addWidget(Widgets::introLabel(tr("Masquerading gives mail from the computers on your network the domain the world "
                                             "knows, so that replies can reach it: dad@pc.datix.lan leaves as dad@datix.us."),
                                          u"masqueradingIntro"_s));
    layout->addWidget(Widgets::smallPrint(tr("In sendmail: MASQUERADE_AS, MASQUERADE_DOMAIN and the features masquerade_envelope, "
                                             "masquerade_entire_domain and local_no_masquerade."),
                                          u"masqueradingSmallPrint"_s));
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);

    addTextRow(m_as, m_asError, u"masqueradeAs"_s, tr("&Masquerade as:"), tr("Masquerade as"),
               tr("The domain senders get instead of this server's own names: with datix.us here, dad@datix.lan leaves as "
                  "dad@datix.us."));
    m_as->setPlaceholderText(tr("Empty: senders stay as written"));
    addTextRow(m_domains, m_domainsError, u"masqueradeDomains"_s, tr("Al&so for:"), tr("Also masquerade"),
               tr("Other domains whose senders get it too, separated by commas: with datix.lan here, dad@datix.lan leaves as "
                  "dad@datix.us."));
    //: Example list of domains on a home network
    m_domains->setPlaceholderText(tr("datix.lan, home.lan"));
    layout->addLayout(m_layout);

    m_form->bindText(u"identity.masquerade_as"_s, m_as, m_asError);
    m_form->bindList(u"identity.masquerade_domains"_s, m_domains, m_domainsError);
    QCheckBox *entire = addSwitch(u"identity.masquerade_entire_domain"_s, tr("&Every computer inside those domains"),
                                  tr("Also senders on machines inside them: dad@pc.datix.lan leaves as dad@datix.us, not "
                                     "only dad@datix.lan."),
                                  u"masqueradeEntireDomainCheck"_s);
    QCheckBox *envelope = addSwitch(u"identity.masquerade_envelope"_s, tr("&Rewrite the envelope sender too"),
                                    tr("Change the hidden sender that delivery reports return to, not only the From line, so "
                                       "reports for dad@pc.datix.lan reach dad@datix.us."),
                                    u"masqueradeEnvelopeCheck"_s);
    QCheckBox *local = addSwitch(u"identity.local_no_masquerade"_s, tr("Not for mail between &local users"),
                                 tr("Mail from dad@pc.datix.lan to a mailbox on this server keeps its sender as written; only "
                                    "mail leaving for the Internet is changed."),
                                 u"localNoMasqueradeCheck"_s);

    layout->addLayout(m_form->createButtons(u"masquerading"_s, tr("A&pply"), tr("Rese&t"), tr("Save the masquerading settings")));
    connect(m_form, &Widgets::SettingsForm::applied, this, [this] {
        m_messageBar->showMessage(Widgets::MessageBar::Type::Information,
                                  tr("Masquerading was saved. It applies to mail sent from now on."));
    });

    setTabOrder(m_as, m_domains);
    setTabOrder(m_domains, entire);
    setTabOrder(entire, envelope);
    setTabOrder(envelope, local);
    setTabOrder(local, m_form->resetButton());
    setTabOrder(m_form->resetButton(), m_form->applyButton());
}

MasqueradingPane::~MasqueradingPane() = default;

void MasqueradingPane::addTextRow(QLineEdit *edit, Widgets::FieldErrorLabel *error, const QString &name, const QString &label,
                                  const QString &accessibleName, const QString &explanation)
{
    edit->setObjectName(name + u"Edit"_s);
    edit->setAccessibleName(accessibleName);
    error->setObjectName(name + u"Error"_s);
    m_layout->addRow(Widgets::buddyLabel(label, edit), Widgets::explainedField(error, explanation, name + u"Explanation"_s));
}

QCheckBox *MasqueradingPane::addSwitch(const QString &key, const QString &text, const QString &explanation, const QString &objectName)
{
    auto *box = new QCheckBox(text);
    box->setObjectName(objectName);
    auto *error = new Widgets::FieldErrorLabel(box);
    error->setObjectName(objectName + u"Error"_s);
    m_layout->addRow(QString(), Widgets::explainedField(error, explanation, objectName + u"Explanation"_s));
    m_form->bindCheck(key, box, error);
    return box;
}

void MasqueradingPane::reload()
{
    m_form->load();
}

void MasqueradingPane::clear()
{
    m_form->clear();
}

} // namespace Doorstep::Ui::Pages
