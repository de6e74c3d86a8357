#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QSpinBox;

namespace Doorstep::Ui::Widgets {

/**
 * A setting counted in a base unit on the bus (seconds, bytes) shown as a number and a
 * unit: 5 minutes, 35 days, 500 KiB. It shows the largest unit that divides the value, so
 * what the engine has is shown exactly. Emits edited() when the person changes either part.
 */
class UnitField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitField)

public:
    struct Unit
    {
        QString label;
        quint64 factor = 1;
    };

    /** Seconds, minutes, hours, days. */
    static QList<Unit> durationUnits();
    /** Bytes, KiB, MiB, GiB (powers of 1024, as Qt and the engine's sizes count). */
    static QList<Unit> sizeUnits();

    /** Children are named <name>Spin and <name>Unit. @p units go from the smallest up. */
    UnitField(const QString &name, const QList<Unit> &units, QWidget *parent = nullptr);

    quint64 value() const;
    void setValue(quint64 value);
    QSpinBox *spin() const { return m_spin; }
    QComboBox *unit() const { return m_unit; }

Q_SIGNALS:
    void edited();

private:
    QSpinBox *m_spin;
    QComboBox *m_unit;
};

} // namespace Doorstep::Ui::Widgets
