package org.openhall.shared.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhall.shared.application.port.out.InMemoryCountyParameterRepository;
import org.openhall.shared.domain.time.SettableClock;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class CountyParameterSnapshotTest {

    private final InMemoryCountyParameterRepository store = new InMemoryCountyParameterRepository();
    private final SettableClock clock = new SettableClock(ZoneId.of("Asia/Shanghai"), LocalDateTime.of(2026, 11, 30, 9, 0));
    private final CountyParameterService parameters = new CountyParameterService(store, clock, Duration.ofSeconds(30));

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void repeatedReadsWithinTheMaximumAgeDoNotReachTheStore() {
        store.save("sms.signature", "【合山】");
        parameters.get("sms.signature");
        int reads = store.reads();

        for (int i = 0; i < 10; i++) {
            assertThat(parameters.get("sms.signature")).contains("【合山】");
            assertThat(parameters.all()).containsEntry("sms.signature", "【合山】");
        }

        assertThat(store.reads()).isEqualTo(reads);
    }

    @Test
    void aChangeThroughTheServiceIsSeenByTheNextRead() {
        parameters.put("rating.rectification.working-days", "15");
        assertThat(parameters.get("rating.rectification.working-days")).contains("15");

        parameters.put("rating.rectification.working-days", "10");
        assertThat(parameters.get("rating.rectification.working-days")).contains("10");

        parameters.remove("rating.rectification.working-days");
        assertThat(parameters.get("rating.rectification.working-days")).isEmpty();
    }

    @Test
    void aChangeMadeElsewhereIsSeenOnceTheSnapshotIsOlderThanItsMaximumAge() {
        store.save("sms.signature", "【合山】");
        assertThat(parameters.get("sms.signature")).contains("【合山】");

        // A pack import run from the command line writes the store, not this service.
        store.save("sms.signature", "【合山市】");
        clock.set(LocalDateTime.of(2026, 11, 30, 9, 0, 29));
        assertThat(parameters.get("sms.signature")).contains("【合山】");

        clock.set(LocalDateTime.of(2026, 11, 30, 9, 0, 30));
        assertThat(parameters.get("sms.signature")).contains("【合山市】");
    }

    @Test
    void aWriteRolledBackLeavesNoTraceInTheSnapshot() {
        store.save("sms.signature", "【合山】");
        TransactionSynchronizationManager.initSynchronization();
        parameters.put("sms.signature", "【误】");
        // Inside the writing transaction the new value is what the store shows, and a read may cache it.
        assertThat(parameters.get("sms.signature")).contains("【误】");

        // The transaction rolls back: the store has the old value again and the snapshot must forget the new one.
        store.save("sms.signature", "【合山】");
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));

        assertThat(parameters.get("sms.signature")).contains("【合山】");
    }

    @Test
    void aReadThatOverlapsAnInvalidationIsNotKept() {
        CountyParameterSnapshot snapshot = new CountyParameterSnapshot(clock, Duration.ofMinutes(5));
        TreeMap<String, String> before = new TreeMap<>();
        before.put("sms.signature", "old");

        // The read began before a change committed and returns the old values…
        assertThat(snapshot.current(() -> {
            snapshot.invalidate();
            return before;
        })).containsEntry("sms.signature", "old");

        // …which are not kept: the next read goes to the store.
        TreeMap<String, String> after = new TreeMap<>();
        after.put("sms.signature", "new");
        assertThat(snapshot.current(() -> after)).containsEntry("sms.signature", "new");
    }

    @Test
    void aZeroMaximumAgeReadsTheStoreEveryTime() {
        CountyParameterService uncached = new CountyParameterService(store);
        store.save("sms.signature", "【合山】");
        uncached.get("sms.signature");
        int reads = store.reads();

        uncached.get("sms.signature");
        uncached.all();

        assertThat(store.reads()).isEqualTo(reads + 2);
    }
}
