#pragma once

#include <QWidget>

namespace Doorstep::Ui {

class EngineClient;

namespace Widgets {
class MessageBar;
}

/**
 * "The engine is not running" over every page, with the command that starts it. Shown
 * while nobody owns org.doorstep.Engine1; the window reconnects by itself when it appears.
 */
class EngineBanner final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineBanner)

public:
    explicit EngineBanner(EngineClient &client, QWidget *parent = nullptr);

    QString text() const;
    QString hint() const;

private:
    void refresh();

    EngineClient &m_client;
    Widgets::MessageBar *m_bar;
};

} // namespace Doorstep::Ui
