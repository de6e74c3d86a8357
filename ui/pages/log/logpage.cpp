#include "ui/pages/log/logpage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDBusPendingReply>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/client/engineclient.h"
#include "ui/models/eventkinds.h"
#include "ui/models/eventmodel.h"
#include "ui/models/tablefiltermodel.h"
#include "ui/models/timeformat.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/tablepane.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;
using Models::EventKinds;
using Models::EventModel;

namespace {

QString csvField(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    return u'"' + QString(field).replace(u"\""_s, u"\"\""_s) + u'"';
}

} // namespace

LogPage::LogPage(const PageContext &context, QWidget *parent)
    : Page(context, parent)
    , m_messageBar(new Widgets::MessageBar)
    , m_model(new EventModel(kMaxRows, this))
    , m_pane(new Widgets::TablePane(m_model, u"log"_s))
    , m_kindFilter(new QComboBox)
    , m_copy(new QPushButton(Widgets::Icons::copy(), tr("&Copy")))
    , m_exportAction(new QAction(Widgets::Icons::exportFile(), tr("&Export…"), this))
{
    // What happened before the engine went away stays readable (and can be exported).
    setDisabledWithoutEngine(false);
    m_exportAction->setObjectName(u"exportLogAction"_s);
    m_exportAction->setShortcut(QKeySequence::Save);
    m_exportAction->setToolTip(tr("Save the events shown as a CSV or text file"));
    connect(m_exportAction, &QAction::triggered, this, &LogPage::exportWithDialog);
    addPrimaryAction(m_exportAction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_messageBar->setObjectName(u"messageBar"_s);
    layout->addWidget(m_messageBar);

    m_pane->setObjectName(u"logPane"_s);
    m_pane->setHeading(tr("E&vents"));
    m_pane->setNames(tr("Events"), tr("Search events…"), tr("Search events"));
    m_pane->setMultiSelection(true);
    m_pane->setEmptyText(tr("No events yet. Mail received and delivered, refusals, problems and changes show up here as they "
                            "happen."));
    m_pane->setNoMatchText([this] {
        const QString search = m_pane->searchField()->text().trimmed();
        if (search.isEmpty())
            //: %1 is an event kind such as "Bounced"
            return tr("No events of the kind “%1”.").arg(m_kindFilter->currentText());
        return tr("No event matches “%1”.").arg(search);
    });
    m_pane->setStretchColumn(EventModel::SummaryColumn);
    m_pane->table()->sortByColumn(EventModel::TimeColumn, Qt::DescendingOrder);

    m_kindFilter->setObjectName(u"logKindFilter"_s);
    m_kindFilter->setAccessibleName(tr("Show events of kind"));
    //: Event log filter: every kind
    m_kindFilter->addItem(tr("All kinds"), QString());
    for (const QString &kind : EventKinds::all())
        m_kindFilter->addItem(EventKinds::label(kind), kind);
    m_kindFilter->setMaxVisibleItems(m_kindFilter->count());
    auto *kindLabel = new QLabel(tr("&Kind:"));
    kindLabel->setBuddy(m_kindFilter);
    m_pane->headerRow()->insertWidget(2, kindLabel);
    m_pane->headerRow()->insertWidget(3, m_kindFilter);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_pane->filter()->setCategory(m_kindFilter->currentData().toString());
        m_pane->updateEmptyState();
        updateButtons();
    });

    m_copy->setObjectName(u"copyEventsButton"_s);
    m_copy->setAccessibleName(tr("Copy the selected events"));
    m_copy->setToolTip(tr("Copy the selected events as text (Ctrl+C)"));
    m_pane->buttonRow()->addWidget(m_copy);
    layout->addWidget(m_pane, 1);
    connect(m_copy, &QPushButton::clicked, this, &LogPage::copySelection);
    new QShortcut(QKeySequence::Copy, m_pane->table(), this, &LogPage::copySelection, Qt::WidgetShortcut);
    connect(m_pane, &Widgets::TablePane::currentChanged, this, &LogPage::updateButtons);

    setTabOrder(m_kindFilter, m_pane->searchField());
    setTabOrder(m_pane->searchField(), m_pane->table());
    setTabOrder(m_pane->table(), m_copy);
    connect(&client(), &EngineClient::event, this, &LogPage::onEvent);
    updateButtons();
}

LogPage::~LogPage() = default;

QString LogPage::id() const
{
    return u"log"_s;
}

QString LogPage::title() const
{
    return tr("Log");
}

QString LogPage::description() const
{
    return tr("What the mail server did, as it happens.");
}

