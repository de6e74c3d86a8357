#include "ui/widgets/confirmation.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace Doorstep::Ui::Widgets {

using namespace Qt::StringLiterals;

void confirmRemoval(QWidget *parent, const QString &objectName, const QString &question, const QString &detail, const QString &action,
                    std::function<void()> confirmed)
{
    //: Title of a confirmation before removing something
    const QString title = QCoreApplication::translate("Doorstep::Ui::Widgets::Confirmation", "Confirm Removal");
    confirmAction(parent, objectName, title, question, detail, action, std::move(confirmed));
}

void confirmAction(QWidget *parent, const QString &objectName, const QString &title, const QString &question, const QString &detail,
                   const QString &action, std::function<void()> confirmed)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, question, QMessageBox::Cancel, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(detail);
    QPushButton *remove = box->addButton(action, QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(remove, &QPushButton::clicked, parent, std::move(confirmed));
    box->open();
}

} // namespace Doorstep::Ui::Widgets
