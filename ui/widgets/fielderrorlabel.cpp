#include "ui/widgets/fielderrorlabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

#include "ui/widgets/icons.h"

namespace Doorstep::Ui::Widgets {

FieldErrorLabel::FieldErrorLabel(QWidget *field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) / 2 + 2);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(Icons::warning().pixmap(size, size));
    m_icon->setAlignment(Qt::AlignTop);
    m_icon->setAccessibleName(tr("Problem"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    updateColors();
    hide();
}

QString FieldErrorLabel::text() const
{
    return m_text->text();
}

bool FieldErrorLabel::hasError() const
{
    return !m_text->text().isEmpty();
}

void FieldErrorLabel::setError(const QString &text)
{
    m_text->setText(text);
    m_text->setAccessibleName(text);
    setVisible(!text.isEmpty());
    if (m_field)
        m_field->setAccessibleDescription(text);
}

void FieldErrorLabel::clear()
{
    setError({});
}

QWidget *FieldErrorLabel::withField()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    if (m_field)
        layout->addWidget(m_field);
    layout->addWidget(this);
    return box;
}

void FieldErrorLabel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColors();
}

void FieldErrorLabel::updateColors()
{
    // A red that stays readable on light and dark windows; the icon carries the meaning too.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette p = m_text->palette();
    p.setColor(QPalette::WindowText, dark ? QColor(255, 140, 130) : QColor(170, 20, 20));
    m_text->setPalette(p);
}

} // namespace Doorstep::Ui::Widgets
