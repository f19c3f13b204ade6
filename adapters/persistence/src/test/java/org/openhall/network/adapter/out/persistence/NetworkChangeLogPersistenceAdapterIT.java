package org.openhall.network.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.out.NetworkChange;
import org.openhall.network.application.port.out.NetworkChange.Action;
import org.openhall.network.application.port.out.NetworkChange.Subject;
import org.openhall.network.application.port.out.NetworkChangeLog;
import org.openhall.network.application.port.out.NetworkChangeLogContract;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceAdapterTest
class NetworkChangeLogPersistenceAdapterIT extends NetworkChangeLogContract {

    @Autowired
    NetworkChangeLog adapter;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected NetworkChangeLog emptyLog() {
        // TRUNCATE is how a test starts afresh; the trigger guards rows against UPDATE and DELETE.
        jdbc.sql("TRUNCATE network_change").update();
        return adapter;
    }

    @Test
    void theChangeLogCannotBeRewrittenOrDeleted() {
        adapter.append(new NetworkChange("chen.approver", OffsetDateTime.parse("2026-03-02T09:30:00+08:00"),
                Action.ABSENCE_RECORDED, Subject.STAFF, "li.a", "2026-03-03 … 2026-03-04, 年休假"));

        assertThatThrownBy(() -> jdbc.sql("UPDATE network_change SET details = 'tampered'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM network_change").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(adapter.latest(10)).singleElement()
                .satisfies(line -> assertThat(line.details()).isEqualTo("2026-03-03 … 2026-03-04, 年休假"));
    }
}
