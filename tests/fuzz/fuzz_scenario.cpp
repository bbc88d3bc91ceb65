// The simulator's scenario reader, and what runs a scenario after it: any input, no crash; a
// scenario that reads keeps every value in the range scenario.cpp documents, and the simulated
// bank it describes steps its physics, answers a Pylontech request and broadcasts on CAN.
#include "fuzzcheck.h"
#include "pylontechmessages.h"
#include "simbank.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto scenario = Scenario::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!scenario) {
        FUZZ_CHECK(!scenario.error().message.isEmpty());
        return 0;
    }
    const Scenario &s = *scenario;
    FUZZ_CHECK(!s.physics.packs.isEmpty() && s.physics.packs.size() <= 8);
    FUZZ_CHECK(s.baudRate >= 1200 && s.tickMs > 0);
    for (const PhysicsPack &p : s.physics.packs) {
        FUZZ_CHECK(!p.id.isEmpty() && p.id.size() <= 16);
        FUZZ_CHECK(p.cells >= 8 && p.cells <= 16);
        FUZZ_CHECK(p.capacityAh >= 5 && p.capacityAh <= 1000);
    }
    SimBank bank(s);
    for (qint64 t = 0; t <= 3000; t += 1000)
        (void)bank.tick(t);
    const PylontechFrame request = Pylontech::request(0x42, quint8(s.physics.packs.first().address));
    (void)bank.respond(PylontechFrameCodec::encode(request));
    (void)bank.canBroadcast(3000, PylonCan::Dialect::PylonV12);
    for (int i = 0; i < s.physics.packs.size(); ++i)
        (void)bank.victronBroadcast(i);
    return 0;
}
