#pragma once

#include <QChartView>
#include <QList>
#include <QVariantMap>

class QCategoryAxis;
class QLineSeries;
class QValueAxis;

namespace Doorstep::Ui::Pages {

/**
 * Manager.GetStatistics(kDays) as a line chart: received, delivered, rejected, greylisted,
 * virus and spam per day, oldest on the left. The day axis names every kLabelEvery-th day,
 * counted back from today, so the labels never crowd.
 */
class StatisticsChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsChart)

public:
    static constexpr int kDays = 30;
    static constexpr int kLabelEvery = 7;

    explicit StatisticsChart(QWidget *parent = nullptr);

    /** The counters drawn, in order (GetStatistics names); one line series each. */
    static QStringList counters();
    void setStatistics(const QVariantMap &statistics);
    void clear();

    /** The line of @p counter (for tests and accessibility tools). */
    QLineSeries *series(const QString &counter) const;

    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyTheme();
    /** Legend under the chart when its six names fit on one line, else beside it (never cut short). */
    void placeLegend();
    /** Labels every kLabelEvery-th day back from today, or fewer when the chart is too narrow for them. */
    void labelDays();

    QList<QLineSeries *> m_series; // in counters() order
    QCategoryAxis *m_days;
    QValueAxis *m_values;
    QStringList m_dayDates; // ISO dates of the days drawn, oldest first
    int m_labelEvery = 0;   // of the labels on m_days
};

} // namespace Doorstep::Ui::Pages
