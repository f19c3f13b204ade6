package org.openhall.servicecase.adapter.out.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The child tables of {@code service_case}, each with its key within the case and its other
 * columns, and how a {@link ServiceCaseRow} spreads over it. Lists are stored with their index
 * (from 0) as position, as Spring Data JDBC stored them before: positions stay 0, 1, … n-1,
 * because the writer only ever turns the list a case had into the list it has.
 *
 * <p>The constants are in the order rows may be inserted: a notice before its lines.
 */
enum CaseChildTable {

    /** 材料: a set, keyed by the material's code; nothing else to change. */
    MATERIAL("service_case_material", List.of("material_code"), List.of(),
            row -> row.providedMaterials().stream().map(ProvidedMaterialRow::materialCode).sorted()
                    .map(code -> new ChildRow(List.of(code), List.of())).toList()),

    /** 一次性告知书. */
    NOTICE("one_time_notice", List.of("notice_position"), List.of("submission_round", "issued_on", "issued_by"),
            row -> indexed(row.notices(), n -> values(n.submissionRound(), n.issuedOn(), n.issuedBy()))),

    /** The lines of each notice, keyed by the notice's position and their own. */
    NOTICE_ITEM("one_time_notice_item", List.of("notice_position", "item_position"),
            List.of("material_code", "material_name", "defect"), CaseChildTable::noticeItems),

    /** 中止计时 of either clock: the statutory clock's pauses first. */
    CLOCK_PAUSE("case_clock_pause", List.of("position"), List.of("clock", "from_day", "to_day", "kind", "legal_basis"),
            row -> indexed(row.clockPauses(), p -> values(p.clock(), p.fromDay(), p.toDay(), p.kind(), p.legalBasis()))),

    /** 延长期限 of either clock: the statutory clock's extensions first. */
    CLOCK_EXTENSION("case_clock_extension", List.of("position"),
            List.of("clock", "working_days", "approved_by", "reason", "approved_on"),
            row -> indexed(row.clockExtensions(),
                    e -> values(e.clock(), e.workingDays(), e.approvedBy(), e.reason(), e.approvedOn()))),

    /** 办理环节: a step's start and completion each change its one row. */
    STEP("case_step", List.of("position"),
            List.of("name", "handler_role", "required_role", "limit_working_days", "special", "started_on", "due_on",
                    "completed_on", "completed_by", "acting_for", "opinion"),
            row -> indexed(row.steps(), s -> values(s.name(), s.handlerRole(), s.requiredRole(), s.limitWorkingDays(),
                    s.special(), s.startedOn(), s.dueOn(), s.completedOn(), s.completedBy(), s.actingFor(),
                    s.opinion()))),

    /** 特别程序. */
    PAUSE("case_pause", List.of("position"), List.of("procedure", "notice_reference", "noticed_on", "from_day", "to_day"),
            row -> indexed(row.pauses(),
                    p -> values(p.procedure(), p.noticeReference(), p.noticedOn(), p.fromDay(), p.toDay()))),

    /** 收费项目: fixed at receipt, changed only by a waiver. */
    FEE_LINE("case_fee_line", List.of("position"), List.of("name", "catalog_amount", "basis", "waived", "waiver_reason"),
            row -> indexed(row.feeLines(),
                    l -> values(l.name(), l.catalogAmount(), l.basis(), l.waived(), l.waiverReason())));

    private final String table;
    private final List<String> keyColumns;
    private final List<String> valueColumns;
    private final Function<ServiceCaseRow, List<ChildRow>> rowsOf;

    CaseChildTable(String table, List<String> keyColumns, List<String> valueColumns,
            Function<ServiceCaseRow, List<ChildRow>> rowsOf) {
        this.table = table;
        this.keyColumns = keyColumns;
        this.valueColumns = valueColumns;
        this.rowsOf = rowsOf;
    }

    /** The rows of this table that {@code row} is made of. */
    List<ChildRow> rowsOf(ServiceCaseRow row) {
        return rowsOf.apply(row);
    }

    String insertSql() {
        List<String> columns = new ArrayList<>(List.of("case_id"));
        columns.addAll(keyColumns);
        columns.addAll(valueColumns);
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
    }

    /** {@code null} for a table whose rows are all key (nothing to update). */
    String updateSql() {
        if (valueColumns.isEmpty()) {
            return null;
        }
        return "UPDATE " + table + " SET " + String.join(", ", valueColumns.stream().map(c -> c + " = ?").toList())
                + " WHERE " + keyCondition();
    }

    String deleteSql() {
        return "DELETE FROM " + table + " WHERE " + keyCondition();
    }

    /** The parameters of {@link #insertSql()} for {@code row} of case {@code caseId}. */
    Object[] insertParameters(java.util.UUID caseId, ChildRow row) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(caseId);
        parameters.addAll(row.key());
        parameters.addAll(row.values());
        return parameters.toArray();
    }

    Object[] updateParameters(java.util.UUID caseId, ChildRow row) {
        List<Object> parameters = new ArrayList<>(row.values());
        parameters.add(caseId);
        parameters.addAll(row.key());
        return parameters.toArray();
    }

    Object[] deleteParameters(java.util.UUID caseId, ChildRow row) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(caseId);
        parameters.addAll(row.key());
        return parameters.toArray();
    }

    private String keyCondition() {
        List<String> conditions = new ArrayList<>(List.of("case_id = ?"));
        keyColumns.forEach(c -> conditions.add(c + " = ?"));
        return String.join(" AND ", conditions);
    }

    private static <T> List<ChildRow> indexed(List<T> rows, Function<T, List<Object>> values) {
        List<ChildRow> children = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            children.add(new ChildRow(List.of(i), values.apply(rows.get(i))));
        }
        return children;
    }

    private static List<ChildRow> noticeItems(ServiceCaseRow row) {
        List<ChildRow> children = new ArrayList<>();
        for (int n = 0; n < row.notices().size(); n++) {
            List<NoticeItemRow> items = row.notices().get(n).items();
            for (int i = 0; i < items.size(); i++) {
                NoticeItemRow item = items.get(i);
                children.add(new ChildRow(List.of(n, i),
                        values(item.materialCode(), item.materialName(), item.defect())));
            }
        }
        return children;
    }

    /** Column values as stored: enums by name, nulls kept. */
    private static List<Object> values(Object... values) {
        return Arrays.stream(values).map(v -> v instanceof Enum<?> e ? (Object) e.name() : v)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }
}
