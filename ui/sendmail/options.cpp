#include "ui/sendmail/options.h"

#include <QCoreApplication>

namespace Doorstep::Ui::Sendmail {

using namespace Qt::StringLiterals;

namespace {

// sendmail 8's flags that take a value, attached (-fme) or as the next argument (-f me).
// Knowing them keeps an ignored flag's value ("-N never", "-B 8BITMIME") from becoming a
// recipient.
constexpr QStringView kWithValue = u"ABCDFLMNORVXbefhopr";
// Flags whose value can only be attached (-q, -q30m, -d0.1): alone they take none.
constexpr QStringView kWithAttachedValue = u"Qdq";

QString translated(const char *text)
{
    return QCoreApplication::translate("Doorstep::Ui::Sendmail", text);
}

class Parser
{
public:
    explicit Parser(Options &options) : m_options(options) {}

    // One flag with its value (when it takes one); false with the message on bad usage.
    bool apply(QChar flag, const QString &value, QString &error)
    {
        static const std::pair<char, bool Options::*> switches[] = {
            {'t', &Options::extractRecipients},
            {'i', &Options::ignoreDots},
            {'v', &Options::verbose},
        };
        for (const auto &[letter, member] : switches) {
            if (flag == QLatin1Char(letter)) {
                m_options.*member = true;
                return true;
            }
        }
        switch (flag.unicode()) {
        case 'f':
        case 'r':
            m_options.sender = value;
            return true;
        case 'F':
            m_options.fullName = value;
            return true;
        case 'o':
            return applyOption(value);
        case 'e':
            return applyErrorMode(value);
        case 'b':
            return applyMode(value, error);
        case 'q':
            m_options.mode = Mode::RunQueue;
            return true;
        case 'I':
            m_options.mode = Mode::RebuildAliases;
            return true;
        default:
            m_options.ignored << u'-' + flag + value;
            return true;
        }
    }

private:
    // -oX...: sendmail's one-letter options; only -oi and -oeX mean something here.
    bool applyOption(const QString &value)
    {
        if (value == u"i"_s)
            m_options.ignoreDots = true;
        else if (value.startsWith(u'e') && value.size() == 2)
            return applyErrorMode(value.mid(1));
        else
            m_options.ignored << u"-o"_s + value;
        return true;
    }

    bool applyErrorMode(const QString &value)
    {
        if (value.size() == 1 && u"pmewq"_s.contains(value.at(0)))
            m_options.errorMode = value.at(0);
        else
            m_options.ignored << u"-oe"_s + value;
        return true;
    }

    bool applyMode(const QString &value, QString &error)
    {
        if (value == u"m"_s) {
            m_options.mode = Mode::Deliver;
        } else if (value == u"p"_s || value == u"P"_s) {
            m_options.mode = Mode::PrintQueue;
        } else if (value == u"i"_s) {
            m_options.mode = Mode::RebuildAliases;
        } else if (value.isEmpty()) {
            error = translated("option -b needs a mode, such as -bm");
            return false;
        } else {
            m_options.mode = Mode::Unsupported;
            m_options.modeFlag = u"-b"_s + value;
        }
        return true;
    }

    Options &m_options;
};

} // namespace

std::variant<Options, Options::UsageError> Options::parse(const QStringList &arguments, const QString &program)
{
    Options options;
    if (program == u"newaliases"_s)
        options.mode = Mode::RebuildAliases;
    else if (program == u"mailq"_s)
        options.mode = Mode::PrintQueue;
    Parser parser(options);
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (optionsEnded || !argument.startsWith(u'-') || argument.size() == 1) {
            options.recipients << argument;
            continue;
        }
        if (argument == u"--"_s) {
            optionsEnded = true;
            continue;
        }
        // A cluster of flags: -ti, -oi, -fme, -FCronDaemon.
        for (qsizetype j = 1; j < argument.size(); ++j) {
            const QChar flag = argument.at(j);
            QString value;
            const bool takesValue = kWithValue.contains(flag);
            if (takesValue || kWithAttachedValue.contains(flag)) {
                value = argument.mid(j + 1);
                if (value.isEmpty() && takesValue) {
                    if (i + 1 >= arguments.size())
                        return UsageError{translated("option -%1 needs a value").arg(flag)};
                    value = arguments.at(++i);
                }
                j = argument.size(); // the value took the rest of the cluster
            }
            QString error;
            if (!parser.apply(flag, value, error))
                return UsageError{error};
        }
    }
    return options;
}

} // namespace Doorstep::Ui::Sendmail
