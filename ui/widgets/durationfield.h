#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace Doorstep::Ui::Widgets {

/**
 * A duration setting (seconds on the bus) as a number and a unit: 5 minutes, 35 days. It
 * shows the largest unit that divides the value, so what the engine has is shown exactly.
 * Emits edited() when the person changes either part.
 */
class DurationField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DurationField)

public:
    /** Children are named <name>Spin and <name>Unit. */
    explicit DurationField(const QString &name, QWidget *parent = nullptr);

    quint64 seconds() const;
    void setSeconds(quint64 seconds);
    QSpinBox *spin() const { return m_spin; }
    QComboBox *unit() const { return m_unit; }

Q_SIGNALS:
    void edited();

private:
    QSpinBox *m_spin;
    QComboBox *m_unit;
};

} // namespace Doorstep::Ui::Widgets
