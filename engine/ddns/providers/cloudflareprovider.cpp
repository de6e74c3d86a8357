#include "engine/ddns/providers/cloudflareprovider.h"

#include <memory>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace Doorstep::Ddns {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {
// Cloudflare's error codes for a token that is invalid, expired or lacks the permission.
bool isCredentialError(int code)
{
    return code == 9109 || code == 10000 || code == 10001 || code == 9106 || code == 9103 || code == 6003 || code == 6111;
}

UpdateOutcome outcomeOf(const Error &error)
{
    if (error.code == Core::ErrorCode::Failed)
        return UpdateOutcome::retryLater(error.message + u" Will try again later."_s);
    return UpdateOutcome::stop(error.message);
}
} // namespace

CloudflareProvider::CloudflareProvider(ProviderSettings settings, HttpClient &http)
    : DdnsProvider(std::move(settings))
    , m_http(http)
{
}

QString CloudflareProvider::missingSettings() const
{
    if (QString why = requireSetting(m_settings.domain, u"ddns.domain"_s, u"Cloudflare needs the zone (your domain)"_s); !why.isNull())
        return why;
    return requireSetting(m_settings.password, u"ddns.password"_s, u"Cloudflare needs an API token with the Zone.DNS edit permission"_s);
}

Result<QJsonValue> CloudflareProvider::resultOf(const Result<HttpClient::Response> &response)
{
    if (!response)
        return response.error();
    const QJsonObject reply = QJsonDocument::fromJson(response->body).object();
    if (reply.isEmpty()) {
        if (response->status == 401 || response->status == 403)
            return Error::accessDenied(u"Cloudflare refused the API token (HTTP %1): check ddns.password."_s.arg(response->status));
        return Error::failed(u"Cloudflare answered HTTP %1 without a JSON reply."_s.arg(response->status));
    }
    if (reply.value(u"success"_s).toBool() && response->status < 300)
        return reply.value(u"result"_s);
    QStringList sentences;
    bool credentials = response->status == 401 || response->status == 403;
    for (const QJsonValue &e : reply.value(u"errors"_s).toArray()) {
        const int code = e.toObject().value(u"code"_s).toInt();
        credentials = credentials || isCredentialError(code);
        sentences << u"%1 (code %2)"_s.arg(e.toObject().value(u"message"_s).toString()).arg(code);
    }
    const QString why = sentences.isEmpty() ? u"HTTP %1"_s.arg(response->status) : sentences.join(u"; "_s);
    if (credentials)
        return Error::accessDenied(u"Cloudflare refused the API token: %1. Check ddns.password and the token's Zone.DNS edit permission."_s.arg(why));
    if (response->status >= 500)
        return Error::failed(u"Cloudflare failed: %1."_s.arg(why));
    return Error::invalidArgument(u"Cloudflare refused the request: %1."_s.arg(why));
}

void CloudflareProvider::call(const QByteArray &method, const QString &path, const QList<std::pair<QString, QString>> &query,
                              const QByteArray &body, QObject *context, JsonDone done)
{
    QUrl url = m_settings.url(QString(kDefaultEndpoint), path);
    QUrlQuery q;
    for (const auto &[name, value] : query)
        q.addQueryItem(name, value);
    url.setQuery(q);
    HttpClient::Request request;
    request.method = method;
    request.url = url;
    request.body = body;
    request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + m_settings.password.toUtf8()});
    if (!body.isEmpty())
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    m_http.send(request, context, [done](Result<HttpClient::Response> response) { done(resultOf(response)); });
}

void CloudflareProvider::findZone(QObject *context, std::function<void(Result<QString>)> done)
{
    const QString domain = m_settings.domain.toLower();
    call("GET", u"/zones"_s, {{u"name"_s, domain}}, {}, context, [done, domain](Result<QJsonValue> result) {
        if (!result) {
            done(result.error());
            return;
        }
        const QString id = result->toArray().at(0).toObject().value(u"id"_s).toString();
        if (id.isEmpty())
            done(Error::notFound(u"Cloudflare has no zone '%1' that this token can see: check ddns.domain and the token's zone resources."_s.arg(domain)));
        else
            done(id);
    });
}

