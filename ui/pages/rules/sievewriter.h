#pragma once

#include <optional>

#include <QList>
#include <QString>

namespace Doorstep::Ui::Pages {

/** One row of the rule builder: mail that matches goes to a folder. */
struct BuilderRule
{
    /** What the rule looks at. */
    enum class Field {
        From,
        To,
        Subject,
        Header,      // the header named by headerName
        MailingList, // List-Id (RFC 2919), always "contains"
    };
    enum class Comparison {
        Contains,
        Is,
    };

    Field field = Field::From;
    Comparison comparison = Comparison::Contains;
    QString headerName;
    QString text;
    QString folder;

    bool operator==(const BuilderRule &) const = default;
};

/** The builder's automatic reply (Sieve vacation, RFC 5230). */
struct BuilderVacation
{
    bool enabled = false;
    QString subject;
    QString text;
    /** How often one sender is answered at most, in days. */
    int days = 7;

    bool operator==(const BuilderVacation &) const = default;
};

/** Everything the rule builder shows for one user. */
struct BuilderRules
{
    QList<BuilderRule> rules;
    BuilderVacation vacation;

    bool isEmpty() const { return rules.isEmpty() && !vacation.enabled; }
    bool operator==(const BuilderRules &) const = default;
};

/**
 * Turns the rule builder's rows into a Sieve script (RFC 5228 with fileinto, mailbox and
 * vacation) and reads such a script back. The script starts with kMarker and carries one
 * machine-readable comment per rule ("# rule: {json}"), so that reading never has to
 * understand Sieve: a script without the marker, or one edited by hand after the builder
 * wrote it (it no longer equals what the comments would write), is not the builder's and
 * read() refuses it rather than lose what the person wrote.
 */
class SieveWriter final
{
public:
    /** The first line of every script the builder writes. */
    static const QString kMarker;

    /** The script for @p rules; "" when there is nothing to do (Rules.Set then removes the rules). */
    static QString write(const BuilderRules &rules);
    /** The builder's rows of @p script ("" gives no rows); nullopt when the builder did not write it. */
    static std::optional<BuilderRules> read(const QString &script);
    /** @p text as a Sieve quoted string: in double quotes, with \ and " escaped (RFC 5228 §2.4.2). */
    static QString quoted(const QString &text);
};

} // namespace Doorstep::Ui::Pages
