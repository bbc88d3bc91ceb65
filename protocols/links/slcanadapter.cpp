#include "slcanadapter.h"

#include "seriallink.h"

#include <QCoreApplication>

namespace {

bool isHex(QByteArrayView v)
{
    for (char c : v) {
        const bool hex = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
        if (!hex)
            return false;
    }
    return true;
}

bool isFrameLine(QByteArrayView line)
{
    return !line.isEmpty() && (line.front() == 't' || line.front() == 'T' || line.front() == 'r' || line.front() == 'R');
}

} // namespace

SlcanAdapter::SlcanAdapter(const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (m_settings.mode == Mode::Silent)
        m_settings.waitForAnswers = true; // silence is never assumed
    m_answerTimer.setSingleShot(true);
    connect(&m_answerTimer, &QTimer::timeout, this, [this] { onAnswer(Answer::NoAnswer, {}); });
    connect(&m_port, &QSerialPort::readyRead, this, &SlcanAdapter::onBytes);
    connect(&m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError e) {
        if (m_step != Step::Closed && SerialPortErrors::meansGone(e)) {
            const QString why = m_port.errorString();
            m_answerTimer.stop();
            m_port.close();
            m_step = Step::Closed;
            Q_EMIT portLost(QCoreApplication::translate("CanLink", "SLCAN adapter %1 went away (%2)").arg(m_settings.portName, why));
        }
    });
}

SlcanAdapter::~SlcanAdapter()
{
    close();
}

QByteArray SlcanAdapter::bitrateCommand(int bitrate)
{
    switch (bitrate) {
    case 10000:
        return "S0";
    case 20000:
        return "S1";
    case 50000:
        return "S2";
    case 100000:
        return "S3";
    case 125000:
        return "S4";
    case 250000:
        return "S5";
    case 500000:
        return "S6";
    case 800000:
        return "S7";
    case 1000000:
        return "S8";
    default:
        return {};
    }
}

std::optional<CanFrameData> SlcanAdapter::parseLine(QByteArrayView line)
{
    if (!isFrameLine(line))
        return std::nullopt;
    const char kind = line.front();
    const bool extended = kind == 'T' || kind == 'R';
    const bool remote = kind == 'r' || kind == 'R';
    const int idLen = extended ? 8 : 3;
    if (line.size() < 1 + idLen + 1 || !isHex(line.sliced(1, idLen)))
        return std::nullopt;
    const char dlcChar = line[1 + idLen];
    if (dlcChar < '0' || dlcChar > '8')
        return std::nullopt;
    const int dlc = dlcChar - '0';
    const qsizetype dataLen = remote ? 0 : 2 * dlc;
    const qsizetype base = 2 + idLen + dataLen;
    // Optional 4-digit time stamp (adapters in Z1 mode).
    if (line.size() != base && line.size() != base + 4)
        return std::nullopt;
    if (!isHex(line.sliced(2 + idLen)))
        return std::nullopt;
    CanFrameData f;
    f.id = QByteArray(line.sliced(1, idLen).toByteArray()).toUInt(nullptr, 16);
    f.extended = extended;
    f.remote = remote;
    if (!extended && f.id > 0x7FF)
        return std::nullopt;
    if (extended && f.id > 0x1FFFFFFF)
        return std::nullopt;
    // A remote request carries a length but no data: kept as that many zero bytes.
    f.data = remote ? QByteArray(dlc, '\0') : QByteArray::fromHex(line.sliced(2 + idLen, dataLen).toByteArray());
    return f;
}

QByteArray SlcanAdapter::formatFrame(const CanFrameData &f)
{
    QByteArray out;
    out += f.remote ? (f.extended ? 'R' : 'r') : (f.extended ? 'T' : 't');
    out += QByteArray::number(f.id, 16).toUpper().rightJustified(f.extended ? 8 : 3, '0');
    out += QByteArray::number(f.data.size());
    if (!f.remote)
        out += f.data.toHex().toUpper();
    return out + '\r';
}

QByteArray SlcanAdapter::commandOf(Step step, const QByteArray &bitrate)
{
    switch (step) {
    case Step::CloseChannel:
        return "C";
    case Step::Version:
        return "V";
    case Step::Bitrate:
        return bitrate;
    case Step::ListenOnly:
        return "L";
    case Step::SilentMode:
        return "M1";
    case Step::OpenChannel:
        return "O";
    case Step::Closed:
    case Step::Ready:
        break;
    }
    return {};
}

bool SlcanAdapter::open(QString &error, bool &configurationError)
{
    configurationError = false;
    m_bitrate = bitrateCommand(m_settings.bitrate);
    if (m_bitrate.isEmpty()) {
        configurationError = true;
        error = QCoreApplication::translate("CanLink", "SLCAN adapters have no setting for %1 bit/s").arg(m_settings.bitrate);
        return false;
    }
    m_port.setPortName(m_settings.portName);
    if (!m_port.open(QIODevice::ReadWrite)) {
        error = QCoreApplication::translate("CanLink", "cannot open SLCAN adapter %1: %2").arg(m_settings.portName, m_port.errorString());
        return false;
    }
    if (!m_port.setBaudRate(m_settings.baudRate) || !m_port.setDataBits(QSerialPort::Data8)
        || !m_port.setParity(QSerialPort::NoParity) || !m_port.setStopBits(QSerialPort::OneStop)
        || !m_port.setFlowControl(QSerialPort::NoFlowControl)) {
        configurationError = true;
        error = QCoreApplication::translate("CanLink", "%1 refused the serial settings: %2").arg(m_settings.portName, m_port.errorString());
        m_port.close();
        return false;
    }
    m_port.clear();
    m_buffer.clear();
    m_version.clear();
    m_silentBy = SilentBy::None;
    if (!m_settings.waitForAnswers) {
        // Normal mode without an adapter that answers (an SLCAN cable between two programs).
        m_port.write("C\r" + m_bitrate + "\rO\r");
        m_step = Step::Ready;
        QMetaObject::invokeMethod(this, &SlcanAdapter::ready, Qt::QueuedConnection);
        return true;
    }
    send(Step::CloseChannel, "C");
    return true;
}

