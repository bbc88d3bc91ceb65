// The commissioning-plan reader, and what reads a plan after it: any input, no crash; a plan that
// reads writes a plan that reads again and writes the same (numbers are written rounded to three
// decimals, so the first write may round); the report can be built from it.
#include "commissioningplan.h"
#include "fuzzcheck.h"
#include "reportbuilder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Catalogue catalogue = Catalogue::builtIn();
    const auto plan = PlanJson::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), catalogue);
    if (!plan)
        return 0;
    const auto again = PlanJson::parse(PlanJson::write(*plan), catalogue);
    FUZZ_CHECK(again);
    FUZZ_CHECK(PlanJson::write(*again) == PlanJson::write(*plan));
    (void)ReportBuilder::html(*plan, ReportBuilder::Options());
    return 0;
}
