#include "packreading.h"

#include <algorithm>

namespace {

template <typename T>
void consider(const Timed<T> &field, std::optional<qint64> &newest)
{
    if (field.has())
        newest = newest ? std::max(*newest, field.atMs) : field.atMs;
}

} // namespace

std::optional<qint64> PackReading::lastUpdateMs() const
{
    std::optional<qint64> newest;
    consider(socPct, newest);
    consider(sohPct, newest);
    consider(voltageV, newest);
    consider(currentA, newest);
    consider(remainingAh, newest);
    consider(fullAh, newest);
    consider(cvlV, newest);
    consider(dvlV, newest);
    consider(cclA, newest);
    consider(dclA, newest);
    consider(cellsMv, newest);
    consider(tempsC, newest);
    consider(cellMinMv, newest);
    consider(cellMaxMv, newest);
    consider(tempMinC, newest);
    consider(tempMaxC, newest);
    consider(faults, newest);
    consider(warnings, newest);
    return newest;
}
