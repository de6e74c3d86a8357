#include "ui/models/tlsmode.h"

namespace Doorstep::Ui::Models {

using namespace Qt::StringLiterals;

namespace {
constexpr int kSmtpPort = 25;
constexpr int kSubmissionsPort = 465;
} // namespace

QStringList TlsMode::all()
{
    return {u"opportunistic"_s, u"required"_s, u"verify"_s, u"implicit"_s};
}

QString TlsMode::label(const QString &mode)
{
    if (mode == u"opportunistic"_s)
        //: TLS mode: encrypt with STARTTLS when the server offers it
        return tr("Encrypt when offered");
    if (mode == u"required"_s)
        //: TLS mode: STARTTLS required, never in the clear
        return tr("Always encrypt");
    if (mode == u"verify"_s)
        //: TLS mode: STARTTLS required and the server's certificate checked
        return tr("Always encrypt, check certificate");
    if (mode == u"implicit"_s)
        //: TLS mode: TLS from the first byte, as on port 465
        return tr("Encrypted from the start (port 465)");
    return mode;
}

QString TlsMode::description(const QString &mode)
{
    if (mode == u"opportunistic"_s)
        return tr("Encrypts (STARTTLS) when the server offers it and sends in the clear otherwise; the certificate is not "
                  "checked. Works with every server.");
    if (mode == u"required"_s)
        return tr("Sends only after STARTTLS, never in the clear; the certificate is not checked. For providers' port 587.");
    if (mode == u"verify"_s)
        return tr("Sends only after STARTTLS, and only to a server whose certificate is valid for its name.");
    if (mode == u"implicit"_s)
        return tr("Speaks TLS from the first byte, as providers' port 465 (SMTPS) expects.");
    return {};
}

int TlsMode::usualPort(const QString &mode)
{
    return mode == u"implicit"_s ? kSubmissionsPort : kSmtpPort;
}

} // namespace Doorstep::Ui::Models
