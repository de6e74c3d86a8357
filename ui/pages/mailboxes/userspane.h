#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Doorstep::Ui::Models {
class UserFilterModel;
class UserModel;
} // namespace Doorstep::Ui::Models

namespace Doorstep::Ui::Widgets {
class EmptyState;
}

namespace Doorstep::Ui::Pages {

/**
 * The right half of Mailboxes & domains: the users of one domain in a sortable table with a
 * search field, an empty state that says what to do, and the buttons for the selected user.
 * The page carries out what the buttons ask for.
 */
class UsersPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPane)

public:
    explicit UsersPane(Models::UserModel *model, QWidget *parent = nullptr);

    /** Shows the users of @p domain ("" when there are no domains at all). */
    void setDomain(const QString &domain);
    /** The selected user's address ("" when none). */
    QString selectedUser() const;
    void selectUser(const QString &address);
    /** Whether the engine is there to act on users. */
    void setActionsAvailable(bool available);

    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    QAction *setUpDeviceAction() const { return m_setUpDeviceAction; }

Q_SIGNALS:
    void setPasswordRequested(const QString &address);
    void setEnabledRequested(const QString &address, bool enabled);
    void removeRequested(const QString &address);
    void setUpDeviceRequested(const QString &address);

private:
    void updateEmptyState();
    void updateButtons();

    Models::UserModel *m_model;
    Models::UserFilterModel *m_filter;
    QLabel *m_heading;
    QLineEdit *m_search;
    QTableView *m_table;
    QStackedWidget *m_stack;
    Widgets::EmptyState *m_empty;
    QPushButton *m_setPassword;
    QPushButton *m_toggleEnabled;
    QPushButton *m_remove;
    QPushButton *m_setUpDevice;
    QAction *m_setUpDeviceAction;
    QString m_domain;
    bool m_available = false;
};

} // namespace Doorstep::Ui::Pages
