package org.openhall.catalog.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.catalog.application.port.out.CatalogChangeLog;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.CatalogAction;
import org.openhall.catalog.domain.CatalogChange;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's change log in table {@code catalog_change}: rows are only inserted (a trigger
 * refuses updates and deletes), in the caller's transaction, and read newest first. The instant is
 * kept as {@code timestamptz} and the offset the centre's clock had beside it, so that an entry
 * reads back exactly as written.
 */
@Component
@SecondaryAdapter
public class CatalogChangeLogPersistenceAdapter implements CatalogChangeLog {

    private final JdbcClient jdbc;

    public CatalogChangeLogPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void append(CatalogChange change) {
        jdbc.sql("""
                INSERT INTO catalog_change (actor, at, at_offset, action, item_code, version, effective_from, reason)
                VALUES (:actor, :at, :offset, :action, :code, :version, :from, :reason)
                """)
                .param("actor", change.actor())
                .param("at", change.at().truncatedTo(ChronoUnit.MICROS))
                .param("offset", change.at().getOffset().getTotalSeconds())
                .param("action", change.action().name())
                .param("code", change.code().value())
                .param("version", change.version())
                .param("from", change.effectiveFrom())
                .param("reason", change.reason())
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<CatalogChange> find(ApprovalItemCode code, PageRequest page) {
        String where = code == null ? "" : " WHERE item_code = :code";
        var count = jdbc.sql("SELECT count(*) FROM catalog_change" + where);
        var select = jdbc.sql("""
                SELECT actor, at, at_offset, action, item_code, version, effective_from, reason
                FROM catalog_change""" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("limit", page.size())
                .param("offset", page.offset());
        if (code != null) {
            count = count.param("code", code.value());
            select = select.param("code", code.value());
        }
        return Page.of(select.query(CatalogChangeLogPersistenceAdapter::change).list(), page,
                count.query(Long.class).single());
    }

    private static CatalogChange change(ResultSet rs, int rowNum) throws SQLException {
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(rs.getInt("at_offset"));
        Integer version = rs.getObject("version", Integer.class);
        return new CatalogChange(rs.getString("actor"),
                rs.getObject("at", OffsetDateTime.class).withOffsetSameInstant(offset),
                CatalogAction.valueOf(rs.getString("action")), new ApprovalItemCode(rs.getString("item_code")),
                version, rs.getObject("effective_from", LocalDate.class), rs.getString("reason"));
    }
}
