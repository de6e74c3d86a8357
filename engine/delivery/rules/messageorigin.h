#pragma once

#include <optional>

#include <QByteArrayView>
#include <QHostAddress>
#include <QString>

namespace Doorstep::Delivery {

/**
 * Where a message came from, as far as its own header tells: the envelope sender from
 * Return-Path and the sending server from the topmost Received line this engine wrote
 * ("from HELO (NAME [ADDRESS]) ... by HOST (Doorstep) ..."). Received lines written by any
 * other server are not believed: anyone can write them. The dry run (Rules.Test) asks
 * greylisting about this origin.
 */
struct MessageOrigin
{
    /** Return-Path's address ("" for <> or when there is none). */
    QString sender;
    bool hasReturnPath = false;
    /** Set when a Received line of this engine names the client. */
    std::optional<QHostAddress> client;
    /** The client's forward-confirmed name in that line ("unknown" when it had none). */
    QString clientName;
    /** That line says the client logged in ("(authenticated sender)"). */
    bool authenticated = false;
    /** The newest line of this engine says a program on this computer handed it over (doorstep-sendmail). */
    bool local = false;

    /** Reads the header block of @p message (CRLF or LF lines). */
    static MessageOrigin of(QByteArrayView message);
};

} // namespace Doorstep::Delivery
