#include "failovertexts.h"

#include <QCoreApplication>

namespace FailoverTexts {

CardText steps(const char *source)
{
    return {QCoreApplication::translate("FailoverSteps", source), QString::fromUtf8(source)};
}

CardText card(const char *source)
{
    return {QCoreApplication::translate("FailoverCard", source), QString::fromUtf8(source)};
}

namespace {

// Shorthand: a "FailoverSteps" text. Every literal below is wrapped in QT_TRANSLATE_NOOP so that
// lupdate finds it in its context.
CardText S(const char *source)
{
    return steps(source);
}

QString a(const QStringList &args, int i)
{
    return args.value(i);
}

} // namespace

CardText step(const FailoverStep &s)
{
    const QString &c = s.code;
    const QStringList &x = s.args;
    if (c == QLatin1String("note-time"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Note the time, the inverter's alarm code and the lights on each unit."));
    if (c == QLatin1String("isolate"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Isolate the battery in this site's order (box above)."));
    if (c == QLatin1String("power-off-failed"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Switch %1 off at its power switch. Leave it off.")).arg(a(x, 0));
    if (c == QLatin1String("unlink-failed"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Unplug the link cable from %1's Link 1 (it goes to %2's Link 0)."))
            .arg(a(x, 0), a(x, 1));
    if (c == QLatin1String("unplug-failed-inverter")) {
        if (a(x, 1).isEmpty())
            return S(QT_TRANSLATE_NOOP("FailoverSteps", "Unplug the inverter cable from %1.")).arg(a(x, 0));
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Unplug the inverter cable from %1's %2 socket.")).arg(a(x, 0), a(x, 1));
    }
    if (c == QLatin1String("plug-standin-inverter")) {
        if (a(x, 1).isEmpty())
            return S(QT_TRANSLATE_NOOP("FailoverSteps", "Plug that inverter cable into %1, in the socket it had on the master: %1 is now the master.")).arg(a(x, 0));
        return S(QT_TRANSLATE_NOOP("FailoverSteps",
                                   "Plug that inverter cable into %1's %2 socket: %1 is now the master."))
            .arg(a(x, 0), a(x, 1));
    }
    if (c == QLatin1String("set-switch-1"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "On %1 set switch 1 to %2 (RS485 speed %3), as on %4.")).arg(a(x, 0), a(x, 1), a(x, 2), a(x, 3));
    if (c == QLatin1String("set-group"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "On %1 set switches 2, 3, 4 to %2 (group %3), as on %4.")).arg(a(x, 0), a(x, 1), a(x, 2), a(x, 3));
    if (c == QLatin1String("power-up"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps",
                                   "Switch on in this site's power-up order, %1 left off. Where the order names %1, use %2."))
            .arg(a(x, 0), a(x, 1));
    if (c == QLatin1String("power-up-all"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Switch the battery on in this site's power-up order, every unit included."));
    if (c == QLatin1String("check-inverter")) {
        if (x.isEmpty())
            return S(QT_TRANSLATE_NOOP("FailoverSteps", "Check the inverter shows the battery's charge (SOC) again, with no battery alarm."));
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Check the inverter shows the battery's charge (SOC) again within %1 minutes, with no battery alarm."))
            .arg(a(x, 0));
    }
    if (c == QLatin1String("unlink-failed-jk")) {
        if (a(x, 1).isEmpty())
            return S(QT_TRANSLATE_NOOP("FailoverSteps", "Unplug both pack-bus cables from %1.")).arg(a(x, 0));
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Unplug both pack-bus cables from %1 (%2).")).arg(a(x, 0), a(x, 1));
    }
    if (c == QLatin1String("close-chain"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Join %1 and %2 with one of those cables, so the chain is closed without %3.")).arg(a(x, 0), a(x, 1), a(x, 2));
    if (c == QLatin1String("set-dip-master"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "On %1 set all four DIP switches OFF (0000). %1 becomes the master.")).arg(a(x, 0));
    if (c == QLatin1String("restart-standin"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Switch %1 off and on again, so it reads its new DIP switches.")).arg(a(x, 0));
    if (c == QLatin1String("plug-standin-inverter-jk") || c == QLatin1String("plug-standin-inverter-single")) {
        if (a(x, 1).isEmpty())
            return S(QT_TRANSLATE_NOOP("FailoverSteps", "Plug the inverter cable into %1, in the socket it had on the master.")).arg(a(x, 0));
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Plug the inverter cable into %1's %2 socket.")).arg(a(x, 0), a(x, 1));
    }
    if (c == QLatin1String("check-port-protocol")) {
        if (a(x, 2).isEmpty())
            return S(QT_TRANSLATE_NOOP("FailoverSteps", "In the JK app, check that %1's %2 socket runs the same protocol as %3's.")).arg(a(x, 0), a(x, 1), a(x, 3));
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "In the JK app, check that the protocol of %1's %2 socket is: %3 (as on %4).")).arg(a(x, 0), a(x, 1), a(x, 2), a(x, 3));
    }
    if (c == QLatin1String("check-port-protocol-bms"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Check that %1's %2 socket sends the same protocol as %3's (see the battery's manual).")).arg(a(x, 0), a(x, 1), a(x, 3));
    if (c == QLatin1String("unlink-failed-shared"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Unplug %1 from the shared RS485 cable.")).arg(a(x, 0));
    if (c == QLatin1String("standin-preset"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "%1 was set up ahead with the address, protocol and speed of %2: change nothing on it.")).arg(a(x, 0), a(x, 1));
    if (c == QLatin1String("set-app-address") && (a(x, 2).isEmpty() || a(x, 3).isEmpty()))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "In the JK app on %1 set Device Addr %2, and the protocol and speed %3 used.")).arg(a(x, 0), a(x, 1), a(x, 4));
    if (c == QLatin1String("set-app-address"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "In the JK app on %1 set Device Addr %2, protocol %3 and speed %4 baud, as %5 had."))
            .arg(a(x, 0), a(x, 1), a(x, 2), a(x, 3), a(x, 4));
    if (c == QLatin1String("reselect-battery-type"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "If the inverter's battery type was reset, set it again: %1 → %2.")).arg(a(x, 0), a(x, 1));
    if (c == QLatin1String("battery-type-ask"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "If the inverter's battery type was reset, do not guess it: call %1 on %2.")).arg(a(x, 0), a(x, 1));
    if (c == QLatin1String("gx-look"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "On the GX screen, note the alarm and which battery is missing."));
    if (c == QLatin1String("inverter-look"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "On the inverter, note the alarm and which battery is missing."));
    if (c == QLatin1String("carries-on"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps",
                                   "The system carries on with the batteries that are still on (%1), with about %2 % less capacity and lower charge and discharge limits. "
                                   "Leave it running and call your installer in working hours."))
            .arg(a(x, 0), a(x, 1));
    if (c == QLatin1String("call-installer-now"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Do not try to restart or repair the battery yourself. Call %1 now on %2.")).arg(a(x, 0), a(x, 1));
    // The installer's restore steps.
    if (c == QLatin1String("unplug-standin-inverter")) {
        if (a(x, 1).isEmpty())
            return S(QT_TRANSLATE_NOOP("FailoverSteps", "Unplug the inverter cable from %1: the stand-in stops being master.")).arg(a(x, 0));
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Unplug the inverter cable from %1's %2 socket: the stand-in stops being master.")).arg(a(x, 0), a(x, 1));
    }
    if (c == QLatin1String("link-repaired"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Connect %1's Link 1 to %2's Link 0; %1's Link 0 stays empty.")).arg(a(x, 0), a(x, 1));
    if (c == QLatin1String("plug-repaired-inverter")) {
        if (a(x, 1).isEmpty())
            return S(QT_TRANSLATE_NOOP("FailoverSteps", "Plug the inverter cable into %1.")).arg(a(x, 0));
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Plug the inverter cable into %1's %2 socket.")).arg(a(x, 0), a(x, 1));
    }
    if (c == QLatin1String("set-switches-back"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Set %1's switches back to %2, as planned.")).arg(a(x, 0), a(x, 1));
    if (c == QLatin1String("set-dip-back"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Set %1's DIP switches back to %2 (address %3).")).arg(a(x, 0), a(x, 1), a(x, 2));
    if (c == QLatin1String("link-repaired-jk")) {
        if (a(x, 1).isEmpty())
            return S(QT_TRANSLATE_NOOP("FailoverSteps", "Connect %1 to the pack bus as it was.")).arg(a(x, 0));
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Connect %1 to the pack bus (%2) as it was.")).arg(a(x, 0), a(x, 1));
    }
    if (c == QLatin1String("set-app-address-back"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "In the JK app set %1 back to Device Addr %2.")).arg(a(x, 0), a(x, 1));
    if (c == QLatin1String("standin-stays-slave"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Set the inverter socket of %1 back as it was before.")).arg(a(x, 0));
    if (c == QLatin1String("link-repaired-shared"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Connect %1 to the shared RS485 cable again.")).arg(a(x, 0));
    if (c == QLatin1String("plug-repaired-own-port"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Plug the repaired battery's cable into its own GX port, never into a port another battery uses."));
    if (c == QLatin1String("gx-check-back"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Check on the GX that the battery is listed again."));
    if (c == QLatin1String("inverter-check-back"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Check on the inverter that the battery is counted again."));
    if (c == QLatin1String("installer-only"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Only the installer brings the battery back into service."));
    return {c, c};
}

CardText topic(const FailoverStep &s)
{
    const QString &c = s.code;
    const QString unit = s.args.value(0);
    if (c == QLatin1String("plug-standin-inverter") || c == QLatin1String("link-repaired"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "which unit becomes master when the inverter cable moves"));
    if (c == QLatin1String("set-switch-1"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "the RS485 speed switch (switch 1) on %1")).arg(unit);
    if (c == QLatin1String("set-group") || c == QLatin1String("set-switches-back"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "the switches on %1")).arg(unit);
    if (c == QLatin1String("power-up") || c == QLatin1String("power-up-all"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "the order to switch the battery on"));
    if (c == QLatin1String("isolate"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "the order to isolate the battery"));
    if (c == QLatin1String("set-dip-master") || c == QLatin1String("set-dip-back") || c == QLatin1String("plug-standin-inverter-jk"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "making %1 the master with its DIP switches")).arg(unit);
    if (c == QLatin1String("restart-standin"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "restarting %1 so it reads its DIP switches")).arg(unit);
    if (c == QLatin1String("check-port-protocol") || c == QLatin1String("check-port-protocol-bms"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "the protocol of %1's inverter socket")).arg(unit);
    if (c == QLatin1String("set-app-address") || c == QLatin1String("set-app-address-back"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "the address, protocol and speed to set on %1")).arg(unit);
    if (c == QLatin1String("carries-on"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "whether the system carries on without one battery"));
    return S(QT_TRANSLATE_NOOP("FailoverSteps", "this step"));
}

CardText ifNot(const FailoverStep &s)
{
    const QString &c = s.ifNot;
    const QStringList &x = s.ifNotArgs;
    if (c.isEmpty())
        return {};
    if (c == QLatin1String("isolate-fails"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "A breaker will not open, or heat, smell or smoke? Keep away, call your installer."));
    if (c == QLatin1String("call-installer"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "If not: stop, call your installer."));
    if (c == QLatin1String("cable-differs"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Looks different? Stop, change nothing more, call your installer."));
    if (c == QLatin1String("switch-differs"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Looks different? Stop, change nothing, call your installer."));
    if (c == QLatin1String("power-up-fails"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "%1 does not start, or shows red? Isolate again, call your installer.")).arg(a(x, 0));
    if (c == QLatin1String("check-inverter-fails"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "If not: isolate again and call your installer. Try nothing else."));
    if (c == QLatin1String("system-stopped"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "The system has stopped? Isolate the battery, call your installer."));
    return {c, c};
}

CardText line(const FailoverLine &l)
{
    const QString &c = l.code;
    const QStringList &x = l.args;
    // What the inverter does meanwhile.
    if (c == QLatin1String("deye-stops"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "With %1 on (as set here) it stops with a fault: the loads go dark unless the grid feeds them."))
            .arg(a(x, 0));
    if (c == QLatin1String("deye-runs"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps",
                                   "With %1 off (as set here) it keeps running without battery data, on limits no maker documents; its SOC is then a guess from the voltage."))
            .arg(a(x, 0));
    if (c == QLatin1String("deye-setting-unknown"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Whether it stops depends on its %1 setting, not recorded for this site: ask your installer."))
            .arg(a(x, 0));
    if (c == QLatin1String("growatt-cuts"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "The inverter cuts its output: the loads go dark."));
    if (c == QLatin1String("gx-shutdown"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps",
                                   "The GX shows “BMS connection lost”. If it stops sending battery limits, the inverter shuts down after about 5 minutes."));
    if (c == QLatin1String("solis-grid-charge"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "The inverter may lose the battery's charge (SOC), take the battery as empty and charge it fully from the grid."));
    if (c == QLatin1String("sma-battery-error"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "The inverter shows event 9308 “Battery error”; what it does next is not known."));
    if (c == QLatin1String("catalogue-text"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "From the catalogue, in English: %1")).arg(a(x, 0));
    if (c == QLatin1String("unknown"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "What the %1 does without battery data is not known. Do not assume it protects the battery.")).arg(a(x, 0));
    if (c == QLatin1String("voltage-guess"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "A voltage guess can be far off: at hand-over (%1 V) about %2 %, while the packs said %3 %."))
            .arg(a(x, 0), a(x, 1), a(x, 2));
    // The deadline after under-voltage protection.
    if (c == QLatin1String("deadline-hours"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Under-voltage protection: recharge within %1 h (maker's limit). Note the time:"))
            .arg(a(x, 0));
    if (c == QLatin1String("deadline-byd"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "A module below 40 V: switch everything off until the inverter can charge it (maker's rule). Note the time:"));
    if (c == QLatin1String("deadline-none"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Under-voltage protection: no maker gives a time limit, so call your installer at once. Note the time:"));
    if (c == QLatin1String("inverter-setting"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Inverter battery setting: %1 → %2")).arg(a(x, 0), a(x, 1));
    // What not to do.
    if (c == QLatin1String("no-reconnect-failed"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Do not reconnect %1 yourself: only your installer does.")).arg(a(x, 0));
    if (c == QLatin1String("no-live-changes"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Do not move cables or switches with the battery on."));
    if (c == QLatin1String("no-master-switch"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "No switch makes a master: change no other switch."));
    if (c == QLatin1String("no-black-start"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Never use the black start (holding Start for more than 10 seconds)."));
    if (c == QLatin1String("no-other-settings"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Change no other setting in the JK app."));
    if (c == QLatin1String("silence-not-safe"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Do not leave the inverter on the battery unattended."));
    // When to stop and call.
    if (c == QLatin1String("step-fails"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "a step does not go as written;"));
    if (c == QLatin1String("heat-smell"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "a unit is hot, swollen, smells or smokes (keep away);"));
    if (c == QLatin1String("protection-light"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "a unit shows a protection light;"));
    if (c == QLatin1String("second-failure"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "a second unit fails;"));
    if (c == QLatin1String("other-group-master"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "the master of another group fails (%1);")).arg(a(x, 0));
    if (c == QLatin1String("after-failover"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "always afterwards: the bank must be checked."));
    return {c, c};
}

CardText see(const SeeDoRow &r)
{
    const QString &c = r.see;
    if (c == QLatin1String("inverter-bms-fault"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "The inverter shows a BMS communication fault, or no battery data."));
    if (c == QLatin1String("all-lights-off"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "All lights are off on a unit."));
    if (c == QLatin1String("alm-steady"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "The red ALM light is on and not blinking."));
    if (c == QLatin1String("alm-flashing"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "The red ALM light is blinking."));
    if (c == QLatin1String("jk-no-fault-light"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "JK packs have no fault light."));
    if (c == QLatin1String("hv-orange"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "The status light is orange and steady."));
    if (c == QLatin1String("hv-all-blue"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "All lights are blue and there is no output."));
    if (c == QLatin1String("byd-blue-flash"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "A blue light flashes."));
    if (c == QLatin1String("gx-battery-missing"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "The GX shows a battery missing, or “BMS connection lost”."));
    return {c, c};
}

CardText todo(const SeeDoRow &r)
{
    const QString &c = r.todo;
    const QStringList &x = r.args;
    if (c == QLatin1String("follow-steps"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Follow the steps on this card."));
    if (c == QLatin1String("call-now"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Isolate the battery if it is unsafe, and call %1 on %2.")).arg(a(x, 0), a(x, 1));
    if (c == QLatin1String("unit-off"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "That unit is off or has failed. If it is %1, the master, follow the steps.")).arg(a(x, 0));
    if (c == QLatin1String("protection-call"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Protection: the unit stopped charging or discharging. Note which unit and the time; call %1 on %2."))
            .arg(a(x, 0), a(x, 1));
    if (c == QLatin1String("alarm-note"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "An alarm, but the unit still works: note it and tell your installer."));
    if (c == QLatin1String("use-app"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Their state shows only in the JK app or in BankScope."));
    if (c == QLatin1String("call-do-not-restart"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Protection. Do not restart it yourself: call %1 on %2.")).arg(a(x, 0), a(x, 1));
    if (c == QLatin1String("call-fuse"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "A fuse has blown: call %1 on %2.")).arg(a(x, 0), a(x, 1));
    if (c == QLatin1String("count-flashes-call"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "Count the white flashes, then the blue ones (the event code), write it down and call %1 on %2."))
            .arg(a(x, 0), a(x, 1));
    return {c, c};
}

CardText role(const QString &r)
{
    if (r == QLatin1String("master"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "MASTER"));
    if (r == QLatin1String("stand-in"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "STAND-IN"));
    if (r == QLatin1String("bmu"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "BMU"));
    if (r == QLatin1String("peer"))
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "BMS"));
    return {};
}

CardText confidence(Confidence c)
{
    switch (c) {
    case Confidence::Documented:
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "maker's document"));
    case Confidence::Observed:
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "second-hand"));
    case Confidence::Uncertain:
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "uncertain"));
    }
    return {};
}

CardText basis(StepBasis b)
{
    switch (b) {
    case StepBasis::SafeAction:
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "safe action"));
    case StepBasis::Documented:
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "maker's document"));
    case StepBasis::ConfirmedOnSite:
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "confirmed on this site"));
    case StepBasis::ProvedByDrill:
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "proved by the drill"));
    case StepBasis::Unverified:
        return S(QT_TRANSLATE_NOOP("FailoverSteps", "not confirmed: ask your installer"));
    }
    return {};
}

} // namespace FailoverTexts
