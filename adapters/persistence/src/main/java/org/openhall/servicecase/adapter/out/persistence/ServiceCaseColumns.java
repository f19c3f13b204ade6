package org.openhall.servicecase.adapter.out.persistence;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The columns of a case's own row in {@code service_case}, by name, with the values a
 * {@link ServiceCaseRow} gives them: the one place that says which field goes to which column
 * on the way in (the loader reads them back by the same names). Enums are stored by name, a part
 * that has not happened yet as nulls in all its columns.
 */
final class ServiceCaseColumns {

    private ServiceCaseColumns() {
    }

    /** Every column except {@code id} and {@code version}, which guard the write rather than carry data. */
    static Map<String, Object> of(ServiceCaseRow r) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("number", r.number());
        c.put("item_code", r.itemCode());
        c.put("item_version", r.itemVersion());
        c.put("item_name", r.itemName());
        c.put("department", r.department());
        c.put("applicant_name", r.applicantName());
        c.put("applicant_id_number", r.applicantIdNumber());
        c.put("applicant_phone", r.applicantPhone());
        c.put("applicant_id_number_index", r.applicantIdNumberIndex());
        c.put("applicant_phone_index", r.applicantPhoneIndex());
        c.put("status", name(r.status()));
        c.put("received_at", r.receivedAt() == null ? null : r.receivedAt().atOffset(ZoneOffset.UTC));
        c.put("received_on", r.receivedOn());
        c.put("received_by", r.receivedBy());
        c.put("window_code", r.windowCode());
        c.put("submission_round", r.submissionRound());
        c.put("round_received_on", r.roundReceivedOn());
        c.put("accepted_on", r.acceptedOn());
        putClock(c, "statutory_", r.statutoryClock());
        putClock(c, "promised_", r.promisedClock());
        c.put("completed_on", r.completedOn());
        c.put("transition_count", r.transitionCount());
        c.put("channel", name(r.channel()));
        var agent = r.agent();
        c.put("agent_name", part(agent, a -> a.name()));
        c.put("agent_id_number", part(agent, a -> a.idNumber()));
        c.put("agent_phone", part(agent, a -> a.phone()));
        c.put("agent_station_code", part(agent, a -> a.stationCode()));
        c.put("pre_application_reference", r.preApplicationReference());
        c.put("deemed", r.deemed());
        var deferred = r.deferredSupply();
        c.put("deferred_materials", part(deferred, d -> d.materials()));
        c.put("deferred_commitment", part(deferred, d -> d.commitment()));
        c.put("deferred_supply_by", part(deferred, d -> d.supplyBy()));
        c.put("deferred_supplied_on", part(deferred, d -> d.suppliedOn()));
        var refusal = r.refusal();
        c.put("refusal_legal_basis", part(refusal, x -> x.legalBasis()));
        c.put("refusal_reason", part(refusal, x -> x.reason()));
        c.put("refusal_refused_on", part(refusal, x -> x.refusedOn()));
        c.put("refusal_refused_by", part(refusal, x -> x.refusedBy()));
        var withdrawal = r.withdrawal();
        c.put("withdrawal_withdrawn_on", part(withdrawal, w -> w.withdrawnOn()));
        c.put("withdrawal_reason", part(withdrawal, w -> w.reason()));
        c.put("withdrawal_recorded_by", part(withdrawal, w -> w.recordedBy()));
        var extension = r.extension();
        c.put("extension_working_days", part(extension, e -> e.workingDays()));
        c.put("extension_approved_by", part(extension, e -> e.approvedBy()));
        c.put("extension_reason", part(extension, e -> e.reason()));
        c.put("extension_approved_on", part(extension, e -> e.approvedOn()));
        c.put("extension_applicant_told_on", part(extension, e -> e.applicantToldOn()));
        c.put("extension_joint", part(extension, e -> e.joint()));
        var decision = r.decision();
        c.put("decision_outcome", part(decision, d -> name(d.outcome())));
        c.put("decision_legal_basis", part(decision, d -> d.legalBasis()));
        c.put("decision_reason", part(decision, d -> d.reason()));
        c.put("decision_decided_on", part(decision, d -> d.decidedOn()));
        c.put("decision_decided_by", part(decision, d -> d.decidedBy()));
        c.put("decision_certificate_due_date", part(decision, d -> d.certificateDueDate()));
        var certificate = r.certificate();
        c.put("certificate_number", part(certificate, x -> x.number()));
        c.put("certificate_issued_on", part(certificate, x -> x.issuedOn()));
        c.put("certificate_issued_by", part(certificate, x -> x.issuedBy()));
        c.put("certificate_serve_by", part(certificate, x -> x.serveBy()));
        c.put("certificate_within_limit", part(certificate, x -> x.withinLimit()));
        var delivery = r.delivery();
        c.put("delivery_method", part(delivery, d -> name(d.method())));
        c.put("delivery_delivered_on", part(delivery, d -> d.deliveredOn()));
        c.put("delivery_recorded_by", part(delivery, d -> d.recordedBy()));
        c.put("delivery_collected_by", part(delivery, d -> d.collectedBy()));
        c.put("delivery_id_checked", part(delivery, d -> d.idChecked()));
        c.put("delivery_by_applicant", part(delivery, d -> d.byApplicant()));
        c.put("delivery_carrier", part(delivery, d -> d.carrier()));
        c.put("delivery_tracking_number", part(delivery, d -> d.trackingNumber()));
        var fee = r.feeCollection();
        c.put("fee_receipt_number", part(fee, f -> f.receiptNumber()));
        c.put("fee_amount", part(fee, f -> f.amount()));
        c.put("fee_catalog_amount", part(fee, f -> f.catalogAmount()));
        c.put("fee_fee_names", part(fee, f -> f.feeNames()));
        c.put("fee_collected_on", part(fee, f -> f.collectedOn()));
        c.put("fee_collected_by", part(fee, f -> f.collectedBy()));
        var refund = r.feeRefund();
        c.put("refund_amount", part(refund, x -> x.amount()));
        c.put("refund_reason", part(refund, x -> x.reason()));
        c.put("refund_refunded_on", part(refund, x -> x.refundedOn()));
        c.put("refund_refunded_by", part(refund, x -> x.refundedBy()));
        c.put("promised_due_on", r.promisedDueOn());
        c.put("statutory_due_on", r.statutoryDueOn());
        c.put("current_step_position", r.currentStepPosition());
        c.put("current_step_due_on", r.currentStepDueOn());
        c.put("current_step_role", name(r.currentStepRole()));
        c.put("hall_code", r.hallCode());
        c.put("hall_level", name(r.hallLevel()));
        return c;
    }

    private static void putClock(Map<String, Object> c, String prefix, CaseClockRow clock) {
        c.put(prefix + "day0", part(clock, CaseClockRow::day0));
        c.put(prefix + "limit_amount", part(clock, CaseClockRow::limitAmount));
        c.put(prefix + "limit_unit", part(clock, k -> name(k.limitUnit())));
    }

    private static <P> Object part(P part, Function<P, Object> column) {
        return part == null ? null : column.apply(part);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
