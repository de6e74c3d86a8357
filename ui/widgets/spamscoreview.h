#pragma once

#include <QVariantMap>
#include <QWidget>

class QLabel;

namespace Doorstep::Ui::Widgets {

/**
 * What the spam filter said about a message (Filters.ScoreMessage or TrySpamBackend): the
 * verdict as an icon and a word (never colour alone), the score against the threshold that
 * decided it, and the rules that hit. Empty until a result is shown. Children: scoreVerdictIcon,
 * scoreVerdict, scoreDetails, scoreRules.
 */
class SpamScoreView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpamScoreView)

public:
    explicit SpamScoreView(QWidget *parent = nullptr);

    /** Shows @p result ("verdict", "score", "required", "reject_threshold", "rules", "problem"); {} clears. */
    void setResult(const QVariantMap &result);

    /** A score or threshold as people read it: one decimal, two where the second counts ("4.75"). */
    static QString formatScore(double value);

private:
    QLabel *m_icon;
    QLabel *m_verdict;
    QLabel *m_details;
    QLabel *m_rules;
};

} // namespace Doorstep::Ui::Widgets
