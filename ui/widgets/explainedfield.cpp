#include "ui/widgets/explainedfield.h"

#include <QLabel>
#include <QVBoxLayout>

#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/labels.h"

namespace Doorstep::Ui::Widgets {

QWidget *explainedField(FieldErrorLabel *error, const QString &explanation, const QString &objectName)
{
    QWidget *box = error->withField();
    // A check box does not grow by itself: its explanation should use the whole row.
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    QLabel *sentence = smallPrint(explanation, objectName);
    // Any height the form gives the row beyond what it needs goes below the sentence, not
    // between the switch and what it does.
    sentence->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (auto *layout = qobject_cast<QVBoxLayout *>(box->layout()))
        layout->insertWidget(1, sentence);
    return box;
}

} // namespace Doorstep::Ui::Widgets
