#pragma once

#include <QPointer>

#include "ui/mainwindow/page.h"

class QAction;
class QTabWidget;

namespace Doorstep::Ui::Widgets {
class MessageBar;
}

namespace Doorstep::Ui::Wizards {
class FilterThresholdsWizard;
}

namespace Doorstep::Ui::Pages {

class AntivirusPane;
class GreylistPane;
class ScoreSampleDialog;
class SpamPane;

/**
 * Filters, in three tabs: Greylisting (GreylistPane: settings, allow list, remembered
 * senders), Antivirus (AntivirusPane: scanner state, settings, quarantine) and Spam
 * (SpamPane: backend and thresholds). The title bar opens the Filter thresholds wizard (also
 * from the Spam tab) and scores a sample message. Stays current
 * through Settings.Changed (in each form) and the greylisted, virus, filter_degraded and
 * config_changed events.
 */
class FiltersPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FiltersPage)

public:
    FiltersPage(const PageContext &context, QWidget *parent = nullptr);
    ~FiltersPage() override;

    QString id() const override;
    QString title() const override;
    QString description() const override;
    QIcon icon() const override;

    QTabWidget *tabs() const { return m_tabs; }
    GreylistPane *greylistPane() const { return m_greylist; }
    AntivirusPane *antivirusPane() const { return m_antivirus; }
    SpamPane *spamPane() const { return m_spam; }
    /** Shows the tab that holds @p pane. */
    void showPane(QWidget *pane);

    /** Opens Score a Sample (or raises it). */
    void openScoreSample();
    ScoreSampleDialog *scoreSampleDialog() const;
    /** Opens the Filter thresholds wizard (or raises it). */
    void openThresholdsWizard();
    Wizards::FilterThresholdsWizard *thresholdsWizard() const;

protected:
    void reload() override;
    void engineGone() override;

private:
    Widgets::MessageBar *m_messageBar;
    QTabWidget *m_tabs;
    GreylistPane *m_greylist;
    AntivirusPane *m_antivirus;
    SpamPane *m_spam;
    QAction *m_scoreAction;
    QAction *m_wizardAction;
    QPointer<ScoreSampleDialog> m_scoreDialog;
    QPointer<Wizards::FilterThresholdsWizard> m_wizard;
};

} // namespace Doorstep::Ui::Pages
