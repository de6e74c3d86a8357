#pragma once

#include <QChartView>
#include <QVariantMap>

class QBarCategoryAxis;
class QBarSeries;
class QValueAxis;

namespace Doorstep::Ui::Pages {

/** Manager.GetStatistics(7) as a bar chart: received, delivered, bounced, rejected per day. */
class StatisticsChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsChart)

public:
    explicit StatisticsChart(QWidget *parent = nullptr);

    /** The counters drawn, in order. */
    static QStringList counters();
    void setStatistics(const QVariantMap &statistics);
    void clear();

    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    QBarSeries *m_series;
    QBarCategoryAxis *m_days;
    QValueAxis *m_values;
};

} // namespace Doorstep::Ui::Pages
