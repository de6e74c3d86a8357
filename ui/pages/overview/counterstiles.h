#pragma once

#include <QHash>
#include <QWidget>

class QLabel;

namespace Doorstep::Ui::Pages {

/** Today's counters (received, delivered, ...) as a grid of big numbers with captions. */
class CountersTiles final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountersTiles)

public:
    /** Lays the tiles out in @p columns columns. */
    explicit CountersTiles(int columns, QWidget *parent = nullptr);

    /** The counters shown, in order (GetStatistics names). */
    static QStringList counters();
    /** Caption of a counter ("Received"). */
    static QString caption(const QString &counter);

    /** Sets a counter's value; counters not set show a dash. */
    void setValue(const QString &counter, quint64 value);
    void clear();

private:
    QHash<QString, QLabel *> m_values;
};

} // namespace Doorstep::Ui::Pages