void SlcanAdapter::close()
{
    m_answerTimer.stop();
    if (m_port.isOpen()) {
        // A transmitting channel is closed so the adapter stops sending; a silent one is left
        // silent (the safest state to leave an adapter on a live bus in).
        if (m_settings.mode == Mode::Normal && m_step == Step::Ready)
            m_port.write("C\r");
        m_port.flush();
        m_port.close();
    }
    m_step = Step::Closed;
}

bool SlcanAdapter::sendFrame(const CanFrameData &frame)
{
    if (m_settings.mode != Mode::Normal || m_step != Step::Ready)
        return false;
    return m_port.write(formatFrame(frame)) > 0;
}

void SlcanAdapter::send(Step step, const QByteArray &command)
{
    m_step = step;
    m_port.write(command + '\r');
    m_answerTimer.start(m_settings.answerTimeoutMs);
}

void SlcanAdapter::fail(const QString &reason)
{
    m_answerTimer.stop();
    m_port.close();
    m_step = Step::Closed;
    Q_EMIT setupFailed(reason);
}

void SlcanAdapter::onAnswer(Answer answer, const QByteArray &line)
{
    const QString command = QString::fromLatin1(commandOf(m_step, m_bitrate));
    auto refusedOrSilent = [&] {
        return answer == Answer::Refused
            ? QCoreApplication::translate("CanLink", "the adapter refused '%1'").arg(command)
            : QCoreApplication::translate("CanLink", "the adapter did not answer '%1'").arg(command);
    };
    m_answerTimer.stop();
    switch (m_step) {
    case Step::CloseChannel:
        // A closed channel refuses 'C' (BEL); an open one accepts it. Either is fine.
        send(Step::Version, "V");
        return;
    case Step::Version:
        if (answer == Answer::Version)
            m_version = QString::fromLatin1(line);
        send(Step::Bitrate, m_bitrate);
        return;
    case Step::Bitrate:
        if (answer != Answer::Ok) {
            fail(refusedOrSilent());
            return;
        }
        if (m_settings.mode == Mode::Silent)
            send(Step::ListenOnly, "L");
        else
            send(Step::OpenChannel, "O");
        return;
    case Step::ListenOnly:
        if (answer == Answer::Ok) {
            m_silentBy = SilentBy::ListenOnlyL;
            m_step = Step::Ready;
            Q_EMIT ready();
        } else if (answer == Answer::Refused) {
            send(Step::SilentMode, "M1");
        } else {
            // No answer at all: never guess, never fall back to a plain 'O'.
            fail(QCoreApplication::translate("CanLink", "%1; silent mode could not be set, so the adapter was not opened").arg(refusedOrSilent()));
        }
        return;
    case Step::SilentMode:
        if (answer != Answer::Ok) {
            fail(QCoreApplication::translate("CanLink", "the adapter refused listen-only 'L' and %1: it cannot be made silent, "
                                                        "so it was not opened")
                     .arg(answer == Answer::Refused ? QCoreApplication::translate("CanLink", "silent mode 'M1'")
                                                    : QCoreApplication::translate("CanLink", "did not answer 'M1'")));
            return;
        }
        send(Step::OpenChannel, "O");
        return;
    case Step::OpenChannel:
        if (answer != Answer::Ok) {
            fail(refusedOrSilent());
            return;
        }
        if (m_settings.mode == Mode::Silent)
            m_silentBy = SilentBy::SilentM1;
        m_step = Step::Ready;
        Q_EMIT ready();
        return;
    case Step::Closed:
    case Step::Ready:
        return;
    }
}

void SlcanAdapter::onBytes()
{
    m_buffer += m_port.readAll();
    QList<CanFrameData> batch;
    while (m_step != Step::Closed) {
        qsizetype end = -1;
        for (qsizetype i = 0; i < m_buffer.size(); ++i) {
            if (m_buffer[i] == '\r' || m_buffer[i] == '\a') {
                end = i;
                break;
            }
        }
        if (end < 0)
            break;
        const QByteArray line = m_buffer.left(end);
        const bool bel = m_buffer[end] == '\a';
        m_buffer.remove(0, end + 1);
        if (m_step != Step::Ready) {
            // The set-up dialogue: CR (an empty line) accepts, BEL refuses, 'V...' is the version.
            if (bel)
                onAnswer(Answer::Refused, line);
            else if (line.isEmpty())
                onAnswer(Answer::Ok, line);
            else if (m_step == Step::Version && (line.front() == 'V' || line.front() == 'v'))
                onAnswer(Answer::Version, line);
            else
                ++m_stats.ignoredLines; // frames of a channel still open from before, transmit acks
            continue;
        }
        if (bel) {
            ++m_stats.refused; // the adapter reports an error (or refused a frame we sent)
            continue;
        }
        if (line.isEmpty() || line == "z" || line == "Z")
            continue; // acknowledgements
        if (const auto f = parseLine(line))
            batch.append(*f);
        else if (isFrameLine(line))
            ++m_stats.malformed;
        // Other lines (another host's set-up commands on an SLCAN cable) are not traffic.
    }
    if (m_buffer.size() > 4096) {
        ++m_stats.malformed;
        m_buffer.clear();
    }
    if (!batch.isEmpty())
        Q_EMIT framesReceived(batch);
}
