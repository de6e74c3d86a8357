#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace Doorstep::Ui::Widgets {

/**
 * Says what is wrong with one field, right next to it: a warning icon and a sentence (never
 * colour alone). Hidden while there is nothing to say. The sentence also becomes the
 * field's accessible description, so a screen reader reads it with the field.
 */
class FieldErrorLabel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldErrorLabel)

public:
    explicit FieldErrorLabel(QWidget *field, QWidget *parent = nullptr);

    QString text() const;
    bool hasError() const;
    void setError(const QString &text);
    void clear();

    /** The field and this label stacked in one widget, for a QFormLayout row. */
    QWidget *withField();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColors();

    QPointer<QWidget> m_field;
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace Doorstep::Ui::Widgets
