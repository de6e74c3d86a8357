#pragma once

#include <QLabel>

namespace Doorstep::Ui::Widgets {

/**
 * What an empty list shows instead: a sentence that says what to do ("No domains yet — add
 * the domain you receive mail for"), centred and quiet.
 */
class EmptyState final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    explicit EmptyState(const QString &objectName, QWidget *parent = nullptr);
};

} // namespace Doorstep::Ui::Widgets
