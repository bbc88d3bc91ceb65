#include "diagnosisinverter.h"

#include "commissioningchecks.h"
#include "commissioningplan.h"

#include <algorithm>
#include <climits>

namespace DiagnosisInverterSide {

void add(DiagnosisEvidence &evidence, const CommissioningPlan &plan, const Catalogue &catalogue)
{
    evidence.inverterSide.clear();
    for (const DiagnosisLink &l : std::as_const(evidence.links)) {
        if (l.transmitted)
            continue;
        LinkEvidence link;
        link.medium = l.medium == DiagnosisLink::Medium::Can ? QStringLiteral("can") : QStringLiteral("rs485");
        link.protocol = l.protocol;
        link.polled = false;
        link.inverterPort = true;
        link.observedS = l.durationS;
        link.validFrames = int(std::min<quint64>(l.frames, quint64(INT_MAX)));
        link.invalidFrames = int(std::min<quint64>(l.badFrames, quint64(INT_MAX)));
        for (const DiagnosisAddress &a : l.addresses) {
            AddressEvidence e;
            e.address = a.address;
            e.polledByOther = int(std::min<quint64>(a.requestsHeard, quint64(INT_MAX)));
            e.answers = int(std::min<quint64>(a.answers, quint64(INT_MAX)));
            e.checksumErrors = int(std::min<quint64>(a.errors, quint64(INT_MAX)));
            link.addresses.append(e);
        }
        for (const DiagnosisCanId &c : l.canIds)
            link.canIds.append({c.id, int(std::min<quint64>(c.count, quint64(INT_MAX))), c.maxGapS, c.minGapS, c.sinceLastS});
        for (const CheckFinding &f : CommissioningChecks::inverterAcceptance(plan, catalogue, link)) {
            if (f.status != CheckStatus::Fail && f.status != CheckStatus::Warning)
                continue;
            evidence.inverterSide.append({l.link, f.code, f.args, f.confidence == Confidence::Documented});
        }
    }
}

} // namespace DiagnosisInverterSide
