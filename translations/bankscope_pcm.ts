<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pcm_NG">
<context>
    <name>FailoverCard</name>
    <message>
        <location filename="../core/failovercard.cpp" line="80"/>
        <source>%1 (the maker&apos;s)</source>
        <translation>%1 (na the maker own)</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="88"/>
        <source>Battery failover card</source>
        <translation>Battery failover card</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="111"/>
        <source>Your installer:</source>
        <translation>Your installer:</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="116"/>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="117"/>
        <source>Switching the inverter off does NOT make the battery safe: isolate it (order below).</source>
        <translation>To off the inverter NO make the battery safe: isolate am (order for down).</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="127"/>
        <source>Isolation order</source>
        <translation>Isolation order</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="128"/>
        <source>Not entered: ask your installer.</source>
        <translation>Dem no write am: ask your installer.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="131"/>
        <source>Bank map</source>
        <translation>Bank map</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="143"/>
        <source>group %1</source>
        <translation>group %1</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="145"/>
        <source>inverter cable</source>
        <translation>inverter cable</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="158"/>
        <source>If a battery fails</source>
        <translation>If one battery spoil</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="161"/>
        <source>If the battery fails</source>
        <translation>If the battery spoil</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="164"/>
        <source>If the master %1 fails: make %2 the master</source>
        <translation>If the master %1 spoil: make %2 the master</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="171"/>
        <source>This translation has not been reviewed: the English is beside each step.</source>
        <translation>Nobody don check this translation yet: the English dey near each step.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="197"/>
        <source>Ask your installer about %1: it is not confirmed on this site. Stop here and call %2 on %3.</source>
        <translation>Ask your installer about %1: dem never confirm am for this site. Stop here, call %2 for %3.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="211"/>
        <source>A failover drill on this site passed.</source>
        <translation>Failover drill don pass for this site.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="212"/>
        <source>No failover drill has passed on this site yet.</source>
        <translation>No failover drill don pass for this site yet.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="219"/>
        <source>What you see → what to do</source>
        <translation>Wetin you see → wetin you go do</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="225"/>
        <source>what the lights mean: %1</source>
        <translation>wetin the light mean: %1</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="239"/>
        <source>Not entered: ask your installer before switching on.</source>
        <translation>Dem no write am: ask your installer before you on am.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="251"/>
        <source>Inverter battery setting: ask your installer.</source>
        <translation>Inverter battery setting: ask your installer.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="253"/>
        <source>Power-up order</source>
        <translation>Power-up order</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="254"/>
        <source>What the inverter does meanwhile</source>
        <translation>Wetin the inverter dey do for that time</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="264"/>
        <source>the lights on each unit</source>
        <translation>the light for each unit</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="265"/>
        <source>the SOC on the inverter</source>
        <translation>the SOC for the inverter</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="266"/>
        <source>the inverter&apos;s alarm code</source>
        <translation>the inverter alarm code</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="267"/>
        <source>when you first noticed it</source>
        <translation>when you first notice am</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="268"/>
        <source>what you did from this card</source>
        <translation>wetin you don do from this card</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="270"/>
        <source>Have ready when you call</source>
        <translation>Get these ready before you call</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="280"/>
        <source>Do not</source>
        <translation>No do</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="281"/>
        <source>Stop and call your installer when</source>
        <translation>Stop, call your installer if</translation>
    </message>
    <message>
        <location filename="../ui/printing/cardprinter.cpp" line="154"/>
        <source>side %1 of %2</source>
        <translation>side %1 of %2</translation>
    </message>
    <message>
        <location filename="../ui/printing/cardprinter.cpp" line="156"/>
        <source>turn over</source>
        <translation>turn am over</translation>
    </message>
