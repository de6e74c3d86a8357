#include "ui/widgets/tlschoice.h"

#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>

#include "ui/models/tlsmode.h"
#include "ui/widgets/labels.h"

namespace Doorstep::Ui::Widgets {

using namespace Qt::StringLiterals;
using Models::TlsMode;

TlsChoice::TlsChoice(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox)
    , m_explanation(smallPrint({}, name + u"Explanation"_s))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_combo->setObjectName(name + u"Combo"_s);
    for (const QString &mode : TlsMode::all())
        m_combo->addItem(TlsMode::label(mode), mode);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_combo, 0, Qt::AlignLeft);
    m_explanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_explanation);
    setFocusProxy(m_combo);
    // The explanation wraps in the whole width of the form, not the combo's.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &TlsChoice::explain);
    connect(m_combo, &QComboBox::activated, this, [this] { Q_EMIT modeChosen(mode()); });
    explain();
}

QString TlsChoice::mode() const
{
    return m_combo->currentData().toString();
}

void TlsChoice::setMode(const QString &mode)
{
    int index = m_combo->findData(mode);
    if (index < 0 && !mode.isEmpty()) {
        m_combo->addItem(mode, mode); // a mode this version does not know: shown, not changed
        index = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(std::max(index, 0));
}

void TlsChoice::explain()
{
    m_explanation->setText(TlsMode::description(mode()));
}

} // namespace Doorstep::Ui::Widgets
