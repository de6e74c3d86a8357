#include "ui/widgets/submitdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/client/clienterror.h"
#include "ui/client/engineclient.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/messagebar.h"

namespace Doorstep::Ui::Widgets {

using namespace Qt::StringLiterals;

SubmitDialog::SubmitDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_messageBar(new MessageBar(this))
    , m_form(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_submit(m_buttons->button(QDialogButtonBox::Ok))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    m_intro->hide();
    layout->addWidget(m_intro);
    m_messageBar->setObjectName(u"dialogMessageBar"_s);
    layout->addWidget(m_messageBar);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    m_submit->setObjectName(u"submitButton"_s);
    m_submit->setDefault(true);
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SubmitDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SubmitDialog::reject);
}

SubmitDialog::~SubmitDialog() = default;

void SubmitDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

void SubmitDialog::setSubmitText(const QString &text)
{
    m_submit->setText(text);
}

void SubmitDialog::accept()
{
    if (m_busy)
        return;
    m_messageBar->dismiss();
    clearErrors();
    if (!validate()) {
        fitHeight();
        return;
    }
    setBusy(true);
    EngineClient::whenFinished(submit(), this, [this](const QDBusPendingCall &call) { finish(call); });
}

void SubmitDialog::finish(const QDBusPendingCall &call)
{
    setBusy(false);
    if (!call.isError()) {
        Q_EMIT succeeded();
        QDialog::accept();
        return;
    }
    const ClientError error(call.error());
    FieldErrorLabel *label = nullptr;
    switch (error.kind()) {
    case ClientError::Kind::InvalidArgument:
    case ClientError::Kind::NotFound:
    case ClientError::Kind::AlreadyExists:
        label = errorLabelFor(error);
        break;
    default:
        break;
    }
    if (label)
        label->setError(error.message());
    else
        m_messageBar->showMessage(MessageBar::Type::Error, failureSummary(error), error.message());
    fitHeight();
}

QString SubmitDialog::failureSummary(const ClientError &error) const
{
    return error.summary();
}

void SubmitDialog::fitHeight()
{
    // After the event loop laid out the new labels, so their wrapped height is known.
    QTimer::singleShot(0, this, [this] {
        const int wanted = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
        if (height() < wanted)
            resize(width(), wanted);
    });
}

void SubmitDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_submit->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

} // namespace Doorstep::Ui::Widgets
