#pragma once

#include "canframe.h"

#include <QByteArray>
#include <QObject>
#include <QSerialPort>
#include <QTimer>

#include <optional>

// An SLCAN (Lawicel ASCII) CAN adapter on a serial port (CANable, USBtin and clones; Qt 6.4 has
// no SLCAN plugin): its set-up dialogue, its lines turned into frames, and frames sent (normal
// mode only). Silent mode, for everything that does not emulate: 'C' (close the channel, any
// answer), 'V' (version, logged), the bit rate 'Sn', then 'L' (Lawicel listen-only); only when
// 'L' is refused (BEL), 'M1' then 'O' (the CANable 2.0 firmware's silent mode; on other
// firmware 'M' sets an acceptance code, so it is never tried first). Every answer is checked:
// CR accepted, BEL refused, no answer within the timeout refused; an adapter that cannot be
// made silent fails with that reason and is never opened with a plain 'O'.
// Normal mode (emulation): 'C', 'Sn', 'O'. Two programs joined by a null-modem pair of ptys
// (the tests' "SLCAN cable") have no adapter to answer, so normal mode does not wait for answers
// unless asked to. GUI (or any one) thread; owns its QSerialPort.
class SlcanAdapter : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Silent, Normal };
    enum class SilentBy { None, ListenOnlyL, SilentM1 };

    struct Settings
    {
        QString portName;
        qint32 baudRate = 115200; // serial speed to the adapter
        int bitrate = 500000;     // CAN bit rate
        Mode mode = Mode::Silent;
        bool waitForAnswers = true; // always true in silent mode
        int answerTimeoutMs = 1000;
    };

    struct Stats
    {
        quint64 refused = 0;   // BEL answers after the set-up (the adapter reports an error)
        quint64 malformed = 0; // frame lines we cannot parse
        quint64 ignoredLines = 0; // lines during the set-up that are no answer
    };

    explicit SlcanAdapter(const Settings &settings, QObject *parent = nullptr);
    ~SlcanAdapter() override;

    // Opens the port and starts the set-up; ready() or setupFailed() follows. False with a
    // reason when the port cannot be opened or the bit rate has no SLCAN command.
    bool open(QString &error, bool &configurationError);
    void close();
    bool isReady() const { return m_step == Step::Ready; }
    SilentBy silentBy() const { return m_silentBy; }
    QString version() const { return m_version; }
    Stats stats() const { return m_stats; }
    // Normal mode only: false in silent mode (the adapter could not send anyway).
    bool sendFrame(const CanFrameData &frame);

    // "S6" for 500000, or empty if the bit rate has no SLCAN command.
    static QByteArray bitrateCommand(int bitrate);
    // One SLCAN line (without CR) into a frame; nullopt for non-frame lines.
    static std::optional<CanFrameData> parseLine(QByteArrayView line);
    static QByteArray formatFrame(const CanFrameData &frame);

Q_SIGNALS:
    void ready();
    void setupFailed(const QString &reason);
    void framesReceived(const QList<CanFrameData> &frames);
    void portLost(const QString &message);

private:
    enum class Step { Closed, CloseChannel, Version, Bitrate, ListenOnly, SilentMode, OpenChannel, Ready };
    enum class Answer { Ok, Refused, Version, NoAnswer };

    void send(Step step, const QByteArray &command);
    void onAnswer(Answer answer, const QByteArray &line);
    void fail(const QString &reason);
    void onBytes();
    static QByteArray commandOf(Step step, const QByteArray &bitrate);

    Settings m_settings;
    QSerialPort m_port;
    QTimer m_answerTimer;
    QByteArray m_bitrate;
    QByteArray m_buffer;
    Step m_step = Step::Closed;
    SilentBy m_silentBy = SilentBy::None;
    QString m_version;
    Stats m_stats;
};
