<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Aggregator</name>
    <message>
        <location filename="../core/aggregator.cpp" line="177"/>
        <source>not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="179"/>
        <source>stale (last reading %1 s ago, limit %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="182"/>
        <source>silent (no reading received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="186"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="441"/>
        <location filename="../core/aggregator.cpp" line="447"/>
        <source>config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="442"/>
        <source>No pack is set as master. In a %1 bank the inverter gets its data from the master.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="444"/>
        <source>In the bank setup, mark the pack whose communication cable goes to the inverter as master.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="448"/>
        <source>%1 are all set as master. Two masters on one bus collide and the inverter sees neither reliably.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="450"/>
        <source>Keep one master (the pack wired to the inverter) and set the others to slave addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="464"/>
        <source>%1 is %2. The aggregator drops it and carries on: bank capacity falls to %3 Ah and the current limits shrink with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="466"/>
        <source>Check %1&apos;s CAN cable, termination and power; the aggregator adds it back when it reports again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="471"/>
        <source> It falls back to a voltage-only SOC of about %1 % while the packs hold %2 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="475"/>
        <source>Check the master&apos;s power and its cable to the inverter. If the master has failed, follow the failover card: make another pack the master and move the inverter cable to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="476"/>
        <source>Check the master&apos;s power and its cable to the inverter. If it has failed, promote another pack by hand: move the inverter cable to it and give it the master address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="478"/>
        <source>The master %1 is %2: the inverter receives no BMS data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="485"/>
        <source>%1 is %2, and so is the master: nothing about it reaches the inverter, and a slave read through the master cannot be checked until the master is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="487"/>
        <source>Restore the master first (see its finding); then check %1 if it still does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="491"/>
        <source>%1 is %2. The master reports a communication fault to the inverter, and the bank&apos;s capacity and limits no longer include this pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="493"/>
        <source>Check the link cable between %1 and its neighbour, its address switches, and that it is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="498"/>
        <source>%1 is %2. The inverter never sees this pack in a single-master bank, and now BankScope cannot check it either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="500"/>
        <source>Check BankScope&apos;s cable to %1 and the pack&apos;s RS485 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="504"/>
        <location filename="../core/aggregator.cpp" line="512"/>
        <source>bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="505"/>
        <source>No pack is online: the inverter has no battery data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="506"/>
        <source>Check the bus cable, termination, bit rate, and that the packs are switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="513"/>
        <source>The inverter sees %1 % SOC but the bank holds %2 % (%3 points apart): it will start the generator or cut off at the wrong moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="516"/>
        <source>The inverter sees only the master&apos;s own count. Make the pack cables to the busbar equal so the packs share current evenly, and set the inverter&apos;s cut-off SOC with this gap in mind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="517"/>
        <source>Compare the packs&apos; SOC in the pack table and check the master&apos;s aggregation settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="532"/>
        <source>%1 reports %2, but the inverter cannot see it and will go on charging and discharging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="534"/>
        <source>Check %1 now. Only what reaches the inverter protects the bank: lower the inverter&apos;s limits until the fault is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="540"/>
        <source>%1 reports %2; the inverter sees it as a fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="541"/>
        <source>%1 reports %2; under the &quot;all packs&quot; rule the inverter sees only a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="543"/>
        <source>Find the cause in %1&apos;s cell and temperature readings before resetting anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="554"/>
        <source>The lowest cell in the bank is %1 cell %2 at %3 mV; the inverter sees %4 mV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="556"/>
        <source>The lowest cell in the bank is %1 cell %2 at %3 mV; the inverter sees no cell voltages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="558"/>
        <source>The inverter cannot protect this cell. Check the pack&apos;s balance and the cell&apos;s connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="570"/>
        <source>When the bank charges at its limit of %1 A, %2 would carry %3 A (%4 % of the current), above its own limit of %5 A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="571"/>
        <source>When the bank discharges at its limit of %1 A, %2 would carry %3 A (%4 % of the current), above its own limit of %5 A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="573"/>
        <source>Unequal cable lengths or connections split the current unevenly. Make the pack cables to the busbar equal, or use the &quot;smallest pack limit&quot; rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Architecture</name>
    <message>
        <location filename="../core/bankconfig.cpp" line="57"/>
        <source>True master-slave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankconfig.cpp" line="59"/>
        <source>Peer-to-peer (GX aggregator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankconfig.cpp" line="61"/>
        <source>Single master, no inter-BMS link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankJson</name>
    <message>
        <location filename="../core/bankjson.cpp" line="32"/>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="51"/>
        <location filename="../core/bankjson.cpp" line="109"/>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="54"/>
        <location filename="../core/bankjson.cpp" line="112"/>
        <source>%1 is out of range (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="64"/>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="75"/>
        <source>expected a list of fault names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="81"/>
        <source>expected a fault name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="84"/>
        <source>unknown fault name &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="103"/>
        <source>expected a list of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="116"/>
        <location filename="../core/bankjson.cpp" line="250"/>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="150"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="155"/>
        <source>expected a JSON object describing the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="167"/>
        <source>expected &quot;master-slave&quot;, &quot;peer-to-peer&quot; or &quot;single-master&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="176"/>
        <location filename="../core/bankjson.cpp" line="213"/>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="185"/>
        <source>expected &quot;weakest-times-count&quot;, &quot;sum&quot; or &quot;min&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="193"/>
        <source>expected &quot;any&quot; or &quot;all&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="207"/>
        <source>expected a non-empty list of packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="228"/>
        <source>expected a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="230"/>
        <source>duplicate pack id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="236"/>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="245"/>
        <source>expected &quot;master&quot; or &quot;slave&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="261"/>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusScanner</name>
    <message>
        <location filename="../protocols/busscanner.cpp" line="101"/>
        <source>%1 checksum or framing errors on this address only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/busscanner.cpp" line="102"/>
        <source>%1 checksum or framing errors (seen on %2 addresses: check baud rate and A/B wiring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/busscanner.cpp" line="107"/>
        <source>two answers to one request (%1 times): two packs share this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/busscanner.cpp" line="109"/>
        <source>%1 answers came from another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/busscanner.cpp" line="117"/>
        <source>identical data from address %1: a duplicate address or a pack answering for another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/busscanner.cpp" line="123"/>
        <source>the master cannot reach this module (RTN 0x91): check its link cable and power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/busscanner.cpp" line="128"/>
        <source>the master answers that no module has this address (RTN 0x90)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanLink</name>
    <message>
        <location filename="../protocols/canlink.cpp" line="196"/>
        <source>cannot create CAN device %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/canlink.cpp" line="208"/>
        <source>%1:%2 went away; retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/canlink.cpp" line="224"/>
        <source>cannot connect %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/canlink.cpp" line="238"/>
        <source>SLCAN adapters have no setting for %1 bit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/canlink.cpp" line="257"/>
        <source>SLCAN adapter %1 went away; retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/canlink.cpp" line="365"/>
        <source>the frame could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrentSharing</name>
    <message>
        <location filename="../core/currentsharing.cpp" line="30"/>
        <source>no packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/currentsharing.cpp" line="32"/>
        <source>the load must be a positive discharge current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/currentsharing.cpp" line="34"/>
        <source>the generator-start SOC must be between 0 and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/currentsharing.cpp" line="40"/>
        <source>every pack needs a positive capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/currentsharing.cpp" line="42"/>
        <source>SOC must be 0..100 % and shares non-negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/currentsharing.cpp" line="48"/>
        <source>the sharing ratios must add up to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/currentsharing.cpp" line="50"/>
        <source>a single-master bank needs a master pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fault</name>
    <message>
        <location filename="../core/fault.cpp" line="18"/>
        <source>Cell over-voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="19"/>
        <source>Cell under-voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="20"/>
        <source>Pack over-voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="21"/>
        <source>Pack under-voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="22"/>
        <source>Charge over-current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="24"/>
        <source>Discharge over-current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="25"/>
        <source>Over-temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="26"/>
        <source>Under-temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="28"/>
        <source>MOSFET over-temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="29"/>
        <source>Short circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="30"/>
        <source>Cell imbalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="31"/>
        <source>Communication fault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="86"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="88"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="90"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="92"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hex</name>
    <message>
        <location filename="../protocols/hex.cpp" line="44"/>
        <source>a lone hex digit before position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/hex.cpp" line="51"/>
        <source>not a hex digit at position %1: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/hex.cpp" line="64"/>
        <source>odd number of hex digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InverterEmulator</name>
    <message>
        <location filename="../protocols/inverteremulator.cpp" line="21"/>
        <source>no BMS data: battery not used (communication fault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/inverteremulator.cpp" line="29"/>
        <source>charge limited to %1 A by the BMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/inverteremulator.cpp" line="33"/>
        <source>discharge limited to %1 A by the BMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/inverteremulator.cpp" line="38"/>
        <source>protection: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InverterViewModel</name>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="49"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="82"/>
        <source>%1 cell %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="83"/>
        <source>%1 sensor %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="87"/>
        <source>%1 (highest of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="88"/>
        <source>%1 (lowest of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="149"/>
        <source>Decoded from what the master sends the inverter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="150"/>
        <source>No inverter link is being decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="153"/>
        <source>The inverter receives no BMS data (master or aggregator offline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="162"/>
        <source>Faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="162"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="167"/>
        <location filename="../ui/inverterviewmodel.cpp" line="215"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="200"/>
        <source>Rule: %1. From: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="233"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="235"/>
        <source>Inverter should see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="237"/>
        <source>Inverter can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="239"/>
        <source>Inverter is told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="241"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="243"/>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JkLegacy</name>
    <message>
        <location filename="../protocols/jklegacy.cpp" line="62"/>
        <source>a JK-B frame starts 4E 57</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/jklegacy.cpp" line="64"/>
        <source>a JK-B frame has at least %1 bytes, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/jklegacy.cpp" line="68"/>
        <source>length mismatch: LEN says %1 bytes in all, frame has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/jklegacy.cpp" line="71"/>
        <source>end mark 0x68 missing before the checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/jklegacy.cpp" line="76"/>
        <source>checksum mismatch: frame says %1, computed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/jklegacy.cpp" line="125"/>
        <source>cell list 0x79 without its length byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/jklegacy.cpp" line="129"/>
        <source>cell list length %1 is not a multiple of 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/jklegacy.cpp" line="133"/>
        <source>unknown data ID 0x%1 at INFO offset %2: its size is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/jklegacy.cpp" line="137"/>
        <source>data ID 0x%1 needs %2 bytes, %3 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JkPb</name>
    <message>
        <location filename="../protocols/jkpb.cpp" line="33"/>
        <source>CRC mismatch: frame says %1, computed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/jkpb.cpp" line="45"/>
        <source>a Modbus RTU frame has at least 5 bytes, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/jkpb.cpp" line="50"/>
        <source>an exception reply has 5 bytes, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/jkpb.cpp" line="70"/>
        <source>FC03 frame of %1 bytes is neither a request (8) nor a reply (5 + byte count %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/jkpb.cpp" line="85"/>
        <source>FC16 request says %1 data bytes, frame has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/jkpb.cpp" line="96"/>
        <source>FC16 writes %1 registers but carries %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/jkpb.cpp" line="100"/>
        <source>FC16 frame of %1 bytes is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/jkpb.cpp" line="103"/>
        <source>Modbus function 0x%1 is not used by JK-PB (only 0x03 and 0x10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/jkpb.cpp" line="140"/>
        <source>a JK record starts 55 AA EB 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/jkpb.cpp" line="142"/>
        <location filename="../protocols/jkpb.cpp" line="144"/>
        <source>a JK record has 300 bytes, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/jkpb.cpp" line="149"/>
        <source>checksum mismatch: record says %1, computed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/jkpb.cpp" line="155"/>
        <source>record type %1 is not 1 (settings), 2 (status) or 3 (about)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/jkpb.cpp" line="175"/>
        <source>a record reply has 310 bytes, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/jkpb.cpp" line="187"/>
        <source>expected the 8-byte FC16 ACK after the record, got %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/jkpb.cpp" line="192"/>
        <source>the bytes after the record are not an FC16 ACK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Link</name>
    <message>
        <location filename="../protocols/link.cpp" line="62"/>
        <source>No error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/link.cpp" line="64"/>
        <source>Cannot open the adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/link.cpp" line="66"/>
        <source>The adapter refused a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/link.cpp" line="68"/>
        <source>Reading from the adapter failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/link.cpp" line="70"/>
        <source>Writing to the adapter failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/link.cpp" line="72"/>
        <source>The adapter was unplugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/link.cpp" line="74"/>
        <source>The adapter reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/link.cpp" line="76"/>
        <source>Unknown adapter error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="57"/>
        <source>BankScope — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="92"/>
        <source>What the inverter should see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="93"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>Architecture: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>How the packs reach the inverter. Decides what the inverter can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <source>Current limits: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>Faults: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="185"/>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202"/>
        <source>Inverter can see SOC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Inverter receives no BMS data&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>&lt;b style=&apos;font-size:15pt&apos;&gt;Bank SOC %1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp; %3 &amp;nbsp; %4 of %5 packs online &amp;nbsp;|&amp;nbsp; %6 &amp;nbsp;|&amp;nbsp; %7 errors, %8 warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackTableModel</name>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="114"/>
        <source>Master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="114"/>
        <source>Slave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="114"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="120"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="122"/>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="124"/>
        <source>Not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="126"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="189"/>
        <source>Last reading %1 s ago; stale after %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="204"/>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="206"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="208"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="210"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="212"/>
        <source>SOC %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="214"/>
        <source>Voltage V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="216"/>
        <source>Current A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="218"/>
        <source>Cell min mV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="220"/>
        <source>Cell max mV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="222"/>
        <source>Cell Δ mV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="224"/>
        <source>Temp max ଌ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="226"/>
        <source>CCL A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="228"/>
        <source>DCL A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="230"/>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="232"/>
        <source>Age s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../core/aggregationpolicy.cpp" line="34"/>
        <source>Weakest pack x online packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregationpolicy.cpp" line="36"/>
        <source>Sum of pack limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregationpolicy.cpp" line="38"/>
        <source>Smallest pack limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregationpolicy.cpp" line="60"/>
        <source>Any pack faulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregationpolicy.cpp" line="61"/>
        <source>Only when all packs fault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollProtocol</name>
    <message>
        <location filename="../protocols/pollprotocol.cpp" line="30"/>
        <source>%1 bytes without a frame start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pollprotocol.cpp" line="49"/>
        <location filename="../protocols/pollprotocol.cpp" line="165"/>
        <source>answer from address %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pollprotocol.cpp" line="76"/>
        <source>impossible frame length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pollprotocol.cpp" line="103"/>
        <source>%1 bytes without a record header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pollprotocol.cpp" line="128"/>
        <source>record from address %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pollprotocol.cpp" line="150"/>
        <source>function 0x%1 in an answer to a read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <location filename="../protocols/protocolid.cpp" line="43"/>
        <source>Pylontech RS485</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/protocolid.cpp" line="45"/>
        <source>Pylon / SMA / Victron CAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/protocolid.cpp" line="47"/>
        <source>JK-PB Modbus RTU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/protocolid.cpp" line="49"/>
        <source>JK-PB bus master (0x55AA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/protocolid.cpp" line="51"/>
        <source>JK-B 4E57</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PylonCan</name>
    <message>
        <location filename="../protocols/pyloncan.cpp" line="115"/>
        <location filename="../protocols/pyloncan.cpp" line="596"/>
        <source>CAN data of %1 bytes; a classic CAN frame holds at most 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pyloncan.cpp" line="119"/>
        <source>%1 needs at least %2 data bytes, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pyloncan.cpp" line="244"/>
        <source>CAN ID %1 is not part of the Pylon/SMA/Victron BMS protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pyloncan.cpp" line="577"/>
        <source>&apos;%1&apos; is not a hex CAN ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pyloncan.cpp" line="113"/>
        <location filename="../protocols/pyloncan.cpp" line="580"/>
        <source>remote frames carry no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pyloncan.cpp" line="585"/>
        <source>no CAN ID: write ID#DATA or pass --can-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pyloncan.cpp" line="111"/>
        <location filename="../protocols/pyloncan.cpp" line="589"/>
        <source>CAN ID 0x%1 is extended (29-bit); the BMS protocol uses 11-bit IDs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pylontech</name>
    <message>
        <location filename="../protocols/pylontechmessages.cpp" line="30"/>
        <source>cell count %1 is not 1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechmessages.cpp" line="37"/>
        <source>temperature count %1 is more than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechmessages.cpp" line="49"/>
        <source>user-defined item count %1 is neither 2 nor 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechmessages.cpp" line="57"/>
        <source>module block cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechmessages.cpp" line="83"/>
        <source>analog values need at least 2 bytes, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechmessages.cpp" line="88"/>
        <source>module %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechmessages.cpp" line="92"/>
        <source>analog values without a module block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechmessages.cpp" line="95"/>
        <location filename="../protocols/pylontechmessages.cpp" line="147"/>
        <source>module count mismatch: the count byte says %1, the frame holds %2 module blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechmessages.cpp" line="100"/>
        <source>a single-module answer holds %1 module blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechmessages.cpp" line="113"/>
        <source>alarm info needs at least 2 bytes, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechmessages.cpp" line="122"/>
        <source>module %1: cell count %2 is not 1..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechmessages.cpp" line="126"/>
        <source>module %1: temperature count %2 is more than %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechmessages.cpp" line="137"/>
        <source>module %1: alarm block cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechmessages.cpp" line="141"/>
        <source>alarm info without a module block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechmessages.cpp" line="144"/>
        <source>%1 bytes left after the last module block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechmessages.cpp" line="159"/>
        <source>%1 needs %2 bytes of INFO, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechmessages.cpp" line="424"/>
        <source>no response layout for command 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechmessages.cpp" line="834"/>
        <source>CID1 0x%1 is not Pylontech lithium battery data (0x46); the frame verifies but its payload scales are unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechmessages.cpp" line="842"/>
        <source>unknown command CID2 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechmessages.cpp" line="885"/>
        <source>INFO of %1 bytes fits no known response layout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PylontechFrame</name>
    <message>
        <location filename="../protocols/pylontechframe.cpp" line="28"/>
        <source>empty frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechframe.cpp" line="30"/>
        <source>frame does not start with &apos;~&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechframe.cpp" line="39"/>
        <source>not a hex character at position %1 (0x%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechframe.cpp" line="45"/>
        <source>odd number of hex characters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechframe.cpp" line="48"/>
        <source>frame too short: %1 characters, a frame has at least 16 between ~ and CR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechframe.cpp" line="64"/>
        <source>length mismatch: LENID says %1 INFO characters, frame has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechframe.cpp" line="70"/>
        <source>length checksum mismatch: frame says %1, computed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechframe.cpp" line="82"/>
        <source>checksum mismatch: frame says %1, computed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/pylontechframe.cpp" line="97"/>
        <source>mixed upper- and lower-case hex in one frame</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplayLink</name>
    <message>
        <location filename="../protocols/replaylink.cpp" line="17"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/replaylink.cpp" line="24"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <location filename="../core/inverterview.cpp" line="42"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="44"/>
        <source>capacity-weighted mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="46"/>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="48"/>
        <source>sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="50"/>
        <source>minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="52"/>
        <source>maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="54"/>
        <source>weakest pack x online packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="56"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="58"/>
        <source>master pack only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="60"/>
        <source>any pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="62"/>
        <source>all packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="64"/>
        <source>as reported on the wire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <location filename="../core/scenario.cpp" line="29"/>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenario.cpp" line="38"/>
        <location filename="../core/scenario.cpp" line="53"/>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenario.cpp" line="42"/>
        <source>expected a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenario.cpp" line="57"/>
        <source>expected a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenario.cpp" line="112"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenario.cpp" line="114"/>
        <source>expected a JSON object describing the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenario.cpp" line="128"/>
        <source>expected one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenario.cpp" line="132"/>
        <source>expected &quot;pylon-v1.2&quot; or &quot;pylontech-v1.3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenario.cpp" line="143"/>
        <source>expected &quot;master-slave&quot;, &quot;peer-to-peer&quot; or &quot;single-master&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenario.cpp" line="145"/>
        <source>a &quot;victron-can&quot; bank is peer-to-peer: every BMS talks to the GX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenario.cpp" line="149"/>
        <source>expected a list of 1 to 8 packs (a master and up to 7 slaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenario.cpp" line="185"/>
        <source>duplicate pack id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenario.cpp" line="187"/>
        <source>address %1 is used twice (use the duplicate-address fault to simulate that)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenario.cpp" line="190"/>
        <source>every pack of a bank is in the master&apos;s group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenario.cpp" line="204"/>
        <source>expected [seconds, amperes] with times in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenario.cpp" line="211"/>
        <source>expected &quot;demo-cycle&quot; or a list of [seconds, amperes] points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenario.cpp" line="217"/>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenario.cpp" line="231"/>
        <source>unknown fault &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenario.cpp" line="242"/>
        <source>no pack &apos;%1&apos; in this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenario.cpp" line="245"/>
        <source>%1 concerns a slave, not the master</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SerialLink</name>
    <message>
        <location filename="../protocols/seriallink.cpp" line="61"/>
        <source>%1 refused the settings %2 baud: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/seriallink.cpp" line="78"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/seriallink.cpp" line="103"/>
        <source>writing to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/seriallink.cpp" line="135"/>
        <source>%1 went away (%2); retrying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFormat</name>
    <message>
        <location filename="../core/sessionformat.cpp" line="162"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sessionformat.cpp" line="114"/>
        <source>expected &apos;(time) link ID#DATA&apos; or &apos;(time) link RX|TX HEX&apos;, got %1 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sessionformat.cpp" line="118"/>
        <source>bad time stamp &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sessionformat.cpp" line="127"/>
        <source>direction must be RX or TX, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sessionformat.cpp" line="130"/>
        <source>bad hex bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sessionformat.cpp" line="136"/>
        <source>CAN frame without &apos;#&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sessionformat.cpp" line="141"/>
        <source>CAN ID must be 3 (standard) or 8 (extended) hex digits, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sessionformat.cpp" line="144"/>
        <source>CAN ID %1 out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sessionformat.cpp" line="147"/>
        <source>CAN FD frames are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sessionformat.cpp" line="153"/>
        <source>CAN data must be 0 to 8 hex bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sessionformat.cpp" line="211"/>
        <source>time goes backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sessionformat.cpp" line="228"/>
        <source>serial traffic (%1) cannot be written as Vector ASC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sessionformat.cpp" line="277"/>
        <source>&apos;base&apos; must be hex or dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sessionformat.cpp" line="293"/>
        <source>event outside &apos;Begin Triggerblock&apos; ... &apos;End TriggerBlock&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sessionformat.cpp" line="297"/>
        <source>bad time &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sessionformat.cpp" line="303"/>
        <source>expected &apos;time channel id Rx|Tx d|r dlc bytes...&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sessionformat.cpp" line="309"/>
        <source>bad channel &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sessionformat.cpp" line="317"/>
        <source>bad CAN ID &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sessionformat.cpp" line="319"/>
        <source>direction must be Rx or Tx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sessionformat.cpp" line="321"/>
        <source>frame type must be d or r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sessionformat.cpp" line="324"/>
        <source>missing DLC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sessionformat.cpp" line="327"/>
        <source>DLC must be 0 to 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sessionformat.cpp" line="330"/>
        <source>DLC %1 but %2 data bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sessionformat.cpp" line="334"/>
        <source>bad data byte &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sessionformat.cpp" line="341"/>
        <source>the file ends without &apos;End TriggerBlock&apos; (cut short?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message>
        <location filename="../protocols/sessionrecorder.cpp" line="24"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../core/finding.cpp" line="24"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/finding.cpp" line="26"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/finding.cpp" line="28"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewField</name>
    <message>
        <location filename="../core/inverterview.cpp" line="118"/>
        <source>State of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="120"/>
        <source>State of health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="122"/>
        <source>Voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="124"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="126"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="128"/>
        <source>Charge voltage limit (CVL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="130"/>
        <source>Charge current limit (CCL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="132"/>
        <source>Discharge current limit (DCL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="134"/>
        <source>Highest temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="136"/>
        <source>Lowest temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="138"/>
        <source>Lowest cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="140"/>
        <source>Highest cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="142"/>
        <source>Packs online</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/aggregatecommand.cpp" line="24"/>
        <source>bankscope-cli aggregate: expected one FILE or &apos;-&apos;, got %1 arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/aggregatecommand.cpp" line="38"/>
        <source>bankscope-cli aggregate: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/aggregatecommand.cpp" line="48"/>
        <source>bankscope-cli aggregate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="17"/>
        <source>Usage: bankscope-cli COMMAND [ARGS]

Commands:
  aggregate [FILE|-]   Read a bank as JSON (file or standard input) and print what the
                       inverter should see, what it can see, the gaps and the findings.
  decode --protocol P [--can-id ID] [--dialect D] [--register R] (DATA | --file F | -)
                       Decode frames and print one JSON object per frame. P is one of
                       pylontech-rs485, pylon-can, jk-modbus, jk-pb, jk-legacy. DATA is the
                       frame as text: the Pylontech ASCII frame (&apos;~&apos; and CR optional), or hex
                       bytes (spaces allowed); CAN as ID#DATA or DATA with --can-id. A file
                       holds one frame per line (&apos;#&apos; starts a comment); answers are paired
                       with the request before them, and a CAN file&apos;s dialect is detected.
                       D: pylon-v1.2, pylontech-v1.3, sma-victron. R: the start register of
                       a JK FC03 reply given without its request.
  ports                Serial ports (with the USB adapter recognised: CH340, FTDI, CP210x,
                       PL2303, CANable...) and CAN interfaces, one JSON object each.
  scan --serial PORT --protocol P [--baud B] [--attempts N] [--timeout MS]
                       Probe the protocol&apos;s address range; one JSON object per address:
                       answering, silent or suspect, with reasons and statistics.
  monitor (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) --protocol P [--listen]
          [--duration S] [--record FILE] [--baud B] [--bitrate N] [--bank FILE]
                       Poll the bank (serial, without --listen) or listen to it; one JSON
                       line per decoded message, then one line of link statistics.
  record (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) --output FILE [--duration S]
                       Record every byte and frame, listening only.
  replay FILE --protocol P [--speed X | --fast] [--bank FILE]
                       Play a recording (BankScope, candump log or .asc) through the same
                       decoding path; print the messages and the final aggregation.
  export-asc SESSION OUTPUT.asc   Write a session&apos;s CAN frames as Vector ASC.
  help                 Show this text.

Exit status: 0 done, 2 bad input, a frame that failed to decode, or usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="94"/>
        <source>bankscope-cli: unknown command &apos;%1&apos; (try &apos;bankscope-cli help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="20"/>
        <source>bankscope-cli decode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="53"/>
        <source>--protocol needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="59"/>
        <source>unknown protocol &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="66"/>
        <source>--can-id needs an 11-bit hex ID such as 351</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="70"/>
        <source>--dialect needs one of pylon-v1.2, pylontech-v1.3, sma-victron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="77"/>
        <source>--register needs a hex register address such as 0x1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="81"/>
        <source>--file needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="85"/>
        <location filename="../app/cli/linkcommands.cpp" line="127"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="91"/>
        <source>--protocol is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="94"/>
        <source>give the frame as DATA, or --file FILE, or - for standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="103"/>
        <location filename="../app/cli/linkcommands.cpp" line="218"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/linkcommands.cpp" line="47"/>
        <source>bankscope-cli %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/linkcommands.cpp" line="80"/>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/linkcommands.cpp" line="90"/>
        <source>%1 needs a number, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/linkcommands.cpp" line="103"/>
        <source>unknown protocol &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/linkcommands.cpp" line="223"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/linkcommands.cpp" line="268"/>
        <source>usage: scan --serial PORT --protocol P [--baud B] [--attempts N] [--timeout MS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/linkcommands.cpp" line="270"/>
        <source>a CAN bus has no addresses to scan: use monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/linkcommands.cpp" line="310"/>
        <source>usage: monitor (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) --protocol P [--listen] [--duration S] [--record FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/linkcommands.cpp" line="457"/>
        <source>usage: record (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) --output FILE [--duration S] [--baud B] [--bitrate N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/linkcommands.cpp" line="501"/>
        <source>usage: replay FILE --protocol P [--speed X | --fast] [--bank FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/linkcommands.cpp" line="571"/>
        <source>usage: export-asc SESSION_FILE OUTPUT.asc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/linkcommands.cpp" line="585"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/linkcommands.cpp" line="592"/>
        <source>usage: ports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="37"/>
        <source>Commissioning and diagnostics for parallel lithium battery banks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="41"/>
        <source>Open on a simulated four-pack bank (no hardware needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="44"/>
        <source>Save a picture of the window to &lt;file&gt; after &lt;seconds&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="45"/>
        <location filename="../app/gui/main.cpp" line="53"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="47"/>
        <source>Seconds to run before --screenshot (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="48"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="51"/>
        <source>Play a simulator scenario (resources/scenarios/) instead of the demo bank: a Pylontech bank, JK-B packs or Victron CAN BMSs, with its faults on schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="65"/>
        <source>Demo bank: 4 × US3000C simulated (RS485 and CAN loopback), no hardware connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="72"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="78"/>
        <source>%1: the window plays Pylontech banks (protocol &quot;pylontech-rs485&quot; or &quot;pylon-can&quot;), JK-B single-master banks (&quot;jk-legacy&quot;) and Victron CAN BMSs (&quot;victron-can&quot;); play &quot;%2&quot; with bankscope-sim and read it with bankscope-cli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="86"/>
        <source>bankscope: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="92"/>
        <source>Scenario “%1”: %2 CAN-bus BMSs simulated, one CAN loopback each (peer-to-peer), no hardware connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="95"/>
        <source>Scenario “%1”: %2 packs simulated (RS485 and CAN loopback), no hardware connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="118"/>
        <source>bankscope: cannot save the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sim</name>
    <message>
        <location filename="../app/sim/main.cpp" line="195"/>
        <source>Usage: bankscope-sim --scenario FILE (--pty | --serial PORT | --can PLUGIN:IFACE[,IFACE...] | --slcan PORT[,PORT...])
                     [--baud B] [--dialect pylon-v1.2|pylontech-v1.3]
       bankscope-sim --inverter (--can PLUGIN:IFACE | --slcan PORT | --serial PORT) [--want A]
       bankscope-sim --gx (--can PLUGIN:IFACE[,IFACE...] | --slcan PORT[,PORT...]) [--want A]

Plays the bank a scenario describes (resources/scenarios/README.md) as its master&apos;s
RS485 port. --pty creates a pseudo-terminal and prints its path on the first line of
standard output; --serial plays it on a real port (a second USB-RS485 stick); --can and
--slcan make its master broadcast Pylon CAN once a second and report inverter heartbeats.
Events (faults firing, commands) follow as JSON lines.
Commands on standard input: fault TYPE [PACK] | clear TYPE [PACK] | status | quit
--inverter plays the inverter instead: 0x305 heartbeats on CAN, or polling a Pylontech
master on RS485 (9600 baud unless --baud), printing each second what it would charge and
discharge at (--want A: what it would like) given what the BMS told it.
A &quot;victron-can&quot; scenario is a GX-style peer-to-peer bank: every pack&apos;s BMS broadcasts its
own Victron-dialect frames on its own CAN interface, so give one interface per pack, in
bank order (--can socketcan:can0,can1,can2). --gx plays the Victron GX on those interfaces:
it sends 0x305/0x307, drops a BMS that goes quiet, aggregates the rest with the shared core
and prints each second what it would let the inverter charge and discharge at.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="238"/>
        <source>--inverter listens on one CAN interface (a GX on several: --gx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="264"/>
        <source>--inverter needs --can, --slcan or --serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="309"/>
        <source>--gx needs --can or --slcan: one CAN interface per BMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="393"/>
        <source>this bank has %1 BMSs, each on its own CAN interface: give %1 interfaces, e.g. --can socketcan:can0,can1 (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="514"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="528"/>
        <source>a victron-can bank talks CAN: give --can or --slcan, one interface per pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="535"/>
        <source>--dialect must be pylon-v1.2 or pylontech-v1.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="538"/>
        <source>the master broadcasts on one CAN interface (several are for a victron-can bank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="585"/>
        <source>cannot create a pseudo-terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="115"/>
        <source>expected: fault TYPE [PACK] | clear TYPE [PACK] | status | quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="124"/>
        <source>no pack &apos;%1&apos; in this bank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailoverCard</name>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="80"/>
        <source>%1 (the maker&apos;s)</source>
        <translation>%1 (celui du fabricant)</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="88"/>
        <source>Battery failover card</source>
        <translation>Fiche de secours batterie</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="111"/>
        <source>Your installer:</source>
        <translation>Votre installateur :</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="116"/>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="117"/>
        <source>Switching the inverter off does NOT make the battery safe: isolate it (order below).</source>
        <translation>Éteindre l&apos;onduleur ne sécurise PAS la batterie : isolez-la (ordre ci-dessous).</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="127"/>
        <source>Isolation order</source>
        <translation>Ordre d&apos;isolement</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="128"/>
        <source>Not entered: ask your installer.</source>
        <translation>Non saisi : demandez à votre installateur.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="131"/>
        <source>Bank map</source>
        <translation>Plan du banc</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="143"/>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="145"/>
        <source>inverter cable</source>
        <translation>câble onduleur</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="158"/>
        <source>If a battery fails</source>
        <translation>Si une batterie tombe en panne</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="161"/>
        <source>If the battery fails</source>
        <translation>Si la batterie tombe en panne</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="164"/>
        <source>If the master %1 fails: make %2 the master</source>
        <translation>Si le maître %1 tombe en panne : faites de %2 le maître</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="171"/>
        <source>This translation has not been reviewed: the English is beside each step.</source>
        <translation>Cette traduction n&apos;a pas été relue : l&apos;anglais est à côté de chaque étape.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="197"/>
        <source>Ask your installer about %1: it is not confirmed on this site. Stop here and call %2 on %3.</source>
        <translation>Demandez à votre installateur pour %1 : non confirmé sur ce site. Arrêtez-vous ici, appelez %2 au %3.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="211"/>
        <source>A failover drill on this site passed.</source>
        <translation>Un exercice de secours a réussi sur ce site.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="212"/>
        <source>No failover drill has passed on this site yet.</source>
        <translation>Aucun exercice de secours n&apos;a encore réussi sur ce site.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="219"/>
        <source>What you see → what to do</source>
        <translation>Ce que vous voyez → ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="225"/>
        <source>what the lights mean: %1</source>
        <translation>sens des voyants : %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="239"/>
        <source>Not entered: ask your installer before switching on.</source>
        <translation>Non saisi : demandez à votre installateur avant de rallumer.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="251"/>
        <source>Inverter battery setting: ask your installer.</source>
        <translation>Réglage batterie de l&apos;onduleur : demandez à votre installateur.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="253"/>
        <source>Power-up order</source>
        <translation>Ordre de mise en marche</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="254"/>
        <source>What the inverter does meanwhile</source>
        <translation>Ce que fait l&apos;onduleur pendant ce temps</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="264"/>
        <source>the lights on each unit</source>
        <translation>les voyants de chaque unité</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="265"/>
        <source>the SOC on the inverter</source>
        <translation>le SOC affiché par l&apos;onduleur</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="266"/>
        <source>the inverter&apos;s alarm code</source>
        <translation>le code d&apos;alarme de l&apos;onduleur</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="267"/>
        <source>when you first noticed it</source>
        <translation>quand vous l&apos;avez remarqué</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="268"/>
        <source>what you did from this card</source>
        <translation>ce que vous avez fait avec cette fiche</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="270"/>
        <source>Have ready when you call</source>
        <translation>Ayez sous la main pour l&apos;appel</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="280"/>
        <source>Do not</source>
        <translation>Ne pas</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovercard.cpp" line="281"/>
        <source>Stop and call your installer when</source>
        <translation>Arrêtez et appelez votre installateur si</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/ui/printing/cardprinter.cpp" line="154"/>
        <source>side %1 of %2</source>
        <translation>face %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/ui/printing/cardprinter.cpp" line="156"/>
        <source>turn over</source>
        <translation>tournez la page</translation>
    </message>
</context>
<context>
    <name>FailoverSteps</name>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="38"/>
        <source>Note the time, the inverter&apos;s alarm code and the lights on each unit.</source>
        <translation>Notez l&apos;heure, le code d&apos;alarme de l&apos;onduleur et les voyants de chaque unité.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="40"/>
        <source>Isolate the battery in this site&apos;s order (box above).</source>
        <translation>Isolez la batterie dans l&apos;ordre du site (cadre ci-dessus).</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="42"/>
        <source>Switch %1 off at its power switch. Leave it off.</source>
        <translation>Éteignez %1 par son interrupteur ; laissez-la éteinte.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="44"/>
        <source>Unplug the link cable from %1&apos;s Link 1 (it goes to %2&apos;s Link 0).</source>
        <translation>Débranchez le câble de liaison du Link 1 de %1 (il va au Link 0 de %2).</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="48"/>
        <source>Unplug the inverter cable from %1.</source>
        <translation>Débranchez le câble onduleur de %1.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="49"/>
        <source>Unplug the inverter cable from %1&apos;s %2 socket.</source>
        <translation>Débranchez le câble onduleur de la prise %2 de %1.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="53"/>
        <source>Plug that inverter cable into %1, in the socket it had on the master: %1 is now the master.</source>
        <translation>Branchez ce câble onduleur sur %1, dans la prise qu&apos;il avait sur le maître : %1 est maintenant le maître.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="54"/>
        <source>Plug that inverter cable into %1&apos;s %2 socket: %1 is now the master.</source>
        <translation>Branchez ce câble onduleur sur la prise %2 de %1 : %1 est maintenant le maître.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="59"/>
        <source>On %1 set switch 1 to %2 (RS485 speed %3), as on %4.</source>
        <translation>Sur %1, mettez l&apos;interrupteur 1 sur %2 (vitesse RS485 %3), comme sur %4.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="61"/>
        <source>On %1 set switches 2, 3, 4 to %2 (group %3), as on %4.</source>
        <translation>Sur %1, mettez les interrupteurs 2, 3, 4 sur %2 (groupe %3), comme sur %4.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="63"/>
        <source>Switch on in this site&apos;s power-up order, %1 left off. Where the order names %1, use %2.</source>
        <translation>Rallumez dans l&apos;ordre de mise en marche du site, %1 restant éteinte. Là où l&apos;ordre nomme %1, utilisez %2.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="67"/>
        <source>Switch the battery on in this site&apos;s power-up order, every unit included.</source>
        <translation>Rallumez la batterie dans l&apos;ordre de mise en marche du site, toutes les unités comprises.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="70"/>
        <source>Check the inverter shows the battery&apos;s charge (SOC) again, with no battery alarm.</source>
        <translation>Vérifiez que l&apos;onduleur affiche de nouveau la charge de la batterie (SOC), sans alarme batterie.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="71"/>
        <source>Check the inverter shows the battery&apos;s charge (SOC) again within %1 minutes, with no battery alarm.</source>
        <translation>Vérifiez que l&apos;onduleur affiche de nouveau la charge de la batterie (SOC) en moins de %1 minutes, sans alarme batterie.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="76"/>
        <source>Unplug both pack-bus cables from %1.</source>
        <translation>Débranchez les deux câbles du bus des packs de %1.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="77"/>
        <source>Unplug both pack-bus cables from %1 (%2).</source>
        <translation>Débranchez les deux câbles du bus des packs de %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="80"/>
        <source>Join %1 and %2 with one of those cables, so the chain is closed without %3.</source>
        <translation>Reliez %1 et %2 avec l&apos;un de ces câbles, pour refermer la chaîne sans %3.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="82"/>
        <source>On %1 set all four DIP switches OFF (0000). %1 becomes the master.</source>
        <translation>Sur %1, mettez les quatre interrupteurs DIP sur OFF (0000). %1 devient le maître.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="84"/>
        <source>Switch %1 off and on again, so it reads its new DIP switches.</source>
        <translation>Éteignez puis rallumez %1, pour qu&apos;il lise ses nouveaux interrupteurs DIP.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="87"/>
        <source>Plug the inverter cable into %1, in the socket it had on the master.</source>
        <translation>Branchez le câble onduleur sur %1, dans la prise qu&apos;il avait sur le maître.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="88"/>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="132"/>
        <source>Plug the inverter cable into %1&apos;s %2 socket.</source>
        <translation>Branchez le câble onduleur sur la prise %2 de %1.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="92"/>
        <source>In the JK app, check that %1&apos;s %2 socket runs the same protocol as %3&apos;s.</source>
        <translation>Dans l&apos;application JK, vérifiez que la prise %2 de %1 utilise le même protocole que celle de %3.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="93"/>
        <source>In the JK app, check that the protocol of %1&apos;s %2 socket is: %3 (as on %4).</source>
        <translation>Dans l&apos;application JK, vérifiez que le protocole de la prise %2 de %1 est : %3 (comme sur %4).</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="96"/>
        <source>Check that %1&apos;s %2 socket sends the same protocol as %3&apos;s (see the battery&apos;s manual).</source>
        <translation>Vérifiez que la prise %2 de %1 envoie le même protocole que celle de %3 (voir le manuel de la batterie).</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="98"/>
        <source>Unplug %1 from the shared RS485 cable.</source>
        <translation>Débranchez %1 du câble RS485 commun.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="100"/>
        <source>%1 was set up ahead with the address, protocol and speed of %2: change nothing on it.</source>
        <translation>%1 a été préparé à l&apos;avance avec l&apos;adresse, le protocole et la vitesse de %2 : n&apos;y changez rien.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="102"/>
        <source>In the JK app on %1 set Device Addr %2, and the protocol and speed %3 used.</source>
        <translation>Dans l&apos;application JK, sur %1, réglez Device Addr %2, et le protocole et la vitesse qu&apos;utilisait %3.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="104"/>
        <source>In the JK app on %1 set Device Addr %2, protocol %3 and speed %4 baud, as %5 had.</source>
        <translation>Dans l&apos;application JK, sur %1, réglez Device Addr %2, le protocole %3 et la vitesse %4 bauds, comme %5.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="107"/>
        <source>If the inverter&apos;s battery type was reset, set it again: %1 → %2.</source>
        <translation>Si le type de batterie de l&apos;onduleur a été remis à zéro, réglez-le de nouveau : %1 → %2.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="109"/>
        <source>If the inverter&apos;s battery type was reset, do not guess it: call %1 on %2.</source>
        <translation>Si le type de batterie de l&apos;onduleur a été remis à zéro, ne le devinez pas : appelez %1 au %2.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="111"/>
        <source>On the GX screen, note the alarm and which battery is missing.</source>
        <translation>Sur l&apos;écran du GX, notez l&apos;alarme et la batterie qui manque.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="113"/>
        <source>On the inverter, note the alarm and which battery is missing.</source>
        <translation>Sur l&apos;onduleur, notez l&apos;alarme et la batterie qui manque.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="115"/>
        <source>The system carries on with the other %1 batteries, with about %2 % less capacity and lower charge and discharge limits. Leave it running and call your installer in working hours.</source>
        <translation>Le système continue avec les %1 autres batteries, avec environ %2 % de capacité en moins et des limites de charge et de décharge plus basses. Laissez-le marcher et appelez votre installateur aux heures ouvrables.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="120"/>
        <source>Do not try to restart or repair the battery yourself. Call %1 now on %2.</source>
        <translation>N&apos;essayez pas de redémarrer ou de réparer la batterie vous-même. Appelez %1 maintenant au %2.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="124"/>
        <source>Unplug the inverter cable from %1: the stand-in stops being master.</source>
        <translation>Débranchez le câble onduleur de %1 : le remplaçant cesse d&apos;être le maître.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="125"/>
        <source>Unplug the inverter cable from %1&apos;s %2 socket: the stand-in stops being master.</source>
        <translation>Débranchez le câble onduleur de la prise %2 de %1 : le remplaçant cesse d&apos;être le maître.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="128"/>
        <source>Connect %1&apos;s Link 1 to %2&apos;s Link 0; %1&apos;s Link 0 stays empty.</source>
        <translation>Reliez le Link 1 de %1 au Link 0 de %2 ; le Link 0 de %1 reste vide.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="131"/>
        <source>Plug the inverter cable into %1.</source>
        <translation>Branchez le câble onduleur sur %1.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="135"/>
        <source>Set %1&apos;s switches back to %2, as planned.</source>
        <translation>Remettez les interrupteurs de %1 sur %2, comme prévu.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="137"/>
        <source>Set %1&apos;s DIP switches back to %2 (address %3).</source>
        <translation>Remettez les interrupteurs DIP de %1 sur %2 (adresse %3).</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="140"/>
        <source>Connect %1 to the pack bus as it was.</source>
        <translation>Rebranchez %1 sur le bus des packs comme avant.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="141"/>
        <source>Connect %1 to the pack bus (%2) as it was.</source>
        <translation>Rebranchez %1 sur le bus des packs (%2) comme avant.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="144"/>
        <source>In the JK app set %1 back to Device Addr %2.</source>
        <translation>Dans l&apos;application JK, remettez %1 sur Device Addr %2.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="146"/>
        <source>Set the inverter socket of %1 back as it was before.</source>
        <translation>Remettez la prise onduleur de %1 comme elle était.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="148"/>
        <source>Connect %1 to the shared RS485 cable again.</source>
        <translation>Rebranchez %1 sur le câble RS485 commun.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="150"/>
        <source>Plug the repaired battery&apos;s cable into its own GX port, never into a port another battery uses.</source>
        <translation>Branchez le câble de la batterie réparée sur son propre port du GX, jamais sur un port qu&apos;utilise une autre batterie.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="152"/>
        <source>Check on the GX that the battery is listed again.</source>
        <translation>Vérifiez sur le GX que la batterie apparaît de nouveau.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="154"/>
        <source>Check on the inverter that the battery is counted again.</source>
        <translation>Vérifiez sur l&apos;onduleur que la batterie est de nouveau comptée.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="156"/>
        <source>Only the installer brings the battery back into service.</source>
        <translation>Seul l&apos;installateur remet la batterie en service.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="165"/>
        <source>which unit becomes master when the inverter cable moves</source>
        <translation>quelle unité devient maître quand le câble onduleur est déplacé</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="167"/>
        <source>the RS485 speed switch (switch 1) on %1</source>
        <translation>l&apos;interrupteur de vitesse RS485 (interrupteur 1) de %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="169"/>
        <source>the switches on %1</source>
        <translation>les interrupteurs de %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="171"/>
        <source>the order to switch the battery on</source>
        <translation>l&apos;ordre de mise en marche de la batterie</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="173"/>
        <source>the order to isolate the battery</source>
        <translation>l&apos;ordre d&apos;isolement de la batterie</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="175"/>
        <source>making %1 the master with its DIP switches</source>
        <translation>le passage de %1 en maître par ses interrupteurs DIP</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="177"/>
        <source>restarting %1 so it reads its DIP switches</source>
        <translation>le redémarrage de %1 pour qu&apos;il lise ses interrupteurs DIP</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="179"/>
        <source>the protocol of %1&apos;s inverter socket</source>
        <translation>le protocole de la prise onduleur de %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="181"/>
        <source>the address, protocol and speed to set on %1</source>
        <translation>l&apos;adresse, le protocole et la vitesse à régler sur %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="183"/>
        <source>whether the system carries on without one battery</source>
        <translation>si le système continue sans une batterie</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="184"/>
        <source>this step</source>
        <translation>cette étape</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="194"/>
        <source>A breaker will not open, or heat, smell or smoke? Keep away, call your installer.</source>
        <translation>Disjoncteur bloqué, chaleur, odeur, fumée ? Éloignez-vous, appelez votre installateur.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="196"/>
        <source>If not: stop, call your installer.</source>
        <translation>Sinon : arrêtez, appelez votre installateur.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="198"/>
        <source>Looks different? Stop, change nothing more, call your installer.</source>
        <translation>Différent ? Arrêtez, ne changez plus rien, appelez votre installateur.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="200"/>
        <source>Looks different? Stop, change nothing, call your installer.</source>
        <translation>Différent ? Arrêtez, ne changez rien, appelez votre installateur.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="202"/>
        <source>%1 does not start, or shows red? Isolate again, call your installer.</source>
        <translation>%1 ne démarre pas, ou s&apos;allume en rouge ? Isolez de nouveau, appelez votre installateur.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="204"/>
        <source>If not: isolate again and call your installer. Try nothing else.</source>
        <translation>Sinon : isolez de nouveau et appelez votre installateur. N&apos;essayez rien d&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="206"/>
        <source>The system has stopped? Isolate the battery, call your installer.</source>
        <translation>Le système s&apos;est arrêté ? Isolez la batterie, appelez votre installateur.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="216"/>
        <source>With %1 on (as set here) it stops with a fault: the loads go dark unless the grid feeds them.</source>
        <translation>Avec %1 sur on (réglé ici), il s&apos;arrête en défaut : les charges s&apos;éteignent, sauf si le réseau les alimente.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="219"/>
        <source>With %1 off (as set here) it keeps running without battery data, on limits no maker documents; its SOC is then a guess from the voltage.</source>
        <translation>Avec %1 sur off (réglé ici), il continue sans données batterie, sur des limites non documentées ; son SOC n&apos;est qu&apos;une estimation d&apos;après la tension.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="223"/>
        <source>Whether it stops depends on its %1 setting, not recorded for this site: ask your installer.</source>
        <translation>S&apos;il s&apos;arrête dépend de son réglage %1, non noté pour ce site : demandez à votre installateur.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="226"/>
        <source>The inverter cuts its output: the loads go dark.</source>
        <translation>L&apos;onduleur coupe sa sortie : les charges s&apos;éteignent.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="228"/>
        <source>The GX shows “BMS connection lost”. If it stops sending battery limits, the inverter shuts down after about 5 minutes.</source>
        <translation>Le GX affiche « BMS connection lost ». S&apos;il n&apos;envoie plus les limites de la batterie, l&apos;onduleur s&apos;arrête après environ 5 minutes.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="231"/>
        <source>The inverter may lose the battery&apos;s charge (SOC), take the battery as empty and charge it fully from the grid.</source>
        <translation>L&apos;onduleur peut perdre la charge de la batterie (SOC), la croire vide et la recharger entièrement sur le réseau.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="233"/>
        <source>The inverter shows event 9308 “Battery error”; what it does next is not known.</source>
        <translation>L&apos;onduleur affiche l&apos;événement 9308 « Battery error » ; on ne sait pas ce qu&apos;il fait ensuite.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="235"/>
        <source>From the catalogue, in English: %1</source>
        <translation>Du catalogue, en anglais : %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="237"/>
        <source>What the %1 does without battery data is not known. Do not assume it protects the battery.</source>
        <translation>On ne sait pas ce que fait %1 sans données de la batterie. Ne supposez pas qu&apos;il protège la batterie.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="239"/>
        <source>A voltage guess can be far off: at hand-over (%1 V) about %2 %, while the packs said %3 %.</source>
        <translation>L&apos;estimation par la tension peut être très fausse : à la mise en service (%1 V), environ %2 % contre %3 % réels.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="243"/>
        <source>Under-voltage protection: recharge within %1 h (maker&apos;s limit). Note the time:</source>
        <translation>Sous-tension : rechargez sous %1 h (limite du fabricant). Notez l&apos;heure :</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="246"/>
        <source>A module below 40 V: switch everything off until the inverter can charge it (maker&apos;s rule). Note the time:</source>
        <translation>Un module sous 40 V : éteignez tout jusqu&apos;à ce que l&apos;onduleur puisse le charger (règle du fabricant). Notez l&apos;heure :</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="248"/>
        <source>Under-voltage protection: no maker gives a time limit, so call your installer at once. Note the time:</source>
        <translation>Sous-tension : aucun fabricant ne donne de délai, appelez votre installateur tout de suite. Notez l&apos;heure :</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="250"/>
        <source>Inverter battery setting: %1 → %2</source>
        <translation>Réglage batterie de l&apos;onduleur : %1 → %2</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="253"/>
        <source>Do not reconnect %1 yourself: only your installer does.</source>
        <translation>Ne rebranchez pas %1 vous-même : seul votre installateur le fait.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="255"/>
        <source>Do not move cables or switches with the battery on.</source>
        <translation>Ne déplacez ni câbles ni interrupteurs batterie allumée.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="257"/>
        <source>No switch makes a master: change no other switch.</source>
        <translation>Aucun interrupteur ne fait un maître : ne changez aucun autre interrupteur.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="259"/>
        <source>Never use the black start (holding Start for more than 10 seconds).</source>
        <translation>N&apos;utilisez jamais le démarrage à froid (Start maintenu plus de 10 secondes).</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="261"/>
        <source>Change no other setting in the JK app.</source>
        <translation>Ne changez aucun autre réglage dans l&apos;application JK.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="263"/>
        <source>Do not leave the inverter on the battery unattended.</source>
        <translation>Ne laissez pas l&apos;onduleur sur la batterie sans surveillance.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="266"/>
        <source>a step does not go as written;</source>
        <translation>une étape ne se passe pas comme écrit ;</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="268"/>
        <source>a unit is hot, swollen, smells or smokes (keep away);</source>
        <translation>une unité est chaude, gonflée, sent ou fume (éloignez-vous) ;</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="270"/>
        <source>a unit shows a protection light;</source>
        <translation>une unité affiche un voyant de protection ;</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="272"/>
        <source>a second unit fails;</source>
        <translation>une deuxième unité tombe en panne ;</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="274"/>
        <source>the master of another group fails (%1);</source>
        <translation>le maître d&apos;un autre groupe tombe en panne (%1) ;</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="276"/>
        <source>always afterwards: the bank must be checked.</source>
        <translation>toujours après coup : le banc doit être contrôlé.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="284"/>
        <source>The inverter shows a BMS communication fault, or no battery data.</source>
        <translation>L&apos;onduleur affiche un défaut de communication BMS, ou aucune donnée de batterie.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="286"/>
        <source>All lights are off on a unit.</source>
        <translation>Tous les voyants d&apos;une unité sont éteints.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="288"/>
        <source>The red ALM light is on and not blinking.</source>
        <translation>Le voyant rouge ALM est allumé sans clignoter.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="290"/>
        <source>The red ALM light is blinking.</source>
        <translation>Le voyant rouge ALM clignote.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="292"/>
        <source>JK packs have no fault light.</source>
        <translation>Les packs JK n&apos;ont pas de voyant de défaut.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="294"/>
        <source>The status light is orange and steady.</source>
        <translation>Le voyant d&apos;état est orange et fixe.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="296"/>
        <source>All lights are blue and there is no output.</source>
        <translation>Tous les voyants sont bleus et il n&apos;y a pas de sortie.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="298"/>
        <source>A blue light flashes.</source>
        <translation>Un voyant bleu clignote.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="300"/>
        <source>The GX shows a battery missing, or “BMS connection lost”.</source>
        <translation>Le GX affiche une batterie manquante, ou « BMS connection lost ».</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="309"/>
        <source>Follow the steps on this card.</source>
        <translation>Suivez les étapes de cette fiche.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="311"/>
        <source>Isolate the battery if it is unsafe, and call %1 on %2.</source>
        <translation>Isolez la batterie si elle est dangereuse, et appelez %1 au %2.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="313"/>
        <source>That unit is off or has failed. If it is %1, the master, follow the steps.</source>
        <translation>Cette unité est éteinte ou en panne. Si c&apos;est %1, le maître, suivez les étapes.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="315"/>
        <source>Protection: the unit stopped charging or discharging. Note which unit and the time; call %1 on %2.</source>
        <translation>Protection : l&apos;unité ne charge ni ne décharge plus. Notez l&apos;unité et l&apos;heure ; appelez %1 au %2.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="318"/>
        <source>An alarm, but the unit still works: note it and tell your installer.</source>
        <translation>Une alarme, mais l&apos;unité fonctionne encore : notez-la et prévenez votre installateur.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="320"/>
        <source>Their state shows only in the JK app or in BankScope.</source>
        <translation>Leur état n&apos;apparaît que dans l&apos;application JK ou dans BankScope.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="322"/>
        <source>Protection. Do not restart it yourself: call %1 on %2.</source>
        <translation>Protection. Ne la redémarrez pas vous-même : appelez %1 au %2.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="324"/>
        <source>A fuse has blown: call %1 on %2.</source>
        <translation>Un fusible a fondu : appelez %1 au %2.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="326"/>
        <source>Count the white flashes, then the blue ones (the event code), write it down and call %1 on %2.</source>
        <translation>Comptez les éclairs blancs, puis les bleus (le code d&apos;événement), notez-le et appelez %1 au %2.</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="334"/>
        <source>MASTER</source>
        <translation>MAÎTRE</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="336"/>
        <source>STAND-IN</source>
        <translation>REMPLAÇANT</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="338"/>
        <source>BMU</source>
        <translation>BMU</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="340"/>
        <source>BMS</source>
        <translation>BMS</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="348"/>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="363"/>
        <source>maker&apos;s document</source>
        <translation>document du fabricant</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="350"/>
        <source>second-hand</source>
        <translation>de seconde main</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="352"/>
        <source>uncertain</source>
        <translation>incertain</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="361"/>
        <source>safe action</source>
        <translation>action sans risque</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="365"/>
        <source>confirmed on this site</source>
        <translation>confirmé sur ce site</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="367"/>
        <source>proved by the drill</source>
        <translation>prouvé par l&apos;exercice</translation>
    </message>
    <message>
        <location filename="../../work/wt/failover/core/failovertexts.cpp" line="369"/>
        <source>not confirmed: ask your installer</source>
        <translation>non confirmé : demandez à votre installateur</translation>
    </message>
</context>
</TS>
