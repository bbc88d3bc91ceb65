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

    const DiagnosisAddress *address(int a) const
    {
        for (const DiagnosisAddress &e : addresses)
            if (e.address == a)
                return &e;
        return nullptr;
    }
    bool operator==(const DiagnosisLink &o) const = default;
};

// A check the technician made by hand, and what they found (the window records them).
struct ManualFinding
{
    QString check;   // DiagnosisChecks code
    QString outcome; // one of the check's outcomes
    QString note;
    bool operator==(const ManualFinding &o) const = default;
};

struct DiagnosisEvidence
{
    QList<DiagnosisLink> links;
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
