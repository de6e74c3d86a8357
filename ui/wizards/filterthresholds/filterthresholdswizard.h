#pragma once

#include <functional>
#include <utility>

#include <QVariantMap>
#include <QWizard>

namespace Doorstep::Ui {
class ClientError;
class EngineClient;
} // namespace Doorstep::Ui

namespace Doorstep::Ui::Wizards::FilterThresholds {
class BackendPage;
class ReviewPage;
class SpamHandlingPage;
class ThresholdsPage;
class TryPage;
} // namespace Doorstep::Ui::Wizards::FilterThresholds

namespace Doorstep::Ui::Wizards {

/**
 * The Filter thresholds wizard: how incoming mail is scored for spam and what happens to
 * spam, one decision per page — who scores (the built-in checks, SpamAssassin's spamd or
 * rspamd, checked to answer before Next), from which score mail is spam and from which it is
 * refused, the subject tag and the spam folder — then a page to try a message with these
 * choices before anything is saved (Filters.TrySpamBackend), and a review of what will change,
 * applied in one Settings.SetMany. Cancel changes nothing.
 */
class FilterThresholdsWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterThresholdsWizard)

public:
    enum PageId {
        BackendPageId,
        ThresholdsPageId,
        SpamHandlingPageId,
        TryPageId,
        ReviewPageId,
    };

    /** The settings the wizard decides, in the order of its pages. */
    static const QStringList kKeys;

    FilterThresholdsWizard(EngineClient &client, QWidget *parent = nullptr);
    ~FilterThresholdsWizard() override;

    /** True once the settings in effect are known (GetAll and Describe answered). */
    bool isLoaded() const { return m_loaded; }
    /** The value of @p key in effect when the wizard opened. */
    QVariant current(const QString &key) const { return m_current.value(key); }
    /** The value chosen for @p key so far: the one in effect until a page chooses another. */
    QVariant chosen(const QString &key) const;
    void choose(const QString &key, const QVariant &value);
    /** The range of a numeric key, as Settings.Describe gives it. */
    std::pair<double, double> range(const QString &key) const;
    /** The keys whose chosen value differs from the one in effect, in kKeys order. */
    QStringList changedKeys() const;
    /** How long a backend may take to answer (spam.timeout), in seconds. */
    uint backendTimeout() const;

    /** What @p key is, in plain words ("Spam from score"). */
    static QString settingName(const QString &key);
    /** A backend ("spamd") as people know it ("SpamAssassin (spamd)"). */
    static QString backendName(const QString &backend);
    /** Where a backend listens when spam.address is empty ("127.0.0.1:783"; "" for builtin). */
    static QString defaultAddress(const QString &backend);
    /** @p value of @p key in words; an address depends on the chosen backend. */
    QString displayValue(const QString &key, const QVariant &value) const;

    /**
     * Scores @p message with the chosen backend, address and thresholds
     * (Filters.TrySpamBackend); @p done gets the result or the error, unless @p context died.
     */
    void tryChoices(const QString &message, QObject *context, std::function<void(const QVariantMap &, const ClientError &)> done);

    /** Applies the changed keys in one Settings.SetMany; @p done gets the error, or none. */
    void apply(std::function<void(const ClientError &error)> done);
    bool isApplying() const { return m_applying; }
    bool isApplied() const { return m_applied; }

    /** Cancel and Escape change nothing, and do nothing while the change is on its way. */
    void reject() override;

Q_SIGNALS:
    /** The settings in effect are known (or could not be read: @p error is set). */
    void loaded(const QString &error);
    /** The change was made: @p keys changed. */
    void applied(const QStringList &keys);

private:
    void load();

    EngineClient &m_client;
    FilterThresholds::BackendPage *m_backend;
    FilterThresholds::ThresholdsPage *m_thresholds;
    FilterThresholds::SpamHandlingPage *m_handling;
    FilterThresholds::TryPage *m_try;
    FilterThresholds::ReviewPage *m_review;
    QVariantMap m_current;
    QVariantMap m_chosen;
    QHash<QString, std::pair<double, double>> m_ranges;
    bool m_loaded = false;
    bool m_applying = false;
    bool m_applied = false;
};

} // namespace Doorstep::Ui::Wizards
