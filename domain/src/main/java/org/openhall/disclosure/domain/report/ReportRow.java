package org.openhall.disclosure.domain.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.disclosure.domain.request.RequesterKind;

/**
 * One row of the annual report's table of requests (收到和处理政府信息公开申请情况): the count per
 * kind of applicant (the table's columns) and their total.
 *
 * @param key a stable key, e.g. {@code notDisclosed.STATE_SECRET}
 * @param label the row's wording in the national layout, e.g. 1.属于国家秘密
 */
@ValueObject
public record ReportRow(String key, String label, Map<RequesterKind, Long> counts) {

    public ReportRow {
        EnumMap<RequesterKind, Long> complete = new EnumMap<>(RequesterKind.class);
        for (RequesterKind kind : RequesterKind.values()) {
            complete.put(kind, counts.getOrDefault(kind, 0L));
        }
        counts = Collections.unmodifiableMap(complete);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long of(RequesterKind kind) {
        return counts.get(kind);
    }
}
