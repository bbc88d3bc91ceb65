#pragma once

#include "canframe.h"
#include "sessionformat.h"

#include <QFile>
#include <QObject>
#include <QTimer>

class SerialLink;

// Writes every byte and frame of a session, from every link, on one clock, in the session
// format (core/sessionformat.h), as it arrives. The file is flushed to the operating system
// twice a second, so a killed program loses at most its last half second.
// GUI (or any one) thread; owns its file.
class SessionRecorder : public QObject
{
    Q_OBJECT

public:
    explicit SessionRecorder(QObject *parent = nullptr);
    ~SessionRecorder() override;

    bool open(const QString &path, const QString &note = {});
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    QString errorString() const { return m_error; }
    quint64 events() const { return m_events; }

    void recordSerial(const QString &link, bool sent, const QByteArray &bytes, qint64 atUs);
    void recordCan(const QString &link, const CanFrameData &frame, qint64 atUs, bool extended = false);
    // Records what the link receives and (if it can write) sends, under `name`.
    void attach(SerialLink *link, const QString &name);

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void write(const SessionFormat::Event &event);

    QFile m_file;
    QTimer m_flush;
    QString m_error;
    quint64 m_events = 0;
};
