#include "CliContext.h"

#include <QDir>
#include <QJsonDocument>
#include <cstdio>

namespace dosi::cli {

namespace {
void writeLine(FILE* f, const QString& s)
{
    const QByteArray b = s.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), f);
    std::fputc('\n', f);
    std::fflush(f);
}
}  // namespace

bool CliContext::parse(QCommandLineParser& parser, const QString& usage)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList argv{QStringLiteral("dosi-cli")};
    argv << m_args;
    if (!parser.parse(argv)) {
        fail(tr("%1 (usage: %2)").arg(parser.errorText(), usage));
        return false;
    }
    return true;
}

int CliContext::fail(const QString& message) const
{
    writeLine(stderr, tr("dosi-cli: error: %1").arg(message));
    return 1;
}

void CliContext::info(const QString& line) const { writeLine(stderr, line); }

void CliContext::print(const QString& text) const { writeLine(stdout, text); }

void CliContext::printJson(const QJsonObject& obj) const
{
    writeLine(stdout, QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Indented)).trimmed());
}

Result<std::unique_ptr<ProjectStore>> CliContext::openProject(const QString& path) const
{
    return ProjectStore::open(QDir::current().absoluteFilePath(path));
}

Result<std::unique_ptr<ProjectStore>> CliContext::openProjectToRead(const QString& path) const
{
    return ProjectStore::openReadOnly(QDir::current().absoluteFilePath(path));
}

std::function<bool(int, int)> CliContext::progressPrinter(const QString& what) const
{
    auto last = std::make_shared<int>(-1);
    return [this, what, last](int done, int total) {
        if (total <= 0) return true;
        const int pct = int(100.0 * done / total);
        if (pct / 10 != *last / 10) {
            *last = pct;
            info(tr("%1: %2 %").arg(what).arg(pct));
        }
        return true;
    };
}

}  // namespace dosi::cli
