package org.openhall.complaint.adapter.in.telephony.fastagi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhall.complaint.adapter.in.telephony.fastagi.AsteriskSimulator.Call;
import org.openhall.servicecase.application.port.in.CaseTrackNotFound;
import org.openhall.servicecase.application.port.in.PublicCaseTrackQuery;
import org.openhall.servicecase.application.port.in.PublicCaseTrackView;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.domain.calendar.JurisdictionCode;
import org.openhall.shared.domain.time.SettableClock;

/** The IVR over a real socket, against a peer that speaks FastAGI as Asterisk does. */
class FastAgiServerTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String CASE = "451381-20260302-00017";
    private static final String KEYED_CASE = "4513812026030200017";
    private static final String UNKNOWN_CASE = "4513812026030299999";

    private final SettableClock clock = new SettableClock(CHINA, LocalDateTime.parse("2026-03-05T10:00:00"));
    private final List<String> lookups = new CopyOnWriteArrayList<>();
    private final PublicCaseTrackQuery tracking = (number, check) -> {
        lookups.add(number + " " + check);
        if (number.equals(CASE) && check.equals("002X")) {
            return new PublicCaseTrackView(CASE, "食品经营许可", "市场监督管理局", CaseStatus.ACCEPTED, "张*",
                    "138****8000", LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-02"),
                    LocalDate.parse("2026-03-20"), LocalDate.parse("2026-03-30"), false, null, List.of());
        }
        throw new CaseTrackNotFound();
    };
    private FastAgiServer server;

    private AsteriskSimulator asterisk(int callerMaxMisses) {
        FastAgiProperties properties = new FastAgiProperties(true, "127.0.0.1", 0, 4, Duration.ofSeconds(15),
                Duration.ofSeconds(8), 3, List.of(6, 8, 5), callerMaxMisses, Duration.ofMinutes(10));
        CentreProfile centre = new CentreProfile("合山市政务服务中心", new JurisdictionCode("451381"), "451381", CHINA);
        server = new FastAgiServer(properties, new IvrCaseStatusScript(tracking, properties, centre, clock));
        server.start();
        return new AsteriskSimulator(server.port());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aCallerWithTheNumberAndTheCheckHearsTheStatusThePromisedDayAndTheNextStep() {
        Call call = asterisk(10).call(KEYED_CASE, "002*");

        long midnightOfDueDay = LocalDate.parse("2026-03-20").atStartOfDay(CHINA).toEpochSecond();
        assertThat(call.commands()).containsExactly(
                "ANSWER",
                "STREAM FILE openhall/welcome \"\"",
                "GET DATA openhall/enter-case-number 8000 24",
                "GET DATA openhall/enter-id-last4 8000 4",
                "STREAM FILE openhall/status-accepted \"\"",
                "STREAM FILE openhall/promised-by \"\"",
                "SAY DATE " + midnightOfDueDay + " \"\"",
                "STREAM FILE openhall/next-in-progress \"\"",
                "STREAM FILE openhall/goodbye \"\"",
                "SET VARIABLE OPENHALL_IVR_OUTCOME \"ANSWERED\"");
        assertThat(call.variables()).containsEntry("OPENHALL_IVR_OUTCOME", "ANSWERED");
        // The pad's * is the X of the identity number's check character.
        assertThat(lookups).containsExactly(CASE + " 002X");
    }

    @Test
    void threeWrongChecksPutTheCallerThroughToAnOperator() {
        Call call = asterisk(10).call(KEYED_CASE, "1111", KEYED_CASE, "2222", KEYED_CASE, "3333");

        assertThat(call.prompts()).containsExactly("openhall/welcome",
                "openhall/enter-case-number", "openhall/enter-id-last4", "openhall/not-found",
                "openhall/enter-case-number", "openhall/enter-id-last4", "openhall/not-found",
                "openhall/enter-case-number", "openhall/enter-id-last4", "openhall/transfer-to-agent");
        assertThat(call.variables()).containsEntry("OPENHALL_IVR_OUTCOME", "TRANSFER");
        assertThat(call.commands()).noneMatch(c -> c.contains("status-"));
        assertThat(lookups).containsExactly(CASE + " 1111", CASE + " 2222", CASE + " 3333");
    }

    @Test
    void anUnknownCaseSoundsExactlyLikeAWrongCheck() {
        AsteriskSimulator asterisk = asterisk(100);

        Call unknownCase = asterisk.call(UNKNOWN_CASE, "002*", UNKNOWN_CASE, "002*", UNKNOWN_CASE, "002*");
        Call wrongCheck = asterisk.call(KEYED_CASE, "9999", KEYED_CASE, "9999", KEYED_CASE, "9999");
        Call notEvenACaseNumber = asterisk.call("12345", "002*", "12345", "002*", "12345", "002*");

        assertThat(unknownCase.commands()).isEqualTo(wrongCheck.commands()).isEqualTo(notEvenACaseNumber.commands());
        assertThat(unknownCase.variables()).isEqualTo(wrongCheck.variables());
    }

    @Test
    void keyingNothingCountsAsAMissAndNeverReachesTheLookup() {
        Call call = asterisk(10).call();

        assertThat(call.variables()).containsEntry("OPENHALL_IVR_OUTCOME", "TRANSFER");
        assertThat(call.prompts()).filteredOn(p -> p.equals("openhall/enter-id-last4")).hasSize(3);
        assertThat(lookups).isEmpty();
    }

    @Test
    void aCallerNumberThatMissedTooOftenGoesStraightToAnOperatorAndOthersDoNot() {
        AsteriskSimulator asterisk = asterisk(3);
        asterisk.call(KEYED_CASE, "1111", KEYED_CASE, "2222", KEYED_CASE, "3333");

        Call again = asterisk.call(KEYED_CASE, "002*");
        Call someoneElse = asterisk.callerId("13900139000").call(KEYED_CASE, "002*");

        assertThat(again.commands()).containsExactly("ANSWER", "STREAM FILE openhall/transfer-to-agent \"\"",
                "SET VARIABLE OPENHALL_IVR_OUTCOME \"TRANSFER\"");
        assertThat(again.keysUnused()).isEqualTo(2);
        assertThat(someoneElse.variables()).containsEntry("OPENHALL_IVR_OUTCOME", "ANSWERED");
        assertThat(lookups).hasSize(4);
    }

    @Test
    void aCallerWhoHangsUpEndsTheirSessionAndTheServerTakesTheNextCall() {
        AsteriskSimulator asterisk = asterisk(10);

        Call hungUp = asterisk.hangUpAtCommand(3).call(KEYED_CASE, "002*");
        Call next = new AsteriskSimulator(server.port()).call(KEYED_CASE, "002*");

        assertThat(hungUp.commands()).hasSize(3).last().asString().startsWith("GET DATA openhall/enter-case-number");
        assertThat(hungUp.variables()).isEmpty();
        assertThat(next.variables()).containsEntry("OPENHALL_IVR_OUTCOME", "ANSWERED");
        assertThat(lookups).containsExactly(CASE + " 002X");
    }

    @Test
    void anUnknownScriptIsPutThroughToAnOperator() {
        Call call = asterisk(10).script("voicemail").call();

        assertThat(call.commands()).containsExactly("SET VARIABLE OPENHALL_IVR_OUTCOME \"TRANSFER\"");
    }
}
