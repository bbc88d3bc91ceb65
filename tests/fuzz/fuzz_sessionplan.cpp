// The "last connection" setting (SessionPlan JSON, strict): any input, no crash; a plan that
// reads writes a plan that reads again to the same plan.
#include "fuzzcheck.h"
#include "sessionplan.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    QString error;
    const std::optional<SessionPlan> plan = SessionPlan::fromJson(doc.object(), &error);
    if (!plan) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    const std::optional<SessionPlan> again = SessionPlan::fromJson(plan->toJson(), &error);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(*again == *plan);
    return 0;
}
