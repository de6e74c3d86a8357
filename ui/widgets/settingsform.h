#pragma once

#include <functional>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QPushButton>
#include <QVariantMap>

class QAbstractButton;
class QDBusPendingCall;
class QHBoxLayout;
class QLineEdit;
class QWidget;

namespace Doorstep::Ui {
class EngineClient;
}

namespace Doorstep::Ui::Widgets {

class FieldErrorLabel;
class MessageBar;

/**
 * Engine settings edited in a form: loaded with Settings.GetAll, saved with one Settings.Set
 * per changed key, and refreshed by Settings.Changed, where a field the person is editing
 * keeps what they typed. A refusal appears by the field of its key, with the engine's
 * sentence; other failures in the message bar. Apply and Reset are enabled while a field
 * differs from the engine. Secrets are write-only: never shown, sent only when typed.
 */
class SettingsForm final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsForm)

public:
    /** One key and the field(s) that show it. */
    struct Binding
    {
        QString key;
        /** What the field holds, typed as the setting (QString, bool, QStringList). */
        std::function<QVariant()> value;
        /** Shows the engine's value. */
        std::function<void(const QVariant &)> show;
        /** Gets the focus when the engine refuses the value. */
        QWidget *field = nullptr;
        FieldErrorLabel *error = nullptr;
        /** Write-only: never shown, sent only when not empty, emptied once saved. */
        bool secret = false;
    };

    SettingsForm(EngineClient &client, MessageBar *messageBar, QObject *parent = nullptr);
    ~SettingsForm() override;

    /** A field that edits its key in a way of its own; call fieldEdited() when it changes. */
    void bind(Binding binding);
    void bindText(const QString &key, QLineEdit *edit, FieldErrorLabel *error);
    /** A list setting ("as") as comma-separated text. */
    void bindList(const QString &key, QLineEdit *edit, FieldErrorLabel *error);
    void bindSecret(const QString &key, QLineEdit *edit, FieldErrorLabel *error);
    void bindCheck(const QString &key, QAbstractButton *box, FieldErrorLabel *error);
    /**
     * Creates Apply (saves) and Reset (shows the engine's values again), enabled while
     * something is modified, named <prefix>ApplyButton and <prefix>ResetButton, right-aligned
     * in the returned row. The texts carry mnemonics that suit the page.
     */
    QHBoxLayout *createButtons(const QString &prefix, const QString &applyText, const QString &resetText, const QString &applyToolTip);
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *resetButton() const { return m_reset; }

    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_pendingSets > 0; }
    bool isModified() const;
    /** The engine's value of @p key as last loaded. */
    QVariant engineValue(const QString &key) const { return m_engine.value(key); }
    /** The error label of @p key's field. */
    FieldErrorLabel *errorLabel(const QString &key) const;

public Q_SLOTS:
    void load();
    /** Sends every changed key (Settings.Set), then loads again. */
    void apply();
    /** Shows the engine's values again, forgetting edits and errors. */
    void reset();
    /** The engine went away: empty fields, nothing to apply. */
    void clear();
    /** Re-evaluates whether something changed (what the bind helpers' widgets call). */
    void fieldEdited();

Q_SIGNALS:
    /** The engine's values are shown (after load() or a change elsewhere). */
    void loaded();
    /** Every changed key was accepted. */
    void applied(const QStringList &keys);
    /** Some key was refused; its field says why. */
    void refused();
    void modifiedChanged(bool modified);

private:
    const Binding *binding(const QString &key) const;
    bool differs(const Binding &binding) const;
    /** Shows @p values in unedited fields, in @p force's and, when @p all, in every field. */
    void show(const QVariantMap &values, const QStringList &force, bool all);
    void setFinished(const QString &key, const QDBusPendingCall &call);
    void updateButtons();
    void onSettingsChanged(const QStringList &keys);

    EngineClient &m_client;
    QPointer<MessageBar> m_messageBar;
    QList<Binding> m_bindings;
    QVariantMap m_engine;
    QPointer<QPushButton> m_apply;
    QPointer<QPushButton> m_reset;
    bool m_loaded = false;
    bool m_modified = false;
    bool m_reloadAfterApply = false;
    int m_pendingSets = 0;
    int m_refusals = 0;
    bool m_focusedRefusal = false;
    QStringList m_applying;
    quint64 m_generation = 0;
};

} // namespace Doorstep::Ui::Widgets
