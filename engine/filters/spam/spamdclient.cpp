#include "engine/filters/spam/spamdclient.h"

#include "engine/filters/spam/spamdprotocol.h"
#include "engine/filters/spam/tcpexchange.h"

namespace Doorstep::Filters {

using namespace Qt::StringLiterals;

SpamdClient::SpamdClient(QObject *parent)
    : QObject(parent)
{
}

QString SpamdClient::name() const
{
    return u"spamd"_s;
}

void SpamdClient::score(const SpamRequest &request, const SpamOptions &options, std::function<void(SpamScore)> done)
{
    const QString what = u"spamd at %1:%2"_s.arg(options.host).arg(options.port);
    TcpExchange::start(this, options, what, SpamdProtocol::symbolsRequest(request.message), &SpamdProtocol::isComplete,
                       &SpamdProtocol::parseReply, std::move(done));
}

} // namespace Doorstep::Filters
