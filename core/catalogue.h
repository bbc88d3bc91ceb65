#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// How far a fact can be trusted. The fact sheets mark every fact; the catalogue keeps the mark and
// maps it onto one of three confidences (resources/catalogue/README.md):
//   documented            [doc] [doc-t] [spec] [P] [S]   a maker's document (or its transcription)
//   observed/second-hand  [obs] [impl] [V] [2nd]          captures, implementations, integrators
//   uncertain             [?] [conflict]                  unverified, by analogy, or sources disagree
enum class Confidence { Documented, Observed, Uncertain };

namespace ConfidenceNames {
QList<Confidence> all();
QString name(Confidence confidence); // "documented", "observed", "uncertain"
std::optional<Confidence> fromName(const QString &name);
QString label(Confidence confidence); // translated
// The confidence a sheet's mark stands for ("doc", "2nd", "?" ...; brackets allowed), or nullopt.
std::optional<Confidence> fromMark(const QString &mark);
QStringList marks(); // every mark the sheets use, in table order
// The less trustworthy of two.
Confidence weakest(Confidence a, Confidence b);
} // namespace ConfidenceNames

// Why a fact has no value.
enum class Unknown {
    Known,          // the fact has a value
    NoMakerFigure,  // the sheets looked and no maker gives a figure: the product says so
    NotFound,       // the sources read do not give it: "unknown - see its manual"
    NotInCatalogue  // the model itself is not in the catalogue: "unknown - see its manual"
};

namespace UnknownNames {
QString name(Unknown unknown);  // "", "no-maker-figure", "not-found", "not-in-catalogue"
QString label(Unknown unknown); // translated: "no maker figure", "unknown - see its manual"
} // namespace UnknownNames

// One reading of a fact as its sources give it.
struct FactReading
{
    QJsonValue value;
    QString mark;       // the sheet's mark without brackets: "doc", "2nd", "?" ...
    Confidence confidence = Confidence::Uncertain;
    QStringList sources; // keys into the catalogue's source list
    QString note;
};

// A fact of the catalogue: the value the product uses, its mark, confidence and sources, and every
// other reading where the sources disagree (each with its own source).
struct Fact
{
    QJsonValue value; // null when unknown
    Unknown unknown = Unknown::NotFound;
    QString mark;
    Confidence confidence = Confidence::Uncertain;
    QStringList sources;
    QString note;
    QList<FactReading> otherReadings;

    bool known() const { return unknown == Unknown::Known; }
    std::optional<double> number() const;
    QString text() const;       // the value as text (strings joined with "; "), or the unknown label
    QStringList strings() const;

    // What every value of a model outside the catalogue is.
    static Fact notInCatalogue();
};

struct CatalogueSource
{
    QString id;
    QString title;
    QString where; // URL or repository path
};

// How a bank's master comes about (DESIGN.md section 1).
enum class MasterKind {
    LinkChain,   // Pylontech: the unit at the head of the link chain carries the inverter cable
    DipCode,     // JK-PB: DIP 0000
    AppSetting,  // an address set in the vendor's app
    SeparateBmu, // BYD: a separate box
    Election,    // automatic election among the units
    None         // every unit is its own BMS, no inter-BMS link
};

// How addresses come about; selects the planner's rules.
enum class AddressScheme {
    PylontechGroup, // RS485 ADR = 2 + position + 0x10 x group, group on DIP 2-4 of the master
    JkDip,          // DIP 0-15 binary, 0 = master
    AppSetting,     // an address entered in the vendor's app (JK-B "Device Addr")
    Bmu,            // the BMU assigns them
    None            // no addresses (CAN broadcast)
};

namespace CatalogueNames {
QString masterKind(MasterKind kind);
std::optional<MasterKind> masterKindFromName(const QString &name);
QString addressScheme(AddressScheme scheme);
std::optional<AddressScheme> addressSchemeFromName(const QString &name);
// Wire protocols the catalogue may name ("pylon-can", "pylontech-rs485", ...).
QStringList protocols();
} // namespace CatalogueNames

struct SwitchInfo
{
    QString position; // "1", "2-4", "1-4"
    Fact meaning;
};

struct PortInfo
{
    QString name;
    QString use; // "inverter", "pack-bus", "service"
    Fact pinout;
};

// What to select on a battery's port for an inverter ("*" = any inverter).
struct PortProtocol
{
    QString inverter;
    QString port;
    QString bmsProtocol;
    Fact setting;
};

struct BatteryModel
{
    QString id;
    QString name;
    QString maker;
    QString family; // models of one family can share a bank
    MasterKind masterKind = MasterKind::None;
    AddressScheme addressScheme = AddressScheme::None;
    QString maxUnitsScope; // "group", "bank", "strings", "system"

