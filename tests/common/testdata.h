#pragma once

// Reading the annotated frame files under tests/data/ (hex text, '#' comment lines).

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QPair>
#include <QString>

namespace TestData {

// The absolute path of a file under tests/data/ (everything a test reads lives there).
inline QString path(const QString &relativePath)
{
    return QStringLiteral(BANKSCOPE_TEST_DATA "/") + relativePath;
}

// The real Pylontech RS485 capture (1568 frames, Tomcat42/pylontech-python; origin in its header).
inline QString pylontechCapture()
{
    return path(QStringLiteral("pylontech-rs485/pylontech_rs485_2pack_0x42_FF_poll.log"));
}

// Where a test leaves what a human should look at (screenshots): the build tree, never the
// source tree (CMake passes the folder in).
inline QString outputPath(const QString &fileName)
{
    return QStringLiteral(BANKSCOPE_TEST_OUTPUT "/") + fileName;
}

// The bytes of a hex file under tests/data/, comment lines skipped; empty if it is missing.
inline QByteArray hexFile(const QString &relativePath)
{
    QFile f(QStringLiteral(BANKSCOPE_TEST_DATA "/") + relativePath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray text;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (!line.startsWith('#'))
            text += line;
    }
    return QByteArray::fromHex(text);
}

// The same file as hex text (what a user would paste on the command line).
inline QByteArray hexText(const QString &relativePath)
{
    return hexFile(relativePath).toHex().toUpper();
}

// A "label frame" list under tests/data/ (one example per line, '#' comments and blank lines
// skipped): the label and the frame text of each line, in file order. Empty if it is missing.
inline QList<QPair<QString, QByteArray>> labelledLines(const QString &relativePath)
{
    QList<QPair<QString, QByteArray>> out;
    QFile f(QStringLiteral(BANKSCOPE_TEST_DATA "/") + relativePath);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().simplified();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype space = line.indexOf(' ');
        out.append({QString::fromLatin1(line.left(space)), space < 0 ? QByteArray() : line.mid(space + 1)});
    }
    return out;
}

} // namespace TestData
