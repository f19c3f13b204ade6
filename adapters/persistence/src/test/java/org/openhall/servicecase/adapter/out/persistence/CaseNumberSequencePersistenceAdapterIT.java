package org.openhall.servicecase.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.openhall.servicecase.application.port.out.CaseNumberSequence;
import org.openhall.servicecase.application.port.out.CaseNumberSequenceContract;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceAdapterTest
class CaseNumberSequencePersistenceAdapterIT extends CaseNumberSequenceContract {

    @Autowired
    CaseNumberSequence adapter;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected CaseNumberSequence unusedSequence() {
        ServiceCaseTables.truncate(jdbc);
        return adapter;
    }

    @Test
    void windowsDrawingNumbersAtTheSameTimeNeverGetTheSameOne() throws Exception {
        LocalDate day = LocalDate.of(2026, 3, 2);
        List<Callable<List<String>>> windows = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            windows.add(() -> {
                List<String> drawn = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    drawn.add(adapter.next("451381", day).value());
                }
                return drawn;
            });
        }
        List<String> all = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (Future<List<String>> drawn : pool.invokeAll(windows)) {
                all.addAll(drawn.get());
            }
        }

        assertThat(all).hasSize(100).doesNotHaveDuplicates().contains("451381-20260302-00001", "451381-20260302-00100");
    }
}
