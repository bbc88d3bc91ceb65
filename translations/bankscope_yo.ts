<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="yo_NG">
<context>
    <name>FailoverCard</name>
    <message>
        <location filename="../core/failovercard.cpp" line="80"/>
        <source>%1 (the maker&apos;s)</source>
        <translation>%1 (ti olùṣe rẹ̀)</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="88"/>
        <source>Battery failover card</source>
        <translation>Káàdì pàjáwìrì bátìrì</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="111"/>
        <source>Your installer:</source>
        <translation>Installer yín:</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="116"/>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="117"/>
        <source>Switching the inverter off does NOT make the battery safe: isolate it (order below).</source>
        <translation>Pípa inverter KÒ mú kí bátìrì wà láìléwu: ẹ ya bátìrì sọ́tọ̀ (ètò ní ìsàlẹ̀).</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="127"/>
        <source>Isolation order</source>
        <translation>Ètò yíya bátìrì sọ́tọ̀</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="128"/>
        <source>Not entered: ask your installer.</source>
        <translation>A kò kọ ọ́: ẹ béèrè lọ́wọ́ installer yín.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="131"/>
        <source>Bank map</source>
        <translation>Àwòrán àwọn bátìrì</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="143"/>
        <source>group %1</source>
        <translation>ẹgbẹ́ %1</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="145"/>
        <source>inverter cable</source>
        <translation>wáyà inverter</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="158"/>
        <source>If a battery fails</source>
        <translation>Bí bátìrì kan bá bàjẹ́</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="161"/>
        <source>If the battery fails</source>
        <translation>Bí bátìrì bá bàjẹ́</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="164"/>
        <source>If the master %1 fails: make %2 the master</source>
        <translation>Bí master %1 bá bàjẹ́: ẹ sọ %2 di master</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="171"/>
        <source>This translation has not been reviewed: the English is beside each step.</source>
        <translation>Ẹnìkan kò tíì ṣàyẹ̀wò ìtúmọ̀ yìí: Gẹ̀ẹ́sì wà lẹ́gbẹ̀ẹ́ ìgbésẹ̀ kọ̀ọ̀kan.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="197"/>
        <source>Ask your installer about %1: it is not confirmed on this site. Stop here and call %2 on %3.</source>
        <translation>Ẹ béèrè lọ́wọ́ installer yín nípa %1: a kò tíì fìdí rẹ̀ múlẹ̀ níbí. Ẹ dúró síbí kí ẹ pe %2 lórí %3.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="211"/>
        <source>A failover drill on this site passed.</source>
        <translation>Ìdánwò pàjáwìrì ti yọrí sí rere níbí.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="212"/>
        <source>No failover drill has passed on this site yet.</source>
        <translation>Kò sí ìdánwò pàjáwìrì tó tíì yọrí sí rere níbí.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="219"/>
        <source>What you see → what to do</source>
        <translation>Ohun tí ẹ rí → ohun tí ẹ ó ṣe</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="225"/>
        <source>what the lights mean: %1</source>
        <translation>ìtumọ̀ àwọn iná: %1</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="239"/>
        <source>Not entered: ask your installer before switching on.</source>
        <translation>A kò kọ ọ́: ẹ béèrè lọ́wọ́ installer yín kí ẹ tó tàn án.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="251"/>
        <source>Inverter battery setting: ask your installer.</source>
        <translation>Ètò bátìrì lórí inverter: ẹ béèrè lọ́wọ́ installer yín.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="253"/>
        <source>Power-up order</source>
        <translation>Ètò títàn bátìrì</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="254"/>
        <source>What the inverter does meanwhile</source>
        <translation>Ohun tí inverter ń ṣe ní àsìkò yìí</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="264"/>
        <source>the lights on each unit</source>
        <translation>iná bátìrì kọ̀ọ̀kan</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="265"/>
        <source>the SOC on the inverter</source>
        <translation>SOC tí inverter ń fihàn</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="266"/>
        <source>the inverter&apos;s alarm code</source>
        <translation>kóòdù ìkìlọ̀ inverter</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="267"/>
        <source>when you first noticed it</source>
        <translation>ìgbà tí ẹ kọ́kọ́ rí i</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="268"/>
        <source>what you did from this card</source>
        <translation>ohun tí ẹ ti ṣe láti inú káàdì yìí</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="270"/>
        <source>Have ready when you call</source>
        <translation>Ẹ ṣètò ìwọ̀nyí kí ẹ tó pè</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="280"/>
        <source>Do not</source>
        <translation>Ẹ má ṣe</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="281"/>
        <source>Stop and call your installer when</source>
        <translation>Ẹ dúró kí ẹ pe installer yín bí</translation>
    </message>
    <message>
        <location filename="../ui/printing/cardprinter.cpp" line="154"/>
        <source>side %1 of %2</source>
        <translation>ojú %1 nínú %2</translation>
    </message>
    <message>
        <location filename="../ui/printing/cardprinter.cpp" line="156"/>
        <source>turn over</source>
        <translation>ẹ yí i padà</translation>
    </message>
