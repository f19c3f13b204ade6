package org.openhall.catalog.application.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.openhall.catalog.domain.ApplicantType;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.DeliveryMethod;
import org.openhall.catalog.domain.FeeItem;
import org.openhall.catalog.domain.ItemContent;
import org.openhall.catalog.domain.ItemDraft;
import org.openhall.catalog.domain.ItemKind;
import org.openhall.catalog.domain.ItemStatus;
import org.openhall.catalog.domain.LegalBasis;
import org.openhall.catalog.domain.MaterialForm;
import org.openhall.catalog.domain.MaterialRequirement;
import org.openhall.catalog.domain.ProcedureStep;
import org.openhall.catalog.domain.RequiredMaterial;
import org.openhall.shared.domain.access.AdministrativeLevel;

/**
 * One version of an item with every element (事项版本), or a draft: its status and period, and the
 * content of its service guide.
 *
 * @param version      the version number; {@code null} for a draft, which is numbered when published
 * @param validFrom    the first day in force; {@code null} for a draft
 * @param validTo      the last day in force, {@code null} while open-ended or for a draft
 * @param statusReason why it was suspended or abolished, or a note on resumption; may be {@code null}
 * @param legalBasis   the principal legal basis as cited, the first of {@code legalBases}
 */
public record ItemVersionView(String code, Integer version, ItemStatus status, LocalDate validFrom, LocalDate validTo,
        String statusReason, String nationalCode, String name, ItemKind kind, Set<ApplicantType> applicantTypes,
        String department, String implementingBody, AdministrativeLevel level, String legalBasis,
        List<LegalBasisLine> legalBases, List<String> conditions, List<MaterialLine> materials, List<String> approvalStandards,
        List<String> resultDocuments, List<StepLine> procedure, int statutoryLimitWorkingDays,
        int promisedLimitWorkingDays, List<FeeLine> fees, boolean free, Set<DeliveryMethod> deliveryMethods,
        boolean decidedAtWindow, List<String> stepsReturnedToDepartment, int maxVisits, boolean onlineAvailable,
        List<String> keywords) {

    /** A legal basis as the guide cites it. */
    public record LegalBasisLine(String law, String article, String citation) {

        static LegalBasisLine of(LegalBasis basis) {
            return new LegalBasisLine(basis.law(), basis.article(), basis.citation());
        }
    }

    /**
     * One material (申请材料).
     *
     * @param mandatory whether every application is incomplete without it
     */
    public record MaterialLine(String code, String name, boolean original, int copies,
            MaterialRequirement requirement, String condition, MaterialForm form, boolean supplyLaterAllowed,
            String sampleFormRef, boolean mandatory) {

        static MaterialLine of(RequiredMaterial m) {
            return new MaterialLine(m.code(), m.name(), m.original(), m.copies(), m.requirement(), m.condition(),
                    m.form(), m.supplyLaterAllowed(), m.sampleFormRef(), m.mandatory());
        }
    }

    /**
     * One step of the procedure (办理环节).
     *
     * @param special a step whose time is not counted in the limit (Administrative Licensing Law Art. 45)
     */
    public record StepLine(String name, String handlerRole, int limitWorkingDays, boolean special) {

        static StepLine of(ProcedureStep s) {
            return new StepLine(s.name(), s.handlerRole(), s.limitWorkingDays(), s.special());
        }
    }

    /**
     * One fee (收费项目).
     *
     * @param amountYuan the amount in yuan, two decimals
     */
    public record FeeLine(String name, BigDecimal amountYuan, String basis) {

        static FeeLine of(FeeItem f) {
            return new FeeLine(f.name(), f.amount().yuan(), f.basis());
        }
    }

    public static ItemVersionView of(ApprovalItem item) {
        return of(item.code().value(), item.version(), item.status(), item.validity().from(), item.validity().to(),
                item.statusReason().orElse(null), item.content());
    }

    public static ItemVersionView of(ItemDraft draft) {
        return of(draft.code().value(), null, ItemStatus.DRAFT, null, null, null, draft.content());
    }

    private static ItemVersionView of(String code, Integer version, ItemStatus status, LocalDate from, LocalDate to,
            String reason, ItemContent c) {
        return new ItemVersionView(code, version, status, from, to, reason, c.nationalCode(), c.name(), c.kind(),
                c.applicantTypes(), c.department().value(), c.implementingBody(), c.level(),
                c.legalBases().getFirst().citation(), c.legalBases().stream().map(LegalBasisLine::of).toList(),
                c.conditions(),
                c.materials().stream().map(MaterialLine::of).toList(), c.approvalStandards(), c.resultDocuments(),
                c.procedure().stream().map(StepLine::of).toList(), c.statutoryLimitWorkingDays(),
                c.promisedLimitWorkingDays(), c.fees().stream().map(FeeLine::of).toList(), c.free(),
                c.deliveryMethods(), c.windowAuthority().decidedAtWindow(),
                c.windowAuthority().stepsReturnedToDepartment(), c.maxVisits(), c.onlineAvailable(), c.keywords());
    }
}
