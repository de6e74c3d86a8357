#include "ui/widgets/emptystate.h"

namespace Doorstep::Ui::Widgets {

EmptyState::EmptyState(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setMargin(24);
    setForegroundRole(QPalette::PlaceholderText);
}

} // namespace Doorstep::Ui::Widgets
