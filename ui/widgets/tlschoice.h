#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace Doorstep::Ui::Widgets {

/**
 * A choice of TLS mode (opportunistic, required, verify, implicit) with the chosen mode's
 * explanation below it, as the smart host and the routes offer it.
 */
class TlsChoice final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsChoice)

public:
    /** @p name prefixes the children's objectNames: <name>Combo, <name>Explanation. */
    explicit TlsChoice(const QString &name, QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }
    QLabel *explanation() const { return m_explanation; }
    QString mode() const;
    void setMode(const QString &mode);

Q_SIGNALS:
    /** The person chose another mode. */
    void modeChosen(const QString &mode);

private:
    void explain();

    QComboBox *m_combo;
    QLabel *m_explanation;
};

} // namespace Doorstep::Ui::Widgets
