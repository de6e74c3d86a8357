#pragma once

#include <QWidget>

#include "resources/dbus/dbustypes.h"

class QGridLayout;
class QLabel;

namespace Doorstep::Ui::Widgets {

/**
 * The lines of Domains.Check, one under the other: the state as an icon and a word (never
 * colour alone), what is checked, the engine's sentence, and — where something is missing —
 * the record to publish in a fixed-width, selectable box with a Copy button. Used on the
 * Internet page and in the Domain & dynamic DNS wizard.
 */
class HealthCheckView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthCheckView)

public:
    explicit HealthCheckView(QWidget *parent = nullptr);

    void setChecks(const DBus::HealthCheckList &checks);
    const DBus::HealthCheckList &checks() const { return m_checks; }
    /** Shows "Checking…" over the last results while a check runs. */
    void setChecking(bool checking);
    /** What the view shows before the first check ("Not checked yet"). */
    void setPlaceholder(const QString &text);

    /** The worst state of the checks: "ok", "warn", "fail"; empty for none. */
    QString worstState() const;

    /** The check's title in the user's language ("Reverse DNS (PTR)"). */
    static QString title(const QString &check);
    /** "OK", "Warning", "Failed". */
    static QString stateWord(const QString &state);

Q_SIGNALS:
    /** A record was copied to the clipboard (for a status line). */
    void copied(const QString &record);

private:
    void rebuild();

    DBus::HealthCheckList m_checks;
    QGridLayout *m_grid;
    QLabel *m_status;
    QString m_placeholder;
    bool m_checking = false;
};

} // namespace Doorstep::Ui::Widgets
