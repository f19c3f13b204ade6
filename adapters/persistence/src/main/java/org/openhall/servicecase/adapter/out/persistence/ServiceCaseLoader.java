package org.openhall.servicecase.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.openhall.catalog.domain.DeliveryMethod;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.AgentRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.CertificateRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.DecisionRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.DeferredRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.DeliveryRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.ExtensionRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.FeeCollectionRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.RefundRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.RefusalRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.WithdrawalRow;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.DecisionOutcome;
import org.openhall.servicecase.domain.SpecialProcedure;
import org.openhall.servicecase.domain.SubmissionChannel;
import org.openhall.shared.adapter.out.persistence.SqlArrays;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.time.LimitUnit;
import org.openhall.shared.domain.time.PauseKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads cases with everything they are made of in one statement: the case row, and each child
 * table folded by {@code array_agg} into one array per column beside it, so that a case costs one
 * round trip however many child tables it has, and is mapped by hand column by column.
 */
@Component
class ServiceCaseLoader {

    /** One lateral aggregate per child table; always exactly one row each, with NULL arrays when there are no rows. */
    private static final String CHILDREN = """
            CROSS JOIN LATERAL (SELECT array_agg(material_code ORDER BY material_code) AS material_codes
                FROM service_case_material WHERE case_id = c.id) m
            CROSS JOIN LATERAL (SELECT
                    array_agg(submission_round ORDER BY notice_position) AS notice_rounds,
                    array_agg(issued_on ORDER BY notice_position) AS notice_issued_on,
                    array_agg(issued_by ORDER BY notice_position) AS notice_issued_by
                FROM one_time_notice WHERE case_id = c.id) n
            CROSS JOIN LATERAL (SELECT
                    array_agg(notice_position ORDER BY notice_position, item_position) AS item_notices,
                    array_agg(material_code ORDER BY notice_position, item_position) AS item_codes,
                    array_agg(material_name ORDER BY notice_position, item_position) AS item_names,
                    array_agg(defect ORDER BY notice_position, item_position) AS item_defects
                FROM one_time_notice_item WHERE case_id = c.id) ni
            CROSS JOIN LATERAL (SELECT
                    array_agg(clock ORDER BY position) AS clock_pause_clocks,
                    array_agg(from_day ORDER BY position) AS clock_pause_from,
                    array_agg(to_day ORDER BY position) AS clock_pause_to,
                    array_agg(kind ORDER BY position) AS clock_pause_kinds,
                    array_agg(legal_basis ORDER BY position) AS clock_pause_bases
                FROM case_clock_pause WHERE case_id = c.id) cp
            CROSS JOIN LATERAL (SELECT
                    array_agg(clock ORDER BY position) AS clock_extension_clocks,
                    array_agg(working_days ORDER BY position) AS clock_extension_days,
                    array_agg(approved_by ORDER BY position) AS clock_extension_approvers,
                    array_agg(reason ORDER BY position) AS clock_extension_reasons,
                    array_agg(approved_on ORDER BY position) AS clock_extension_approved_on
                FROM case_clock_extension WHERE case_id = c.id) ce
            CROSS JOIN LATERAL (SELECT
                    array_agg(name ORDER BY position) AS step_names,
                    array_agg(handler_role ORDER BY position) AS step_handler_roles,
                    array_agg(required_role ORDER BY position) AS step_required_roles,
                    array_agg(limit_working_days ORDER BY position) AS step_limits,
                    array_agg(special ORDER BY position) AS step_special,
                    array_agg(started_on ORDER BY position) AS step_started_on,
                    array_agg(due_on ORDER BY position) AS step_due_on,
                    array_agg(completed_on ORDER BY position) AS step_completed_on,
                    array_agg(completed_by ORDER BY position) AS step_completed_by,
                    array_agg(acting_for ORDER BY position) AS step_acting_for,
                    array_agg(opinion ORDER BY position) AS step_opinions
                FROM case_step WHERE case_id = c.id) s
            CROSS JOIN LATERAL (SELECT
                    array_agg(procedure ORDER BY position) AS pause_procedures,
                    array_agg(notice_reference ORDER BY position) AS pause_notice_references,
                    array_agg(noticed_on ORDER BY position) AS pause_noticed_on,
                    array_agg(from_day ORDER BY position) AS pause_from,
                    array_agg(to_day ORDER BY position) AS pause_to
                FROM case_pause WHERE case_id = c.id) p
            CROSS JOIN LATERAL (SELECT
                    array_agg(name ORDER BY position) AS fee_line_names,
                    array_agg(catalog_amount ORDER BY position) AS fee_line_amounts,
                    array_agg(basis ORDER BY position) AS fee_line_bases,
                    array_agg(waived ORDER BY position) AS fee_line_waived,
                    array_agg(waiver_reason ORDER BY position) AS fee_line_waiver_reasons
                FROM case_fee_line WHERE case_id = c.id) f
            """;

