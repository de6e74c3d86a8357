// doorstep-sendmail: sendmail for programs; everything happens in Doorstep::Ui::Sendmail.

#include <QStringList>

#include <unistd.h>

#include "ui/sendmail/sendmail.h"

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return Doorstep::Ui::Sendmail::run(arguments, STDIN_FILENO);
}
