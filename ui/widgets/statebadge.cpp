#include "ui/widgets/statebadge.h"

#include <QGridLayout>
#include <QLabel>

#include "ui/widgets/icons.h"

namespace Doorstep::Ui::Widgets {

using namespace Qt::StringLiterals;

namespace {
constexpr int kIconSize = 48;
}

StateBadge::StateBadge(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_word(new QLabel(this))
    , m_sentence(new QLabel(this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(12);
    layout->setVerticalSpacing(2);
    m_icon->setFixedSize(kIconSize, kIconSize);
    layout->addWidget(m_icon, 0, 0, 2, 1, Qt::AlignTop);
    QFont big = m_word->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_word->setFont(big);
    m_word->setObjectName(u"engineStateWord"_s);
    m_sentence->setObjectName(u"engineStateSentence"_s);
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_word, 0, 1);
    layout->addWidget(m_sentence, 1, 1);
    layout->setColumnStretch(1, 1);
    setState(Models::EngineState::notRunning());
}

void StateBadge::setState(const Models::EngineState &state)
{
    m_state = state;
    m_icon->setPixmap(Icons::state(state.kind()).pixmap(kIconSize, kIconSize));
    m_word->setText(state.word());
    m_sentence->setText(state.sentence());
    setAccessibleName(tr("Engine state: %1").arg(state.word()));
    setAccessibleDescription(state.sentence());
}

QString StateBadge::word() const
{
    return m_word->text();
}

QString StateBadge::sentence() const
{
    return m_sentence->text();
}

} // namespace Doorstep::Ui::Widgets