void CloudflareProvider::setRecord(const QString &zone, const QString &type, const QString &content, QObject *context,
                                   std::function<void(Result<QString>)> done)
{
    const QString fqdn = m_settings.fqdn();
    const QString records = u"/zones/%1/dns_records"_s.arg(zone);
    call("GET", records, {{u"type"_s, type}, {u"name"_s, fqdn}}, {}, context,
         [this, context, done, records, type, content, fqdn](Result<QJsonValue> found) {
             if (!found) {
                 done(found.error());
                 return;
             }
             const QJsonObject existing = found->toArray().at(0).toObject();
             if (existing.value(u"content"_s).toString() == content) {
                 done(u"%1 %2 was already %3"_s.arg(fqdn, type, content));
                 return;
             }
             const QString id = existing.value(u"id"_s).toString();
             const QJsonObject change = id.isEmpty()
                                            ? QJsonObject{{u"type"_s, type}, {u"name"_s, fqdn}, {u"content"_s, content}, {u"ttl"_s, 1}, {u"proxied"_s, false}}
                                            : QJsonObject{{u"content"_s, content}};
             const QByteArray body = QJsonDocument(change).toJson(QJsonDocument::Compact);
             const QString sentence = u"%1 %2 is now %3"_s.arg(fqdn, type, content);
             call(id.isEmpty() ? "POST" : "PATCH", id.isEmpty() ? records : records + u'/' + id, {}, body, context,
                  [done, sentence](Result<QJsonValue> changed) {
                      if (!changed)
                          done(changed.error());
                      else
                          done(sentence);
                  });
         });
}

void CloudflareProvider::update(const PublicAddresses &addresses, QObject *context, Done done)
{
    findZone(context, [this, addresses, context, done](Result<QString> zone) {
        if (!zone) {
            done(outcomeOf(zone.error()));
            return;
        }
        // A, then AAAA: each only for a family the line has.
        auto sentences = std::make_shared<QStringList>();
        auto next = std::make_shared<std::function<void(int)>>();
        const QList<std::pair<QString, QHostAddress>> wanted{{u"A"_s, addresses.v4}, {u"AAAA"_s, addresses.v6}};
        *next = [this, zone = *zone, wanted, context, done, sentences, next](int index) {
            while (index < wanted.size() && wanted[index].second.isNull())
                ++index;
            if (index >= wanted.size()) {
                done(UpdateOutcome::ok(u"Cloudflare: %1."_s.arg(sentences->join(u"; "_s))));
                *next = nullptr; // breaks the cycle of the shared function
                return;
            }
            setRecord(zone, wanted[index].first, wanted[index].second.toString(), context,
                      [done, sentences, next, index](Result<QString> set) {
                          if (!set) {
                              done(outcomeOf(set.error()));
                              *next = nullptr;
                              return;
                          }
                          *sentences << *set;
                          (*next)(index + 1);
                      });
        };
        (*next)(0);
    });
}

void CloudflareProvider::publishTxt(const QString &name, const QString &value, QObject *context, std::function<void(Result<void>)> done)
{
    findZone(context, [this, name, value, context, done](Result<QString> zone) {
        if (!zone) {
            done(zone.error());
            return;
        }
        const QByteArray body = QJsonDocument(QJsonObject{{u"type"_s, u"TXT"_s}, {u"name"_s, name}, {u"content"_s, value}, {u"ttl"_s, 60}})
                                    .toJson(QJsonDocument::Compact);
        call("POST", u"/zones/%1/dns_records"_s.arg(*zone), {}, body, context, [done](Result<QJsonValue> made) {
            if (!made)
                done(made.error());
            else
                done({});
        });
    });
}

void CloudflareProvider::removeTxt(const QString &name, const QString &value, QObject *context, std::function<void(Result<void>)> done)
{
    findZone(context, [this, name, value, context, done](Result<QString> zone) {
        if (!zone) {
            done(zone.error());
            return;
        }
        const QString records = u"/zones/%1/dns_records"_s.arg(*zone);
        call("GET", records, {{u"type"_s, u"TXT"_s}, {u"name"_s, name}}, {}, context,
             [this, records, name, value, context, done](Result<QJsonValue> found) {
                 if (!found) {
                     done(found.error());
                     return;
                 }
                 QString id;
                 for (const QJsonValue &record : found->toArray()) {
                     // Cloudflare may show TXT content with or without its quotes.
                     QString content = record.toObject().value(u"content"_s).toString();
                     if (content.size() >= 2 && content.startsWith(u'"') && content.endsWith(u'"'))
                         content = content.mid(1, content.size() - 2);
                     if (content == value)
                         id = record.toObject().value(u"id"_s).toString();
                 }
                 if (id.isEmpty()) {
                     done(Error::notFound(u"Cloudflare has no TXT record '%1' at %2."_s.arg(value, name)));
                     return;
                 }
                 call("DELETE", records + u'/' + id, {}, {}, context, [done](Result<QJsonValue> removed) {
                     if (!removed)
                         done(removed.error());
                     else
                         done({});
                 });
             });
    });
}

} // namespace Doorstep::Ddns
