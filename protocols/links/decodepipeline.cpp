#include "decodepipeline.h"

#include "seriallink.h"

DecodePipeline::DecodePipeline(ProtocolId protocol, const BankConfig &config, const QString &link, QObject *parent)
    : QObject(parent)
    , m_stream(protocol)
    , m_observer(config, link)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] { flush(m_lastUs); });
}

void DecodePipeline::setDialect(PylonCan::Dialect dialect)
{
    m_dialectPinned = true;
    m_stream.setDialect(dialect);
}

void DecodePipeline::emitItem(const StreamDecoder::Item &item, qint64 atUs, QStringList &updated)
{
    if (!item.result) {
        Q_EMIT failed(item.result.error().message, item.raw, atUs, item.result.error().kind);
        return;
    }
    // Another device's frames, and ids nobody documents, say nothing about the bank.
    if (!item.result->foreign && !item.result->undocumented) {
        for (const QString &id : m_observer.apply(*item.result, atUs / 1000))
            if (!updated.contains(id))
                updated.append(id);
    }
    Q_EMIT decoded(*item.result, atUs);
}

void DecodePipeline::emitItems(const QList<StreamDecoder::Item> &items, qint64 atUs)
{
    QStringList updated;
    for (const StreamDecoder::Item &item : items)
        emitItem(item, atUs, updated);
    if (!updated.isEmpty())
        Q_EMIT packsUpdated(updated);
}

void DecodePipeline::feedSerial(const QByteArray &bytes, qint64 atUs)
{
    m_lastUs = atUs;
    emitItems(m_stream.feed(bytes), atUs);
}

void DecodePipeline::feedCan(const CanFrameData &frame, qint64 atUs)
{
    if (!m_dialectPinned && m_sample.size() < 200) {
        m_sample.append(frame);
        m_stream.setDialect(PylonCan::detect(m_sample));
    }
    QStringList updated;
    emitItem(m_stream.decodeCan(frame), atUs, updated);
    if (!updated.isEmpty())
        Q_EMIT packsUpdated(updated);
}

void DecodePipeline::flush(qint64 atUs)
{
    emitItems(m_stream.flush(), atUs);
}

void DecodePipeline::attach(SerialLink *link, int idleMs)
{
    connect(link, &SerialLink::received, this, [this, idleMs](const QByteArray &bytes, qint64 atUs) {
        feedSerial(bytes, atUs);
        m_idle.start(idleMs);
    });
    // A writable link's own requests belong to the conversation too (pairing).
    connect(link, &SerialLink::sent, this, [this](const QByteArray &bytes, qint64 atUs) { feedSerial(bytes, atUs); });
}
