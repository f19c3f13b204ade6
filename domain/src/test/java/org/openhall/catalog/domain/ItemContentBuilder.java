package org.openhall.catalog.domain;

import java.util.List;
import java.util.Set;

import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.time.TimeLimit;

/**
 * Builds an item's content for tests, starting from a valid one, so that a test names only the
 * elements it is about. Reused by other modules' tests through the test-jar.
 */
public final class ItemContentBuilder {

    public String nationalCode;
    public String name;
    public ItemKind kind;
    public Set<ApplicantType> applicantTypes;
    public DepartmentCode department;
    public String implementingBody;
    public AdministrativeLevel level;
    public List<LegalBasis> legalBases;
    public List<String> conditions;
    public List<RequiredMaterial> materials;
    public List<String> approvalStandards;
    public List<String> resultDocuments;
    public List<ProcedureStep> procedure;
    public TimeLimit statutory;
    public TimeLimit promised;
    public List<FeeItem> fees;
    public Set<DeliveryMethod> deliveryMethods;
    public WindowAuthority authority;
    public int maxVisits;
    public boolean online;
    public List<String> keywords;

    private ItemContentBuilder(ItemContent c) {
        nationalCode = c.nationalCode();
        name = c.name();
        kind = c.kind();
        applicantTypes = c.applicantTypes();
        department = c.department();
        implementingBody = c.implementingBody();
        level = c.level();
        legalBases = c.legalBases();
        conditions = c.conditions();
        materials = c.materials();
        approvalStandards = c.approvalStandards();
        resultDocuments = c.resultDocuments();
        procedure = c.procedure();
        statutory = c.statutoryLimit();
        promised = c.promisedLimit();
        fees = c.fees();
        deliveryMethods = c.deliveryMethods();
        authority = c.windowAuthority();
        maxVisits = c.maxVisits();
        online = c.onlineAvailable();
        keywords = c.keywords();
    }

    /** A copy of {@code content} to change. */
    public static ItemContentBuilder from(ItemContent content) {
        return new ItemContentBuilder(content);
    }

    /** The full content of 食品经营许可 to change. */
    public static ItemContentBuilder food() {
        return from(ApprovalItems.foodBusinessLicenceContent());
    }

    /** An item named {@code name} of {@code department}, handled by {@code body}, found by {@code keywords}. */
    public static ItemContent item(String name, String department, String body, String... keywords) {
        ItemContentBuilder b = food();
        b.nationalCode = null;
        b.name = name;
        b.department = new DepartmentCode(department);
        b.implementingBody = body;
        b.keywords = List.of(keywords);
        return b.build();
    }

    public ItemContentBuilder named(String newName) {
        name = newName;
        return this;
    }

    public ItemContentBuilder promisedWorkingDays(int days) {
        promised = TimeLimit.workingDays(days);
        return this;
    }

    public ItemContentBuilder materials(List<RequiredMaterial> newMaterials) {
        materials = newMaterials;
        return this;
    }

    public ItemContent build() {
        return new ItemContent(nationalCode, name, kind, applicantTypes, department, implementingBody, level,
                legalBases, conditions, materials, approvalStandards, resultDocuments, procedure, statutory, promised,
                fees, deliveryMethods, authority, maxVisits, online, keywords);
    }
}
