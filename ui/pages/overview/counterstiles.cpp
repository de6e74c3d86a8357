#include "ui/pages/overview/counterstiles.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

CountersTiles::CountersTiles(int columns, QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(12);
    const QStringList names = counters();
    for (int i = 0; i < names.size(); ++i) {
        const QString &name = names[i];
        auto *tile = new QWidget(this);
        auto *layout = new QVBoxLayout(tile);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        auto *value = new QLabel(u"–"_s, tile);
        value->setObjectName(u"counter_"_s + name);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        value->setFont(big);
        auto *label = new QLabel(caption(name), tile);
        label->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(value);
        layout->addWidget(label);
        m_values.insert(name, value);
        grid->addWidget(tile, i / columns, i % columns);
    }
    for (int column = 0; column < columns; ++column)
        grid->setColumnStretch(column, 1);
    setAccessibleName(tr("Today's counters"));
}

QStringList CountersTiles::counters()
{
    return {u"received"_s, u"delivered"_s, u"deferred"_s, u"bounced"_s, u"rejected"_s, u"greylisted"_s, u"virus"_s, u"spam"_s};
}

QString CountersTiles::caption(const QString &counter)
{
    if (counter == u"received"_s)
        //: Counter caption: messages received today
        return tr("Received");
    if (counter == u"delivered"_s)
        return tr("Delivered");
    if (counter == u"deferred"_s)
        //: Counter caption: deliveries postponed for a retry
        return tr("Deferred");
    if (counter == u"bounced"_s)
        //: Counter caption: messages returned to their sender
        return tr("Bounced");
    if (counter == u"rejected"_s)
        return tr("Rejected");
    if (counter == u"greylisted"_s)
        return tr("Greylisted");
    if (counter == u"virus"_s)
        //: Counter caption: messages refused because of a virus
        return tr("Viruses");
    if (counter == u"spam"_s)
        return tr("Spam");
    return counter;
}

void CountersTiles::setValue(const QString &counter, quint64 value)
{
    if (QLabel *label = m_values.value(counter)) {
        label->setText(QLocale().toString(qulonglong(value)));
        label->setAccessibleName(u"%1: %2"_s.arg(caption(counter), label->text()));
    }
}

void CountersTiles::clear()
{
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        it.value()->setText(u"–"_s);
        it.value()->setAccessibleName(caption(it.key()));
    }
}

} // namespace Doorstep::Ui::Pages
