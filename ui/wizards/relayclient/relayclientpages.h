#pragma once

#include <QHash>
#include <QWizardPage>

#include "ui/wizards/wizardpage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTabWidget;

namespace Doorstep::Ui::Widgets {
class FieldErrorLabel;
class MessageBar;
} // namespace Doorstep::Ui::Widgets

namespace Doorstep::Ui::Wizards {

class RelayClientWizard;

/** First decision: a machine on my network, or a computer elsewhere. */
class ChoicePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoicePage)

public:
    explicit ChoicePage(RelayClientWizard *wizard);

    int nextId() const override;
    bool isComplete() const override;

    QRadioButton *networkChoice() const { return m_network; }
    QRadioButton *elsewhereChoice() const { return m_elsewhere; }

private:
    void onLoaded(const QString &error);

    RelayClientWizard *m_wizard;
    Widgets::MessageBar *m_messageBar;
    QRadioButton *m_network;
    QRadioButton *m_elsewhere;
    QLabel *m_elsewhereNote;
};

/** The machine's IP address or network (becomes a RELAY client), and a comment. */
class NetworkPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkPage)

public:
    explicit NetworkPage(RelayClientWizard *wizard);

    int nextId() const override;
    bool validatePage() override;

    /**
     * Checks an IP address or CIDR network as a person typed it; returns the pattern as the
     * engine lists it ("192.168.7.0/24"), or "" with the reason in @p error.
     */
    static QString normalizePattern(const QString &text, QString *error);

private:
    RelayClientWizard *m_wizard;
    QLineEdit *m_pattern;
    QLineEdit *m_comment;
    Widgets::FieldErrorLabel *m_patternError;
};

/** The account a computer elsewhere logs in with: a name at one of the local domains. */
class ElsewherePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElsewherePage)

public:
    explicit ElsewherePage(RelayClientWizard *wizard);

    void initializePage() override;
    int nextId() const override;
    bool validatePage() override;

private:
    RelayClientWizard *m_wizard;
    QLineEdit *m_localPart;
    QComboBox *m_domain;
    Widgets::FieldErrorLabel *m_accountError;
};

/** What will change, applied in one call when the person chooses Apply. */
class ReviewPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    explicit ReviewPage(RelayClientWizard *wizard);

    void initializePage() override;
    int nextId() const override;
    /** Starts the change and returns false; moves on by itself when the engine agreed. */
    bool validatePage() override;

private:
    RelayClientWizard *m_wizard;
    Widgets::MessageBar *m_messageBar;
    QLabel *m_summary;
    Widgets::FieldErrorLabel *m_error;
};

/** The configuration to paste on the machine, for sendmail, Postfix, msmtp and Thunderbird. */
class ConfigurationPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigurationPage)

public:
    explicit ConfigurationPage(RelayClientWizard *wizard);

    void initializePage() override;
    int nextId() const override;

    /** The text box of one configuration: "sendmail", "postfix", "msmtp", "thunderbird". */
    QPlainTextEdit *configuration(const QString &name) const;

private:
    QWidget *addTab(const QString &name, const QString &title);

    RelayClientWizard *m_wizard;
    QLabel *m_intro;
    QWidget *m_passwordRow;
    QLineEdit *m_password;
    QTabWidget *m_tabs;
    QHash<QString, QPlainTextEdit *> m_texts;
    QHash<QString, QLabel *> m_hints;
};

} // namespace Doorstep::Ui::Wizards
