#pragma once

#include "bankmonitor.h"
#include "busscanner.h"
#include "canframe.h"
#include "clock.h"
#include "codecerror.h"
#include "decodedmessage.h"
#include "inverterview.h"
#include "linkactivity.h"
#include "loginference.h"
#include "packreading.h"
#include "replaylink.h"
#include "roledecision.h"
#include "sessionplan.h"
#include "sessionrecorder.h"
#include "streamdecoder.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class BusGuard;
class CanLink;
class DecodePipeline;
class LoopbackSource;

// The clock a session's BankMonitor runs on: the live clock, or while a recording is replayed
// the file time of its last event (a replay shows the recording's time, not the wall clock).
// GUI thread.
class SessionTimeline final : public Clock
{
public:
    explicit SessionTimeline(const Clock &live) : m_live(live) {}
    qint64 nowMs() const override { return nowUs() / 1000; }
    qint64 nowUs() const override { return m_fileUs >= 0 ? m_fileUs : m_live.nowUs(); }
    bool followsFile() const { return m_fileUs >= 0; }
    void setFileTimeUs(qint64 us) { m_fileUs = us; }
    void followLive() { m_fileUs = -1; }

private:
    const Clock &m_live;
    qint64 m_fileUs = -1;
};

// What every front end runs (DESIGN §3): built from a SessionPlan, it owns the links (serial ones
// through a BusGuard, so their role is auto by default: listen first, poll only a silent bus,
// stop the moment another master is heard; CAN plugin and SLCAN links only listen; recordings
// through a ReplayLink; a simulated bank handed in by app/ as a LoopbackSource), the decode
// pipelines, the poll schedulers and the recorder. It feeds its BankMonitor in batches (on a
// feed tick, never per frame) and reports every link's LinkStatus as data on a status tick.
//
// Ownership: the session OWNS its BankMonitor (monitor()), which runs on the session's timeline
// (live time, or a replay's file time) and lives as long as the session: a window built on it
// keeps working across stop() and start() with a new plan (Connect..., Disconnect). The
// LoopbackSource of a Simulated source is owned by whoever built it and must outlive the session.
//
// Wiring (window or command line):
//   slots    start(plan) -> bool, startScan(plan, settings) -> bool, stop(), startRecording(path) -> bool,
//            stopRecording(), pauseReplay(), resumeReplay(), setReplaySpeed(x), seekReplay(fileTimeUs),
//            restartReplay(), endReplay()
//   signals  statusChanged(QList<LinkStatus>) on every status tick; recordingChanged(bool, path);
//            replayFinished() once every recording of the plan has played to its end;
//            error(message) for what stops the whole plan (a recording file that cannot be
//            written, a plan without sources); started() / stopped().
//   detail   for front ends that print everything (bankscope-cli): roleDecided, noticed,
//            linkError, linkFailed, decoded, decodeFailed, replayLineError, replayGap, scanFinished,
//            and guard(i), canLink(i), replayLink(i), pipeline(i), replaySummary(i) for the
//            per-link statistics.
// A recording at speed 0 plays as fast as possible, streamed: the file is read a slice at a time
// (ReplayLink), every message goes out through decoded() as it is decoded and nothing is kept per
// message, so a week-long log replays in the memory of a short one (bankscope-cli replay --fast).
// Scan (startScan): the plan's serial source probes its protocol's address range (BusScanner)
// instead of polling, only once its role allows it (a silent bus after the listen window, or
// --poll on a silent bus); beside another master, or asked to listen, nothing is probed and the
// scan ends with what was heard (guard(i)->heard()).
// A link that cannot be opened does not stop the others: its status is Failed with errorText and
// nextStep in plain words (permission -> the dialout group, busy -> the programs holding the port,
// missing -> check the cable). A replugged USB adapter is found again by its stable identity
// (SerialPorts::identityOf / findByIdentity, in the by-id directory set by setByIdDirectory).
// GUI thread.
class BankSession : public QObject
{
    Q_OBJECT

public:
    // `live` stamps every byte and frame (links, recorder); it must outlive the session.
    explicit BankSession(const Clock &live, QObject *parent = nullptr);
    ~BankSession() override;

    BankMonitor &monitor() { return m_monitor; }
    const BankMonitor &monitor() const { return m_monitor; }
    // The monitor's clock: live, or the file time of a replay.
    const SessionTimeline &timeline() const { return m_timeline; }
    // The Links page's data: the simulated bank's own activity while the plan is a simulated
    // bank, else the session's (filled from every live link and replay).
    const LinkActivity &activity() const;

    // A simulated bank for the plan's Simulated source (demo, scenario); not owned.
    void setLoopback(LoopbackSource *source) { m_loopback = source; }
    // Where stable adapter names live (default /dev/serial/by-id); a test points it elsewhere.
    void setByIdDirectory(const QString &dir) { m_byIdDir = dir; }
    QString byIdDirectory() const { return m_byIdDir; }
    void setStatusIntervalMs(int ms);       // default 250
    void setFeedIntervalMs(int ms);         // default 200
    // Bytes for this long and not one valid frame: bytesWithoutFrames (wrong baud or protocol).
    void setBytesWithoutFramesAfterMs(int ms) { m_noFramesAfterMs = ms; } // default 3000
    void setRecordingNote(const QString &note) { m_recordNote = note; }
    // Recordings: silences longer than this (seconds of recording) are skipped at once (0: never).
    void setReplaySkipGapsLongerThan(double seconds) { m_skipGapsS = seconds; }

