#include "jkmodbuspoller.h"

#include "clock.h"
#include "jkpb.h"

#include <QModbusDataUnit>
#include <QModbusReply>

JkModbusPoller::JkModbusPoller(const SerialSettings &port, const Clock &clock, const QList<int> &addresses,
                               const PollSettings &settings, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_addresses(addresses)
    , m_settings(settings)
{
    m_client.setConnectionParameter(QModbusDevice::SerialPortNameParameter, port.portName);
    m_client.setConnectionParameter(QModbusDevice::SerialBaudRateParameter, port.baudRate);
    m_client.setConnectionParameter(QModbusDevice::SerialDataBitsParameter, port.dataBits);
    m_client.setConnectionParameter(QModbusDevice::SerialParityParameter, port.parity);
    m_client.setConnectionParameter(QModbusDevice::SerialStopBitsParameter, port.stopBits);
    m_client.setTimeout(settings.timeoutMs);
    m_client.setNumberOfRetries(settings.retries);
    m_gap.setSingleShot(true);
    connect(&m_gap, &QTimer::timeout, this, &JkModbusPoller::sendNext);
}

QList<JkModbusPoller::Read> JkModbusPoller::plan(const QList<int> &addresses, bool withInfo)
{
    QList<Read> out;
    for (int a : addresses) {
        if (withInfo)
            out.append({a, 0x1400, 16});
        out.append({a, 0x1200, 32});
        out.append({a, 0x1240, 32});
        out.append({a, 0x1280, 40});
    }
    return out;
}

bool JkModbusPoller::start()
{
    if (!m_client.connectDevice())
        return false;
    m_running = true;
    m_infoDone = false;
    m_queue = plan(m_addresses, true);
    m_cycleStartUs = m_clock.nowUs();
    m_gap.start(0);
    return true;
}

void JkModbusPoller::stop()
{
    m_running = false;
    m_gap.stop();
    // The request in flight is cancelled, not failed: closing the port aborts it ("Reply
    // aborted due to connection closure"), which is no fault of the bus. It is not counted
    // as a request either: it never had its chance to be answered.
    if (m_inFlight && !m_inFlight->isFinished()) {
        m_inFlight->disconnect(this);
        m_inFlight->deleteLater();
        AddressStats &s = m_stats[m_inFlightAddress];
        if (s.requests > 0)
            --s.requests;
    }
    m_inFlight = nullptr;
    m_client.disconnectDevice();
}

void JkModbusPoller::sendNext()
{
    if (!m_running)
        return;
    if (m_queue.isEmpty()) {
        ++m_cycles;
        const qint64 now = m_clock.nowUs();
        Q_EMIT cycleFinished(m_cycles, now - m_cycleStartUs);
        m_cycleStartUs = now;
        m_queue = plan(m_addresses, false);
        const qint64 wait = m_settings.cycleIntervalMs > 0 ? m_settings.cycleIntervalMs : 0;
        m_gap.start(int(std::max<qint64>(wait, m_settings.turnaroundMs)));
        return;
    }
    const Read read = m_queue.takeFirst();
    AddressStats &s = m_stats[read.address];
    s.requests += 1; // QModbus retries internally; they count as one request here
    const qint64 sentUs = m_clock.nowUs();
    QModbusReply *reply = m_client.sendReadRequest(QModbusDataUnit(QModbusDataUnit::HoldingRegisters, read.start, read.words),
                                                   read.address);
    if (!reply) {
        ++s.framingErrors;
        Q_EMIT failed(read.address, QStringLiteral("request"), m_client.errorString());
        m_gap.start(m_settings.turnaroundMs);
        return;
    }
    m_inFlight = reply;
    m_inFlightAddress = read.address;
    auto done = [this, reply, read, sentUs] {
        m_inFlight = nullptr;
        AddressStats &st = m_stats[read.address];
        if (reply->error() == QModbusDevice::NoError) {
            QByteArray bytes;
            for (quint16 w : reply->result().values())
                bytes.append(char(w >> 8)).append(char(w & 0xFF)); // Modbus words are big-endian
            const auto d = JkPb::describe(JkPb::encodeRtu(JkPb::ReadResponse{quint8(read.address), bytes}), read.start);
            const qint64 latency = m_clock.nowUs() - sentUs;
            ++st.answers;
            st.latencyUs.append(latency);
            if (st.latencyUs.size() > 256)
                st.latencyUs.removeFirst();
            st.lastSeenUs = m_clock.nowUs();
            if (d) {
                ++m_decoded;
                Q_EMIT answered(read.address, *d, latency);
            } else {
                ++m_decodeFailures; // counted and said, never dropped silently
                Q_EMIT failed(read.address, QStringLiteral("decode"), d.error().message);
            }
        } else if (reply->error() == QModbusDevice::TimeoutError) {
            ++st.timeouts;
            Q_EMIT failed(read.address, QStringLiteral("timeout"), reply->errorString());
        } else {
            ++st.framingErrors;
            Q_EMIT failed(read.address, reply->error() == QModbusDevice::ProtocolError ? QStringLiteral("exception")
                                                                                       : QStringLiteral("framing"),
                          reply->errorString());
        }
        reply->deleteLater();
        m_gap.start(m_settings.turnaroundMs);
    };
    if (reply->isFinished())
        done();
    else
        connect(reply, &QModbusReply::finished, this, done);
}
