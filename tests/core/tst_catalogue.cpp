// The battery and inverter catalogue compiled into the programs: every entry loads, every fact has
// a source and a confidence that matches its mark, the facts the sheets settle read as they do,
// and a broken entry is named in one problem and skipped while the rest loads.

#include "catalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

namespace {

QByteArray resource(const QString &name)
{
    QFile f(QStringLiteral(":/catalogue/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject resourceObject(const QString &name)
{
    return QJsonDocument::fromJson(resource(name)).object();
}

QByteArray toBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Every object below `v` that is a fact (it has a "mark"), with its path.
void facts(const QJsonValue &v, const QString &path, QList<QPair<QString, QJsonObject>> &out)
{
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i)
            facts(a[i], QStringLiteral("%1[%2]").arg(path).arg(i), out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("mark")))
            out.append({path, o});
        for (auto it = o.begin(); it != o.end(); ++it)
            facts(it.value(), path + QLatin1Char('.') + it.key(), out);
    }
}

// Replaces the entry `id` of list `listKey` in `file` by what `edit` makes of it.
QJsonObject edited(const QJsonObject &file, const QString &listKey, const QString &id,
                   const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject out = file;
    QJsonArray list = out.value(listKey).toArray();
    for (int i = 0; i < list.size(); ++i) {
        QJsonObject e = list[i].toObject();
        if (e.value(QStringLiteral("id")).toString() == id) {
            edit(e);
            list[i] = e;
        }
    }
    out.insert(listKey, list);
    return out;
}

QJsonObject withFact(QJsonObject entry, const QString &key, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject f = entry.value(key).toObject();
    edit(f);
    entry.insert(key, f);
    return entry;
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInLoadsEveryEntry();
    void everyFactHasASourceAndAConfidence();
    void markMapping_data();
    void markMapping();
    void factsAsTheSheetsSettleThem();
    void noInventedThresholds();
    void brokenEntryIsNamedAndSkipped_data();
    void brokenEntryIsNamedAndSkipped();
    void brokenFileNeverCrashes_data();
    void brokenFileNeverCrashes();
    void printsEveryModelWithItsSources();
};

void TestCatalogue::builtInLoadsEveryEntry()
{
    const Catalogue c = Catalogue::builtIn();
    for (const Catalogue::Problem &p : c.problems())
        qWarning("%s", qPrintable(p.toString()));
    QVERIFY(c.problems().isEmpty());
    QStringList batteries;
    for (const BatteryModel &b : c.batteries())
        batteries.append(b.id);
    // The issue's list: Pylontech US2000C, US3000C, US5000, UP5000, Force H2; JK-PB; JK-B; a
    // generic Victron-dialect CAN BMS; BYD LVS.
    QCOMPARE(batteries, (QStringList{QStringLiteral("pylontech-us2000c"), QStringLiteral("pylontech-us3000c"),
                                     QStringLiteral("pylontech-us5000"), QStringLiteral("pylontech-up5000"),
                                     QStringLiteral("pylontech-force-h2"), QStringLiteral("jk-pb"), QStringLiteral("jk-b"),
                                     QStringLiteral("can-bms-victron"), QStringLiteral("byd-lvs")}));
    QStringList inverters;
    for (const InverterModel &i : c.inverters())
        inverters.append(i.id);
    // Deye (Sunsynk/Sol-Ark), Growatt SPF and SPH, Solis, GoodWe, Sunny Island, Victron GX, and the
    // Easun SMX-II that polls the Pylontech master at 0x12.
    QCOMPARE(inverters, (QStringList{QStringLiteral("deye-sun-sg"), QStringLiteral("growatt-spf"), QStringLiteral("growatt-sph"),
                                     QStringLiteral("solis"), QStringLiteral("goodwe"), QStringLiteral("sma-sunny-island"),
                                     QStringLiteral("victron-gx"), QStringLiteral("easun-smx-ii")}));
    QVERIFY(c.sources().size() > 50);
}

void TestCatalogue::everyFactHasASourceAndAConfidence()
{
    // Read the resource files directly, independently of the loader.
    QSet<QString> sourceIds;
    for (const QJsonValue &s : resourceObject(QStringLiteral("sources.json")).value(QStringLiteral("sources")).toArray()) {
        QVERIFY(!s.toObject().value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(!s.toObject().value(QStringLiteral("where")).toString().isEmpty());
        sourceIds.insert(s.toObject().value(QStringLiteral("id")).toString());
    }
    int total = 0;
    for (const QString &file : {QStringLiteral("batteries.json"), QStringLiteral("inverters.json")}) {
        QList<QPair<QString, QJsonObject>> all;
        facts(resourceObject(file), file, all);
        QVERIFY(all.size() > 100);
        total += int(all.size());
        for (const auto &[path, fact] : std::as_const(all)) {
            const QString mark = fact.value(QStringLiteral("mark")).toString();
            const auto confidence = ConfidenceNames::fromMark(mark);
            QVERIFY2(confidence, qPrintable(path + QStringLiteral(": unknown mark ") + mark));
            QVERIFY2(fact.value(QStringLiteral("confidence")).toString() == ConfidenceNames::name(*confidence),
                     qPrintable(path + QStringLiteral(": confidence does not match the mark")));
            const QJsonArray sources = fact.value(QStringLiteral("sources")).toArray();
            QVERIFY2(!sources.isEmpty(), qPrintable(path + QStringLiteral(": no source")));
            for (const QJsonValue &s : sources)
                QVERIFY2(sourceIds.contains(s.toString()), qPrintable(path + QStringLiteral(": unknown source ") + s.toString()));
            // No fact without a value unless it says why, never a silent gap.
            if (fact.value(QStringLiteral("value")).isNull()) {
                const QString why = fact.value(QStringLiteral("unknown")).toString();
                QVERIFY2(why == QLatin1String("no-maker-figure") || why == QLatin1String("not-found"), qPrintable(path));
            }
        }
    }
    QVERIFY(total > 300);
}

void TestCatalogue::markMapping_data()
{
    QTest::addColumn<QString>("mark");
    QTest::addColumn<QString>("confidence"); // empty: not a mark
    for (const char *m : {"doc", "doc-t", "spec", "P", "S", "[doc]"})
        QTest::newRow(m) << QString::fromLatin1(m) << "documented";
    for (const char *m : {"obs", "impl", "V", "2nd", "[2nd]"})
        QTest::newRow(m) << QString::fromLatin1(m) << "observed";
    for (const char *m : {"?", "conflict", "[?]", "[conflict]"})
        QTest::newRow(m) << QString::fromLatin1(m) << "uncertain";
    QTest::newRow("typo docs") << "docs" << "";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("lower-case p") << "p" << "";
}

void TestCatalogue::markMapping()
{
    QFETCH(QString, mark);
    QFETCH(QString, confidence);
    const auto c = ConfidenceNames::fromMark(mark);
    if (confidence.isEmpty()) {
        QVERIFY(!c);
        return;
    }
    QVERIFY(c);
    QCOMPARE(ConfidenceNames::name(*c), confidence);
    QVERIFY(!ConfidenceNames::label(*c).isEmpty());
}

void TestCatalogue::factsAsTheSheetsSettleThem()
{
    const Catalogue c = Catalogue::builtIn();
    const BatteryModel *us3000c = c.battery(QStringLiteral("pylontech-us3000c"));
    QVERIFY(us3000c);
    QCOMPARE(us3000c->masterKind, MasterKind::LinkChain);
    // Switch 1 = RS485 baud [doc]; the "switch 1 OFF = master" reading kept as a conflict.
    QCOMPARE(us3000c->switches.size(), 2);
    QCOMPARE(us3000c->switches[0].position, QStringLiteral("1"));
    QCOMPARE(us3000c->switches[0].meaning.confidence, Confidence::Documented);
    QVERIFY(us3000c->switches[0].meaning.text().contains(QStringLiteral("115200")));
    QCOMPARE(us3000c->switches[0].meaning.otherReadings.size(), 1);
    QCOMPARE(us3000c->switches[0].meaning.otherReadings[0].mark, QStringLiteral("conflict"));
    QCOMPARE(us3000c->switches[0].meaning.otherReadings[0].confidence, Confidence::Uncertain);
    // Link 0 empty = master: uncertain for US/UP.
    QCOMPARE(us3000c->master.confidence, Confidence::Uncertain);
    // 12 h recharge deadline documented for the US3000C, uncertain for the US2000C.
    QCOMPARE(us3000c->afterUndervoltage.confidence, Confidence::Documented);
    QCOMPARE(c.battery(QStringLiteral("pylontech-us2000c"))->afterUndervoltage.confidence, Confidence::Uncertain);
    // The 2 % SOC hint is second-hand; no voltage figure.
    QCOMPARE(us3000c->socSpreadPct.number(), 2.0);
    QCOMPARE(us3000c->socSpreadPct.confidence, Confidence::Observed);
    QCOMPARE(us3000c->voltageSpreadV.unknown, Unknown::NoMakerFigure);
    QCOMPARE(us3000c->voltageSpreadV.text(), QStringLiteral("no maker figure"));
    // Mixed banks: US5000 > US3000C > US2000C at the head; UP5000 has no source.
    QVERIFY(*c.battery(QStringLiteral("pylontech-us5000"))->headRank.number() > *us3000c->headRank.number());
    QVERIFY(*us3000c->headRank.number() > *c.battery(QStringLiteral("pylontech-us2000c"))->headRank.number());
    QVERIFY(!c.battery(QStringLiteral("pylontech-up5000"))->headRank.known());

    const BatteryModel *jkpb = c.battery(QStringLiteral("jk-pb"));
    QCOMPARE(jkpb->masterKind, MasterKind::DipCode);
    QCOMPARE(jkpb->maxUnits.number(), 16.0);
    QVERIFY(jkpb->portProtocol(QStringLiteral("victron-gx"), QStringLiteral("pylon-can"))->setting.text().contains(QStringLiteral("004")));
    QCOMPARE(c.battery(QStringLiteral("jk-b"))->masterKind, MasterKind::None);
    QCOMPARE(c.battery(QStringLiteral("byd-lvs"))->masterKind, MasterKind::SeparateBmu);
    QCOMPARE(c.battery(QStringLiteral("byd-lvs"))->firmwareRule.text(), QStringLiteral("required"));
    QCOMPARE(c.battery(QStringLiteral("pylontech-force-h2"))->powerUpOrder.confidence, Confidence::Documented);

    const InverterModel *deye = c.inverter(QStringLiteral("deye-sun-sg"));
    QVERIFY(deye);
    QCOMPARE(deye->multiBms.text(), QStringLiteral("firmware-dependent"));
    QVERIFY(deye->commLossSetting);
    QCOMPARE(deye->commLossSetting->name, QStringLiteral("BMS_Err_Stop"));
    const InverterSetting *pylonCan = deye->setting(QStringLiteral("pylontech-us3000c"), QStringLiteral("can"));
    QVERIFY(pylonCan);
    QVERIFY(pylonCan->value.text().contains(QStringLiteral("00")));
    const InverterSetting *pylonRs485 = deye->setting(QStringLiteral("pylontech-us3000c"), QStringLiteral("rs485"));
    QCOMPARE(pylonRs485->value.mark, QStringLiteral("conflict"));
    QCOMPARE(pylonRs485->value.otherReadings.size(), 1);
    const WireProfile *wire = deye->wireProfile(QStringLiteral("pylon-can"));
    QVERIFY(wire);
    QCOMPARE(wire->frames.size(), 6);
    QCOMPARE(wire->frames[0].ids, QList<quint32>{0x351});
    QCOMPARE(wire->frames[0].cycleS, 1.0);
    QCOMPARE(wire->frames[0].fact.confidence, Confidence::Documented);
    QCOMPARE(wire->frames[3].alternatives, QList<quint32>{0x35A});
    QVERIFY(wire->keepAlive);
    QCOMPARE(wire->keepAlive->id, 0x305u);
    QCOMPARE(wire->keepAlive->mode, KeepAlive::Mode::AnswersTo0x356);
    QCOMPARE(wire->keepAliveFact.confidence, Confidence::Observed);

    QVERIFY(c.inverter(QStringLiteral("victron-gx"))->aggregator);
    QCOMPARE(c.inverter(QStringLiteral("growatt-spf"))->commLoss.confidence, Confidence::Documented);
    QCOMPARE(c.inverter(QStringLiteral("easun-smx-ii"))->pylontechMasterAddress.number(), 18.0);
    const WireProfile *sma = c.inverter(QStringLiteral("sma-sunny-island"))->wireProfile(QStringLiteral("pylon-can"));
    QCOMPARE(sma->frames[1].ids, QList<quint32>{0x355});
    QCOMPARE(sma->frames[1].timeoutS, 60.0);
    QCOMPARE(sma->frames[1].fact.confidence, Confidence::Documented);
    // Solis: no keep-alive fact in the sources.
    QVERIFY(!c.inverter(QStringLiteral("solis"))->wireProfile(QStringLiteral("pylon-can"))->keepAlive);
}

void TestCatalogue::noInventedThresholds()
{
    // commissioning-limits §6 rule 1: no voltage or SOC window for closing a parallel breaker is
    // documented for any family; a figure may only appear second-hand, never as [doc].
    const Catalogue c = Catalogue::builtIn();
    for (const BatteryModel &b : c.batteries()) {
        QVERIFY2(b.voltageSpreadV.confidence != Confidence::Documented || !b.voltageSpreadV.known(), qPrintable(b.id));
        QVERIFY2(b.socSpreadPct.confidence != Confidence::Documented || !b.socSpreadPct.known(), qPrintable(b.id));
    }
}

void TestCatalogue::brokenEntryIsNamedAndSkipped_data()
{
    QTest::addColumn<QByteArray>("batteries");
    QTest::addColumn<QByteArray>("inverters");
    QTest::addColumn<QString>("problem"); // expected in the one problem line
    QTest::addColumn<int>("batteryCount");
    QTest::addColumn<int>("inverterCount");

    const QJsonObject b = resourceObject(QStringLiteral("batteries.json"));
    const QJsonObject i = resourceObject(QStringLiteral("inverters.json"));
    const QString bl = QStringLiteral("batteries");
    const QString il = QStringLiteral("inverters");
    const QString jkb = QStringLiteral("jk-b");
    auto fact = [](const QString &key, const std::function<void(QJsonObject &)> &edit) {
        return [key, edit](QJsonObject &e) { e = withFact(e, key, edit); };
    };

    QTest::newRow("unknown mark") << toBytes(edited(b, bl, jkb, fact(QStringLiteral("leds"), [](QJsonObject &f) { f[QStringLiteral("mark")] = QStringLiteral("docs"); })))
                                  << toBytes(i) << "batteries[6] (jk-b): leds.mark: unknown mark 'docs'" << 8 << 8;
    QTest::newRow("confidence does not match the mark")
        << toBytes(edited(b, bl, jkb, fact(QStringLiteral("leds"), [](QJsonObject &f) { f[QStringLiteral("confidence")] = QStringLiteral("uncertain"); })))
        << toBytes(i) << "leds.confidence: 'uncertain' does not match the mark [doc]" << 8 << 8;
    QTest::newRow("no source")
        << toBytes(edited(b, bl, jkb, fact(QStringLiteral("cells"), [](QJsonObject &f) { f[QStringLiteral("sources")] = QJsonArray(); })))
        << toBytes(i) << "cells.sources: a fact needs at least one source" << 8 << 8;
    QTest::newRow("unknown source")
        << toBytes(edited(b, bl, jkb, fact(QStringLiteral("cells"), [](QJsonObject &f) { f[QStringLiteral("sources")] = QJsonArray{QStringLiteral("a-blog")}; })))
        << toBytes(i) << "cells.sources: unknown source 'a-blog'" << 8 << 8;
    QTest::newRow("no value, no reason")
        << toBytes(edited(b, bl, jkb, fact(QStringLiteral("cells"), [](QJsonObject &f) { f.remove(QStringLiteral("unknown")); })))
        << toBytes(i) << "cells.unknown: a fact without a value says why" << 8 << 8;
    QTest::newRow("wrong type")
        << toBytes(edited(b, bl, QStringLiteral("jk-pb"), fact(QStringLiteral("cells"), [](QJsonObject &f) { f[QStringLiteral("value")] = QStringLiteral("16"); })))
        << toBytes(i) << "batteries[5] (jk-pb): cells.value: expected a number" << 8 << 8;
    QTest::newRow("typo in a field name")
        << toBytes(edited(b, bl, jkb, [](QJsonObject &e) { e[QStringLiteral("cell")] = e.take(QStringLiteral("cells")); }))
        << toBytes(i) << "cells: required field is missing" << 8 << 8;
    QTest::newRow("unknown field")
        << toBytes(edited(b, bl, jkb, [](QJsonObject &e) { e[QStringLiteral("colour")] = QStringLiteral("blue"); }))
        << toBytes(i) << "colour: unknown field" << 8 << 8;
    QTest::newRow("other reading without a source")
        << toBytes(edited(b, bl, QStringLiteral("pylontech-us3000c"), [](QJsonObject &e) {
               QJsonArray sw = e[QStringLiteral("switches")].toArray();
               QJsonObject s0 = sw[0].toObject();
               QJsonObject meaning = s0[QStringLiteral("meaning")].toObject();
               QJsonArray others = meaning[QStringLiteral("other_readings")].toArray();
               QJsonObject r = others[0].toObject();
               r.remove(QStringLiteral("sources"));
               others[0] = r;
               meaning[QStringLiteral("other_readings")] = others;
               s0[QStringLiteral("meaning")] = meaning;
               sw[0] = s0;
               e[QStringLiteral("switches")] = sw;
           }))
        << toBytes(i) << "switches[0].meaning.other_readings[0].sources: required field is missing" << 8 << 8;
    QTest::newRow("duplicate id")
        << toBytes(edited(b, bl, jkb, [](QJsonObject &e) { e[QStringLiteral("id")] = QStringLiteral("jk-pb"); }))
        << toBytes(i) << "batteries[6] (jk-pb): id: duplicate id" << 8 << 8;
    QJsonObject notAnObject = b;
    QJsonArray list = b[bl].toArray();
    list.insert(2, 42);
    notAnObject[bl] = list;
    QTest::newRow("entry is not an object") << toBytes(notAnObject) << toBytes(i) << "batteries[2]: not an object" << 9 << 8;
    QTest::newRow("inverter frame id malformed")
        << toBytes(b)
        << toBytes(edited(i, il, QStringLiteral("deye-sun-sg"), [](QJsonObject &e) {
               QJsonArray wire = e[QStringLiteral("wire")].toArray();
               QJsonObject w0 = wire[0].toObject();
               QJsonArray frames = w0[QStringLiteral("frames")].toArray();
               QJsonObject f0 = frames[0].toObject();
               QJsonObject v = f0[QStringLiteral("value")].toObject();
               v[QStringLiteral("ids")] = QJsonArray{QStringLiteral("351")};
               f0[QStringLiteral("value")] = v;
               frames[0] = f0;
               w0[QStringLiteral("frames")] = frames;
               wire[0] = w0;
               e[QStringLiteral("wire")] = wire;
           }))
        << "inverters[0] (deye-sun-sg): wire[0].frames[0].value.ids: expected a list of CAN ids" << 9 << 7;
    QTest::newRow("inverter setting names an unknown battery")
        << toBytes(b)
        << toBytes(edited(i, il, QStringLiteral("solis"), [](QJsonObject &e) {
               QJsonArray settings = e[QStringLiteral("settings")].toArray();
               QJsonObject s0 = settings[0].toObject();
               s0[QStringLiteral("batteries")] = QJsonArray{QStringLiteral("pylontech-us3000")};
               settings[0] = s0;
               e[QStringLiteral("settings")] = settings;
           }))
        << "settings name the battery 'pylontech-us3000'" << 9 << 7;
}

void TestCatalogue::brokenEntryIsNamedAndSkipped()
{
    QFETCH(QByteArray, batteries);
    QFETCH(QByteArray, inverters);
    QFETCH(QString, problem);
    QFETCH(int, batteryCount);
    QFETCH(int, inverterCount);
    const Catalogue c = Catalogue::fromJson(resource(QStringLiteral("sources.json")), batteries, inverters);
    QCOMPARE(c.problems().size(), 1);
    const QString line = c.problems().first().toString();
    QVERIFY2(line.contains(problem), qPrintable(line));
    QVERIFY2(line.endsWith(QLatin1String("entry skipped")), qPrintable(line));
    QVERIFY(!line.contains(QLatin1Char('\n')));
    QCOMPARE(c.batteries().size(), batteryCount);
    QCOMPARE(c.inverters().size(), inverterCount);
}

void TestCatalogue::brokenFileNeverCrashes_data()
{
    QTest::addColumn<QByteArray>("batteries");
    QTest::addColumn<QString>("problem");
    const QByteArray whole = resource(QStringLiteral("batteries.json"));
    QTest::newRow("truncated") << whole.left(whole.size() / 2) << "batteries.json: invalid JSON";
    QTest::newRow("empty") << QByteArray() << "batteries.json: invalid JSON";
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\x01", 5) << "batteries.json: invalid JSON";
    QTest::newRow("wrong format") << QByteArray(R"({"format": "something-else", "version": 1, "batteries": []})") << "not a BankScope catalogue file";
    QTest::newRow("newer version") << QByteArray(R"({"format": "bankscope-catalogue-batteries", "version": 7, "batteries": []})") << "unsupported version 7";
    QTest::newRow("list missing") << QByteArray(R"({"format": "bankscope-catalogue-batteries", "version": 1})") << "'batteries' is missing";
}

void TestCatalogue::brokenFileNeverCrashes()
{
    QFETCH(QByteArray, batteries);
    QFETCH(QString, problem);
    const Catalogue c = Catalogue::fromJson(resource(QStringLiteral("sources.json")), batteries, resource(QStringLiteral("inverters.json")));
    QVERIFY(c.batteries().isEmpty());
    QCOMPARE(c.problems().size(), 1);
    QVERIFY2(c.problems().first().toString().contains(problem), qPrintable(c.problems().first().toString()));
    // The inverters still load: one broken file does not take the other down.
    QCOMPARE(c.inverters().size(), 8);
}

void TestCatalogue::printsEveryModelWithItsSources()
{
    const Catalogue c = Catalogue::builtIn();
    const QJsonObject us3000c = c.toJson(*c.battery(QStringLiteral("pylontech-us3000c")));
    QCOMPARE(us3000c[QStringLiteral("kind")].toString(), QStringLiteral("battery"));
    QCOMPARE(us3000c[QStringLiteral("id")].toString(), QStringLiteral("pylontech-us3000c"));
    const QJsonObject cells = us3000c[QStringLiteral("cells")].toObject();
    const QJsonObject firstSource = cells[QStringLiteral("sources")].toArray().first().toObject();
    QCOMPARE(firstSource[QStringLiteral("id")].toString(), QStringLiteral("zivillian-esp32"));
    QVERIFY(firstSource[QStringLiteral("title")].toString().contains(QStringLiteral("US3000C")));
    const QJsonObject deye = c.toJson(*c.inverter(QStringLiteral("deye-sun-sg")));
    QCOMPARE(deye[QStringLiteral("kind")].toString(), QStringLiteral("inverter"));
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