    private final JdbcClient jdbc;

    ServiceCaseLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ServiceCaseRow> byId(UUID id) {
        return jdbc.sql("SELECT * FROM service_case c\n" + CHILDREN + "WHERE c.id = :id")
                .param("id", id)
                .query(ServiceCaseLoader::row)
                .optional();
    }

    /**
     * The cases that {@code condition} (over the columns of {@code service_case}) selects, in
     * {@code order}, from {@code offset} on: the page is cut first, and only its cases get their
     * child rows.
     */
    List<ServiceCaseRow> page(String condition, Map<String, ?> parameters, String order, int limit, long offset) {
        return jdbc.sql("SELECT * FROM (SELECT * FROM service_case WHERE " + condition + " ORDER BY " + order
                        + " LIMIT :limit OFFSET :offset) c\n" + CHILDREN + "ORDER BY " + order)
                .params(parameters)
                .param("limit", limit)
                .param("offset", offset)
                .query(ServiceCaseLoader::row)
                .list();
    }

    long count(String condition, Map<String, ?> parameters) {
        return jdbc.sql("SELECT count(*) FROM service_case WHERE " + condition)
                .params(parameters)
                .query(Long.class)
                .single();
    }

    private static ServiceCaseRow row(ResultSet rs, int rowNum) throws SQLException {
        SqlArrays arrays = new SqlArrays(rs);
        return new ServiceCaseRow(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("item_code"),
                rs.getInt("item_version"), rs.getString("item_name"), rs.getString("department"),
                rs.getString("applicant_name"), rs.getString("applicant_id_number"), rs.getString("applicant_phone"),
                rs.getString("applicant_id_number_index"), rs.getString("applicant_phone_index"),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(), date(rs, "received_on"),
                rs.getString("received_by"), rs.getString("window_code"), rs.getInt("submission_round"),
                date(rs, "round_received_on"), materials(arrays), notices(arrays), date(rs, "accepted_on"),
                clock(rs, "statutory_"), clock(rs, "promised_"), clockPauses(arrays), clockExtensions(arrays),
                date(rs, "completed_on"), rs.getInt("transition_count"), rs.getLong("version"),
                enumOf(SubmissionChannel.class, rs.getString("channel")), agent(rs),
                rs.getString("pre_application_reference"), rs.getBoolean("deemed"), deferred(rs), refusal(rs),
                withdrawal(rs), steps(arrays), pauses(arrays), extension(rs), decision(rs), certificate(rs),
                delivery(rs), feeLines(arrays), feeCollection(rs), refund(rs), date(rs, "promised_due_on"),
                date(rs, "statutory_due_on"), rs.getObject("current_step_position", Integer.class),
                date(rs, "current_step_due_on"), enumOf(Role.class, rs.getString("current_step_role")),
                rs.getString("hall_code"), enumOf(AdministrativeLevel.class, rs.getString("hall_level")));
    }

    private static Set<ProvidedMaterialRow> materials(SqlArrays a) throws SQLException {
        Set<ProvidedMaterialRow> materials = new HashSet<>();
        for (String code : a.texts("material_codes")) {
            materials.add(new ProvidedMaterialRow(code));
        }
        return materials;
    }

    private static List<OneTimeNoticeRow> notices(SqlArrays a) throws SQLException {
        List<Integer> rounds = a.integers("notice_rounds");
        List<LocalDate> issuedOn = a.dates("notice_issued_on");
        List<String> issuedBy = a.texts("notice_issued_by");
        List<Integer> itemNotices = a.integers("item_notices");
        List<String> codes = a.texts("item_codes");
        List<String> names = a.texts("item_names");
        List<String> defects = a.texts("item_defects");
        List<List<NoticeItemRow>> items = new ArrayList<>();
        for (int n = 0; n < rounds.size(); n++) {
            items.add(new ArrayList<>());
        }
        for (int i = 0; i < itemNotices.size(); i++) {
            items.get(itemNotices.get(i)).add(new NoticeItemRow(codes.get(i), names.get(i), defects.get(i)));
        }
        List<OneTimeNoticeRow> notices = new ArrayList<>();
        for (int n = 0; n < rounds.size(); n++) {
            notices.add(new OneTimeNoticeRow(rounds.get(n), issuedOn.get(n), issuedBy.get(n), items.get(n)));
        }
        return notices;
    }

