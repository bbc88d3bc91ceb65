#include "sessionrecorder.h"

#include "seriallink.h"

#include <QCoreApplication>
#include <QDateTime>

SessionRecorder::SessionRecorder(QObject *parent)
    : QObject(parent)
{
    m_flush.setInterval(500);
    connect(&m_flush, &QTimer::timeout, this, [this] { m_file.flush(); });
}

SessionRecorder::~SessionRecorder()
{
    close();
}

bool SessionRecorder::open(const QString &path, const QString &note)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        m_error = QCoreApplication::translate("SessionRecorder", "cannot write %1: %2").arg(path, m_file.errorString());
        Q_EMIT errorOccurred(m_error);
        return false;
    }
    QByteArray header = "# BankScope session, started " + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + '\n';
    header += "# format: (seconds.micros) LINK ID#DATA (CAN, candump log) | (seconds.micros) LINK RX|TX HEX (serial)\n";
    if (!note.isEmpty())
        header += "# " + note.toUtf8().replace('\n', ' ') + '\n';
    m_file.write(header);
    m_file.flush();
    m_flush.start();
    return true;
}

void SessionRecorder::close()
{
    m_flush.stop();
    if (m_file.isOpen()) {
        m_file.flush();
        m_file.close();
    }
}

void SessionRecorder::write(const SessionFormat::Event &event)
{
    if (!m_file.isOpen())
        return;
    if (m_file.write(SessionFormat::formatLine(event) + '\n') < 0) {
        m_error = m_file.errorString();
        Q_EMIT errorOccurred(m_error);
        return;
    }
    ++m_events;
}

void SessionRecorder::recordSerial(const QString &link, bool sent, const QByteArray &bytes, qint64 atUs)
{
    SessionFormat::Event e;
    e.timeUs = atUs;
    e.link = link;
    e.kind = sent ? SessionFormat::Kind::SerialTx : SessionFormat::Kind::SerialRx;
    e.data = bytes;
    write(e);
}

void SessionRecorder::recordCan(const QString &link, const CanFrameData &frame, qint64 atUs, bool extended)
{
    SessionFormat::Event e;
    e.timeUs = atUs;
    e.link = link;
    e.kind = SessionFormat::Kind::Can;
    e.canId = frame.id;
    e.extended = extended;
    e.data = frame.data;
    write(e);
}

void SessionRecorder::attach(SerialLink *link, const QString &name)
{
    connect(link, &SerialLink::received, this,
            [this, name](const QByteArray &bytes, qint64 atUs) { recordSerial(name, false, bytes, atUs); });
    connect(link, &SerialLink::sent, this,
            [this, name](const QByteArray &bytes, qint64 atUs) { recordSerial(name, true, bytes, atUs); });
}
