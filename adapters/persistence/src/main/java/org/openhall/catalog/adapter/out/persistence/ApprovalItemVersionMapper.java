package org.openhall.catalog.adapter.out.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.openhall.catalog.domain.ApplicantType;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ApprovalItemVersionId;
import org.openhall.catalog.domain.DeliveryMethod;
import org.openhall.catalog.domain.FeeItem;
import org.openhall.catalog.domain.ItemContent;
import org.openhall.catalog.domain.ItemDraft;
import org.openhall.catalog.domain.ItemStatus;
import org.openhall.catalog.domain.LegalBasis;
import org.openhall.catalog.domain.MaterialForm;
import org.openhall.catalog.domain.MaterialRequirement;
import org.openhall.catalog.domain.ProcedureStep;
import org.openhall.catalog.domain.RequiredMaterial;
import org.openhall.catalog.domain.ValidityPeriod;
import org.openhall.catalog.domain.WindowAuthority;
import org.openhall.shared.adapter.out.persistence.PersistenceMapperConfig;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.money.Money;
import org.openhall.shared.domain.time.TimeLimit;

/**
 * Maps versions and drafts to their rows. The way back goes through the domain's constructors and
 * {@link ApprovalItem#restore}, so a stored item is held to the same invariants as a new one.
 */
@Mapper(config = PersistenceMapperConfig.class)
interface ApprovalItemVersionMapper {

    /** The columns that tell a version from a draft. */
    record Header(String code, Integer version, String status, LocalDate validFrom, LocalDate validTo,
            String statusReason) {
    }

    default ApprovalItemVersionRow toRow(ApprovalItem version) {
        return toRow(new Header(version.code().value(), version.version(), version.status().name(),
                version.validity().from(), version.validity().to(), version.statusReason().orElse(null)),
                version.content());
    }

    default ApprovalItemVersionRow toRow(ItemDraft draft) {
        return toRow(new Header(draft.code().value(), null, ApprovalItemVersionRow.DRAFT, null, null, null),
                draft.content());
    }

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "statutoryLimitWorkingDays", source = "content.statutoryLimit.amount")
    @Mapping(target = "promisedLimitWorkingDays", source = "content.promisedLimit.amount")
    @Mapping(target = "decidedAtWindow", source = "content.windowAuthority.decidedAtWindow")
    @Mapping(target = "stepsReturnedToDepartment", source = "content.windowAuthority.stepsReturnedToDepartment")
    ApprovalItemVersionRow toRow(Header header, ItemContent content);

    LegalBasisRow toRow(LegalBasis basis);

    MaterialRow toRow(RequiredMaterial material);

    StepRow toRow(ProcedureStep step);

    FeeRow toRow(FeeItem fee);

    List<String> applicantTypeNames(Set<ApplicantType> types);

    List<String> deliveryMethodNames(Set<DeliveryMethod> methods);

    default String text(DepartmentCode department) {
        return department.value();
    }

    default BigDecimal yuan(Money money) {
        return money.yuan();
    }

    default ApprovalItem toVersion(ApprovalItemVersionRow row) {
        return ApprovalItem.restore(new ApprovalItemVersionId(new ApprovalItemCode(row.code()), row.version()),
                ItemStatus.valueOf(row.status()), new ValidityPeriod(row.validFrom(), row.validTo()), toContent(row),
                row.statusReason());
    }

    default ItemDraft toDraft(ApprovalItemVersionRow row) {
        return ItemDraft.restore(new ApprovalItemCode(row.code()), toContent(row));
    }

    default ItemContent toContent(ApprovalItemVersionRow row) {
        return new ItemContent(row.nationalCode(), row.name(), row.kind(),
                enums(ApplicantType.class, row.applicantTypes()), new DepartmentCode(row.department()),
                row.implementingBody(), row.level(),
                row.legalBases().stream().map(b -> new LegalBasis(b.law(), b.article())).toList(), row.conditions(),
                row.materials().stream().map(ApprovalItemVersionMapper::material).toList(), row.approvalStandards(),
                row.resultDocuments(),
                row.procedure().stream()
                        .map(s -> new ProcedureStep(s.name(), s.handlerRole(), s.limitWorkingDays(), s.special()))
                        .toList(),
                TimeLimit.workingDays(row.statutoryLimitWorkingDays()),
                TimeLimit.workingDays(row.promisedLimitWorkingDays()),
                row.fees().stream().map(f -> new FeeItem(f.name(), new Money(f.amount()), f.basis())).toList(),
                enums(DeliveryMethod.class, row.deliveryMethods()),
                new WindowAuthority(row.decidedAtWindow(), row.stepsReturnedToDepartment()), row.maxVisits(),
                row.onlineAvailable(), row.keywords());
    }

    private static RequiredMaterial material(MaterialRow m) {
        return new RequiredMaterial(m.code(), m.name(), m.original(), m.copies(),
                MaterialRequirement.valueOf(m.requirement()), m.condition(), MaterialForm.valueOf(m.form()),
                m.supplyLaterAllowed(), m.sampleFormRef());
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> names) {
        Set<E> values = EnumSet.noneOf(type);
        names.forEach(n -> values.add(Enum.valueOf(type, n)));
        return values;
    }
}
