package org.openhall.catalog.application.port.in;

import java.util.List;
import java.util.Set;

import org.openhall.catalog.domain.ApplicantType;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.DeliveryMethod;
import org.openhall.catalog.domain.FeeItem;
import org.openhall.catalog.domain.ItemContent;
import org.openhall.catalog.domain.ItemKind;
import org.openhall.catalog.domain.LegalBasis;
import org.openhall.catalog.domain.ProcedureStep;
import org.openhall.catalog.domain.RequiredMaterial;
import org.openhall.catalog.domain.WindowAuthority;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.time.TimeLimit;

/**
 * An item as a county pack or a catalog administrator defines it (事项定义): its code and every
 * element of its service guide, without dates or status. Validated on construction with the rules
 * of {@link ItemContent}, so that a pack can report every invalid item before anything is written.
 *
 * @param nationalCode              the national catalog code, or {@code null}
 * @param legalBases                at least one
 * @param fees                      empty when the item is free
 * @param statutoryLimitWorkingDays 法定办结时限 in working days
 * @param promisedLimitWorkingDays  承诺办结时限 in working days, at most the statutory one
 */
public record ItemDefinition(ApprovalItemCode code, String nationalCode, String name, ItemKind kind,
        Set<ApplicantType> applicantTypes, DepartmentCode department, String implementingBody,
        AdministrativeLevel level, List<LegalBasis> legalBases, List<String> conditions,
        List<RequiredMaterial> materials, List<String> approvalStandards, List<String> resultDocuments,
        List<ProcedureStep> procedure, int statutoryLimitWorkingDays, int promisedLimitWorkingDays,
        List<FeeItem> fees, Set<DeliveryMethod> deliveryMethods, WindowAuthority windowAuthority, int maxVisits,
        boolean onlineAvailable, List<String> keywords) {

    public ItemDefinition {
        if (code == null) {
            throw new InvalidValue("itemCode", "must not be empty");
        }
        ItemContent content = contentOf(nationalCode, name, kind, applicantTypes, department, implementingBody, level,
                legalBases, conditions, materials, approvalStandards, resultDocuments, procedure,
                statutoryLimitWorkingDays, promisedLimitWorkingDays, fees, deliveryMethods, windowAuthority, maxVisits,
                onlineAvailable, keywords);
        // Keep the normalised values, so that a definition equals the one read back from the catalog.
        nationalCode = content.nationalCode();
        name = content.name();
        applicantTypes = content.applicantTypes();
        implementingBody = content.implementingBody();
        legalBases = content.legalBases();
        conditions = content.conditions();
        materials = content.materials();
        approvalStandards = content.approvalStandards();
        resultDocuments = content.resultDocuments();
        procedure = content.procedure();
        fees = content.fees();
        deliveryMethods = content.deliveryMethods();
        keywords = content.keywords();
    }

    /** The definition of {@code code} with {@code content}. */
    public static ItemDefinition of(ApprovalItemCode code, ItemContent content) {
        return new ItemDefinition(code, content.nationalCode(), content.name(), content.kind(),
                content.applicantTypes(), content.department(), content.implementingBody(), content.level(),
                content.legalBases(), content.conditions(), content.materials(), content.approvalStandards(),
                content.resultDocuments(), content.procedure(), content.statutoryLimitWorkingDays(),
                content.promisedLimitWorkingDays(), content.fees(), content.deliveryMethods(),
                content.windowAuthority(), content.maxVisits(), content.onlineAvailable(), content.keywords());
    }

    /** The content of a version made from this definition. */
    public ItemContent content() {
        return contentOf(nationalCode, name, kind, applicantTypes, department, implementingBody, level, legalBases,
                conditions, materials, approvalStandards, resultDocuments, procedure, statutoryLimitWorkingDays,
                promisedLimitWorkingDays, fees, deliveryMethods, windowAuthority, maxVisits, onlineAvailable,
                keywords);
    }

    private static ItemContent contentOf(String nationalCode, String name, ItemKind kind,
            Set<ApplicantType> applicantTypes, DepartmentCode department, String implementingBody,
            AdministrativeLevel level, List<LegalBasis> legalBases, List<String> conditions,
            List<RequiredMaterial> materials, List<String> approvalStandards, List<String> resultDocuments,
            List<ProcedureStep> procedure, int statutoryLimitWorkingDays, int promisedLimitWorkingDays,
            List<FeeItem> fees, Set<DeliveryMethod> deliveryMethods, WindowAuthority windowAuthority, int maxVisits,
            boolean onlineAvailable, List<String> keywords) {
        if (statutoryLimitWorkingDays < 0 || promisedLimitWorkingDays < 0) {
            throw new InvalidValue("item.limits", "must not be negative");
        }
        return new ItemContent(nationalCode, name, kind, applicantTypes, department, implementingBody, level,
                legalBases, conditions, materials, approvalStandards, resultDocuments, procedure,
                TimeLimit.workingDays(statutoryLimitWorkingDays), TimeLimit.workingDays(promisedLimitWorkingDays),
                fees, deliveryMethods, windowAuthority, maxVisits, onlineAvailable, keywords);
    }
}
