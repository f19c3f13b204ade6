package org.openhall.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhall.notification.application.port.in.DispatchNoticesUseCase;
import org.openhall.notification.application.port.in.NotifyApplicantCommand;
import org.openhall.notification.application.port.in.NotifyApplicantUseCase;
import org.openhall.notification.application.port.out.OutgoingSms;
import org.openhall.notification.application.port.out.Reconciliation;
import org.openhall.notification.application.port.out.SendOutcome;
import org.openhall.notification.application.port.out.SmsPort;
import org.openhall.servicecase.application.port.in.DeemOverdueReceiptsAcceptedUseCase;
import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase.RunningDatabase;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataCipher;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataKind;
import org.openhall.supervision.application.port.in.SweepCasesUseCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two OpenHall instances on one database run their scheduled jobs at the same moment: the deemed
 * acceptance (视为受理) accepts each case once, the supervision sweep raises each (case, rule, level)
 * warning once, and the SMS dispatcher hands each notice to the SMS centre once.
 */
class TwoInstancesIT {

    private static final RunningDatabase DATABASE = OwnDatabase.start("two-instances");
    private static final int CASES = 6;

    private static OpenHallInstance first;
    private static OpenHallInstance second;

    /** One SMS centre both instances send through, counting what it received under each notice id. */
    @Configuration(proxyBeanMethods = false)
    static class SharedSmsCentre {

        static final Map<String, AtomicInteger> RECEIVED = new ConcurrentHashMap<>();

        @Bean
        @Primary
        SmsPort smsCentre() {
            return new SmsPort() {
                @Override
                public SendOutcome send(OutgoingSms sms) {
                    RECEIVED.computeIfAbsent(sms.idempotencyKey(), k -> new AtomicInteger()).incrementAndGet();
                    return new SendOutcome.Accepted(sms.idempotencyKey());
                }

                @Override
                public Reconciliation query(String idempotencyKey, String messageId) {
                    return new Reconciliation.Received(idempotencyKey, null);
                }
            };
        }
    }

    @BeforeAll
    static void startBoth() {
        first = OpenHallInstance.start(DATABASE.jdbcUrl(), DATABASE.username(), DATABASE.password(), Map.of(),
                SharedSmsCentre.class);
        second = OpenHallInstance.start(DATABASE.jdbcUrl(), DATABASE.username(), DATABASE.password(), Map.of(),
                SharedSmsCentre.class);
    }

    @AfterAll
    static void stopBoth() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        DATABASE.close();
    }

    @Test
    void scheduledJobsOfTwoInstancesActOnceOnEachCaseWarningAndNotice() throws Exception {
        both("2026-09-16T09:00:00");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            // Received without the materials and left alone: on the sixth working day the law accepts it.
            OpenHallInstance at = i % 2 == 0 ? first : second;
            var r = at.post(org.openhall.bootstrap.OpenHallIT.CLERK_SCJG, "/api/v1/cases", """
                    {"itemCode":"SCJG-001","applicant":{"name":"张三","idNumber":"11010519491231002X",
                     "phone":"1380013800%d"},"materials":["APP"]}""".formatted(i));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            ids.add(r.json().path("id").asString());
        }
        JdbcTemplate jdbc = first.jdbc();

        both("2026-09-23T00:05:00");
        List<Integer> deemed = atOnce(i -> i.bean(DeemOverdueReceiptsAcceptedUseCase.class).deemOverdueReceiptsAccepted());
        assertThat(deemed.stream().mapToInt(Integer::intValue).sum()).as("cases deemed accepted by both").isEqualTo(CASES);
        for (String id : ids) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM case_transition WHERE case_id = ?::uuid AND "
                    + "to_status = 'ACCEPTED' AND from_status = 'SUBMITTED'", Integer.class, id))
                    .as("acceptances of case %s", id).isEqualTo(1);
        }
        awaitListeners(jdbc);

        // Long past every time limit: each case is overdue, and both sweeps look at once, twice.
        both("2026-12-15T09:00:00");
        atOnce(i -> i.bean(SweepCasesUseCase.class).sweep());
        atOnce(i -> i.bean(SweepCasesUseCase.class).sweep());
        awaitListeners(jdbc);
        Integer warnings = jdbc.queryForObject("SELECT count(*) FROM supervision_warning", Integer.class);
        assertThat(warnings).as("warnings raised").isGreaterThanOrEqualTo(CASES);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM (SELECT DISTINCT case_id, rule, level "
                + "FROM supervision_warning) w", Integer.class)).as("one warning per (case, rule, level)")
                .isEqualTo(warnings);

        SharedSmsCentre.RECEIVED.clear();
        List<String> due = jdbc.queryForList("SELECT id::text FROM sms_notice WHERE state IN ('PENDING', 'DEFERRED')",
                String.class);
        assertThat(due).as("notices of the deemed acceptances").hasSizeGreaterThanOrEqualTo(CASES);
        for (int round = 0; round < 3; round++) {
            atOnce(i -> i.bean(DispatchNoticesUseCase.class).dispatchDue(2));
        }
        assertThat(SharedSmsCentre.RECEIVED.keySet()).as("every due notice was sent").containsAll(due);
        assertThat(SharedSmsCentre.RECEIVED).allSatisfy((notice, times) -> assertThat(times.get())
                .as("times notice %s reached the SMS centre", notice).isEqualTo(1));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sms_notice WHERE attempts > 1", Integer.class)).isZero();
    }

    @Test
    void aCaseEventDeliveredOnBothInstancesAtOnceMakesOneNoticeAndTakesOneDailySlot() throws Exception {
        both("2026-10-12T10:00:00");
        String id = first.submitFoodLicence();
        JdbcTemplate jdbc = first.jdbc();
        awaitListeners(jdbc);
        int rounds = 12;
        for (int sequence = 100; sequence < 100 + rounds; sequence++) {
            // As when both instances resubmit the same outstanding publication after a restart.
            NotifyApplicantCommand command = new NotifyApplicantCommand(id, sequence, "case-accepted",
                    Map.of("promisedDate", "2026年10月30日"), null);
            atOnce(i -> i.bean(NotifyApplicantUseCase.class).notify(command));
        }
        int notices = jdbc.queryForObject("SELECT count(*) FROM sms_notice WHERE case_id = ? "
                + "AND template_key = 'case-accepted'", Integer.class, id);
        assertThat(notices).isEqualTo(rounds);
        // The daily counter is kept under the phone's blind index, never the number itself.
        String phoneIndex = first.bean(PersonalDataCipher.class).blindIndex(PersonalDataKind.PHONE, "13800138000");
        assertThat(jdbc.queryForObject("SELECT coalesce(sum(used), 0) FROM sms_daily_count "
                + "WHERE phone_index = ? AND template_key = 'case-accepted' AND day >= '2026-10-12'", Integer.class,
                phoneIndex))
                .as("daily-limit slots taken, one per notice").isEqualTo(notices);
    }

    private static void both(String isoLocalDateTime) {
        first.today(isoLocalDateTime);
        second.today(isoLocalDateTime);
    }

    /** Runs {@code job} on both instances, released at the same moment; their results. */
    private static <T> List<T> atOnce(Function<OpenHallInstance, T> job) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<T>> runs = List.of(() -> {
            start.await();
            return job.apply(first);
        }, () -> {
            start.await();
            return job.apply(second);
        });
        List<T> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<T>> futures = runs.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
        }
        return results;
    }

    private static void awaitListeners(JdbcTemplate jdbc) {
        await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM event_publication WHERE completion_date IS NULL", Integer.class) == 0);
    }
}
