#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Doorstep::Ui {
class EngineClient;
}

namespace Doorstep::Ui::Widgets {
class MessageBar;
}

namespace Doorstep::Ui::Pages {

/**
 * The outbound port 25 check (Relay.ProbeOutbound): a button, then the result as an icon, a
 * word (open, blocked, filtered) and the engine's sentence, with advice. When port 25 is
 * closed it offers to set up the smart host.
 */
class ProbeBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeBox)

public:
    /** The engine waits up to about 10 s for the probe host; leave it room. */
    static constexpr int kTimeoutMs = 30000;

    ProbeBox(EngineClient &client, Widgets::MessageBar *messageBar, QWidget *parent = nullptr);

    /** The last result's token ("open", "blocked", "filtered"; "" before the first check). */
    const QString &state() const { return m_state; }
    QString sentence() const;
    QString advice() const;
    bool isChecking() const { return m_checking; }

    /** Whether mail already leaves through a smart host (changes the advice). */
    void setSmartHostSet(bool set);
    /** Forgets the result (the engine went away). */
    void clear();

    /** "Open", "Blocked", "Filtered" for the tokens; the token itself when unknown. */
    static QString stateLabel(const QString &state);

public Q_SLOTS:
    void check();

Q_SIGNALS:
    /** The person wants to enter a smart host. */
    void smartHostRequested();

private:
    void showResult();

    EngineClient &m_client;
    Widgets::MessageBar *m_messageBar;
    QPushButton *m_check;
    QLabel *m_icon;
    QLabel *m_word;
    QLabel *m_sentence;
    QLabel *m_advice;
    QPushButton *m_setUp;
    QString m_state;
    bool m_checking = false;
    bool m_smartHostSet = false;
    quint64 m_generation = 0;
};

} // namespace Doorstep::Ui::Pages
