#pragma once
// Shared plumbing of dosi-cli commands: argument parsing, output, errors, project access.
// Contract: ../shared/GUIDE.md §5. Every command exits 0 on success; otherwise it prints one
// error line to stderr, exits non-zero and leaves the project file unchanged (edits happen in
// the store's working copy and reach the file only through an atomic save).

#include "dosi/core/ProjectStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <functional>
#include <memory>

namespace dosi::cli {

class CliContext {
    Q_DECLARE_TR_FUNCTIONS(dosi::cli::CliContext)
public:
    explicit CliContext(QStringList args) : m_args(std::move(args)) {}

    const QStringList& args() const { return m_args; }   // after the command word

    // Parses options; positional arguments are returned by positional(). Prints usage errors.
    bool parse(QCommandLineParser& parser, const QString& usage);

    int fail(const QString& message) const;               // prints "dosi-cli: error: ..." and returns 1
    void info(const QString& line) const;                 // progress/report lines on stderr
    void printJson(const QJsonObject& obj) const;         // one JSON object on stdout
    void print(const QString& text) const;                // plain stdout

    Result<std::unique_ptr<ProjectStore>> openProject(const QString& path) const;
    // For commands that only read the project (info, render, export, report): no working copy.
    Result<std::unique_ptr<ProjectStore>> openProjectToRead(const QString& path) const;

    // A progress callback that prints "<what>: N %" on stderr every 10 %.
    std::function<bool(int, int)> progressPrinter(const QString& what) const;

private:
    QStringList m_args;
};

using Command = int (*)(CliContext& ctx);

int cmdNew(CliContext& ctx);
int cmdInfo(CliContext& ctx);
int cmdMeta(CliContext& ctx);
int cmdLayer(CliContext& ctx);
int cmdImport(CliContext& ctx);
int cmdDissolve(CliContext& ctx);
int cmdGrid(CliContext& ctx);
int cmdInterpolate(CliContext& ctx);
int cmdRender(CliContext& ctx);
int cmdExport(CliContext& ctx);
int cmdReport(CliContext& ctx);
int cmdEstimateFlows(CliContext& ctx);
int cmdDerive(CliContext& ctx);
int cmdRegen(CliContext& ctx);
int cmdLocate(CliContext& ctx);

// Import kinds in their own files (called by cmdImport with the project open).
int importMovementCommand(CliContext& ctx, const QCommandLineParser& parser, const QStringList& files, ProjectStore& store);
int importSalesCommand(CliContext& ctx, const QCommandLineParser& p, const QStringList& files, ProjectStore& store);
int importPointsCsvCommand(CliContext& ctx, const QCommandLineParser& p, const QStringList& files, ProjectStore& store);

}  // namespace dosi::cli
