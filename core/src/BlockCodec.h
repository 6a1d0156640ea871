#pragma once
// Private to core: the byte layout of one (unit, block) row of a measure table (see MeasureBlocks.h).
//
// data: little-endian. Byte 0 is the format:
//   1 dense:         float64 values [field][slot] for every slot (an "absent" NaN where no record);
//   2 sparse:        uint16 k, k uint16 slots (ascending), float64 values [field][entry];
//   3 dense scaled:  uint8 e, int32 values [field][slot], each value = int / 10^e;
//   4 sparse scaled: uint8 e, uint16 k, k uint16 slots, int32 values [field][entry].
// The scaled formats (schema 3) are used when every value of the block is exactly int / 10^e for one
// e in 0..9 (published counts have at most a few decimals): half the bytes, decoded bit for bit
// (int and 10^e are exact doubles, so the one division is correctly rounded, as parsing the decimal
// was; the encoder checks every value). Three int32 codes stand for "absent", missing and masked.
// Values keep Values.h's NaN payloads bit for bit; a block with any other NaN, an infinity, a -0 or a
// value too large for the scale is stored as float64.

#include "dosi/core/Layer.h"

#include <QByteArray>
#include <QVector>

namespace dosi::blocks::codec {

// Packs one (unit, block): rowOfSlot[s] is the data row for slot s, or -1.
void encode(const MeasureTable& data, const qint32* rowOfSlot, int nslots, QByteArray* out);

// One decoded (unit, block) row: which slots are present and the values of the wanted fields.
struct Decoded {
    QVector<quint8> present;   // [slot]
    QVector<double> values;    // [wanted field][slot]
};

// The number of slots of a row (its format tells for dense rows; sparse rows span a whole block).
int slotCount(const char* p, int size, int layerFields, int fullBlock);

// False when the row is damaged.
bool decode(const char* p, int size, int layerFields, int nslots, const QVector<int>& fields, Decoded* out);

}  // namespace dosi::blocks::codec
