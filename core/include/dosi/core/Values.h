#pragma once
// Measure values: a double, with two distinct "no number" states.
//  - missing: no record or no data (quiet NaN)
//  - masked:  the publisher suppressed a small count (Seoul's "*", <= 3 people)
// Both are NaN so arithmetic never treats them as zero; isMasked() tells them apart.

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace dosi {

inline double missingValue() { return std::numeric_limits<double>::quiet_NaN(); }

inline double maskedValue()
{
    // A quiet NaN with a fixed payload.
    const std::uint64_t bits = 0x7ff8000000000d05ULL;
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
}

inline bool isMasked(double v)
{
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    return bits == 0x7ff8000000000d05ULL;
}

inline bool isMissing(double v) { return std::isnan(v) && !isMasked(v); }
inline bool hasValue(double v) { return !std::isnan(v); }

}  // namespace dosi
