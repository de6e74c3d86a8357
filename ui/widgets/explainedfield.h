#pragma once

#include <QString>

class QWidget;

namespace Doorstep::Ui::Widgets {

class FieldErrorLabel;

/**
 * A settings form row's field: the field, a sentence in small print saying what it does
 * (named @p objectName) and its error label, stacked and using the whole row.
 */
QWidget *explainedField(FieldErrorLabel *error, const QString &explanation, const QString &objectName);

} // namespace Doorstep::Ui::Widgets