QIcon LogPage::icon() const
{
    return Widgets::Icons::logPage();
}

void LogPage::reload()
{
    // Once per engine: the catch-up list, then the live signal keeps it current.
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_eventsDuringLoad.clear();
    EngineClient::whenFinished(client().manager().GetRecentEvents(0, kMaxRows), this, [this, generation](const QDBusPendingCall &call) {
        if (generation != m_generation)
            return;
        m_loading = false;
        const QDBusPendingReply<DBus::EventList> reply = call;
        if (reply.isError()) {
            const ClientError error(reply.error());
            if (engineAvailable() && error.kind() != ClientError::Kind::Unreachable)
                m_messageBar->showError(error);
            return;
        }
        m_messageBar->dismiss();
        m_model->setEvents(reply.value());
        // Live events that crossed the reply on the bus.
        for (const DBus::Event &event : std::as_const(m_eventsDuringLoad))
            m_model->addEvent(event);
        m_eventsDuringLoad.clear();
        updateButtons();
    });
}

void LogPage::onEvent(qulonglong id, qulonglong usec, const QString &kind, const QString &summary, const QVariantMap &details)
{
    const DBus::Event event{id, usec, kind, summary, details};
    if (m_loading) {
        m_eventsDuringLoad.append(event);
        return;
    }
    m_model->addEvent(event);
    updateButtons();
}

void LogPage::updateButtons()
{
    m_copy->setEnabled(!m_pane->currentKey().isEmpty());
}

QStringList LogPage::rowFields(int proxyRow, bool iso) const
{
    const QAbstractItemModel *view = m_pane->filter();
    const QModelIndex time = view->index(proxyRow, EventModel::TimeColumn);
    QString when = time.data().toString();
    if (iso) {
        // Unambiguous for files and other programs: ISO 8601 with the offset from UTC.
        const QDateTime local = Models::dateTimeFromUsec(m_model->event(m_pane->filter()->mapToSource(time).row()).usec);
        when = local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
    }
    return {when, view->index(proxyRow, EventModel::KindColumn).data().toString(),
            view->index(proxyRow, EventModel::SummaryColumn).data().toString()};
}

QString LogPage::selectedText() const
{
    QModelIndexList rows = m_pane->table()->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &index : std::as_const(rows))
        lines << rowFields(index.row(), true).join(u'\t');
    return lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n';
}

void LogPage::copySelection()
{
    const QString text = selectedText();
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
}

bool LogPage::exportTo(const QString &path, ExportFormat format, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = file.errorString();
        return false;
    }
    QStringList lines;
    if (format == ExportFormat::Csv) {
        lines << QStringList{tr("Time"), tr("Kind"), tr("Event")}.join(u',');
        for (int row = 0; row < m_pane->filter()->rowCount(); ++row) {
            QStringList fields = rowFields(row, true);
            for (QString &field : fields)
                field = csvField(field);
            lines << fields.join(u',');
        }
    } else {
        for (int row = 0; row < m_pane->filter()->rowCount(); ++row)
            lines << rowFields(row, true).join(u"  "_s);
    }
    file.write((lines.join(u'\n') + u'\n').toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void LogPage::exportWithDialog()
{
    auto *dialog = new QFileDialog(this, tr("Export Events"));
    dialog->setObjectName(u"exportDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString textFilter = tr("Text files (*.txt)");
    dialog->setNameFilters({csvFilter, textFilter});
    dialog->setDefaultSuffix(u"csv"_s);
    QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (directory.isEmpty())
        directory = QDir::homePath();
    dialog->setDirectory(directory);
    //: Default file name of an exported event log; keep it free of spaces
    dialog->selectFile(tr("doorstep-events-%1.csv").arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s)));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, textFilter](const QString &filter) {
        dialog->setDefaultSuffix(filter == textFilter ? u"txt"_s : u"csv"_s);
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, textFilter](const QString &path) {
        const bool text = dialog->selectedNameFilter() == textFilter || path.endsWith(u".txt"_s, Qt::CaseInsensitive);
        QString error;
        if (!exportTo(path, text ? ExportFormat::Text : ExportFormat::Csv, &error)) {
            m_messageBar->showMessage(Widgets::MessageBar::Type::Error, tr("The events could not be saved to %1.").arg(path), error);
            return;
        }
        m_messageBar->showMessage(Widgets::MessageBar::Type::Information,
                                  tr("Saved %n event(s) to %1.", nullptr, m_pane->filter()->rowCount()).arg(path));
    });
    dialog->open();
}

} // namespace Doorstep::Ui::Pages
