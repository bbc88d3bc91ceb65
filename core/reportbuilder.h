#pragma once

#include "catalogue.h"
#include "commissioningplan.h"

#include <QString>

// Builds the signed commissioning report of a plan as HTML (HOUSE-STYLE 9: reports are built
// headless and tested against golden output; ui/printing renders it to PDF or the printer). Every
// string goes through QCoreApplication::translate with the context "CommissioningReport": the
// caller picks the report's language by installing a translator, independently of the window's.
// Every fact is shown with its confidence and numbered sources; nothing unknown is shown as known.
// Pure; any thread.
class ReportBuilder
{
public:
    struct Options
    {
        QString language = QStringLiteral("en"); // the HTML lang attribute: the translator's language
        QString generatedAt;                     // ISO 8601, the caller's clock
        QString generator = QStringLiteral("BankScope");
        // The catalogue the failover summary is planned with (FailoverPlanner); the built-in one
        // when not given.
        const Catalogue *catalogue = nullptr;
    };

    static QString html(const CommissioningPlan &plan, const Options &options);
    // The document title ("Commissioning report - SITE").
    static QString title(const CommissioningPlan &plan);
};
