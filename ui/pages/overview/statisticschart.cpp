#include "ui/pages/overview/statisticschart.h"

#include <algorithm>

#include <QCategoryAxis>
#include <QDate>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QHash>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include "ui/models/dbusvalue.h"
#include "ui/pages/overview/counterstiles.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

namespace {

/** A color per counter that keeps its meaning (red refused, green delivered), for a light or dark background. */
QColor counterColor(const QString &counter, bool dark)
{
    struct Pair
    {
        const char *light;
        const char *dark;
    };
    static const QHash<QString, Pair> colors{
        {u"received"_s, {"#1f6fc5", "#6aaef5"}},   {u"delivered"_s, {"#2e8b3e", "#6fd07e"}}, {u"rejected"_s, {"#c62828", "#ff7b72"}},
        {u"greylisted"_s, {"#7a7f87", "#aeb4bc"}}, {u"virus"_s, {"#7b3fa8", "#c69bf0"}},     {u"spam"_s, {"#d9770b", "#ffb35c"}},
    };
    const Pair pair = colors.value(counter, {"#555555", "#bbbbbb"});
    return QColor(QLatin1StringView(dark ? pair.dark : pair.light));
}

} // namespace

StatisticsChart::StatisticsChart(QWidget *parent)
    : QChartView(parent)
    , m_days(new QCategoryAxis)
    , m_values(new QValueAxis)
{
    auto *chart = new QChart;
    chart->addAxis(m_days, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    for (const QString &counter : counters()) {
        auto *series = new QLineSeries;
        series->setName(CountersTiles::caption(counter));
        series->setObjectName(u"series_"_s + counter);
        chart->addSeries(series);
        series->attachAxis(m_days);
        series->attachAxis(m_values);
        m_series << series;
    }
    m_days->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_days->setRange(0, kDays - 1);
    m_values->setLabelFormat(u"%d"_s);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Today's label sits on the right edge: leave it room so it is not cut in half.
    chart->setMargins(QMargins(0, 0, QFontMetrics(small).horizontalAdvance(u"Nov 26"_s) / 2 + 4, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    setChart(chart); // the view owns the chart, the chart its series and axes
    connect(chart, &QChart::plotAreaChanged, this, &StatisticsChart::labelDays);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    setAccessibleName(tr("Mail of the last %n day(s)", nullptr, kDays));
    applyTheme();
    clear();
}

QStringList StatisticsChart::counters()
{
    return {u"received"_s, u"delivered"_s, u"rejected"_s, u"greylisted"_s, u"virus"_s, u"spam"_s};
}

QLineSeries *StatisticsChart::series(const QString &counter) const
{
    const qsizetype index = counters().indexOf(counter);
    return index < 0 ? nullptr : m_series.at(index);
}

void StatisticsChart::setStatistics(const QVariantMap &statistics)
{
    const QStringList days = statistics.value(u"days"_s).toStringList();
    const int count = int(days.size());
    quint64 highest = 0;
    QStringList description;
    const QStringList names = counters();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QList<qulonglong> values = Models::toCounts(statistics.value(names[i]));
        QList<QPointF> points;
        quint64 total = 0;
        for (int day = 0; day < count; ++day) {
            const qulonglong value = day < values.size() ? values[day] : 0;
            points << QPointF(day, qreal(value));
            highest = std::max<quint64>(highest, value);
            total += value;
        }
        m_series[i]->replace(points);
        description << u"%1 %2"_s.arg(CountersTiles::caption(names[i]), QLocale().toString(qulonglong(total)));
    }

    m_dayDates = days;
    m_labelEvery = 0;
    labelDays();
    m_days->setRange(0, std::max(count - 1, 1));

    // Four steps of a round size (1, 2 or 5 times a power of ten) above the highest day, so the
    // axis reads 0, 50, 100, 150, 200 rather than 0, 44, 89, 133, 178; a month of zeros still
    // gets 0 to 4.
    quint64 step = 1;
    while (step * 4 < highest) {
        if (step * 2 * 4 >= highest) {
            step *= 2;
            break;
        }
        if (step * 5 * 4 >= highest) {
            step *= 5;
            break;
        }
        step *= 10;
    }
    m_values->setRange(0, qreal(step * 4));
    m_values->setTickCount(5);
    setAccessibleDescription(tr("Totals of the last %n day(s): %1", nullptr, count).arg(description.join(u", "_s)));
}

void StatisticsChart::clear()
{
    m_dayDates.clear();
    m_labelEvery = 0;
    for (QLineSeries *series : std::as_const(m_series))
        series->clear();
    const QStringList labels = m_days->categoriesLabels();
    for (const QString &label : labels)
        m_days->remove(label);
    m_days->setRange(0, kDays - 1);
    m_values->setRange(0, 4);
    m_values->setTickCount(5);
    setAccessibleDescription(QString());
}

QSize StatisticsChart::sizeHint() const
{
    // QGraphicsView would ask for its whole scene; the page gives the chart what is left.
    return {480, 280};
}

void StatisticsChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void StatisticsChart::resizeEvent(QResizeEvent *event)
{
    placeLegend();
    QChartView::resizeEvent(event);
}

void StatisticsChart::labelDays()
{
    const int count = int(m_dayDates.size());
    if (count == 0)
        return;
    //: Date on the chart's day axis (QDate format): "Nov 26"; German "26. Nov."
    const QString format = tr("MMM d");
    const QFontMetrics metrics(m_days->labelsFont());
    const int labelWidth = metrics.horizontalAdvance(QLocale().toString(QDate(2026, 12, 30), format)) + metrics.height();
    const int plotWidth = int(chart()->plotArea().width());
    // Weekly labels when they fit, else fortnightly, else today's alone: each label whole.
    int every = kLabelEvery;
    while (every < count - 1 && plotWidth * every / std::max(1, count - 1) < labelWidth)
        every *= 2;
    if (every == m_labelEvery)
        return;
    m_labelEvery = every;
    const QStringList labels = m_days->categoriesLabels();
    for (const QString &label : labels)
        m_days->remove(label);
    // Counted back from today, so today always has a label.
    QList<int> labelled;
    for (int day = count - 1; day >= 0; day -= every)
        labelled.prepend(day);
    for (int day : std::as_const(labelled)) {
        const QDate date = QDate::fromString(m_dayDates[day], Qt::ISODate);
        m_days->append(date.isValid() ? QLocale().toString(date, format) : m_dayDates[day], day);
    }
}

void StatisticsChart::placeLegend()
{
    QLegend *legend = chart()->legend();
    const QFontMetrics metrics(legend->font());
    // Each entry is its marker (about a line high), a gap and its name.
    int needed = 0;
    for (const QLineSeries *series : std::as_const(m_series))
        needed += metrics.height() * 2 + metrics.horizontalAdvance(series->name());
    const Qt::Alignment alignment = needed <= width() - 2 * metrics.height() ? Qt::AlignBottom : Qt::AlignRight;
    if (legend->alignment() != alignment)
        legend->setAlignment(alignment);
}

void StatisticsChart::applyTheme()
{
    // Follow the desktop's light or dark palette instead of the charts' own white.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme brings its own fonts too: small labels keep a month's dates on one line each.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_days->setLabelsFont(small);
    m_values->setLabelsFont(small);
    chart()->legend()->setFont(small);
    placeLegend();
    chart()->setBackgroundBrush(palette().brush(QPalette::Base));
    const QColor text = palette().color(QPalette::Text);
    chart()->legend()->setLabelColor(text);
    m_days->setLabelsColor(text);
    m_values->setLabelsColor(text);
    // The theme resets the series' pens: give each counter its own color again.
    const QStringList names = counters();
    for (qsizetype i = 0; i < names.size(); ++i) {
        QPen pen(counterColor(names[i], dark));
        pen.setWidthF(2.0);
        m_series[i]->setPen(pen);
    }
}

} // namespace Doorstep::Ui::Pages