</context>
<context>
    <name>FailoverSteps</name>
    <message>
        <location filename="../core/failovertexts.cpp" line="38"/>
        <source>Note the time, the inverter&apos;s alarm code and the lights on each unit.</source>
        <translation>Ẹ kọ aago sílẹ̀, kóòdù ìkìlọ̀ inverter àti iná bátìrì kọ̀ọ̀kan.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="40"/>
        <source>Isolate the battery in this site&apos;s order (box above).</source>
        <translation>Ẹ ya bátìrì sọ́tọ̀ ní ètò ibí yìí (àpótí lókè).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="42"/>
        <source>Switch %1 off at its power switch. Leave it off.</source>
        <translation>Ẹ pa %1 ní switch agbára rẹ̀. Ẹ fi sílẹ̀ ní pípa.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="44"/>
        <source>Unplug the link cable from %1&apos;s Link 1 (it goes to %2&apos;s Link 0).</source>
        <translation>Ẹ yọ wáyà ìsopọ̀ kúrò ní Link 1 %1 (ó lọ sí Link 0 %2).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="48"/>
        <source>Unplug the inverter cable from %1.</source>
        <translation>Ẹ yọ wáyà inverter kúrò lára %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="49"/>
        <source>Unplug the inverter cable from %1&apos;s %2 socket.</source>
        <translation>Ẹ yọ wáyà inverter kúrò ní socket %2 ti %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="53"/>
        <source>Plug that inverter cable into %1, in the socket it had on the master: %1 is now the master.</source>
        <translation>Ẹ so wáyà inverter náà mọ́ %1, ní socket tí ó wà lára master: %1 ti di master báyìí.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="54"/>
        <source>Plug that inverter cable into %1&apos;s %2 socket: %1 is now the master.</source>
        <translation>Ẹ so wáyà inverter náà mọ́ socket %2 ti %1: %1 ti di master báyìí.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="59"/>
        <source>On %1 set switch 1 to %2 (RS485 speed %3), as on %4.</source>
        <translation>Lórí %1 ẹ fi switch 1 sí %2 (ìyára RS485 %3), bí ti %4.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="61"/>
        <source>On %1 set switches 2, 3, 4 to %2 (group %3), as on %4.</source>
        <translation>Lórí %1 ẹ fi switch 2, 3, 4 sí %2 (ẹgbẹ́ %3), bí ti %4.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="63"/>
        <source>Switch on in this site&apos;s power-up order, %1 left off. Where the order names %1, use %2.</source>
        <translation>Ẹ tàn án ní ètò títàn ibí yìí, ẹ fi %1 sílẹ̀ ní pípa. Níbi tí ètò bá dárúkọ %1, ẹ lo %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="67"/>
        <source>Switch the battery on in this site&apos;s power-up order, every unit included.</source>
        <translation>Ẹ tàn bátìrì ní ètò títàn ibí yìí, gbogbo bátìrì pẹ̀lú.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="70"/>
        <source>Check the inverter shows the battery&apos;s charge (SOC) again, with no battery alarm.</source>
        <translation>Ẹ wò ó pé inverter tún ń fi agbára bátìrì (SOC) hàn, láìsí ìkìlọ̀ bátìrì.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="71"/>
        <source>Check the inverter shows the battery&apos;s charge (SOC) again within %1 minutes, with no battery alarm.</source>
        <translation>Ẹ wò ó pé inverter tún ń fi agbára bátìrì (SOC) hàn láàrin ìṣẹ́jú %1, láìsí ìkìlọ̀ bátìrì.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="76"/>
        <source>Unplug both pack-bus cables from %1.</source>
        <translation>Ẹ yọ wáyà pack-bus méjèèjì kúrò lára %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="77"/>
        <source>Unplug both pack-bus cables from %1 (%2).</source>
        <translation>Ẹ yọ wáyà pack-bus méjèèjì kúrò lára %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="80"/>
        <source>Join %1 and %2 with one of those cables, so the chain is closed without %3.</source>
        <translation>Ẹ so %1 àti %2 pọ̀ pẹ̀lú ọ̀kan nínú àwọn wáyà náà, kí ẹ̀wọ̀n náà di pípé láìsí %3.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="82"/>
        <source>On %1 set all four DIP switches OFF (0000). %1 becomes the master.</source>
        <translation>Lórí %1 ẹ fi gbogbo DIP switch mẹ́rẹ̀ẹ̀rin sí OFF (0000). %1 yóò di master.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="84"/>
        <source>Switch %1 off and on again, so it reads its new DIP switches.</source>
        <translation>Ẹ pa %1 kí ẹ sì tún tàn án, kí ó lè ka àwọn DIP switch tuntun rẹ̀.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="87"/>
        <source>Plug the inverter cable into %1, in the socket it had on the master.</source>
        <translation>Ẹ so wáyà inverter mọ́ %1, ní socket tí ó wà lára master.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="88"/>
        <location filename="../core/failovertexts.cpp" line="132"/>
        <source>Plug the inverter cable into %1&apos;s %2 socket.</source>
        <translation>Ẹ so wáyà inverter mọ́ socket %2 ti %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="92"/>
        <source>In the JK app, check that %1&apos;s %2 socket runs the same protocol as %3&apos;s.</source>
        <translation>Nínú JK app, ẹ wò ó pé socket %2 ti %1 ń lo protocol kan náà pẹ̀lú ti %3.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="93"/>
        <source>In the JK app, check that the protocol of %1&apos;s %2 socket is: %3 (as on %4).</source>
        <translation>Nínú JK app, ẹ wò ó pé protocol socket %2 ti %1 ni: %3 (bí ti %4).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="96"/>
        <source>Check that %1&apos;s %2 socket sends the same protocol as %3&apos;s (see the battery&apos;s manual).</source>
        <translation>Ẹ wò ó pé socket %2 ti %1 ń rán protocol kan náà pẹ̀lú ti %3 (ẹ wo ìwé ìtọ́sọ́nà bátìrì).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="98"/>
        <source>Unplug %1 from the shared RS485 cable.</source>
        <translation>Ẹ yọ %1 kúrò lára wáyà RS485 tí wọ́n ń lò pọ̀.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="100"/>
        <source>%1 was set up ahead with the address, protocol and speed of %2: change nothing on it.</source>
        <translation>A ti ṣètò %1 ṣáájú pẹ̀lú àdírẹ́sì, protocol àti ìyára %2: ẹ má yí nǹkan kan padà lára rẹ̀.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="102"/>
        <source>In the JK app on %1 set Device Addr %2, and the protocol and speed %3 used.</source>
        <translation>Nínú JK app lórí %1 ẹ fi Device Addr %2, àti protocol àti ìyára tí %3 ń lò.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="104"/>
        <source>In the JK app on %1 set Device Addr %2, protocol %3 and speed %4 baud, as %5 had.</source>
        <translation>Nínú JK app lórí %1 ẹ fi Device Addr %2, protocol %3 àti ìyára %4 baud, bí ti %5.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="107"/>
        <source>If the inverter&apos;s battery type was reset, set it again: %1 → %2.</source>
        <translation>Bí irú bátìrì inverter bá ti padà sí ìbẹ̀rẹ̀, ẹ tún un ṣe: %1 → %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="109"/>
        <source>If the inverter&apos;s battery type was reset, do not guess it: call %1 on %2.</source>
        <translation>Bí irú bátìrì inverter bá ti padà sí ìbẹ̀rẹ̀, ẹ má ṣe fi ọgbọ́n inú yàn án: ẹ pe %1 lórí %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="111"/>
        <source>On the GX screen, note the alarm and which battery is missing.</source>
        <translation>Lójú GX, ẹ kọ ìkìlọ̀ náà sílẹ̀ àti bátìrì tí kò sí.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="113"/>
        <source>On the inverter, note the alarm and which battery is missing.</source>
        <translation>Lórí inverter, ẹ kọ ìkìlọ̀ náà sílẹ̀ àti bátìrì tí kò sí.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="115"/>
        <source>The system carries on with the other %1 batteries, with about %2 % less capacity and lower charge and discharge limits. Leave it running and call your installer in working hours.</source>
        <translation>Ẹ̀rọ náà ń bá iṣẹ́ lọ pẹ̀lú àwọn bátìrì %1 tó kù, pẹ̀lú agbára ìpamọ́ tó dín ní nǹkan bí %2 % àti ìwọ̀n gbígba àti lílo agbára tó kéré. Ẹ jẹ́ kí ó máa ṣiṣẹ́ kí ẹ pe installer yín ní àkókò iṣẹ́.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="120"/>
        <source>Do not try to restart or repair the battery yourself. Call %1 now on %2.</source>
        <translation>Ẹ má gbìyànjú láti tún bátìrì tàn tàbí tún un ṣe fúnra yín. Ẹ pe %1 báyìí lórí %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="124"/>
        <source>Unplug the inverter cable from %1: the stand-in stops being master.</source>
        <translation>Ẹ yọ wáyà inverter kúrò lára %1: adèlé kò jẹ́ master mọ́.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="125"/>
        <source>Unplug the inverter cable from %1&apos;s %2 socket: the stand-in stops being master.</source>
        <translation>Ẹ yọ wáyà inverter kúrò ní socket %2 ti %1: adèlé kò jẹ́ master mọ́.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="128"/>
        <source>Connect %1&apos;s Link 1 to %2&apos;s Link 0; %1&apos;s Link 0 stays empty.</source>
        <translation>Ẹ so Link 1 ti %1 mọ́ Link 0 ti %2; Link 0 ti %1 yóò wà ní òfo.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="131"/>
        <source>Plug the inverter cable into %1.</source>
        <translation>Ẹ so wáyà inverter mọ́ %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="135"/>
        <source>Set %1&apos;s switches back to %2, as planned.</source>
        <translation>Ẹ dá àwọn switch %1 padà sí %2, bí a ti ṣètò.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="137"/>
        <source>Set %1&apos;s DIP switches back to %2 (address %3).</source>
        <translation>Ẹ dá àwọn DIP switch %1 padà sí %2 (àdírẹ́sì %3).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="140"/>
        <source>Connect %1 to the pack bus as it was.</source>
        <translation>Ẹ tún so %1 mọ́ pack bus bí ó ti wà tẹ́lẹ̀.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="141"/>
        <source>Connect %1 to the pack bus (%2) as it was.</source>
        <translation>Ẹ tún so %1 mọ́ pack bus (%2) bí ó ti wà tẹ́lẹ̀.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="144"/>
        <source>In the JK app set %1 back to Device Addr %2.</source>
        <translation>Nínú JK app ẹ dá %1 padà sí Device Addr %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="146"/>
        <source>Set the inverter socket of %1 back as it was before.</source>
        <translation>Ẹ dá socket inverter ti %1 padà bí ó ti wà tẹ́lẹ̀.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="148"/>
        <source>Connect %1 to the shared RS485 cable again.</source>
        <translation>Ẹ tún so %1 mọ́ wáyà RS485 tí wọ́n ń lò pọ̀.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="150"/>
        <source>Plug the repaired battery&apos;s cable into its own GX port, never into a port another battery uses.</source>
        <translation>Ẹ so wáyà bátìrì tí a tún ṣe mọ́ port GX tirẹ̀, kì í ṣe port tí bátìrì mìíràn ń lò.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="152"/>
        <source>Check on the GX that the battery is listed again.</source>
        <translation>Ẹ wò ó lórí GX pé bátìrì náà tún hàn.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="154"/>
        <source>Check on the inverter that the battery is counted again.</source>
        <translation>Ẹ wò ó lórí inverter pé ó tún ń ka bátìrì náà.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="156"/>
        <source>Only the installer brings the battery back into service.</source>
        <translation>Installer nìkan ló lè dá bátìrì padà sí iṣẹ́.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="165"/>
        <source>which unit becomes master when the inverter cable moves</source>
        <translation>bátìrì wo ló máa di master tí a bá gbé wáyà inverter</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="167"/>
        <source>the RS485 speed switch (switch 1) on %1</source>
        <translation>switch ìyára RS485 (switch 1) lórí %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="169"/>
        <source>the switches on %1</source>
        <translation>àwọn switch lórí %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="171"/>
        <source>the order to switch the battery on</source>
        <translation>ètò títàn bátìrì</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="173"/>
        <source>the order to isolate the battery</source>
        <translation>ètò yíya bátìrì sọ́tọ̀</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="175"/>
        <source>making %1 the master with its DIP switches</source>
        <translation>bí a ṣe ń sọ %1 di master pẹ̀lú àwọn DIP switch rẹ̀</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="177"/>
        <source>restarting %1 so it reads its DIP switches</source>
        <translation>títún %1 tàn kí ó lè ka àwọn DIP switch rẹ̀</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="179"/>
        <source>the protocol of %1&apos;s inverter socket</source>
        <translation>protocol socket inverter ti %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="181"/>
        <source>the address, protocol and speed to set on %1</source>
        <translation>àdírẹ́sì, protocol àti ìyára tí a ó fi sí %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="183"/>
        <source>whether the system carries on without one battery</source>
        <translation>bóyá ẹ̀rọ náà yóò máa ṣiṣẹ́ láìsí bátìrì kan</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="184"/>
        <source>this step</source>
        <translation>ìgbésẹ̀ yìí</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="194"/>
        <source>A breaker will not open, or heat, smell or smoke? Keep away, call your installer.</source>
        <translation>Breaker kò ṣí, tàbí ooru, òórùn tàbí èéfín wà? Ẹ jìnnà sí i, ẹ pe installer yín.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="196"/>
        <source>If not: stop, call your installer.</source>
        <translation>Bí kò bá rí bẹ́ẹ̀: ẹ dúró, ẹ pe installer yín.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="198"/>
        <source>Looks different? Stop, change nothing more, call your installer.</source>
        <translation>Ó yàtọ̀? Ẹ dúró, ẹ má yí nǹkan mìíràn padà, ẹ pe installer yín.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="200"/>
        <source>Looks different? Stop, change nothing, call your installer.</source>
        <translation>Ó yàtọ̀? Ẹ dúró, ẹ má yí nǹkan kan padà, ẹ pe installer yín.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="202"/>
        <source>%1 does not start, or shows red? Isolate again, call your installer.</source>
        <translation>%1 kò tàn, tàbí ó ń fi pupa hàn? Ẹ tún ya bátìrì sọ́tọ̀, ẹ pe installer yín.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="204"/>
        <source>If not: isolate again and call your installer. Try nothing else.</source>
        <translation>Bí kò bá rí bẹ́ẹ̀: ẹ tún ya bátìrì sọ́tọ̀ kí ẹ pe installer yín. Ẹ má gbìyànjú nǹkan mìíràn.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="206"/>
        <source>The system has stopped? Isolate the battery, call your installer.</source>
        <translation>Ẹ̀rọ náà ti dúró? Ẹ ya bátìrì sọ́tọ̀, ẹ pe installer yín.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="216"/>
        <source>With %1 on (as set here) it stops with a fault: the loads go dark unless the grid feeds them.</source>
        <translation>Tí %1 bá wà ní títàn (bí a ṣe ṣètò rẹ̀ níbí) yóò dúró pẹ̀lú àṣìṣe: iná yóò lọ àyàfi tí iná grid bá wà.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="219"/>
        <source>With %1 off (as set here) it keeps running without battery data, on limits no maker documents; its SOC is then a guess from the voltage.</source>
        <translation>Tí %1 bá wà ní pípa (bí a ṣe ṣètò rẹ̀ níbí) yóò máa ṣiṣẹ́ láìsí ìròyìn bátìrì, lórí ìwọ̀n tí olùṣe kankan kò kọ sílẹ̀; SOC rẹ̀ yóò jẹ́ àmọ̀ràn láti inú voltage.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="223"/>
        <source>Whether it stops depends on its %1 setting, not recorded for this site: ask your installer.</source>
        <translation>Bóyá yóò dúró sinmi lé ètò %1 rẹ̀, tí a kò kọ sílẹ̀ fún ibí yìí: ẹ béèrè lọ́wọ́ installer yín.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="226"/>
        <source>The inverter cuts its output: the loads go dark.</source>
        <translation>Inverter yóò gé iná tí ó ń fún jáde: iná yóò lọ.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="228"/>
        <source>The GX shows “BMS connection lost”. If it stops sending battery limits, the inverter shuts down after about 5 minutes.</source>
        <translation>GX yóò fi “BMS connection lost” hàn. Bí ó bá dẹ́kun rírán ìwọ̀n bátìrì, inverter yóò pa lẹ́yìn nǹkan bí ìṣẹ́jú 5.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="231"/>
        <source>The inverter may lose the battery&apos;s charge (SOC), take the battery as empty and charge it fully from the grid.</source>
        <translation>Inverter lè pàdánù agbára bátìrì (SOC), kí ó rò pé bátìrì ti tán, kí ó sì gba agbára kún un láti grid.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="233"/>
        <source>The inverter shows event 9308 “Battery error”; what it does next is not known.</source>
        <translation>Inverter yóò fi event 9308 “Battery error” hàn; a kò mọ ohun tí yóò ṣe lẹ́yìn náà.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="235"/>
        <source>From the catalogue, in English: %1</source>
        <translation>Láti inú àkójọ, ní Gẹ̀ẹ́sì: %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="237"/>
        <source>What the %1 does without battery data is not known. Do not assume it protects the battery.</source>
        <translation>A kò mọ ohun tí %1 ń ṣe láìsí ìròyìn bátìrì. Ẹ má rò pé yóò dáàbò bo bátìrì.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="239"/>
        <source>A voltage guess can be far off: at hand-over (%1 V) about %2 %, while the packs said %3 %.</source>
        <translation>Àmọ̀ràn láti inú voltage lè jìnnà: nígbà ìfilọ́lẹ̀ (%1 V) nǹkan bí %2 %, nígbà tí àwọn bátìrì sọ %3 %.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="243"/>
        <source>Under-voltage protection: recharge within %1 h (maker&apos;s limit). Note the time:</source>
        <translation>Ààbò voltage tó lọ sílẹ̀: ẹ gba agbára sí i láàrin wákàtí %1 (ààlà olùṣe). Ẹ kọ aago sílẹ̀:</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="246"/>
        <source>A module below 40 V: switch everything off until the inverter can charge it (maker&apos;s rule). Note the time:</source>
        <translation>Module tí kò tó 40 V: ẹ pa gbogbo rẹ̀ títí inverter yóò fi lè gba agbára sí i (òfin olùṣe). Ẹ kọ aago sílẹ̀:</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="248"/>
        <source>Under-voltage protection: no maker gives a time limit, so call your installer at once. Note the time:</source>
        <translation>Ààbò voltage tó lọ sílẹ̀: kò sí olùṣe tó fún wa ní ààlà àkókò, nítorí náà ẹ pe installer yín lẹ́sẹ̀kẹsẹ̀. Ẹ kọ aago sílẹ̀:</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="250"/>
        <source>Inverter battery setting: %1 → %2</source>
        <translation>Ètò bátìrì lórí inverter: %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="253"/>
        <source>Do not reconnect %1 yourself: only your installer does.</source>
        <translation>Ẹ má tún so %1 pọ̀ fúnra yín: installer yín nìkan ló lè ṣe é.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="255"/>
        <source>Do not move cables or switches with the battery on.</source>
        <translation>Ẹ má gbé wáyà tàbí switch nígbà tí bátìrì wà ní títàn.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="257"/>
        <source>No switch makes a master: change no other switch.</source>
        <translation>Kò sí switch tó ń sọ bátìrì di master: ẹ má yí switch mìíràn padà.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="259"/>
        <source>Never use the black start (holding Start for more than 10 seconds).</source>
        <translation>Ẹ má ṣe lo black start láé (dídi Start mú ju ìṣẹ́jú-àáyá 10 lọ).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="261"/>
        <source>Change no other setting in the JK app.</source>
        <translation>Ẹ má yí ètò mìíràn padà nínú JK app.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="263"/>
        <source>Do not leave the inverter on the battery unattended.</source>
        <translation>Ẹ má fi inverter sílẹ̀ lórí bátìrì láìsí ẹni tó ń wò ó.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="266"/>
        <source>a step does not go as written;</source>
        <translation>ìgbésẹ̀ kan kò lọ bí a ṣe kọ ọ́;</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="268"/>
        <source>a unit is hot, swollen, smells or smokes (keep away);</source>
        <translation>bátìrì kan gbóná, wú, ń rùn tàbí ń rú èéfín (ẹ jìnnà sí i);</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="270"/>
        <source>a unit shows a protection light;</source>
        <translation>bátìrì kan ń fi iná ààbò hàn;</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="272"/>
        <source>a second unit fails;</source>
        <translation>bátìrì kejì bàjẹ́;</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="274"/>
        <source>the master of another group fails (%1);</source>
        <translation>master ẹgbẹ́ mìíràn bàjẹ́ (%1);</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="276"/>
        <source>always afterwards: the bank must be checked.</source>
        <translation>nígbà gbogbo lẹ́yìn náà: a gbọ́dọ̀ ṣàyẹ̀wò àwọn bátìrì.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="284"/>
        <source>The inverter shows a BMS communication fault, or no battery data.</source>
        <translation>Inverter ń fi BMS communication fault hàn, tàbí kò sí ìròyìn bátìrì.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="286"/>
        <source>All lights are off on a unit.</source>
        <translation>Gbogbo iná bátìrì kan ti kú.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="288"/>
        <source>The red ALM light is on and not blinking.</source>
        <translation>Iná pupa ALM ń tàn láìṣẹ́jú.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="290"/>
        <source>The red ALM light is blinking.</source>
        <translation>Iná pupa ALM ń ṣẹ́jú.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="292"/>
        <source>JK packs have no fault light.</source>
        <translation>Àwọn bátìrì JK kò ní iná àṣìṣe.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="294"/>
        <source>The status light is orange and steady.</source>
        <translation>Iná ipò jẹ́ ọsàn, kò sì ṣẹ́jú.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="296"/>
        <source>All lights are blue and there is no output.</source>
        <translation>Gbogbo iná jẹ́ búlúù, kò sì sí iná tó ń jáde.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="298"/>
        <source>A blue light flashes.</source>
        <translation>Iná búlúù kan ń ṣẹ́jú.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="300"/>
        <source>The GX shows a battery missing, or “BMS connection lost”.</source>
        <translation>GX ń fihàn pé bátìrì kan kò sí, tàbí “BMS connection lost”.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="309"/>
        <source>Follow the steps on this card.</source>
        <translation>Ẹ tẹ̀lé àwọn ìgbésẹ̀ inú káàdì yìí.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="311"/>
        <source>Isolate the battery if it is unsafe, and call %1 on %2.</source>
        <translation>Ẹ ya bátìrì sọ́tọ̀ bí kò bá sí ní àìléwu, kí ẹ pe %1 lórí %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="313"/>
        <source>That unit is off or has failed. If it is %1, the master, follow the steps.</source>
        <translation>Bátìrì yẹn wà ní pípa tàbí ó ti bàjẹ́. Bí ó bá jẹ́ %1, master, ẹ tẹ̀lé àwọn ìgbésẹ̀.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="315"/>
        <source>Protection: the unit stopped charging or discharging. Note which unit and the time; call %1 on %2.</source>
        <translation>Ààbò: bátìrì náà ti dẹ́kun gbígba tàbí fífún agbára. Ẹ kọ bátìrì tí ó jẹ́ àti aago sílẹ̀; ẹ pe %1 lórí %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="318"/>
        <source>An alarm, but the unit still works: note it and tell your installer.</source>
        <translation>Ìkìlọ̀ ni, ṣùgbọ́n bátìrì náà ṣì ń ṣiṣẹ́: ẹ kọ ọ́ sílẹ̀ kí ẹ sọ fún installer yín.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="320"/>
        <source>Their state shows only in the JK app or in BankScope.</source>
        <translation>Ipò wọn máa ń hàn nínú JK app tàbí BankScope nìkan.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="322"/>
        <source>Protection. Do not restart it yourself: call %1 on %2.</source>
        <translation>Ààbò. Ẹ má tún un tàn fúnra yín: ẹ pe %1 lórí %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="324"/>
        <source>A fuse has blown: call %1 on %2.</source>
        <translation>Fíúsì ti jóná: ẹ pe %1 lórí %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="326"/>
        <source>Count the white flashes, then the blue ones (the event code), write it down and call %1 on %2.</source>
        <translation>Ẹ ka ìṣẹ́jú funfun, lẹ́yìn náà ti búlúù (kóòdù event ni), ẹ kọ ọ́ sílẹ̀ kí ẹ pe %1 lórí %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="334"/>
        <source>MASTER</source>
        <translation>MASTER</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="336"/>
        <source>STAND-IN</source>
        <translation>ADÈLÉ</translation>
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
        <translation>ìwé olùṣe</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="350"/>
        <source>second-hand</source>
        <translation>láti ọwọ́ ẹlòmíràn</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="352"/>
        <source>uncertain</source>
        <translation>kò dájú</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="361"/>
        <source>safe action</source>
        <translation>iṣẹ́ tí kò léwu</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="365"/>
        <source>confirmed on this site</source>
        <translation>a ti fìdí rẹ̀ múlẹ̀ níbí</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="367"/>
        <source>proved by the drill</source>
        <translation>ìdánwò ti fi hàn</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="369"/>
        <source>not confirmed: ask your installer</source>
        <translation>a kò fìdí rẹ̀ múlẹ̀: ẹ béèrè lọ́wọ́ installer yín</translation>
    </message>
</context>
</TS>
