package org.openhall.catalog.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jmolecules.ddd.types.AggregateRoot;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.time.TimeLimit;

/**
 * One version of an approval item of the catalog (审批事项的一个版本): what a citizen or enterprise
 * can apply for at the centre, with the public elements a clerk needs to receive a case, the
 * status the item had from the version's first day, and the period it is in force.
 *
 * <p>Versions are never rewritten: a change of content, a suspension, a resumption or an abolition
 * from some day is a new version, and the only thing that ever changes on a stored version is the
 * end of its period, when the next one takes over. So the catalog in force on any past day, and
 * the exact item a case was received under, stay known (see {@link ItemTimeline}).
 *
 * <p>Invariants: the content's own (see {@link ItemContent}); a suspension and an abolition give
 * their reason; a draft is not a version (see {@link ItemDraft}).
 */
public final class ApprovalItem implements AggregateRoot<ApprovalItem, ApprovalItemVersionId> {

    /** The first day of items registered without a date: in force as far back as anyone asks. */
    public static final LocalDate SINCE_EVER = LocalDate.of(1970, 1, 1);

    private final ApprovalItemVersionId id;
    private final ItemStatus status;
    private final ItemContent content;
    private final String statusReason;
    private ValidityPeriod validity;

    private ApprovalItem(ApprovalItemVersionId id, ItemStatus status, ValidityPeriod validity, ItemContent content,
            String statusReason) {
        if (id == null || status == null || validity == null || content == null) {
            throw new InvalidValue("item", "id, status, validity and content are required");
        }
        if (status == ItemStatus.DRAFT) {
            throw new InvalidValue("item.status", "a draft is not a version of the catalog");
        }
        String reason = statusReason == null || statusReason.isBlank() ? null : statusReason.strip();
        if (reason == null && (status == ItemStatus.SUSPENDED || status == ItemStatus.ABOLISHED)) {
            throw new InvalidValue("item.statusReason", "a suspension or abolition must give its reason");
        }
        this.id = id;
        this.status = status;
        this.validity = validity;
        this.content = content;
        this.statusReason = reason;
    }

    /** A published version in force from {@code from} until another replaces it. */
    public static ApprovalItem publish(ApprovalItemVersionId id, ItemContent content, LocalDate from) {
        return new ApprovalItem(id, ItemStatus.PUBLISHED, ValidityPeriod.from(from), content, null);
    }

    /**
     * Registers a new item with the few elements a short catalog entry has: version 1, published
     * and in force {@linkplain #SINCE_EVER since ever}; handled at city level for natural and legal
     * persons by the department itself, free of charge, picked up at the window after at most one
     * visit. Meant for tests and simple imports; the catalog's maintenance publishes full content
     * from a date.
     */
    public static ApprovalItem register(ApprovalItemCode code, String name, ItemKind kind, DepartmentCode department,
            LegalBasis legalBasis, TimeLimit statutoryLimit, TimeLimit promisedLimit,
            List<RequiredMaterial> materials) {
        if (department == null) {
            throw new InvalidValue("item.department", "must not be empty");
        }
        ItemContent content = new ItemContent(null, name, kind,
                EnumSet.of(ApplicantType.NATURAL_PERSON, ApplicantType.LEGAL_PERSON), department, department.value(),
                AdministrativeLevel.CITY, legalBasis == null ? null : List.of(legalBasis), List.of(), materials,
                List.of(), List.of(), List.of(), statutoryLimit, promisedLimit, List.of(), Set.of(DeliveryMethod.PICKUP),
                WindowAuthority.atWindow(), 1, false, List.of());
        return publish(new ApprovalItemVersionId(code, 1), content, SINCE_EVER);
    }

    /** Rebuilds a version from storage; the same invariants apply. */
    public static ApprovalItem restore(ApprovalItemVersionId id, ItemStatus status, ValidityPeriod validity,
            ItemContent content, String statusReason) {
        return new ApprovalItem(id, status, validity, content, statusReason);
    }

    /** The version that follows this one from {@code from}, with {@code status} and {@code content}. */
    ApprovalItem succeededBy(ItemStatus nextStatus, ItemContent nextContent, LocalDate from, String reason) {
        return new ApprovalItem(id.next(), nextStatus, ValidityPeriod.from(from), nextContent, reason);
    }

    /** Ends this version's period the day before {@code next} begins, when a later version takes over. */
    void endBefore(LocalDate next) {
        validity = validity.endingBefore(next);
    }

    @Override
    public ApprovalItemVersionId getId() {
        return id;
    }

    public ApprovalItemCode code() {
        return id.code();
    }

    /** The catalog version of this item; a case keeps the version it was received under. */
    public int version() {
        return id.version();
    }

    public ItemStatus status() {
        return status;
    }

    public ValidityPeriod validity() {
        return validity;
    }

    /** Why the item was suspended or abolished, or a note on its publication; may be {@code null}. */
    public Optional<String> statusReason() {
        return Optional.ofNullable(statusReason);
    }

    public ItemContent content() {
        return content;
    }

    /** Whether this version is the one in force on {@code day} (whatever its status). */
    public boolean inForceOn(LocalDate day) {
        return validity.contains(day);
    }

    /** Whether this version is in force on {@code day} and published: part of that day's catalog. */
    public boolean publishedOn(LocalDate day) {
        return status == ItemStatus.PUBLISHED && inForceOn(day);
    }

    public String name() {
        return content.name();
    }

    public ItemKind kind() {
        return content.kind();
    }

    public DepartmentCode department() {
        return content.department();
    }

    /** The first (principal) legal basis; {@link #legalBases()} has them all. */
    public LegalBasis legalBasis() {
        return content.legalBases().getFirst();
    }

    public List<LegalBasis> legalBases() {
        return content.legalBases();
    }

    public TimeLimit statutoryLimit() {
        return content.statutoryLimit();
    }

    public TimeLimit promisedLimit() {
        return content.promisedLimit();
    }

    public List<RequiredMaterial> materials() {
        return content.materials();
    }

    public Optional<RequiredMaterial> material(String materialCode) {
        return content.materials().stream().filter(m -> m.code().equals(materialCode)).findFirst();
    }

    /** The mandatory materials that are not among {@code provided}, in catalog order. */
    public List<RequiredMaterial> missingFrom(Set<String> provided) {
        return content.materials().stream().filter(RequiredMaterial::mandatory)
                .filter(m -> !provided.contains(m.code())).toList();
    }

    @Override
    public String toString() {
        return id + " " + status + " " + validity.from() + ".." + (validity.to() == null ? "" : validity.to());
    }
}
