package org.openhall.catalog.adapter.out.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs the catalog's own queries: SQL chooses the rows (by id, in order), Spring Data loads them
 * whole with their child rows. Keeps the SQL of filters the derived queries cannot express — a
 * day's catalog, the latest versions, the search — next to one way of paging them.
 */
@Component
class VersionRowQueries {

    private final ApprovalItemVersionRowRepository rows;
    private final JdbcClient jdbc;

    VersionRowQueries(ApprovalItemVersionRowRepository rows, JdbcClient jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
    }

    /** The rows whose ids {@code sql} selects, in the order it selects them. */
    List<ApprovalItemVersionRow> list(String sql, Map<String, ?> params) {
        return load(jdbc.sql(sql).params(params).query(Long.class).list());
    }

    /**
     * One page of the rows {@code where} (a condition on table alias {@code v}) selects, ordered by
     * code, with the total count.
     */
    Page<ApprovalItemVersionRow> page(String where, Map<String, ?> params, PageRequest page) {
        long total = jdbc.sql("SELECT count(*) FROM approval_item_version v WHERE " + where).params(params)
                .query(Long.class).single();
        Map<String, Object> paged = new HashMap<>(params);
        paged.put("limit", page.size());
        paged.put("offset", page.offset());
        List<ApprovalItemVersionRow> content = list("SELECT v.id FROM approval_item_version v WHERE " + where
                + " ORDER BY v.code, v.version LIMIT :limit OFFSET :offset", paged);
        return Page.of(content, page, total);
    }

    private List<ApprovalItemVersionRow> load(List<Long> ids) {
        Map<Long, ApprovalItemVersionRow> byId = new HashMap<>();
        rows.findAllById(ids).forEach(r -> byId.put(r.id(), r));
        List<ApprovalItemVersionRow> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> ordered.add(byId.get(id)));
        return ordered;
    }
}
