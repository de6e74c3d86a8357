#pragma once

#include <QWidget>

#include "ui/models/enginestate.h"

class QLabel;

namespace Doorstep::Ui::Widgets {

/** The engine's state as an icon and a word (never colour alone), with a sentence below. */
class StateBadge final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateBadge)

public:
    explicit StateBadge(QWidget *parent = nullptr);

    const Models::EngineState &state() const { return m_state; }
    void setState(const Models::EngineState &state);
    /** The word shown ("OK", "Warning", ...). */
    QString word() const;
    QString sentence() const;

private:
    Models::EngineState m_state;
    QLabel *m_icon;
    QLabel *m_word;
    QLabel *m_sentence;
};

} // namespace Doorstep::Ui::Widgets