    private static List<ClockPauseRow> clockPauses(SqlArrays a) throws SQLException {
        List<String> clocks = a.texts("clock_pause_clocks");
        List<LocalDate> from = a.dates("clock_pause_from");
        List<LocalDate> to = a.dates("clock_pause_to");
        List<String> kinds = a.texts("clock_pause_kinds");
        List<String> bases = a.texts("clock_pause_bases");
        List<ClockPauseRow> rows = new ArrayList<>();
        for (int i = 0; i < clocks.size(); i++) {
            rows.add(new ClockPauseRow(CaseClockKind.valueOf(clocks.get(i)), from.get(i), to.get(i),
                    PauseKind.valueOf(kinds.get(i)), bases.get(i)));
        }
        return rows;
    }

    private static List<ClockExtensionRow> clockExtensions(SqlArrays a) throws SQLException {
        List<String> clocks = a.texts("clock_extension_clocks");
        List<Integer> days = a.integers("clock_extension_days");
        List<String> approvers = a.texts("clock_extension_approvers");
        List<String> reasons = a.texts("clock_extension_reasons");
        List<LocalDate> approvedOn = a.dates("clock_extension_approved_on");
        List<ClockExtensionRow> rows = new ArrayList<>();
        for (int i = 0; i < clocks.size(); i++) {
            rows.add(new ClockExtensionRow(CaseClockKind.valueOf(clocks.get(i)), days.get(i), approvers.get(i),
                    reasons.get(i), approvedOn.get(i)));
        }
        return rows;
    }

