#include "ui/cli/passwordprompt.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

#include "ui/cli/clicontext.h"

namespace Doorstep::Ui::Cli {

namespace {

std::optional<QString> readLine(FILE *input)
{
    QByteArray line;
    int ch = 0;
    while ((ch = std::fgetc(input)) != EOF && ch != '\n')
        line.append(char(ch));
    if (ch == EOF && line.isEmpty())
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

std::optional<QString> readHidden(const QString &prompt)
{
    std::fputs(qPrintable(prompt), stderr);
    std::fflush(stderr);
    termios saved {};
    const bool tty = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (tty) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    auto line = readLine(stdin);
    if (tty)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    return line;
}

} // namespace

std::optional<QString> readSecret(const QString &prompt, bool confirm, QString &error)
{
    if (!::isatty(STDIN_FILENO)) {
        auto line = readLine(stdin);
        if (!line)
            error = CliText::tr("no password on standard input");
        return line;
    }
    auto first = readHidden(prompt);
    if (!first) {
        error = CliText::tr("no password entered");
        return std::nullopt;
    }
    if (confirm) {
        auto second = readHidden(CliText::tr("Repeat: "));
        if (!second || *second != *first) {
            error = CliText::tr("the two passwords differ");
            return std::nullopt;
        }
    }
    return first;
}

} // namespace Doorstep::Ui::Cli
