package org.openhall.catalog.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jmolecules.ddd.types.AggregateRoot;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.time.LimitUnit;
import org.openhall.shared.domain.time.TimeLimit;

/**
 * An approval item of the catalog (审批事项): what a citizen or enterprise can apply for at the
 * centre, with the public elements a clerk needs to receive a case.
 *
 * <p>Invariants: the promised limit (承诺期限) is never longer than the statutory limit (法定期限),
 * both are in working days (Administrative Licensing Law Art. 82); material codes are unique.
 */
public final class ApprovalItem implements AggregateRoot<ApprovalItem, ApprovalItemCode> {

    private final ApprovalItemCode code;
    private final int version;
    private final String name;
    private final ItemKind kind;
    private final DepartmentCode department;
    private final LegalBasis legalBasis;
    private final TimeLimit statutoryLimit;
    private final TimeLimit promisedLimit;
    private final List<RequiredMaterial> materials;

    private ApprovalItem(ApprovalItemCode code, int version, String name, ItemKind kind, DepartmentCode department,
            LegalBasis legalBasis, TimeLimit statutoryLimit, TimeLimit promisedLimit,
            List<RequiredMaterial> materials) {
        if (code == null || kind == null || department == null || legalBasis == null) {
            throw new InvalidValue("item", "code, kind, department and legal basis are required");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidValue("item.name", "must not be blank");
        }
        if (version < 1) {
            throw new InvalidValue("item.version", "must be at least 1");
        }
        requireWorkingDays("item.statutoryLimit", statutoryLimit);
        requireWorkingDays("item.promisedLimit", promisedLimit);
        if (promisedLimit.amount() > statutoryLimit.amount()) {
            throw new InvalidValue("item.promisedLimit", "must not exceed the statutory limit of "
                    + statutoryLimit.amount() + " working days");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (RequiredMaterial m : materials) {
            if (!seen.add(m.code())) {
                throw new InvalidValue("item.materials", "material code " + m.code() + " appears twice");
            }
        }
        this.code = code;
        this.version = version;
        this.name = name.strip();
        this.kind = kind;
        this.department = department;
        this.legalBasis = legalBasis;
        this.statutoryLimit = statutoryLimit;
        this.promisedLimit = promisedLimit;
        this.materials = List.copyOf(materials);
    }

    private static void requireWorkingDays(String field, TimeLimit limit) {
        if (limit == null || limit.unit() != LimitUnit.WORKING_DAYS || limit.amount() < 1) {
            throw new InvalidValue(field, "must be at least one working day");
        }
    }

    /** Registers a new item (version 1). */
    public static ApprovalItem register(ApprovalItemCode code, String name, ItemKind kind, DepartmentCode department,
            LegalBasis legalBasis, TimeLimit statutoryLimit, TimeLimit promisedLimit,
            List<RequiredMaterial> materials) {
        return new ApprovalItem(code, 1, name, kind, department, legalBasis, statutoryLimit, promisedLimit,
                materials);
    }

    /** Rebuilds an item from storage; the same invariants apply. */
    public static ApprovalItem restore(ApprovalItemCode code, int version, String name, ItemKind kind,
            DepartmentCode department, LegalBasis legalBasis, TimeLimit statutoryLimit, TimeLimit promisedLimit,
            List<RequiredMaterial> materials) {
        return new ApprovalItem(code, version, name, kind, department, legalBasis, statutoryLimit, promisedLimit,
                materials);
    }

    @Override
    public ApprovalItemCode getId() {
        return code;
    }

    public ApprovalItemCode code() {
        return code;
    }

    /** The catalog version of this item; a case keeps the version it was received under. */
    public int version() {
        return version;
    }

    public String name() {
        return name;
    }

    public ItemKind kind() {
        return kind;
    }

    public DepartmentCode department() {
        return department;
    }

    public LegalBasis legalBasis() {
        return legalBasis;
    }

    public TimeLimit statutoryLimit() {
        return statutoryLimit;
    }

    public TimeLimit promisedLimit() {
        return promisedLimit;
    }

    public List<RequiredMaterial> materials() {
        return materials;
    }

    public Optional<RequiredMaterial> material(String materialCode) {
        return materials.stream().filter(m -> m.code().equals(materialCode)).findFirst();
    }

    /** The mandatory materials that are not among {@code provided}, in catalog order. */
    public List<RequiredMaterial> missingFrom(Set<String> provided) {
        return materials.stream().filter(RequiredMaterial::mandatory).filter(m -> !provided.contains(m.code()))
                .toList();
    }
}
