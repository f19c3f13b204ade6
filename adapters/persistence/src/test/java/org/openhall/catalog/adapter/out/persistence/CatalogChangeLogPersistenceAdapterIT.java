package org.openhall.catalog.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.openhall.catalog.application.port.out.CatalogChangeLog;
import org.openhall.catalog.application.port.out.CatalogChangeLogContract;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.CatalogAction;
import org.openhall.catalog.domain.CatalogChange;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.openhall.shared.application.paging.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceAdapterTest
class CatalogChangeLogPersistenceAdapterIT extends CatalogChangeLogContract {

    @Autowired
    CatalogChangeLog adapter;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected CatalogChangeLog emptyLog() {
        CatalogTables.truncate(jdbc);
        return adapter;
    }

    @Test
    void theChangeLogCannotBeRewrittenOrDeleted() {
        CatalogChangeLog log = emptyLog();
        log.append(new CatalogChange("catalog.admin", OffsetDateTime.parse("2026-03-02T09:15:00+08:00"),
                CatalogAction.ABOLISHED, new ApprovalItemCode("ZJJ-001"), 2, LocalDate.parse("2026-04-01"),
                "依法取消"));

        assertThatThrownBy(() -> jdbc.sql("UPDATE catalog_change SET reason = 'tampered'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM catalog_change").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(log.find(null, new PageRequest(0, 10)).content()).singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo("依法取消"));
    }
}
