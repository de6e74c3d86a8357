#pragma once

#include <QWidget>

class QAction;

namespace Doorstep::Ui {

namespace Models {
class EngineStatus;
}

namespace Widgets {
class MessageBar;
}

/**
 * The first-run offer of the Domain & dynamic DNS wizard (UI.md): a bar over every page,
 * shown while the engine knows no domain, with "Set Up Domain…" and "Not Now". Not a modal
 * window: it never stands between a person and the page they opened. "Not Now" hides it
 * until the control center starts again; adding a domain anywhere hides it for good.
 */
class DomainOffer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainOffer)

public:
    explicit DomainOffer(Models::EngineStatus &status, QWidget *parent = nullptr);

    QString text() const;

Q_SIGNALS:
    /** The person asked for the wizard. */
    void setUpRequested();

private:
    void refresh();

    Models::EngineStatus &m_status;
    Widgets::MessageBar *m_bar;
    bool m_declined = false;
};

} // namespace Doorstep::Ui
