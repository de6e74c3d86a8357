#include "ui/widgets/unitfield.h"

#include <algorithm>

#include <QComboBox>
#include <QHBoxLayout>
#include <QSpinBox>

namespace Doorstep::Ui::Widgets {

using namespace Qt::StringLiterals;

namespace {

/** A year in seconds or 4 GiB in bytes is below this in some unit; the engine refuses what is too big. */
constexpr int kMaximum = 999999;

} // namespace

QList<UnitField::Unit> UnitField::durationUnits()
{
    //: Unit of a duration
    return {{tr("seconds"), 1},
            //: Unit of a duration
            {tr("minutes"), 60},
            //: Unit of a duration
            {tr("hours"), 3600},
            //: Unit of a duration
            {tr("days"), 86400}};
}

QList<UnitField::Unit> UnitField::sizeUnits()
{
    //: Unit of a size
    return {{tr("bytes"), 1},
            //: Unit of a size (1024 bytes)
            {tr("KiB"), 1024},
            //: Unit of a size (1024 KiB)
            {tr("MiB"), 1024 * 1024},
            //: Unit of a size (1024 MiB)
            {tr("GiB"), 1024 * 1024 * 1024}};
}

UnitField::UnitField(const QString &name, const QList<Unit> &units, QWidget *parent)
    : QWidget(parent)
    , m_spin(new QSpinBox)
    , m_unit(new QComboBox)
{
    m_spin->setObjectName(name + u"Spin"_s);
    m_spin->setRange(0, kMaximum);
    m_unit->setObjectName(name + u"Unit"_s);
    for (const Unit &unit : units)
        m_unit->addItem(unit.label, QVariant::fromValue(unit.factor));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_spin);
    layout->addWidget(m_unit);
    layout->addStretch(1);
    setFocusProxy(m_spin);
    setTabOrder(m_spin, m_unit);
    connect(m_spin, &QSpinBox::valueChanged, this, &UnitField::edited);
    connect(m_unit, &QComboBox::activated, this, &UnitField::edited);
}

quint64 UnitField::value() const
{
    return quint64(m_spin->value()) * m_unit->currentData().toULongLong();
}

void UnitField::setValue(quint64 value)
{
    int index = 0;
    for (int i = m_unit->count() - 1; i > 0; --i) {
        const quint64 factor = m_unit->itemData(i).toULongLong();
        if (value != 0 && value % factor == 0) {
            index = i;
            break;
        }
    }
    const QSignalBlocker spinBlocker(m_spin);
    const QSignalBlocker unitBlocker(m_unit);
    m_unit->setCurrentIndex(index);
    m_spin->setValue(int(std::min<quint64>(value / m_unit->itemData(index).toULongLong(), kMaximum)));
}

} // namespace Doorstep::Ui::Widgets
