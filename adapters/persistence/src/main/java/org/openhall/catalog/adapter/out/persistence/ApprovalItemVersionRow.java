package org.openhall.catalog.adapter.out.persistence;

import java.time.LocalDate;
import java.util.List;

import org.openhall.catalog.domain.ItemKind;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A stored version of an item, or a draft (no number, no period): one row with the item's
 * elements, list-valued texts and enum sets as arrays, structured lists in child rows kept in
 * order. The search columns are filled by the database and not mapped.
 */
@Table("approval_item_version")
record ApprovalItemVersionRow(@Id Long id, String code, Integer version, String status, LocalDate validFrom,
        LocalDate validTo, String statusReason, String nationalCode, String name, ItemKind kind,
        List<String> applicantTypes, String department, String implementingBody, AdministrativeLevel level,
        @MappedCollection(idColumn = "version_id", keyColumn = "position") List<LegalBasisRow> legalBases,
        List<String> conditions,
        @MappedCollection(idColumn = "version_id", keyColumn = "position") List<MaterialRow> materials,
        List<String> approvalStandards, List<String> resultDocuments,
        @MappedCollection(idColumn = "version_id", keyColumn = "position") List<StepRow> procedure,
        int statutoryLimitWorkingDays, int promisedLimitWorkingDays,
        @MappedCollection(idColumn = "version_id", keyColumn = "position") List<FeeRow> fees,
        List<String> deliveryMethods, boolean decidedAtWindow, List<String> stepsReturnedToDepartment, int maxVisits,
        boolean onlineAvailable, List<String> keywords) {

    /** The status of a draft row. */
    static final String DRAFT = "DRAFT";

    /** The same row under the database id {@code storedId}, so that saving it updates that row. */
    ApprovalItemVersionRow withId(Long storedId) {
        return new ApprovalItemVersionRow(storedId, code, version, status, validFrom, validTo, statusReason,
                nationalCode, name, kind, applicantTypes, department, implementingBody, level, legalBases, conditions,
                materials, approvalStandards, resultDocuments, procedure, statutoryLimitWorkingDays,
                promisedLimitWorkingDays, fees, deliveryMethods, decidedAtWindow, stepsReturnedToDepartment, maxVisits,
                onlineAvailable, keywords);
    }
}
