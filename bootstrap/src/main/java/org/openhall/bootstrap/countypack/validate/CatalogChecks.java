package org.openhall.bootstrap.countypack.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.openhall.bootstrap.countypack.Where;
import org.openhall.bootstrap.countypack.spec.FeeSpec;
import org.openhall.bootstrap.countypack.spec.ItemSpec;
import org.openhall.bootstrap.countypack.spec.LegalBasisSpec;
import org.openhall.bootstrap.countypack.spec.MaterialSpec;
import org.openhall.bootstrap.countypack.spec.StepSpec;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.LegalBasis;
import org.openhall.catalog.domain.RequiredMaterial;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.shared.domain.money.Money;

/**
 * Checks the catalog: each item's eight public elements (八公开) are complete and consistent —
 * at least one legal basis, materials with unique codes, a procedure whose counted steps fit the
 * statutory limit, a promised limit no longer than the statutory one, fees in yuan, and a window
 * authority that names real steps.
 */
final class CatalogChecks {

    static final List<String> KINDS = List.of("ADMINISTRATIVE_LICENCE", "NON_LICENCE_APPROVAL", "PUBLIC_SERVICE",
            "CONVENIENCE_SERVICE");
    static final List<String> APPLICANT_TYPES = List.of("NATURAL_PERSON", "LEGAL_PERSON");
    static final List<String> REQUIREMENTS = List.of("REQUIRED", "OPTIONAL", "CONDITIONAL");
    static final List<String> FORMS = List.of("PAPER", "ELECTRONIC", "PAPER_OR_ELECTRONIC");
    static final List<String> DELIVERY_METHODS = List.of("PICKUP", "MAIL");

    private final Checks checks;

    CatalogChecks(Checks checks) {
        this.checks = checks;
    }

    void items(List<ItemSpec> items, Set<String> departmentCodes) {
        checks.unique(items, ItemSpec::code, ItemSpec::where, "code", "item");
        items.forEach(item -> item(item, departmentCodes));
    }

    private void item(ItemSpec item, Set<String> departmentCodes) {
        Where where = item.where();
        if (item.code() != null) {
            checks.value(where, "code", () -> new ApprovalItemCode(item.code()));
        }
        checks.oneOf(where, "kind", item.kind(), KINDS);
        if (item.applicantTypes().isEmpty()) {
            checks.error(where, "applicantTypes", "is required: NATURAL_PERSON, LEGAL_PERSON or both");
        }
        distinct(where, "applicantTypes", item.applicantTypes());
        item.applicantTypes().forEach(t -> checks.oneOf(where, "applicantTypes", t, APPLICANT_TYPES));
        if (item.department() != null && !departmentCodes.contains(item.department())) {
            checks.error(where, "department", "names department " + item.department()
                    + ", which the pack does not have");
        }
        checks.constant(where, "level", item.level(), AdministrativeLevel.class);
        if (item.legalBases().isEmpty()) {
            checks.error(where, "legalBases", "is required: every item publishes the law that establishes it");
        }
        for (LegalBasisSpec basis : item.legalBases()) {
            if (basis.law() != null) {
                checks.value(basis.where(), "law", () -> new LegalBasis(basis.law(), basis.article()));
            }
        }
        materials(item.materials());
        Set<String> steps = procedure(item);
        limits(item);
        fees(item.fees());
        if (item.deliveryMethods().isEmpty()) {
            checks.error(where, "deliveryMethods", "is required: PICKUP, MAIL or both");
        }
        distinct(where, "deliveryMethods", item.deliveryMethods());
        item.deliveryMethods().forEach(d -> checks.oneOf(where, "deliveryMethods", d, DELIVERY_METHODS));
        authority(item, steps);
        if (item.maxVisits() != null && checks.atLeast(where, "maxVisits", item.maxVisits(), 0)
                && item.maxVisits() == 0 && !Boolean.TRUE.equals(item.onlineAvailable())) {
            checks.error(where, "maxVisits", "0 visits (零跑腿) needs onlineAvailable: true");
        }
        distinct(where, "keywords", item.keywords());
    }

    private void materials(List<MaterialSpec> materials) {
        checks.unique(materials, MaterialSpec::code, MaterialSpec::where, "code", "material");
        for (MaterialSpec m : materials) {
            Where where = m.where();
            checks.atLeast(where, "copies", m.copies(), 1);
            String requirement = m.requirement() == null ? "REQUIRED"
                    : checks.oneOf(where, "requirement", m.requirement(), REQUIREMENTS);
            if ("CONDITIONAL".equals(requirement) && (m.condition() == null || m.condition().isBlank())) {
                checks.error(where, "condition", "is required for a CONDITIONAL material: say when it is needed");
            }
            if (requirement != null && !"CONDITIONAL".equals(requirement) && m.condition() != null) {
                checks.error(where, "condition", "only a CONDITIONAL material has a condition");
            }
            if (m.form() != null) {
                checks.oneOf(where, "form", m.form(), FORMS);
            }
            if (m.code() != null && m.name() != null && m.original() != null) {
                checks.value(where, "", () -> new RequiredMaterial(m.code(), m.name(), m.original(),
                        m.copies() == null ? 1 : Math.max(1, m.copies()), true));
            }
        }
    }

    /** The names of the item's steps; the counted ones must fit the statutory limit. */
    private Set<String> procedure(ItemSpec item) {
        Set<String> names = new HashSet<>();
        if (item.procedure().isEmpty()) {
            checks.error(item.where(), "procedure", "is required: at least one step (e.g. 受理, 审查, 决定)");
        }
        checks.unique(item.procedure(), StepSpec::name, StepSpec::where, "name", "step");
        int counted = 0;
        for (StepSpec step : item.procedure()) {
            names.add(step.name());
            if (checks.atLeast(step.where(), "workingDays", step.workingDays(), 0)
                    && !Boolean.TRUE.equals(step.special())) {
                counted += step.workingDays();
            }
        }
        if (item.statutoryLimit() != null && counted > item.statutoryLimit()) {
            checks.error(item.where(), "procedure", "the counted steps take " + counted
                    + " working days, more than the statutory limit of " + item.statutoryLimit());
        }
        return names;
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

    private void fees(List<FeeSpec> fees) {
        checks.unique(fees, FeeSpec::name, FeeSpec::where, "name", "fee");
        for (FeeSpec fee : fees) {
            if (fee.amount() == null) {
                continue;
            }
            Money amount = checks.value(fee.where(), "amount", () -> Money.yuan(fee.amount()));
            if (amount != null && amount.isZero()) {
                checks.error(fee.where(), "amount", "is zero: a free item lists no fees (不收费)");
            }
        }
    }

    private void authority(ItemSpec item, Set<String> steps) {
        Where where = item.where();
        for (String step : item.stepsReturnedToDepartment()) {
            if (!steps.contains(step)) {
                checks.error(where, "windowAuthority.stepsReturnedToDepartment", "names step " + step
                        + ", which is not in the item's procedure");
            }
        }
        if (Boolean.TRUE.equals(item.decidedAtWindow()) && !item.stepsReturnedToDepartment().isEmpty()) {
            checks.error(where, "windowAuthority.stepsReturnedToDepartment",
                    "an item decided at the window returns no steps to the department");
        }
        if (Boolean.FALSE.equals(item.decidedAtWindow()) && item.stepsReturnedToDepartment().isEmpty()) {
            checks.error(where, "windowAuthority.stepsReturnedToDepartment",
                    "name the steps the window returns to the department, since it does not decide the item");
        }
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
