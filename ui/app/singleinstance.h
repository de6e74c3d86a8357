#pragma once

#include <QObject>

namespace Doorstep::Ui {

/**
 * One control center per desktop session: the first instance owns "org.doorstep.Doorstep"
 * on the session bus; a second one asks it to show its window and exits.
 */
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.doorstep.Doorstep")
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(QObject *parent = nullptr);

    /**
     * Takes the name. Returns false when another instance owns it; that instance was then
     * asked to show itself (unless @p activateOther is false).
     */
    bool claim(bool activateOther);

public Q_SLOTS:
    /** Called by a second instance: show the window. */
    Q_SCRIPTABLE void Activate();

Q_SIGNALS:
    void activateRequested();
};

} // namespace Doorstep::Ui
