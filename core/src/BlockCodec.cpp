// The byte layout of one measure-table row; see BlockCodec.h.

#include "BlockCodec.h"

#include "dosi/core/Values.h"

#include <QtEndian>

#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace dosi::blocks::codec {

namespace {

constexpr quint8 kDense = 1;
constexpr quint8 kSparse = 2;
constexpr quint8 kDenseScaled = 3;
constexpr quint8 kSparseScaled = 4;

// A quiet NaN of its own: "this (unit, time) pair has no record" inside a dense float64 block.
constexpr quint64 kAbsentBits = 0x7ff8000000000ab5ULL;
constexpr quint64 kMissingBits = 0x7ff8000000000000ULL;   // missingValue()

constexpr int kMaxExponent = 9;
constexpr double kPow10[kMaxExponent + 1] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
constexpr qint32 kAbsentCode = std::numeric_limits<qint32>::min();
constexpr qint32 kMissingCode = kAbsentCode + 1;
constexpr qint32 kMaskedCode = kAbsentCode + 2;
constexpr double kScaledLimit = 2147483000.0;   // well clear of the three codes and of overflow

quint64 bitsOf(double v)
{
    quint64 b;
    std::memcpy(&b, &v, sizeof b);
    return b;
}

double fromBits(quint64 b)
{
    double d;
    std::memcpy(&d, &b, sizeof d);
    return d;
}

void putDouble(char* p, double v) { qToLittleEndian<quint64>(bitsOf(v), p); }
double getDouble(const char* p) { return fromBits(qFromLittleEndian<quint64>(p)); }

// The code of a NaN that the scaled formats can carry; false for any other NaN payload.
bool nanCode(double v, qint32* code)
{
    const quint64 b = bitsOf(v);
    if (b == kMissingBits) *code = kMissingCode;
    else if (isMasked(v)) *code = kMaskedCode;
    else return false;
    return true;
}

// v == out / 10^e exactly (and decodes to the same bits).
bool scaled(double v, int e, qint32* out)
{
    const double r = v * kPow10[e];
    if (!(std::abs(r) <= kScaledLimit)) return false;
    // Rounded half away from zero with an inline conversion (nearbyint is a library call); which
    // integer is picked for a tie does not matter, the check below decides.
    const qint32 i = qint32(r + (r >= 0 ? 0.5 : -0.5));
    if (double(i) / kPow10[e] != v || (v == 0 && std::signbit(v))) return false;
    *out = i;
    return true;
}

double unscaled(qint32 code, int e)
{
    switch (code) {
    case kMissingCode: return missingValue();
    case kMaskedCode: return maskedValue();
    default: return double(code) / kPow10[e];
    }
}

// The codes of every slot ([field][slot], "absent" where no record) at the smallest exponent at
// which every value of the block is scaled exactly; -1 when there is none. A value that needs more
// decimals than those before it raises the exponent and starts the block again (at most nine times).
int scaleBlock(const MeasureTable& data, const qint32* rowOfSlot, int nslots, std::vector<qint32>* codes)
{
    codes->resize(size_t(data.columns.size()) * size_t(nslots));
    int e = 0;
restart:
    qint32* out = codes->data();
    for (const QVector<double>& column : data.columns) {
        const double* col = column.constData();
        for (int s = 0; s < nslots; ++s, ++out) {
            if (rowOfSlot[s] < 0) {
                *out = kAbsentCode;
                continue;
            }
            const double v = col[rowOfSlot[s]];
            if (std::isnan(v)) {
                if (!nanCode(v, out)) return -1;
            } else if (!scaled(v, e, out)) {
                do
                    if (++e > kMaxExponent) return -1;
                while (!scaled(v, e, out));
                goto restart;
            }
        }
    }
    return e;
}

char* putSlots(char* p, const qint32* rowOfSlot, int nslots, int present)
{
    qToLittleEndian<quint16>(quint16(present), p);
    p += 2;
    for (int s = 0; s < nslots; ++s)
        if (rowOfSlot[s] >= 0) qToLittleEndian<quint16>(quint16(s), p), p += 2;
    return p;
}

}  // namespace

