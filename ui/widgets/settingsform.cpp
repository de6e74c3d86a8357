#include "ui/widgets/settingsform.h"

#include <QAbstractButton>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

#include "ui/client/clienterror.h"
#include "ui/client/engineclient.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/messagebar.h"

namespace Doorstep::Ui::Widgets {

using namespace Qt::StringLiterals;

namespace {

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    }
    return items;
}

bool sameValue(const QVariant &field, const QVariant &engine)
{
    if (field.userType() == QMetaType::QStringList)
        return field.toStringList() == engine.toStringList();
    if (field.userType() == QMetaType::Bool)
        return field.toBool() == engine.toBool();
    return field.toString() == engine.toString();
}

} // namespace

SettingsForm::SettingsForm(EngineClient &client, MessageBar *messageBar, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_messageBar(messageBar)
{
    connect(&m_client, &EngineClient::settingsChanged, this, &SettingsForm::onSettingsChanged);
}

SettingsForm::~SettingsForm() = default;

void SettingsForm::bind(Binding binding)
{
    m_bindings.append(std::move(binding));
    updateButtons();
}

void SettingsForm::bindText(const QString &key, QLineEdit *edit, FieldErrorLabel *error)
{
    connect(edit, &QLineEdit::textEdited, error, &FieldErrorLabel::clear);
    connect(edit, &QLineEdit::textEdited, this, &SettingsForm::fieldEdited);
    bind({key, [edit] { return QVariant(edit->text().trimmed()); }, [edit](const QVariant &value) { edit->setText(value.toString()); },
          edit, error, false});
}

void SettingsForm::bindList(const QString &key, QLineEdit *edit, FieldErrorLabel *error)
{
    connect(edit, &QLineEdit::textEdited, error, &FieldErrorLabel::clear);
    connect(edit, &QLineEdit::textEdited, this, &SettingsForm::fieldEdited);
    bind({key, [edit] { return QVariant(splitList(edit->text())); },
          [edit](const QVariant &value) { edit->setText(value.toStringList().join(u", "_s)); }, edit, error, false});
}

void SettingsForm::bindSecret(const QString &key, QLineEdit *edit, FieldErrorLabel *error)
{
    connect(edit, &QLineEdit::textEdited, error, &FieldErrorLabel::clear);
    connect(edit, &QLineEdit::textEdited, this, &SettingsForm::fieldEdited);
    bind({key, [edit] { return QVariant(edit->text()); }, [edit](const QVariant &) { edit->clear(); }, edit, error, true});
}

void SettingsForm::bindCheck(const QString &key, QAbstractButton *box, FieldErrorLabel *error)
{
    connect(box, &QAbstractButton::toggled, this, &SettingsForm::fieldEdited);
    connect(box, &QAbstractButton::clicked, this, [this, error] {
        error->clear();
        fieldEdited();
    });
    bind({key, [box] { return QVariant(box->isChecked()); }, [box](const QVariant &value) { box->setChecked(value.toBool()); }, box,
          error, false});
}

QHBoxLayout *SettingsForm::createButtons(const QString &prefix, const QString &applyText, const QString &resetText,
                                         const QString &applyToolTip)
{
    m_apply = new QPushButton(applyText);
    m_apply->setObjectName(prefix + u"ApplyButton"_s);
    m_apply->setToolTip(applyToolTip);
    m_reset = new QPushButton(resetText);
    m_reset->setObjectName(prefix + u"ResetButton"_s);
    m_reset->setToolTip(tr("Show the saved settings again"));
    connect(m_apply, &QPushButton::clicked, this, &SettingsForm::apply);
    connect(m_reset, &QPushButton::clicked, this, &SettingsForm::reset);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_reset);
    row->addWidget(m_apply);
    updateButtons();
    return row;
}

bool SettingsForm::isModified() const
{
    return m_loaded && std::any_of(m_bindings.cbegin(), m_bindings.cend(), [this](const Binding &b) { return differs(b); });
}

FieldErrorLabel *SettingsForm::errorLabel(const QString &key) const
{
    const Binding *b = binding(key);
    return b ? b->error : nullptr;
}

const SettingsForm::Binding *SettingsForm::binding(const QString &key) const
{
    for (const Binding &b : m_bindings) {
        if (b.key == key)
            return &b;
    }
    return nullptr;
}

bool SettingsForm::differs(const Binding &binding) const
{
    if (binding.secret)
        return !binding.value().toString().isEmpty();
    return !sameValue(binding.value(), m_engine.value(binding.key));
}

