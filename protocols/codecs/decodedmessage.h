#pragma once

#include "protocolid.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

// The protocol-neutral picture of one decoded frame: what `bankscope-cli decode` prints and
// what the mapping to PackReading / InverterView consumes. Units: V, A (+ = charge), Ah, %,
// mV, degrees C. Limits are magnitudes whatever sign the wire uses.
struct DecodedPack
{
    std::optional<int> address;
    QList<int> cellsMv;
    QList<double> tempsC;
    std::optional<double> currentA;
    std::optional<double> voltageV;
    std::optional<double> remainingAh;
    std::optional<double> fullAh;
    std::optional<int> cycles;
    std::optional<double> socPct;
    std::optional<double> sohPct;
    QStringList alarms;   // protections active on this pack (core fault names where one fits)
    QStringList warnings;
};

struct DecodedBank
{
    std::optional<double> socPct;
    std::optional<double> sohPct;
    std::optional<double> voltageV;
    std::optional<double> currentA;
    std::optional<double> tempC;
    std::optional<int> modules;
    std::optional<double> cellMinMv;
    std::optional<double> cellMaxMv;
    bool isEmpty() const
    {
        return !socPct && !sohPct && !voltageV && !currentA && !tempC && !modules && !cellMinMv && !cellMaxMv;
    }
};

struct DecodedLimits
{
    std::optional<double> cvlV;
    std::optional<double> dvlV;
    std::optional<double> cclA;
    std::optional<double> dclA;
    bool isEmpty() const { return !cvlV && !dvlV && !cclA && !dclA; }
};

struct DecodedStatus
{
    std::optional<bool> chargeEnabled;
    std::optional<bool> dischargeEnabled;
    std::optional<bool> forceCharge;
    bool isEmpty() const { return !chargeEnabled && !dischargeEnabled && !forceCharge; }
};

struct DecodedInfo
{
    QString model;
    QString firmware;
    QString manufacturer;
    QString serial;
    bool isEmpty() const { return model.isEmpty() && firmware.isEmpty() && manufacturer.isEmpty() && serial.isEmpty(); }
};

struct DecodedMessage
{
    ProtocolId protocol = ProtocolId::PylontechRs485;
    QString message;                 // e.g. "analog-values", "limits", "status-record"
    QString direction;               // "request", "response", "broadcast", "heartbeat"
    std::optional<int> address;
    std::optional<int> returnCode;
    QList<DecodedPack> packs;
    DecodedBank bank;
    DecodedLimits limits;
    DecodedStatus status;
    bool carriesAlarms = false;      // the message has alarm fields (an empty list then means "none")
    QStringList alarms;              // bank-level protections
    QStringList warnings;            // bank-level warnings
    DecodedInfo info;
    QVariantMap fields;              // every other decoded field, by name
    // Layout known only from third-party implementations (fact sheet [2nd] / [?]).
    bool unverified = false;
    // CAN: an id in the protocol's own range whose contents no public source documents (the raw
    // bytes are kept in fields.raw_hex), or an id the protocol does not define at all (another
    // device on the same bus: an inverter's own protocol, a J1939 node). Neither is a failure;
    // both are counted (StreamDecoder::Stats) and neither feeds the bank picture.
    bool undocumented = false;
    bool foreign = false;
    // Set by StreamDecoder on a description it reuses for a frame repeated unchanged: two
    // messages with the same non-zero key are equal, so their JSON text can be reused too
    // (DecodedJson::RenderCache). Zero for every other message. Not part of the schema.
    quint64 renderKey = 0;
};

namespace DecodedJson {
// The `bankscope-cli decode` schema (README). Keys a message does not carry are omitted.
QJsonObject toJson(const DecodedMessage &message);
QJsonObject error(ProtocolId protocol, const QString &message);

// What a front end adds beside a message: the input line it came from, the link and the time.
struct Extra
{
    qint64 line = 0;     // 0: none
    QStringView link;    // empty: none
    qint64 timeUs = -1;  // < 0: none
};
// The same objects written straight as compact JSON text into `out` (appended, one object, no
// newline): no document object, no allocation once `out` has grown. Keys in the order
// QJsonDocument writes them (sorted), so the text equals toJson()'s in meaning and in order.
void write(QByteArray &out, const DecodedMessage &message, const Extra &extra = {});

// The text of messages with a renderKey, kept for the next message with the same key (64 of
// them): a BMS repeats most of its frame set unchanged every second. One per output stream.
class RenderCache
{
public:
    RenderCache();
    ~RenderCache();
    RenderCache(const RenderCache &) = delete;
    RenderCache &operator=(const RenderCache &) = delete;

private:
    friend void write(QByteArray &, const DecodedMessage &, const Extra &, RenderCache *);
    struct Entry;
    Entry *m_entries;
};
// As write(), taking the text from `cache` when the message's renderKey is there.
void write(QByteArray &out, const DecodedMessage &message, const Extra &extra, RenderCache *cache);
void writeError(QByteArray &out, ProtocolId protocol, QStringView error, const Extra &extra = {}, bool fragment = false);
} // namespace DecodedJson
