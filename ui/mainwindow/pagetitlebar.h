#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace Doorstep::Ui {

class Page;

/** Above the current page: its title, what it is for, and its primary actions as buttons. */
class PageTitleBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageTitleBar)

public:
    explicit PageTitleBar(QWidget *parent = nullptr);

    /** Shows @p page's title and actions; buttons are named after the action + "Button". */
    void setPage(Page *page);
    QString title() const;

private:
    QLabel *m_title;
    QLabel *m_description;
    QHBoxLayout *m_actions;
};

} // namespace Doorstep::Ui
