#pragma once

#include <Qt>

namespace Doorstep::Ui::Models {

/**
 * Item roles shared by the table models of the pages, so one TableFilterModel sorts and
 * filters them all: SortRole gives comparable values (numbers for sizes and times, text
 * otherwise), CategoryRole the value a page filters on (a queue state, an event kind, a relay
 * action) and KeyRole what identifies the row to the engine (an address, a queue id).
 */
enum TableRole : int {
    SortRole = Qt::UserRole + 1,
    CategoryRole,
    KeyRole,
};

} // namespace Doorstep::Ui::Models
