#pragma once
// Private to core: dictionary encoding of a measure table's unit and time keys.

#include "dosi/core/Layer.h"

#include <QStringList>
#include <QVector>

namespace dosi::keys {

// Distinct keys in sorted order, and each row's rank among them.
struct Dictionary {
    QStringList sorted;
    QVector<quint32> rankOfRow;
};

Dictionary dictionary(const QStringList& keys);

}  // namespace dosi::keys
