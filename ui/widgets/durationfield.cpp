#include "ui/widgets/durationfield.h"

#include <algorithm>
#include <array>

#include <QComboBox>
#include <QHBoxLayout>
#include <QSpinBox>

namespace Doorstep::Ui::Widgets {

using namespace Qt::StringLiterals;

namespace {

constexpr std::array<quint64, 4> kUnits{1, 60, 3600, 86400};
/** A year in seconds is below this in every unit; the engine refuses what is too long. */
constexpr int kMaximum = 999999;

} // namespace

DurationField::DurationField(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_spin(new QSpinBox)
    , m_unit(new QComboBox)
{
    m_spin->setObjectName(name + u"Spin"_s);
    m_spin->setRange(0, kMaximum);
    m_unit->setObjectName(name + u"Unit"_s);
    //: Unit of a duration
    m_unit->addItem(tr("seconds"), QVariant::fromValue(kUnits[0]));
    //: Unit of a duration
    m_unit->addItem(tr("minutes"), QVariant::fromValue(kUnits[1]));
    //: Unit of a duration
    m_unit->addItem(tr("hours"), QVariant::fromValue(kUnits[2]));
    //: Unit of a duration
    m_unit->addItem(tr("days"), QVariant::fromValue(kUnits[3]));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_spin);
    layout->addWidget(m_unit);
    layout->addStretch(1);
    setFocusProxy(m_spin);
    setTabOrder(m_spin, m_unit);
    connect(m_spin, &QSpinBox::valueChanged, this, &DurationField::edited);
    connect(m_unit, &QComboBox::activated, this, &DurationField::edited);
}

quint64 DurationField::seconds() const
{
    return quint64(m_spin->value()) * m_unit->currentData().toULongLong();
}

void DurationField::setSeconds(quint64 seconds)
{
    int index = 0;
    for (int i = int(kUnits.size()) - 1; i > 0; --i) {
        if (seconds != 0 && seconds % kUnits[i] == 0) {
            index = i;
            break;
        }
    }
    const QSignalBlocker spinBlocker(m_spin);
    const QSignalBlocker unitBlocker(m_unit);
    m_unit->setCurrentIndex(index);
    m_spin->setValue(int(std::min<quint64>(seconds / kUnits[index], kMaximum)));
}

} // namespace Doorstep::Ui::Widgets
