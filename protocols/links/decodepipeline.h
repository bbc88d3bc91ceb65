#pragma once

#include "bankobserver.h"
#include "streamdecoder.h"

#include <QObject>
#include <QTimer>

class SerialLink;

// What happens to traffic after a link, live or replayed: the StreamDecoder (framing, pairing,
// decoding) and the BankObserver (readings, observed inverter view). Serial bytes of both
// directions go in in time order; CAN frames one by one, with the dialect re-detected from
// what has been seen. Frames of other devices (foreign CAN ids) and undocumented ids are
// decoded and counted but never reach the bank picture; fragments (pieces of frames cut by the
// start or end of a capture) are counted apart from corrupt frames. GUI (or any one) thread.
class DecodePipeline : public QObject
{
    Q_OBJECT

public:
    DecodePipeline(ProtocolId protocol, const BankConfig &config, const QString &link, QObject *parent = nullptr);

    void feedSerial(const QByteArray &bytes, qint64 atUs);
    void feedCan(const CanFrameData &frame, qint64 atUs);
    // The line went quiet: complete whatever can be completed.
    void flush(qint64 atUs);
    // Pins the CAN dialect (otherwise detected).
    void setDialect(PylonCan::Dialect dialect);

    const BankObserver &observer() const { return m_observer; }
    // Peer-to-peer: this link's CAN broadcasts are one pack's own BMS (BankObserver).
    void setBroadcastPack(const QString &packId) { m_observer.setBroadcastPack(packId); }
    StreamDecoder::Stats stats() const { return m_stream.stats(); }
    PylonCan::Dialect dialect() const { return m_stream.dialect(); }

    // Listens to a serial link passively: received bytes are decoded, and a quiet line
    // (idleMs without bytes) flushes a pending JK record.
    void attach(SerialLink *link, int idleMs = 50);

Q_SIGNALS:
    void decoded(const DecodedMessage &message, qint64 atUs);
    // A unit that did not decode; kind Fragment: a piece of a frame cut by the capture's start
    // or end, not a corrupt frame (stats() counts the two apart).
    void failed(const QString &error, const QByteArray &raw, qint64 atUs, CodecError::Kind kind);
    void packsUpdated(const QStringList &packIds);

private:
    void emitItems(const QList<StreamDecoder::Item> &items, qint64 atUs);
    void emitItem(const StreamDecoder::Item &item, qint64 atUs, QStringList &updated);

    StreamDecoder m_stream;
    BankObserver m_observer;
    QList<CanFrameData> m_sample;
    bool m_dialectPinned = false;
    QTimer m_idle;
    qint64 m_lastUs = 0;
};