void SettingsForm::load()
{
    const quint64 generation = ++m_generation;
    EngineClient::whenFinished(m_client.settings().GetAll(), this, [this, generation](const QDBusPendingCall &call) {
        if (generation != m_generation)
            return;
        if (call.isError()) {
            const ClientError error(call.error());
            if (m_messageBar && (error.kind() != ClientError::Kind::Unreachable || m_client.isAvailable()))
                m_messageBar->showError(error);
            return;
        }
        const bool first = !m_loaded;
        m_loaded = true;
        show(QDBusPendingReply<QVariantMap>(call).value(), first ? QStringList() : std::exchange(m_applying, {}), first);
        Q_EMIT loaded();
    });
}

void SettingsForm::show(const QVariantMap &values, const QStringList &force, bool all)
{
    for (const Binding &b : std::as_const(m_bindings)) {
        // A field the person changed keeps what they typed, unless it was just saved (the
        // engine may have normalised it) or everything is shown afresh.
        const bool edited = differs(b);
        if (all || force.contains(b.key) || (!edited && !b.secret))
            b.show(values.value(b.key));
    }
    m_engine = values;
    fieldEdited();
}

void SettingsForm::apply()
{
    if (!m_loaded || isBusy())
        return;
    QStringList keys;
    for (const Binding &b : std::as_const(m_bindings)) {
        if (b.error)
            b.error->clear();
        if (differs(b))
            keys << b.key;
    }
    if (keys.isEmpty())
        return;
    if (m_messageBar)
        m_messageBar->dismiss();
    m_pendingSets = int(keys.size());
    m_refusals = 0;
    m_applying = keys;
    m_focusedRefusal = false;
    for (const QString &key : std::as_const(keys)) {
        const QVariant value = binding(key)->value();
        EngineClient::whenFinished(m_client.settings().Set(key, QDBusVariant(value)), this,
                                   [this, key](const QDBusPendingCall &call) { setFinished(key, call); });
    }
    updateButtons();
}

void SettingsForm::setFinished(const QString &key, const QDBusPendingCall &call)
{
    --m_pendingSets;
    const Binding *b = binding(key);
    if (call.isError()) {
        m_applying.removeAll(key);
        ++m_refusals;
        const ClientError error(call.error());
        if (error.isRefusal() && error.kind() != ClientError::Kind::Failed && b && b->error) {
            b->error->setError(error.message());
            if (!m_focusedRefusal && b->field) {
                b->field->setFocus();
                m_focusedRefusal = true;
            }
        } else if (m_messageBar && (error.kind() != ClientError::Kind::Unreachable || m_client.isAvailable())) {
            m_messageBar->showError(error);
        }
    }
    if (m_pendingSets > 0)
        return;
    const QStringList accepted = m_applying;
    for (const QString &saved : accepted) {
        if (const Binding *s = binding(saved); s && s->secret)
            s->show({}); // typed once, sent, forgotten
    }
    load(); // shows the saved values as the engine keeps them
    if (m_refusals == 0)
        Q_EMIT applied(accepted);
    else
        Q_EMIT refused();
    updateButtons();
}

void SettingsForm::reset()
{
    for (const Binding &b : std::as_const(m_bindings)) {
        if (b.error)
            b.error->clear();
    }
    if (m_loaded)
        show(m_engine, {}, true);
}

void SettingsForm::clear()
{
    ++m_generation;
    m_loaded = false;
    for (const Binding &b : std::as_const(m_bindings)) {
        b.show({});
        if (b.error)
            b.error->clear();
    }
    m_engine.clear();
    fieldEdited();
}

void SettingsForm::fieldEdited()
{
    const bool modified = isModified();
    if (modified != m_modified) {
        m_modified = modified;
        Q_EMIT modifiedChanged(modified);
    }
    updateButtons();
}

void SettingsForm::updateButtons()
{
    const bool idle = m_loaded && !isBusy();
    if (m_apply)
        m_apply->setEnabled(idle && m_modified);
    if (m_reset) {
        const bool errors = std::any_of(m_bindings.cbegin(), m_bindings.cend(), [](const Binding &b) { return b.error && b.error->hasError(); });
        m_reset->setEnabled(idle && (m_modified || errors));
    }
}

void SettingsForm::onSettingsChanged(const QStringList &keys)
{
    if (!m_loaded || std::none_of(keys.cbegin(), keys.cend(), [this](const QString &key) { return binding(key) != nullptr; }))
        return;
    if (isBusy())
        return; // the load after applying shows them
    load();
}

} // namespace Doorstep::Ui::Widgets
