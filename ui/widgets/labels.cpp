#include "ui/widgets/labels.h"

#include <QLabel>
#include <QPushButton>

namespace Doorstep::Ui::Widgets {

QLabel *introLabel(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *smallPrint(const QString &text, const QString &objectName)
{
    QLabel *label = introLabel(text, objectName);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *sectionHeading(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QPushButton *rowButton(const QIcon &icon, const QString &text, const QString &objectName, const QString &accessibleName,
                       const QString &toolTip)
{
    auto *button = new QPushButton(icon, text);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setToolTip(toolTip);
    return button;
}

} // namespace Doorstep::Ui::Widgets
