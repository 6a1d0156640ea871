#include "dosi/gis/CodeSystem.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace dosi::gis {

namespace {

QString cleaned(const QString& code)
{
    QString c = code.trimmed();
    if (c.endsWith(QLatin1String(".0")) && c.size() > 2) {
        bool digits = true;
        for (qsizetype i = 0; i < c.size() - 2; ++i)
            if (!c[i].isDigit() || c[i].unicode() > 127) digits = false;
        if (digits) c.chop(2);
    }
    return c;
}

bool allDigits(const QString& s)
{
    if (s.isEmpty()) return false;
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) return false;
    return true;
}

QString listText(const QStringList& codes)
{
    const int shown = 10;
    QStringList head = codes.mid(0, shown);
    QString text = head.join(QStringLiteral(", "));
    if (codes.size() > shown)
        text += QCoreApplication::translate("dosi::JoinReport", ", … (%1 more)").arg(codes.size() - shown);
    return text;
}

}  // namespace

CodeSystem detectCodeSystem(const QString& code)
{
    const QString c = cleaned(code);
    if (!allDigits(c)) return CodeSystem::Unknown;
    switch (c.size()) {
    case 10: return CodeSystem::Mois10;
    case 8: return CodeSystem::Seoul8;
    case 7: return CodeSystem::Kostat7;
    case 5: return CodeSystem::Gu5;
    default: return CodeSystem::Unknown;
    }
}

QString codeSystemName(CodeSystem system)
{
    switch (system) {
    case CodeSystem::Mois10: return QCoreApplication::translate("dosi::CodeSystem", "MOIS 10-digit code");
    case CodeSystem::Seoul8: return QCoreApplication::translate("dosi::CodeSystem", "Seoul 8-digit code");
    case CodeSystem::Kostat7: return QCoreApplication::translate("dosi::CodeSystem", "KOSTAT 7-digit code");
    case CodeSystem::Gu5: return QCoreApplication::translate("dosi::CodeSystem", "5-digit district code");
    case CodeSystem::Unknown: break;
    }
    return QCoreApplication::translate("dosi::CodeSystem", "unknown code system");
}

QString toMois10(const QString& code)
{
    const QString c = cleaned(code);
    if (c.size() == 8 && allDigits(c)) return c + QStringLiteral("00");
    return c;
}

QString JoinReport::summary() const
{
    QString s = QCoreApplication::translate("dosi::JoinReport", "%1 of %2 units matched").arg(matched).arg(layerUnits);
    s += QStringLiteral("; ");
    s += unmatchedInTable.size() == 1
             ? QCoreApplication::translate("dosi::JoinReport", "1 table code unmatched")
             : QCoreApplication::translate("dosi::JoinReport", "%1 table codes unmatched").arg(unmatchedInTable.size());
    if (!unmatchedInTable.isEmpty()) s += QStringLiteral(": ") + listText(unmatchedInTable);
    if (!unitsWithoutData.isEmpty()) {
        s += QStringLiteral("; ");
        s += unitsWithoutData.size() == 1
                 ? QCoreApplication::translate("dosi::JoinReport", "1 unit without data")
                 : QCoreApplication::translate("dosi::JoinReport", "%1 units without data").arg(unitsWithoutData.size());
        s += QStringLiteral(": ") + listText(unitsWithoutData);
    }
    return s;
}

JoinReport joinReport(const QStringList& layerCodes, const QStringList& tableUnits)
{
    const QSet<QString> layer(layerCodes.begin(), layerCodes.end());
    const QSet<QString> table(tableUnits.begin(), tableUnits.end());
    JoinReport r;
    r.layerUnits = int(layer.size());
    for (const QString& c : layer) {
        if (table.contains(c)) ++r.matched;
        else r.unitsWithoutData.append(c);
    }
    for (const QString& c : table)
        if (!layer.contains(c)) r.unmatchedInTable.append(c);
    std::sort(r.unmatchedInTable.begin(), r.unmatchedInTable.end());
    std::sort(r.unitsWithoutData.begin(), r.unitsWithoutData.end());
    return r;
}

}  // namespace dosi::gis