    // What a recording source has played so far: what bankscope-cli replay prints at the end.
    struct ReplaySummary
    {
        ReplayLink::Stats link;         // events, gaps, bus error frames, other lines
        StreamDecoder::Stats decoding;  // every recorded link's pipeline together
        quint64 ignoredEvents = 0;      // serial events without a protocol to decode them
        quint64 badLines = 0;
        qint64 lastUs = 0;              // file time of the last event
        BankConfig config;              // the bank file's packs, or every address seen so far
        QList<PackReading> readings;    // bank order
        std::optional<InverterView> observed;
        std::optional<LogInference::Verdict> inferred; // the plan named no protocol: what the file was found to hold
    };
    ReplaySummary replaySummary(int index) const;
    bool isScanning() const { return m_scan.has_value(); }

    bool isRunning() const { return m_running; }
    const SessionPlan &plan() const { return m_plan; }
    QList<LinkStatus> statuses() const;
    LinkStatus status(int index) const;
    int linkCount() const { return int(m_sources.size()); }
    QString linkName(int index) const;
    BusGuard *guard(int index) const;
    CanLink *canLink(int index) const;
    ReplayLink *replayLink(int index) const;
    DecodePipeline *pipeline(int index) const; // the first (a replay has one per recorded link)
    bool isRecording() const { return m_recorder.isOpen(); }
    QString recordingPath() const { return m_recordPath; }
    quint64 recordedEvents() const { return m_recorder.events(); }

    // The name a link gets from its device ("ttyUSB0", "can0", the recording's file name).
    static QString nameFor(const SessionSource &source);

public Q_SLOTS:
    // Stops what runs, then opens every source of the plan. False (and error()) only when the
    // plan cannot run at all: no sources, a Simulated source without a loopback, a recording file
    // that cannot be written. A link that fails to open is reported in its status; the others run.
    bool start(const SessionPlan &plan);
    // start() in scan mode (see the class comment): the plan's first source must be a serial one
    // whose protocol has addresses to scan. scanFinished() says when it is over.
    bool startScan(const SessionPlan &plan, const BusScanner::Settings &settings);
    void stop();
    bool startRecording(const QString &path);
    void stopRecording();
    void pauseReplay();
    void resumeReplay();
    bool setReplaySpeed(double speed); // 1.0, 10.0, 0 = as fast as possible
    bool seekReplay(qint64 fileTimeUs);
    bool restartReplay();
    // Every recording stops where it is: its pipelines say their last words (decoded), the
    // monitor is fed, replayFinished() follows (a replay interrupted by Ctrl+C).
    void endReplay();
    // Feeds the monitor and emits statusChanged now (also done on the ticks).
    void flush();

Q_SIGNALS:
    void started();
    void stopped();
    void statusChanged(const QList<LinkStatus> &statuses);
    void recordingChanged(bool recording, const QString &path);
    void replayFinished();
    void error(const QString &message);
    // Detail for the command line (the window reads statuses instead).
    void roleDecided(const QString &link, const RoleDecision &decision);
    void noticed(const QString &link, const LinkNotice &notice);
    void linkError(const QString &link, LinkError error, const QString &message);
    void linkFailed(const QString &link, const QString &message); // a link gave up (status Failed)
    void decoded(const QString &link, const DecodedMessage &message, qint64 atUs);
    void decodeFailed(const QString &link, ProtocolId protocol, const QString &error, qint64 atUs, CodecError::Kind kind);
    void replayLineError(const QString &link, qint64 line, const QString &message);
    // A silence in a recording (ReplayLink::gap): announced before it is waited out, or skipped.
    void replayGap(const QString &link, qint64 fromUs, qint64 toUs, qint64 line, bool skipped);
    // Scan mode, once per plan: the addresses probed (empty when nothing could be probed: another
    // master on the bus, or listen asked for); stopped: another master appeared mid-scan.
    void scanFinished(const QString &link, const QList<BusScanner::Result> &results, bool stopped);
    // After every batch handed to the monitor.
    void fed();

private:
    struct Source;

    bool openSerial(Source &s);
    bool openCan(Source &s);
    bool openReplay(Source &s);
    bool openSimulated(Source &s);
    bool openPlan(const SessionPlan &plan);
    DecodePipeline *addPipeline(Source &s, ProtocolId protocol, const QString &link);
    DecodePipeline *pipelineFor(Source &s, const QString &link, ProtocolId protocol);
    void onDecoded(Source &s, const QString &link, const DecodedMessage &m, qint64 atUs);
    void onReplayFinished(Source &s);
    void finishScan(Source &s, const QList<BusScanner::Result> &results, bool stopped);
    void setFailed(Source &s, LinkError error, const QString &detail);
    void describeProblem(Source &s, LinkError error, const QString &detail);
    void feedMonitor();
    void emitStatus();
    LinkStatus statusOf(const Source &s) const;
    BankConfig monitorConfig() const;
    void recordSerial(const QString &link, bool sent, const QByteArray &bytes, qint64 atUs);
    void recordCan(const QString &link, const CanFrameData &frame, qint64 atUs);

    const Clock &m_live;
    SessionTimeline m_timeline;
    BankMonitor m_monitor;
    LinkActivity m_activity;
    LoopbackSource *m_loopback = nullptr;
    QString m_byIdDir;
    SessionPlan m_plan;
    std::vector<std::unique_ptr<Source>> m_sources;
    SessionRecorder m_recorder;
    QString m_recordPath;
    QString m_recordNote;
    QTimer m_statusTimer;
    QTimer m_feedTimer;
    QElapsedTimer m_elapsed;
    int m_noFramesAfterMs = 3000;
    double m_skipGapsS = 0.0;
    std::optional<BusScanner::Settings> m_scan; // scan mode (startScan)
    bool m_running = false;
    bool m_dirty = false;
    bool m_replayFinishedSaid = false;
};
