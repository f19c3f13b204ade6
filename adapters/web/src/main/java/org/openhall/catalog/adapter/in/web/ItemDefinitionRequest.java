package org.openhall.catalog.adapter.in.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.openhall.catalog.application.port.in.ItemDefinition;
import org.openhall.catalog.domain.ApplicantType;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.DeliveryMethod;
import org.openhall.catalog.domain.FeeItem;
import org.openhall.catalog.domain.ItemKind;
import org.openhall.catalog.domain.LegalBasis;
import org.openhall.catalog.domain.MaterialForm;
import org.openhall.catalog.domain.MaterialRequirement;
import org.openhall.catalog.domain.ProcedureStep;
import org.openhall.catalog.domain.RequiredMaterial;
import org.openhall.catalog.domain.WindowAuthority;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.money.Money;

/**
 * Every element of an item's next version, as a catalog administrator drafts it; the code comes
 * from the path. The catalog's own rules check it, and a refused element is named in the answer.
 *
 * @param stepsReturnedToDepartment empty exactly when {@code decidedAtWindow}
 * @param fees                      empty when the item is free
 */
public record ItemDefinitionRequest(String nationalCode, String name, ItemKind kind,
        Set<ApplicantType> applicantTypes, String department, String implementingBody, AdministrativeLevel level,
        List<LegalBasisRequest> legalBases, List<String> conditions, List<MaterialRequest> materials,
        List<String> approvalStandards, List<String> resultDocuments, List<StepRequest> procedure,
        Integer statutoryLimitWorkingDays, Integer promisedLimitWorkingDays, List<FeeRequest> fees,
        Set<DeliveryMethod> deliveryMethods, Boolean decidedAtWindow, List<String> stepsReturnedToDepartment,
        Integer maxVisits, Boolean onlineAvailable, List<String> keywords) {

    /** 设定依据: the law or regulation and its article. */
    public record LegalBasisRequest(String law, String article) {
    }

    /**
     * 申请材料.
     *
     * @param requirement REQUIRED, OPTIONAL or CONDITIONAL (then {@code condition} names the situation)
     */
    public record MaterialRequest(String code, String name, Boolean original, Integer copies,
            MaterialRequirement requirement, String condition, MaterialForm form, Boolean supplyLaterAllowed,
            String sampleFormRef) {
    }

    /** 办理环节; {@code special} steps' time is not counted. */
    public record StepRequest(String name, String handlerRole, Integer limitWorkingDays, Boolean special) {
    }

    /** 收费项目: amount in yuan, and the document that allows it. */
    public record FeeRequest(String name, BigDecimal amountYuan, String basis) {
    }

    ItemDefinition toDefinition(String code) {
        return new ItemDefinition(new ApprovalItemCode(code), nationalCode, name, kind, applicantTypes,
                department == null ? null : new DepartmentCode(department), implementingBody, level,
                listOf(legalBases).stream().map(b -> new LegalBasis(b.law(), b.article())).toList(), conditions,
                listOf(materials).stream().map(ItemDefinitionRequest::material).toList(), approvalStandards,
                resultDocuments,
                listOf(procedure).stream().map(s -> new ProcedureStep(s.name(), s.handlerRole(),
                        required("procedure.limitWorkingDays", s.limitWorkingDays()), Boolean.TRUE.equals(s.special())))
                        .toList(),
                required("statutoryLimitWorkingDays", statutoryLimitWorkingDays),
                required("promisedLimitWorkingDays", promisedLimitWorkingDays),
                listOf(fees).stream().map(f -> new FeeItem(f.name(),
                        f.amountYuan() == null ? null : new Money(f.amountYuan()), f.basis())).toList(),
                deliveryMethods,
                new WindowAuthority(required("decidedAtWindow", decidedAtWindow), stepsReturnedToDepartment),
                required("maxVisits", maxVisits), required("onlineAvailable", onlineAvailable), keywords);
    }

    private static RequiredMaterial material(MaterialRequest m) {
        return new RequiredMaterial(m.code(), m.name(), required("material.original", m.original()),
                required("material.copies", m.copies()), m.requirement(), m.condition(), m.form(),
                Boolean.TRUE.equals(m.supplyLaterAllowed()), m.sampleFormRef());
    }

    private static <T> List<T> listOf(List<T> values) {
        if (values == null) {
            return List.of();
        }
        if (values.contains(null)) {
            throw new InvalidValue("item", "lists must not hold empty entries");
        }
        return values;
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidValue(field, "must be given");
        }
        return value;
    }
}
