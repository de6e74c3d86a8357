#pragma once

#include <functional>

#include <QList>

#include "ui/mainwindow/page.h"

namespace Doorstep::Ui {

/** Makes one page for the main window. */
using PageFactory = std::function<Page *(const PageContext &context, QWidget *parent)>;

/**
 * The sidebar's pages in their order (UI.md). Adding a page is one line in
 * pageregistry.cpp: `page<Pages::QueuePage>(),`.
 */
class PageRegistry final
{
public:
    static QList<PageFactory> pages();

    template <typename T>
    static PageFactory page()
    {
        return [](const PageContext &context, QWidget *parent) -> Page * { return new T(context, parent); };
    }
};

} // namespace Doorstep::Ui
