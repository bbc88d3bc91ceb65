#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the links saw, protocol-neutral, for the "BMS communication fault" assistant (Diagnosis).
// Filled by protocols/links' DiagnosisCollector from a recording or a live session, by hand in
// tests. Times are seconds from the start of what was observed. Counts are of what arrived,
// nothing inferred: the reasoning (Diagnosis) draws the conclusions. Plain values; any thread.

// One bus address as the traffic showed it.
struct DiagnosisAddress
{
    int address = -1;
    quint64 requests = 0;    // requests to it, sent or heard
    quint64 answers = 0;     // valid answers from it (RTN 0)
    quint64 errors = 0;      // answers to it that failed their checksum, length or layout
    quint64 unreachable = 0; // its master answered "cannot reach it" (Pylontech RTN 0x91)
    quint64 requestsHeard = 0; // requests to it that BankScope did not send (the inverter's, on a listen link)
    QString firmware;        // the last main-line version it reported (Pylontech 0x96)
    std::optional<double> lastAnswerS;
    // It stopped answering for good while still asked (valid answers before, none to the end).
    std::optional<double> lostAtS;
    // Around the loss, from the whole-group answers: its own current in the last one before,
    // the current the rest of the bank carried just before and just after (A, + = charge), and
    // for how long before the loss its current had been below 1 A.
    std::optional<double> currentBeforeA;
    std::optional<double> othersBeforeA;
    std::optional<double> othersAfterA;
    std::optional<double> restBeforeS;
    bool operator==(const DiagnosisAddress &o) const = default;
};

// One CAN identifier of the bank's as a link heard it.
struct DiagnosisCanId
{
    quint32 id = 0;
    quint64 count = 0;
    double maxGapS = 0.0;
    double minGapS = 0.0;
    double sinceLastS = 0.0; // from its last frame to the end of the observation
    bool operator==(const DiagnosisCanId &o) const = default;
};

// One link (a serial port or a CAN interface) as the traffic showed it.
struct DiagnosisLink
{
    enum class Medium { Serial, Can };

    QString link;
    Medium medium = Medium::Serial;
    QString protocol;         // "pylontech-rs485", "jk-pb", "pylon-can" ...
    bool transmitted = false; // BankScope sent requests on it (it polled)
    double durationS = 0.0;

    // Serial.
    quint64 bytesReceived = 0;
    quint64 bytesSent = 0;
    quint64 frames = 0;           // valid units from the bank (answers, records, broadcasts)
    quint64 badFrames = 0;        // units that failed a checksum, a length or their layout
    quint64 discardedBytes = 0;   // bytes outside any frame
    quint64 framesIfInverted = 0; // units that decode once every received byte is inverted (A and B swapped)
    quint64 breakBytes = 0;       // NUL bytes received outside frames (breaks: a line read with A and B swapped)
    quint64 requestsHeard = 0;    // requests received that BankScope did not send (another poller)
    int burstsWithoutFrames = 0;  // arrivals of bytes that formed no frame
    bool burstsPeriodic = false;  // ... at a poller's steady cadence
    QString otherProtocol;        // another protocol the received bytes decode as (the wrong one chosen)
    quint64 otherProtocolRequests = 0; // ... of them, requests (a master asking in that protocol)
    quint64 otherProtocolAnswers = 0;  // ... of them, answers, records or broadcasts (a bank speaking it)
    quint64 rejected = 0;         // answers with an error return code: the bank understood a request it does not serve
    std::optional<double> answersStoppedAtS; // the bank stopped answering while still asked
    std::optional<double> restBeforeStopS;   // the bank's current had been below 1 A this long before
    std::optional<int> masterAddress;        // the address whole-group requests go to
    QList<DiagnosisAddress> addresses;
    // Whole-group answers the master still gave after it stopped answering for its own address
    // (timeouts, RTN 0x91 or corrupt answers there): its slaves' data through it, its own gone.
    quint64 groupAnswersWithoutMaster = 0;

    // CAN.
    quint64 bmsFrames = 0;      // a battery's frames (0x351-0x35F, 0x370-0x382)
    quint64 inverterFrames = 0; // an inverter's or GX's (0x305-0x307)
    quint64 conflictingFrames = 0; // one ID with two different payloads within half a cycle: two senders
    QList<DiagnosisCanId> canIds;  // the bank's identifiers heard, ascending

    const DiagnosisAddress *address(int a) const
    {
        for (const DiagnosisAddress &e : addresses)
            if (e.address == a)
                return &e;
        return nullptr;
    }
    bool operator==(const DiagnosisLink &o) const = default;
};

// A check the technician made by hand, and what they found (the window records them; the plan
// keeps them: CommissioningPlan::diagnosisChecks).
struct ManualFinding
{
    QString check;   // DiagnosisChecks code
    QString outcome; // one of the check's outcomes; empty when not done
    QString note;
    QString at;       // ISO 8601, when it was recorded; empty: not known
    bool done = true; // false: the technician could not make it (the note says why); rules nothing in or out
    bool operator==(const ManualFinding &o) const = default;
};

// On a link that only listened where the inverter's BMS cable runs, what the plan's inverter needs
// by its catalogue profile and did not get (CommissioningChecks::inverterAcceptance's results that
// failed, as the check's code and arguments: "frame-missing", "keepalive-absent",
// "inverter-polls-unplanned" ...). Filled by DiagnosisInverterSide where a plan is given.
struct DiagnosisInverterFinding
{
    QString link;
    QString code;
    QStringList args;
    bool documented = true; // the profile's fact is documented (else second-hand or uncertain)
    bool operator==(const DiagnosisInverterFinding &o) const = default;
};

struct DiagnosisEvidence
{
    QList<DiagnosisLink> links;
    QList<DiagnosisInverterFinding> inverterSide;
    QList<ManualFinding> manual;
    // Another master BankScope heard and therefore did not poll beside (the BusGuard's decision):
    // its description as data (address, what it asks, how often), empty when none.
    QStringList otherMasterHeard;
    // From the plan, where one was given: the inverter and the battery type it must be set to.
    QString planInverter;
    QString planBatteryType;

    const ManualFinding *finding(const QString &check) const
    {
        for (auto it = manual.crbegin(); it != manual.crend(); ++it)
            if (it->check == check)
                return &*it;
        return nullptr;
    }
};
