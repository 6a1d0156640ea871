#pragma once
// Korean administrative code systems and join reporting.
//   MOIS 행정기관코드   10 digits  1111053000   (Dosi's unit code for 행정동; boundaries field adm_cd2)
//   Seoul 생활인구/상권  8 digits  11110530     (the MOIS code without its trailing "00")
//   KOSTAT 행정구역분류  7 digits  1101053      (a different numbering; cannot be converted by rule)
//   자치구/시군구        5 digits  11110

#include <QString>
#include <QStringList>

namespace dosi::gis {

enum class CodeSystem { Unknown, Mois10, Seoul8, Kostat7, Gu5 };

// By length of an all-digit code (surrounding spaces and a pandas ".0" suffix ignored).
CodeSystem detectCodeSystem(const QString& code);
QString codeSystemName(CodeSystem system);  // "MOIS 10-digit", ... (translated)

// Trims the code and drops a float suffix ("11110530.0"); an 8-digit Seoul code gets "00" appended;
// every other code is returned trimmed but otherwise unchanged.
QString toMois10(const QString& code);

// How the codes of a measure table meet the codes of a feature layer.
struct JoinReport {
    int matched = 0;               // distinct layer codes that have data in the table
    int layerUnits = 0;            // distinct layer codes
    QStringList unmatchedInTable;  // distinct table codes absent from the layer (sorted)
    QStringList unitsWithoutData;  // distinct layer codes absent from the table (sorted)
    // e.g. "424 of 425 units matched; 0 table codes unmatched; 1 unit without data: 1111051500" (translated;
    // lists are cut after 10 codes)
    QString summary() const;
};

JoinReport joinReport(const QStringList& layerCodes, const QStringList& tableUnits);

}  // namespace dosi::gis
