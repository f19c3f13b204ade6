package org.openhall.bootstrap.countypack.validate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.openhall.bootstrap.countypack.Where;
import org.openhall.bootstrap.countypack.spec.FeeSpec;
import org.openhall.bootstrap.countypack.spec.ItemSpec;
import org.openhall.bootstrap.countypack.spec.LegalBasisSpec;
import org.openhall.bootstrap.countypack.spec.MaterialSpec;
import org.openhall.bootstrap.countypack.spec.StepSpec;
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
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.money.Money;

/**
 * Checks the catalog: each item's eight public elements (八公开) are complete and consistent —
 * at least one legal basis, materials with unique codes, a procedure whose counted steps fit the
 * statutory limit, a promised limit no longer than the statutory one, fees in yuan, and a window
 * authority that names real steps — and turns each item into the catalog's {@link ItemDefinition},
 * whose own rules report at the item's line too.
 */
final class CatalogChecks {

    private final Checks checks;

    CatalogChecks(Checks checks) {
        this.checks = checks;
    }

    /** The definitions of the items without errors. */
    List<ItemDefinition> items(List<ItemSpec> items, Set<String> departmentCodes) {
        checks.unique(items, ItemSpec::code, ItemSpec::where, "code", "item");
        List<ItemDefinition> definitions = new ArrayList<>();
        for (ItemSpec item : items) {
            ItemDefinition definition = item(item, departmentCodes);
            if (definition != null) {
                definitions.add(definition);
            }
        }
        return definitions;
    }

    private ItemDefinition item(ItemSpec item, Set<String> departmentCodes) {
        Where where = item.where();
        int errorsBefore = checks.count();
        ApprovalItemCode code = item.code() == null ? null
                : checks.value(where, "code", () -> new ApprovalItemCode(item.code()));
        ItemKind kind = checks.constant(where, "kind", item.kind(), ItemKind.class);
        if (item.applicantTypes().isEmpty()) {
            checks.error(where, "applicantTypes", "is required: NATURAL_PERSON, LEGAL_PERSON or both");
        }
        Set<ApplicantType> applicantTypes = constants(where, "applicantTypes", item.applicantTypes(),
                ApplicantType.class);
        if (item.department() != null && !departmentCodes.contains(item.department())) {
            checks.error(where, "department", "names department " + item.department()
                    + ", which the pack does not have");
        }
        DepartmentCode department = item.department() == null || !departmentCodes.contains(item.department()) ? null
                : checks.value(where, "department", () -> new DepartmentCode(item.department()));
        AdministrativeLevel level = checks.constant(where, "level", item.level(), AdministrativeLevel.class);
        if (item.legalBases().isEmpty()) {
            checks.error(where, "legalBases", "is required: every item publishes the law that establishes it");
        }
        List<LegalBasis> legalBases = new ArrayList<>();
        for (LegalBasisSpec basis : item.legalBases()) {
            LegalBasis legal = basis.law() == null ? null
                    : checks.value(basis.where(), "law", () -> new LegalBasis(basis.law(), basis.article()));
            if (legal != null) {
                legalBases.add(legal);
            }
        }
        List<RequiredMaterial> materials = materials(item.materials());
        List<ProcedureStep> procedure = procedure(item);
        limits(item);
        List<FeeItem> fees = fees(item.fees());
        if (item.deliveryMethods().isEmpty()) {
            checks.error(where, "deliveryMethods", "is required: PICKUP, MAIL or both");
        }
        Set<DeliveryMethod> delivery = constants(where, "deliveryMethods", item.deliveryMethods(),
                DeliveryMethod.class);
        WindowAuthority authority = authority(item, procedure);
        if (item.maxVisits() != null && checks.atLeast(where, "maxVisits", item.maxVisits(), 0)
                && item.maxVisits() == 0 && !Boolean.TRUE.equals(item.onlineAvailable())) {
            checks.error(where, "maxVisits", "0 visits (零跑腿) needs onlineAvailable: true");
        }
        distinct(where, "keywords", item.keywords());
        if (checks.count() > errorsBefore || code == null || kind == null || department == null || level == null
                || item.name() == null || item.implementingBody() == null || item.statutoryLimit() == null
                || item.promisedLimit() == null || item.maxVisits() == null || item.onlineAvailable() == null
                || authority == null) {
            return null;
        }
        // The catalog's own rules come last: they report what the checks above cannot know.
        return checks.value(where, "", () -> new ItemDefinition(code, item.nationalCode(), item.name(), kind,
                applicantTypes, department, item.implementingBody(), level, legalBases, item.conditions(), materials,
                item.approvalStandards(), item.resultDocuments(), procedure, item.statutoryLimit(),
                item.promisedLimit(), fees, delivery, authority, item.maxVisits(), item.onlineAvailable(),
                item.keywords()));
    }