    private static List<CaseStepRow> steps(SqlArrays a) throws SQLException {
        List<String> names = a.texts("step_names");
        List<String> handlerRoles = a.texts("step_handler_roles");
        List<String> requiredRoles = a.texts("step_required_roles");
        List<Integer> limits = a.integers("step_limits");
        List<Boolean> special = a.booleans("step_special");
        List<LocalDate> startedOn = a.dates("step_started_on");
        List<LocalDate> dueOn = a.dates("step_due_on");
        List<LocalDate> completedOn = a.dates("step_completed_on");
        List<String> completedBy = a.texts("step_completed_by");
        List<String> actingFor = a.texts("step_acting_for");
        List<String> opinions = a.texts("step_opinions");
        List<CaseStepRow> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            rows.add(new CaseStepRow(names.get(i), handlerRoles.get(i), Role.valueOf(requiredRoles.get(i)),
                    limits.get(i), special.get(i), startedOn.get(i), dueOn.get(i), completedOn.get(i),
                    completedBy.get(i), actingFor.get(i), opinions.get(i)));
        }
        return rows;
    }

    private static List<CasePauseRow> pauses(SqlArrays a) throws SQLException {
        List<String> procedures = a.texts("pause_procedures");
        List<String> references = a.texts("pause_notice_references");
        List<LocalDate> noticedOn = a.dates("pause_noticed_on");
        List<LocalDate> from = a.dates("pause_from");
        List<LocalDate> to = a.dates("pause_to");
        List<CasePauseRow> rows = new ArrayList<>();
        for (int i = 0; i < procedures.size(); i++) {
            rows.add(new CasePauseRow(SpecialProcedure.valueOf(procedures.get(i)), references.get(i),
                    noticedOn.get(i), from.get(i), to.get(i)));
        }
        return rows;
    }

    private static List<FeeLineRow> feeLines(SqlArrays a) throws SQLException {
        List<String> names = a.texts("fee_line_names");
        List<java.math.BigDecimal> amounts = a.decimals("fee_line_amounts");
        List<String> bases = a.texts("fee_line_bases");
        List<Boolean> waived = a.booleans("fee_line_waived");
        List<String> reasons = a.texts("fee_line_waiver_reasons");
        List<FeeLineRow> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            rows.add(new FeeLineRow(names.get(i), amounts.get(i), bases.get(i), waived.get(i), reasons.get(i)));
        }
        return rows;
    }

    /** A column group is absent, as Spring Data's {@code @Embedded.Nullable} read it, when all its columns are null. */
    private static boolean absent(Object... columns) {
        for (Object column : columns) {
            if (column != null) {
                return false;
            }
        }
        return true;
    }

    private static CaseClockRow clock(ResultSet rs, String prefix) throws SQLException {
        LocalDate day0 = date(rs, prefix + "day0");
        Integer amount = rs.getObject(prefix + "limit_amount", Integer.class);
        String unit = rs.getString(prefix + "limit_unit");
        return absent(day0, amount, unit) ? null : new CaseClockRow(day0, amount, enumOf(LimitUnit.class, unit));
    }

    private static AgentRow agent(ResultSet rs) throws SQLException {
        AgentRow agent = new AgentRow(rs.getString("agent_name"), rs.getString("agent_id_number"),
                rs.getString("agent_phone"), rs.getString("agent_station_code"));
        return absent(agent.name(), agent.idNumber(), agent.phone(), agent.stationCode()) ? null : agent;
    }

    private static DeferredRow deferred(ResultSet rs) throws SQLException {
        DeferredRow d = new DeferredRow(rs.getString("deferred_materials"), rs.getString("deferred_commitment"),
                date(rs, "deferred_supply_by"), date(rs, "deferred_supplied_on"));
        return absent(d.materials(), d.commitment(), d.supplyBy(), d.suppliedOn()) ? null : d;
    }

    private static RefusalRow refusal(ResultSet rs) throws SQLException {
        RefusalRow r = new RefusalRow(rs.getString("refusal_legal_basis"), rs.getString("refusal_reason"),
                date(rs, "refusal_refused_on"), rs.getString("refusal_refused_by"));
        return absent(r.legalBasis(), r.reason(), r.refusedOn(), r.refusedBy()) ? null : r;
    }

    private static WithdrawalRow withdrawal(ResultSet rs) throws SQLException {
        WithdrawalRow w = new WithdrawalRow(date(rs, "withdrawal_withdrawn_on"), rs.getString("withdrawal_reason"),
                rs.getString("withdrawal_recorded_by"));
        return absent(w.withdrawnOn(), w.reason(), w.recordedBy()) ? null : w;
    }

    private static ExtensionRow extension(ResultSet rs) throws SQLException {
        ExtensionRow e = new ExtensionRow(rs.getObject("extension_working_days", Integer.class),
                rs.getString("extension_approved_by"), rs.getString("extension_reason"),
                date(rs, "extension_approved_on"), date(rs, "extension_applicant_told_on"),
                rs.getObject("extension_joint", Boolean.class));
        return absent(e.workingDays(), e.approvedBy(), e.reason(), e.approvedOn(), e.applicantToldOn(), e.joint())
                ? null : e;
    }

    private static DecisionRow decision(ResultSet rs) throws SQLException {
        DecisionRow d = new DecisionRow(enumOf(DecisionOutcome.class, rs.getString("decision_outcome")),
                rs.getString("decision_legal_basis"), rs.getString("decision_reason"), date(rs, "decision_decided_on"),
                rs.getString("decision_decided_by"), date(rs, "decision_certificate_due_date"));
        return absent(d.outcome(), d.legalBasis(), d.reason(), d.decidedOn(), d.decidedBy(), d.certificateDueDate())
                ? null : d;
    }

    private static CertificateRow certificate(ResultSet rs) throws SQLException {
        CertificateRow c = new CertificateRow(rs.getString("certificate_number"), date(rs, "certificate_issued_on"),
                rs.getString("certificate_issued_by"), date(rs, "certificate_serve_by"),
                rs.getObject("certificate_within_limit", Boolean.class));
        return absent(c.number(), c.issuedOn(), c.issuedBy(), c.serveBy(), c.withinLimit()) ? null : c;
    }

    private static DeliveryRow delivery(ResultSet rs) throws SQLException {
        DeliveryRow d = new DeliveryRow(enumOf(DeliveryMethod.class, rs.getString("delivery_method")),
                date(rs, "delivery_delivered_on"), rs.getString("delivery_recorded_by"),
                rs.getString("delivery_collected_by"), rs.getObject("delivery_id_checked", Boolean.class),
                rs.getObject("delivery_by_applicant", Boolean.class), rs.getString("delivery_carrier"),
                rs.getString("delivery_tracking_number"));
        return absent(d.method(), d.deliveredOn(), d.recordedBy(), d.collectedBy(), d.idChecked(), d.byApplicant(),
                d.carrier(), d.trackingNumber()) ? null : d;
    }

    private static FeeCollectionRow feeCollection(ResultSet rs) throws SQLException {
        FeeCollectionRow f = new FeeCollectionRow(rs.getString("fee_receipt_number"), rs.getBigDecimal("fee_amount"),
                rs.getBigDecimal("fee_catalog_amount"), rs.getString("fee_fee_names"), date(rs, "fee_collected_on"),
                rs.getString("fee_collected_by"));
        return absent(f.receiptNumber(), f.amount(), f.catalogAmount(), f.feeNames(), f.collectedOn(),
                f.collectedBy()) ? null : f;
    }

    private static RefundRow refund(ResultSet rs) throws SQLException {
        RefundRow r = new RefundRow(rs.getBigDecimal("refund_amount"), rs.getString("refund_reason"),
                date(rs, "refund_refunded_on"), rs.getString("refund_refunded_by"));
        return absent(r.amount(), r.reason(), r.refundedOn(), r.refundedBy()) ? null : r;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
