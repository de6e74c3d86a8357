#pragma once

#include "resources/dbus/dbustypes.h"
#include "ui/mainwindow/page.h"

class QAction;
class QComboBox;
class QPushButton;

namespace Doorstep::Ui::Models {
class EventModel;
}

namespace Doorstep::Ui::Widgets {
class MessageBar;
class TablePane;
} // namespace Doorstep::Ui::Widgets

namespace Doorstep::Ui::Pages {

/**
 * Log: the engine's live event list — GetRecentEvents once when the engine appears, then
 * every Event signal appended (newest first, at most 1000 rows) — with a kind filter and a
 * search field; copies the selected rows as text and exports what is shown as CSV or text.
 * A summarised burst (details "suppressed") is one row. The list stays readable while the
 * engine is away.
 */
class LogPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPage)

public:
    static constexpr int kMaxRows = 1000;

    enum class ExportFormat {
        Csv,
        Text,
    };

    LogPage(const PageContext &context, QWidget *parent = nullptr);
    ~LogPage() override;

    QString id() const override;
    QString title() const override;
    QString description() const override;
    QIcon icon() const override;

    Models::EventModel *model() const { return m_model; }
    Widgets::TablePane *eventsPane() const { return m_pane; }
    QComboBox *kindFilter() const { return m_kindFilter; }

    /** The selected rows as lines of text (time, kind, event separated by tabs). */
    QString selectedText() const;
    /** Copies the selected rows to the clipboard. */
    void copySelection();
    /** Writes the rows shown (filtered, in their order) to @p path; false with the reason in @p error. */
    bool exportTo(const QString &path, ExportFormat format, QString *error) const;
    /** Asks for a file name (QFileDialog, not blocking) and exports there. */
    void exportWithDialog();

protected:
    void reload() override;

private:
    void onEvent(qulonglong id, qulonglong usec, const QString &kind, const QString &summary, const QVariantMap &details);
    void updateButtons();
    QStringList rowFields(int proxyRow, bool iso) const;

    Widgets::MessageBar *m_messageBar;
    Models::EventModel *m_model;
    Widgets::TablePane *m_pane;
    QComboBox *m_kindFilter;
    QPushButton *m_copy;
    QAction *m_exportAction;
    bool m_loading = false;
    DBus::EventList m_eventsDuringLoad;
    quint64 m_generation = 0;
};

} // namespace Doorstep::Ui::Pages
