#include "ui/mainwindow/pagetitlebar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/mainwindow/page.h"

namespace Doorstep::Ui {

using namespace Qt::StringLiterals;

PageTitleBar::PageTitleBar(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_actions(new QHBoxLayout)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setObjectName(u"pageTitle"_s);
    m_description->setObjectName(u"pageDescription"_s);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    texts->addWidget(m_title);
    texts->addWidget(m_description);
    layout->addLayout(texts, 1);
    m_actions->setSpacing(6);
    layout->addLayout(m_actions);
}

void PageTitleBar::setPage(Page *page)
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    if (!page) {
        m_title->clear();
        m_description->clear();
        return;
    }
    m_title->setText(page->title());
    m_description->setText(page->description());
    for (QAction *action : page->primaryActions()) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setObjectName(action->objectName() + u"Button"_s);
        button->setAccessibleName(action->text().remove(u'&'));
        m_actions->addWidget(button, 0, Qt::AlignVCenter);
    }
}

QString PageTitleBar::title() const
{
    return m_title->text();
}

} // namespace Doorstep::Ui
