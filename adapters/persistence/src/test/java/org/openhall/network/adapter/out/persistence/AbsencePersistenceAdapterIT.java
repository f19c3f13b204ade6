package org.openhall.network.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.out.AbsenceRepository;
import org.openhall.network.application.port.out.AbsenceRepositoryContract;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PersistenceAdapterTest
class AbsencePersistenceAdapterIT extends AbsenceRepositoryContract {

    @Autowired
    AbsenceRepository adapter;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected AbsenceRepository emptyRepository() {
        jdbc.sql("TRUNCATE staff_absence").update();
        return adapter;
    }

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void whoIsAwayOnADayIsFoundThroughTheStaffPeriodIndex() {
        // An empty table is cheapest to scan whole; without that way out the planner shows which index serves.
        List<String> plan = new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            return jdbc.sql("""
                    EXPLAIN SELECT * FROM staff_absence
                    WHERE staff IN ('li.a', 'wang.b') AND to_day >= :day AND from_day <= :day
                    """).param("day", LocalDate.parse("2026-03-03")).query(String.class).list();
        });

        assertThat(String.join("\n", plan)).contains("staff_absence_staff_period_idx");
    }
}
