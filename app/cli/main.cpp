// dosi-cli: the headless Dosi. Thin: parse, call models/gis/core, print.

#include "CliContext.h"

#include "dosi/translations/Translations.h"

#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>
#include <cstdio>

namespace {

struct Entry {
    const char* name;
    dosi::cli::Command run;
    const char* summary;
};

const Entry kCommands[] = {
    {"new", dosi::cli::cmdNew, "new P.dosi [--title TEXT] [--force]"},
    {"info", dosi::cli::cmdInfo, "info P.dosi [--json]"},
    {"meta", dosi::cli::cmdMeta, "meta P.dosi KEY [VALUE | --file FILE]"},
    {"layer", dosi::cli::cmdLayer, "layer P.dosi NAME [--show | --hide]"},
    {"import", dosi::cli::cmdImport,
     "import P.dosi boundaries|points|living-population|table|movement|sales FILE... --name NAME [options]"},
    {"estimate-flows", dosi::cli::cmdEstimateFlows,
     "estimate-flows P.dosi --population LAYER --zones LAYER --name NAME [--mean-trip-km X | --observed LAYER | --beta B] "
     "[--decay exp|power] [--from DATE --to DATE] [--field F] [--min-flow X] [--json]"},
    {"dissolve", dosi::cli::cmdDissolve, "dissolve P.dosi --layer LAYER --by FIELD --name NAME"},
    {"derive", dosi::cli::cmdDerive, "derive P.dosi --layer L --measures NAME[,NAME...] --name NEW [--by hour-of-day|day|week] [--stat sum|mean]"},
    {"regen", dosi::cli::cmdRegen,
     "regen P.dosi diagnose|index|forecast|outlook|runs|compare ... (dosi-cli regen --help)"},
    {"locate", dosi::cli::cmdLocate,
     "locate P.dosi --model lscp|mclp|pmedian|pcenter --demand LAYER --weight FIELD --candidates LAYER [--existing LAYER] "
     "[--radius METRES] [--p N] [--costs FILE.csv ...] [--json] (dosi-cli locate --help)"},
    {"grid", dosi::cli::cmdGrid, "grid P.dosi --cell 250 --over LAYER --name NAME"},
    {"interpolate", dosi::cli::cmdInterpolate,
     "interpolate P.dosi --from LAYER.FIELD --to LAYER [--as NAME] [--time T] [--mode extensive|intensive]"},
    {"render", dosi::cli::cmdRender,
     "render P.dosi OUT.png --layer LAYER [--field F] [--time T|FROM/TO] [--classes quantile:5] [--size 1920x1080] "
     "[--ramp R] [--labels] [--basemap FILE] [--compare T [--side-by-side]] [--top N] [--min-volume X]"},
    {"export", dosi::cli::cmdExport, "export P.dosi pdf|geotiff|gpkg|csv OUT --layer L [--field F] [--time T1,T2|all] [--suppress N]"},
    {"report", dosi::cli::cmdReport, "report P.dosi OUT.pdf [--template NAME] [--save-template NAME] [--language en|ko] [--sections LIST] [--runs IDS] [--a3] [--landscape]"},
};

void usage(FILE* f)
{
    std::fprintf(f, "usage: dosi-cli --version | COMMAND ...\n\ncommands:\n");
    for (const Entry& e : kCommands) std::fprintf(f, "  dosi-cli %s\n", e.summary);
}

// Qt's own chatter (e.g. QStandardPaths complaining about XDG_RUNTIME_DIR on headless
// machines) must not mix with the one-line error contract.
void messageHandler(QtMsgType type, const QMessageLogContext&, const QString& msg)
{
    if (type == QtDebugMsg || type == QtInfoMsg) return;
    if (msg.startsWith(QLatin1String("QStandardPaths:"))) return;
    std::fprintf(stderr, "%s\n", qPrintable(msg));
}

}  // namespace

int main(int argc, char** argv)
{
    qInstallMessageHandler(messageHandler);
    // Headless by default: rendering and PDF output need a GUI application but no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("dosi-cli"));
    QGuiApplication::setOrganizationName(QStringLiteral("Dosi"));
    QGuiApplication::setApplicationVersion(dosi::ProjectStore::appVersion());

    // Messages follow the system locale, like the desktop app's default.
    QTranslator translator;
    if (dosi::i18n::loadTranslator(translator, dosi::i18n::resolveLanguage(QStringLiteral("system"))))
        QCoreApplication::installTranslator(&translator);

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty()) {
        usage(stderr);
        return 2;
    }
    const QString cmd = args.takeFirst();
    if (cmd == QLatin1String("--version") || cmd == QLatin1String("-v")) {
        std::printf("dosi-cli %s\n", qPrintable(dosi::ProjectStore::appVersion()));
        return 0;
    }
    if (cmd == QLatin1String("--help") || cmd == QLatin1String("-h") || cmd == QLatin1String("help")) {
        usage(stdout);
        return 0;
    }
    for (const Entry& e : kCommands) {
        if (cmd == QLatin1String(e.name)) {
            dosi::cli::CliContext ctx(args);
            return e.run(ctx);
        }
    }
    std::fprintf(stderr, "dosi-cli: error: unknown command \"%s\"\n", qPrintable(cmd));
    usage(stderr);
    return 2;
}
