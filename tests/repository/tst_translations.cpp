// Every shipped language is complete in the parts it claims to cover: translations/COVERAGE
// lists, per language, the translation contexts it covers ("*" = all of them). In those
// contexts no message may be unfinished, obsolete or vanished, empty, or a copy of the English
// (technical terms the trade uses in English, listed in COVERAGE as "keep", may stay; words a
// language spells like English, listed as "keep:<code>", may stay in that language only).

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFileIsListed();
    void covered_data();
    void covered();
};

namespace {

const QString dir = QStringLiteral(BANKSCOPE_TRANSLATIONS_DIR);

struct Coverage
{
    QHash<QString, QStringList> contexts; // language -> contexts ("*" for all)
    QSet<QString> keep;                   // words that stay in English in every language
    QHash<QString, QSet<QString>> keepIn; // language -> words it spells as English does
    QString error;
};

Coverage readCoverage()
{
    Coverage c;
    QFile f(dir + QStringLiteral("/COVERAGE"));
    if (!f.open(QIODevice::ReadOnly)) {
        c.error = QStringLiteral("translations/COVERAGE is missing");
        return c;
    }
    int n = 0;
    while (!f.atEnd()) {
        ++n;
        const QString line = QString::fromUtf8(f.readLine()).section(QLatin1Char('#'), 0, 0).simplified();
        if (line.isEmpty())
            continue;
        const QStringList words = line.split(QLatin1Char(' '));
        if (words.size() < 2) {
            c.error = QStringLiteral("COVERAGE line %1: a language and at least one context").arg(n);
            return c;
        }
        if (words.first() == QLatin1String("keep")) {
            for (qsizetype i = 1; i < words.size(); ++i)
                c.keep.insert(words[i]);
        } else if (words.first().startsWith(QLatin1String("keep:"))) {
            QSet<QString> &keep = c.keepIn[words.first().mid(5)];
            for (qsizetype i = 1; i < words.size(); ++i)
                keep.insert(words[i]);
        } else {
            c.contexts.insert(words.first(), words.mid(1));
        }
    }
    return c;
}

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type; // "", "unfinished", "obsolete", "vanished"
    bool numerus = false;
    QStringList numerusForms;
};

QList<Message> readTs(const QString &path, QString &language, QString &error)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("cannot read ") + path;
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                m = Message{};
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                if (m.numerus) {
                    while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                        xml.readNext();
                        if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                            m.numerusForms.append(xml.readElementText());
                    }
                    m.translation = m.numerusForms.join(QLatin1Char('|'));
                } else {
                    m.translation = xml.readElementText();
                }
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.append(m);
        }
    }
    if (xml.hasError())
        error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return out;
}

// The code of a file name "bankscope_<code>.ts".
QString codeOf(const QString &fileName)
{
    return fileName.mid(10).chopped(3);
}

// True when `text` has nothing to translate: no word of letters that is not a kept term.
bool nothingToTranslate(const QString &text, const QSet<QString> &keep)
{
    static const QRegularExpression words(QStringLiteral("[\\p{L}]{2,}"));
    static const QRegularExpression placeholders(QStringLiteral("%L?\\d+|%n|<[^>]*>|&\\w+;"));
    QString stripped = text;
    stripped.remove(placeholders);
    auto it = words.globalMatch(stripped);
    while (it.hasNext()) {
        const QString w = it.next().captured();
        if (!keep.contains(w))
            return false;
    }
    return true;
}

Coverage g_coverage;

} // namespace

void TestTranslations::initTestCase()
{
    g_coverage = readCoverage();
    QVERIFY2(g_coverage.error.isEmpty(), qPrintable(g_coverage.error));
}

void TestTranslations::everyFileIsListed()
{
    const QStringList files = QDir(dir).entryList({QStringLiteral("bankscope_*.ts")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &f : files)
        QVERIFY2(g_coverage.contexts.contains(codeOf(f)),
                 qPrintable(QStringLiteral("%1 is shipped but translations/COVERAGE does not say what it covers").arg(f)));
    for (auto it = g_coverage.contexts.cbegin(); it != g_coverage.contexts.cend(); ++it)
        QVERIFY2(QFile::exists(dir + QStringLiteral("/bankscope_%1.ts").arg(it.key())),
                 qPrintable(QStringLiteral("COVERAGE lists %1 but there is no bankscope_%1.ts").arg(it.key())));
    for (auto it = g_coverage.keepIn.cbegin(); it != g_coverage.keepIn.cend(); ++it)
        QVERIFY2(g_coverage.contexts.contains(it.key()),
                 qPrintable(QStringLiteral("COVERAGE has keep:%1 but no line for %1").arg(it.key())));
}

void TestTranslations::covered_data()
{
    QTest::addColumn<QString>("code");
    for (auto it = g_coverage.contexts.cbegin(); it != g_coverage.contexts.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void TestTranslations::covered()
{
    QFETCH(QString, code);
    QString language;
    QString error;
    const QList<Message> messages = readTs(dir + QStringLiteral("/bankscope_%1.ts").arg(code), language, error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!messages.isEmpty(), "no messages: run the update_translations target");
    const QStringList contexts = g_coverage.contexts.value(code);
    const bool all = contexts.contains(QStringLiteral("*"));
    QSet<QString> present;
    for (const Message &m : messages)
        present.insert(m.context);
    for (const QString &c : contexts)
        QVERIFY2(c == QLatin1String("*") || present.contains(c),
                 qPrintable(QStringLiteral("%1 claims context %2, which no source string uses").arg(code, c)));
    const QSet<QString> keep = g_coverage.keep + g_coverage.keepIn.value(code);
    QStringList problems;
    for (const Message &m : messages) {
        if (!all && !contexts.contains(m.context))
            continue;
        const QString where = QStringLiteral("%1 \"%2\"").arg(m.context, m.source.left(60));
        if (m.type == QLatin1String("unfinished"))
            problems << QStringLiteral("unfinished: ") + where;
        else if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished"))
            problems << m.type + QStringLiteral(" (remove it with lupdate -no-obsolete): ") + where;
        else if (m.translation.trimmed().isEmpty() || (m.numerus && m.numerusForms.contains(QString())))
            problems << QStringLiteral("empty: ") + where;
        else if (m.translation == m.source && !nothingToTranslate(m.source, keep))
            problems << QStringLiteral("copies the English: ") + where;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 (%2): %3 problem(s)\n  ").arg(code, language).arg(problems.size())
                                            + problems.mid(0, 40).join(QStringLiteral("\n  "))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
