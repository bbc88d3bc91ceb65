#pragma once

// What a bus scan will give the verification source once the BankSession runs one: each
// Pylontech module's serial number, asked at its address with 0x93 over the real framing and
// answered by the simulated bank (wiring faults and collisions included), decoded by the codec.
// The window's loopback today asks for no serial numbers; the tests feed these through
// MonitorVerificationSource::setIdentityProvider.

#include "loopbackbank.h"
#include "monitorverificationsource.h"
#include "pylontechframe.h"
#include "pylontechmessages.h"

inline QList<PackIdentity> scanSerials(LoopbackBank &bank)
{
    QList<PackIdentity> out;
    SimBank &sim = bank.bank();
    if (sim.scenario().protocol != QLatin1String("pylontech-rs485"))
        return out; // only Pylontech modules answer 0x93 with their serial number
    for (const PackConfig &p : bank.config().packs) {
        const QByteArray request = PylontechFrameCodec::encode(Pylontech::request(Pylontech::Cid2::SerialNumber, quint8(p.address)));
        const QByteArray answer = sim.respond(sim.receive(request));
        if (answer.isEmpty())
            continue;
        const auto frame = PylontechFrameCodec::decode(answer.trimmed());
        if (!frame)
            continue; // a collision or noise: no identity from this address
        const auto message = Pylontech::describe(*frame, Pylontech::Cid2::SerialNumber);
        if (!message || message->info.serial.isEmpty())
            continue;
        out.append(PackIdentity{p.address, message->info.serial, message->info.model, message->info.firmware});
    }
    return out;
}
