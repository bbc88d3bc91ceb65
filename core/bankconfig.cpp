#include "bankconfig.h"

#include <QCoreApplication>

const PackConfig *BankConfig::pack(const QString &id) const
{
    for (const PackConfig &p : packs) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QStringList BankConfig::masterIds() const
{
    QStringList ids;
    for (const PackConfig &p : packs) {
        if (p.role == PackRole::Master)
            ids.append(p.id);
    }
    return ids;
}

namespace ArchitectureNames {

QList<Architecture> all()
{
    return {Architecture::MasterSlave, Architecture::PeerToPeer, Architecture::SingleMaster};
}

QString name(Architecture architecture)
{
    switch (architecture) {
    case Architecture::MasterSlave:
        return QStringLiteral("master-slave");
    case Architecture::PeerToPeer:
        return QStringLiteral("peer-to-peer");
    case Architecture::SingleMaster:
        return QStringLiteral("single-master");
    }
    return {};
}

std::optional<Architecture> fromName(const QString &text)
{
    for (Architecture a : all()) {
        if (name(a) == text)
            return a;
    }
    return std::nullopt;
}

QString label(Architecture architecture)
{
    switch (architecture) {
    case Architecture::MasterSlave:
        return QCoreApplication::translate("Architecture", "True master-slave");
    case Architecture::PeerToPeer:
        return QCoreApplication::translate("Architecture", "Peer-to-peer (GX aggregator)");
    case Architecture::SingleMaster:
        return QCoreApplication::translate("Architecture", "Single master, no inter-BMS link");
    }
    return {};
}

} // namespace ArchitectureNames