    private List<RequiredMaterial> materials(List<MaterialSpec> materials) {
        checks.unique(materials, MaterialSpec::code, MaterialSpec::where, "code", "material");
        List<RequiredMaterial> valid = new ArrayList<>();
        for (MaterialSpec m : materials) {
            Where where = m.where();
            checks.atLeast(where, "copies", m.copies(), 1);
            MaterialRequirement requirement = m.requirement() == null ? MaterialRequirement.REQUIRED
                    : checks.constant(where, "requirement", m.requirement(), MaterialRequirement.class);
            if (requirement == MaterialRequirement.CONDITIONAL && (m.condition() == null || m.condition().isBlank())) {
                checks.error(where, "condition", "is required for a CONDITIONAL material: say when it is needed");
            }
            if (requirement != null && requirement != MaterialRequirement.CONDITIONAL && m.condition() != null) {
                checks.error(where, "condition", "only a CONDITIONAL material has a condition");
            }
            MaterialForm form = m.form() == null ? MaterialForm.PAPER
                    : checks.constant(where, "form", m.form(), MaterialForm.class);
            if (m.code() == null || m.name() == null || m.original() == null || requirement == null || form == null
                    || (m.copies() != null && m.copies() < 1)) {
                continue;
            }
            RequiredMaterial material = checks.value(where, "", () -> new RequiredMaterial(m.code(), m.name(),
                    m.original(), m.copies() == null ? 1 : m.copies(), requirement, m.condition(), form,
                    Boolean.TRUE.equals(m.supplyLaterAllowed()), m.sampleForm()));
            if (material != null) {
                valid.add(material);
            }
        }
        return valid;
    }

    /** The item's steps; the counted ones must fit the statutory limit. */
    private List<ProcedureStep> procedure(ItemSpec item) {
        if (item.procedure().isEmpty()) {
            checks.error(item.where(), "procedure", "is required: at least one step (e.g. 受理, 审查, 决定)");
        }
        checks.unique(item.procedure(), StepSpec::name, StepSpec::where, "name", "step");
        List<ProcedureStep> steps = new ArrayList<>();
        int counted = 0;
        for (StepSpec step : item.procedure()) {
            if (!checks.atLeast(step.where(), "workingDays", step.workingDays(), 0) || step.name() == null
                    || step.role() == null) {
                continue;
            }
            boolean special = Boolean.TRUE.equals(step.special());
            if (!special) {
                counted += step.workingDays();
            }
            ProcedureStep valid = checks.value(step.where(), "", () -> new ProcedureStep(step.name(), step.role(),
                    step.workingDays(), special));
            if (valid != null) {
                steps.add(valid);
            }
        }
        if (item.statutoryLimit() != null && counted > item.statutoryLimit()) {
            checks.error(item.where(), "procedure", "the counted steps take " + counted
                    + " working days, more than the statutory limit of " + item.statutoryLimit());
        }
        return steps;
    }

    private void limits(ItemSpec item) {
        Where where = item.where();
        boolean statutory = checks.atLeast(where, "statutoryLimit", item.statutoryLimit(), 1);
        boolean promised = checks.atLeast(where, "promisedLimit", item.promisedLimit(), 1);
        if (statutory && promised && item.promisedLimit() > item.statutoryLimit()) {
            checks.error(where, "promisedLimit", "is " + item.promisedLimit() + " working days, longer than the "
                    + "statutory limit of " + item.statutoryLimit() + ": a centre promises at most what the law allows");
        }
    }

    private List<FeeItem> fees(List<FeeSpec> fees) {
        checks.unique(fees, FeeSpec::name, FeeSpec::where, "name", "fee");
        List<FeeItem> valid = new ArrayList<>();
        for (FeeSpec fee : fees) {
            if (fee.amount() == null || fee.name() == null || fee.basis() == null) {
                continue;
            }
            Money amount = checks.value(fee.where(), "amount", () -> Money.yuan(fee.amount()));
            if (amount != null && amount.isZero()) {
                checks.error(fee.where(), "amount", "is zero: a free item lists no fees (不收费)");
            } else if (amount != null) {
                FeeItem item = checks.value(fee.where(), "", () -> new FeeItem(fee.name(), amount, fee.basis()));
                if (item != null) {
                    valid.add(item);
                }
            }
        }
        return valid;
    }

    private WindowAuthority authority(ItemSpec item, List<ProcedureStep> procedure) {
        Where where = item.where();
        Set<String> steps = new HashSet<>();
        procedure.forEach(s -> steps.add(s.name()));
        item.procedure().forEach(s -> steps.add(s.name()));
        boolean valid = true;
        for (String step : item.stepsReturnedToDepartment()) {
            if (!steps.contains(step)) {
                checks.error(where, "windowAuthority.stepsReturnedToDepartment", "names step " + step
                        + ", which is not in the item's procedure");
                valid = false;
            }
        }
        if (Boolean.TRUE.equals(item.decidedAtWindow()) && !item.stepsReturnedToDepartment().isEmpty()) {
            checks.error(where, "windowAuthority.stepsReturnedToDepartment",
                    "an item decided at the window returns no steps to the department");
            valid = false;
        }
        if (Boolean.FALSE.equals(item.decidedAtWindow()) && item.stepsReturnedToDepartment().isEmpty()) {
            checks.error(where, "windowAuthority.stepsReturnedToDepartment",
                    "name the steps the window returns to the department, since it does not decide the item");
            valid = false;
        }
        if (!valid || item.decidedAtWindow() == null) {
            return null;
        }
        return checks.value(where, "", () -> new WindowAuthority(item.decidedAtWindow(),
                item.stepsReturnedToDepartment()));
    }

    private <E extends Enum<E>> Set<E> constants(Where where, String field, List<String> texts, Class<E> type) {
        distinct(where, field, texts);
        Set<E> values = EnumSet.noneOf(type);
        for (String text : texts) {
            E value = checks.constant(where, field, text, type);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private void distinct(Where where, String field, List<String> values) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (!seen.add(value)) {
                checks.error(where, field, "lists " + value + " twice");
            }
        }
    }
}
