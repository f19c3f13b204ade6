package org.openhall.network.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.out.NetworkChange;
import org.openhall.network.application.port.out.NetworkChange.Action;
import org.openhall.network.application.port.out.NetworkChange.Subject;
import org.openhall.network.application.port.out.NetworkChangeLog;
import org.openhall.network.application.port.out.ServiceWindowRepository;
import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.ServiceWindow;
import org.openhall.network.domain.StaffUsername;
import org.openhall.network.domain.WindowCode;
import org.openhall.network.domain.WindowKind;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A change and its log line are written in the use case's transaction: both or neither. */
@PersistenceAdapterTest
class NetworkChangeTransactionIT {

    @Autowired
    ServiceWindowRepository windows;

    @Autowired
    NetworkChangeLog changes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void emptyTables() {
        jdbc.sql("TRUNCATE service_window, service_window_item, network_change").update();
    }

    private void applyWindow(boolean failAfterwards) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            windows.save(ServiceWindow.of(new WindowCode("W01"), new HallCode("HS-CITY"), "综合窗口", WindowKind.GENERAL,
                    null, List.of(), new StaffUsername("li.a"), null));
            changes.append(new NetworkChange("system", OffsetDateTime.parse("2026-03-02T09:30:00+08:00"),
                    Action.ADDED, Subject.WINDOW, "W01", "name=综合窗口"));
            if (failAfterwards) {
                throw new IllegalStateException("the apply failed after writing");
            }
        });
    }

    @Test
    void aChangeThatFailsLeavesNeitherTheChangeNorItsLogLine() {
        assertThatThrownBy(() -> applyWindow(true)).isInstanceOf(IllegalStateException.class);

        assertThat(windows.findAll()).isEmpty();
        assertThat(changes.latest(10)).isEmpty();
    }

    @Test
    void aChangeThatSucceedsIsStoredWithItsLogLine() {
        applyWindow(false);

        assertThat(windows.findAll()).hasSize(1);
        assertThat(changes.latest(10)).singleElement().extracting(NetworkChange::key).isEqualTo("W01");
    }
}
