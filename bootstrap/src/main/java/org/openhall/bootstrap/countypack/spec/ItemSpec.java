package org.openhall.bootstrap.countypack.spec;

import java.util.List;

import org.openhall.bootstrap.countypack.Where;

/**
 * An approval item of the catalog (审批事项) with its eight public elements (八公开), as a pack
 * writes it in {@code items.yaml} or a row of {@code items.xlsx}.
 *
 * @param kind {@code ADMINISTRATIVE_LICENCE}, {@code NON_LICENCE_APPROVAL}, {@code PUBLIC_SERVICE}
 *        or {@code CONVENIENCE_SERVICE}
 * @param applicantTypes {@code NATURAL_PERSON} and/or {@code LEGAL_PERSON}
 * @param level {@code CITY}, {@code TOWNSHIP} or {@code VILLAGE}
 * @param statutoryLimit the statutory limit (法定时限) in working days
 * @param promisedLimit the promised limit (承诺时限) in working days, at most the statutory one
 * @param fees empty when the item is free (不收费)
 * @param deliveryMethods {@code PICKUP} and/or {@code MAIL}
 * @param decidedAtWindow whether the window decides the item (窗口办结)
 * @param stepsReturnedToDepartment the procedure steps the window returns to the department
 * @param maxVisits the most visits an applicant needs (到现场次数)
 */
public record ItemSpec(Where where, String code, String nationalCode, String name, String kind,
        List<String> applicantTypes, String department, String implementingBody, String level,
        List<LegalBasisSpec> legalBases, List<String> conditions, List<MaterialSpec> materials,
        List<String> approvalStandards, List<String> resultDocuments, List<StepSpec> procedure,
        Integer statutoryLimit, Integer promisedLimit, List<FeeSpec> fees, List<String> deliveryMethods,
        Boolean decidedAtWindow, List<String> stepsReturnedToDepartment, Integer maxVisits, Boolean onlineAvailable,
        List<String> keywords) {
}
