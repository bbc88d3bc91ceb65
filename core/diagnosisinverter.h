#pragma once

#include "diagnosisevidence.h"

struct CommissioningPlan;
class Catalogue;

// The inverter's side of the "BMS communication fault" assistant: where a link only listened
// (on the inverter's BMS port, or a tap on its cable) and the plan names the inverter, runs the
// inverter acceptance check of issue 21 (CommissioningChecks::inverterAcceptance: the frame set,
// keep-alive and polled addresses the inverter's catalogue profile needs) on what that link saw,
// and adds what failed to the evidence, so the assistant can rank "the inverter's battery type"
// and "the protocol on the wrong port" on the wire's evidence rather than only name them.
// A link BankScope polled on is skipped (the acceptance check needs the inverter's own traffic).
// Pure; any thread.
namespace DiagnosisInverterSide {
void add(DiagnosisEvidence &evidence, const CommissioningPlan &plan, const Catalogue &catalogue);
}
