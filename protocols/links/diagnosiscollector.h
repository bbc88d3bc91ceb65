#pragma once

#include "diagnosisevidence.h"
#include "protocolid.h"
#include "sessionformat.h"

#include <QHash>
#include <QString>

#include <memory>

// Turns what the links saw into the evidence the "BMS communication fault" assistant reasons on
// (Diagnosis, core/): every event of a recording or of a live session's recorder (bytes sent and
// received on RS485, CAN frames), in time order, through the protocol's decoder, counting per
// link and per address what answered, what failed its checksum, what the master could not reach
// (Pylontech RTN 0x91), requests BankScope did not send, the bank's current around a loss, the
// firmware each pack reports, and whether the bytes that formed no frame decode once inverted
// (A/B swapped) or as another protocol. Only what the wire carries: a scenario's description is
// never read. Not a QObject; not thread-safe; memory bounded by the links and addresses seen.
class DiagnosisCollector
{
public:
    // `serialProtocol`: what the RS485 links are decoded as; CAN links are always Pylon CAN.
    explicit DiagnosisCollector(ProtocolId serialProtocol = ProtocolId::PylontechRs485);
    ~DiagnosisCollector();
    DiagnosisCollector(const DiagnosisCollector &) = delete;
    DiagnosisCollector &operator=(const DiagnosisCollector &) = delete;

    void feed(const SessionFormat::Event &event);
    // Another master BankScope heard and did not poll beside (a BusGuard decision), in words.
    void noteOtherMaster(const QString &description);
    // The observation ended at `endUs` (0: at the last event).
    DiagnosisEvidence finish(qint64 endUs = 0);

    quint64 events() const { return m_events; }

private:
    struct Link;
    Link &link(const QString &name, DiagnosisLink::Medium medium);

    ProtocolId m_protocol;
    QHash<QString, std::shared_ptr<Link>> m_links;
    QStringList m_order;
    QStringList m_otherMaster;
    qint64 m_firstUs = -1;
    qint64 m_lastUs = 0;
    quint64 m_events = 0;
};
