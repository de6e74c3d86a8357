#include "ui/widgets/messagebar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/client/clienterror.h"
#include "ui/widgets/icons.h"

namespace Doorstep::Ui::Widgets {

namespace {

QColor accent(MessageBar::Type type)
{
    switch (type) {
    case MessageBar::Type::Information:
        return {61, 174, 233};
    case MessageBar::Type::Warning:
        return {246, 116, 0};
    case MessageBar::Type::Error:
        return {218, 68, 83};
    }
    return {};
}

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amount) + b.redF() * amount), float(a.greenF() * (1 - amount) + b.greenF() * amount),
                            float(a.blueF() * (1 - amount) + b.blueF() * amount));
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_actions(new QHBoxLayout)
{
    auto *layout = new QHBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin) * 2 / 3;
    layout->setContentsMargins(margin, margin, margin / 2, margin);
    m_icon->setAlignment(Qt::AlignTop);
    layout->addWidget(m_icon);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    for (QLabel *label : {m_text, m_detail}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        texts->addWidget(label);
    }
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    layout->addLayout(texts, 1);
    m_actions->setSpacing(margin / 2);
    layout->addLayout(m_actions);

    m_close->setObjectName(QStringLiteral("messageBarClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);

    setAccessibleName(tr("Message"));
    hide();
}

void MessageBar::showMessage(Type type, const QString &text, const QString &detail)
{
    m_type = type;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    const QIcon icon = type == Type::Error ? Icons::error() : type == Type::Warning ? Icons::warning() : Icons::ok();
    m_icon->setPixmap(icon.pixmap(size, size));
    m_text->setText(text);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    setAccessibleDescription(detail.isEmpty() ? text : text + u' ' + detail);
    show();
    update();
}

void MessageBar::showError(const ClientError &error)
{
    showMessage(Type::Error, error.summary(), error.message());
}

void MessageBar::dismiss()
{
    m_text->clear();
    m_detail->clear();
    hide();
}

QString MessageBar::text() const
{
    return m_text->text();
}

QString MessageBar::detail() const
{
    return m_detail->text();
}

void MessageBar::setDismissable(bool dismissable)
{
    m_close->setVisible(dismissable);
}

void MessageBar::addButton(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    m_actions->addWidget(button, 0, Qt::AlignVCenter);
}

void MessageBar::paintEvent(QPaintEvent *event)
{
    // Tinted from the window colour so it reads in light and dark themes alike.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor base = palette().color(QPalette::Window);
    const QColor tone = accent(m_type);
    painter.setPen(QPen(mix(base, tone, 0.7), 1));
    painter.setBrush(mix(base, tone, 0.15));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    QFrame::paintEvent(event);
}

} // namespace Doorstep::Ui::Widgets