    Fact cells;
    Fact capacityAh;
    Fact maxUnits;
    Fact maxGroups; // absent (not known) for models without groups
    Fact master;
    QList<SwitchInfo> switches;
    Fact addressRange;
    Fact rs485Baud;
    Fact canBitrate;
    QList<PortInfo> ports;
    QList<PortProtocol> portProtocols;
    Fact headRank; // mixed banks: the higher rank goes at the head
    Fact voltageSpreadV;
    Fact socSpreadPct;
    Fact powerUpOrder;
    Fact shutdownOrder;
    Fact afterUndervoltage;
    Fact leds;
    Fact termination;
    Fact maxCableM;
    Fact firmwareRule; // "required", "advised", or unknown

    QJsonObject json; // the validated entry, as written

    // The protocol setting for this inverter on this battery, or nullptr.
    const PortProtocol *portProtocol(const QString &inverterId, const QString &bmsProtocol) const;
};

// One frame the inverter needs: any of `ids` (the documented one), or an alternative (accepted
// with a warning), at most every `timeoutS` (or, without one, one missed cycle tolerated).
struct FrameRequirement
{
    QList<quint32> ids;
    QList<quint32> alternatives;
    std::optional<double> cycleS;
    std::optional<double> timeoutS;
    Fact fact; // mark, confidence, sources, note of the requirement
};

struct KeepAlive
{
    enum class Mode { None, Periodic, AnswersTo0x356 };
    Mode mode = Mode::None;
    quint32 id = 0;
    QList<quint32> also;
    std::optional<double> cycleS;
};

// What an inverter expects on its BMS port for one protocol.
struct WireProfile
{
    QString protocol; // "pylon-can", "pylontech-rs485", "growatt-can"
    QString link;     // "can", "rs485"
    Fact bitrate;
    QList<FrameRequirement> frames;
    Fact minInterval;                 // seconds, where the inverter wants no faster than this
    Fact keepAliveFact;               // the raw fact (unknown when the sources do not say)
    std::optional<KeepAlive> keepAlive; // parsed when the fact is known
    Fact polls;                       // RS485 pollers: {"address", "commands"}
};

struct InverterSetting
{
    QStringList batteries;
    QString link;
    QString bmsProtocol;
    Fact value;
};

struct CommLossSetting
{
    QString name; // e.g. "BMS_Err_Stop"
    Fact where;
    Fact effect;
};

struct InverterModel
{
    QString id;
    QString name;
    QString maker;
    bool aggregator = false; // a GX: every BMS talks to it, it talks to the inverter
    Fact rebadges;
    Fact links;
    Fact batteryMenu;
    QList<InverterSetting> settings;
    Fact multiBms; // "no", "yes", "firmware-dependent", or unknown
    Fact multiBmsFirmware;
    Fact commLoss;
    std::optional<CommLossSetting> commLossSetting;
    Fact limitsZero;
    Fact pins;
    Fact parallel;
    Fact firmwareNote;
    Fact pylontechMasterAddress; // an inverter that polls the Pylontech master at a fixed ADR
    QList<WireProfile> wire;

    QJsonObject json;

    // The battery-type setting for this battery (on `link` if given), or nullptr.
    const InverterSetting *setting(const QString &batteryId, const QString &link = QString()) const;
    const WireProfile *wireProfile(const QString &protocol) const;
};

// The battery and inverter catalogue (resources/catalogue, embedded as :/catalogue/). Loaded and
// validated as a whole; a broken entry is named in one problem line and skipped, never fatal.
// Immutable after loading; cheap to copy (implicitly shared Qt containers). Any thread.
class Catalogue
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)

public:
    struct Problem
    {
        QString file;  // "batteries.json"
        QString entry; // "batteries[3] (jk-b)"; empty for a file-level problem
        QString message;
        QString toString() const;
    };

    // The catalogue compiled into the program.
    static Catalogue builtIn();
    static Catalogue fromJson(const QByteArray &sources, const QByteArray &batteries, const QByteArray &inverters);
    // The same in two steps, for a caller that reads many battery and inverter files against one
    // sources file (the catalogue fuzz targets): the sources file alone, then the other two
    // against it. withSources(sourcesOnly(s), b, i) is fromJson(s, b, i).
    static Catalogue sourcesOnly(const QByteArray &sources);
    static Catalogue withSources(const Catalogue &sources, const QByteArray &batteries, const QByteArray &inverters);

    const QList<BatteryModel> &batteries() const { return m_batteries; }
    const QList<InverterModel> &inverters() const { return m_inverters; }
    const QList<CatalogueSource> &sources() const { return m_sources; }
    const QList<Problem> &problems() const { return m_problems; }

    const BatteryModel *battery(const QString &id) const;
    const InverterModel *inverter(const QString &id) const;
    const CatalogueSource *source(const QString &id) const;

    // A model as `bankscope-cli catalogue` prints it: {"kind", "id", "name", ...every field},
    // each fact's source keys expanded into {"id", "title", "where"}.
    QJsonObject toJson(const BatteryModel &battery) const;
    QJsonObject toJson(const InverterModel &inverter) const;

private:
    QList<CatalogueSource> m_sources;
    QList<BatteryModel> m_batteries;
    QList<InverterModel> m_inverters;
    QList<Problem> m_problems;
};
