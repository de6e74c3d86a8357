#include "ui/pages/overview/statisticschart.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QDate>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLocale>
#include <QValueAxis>

#include "ui/models/dbusvalue.h"
#include "ui/pages/overview/counterstiles.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

StatisticsChart::StatisticsChart(QWidget *parent)
    : QChartView(parent)
    , m_series(new QBarSeries)
    , m_days(new QBarCategoryAxis)
    , m_values(new QValueAxis)
{
    auto *chart = new QChart;
    chart->addSeries(m_series);
    chart->addAxis(m_days, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    m_series->attachAxis(m_days);
    m_series->attachAxis(m_values);
    m_values->setLabelFormat(u"%d"_s);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_days->setLabelsFont(small);
    m_values->setLabelsFont(small);
    m_values->setMin(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    setChart(chart); // the view owns the chart, the chart its series and axes
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setAccessibleName(tr("Mail of the last 7 days"));
    applyTheme();
    clear();
}

QStringList StatisticsChart::counters()
{
    return {u"received"_s, u"delivered"_s, u"bounced"_s, u"rejected"_s};
}

void StatisticsChart::setStatistics(const QVariantMap &statistics)
{
    m_series->clear();
    const QStringList days = statistics.value(u"days"_s).toStringList();
    QStringList categories;
    for (const QString &day : days) {
        const QDate date = QDate::fromString(day, Qt::ISODate);
        // Seven consecutive days: the short weekday names them unambiguously and fits any width.
        categories << (date.isValid() ? QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat) : day);
    }
    quint64 highest = 0;
    QStringList description;
    for (const QString &counter : counters()) {
        const QList<qulonglong> values = Models::toCounts(statistics.value(counter));
        auto *set = new QBarSet(CountersTiles::caption(counter));
        quint64 total = 0;
        for (qulonglong value : values) {
            set->append(qreal(value));
            highest = std::max<quint64>(highest, value);
            total += value;
        }
        m_series->append(set);
        description << u"%1 %2"_s.arg(CountersTiles::caption(counter), QLocale().toString(total));
    }
    m_days->setCategories(categories);
    // Whole numbers on the axis, and some headroom so a week of zeros still reads as a chart.
    const int top = int(std::max<quint64>(4, highest + highest / 5 + 1));
    m_values->setRange(0, top);
    m_values->setTickCount(std::min(top, 4) + 1);
    setAccessibleDescription(tr("Totals of the last 7 days: %1").arg(description.join(u", "_s)));
}

void StatisticsChart::clear()
{
    m_series->clear();
    m_days->clear();
    m_values->setRange(0, 4);
    m_values->setTickCount(5);
}

QSize StatisticsChart::sizeHint() const
{
    // QGraphicsView would ask for its whole scene; the page gives the chart what is left.
    return {400, 260};
}

void StatisticsChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void StatisticsChart::applyTheme()
{
    // Follow the desktop's light or dark palette instead of the charts' own white.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(palette().brush(QPalette::Base));
    const QColor text = palette().color(QPalette::Text);
    chart()->legend()->setLabelColor(text);
    m_days->setLabelsColor(text);
    m_values->setLabelsColor(text);
}

} // namespace Doorstep::Ui::Pages