void encode(const MeasureTable& data, const qint32* rowOfSlot, int nslots, QByteArray* out)
{
    const qsizetype nf = data.fields.size();
    int present = 0;
    for (int s = 0; s < nslots; ++s) present += rowOfSlot[s] >= 0;

    thread_local std::vector<qint32> codes;
    if (const int e = scaleBlock(data, rowOfSlot, nslots, &codes); e >= 0) {
        const qsizetype dense = 2 + nf * nslots * 4;
        const qsizetype sparse = 4 + 2 * qsizetype(present) + nf * present * 4;
        const bool useSparse = sparse < dense;
        out->resize(useSparse ? sparse : dense);
        char* p = out->data();
        *p++ = char(useSparse ? kSparseScaled : kDenseScaled);
        *p++ = char(e);
        if (useSparse) p = putSlots(p, rowOfSlot, nslots, present);
        const qint32* c = codes.data();
        for (qsizetype i = 0; i < nf * nslots; ++i, ++c) {
            if (useSparse && rowOfSlot[i % nslots] < 0) continue;
            qToLittleEndian<qint32>(*c, p);
            p += 4;
        }
        return;
    }

    const qsizetype dense = 1 + nf * nslots * 8;
    const qsizetype sparse = 3 + 2 * qsizetype(present) + nf * present * 8;
    if (sparse < dense) {
        out->resize(sparse);
        char* p = out->data();
        *p++ = char(kSparse);
        p = putSlots(p, rowOfSlot, nslots, present);
        for (const QVector<double>& column : data.columns) {
            const double* col = column.constData();
            for (int s = 0; s < nslots; ++s)
                if (rowOfSlot[s] >= 0) putDouble(p, col[rowOfSlot[s]]), p += 8;
        }
    } else {
        out->resize(dense);
        char* p = out->data();
        *p++ = char(kDense);
        const double absent = fromBits(kAbsentBits);
        for (const QVector<double>& column : data.columns) {
            const double* col = column.constData();
            for (int s = 0; s < nslots; ++s, p += 8) putDouble(p, rowOfSlot[s] >= 0 ? col[rowOfSlot[s]] : absent);
        }
    }
}

int slotCount(const char* p, int size, int layerFields, int fullBlock)
{
    if (!p || size < 2 || layerFields <= 0) return fullBlock;
    switch (quint8(p[0])) {
    case kDense: return (size - 1) / (8 * layerFields);
    case kDenseScaled: return (size - 2) / (4 * layerFields);
    default: return fullBlock;
    }
}

bool decode(const char* p, int size, int layerFields, int nslots, const QVector<int>& fields, Decoded* out)
{
    if (!p || size < 1 || nslots <= 0) return false;
    const int nw = int(fields.size());
    out->present.fill(0, nslots);
    out->values.fill(missingValue(), qsizetype(nw) * nslots);
    const quint8 format = quint8(p[0]);
    switch (format) {
    case kDense: {
        if (size != 1 + layerFields * nslots * 8) return false;
        const char* base = p + 1;
        for (int s = 0; s < nslots; ++s) out->present[s] = bitsOf(getDouble(base + qsizetype(s) * 8)) != kAbsentBits;
        for (int w = 0; w < nw; ++w)
            for (int s = 0; s < nslots; ++s)
                out->values[qsizetype(w) * nslots + s] = getDouble(base + (qsizetype(fields[w]) * nslots + s) * 8);
        return true;
    }
    case kDenseScaled: {
        if (size != 2 + layerFields * nslots * 4) return false;
        const int e = quint8(p[1]);
        if (e > kMaxExponent) return false;
        const char* base = p + 2;
        for (int s = 0; s < nslots; ++s) out->present[s] = qFromLittleEndian<qint32>(base + qsizetype(s) * 4) != kAbsentCode;
        for (int w = 0; w < nw; ++w)
            for (int s = 0; s < nslots; ++s) {
                const qint32 code = qFromLittleEndian<qint32>(base + (qsizetype(fields[w]) * nslots + s) * 4);
                if (code != kAbsentCode) out->values[qsizetype(w) * nslots + s] = unscaled(code, e);
            }
        return true;
    }
    case kSparse:
    case kSparseScaled: {
        const bool isScaled = format == kSparseScaled;
        const int head = isScaled ? 2 : 1;
        if (size < head + 2) return false;
        const int e = isScaled ? quint8(p[1]) : 0;
        if (e > kMaxExponent) return false;
        const int k = qFromLittleEndian<quint16>(p + head);
        const int width = isScaled ? 4 : 8;
        if (size != head + 2 + 2 * k + layerFields * k * width) return false;
        const char* slotIds = p + head + 2;
        const char* base = slotIds + 2 * k;
        for (int i = 0; i < k; ++i) {
            const int s = qFromLittleEndian<quint16>(slotIds + 2 * i);
            if (s >= nslots) return false;
            out->present[s] = 1;
            for (int w = 0; w < nw; ++w) {
                const char* at = base + (qsizetype(fields[w]) * k + i) * width;
                out->values[qsizetype(w) * nslots + s] =
                    isScaled ? unscaled(qFromLittleEndian<qint32>(at), e) : getDouble(at);
            }
        }
        return true;
    }
    default: return false;
    }
}

}  // namespace dosi::blocks::codec
