#pragma once

// Reading the annotated frame files under tests/data/ (hex text, '#' comment lines).

#include <QByteArray>
#include <QFile>
#include <QString>

namespace TestData {

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

} // namespace TestData