</context>
<context>
    <name>FailoverSteps</name>
    <message>
        <location filename="../core/failovertexts.cpp" line="38"/>
        <source>Note the time, the inverter&apos;s alarm code and the lights on each unit.</source>
        <translation>Write down the time, the inverter alarm code and the light for each unit.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="40"/>
        <source>Isolate the battery in this site&apos;s order (box above).</source>
        <translation>Isolate the battery for this site order (the box for up).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="42"/>
        <source>Switch %1 off at its power switch. Leave it off.</source>
        <translation>Off %1 for im own power switch. Leave am off.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="44"/>
        <source>Unplug the link cable from %1&apos;s Link 1 (it goes to %2&apos;s Link 0).</source>
        <translation>Remove the link cable from %1 Link 1 (e go %2 Link 0).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="48"/>
        <source>Unplug the inverter cable from %1.</source>
        <translation>Remove the inverter cable from %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="49"/>
        <source>Unplug the inverter cable from %1&apos;s %2 socket.</source>
        <translation>Remove the inverter cable from %1 %2 socket.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="53"/>
        <source>Plug that inverter cable into %1, in the socket it had on the master: %1 is now the master.</source>
        <translation>Put that inverter cable for %1, for the same socket wey e dey for the master: %1 don be the master now.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="54"/>
        <source>Plug that inverter cable into %1&apos;s %2 socket: %1 is now the master.</source>
        <translation>Put that inverter cable for %1 %2 socket: %1 don be the master now.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="59"/>
        <source>On %1 set switch 1 to %2 (RS485 speed %3), as on %4.</source>
        <translation>For %1 set switch 1 to %2 (RS485 speed %3), like %4.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="61"/>
        <source>On %1 set switches 2, 3, 4 to %2 (group %3), as on %4.</source>
        <translation>For %1 set switch 2, 3, 4 to %2 (group %3), like %4.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="63"/>
        <source>Switch on in this site&apos;s power-up order, %1 left off. Where the order names %1, use %2.</source>
        <translation>On am for this site power-up order, but leave %1 off. Where the order talk %1, use %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="67"/>
        <source>Switch the battery on in this site&apos;s power-up order, every unit included.</source>
        <translation>On the battery for this site power-up order, all the unit join.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="70"/>
        <source>Check the inverter shows the battery&apos;s charge (SOC) again, with no battery alarm.</source>
        <translation>Check say the inverter dey show the battery charge (SOC) again, no battery alarm.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="71"/>
        <source>Check the inverter shows the battery&apos;s charge (SOC) again within %1 minutes, with no battery alarm.</source>
        <translation>Check say the inverter dey show the battery charge (SOC) again before %1 minutes, no battery alarm.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="76"/>
        <source>Unplug both pack-bus cables from %1.</source>
        <translation>Remove the two pack-bus cable from %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="77"/>
        <source>Unplug both pack-bus cables from %1 (%2).</source>
        <translation>Remove the two pack-bus cable from %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="80"/>
        <source>Join %1 and %2 with one of those cables, so the chain is closed without %3.</source>
        <translation>Join %1 and %2 with one of that cable, make the chain close without %3.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="82"/>
        <source>On %1 set all four DIP switches OFF (0000). %1 becomes the master.</source>
        <translation>For %1 put all four DIP switch OFF (0000). %1 go be the master.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="84"/>
        <source>Switch %1 off and on again, so it reads its new DIP switches.</source>
        <translation>Off %1 and on am again, make e read im new DIP switch.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="87"/>
        <source>Plug the inverter cable into %1, in the socket it had on the master.</source>
        <translation>Put the inverter cable for %1, for the same socket wey e dey for the master.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="88"/>
        <location filename="../core/failovertexts.cpp" line="132"/>
        <source>Plug the inverter cable into %1&apos;s %2 socket.</source>
        <translation>Put the inverter cable for %1 %2 socket.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="92"/>
        <source>In the JK app, check that %1&apos;s %2 socket runs the same protocol as %3&apos;s.</source>
        <translation>For the JK app, check say %1 %2 socket dey run the same protocol as %3 own.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="93"/>
        <source>In the JK app, check that the protocol of %1&apos;s %2 socket is: %3 (as on %4).</source>
        <translation>For the JK app, check say the protocol for %1 %2 socket na: %3 (like %4).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="96"/>
        <source>Check that %1&apos;s %2 socket sends the same protocol as %3&apos;s (see the battery&apos;s manual).</source>
        <translation>Check say %1 %2 socket dey send the same protocol as %3 own (look the battery manual).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="98"/>
        <source>Unplug %1 from the shared RS485 cable.</source>
        <translation>Remove %1 from the RS485 cable wey dem share.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="100"/>
        <source>%1 was set up ahead with the address, protocol and speed of %2: change nothing on it.</source>
        <translation>Dem don set %1 before with the address, protocol and speed of %2: no change anything for am.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="102"/>
        <source>In the JK app on %1 set Device Addr %2, and the protocol and speed %3 used.</source>
        <translation>For the JK app for %1 set Device Addr %2, and the protocol and speed wey %3 dey use.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="104"/>
        <source>In the JK app on %1 set Device Addr %2, protocol %3 and speed %4 baud, as %5 had.</source>
        <translation>For the JK app for %1 set Device Addr %2, protocol %3 and speed %4 baud, like %5 get am.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="107"/>
        <source>If the inverter&apos;s battery type was reset, set it again: %1 → %2.</source>
        <translation>If the inverter battery type don reset, set am again: %1 → %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="109"/>
        <source>If the inverter&apos;s battery type was reset, do not guess it: call %1 on %2.</source>
        <translation>If the inverter battery type don reset, no guess am: call %1 for %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="111"/>
        <source>On the GX screen, note the alarm and which battery is missing.</source>
        <translation>For the GX screen, write down the alarm and which battery no dey.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="113"/>
        <source>On the inverter, note the alarm and which battery is missing.</source>
        <translation>For the inverter, write down the alarm and which battery no dey.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="115"/>
        <source>The system carries on with the other %1 batteries, with about %2 % less capacity and lower charge and discharge limits. Leave it running and call your installer in working hours.</source>
        <translation>The system dey go on with the other %1 battery, with about %2 % less capacity and lower charge and discharge limit. Leave am dey run, call your installer for work time.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="120"/>
        <source>Do not try to restart or repair the battery yourself. Call %1 now on %2.</source>
        <translation>No try restart or repair the battery by yourself. Call %1 now for %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="124"/>
        <source>Unplug the inverter cable from %1: the stand-in stops being master.</source>
        <translation>Remove the inverter cable from %1: the stand-in no be master again.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="125"/>
        <source>Unplug the inverter cable from %1&apos;s %2 socket: the stand-in stops being master.</source>
        <translation>Remove the inverter cable from %1 %2 socket: the stand-in no be master again.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="128"/>
        <source>Connect %1&apos;s Link 1 to %2&apos;s Link 0; %1&apos;s Link 0 stays empty.</source>
        <translation>Join %1 Link 1 to %2 Link 0; %1 Link 0 go stay empty.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="131"/>
        <source>Plug the inverter cable into %1.</source>
        <translation>Put the inverter cable for %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="135"/>
        <source>Set %1&apos;s switches back to %2, as planned.</source>
        <translation>Set %1 switch back to %2, as dem plan am.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="137"/>
        <source>Set %1&apos;s DIP switches back to %2 (address %3).</source>
        <translation>Set %1 DIP switch back to %2 (address %3).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="140"/>
        <source>Connect %1 to the pack bus as it was.</source>
        <translation>Join %1 back to the pack bus as e be before.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="141"/>
        <source>Connect %1 to the pack bus (%2) as it was.</source>
        <translation>Join %1 back to the pack bus (%2) as e be before.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="144"/>
        <source>In the JK app set %1 back to Device Addr %2.</source>
        <translation>For the JK app set %1 back to Device Addr %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="146"/>
        <source>Set the inverter socket of %1 back as it was before.</source>
        <translation>Set %1 inverter socket back as e be before.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="148"/>
        <source>Connect %1 to the shared RS485 cable again.</source>
        <translation>Join %1 back to the RS485 cable wey dem share.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="150"/>
        <source>Plug the repaired battery&apos;s cable into its own GX port, never into a port another battery uses.</source>
        <translation>Put the repaired battery cable for im own GX port, never for port wey another battery dey use.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="152"/>
        <source>Check on the GX that the battery is listed again.</source>
        <translation>Check for the GX say the battery don show again.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="154"/>
        <source>Check on the inverter that the battery is counted again.</source>
        <translation>Check for the inverter say e don count the battery again.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="156"/>
        <source>Only the installer brings the battery back into service.</source>
        <translation>Na only the installer go put the battery back to work.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="165"/>
        <source>which unit becomes master when the inverter cable moves</source>
        <translation>which unit go be master when the inverter cable move</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="167"/>
        <source>the RS485 speed switch (switch 1) on %1</source>
        <translation>the RS485 speed switch (switch 1) for %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="169"/>
        <source>the switches on %1</source>
        <translation>the switch for %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="171"/>
        <source>the order to switch the battery on</source>
        <translation>the order to on the battery</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="173"/>
        <source>the order to isolate the battery</source>
        <translation>the order to isolate the battery</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="175"/>
        <source>making %1 the master with its DIP switches</source>
        <translation>how to make %1 the master with im DIP switch</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="177"/>
        <source>restarting %1 so it reads its DIP switches</source>
        <translation>how to restart %1 make e read im DIP switch</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="179"/>
        <source>the protocol of %1&apos;s inverter socket</source>
        <translation>the protocol for %1 inverter socket</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="181"/>
        <source>the address, protocol and speed to set on %1</source>
        <translation>the address, protocol and speed to set for %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="183"/>
        <source>whether the system carries on without one battery</source>
        <translation>whether the system go still work without one battery</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="184"/>
        <source>this step</source>
        <translation>this step</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="194"/>
        <source>A breaker will not open, or heat, smell or smoke? Keep away, call your installer.</source>
        <translation>Breaker no gree open, or heat, smell or smoke? Comot there, call your installer.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="196"/>
        <source>If not: stop, call your installer.</source>
        <translation>If e no work: stop, call your installer.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="198"/>
        <source>Looks different? Stop, change nothing more, call your installer.</source>
        <translation>E no be like this? Stop, no change anything again, call your installer.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="200"/>
        <source>Looks different? Stop, change nothing, call your installer.</source>
        <translation>E no be like this? Stop, no change anything, call your installer.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="202"/>
        <source>%1 does not start, or shows red? Isolate again, call your installer.</source>
        <translation>%1 no start, or e show red? Isolate again, call your installer.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="204"/>
        <source>If not: isolate again and call your installer. Try nothing else.</source>
        <translation>If e no work: isolate again, call your installer. No try anything else.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="206"/>
        <source>The system has stopped? Isolate the battery, call your installer.</source>
        <translation>The system don stop? Isolate the battery, call your installer.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="216"/>
        <source>With %1 on (as set here) it stops with a fault: the loads go dark unless the grid feeds them.</source>
        <translation>As %1 dey on (dem set am so here), e go stop with fault: the light go off unless grid power dey.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="219"/>
        <source>With %1 off (as set here) it keeps running without battery data, on limits no maker documents; its SOC is then a guess from the voltage.</source>
        <translation>As %1 dey off (dem set am so here), e go dey run without battery data, with limit wey no maker write down; the SOC na just guess from voltage.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="223"/>
        <source>Whether it stops depends on its %1 setting, not recorded for this site: ask your installer.</source>
        <translation>Whether e go stop depend on im %1 setting, wey dem no write for this site: ask your installer.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="226"/>
        <source>The inverter cuts its output: the loads go dark.</source>
        <translation>The inverter go cut im output: the light go off.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="228"/>
        <source>The GX shows “BMS connection lost”. If it stops sending battery limits, the inverter shuts down after about 5 minutes.</source>
        <translation>The GX go show “BMS connection lost”. If e stop to send battery limit, the inverter go off after about 5 minutes.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="231"/>
        <source>The inverter may lose the battery&apos;s charge (SOC), take the battery as empty and charge it fully from the grid.</source>
        <translation>The inverter fit lose the battery charge (SOC), think say the battery don empty, and charge am full from grid.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="233"/>
        <source>The inverter shows event 9308 “Battery error”; what it does next is not known.</source>
        <translation>The inverter go show event 9308 “Battery error”; nobody know wetin e go do after.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="235"/>
        <source>From the catalogue, in English: %1</source>
        <translation>From the catalogue, for English: %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="237"/>
        <source>What the %1 does without battery data is not known. Do not assume it protects the battery.</source>
        <translation>Nobody know wetin %1 dey do without battery data. No think say e go protect the battery.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="239"/>
        <source>A voltage guess can be far off: at hand-over (%1 V) about %2 %, while the packs said %3 %.</source>
        <translation>Voltage guess fit dey far: for hand-over (%1 V) e go talk about %2 %, but the packs talk %3 %.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="243"/>
        <source>Under-voltage protection: recharge within %1 h (maker&apos;s limit). Note the time:</source>
        <translation>Under-voltage protection: charge am again before %1 hours (maker limit). Write the time:</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="246"/>
        <source>A module below 40 V: switch everything off until the inverter can charge it (maker&apos;s rule). Note the time:</source>
        <translation>One module under 40 V: off everything until the inverter fit charge am (maker rule). Write the time:</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="248"/>
        <source>Under-voltage protection: no maker gives a time limit, so call your installer at once. Note the time:</source>
        <translation>Under-voltage protection: no maker give time limit, so call your installer sharp sharp. Write the time:</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="250"/>
        <source>Inverter battery setting: %1 → %2</source>
        <translation>Inverter battery setting: %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="253"/>
        <source>Do not reconnect %1 yourself: only your installer does.</source>
        <translation>No connect %1 back by yourself: na only your installer go do am.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="255"/>
        <source>Do not move cables or switches with the battery on.</source>
        <translation>No move cable or switch when the battery dey on.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="257"/>
        <source>No switch makes a master: change no other switch.</source>
        <translation>No switch dey make master: no change any other switch.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="259"/>
        <source>Never use the black start (holding Start for more than 10 seconds).</source>
        <translation>No ever use black start (to hold Start pass 10 seconds).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="261"/>
        <source>Change no other setting in the JK app.</source>
        <translation>No change any other setting for the JK app.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="263"/>
        <source>Do not leave the inverter on the battery unattended.</source>
        <translation>No leave the inverter for battery without person dey look am.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="266"/>
        <source>a step does not go as written;</source>
        <translation>one step no go as dem write am;</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="268"/>
        <source>a unit is hot, swollen, smells or smokes (keep away);</source>
        <translation>one unit dey hot, swell, dey smell or dey smoke (comot there);</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="270"/>
        <source>a unit shows a protection light;</source>
        <translation>one unit show protection light;</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="272"/>
        <source>a second unit fails;</source>
        <translation>another unit spoil again;</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="274"/>
        <source>the master of another group fails (%1);</source>
        <translation>the master of another group spoil (%1);</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="276"/>
        <source>always afterwards: the bank must be checked.</source>
        <translation>always after: person must check the bank.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="284"/>
        <source>The inverter shows a BMS communication fault, or no battery data.</source>
        <translation>The inverter show BMS communication fault, or no battery data.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="286"/>
        <source>All lights are off on a unit.</source>
        <translation>All the light don off for one unit.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="288"/>
        <source>The red ALM light is on and not blinking.</source>
        <translation>The red ALM light dey on and e no dey blink.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="290"/>
        <source>The red ALM light is blinking.</source>
        <translation>The red ALM light dey blink.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="292"/>
        <source>JK packs have no fault light.</source>
        <translation>JK pack no get fault light.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="294"/>
        <source>The status light is orange and steady.</source>
        <translation>The status light dey orange and e no dey blink.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="296"/>
        <source>All lights are blue and there is no output.</source>
        <translation>All the light dey blue and no output.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="298"/>
        <source>A blue light flashes.</source>
        <translation>Blue light dey flash.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="300"/>
        <source>The GX shows a battery missing, or “BMS connection lost”.</source>
        <translation>The GX show say one battery no dey, or “BMS connection lost”.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="309"/>
        <source>Follow the steps on this card.</source>
        <translation>Follow the step for this card.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="311"/>
        <source>Isolate the battery if it is unsafe, and call %1 on %2.</source>
        <translation>Isolate the battery if e no safe, and call %1 for %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="313"/>
        <source>That unit is off or has failed. If it is %1, the master, follow the steps.</source>
        <translation>That unit don off or e don spoil. If na %1, the master, follow the step.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="315"/>
        <source>Protection: the unit stopped charging or discharging. Note which unit and the time; call %1 on %2.</source>
        <translation>Protection: the unit don stop to charge or discharge. Write which unit and the time; call %1 for %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="318"/>
        <source>An alarm, but the unit still works: note it and tell your installer.</source>
        <translation>Na alarm, but the unit still dey work: write am down and tell your installer.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="320"/>
        <source>Their state shows only in the JK app or in BankScope.</source>
        <translation>Their condition dey show only for the JK app or for BankScope.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="322"/>
        <source>Protection. Do not restart it yourself: call %1 on %2.</source>
        <translation>Protection. No restart am by yourself: call %1 for %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="324"/>
        <source>A fuse has blown: call %1 on %2.</source>
        <translation>Fuse don blow: call %1 for %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="326"/>
        <source>Count the white flashes, then the blue ones (the event code), write it down and call %1 on %2.</source>
        <translation>Count the white flash, then the blue one (na the event code), write am down and call %1 for %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="334"/>
        <source>MASTER</source>
        <translation>MASTER</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="336"/>
        <source>STAND-IN</source>
        <translation>STAND-IN</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="338"/>
        <source>BMU</source>
        <translation>BMU</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="340"/>
        <source>BMS</source>
        <translation>BMS</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="348"/>
        <location filename="../core/failovertexts.cpp" line="363"/>
        <source>maker&apos;s document</source>
        <translation>maker document</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="350"/>
        <source>second-hand</source>
        <translation>second-hand</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="352"/>
        <source>uncertain</source>
        <translation>no sure</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="361"/>
        <source>safe action</source>
        <translation>safe action</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="365"/>
        <source>confirmed on this site</source>
        <translation>dem confirm am for this site</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="367"/>
        <source>proved by the drill</source>
        <translation>the drill don prove am</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="369"/>
        <source>not confirmed: ask your installer</source>
        <translation>dem no confirm am: ask your installer</translation>
    </message>
</context>
</TS>
