package org.openhall.servicecase.adapter.out.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.UUID;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.network.domain.WindowCode;
import org.openhall.servicecase.domain.Applicant;
import org.openhall.servicecase.domain.CaseNumber;
import org.openhall.servicecase.domain.CaseStep;
import org.openhall.servicecase.domain.MissingMaterial;
import org.openhall.servicecase.domain.OneTimeNotice;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.servicecase.domain.ServiceCaseSnapshot;
import org.openhall.shared.adapter.out.persistence.PersistenceMapperConfig;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataCipher;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataKind;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.HallScope;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.identity.ResidentIdNumber;
import org.openhall.shared.domain.time.CaseClock;
import org.openhall.shared.domain.time.Extension;
import org.openhall.shared.domain.time.Pause;
import org.openhall.shared.domain.time.TimeLimit;

/**
 * Maps a case's snapshot to its rows and back. A case is only ever rebuilt from the snapshot
 * this produces, through {@code ServiceCase.restore}.
 */
@Mapper(config = PersistenceMapperConfig.class)
interface ServiceCaseMapper {

    /** The row of a case: written by hand, because the row flattens the case's parts into column groups. */
    default ServiceCaseRow toRow(ServiceCaseSnapshot s, @Context PersonalDataCipher cipher) {
        Optional<CaseStep> current = s.currentStep();
        return new ServiceCaseRow(uuid(s.id()), text(s.number()), text(s.itemCode()), s.itemVersion(), s.itemName(),
                text(s.department()), text(s.applicant().name()), cipher.seal(text(s.applicant().idNumber())),
                cipher.seal(text(s.applicant().phone())),
                cipher.blindIndex(PersonalDataKind.ID_NUMBER, text(s.applicant().idNumber())),
                cipher.blindIndex(PersonalDataKind.PHONE, text(s.applicant().phone())), s.status(), toMicros(s.receivedAt()), s.receivedOn(), s.receivedBy(),
                text(s.window()), s.submissionRound(), s.roundReceivedOn(),
                s.providedMaterials().stream().map(this::providedMaterialRow).collect(Collectors.toSet()),
                s.notices().stream().map(this::toRow).toList(), s.acceptedOn(), clockRow(s.statutoryClock()),
                clockRow(s.promisedClock()), pauseRows(s), extensionRows(s), s.completedOn(), s.transitionCount(),
                s.version(), s.channel(), CaseParts.agentRow(s.agent(), cipher), s.preApplicationReference(), s.deemed(),
                CaseParts.deferredRow(s.deferredSupply()), CaseParts.refusalRow(s.refusal()),
                CaseParts.withdrawalRow(s.withdrawal()), s.steps().stream().map(CaseParts::stepRow).toList(),
                s.pauses().stream().map(CaseParts::pauseRow).toList(), CaseParts.extensionRow(s.extension()),
                CaseParts.decisionRow(s.decision()), CaseParts.certificateRow(s.certificate()),
                CaseParts.deliveryRow(s.delivery()), s.fees().lines().stream().map(CaseParts::feeLineRow).toList(),
                CaseParts.collectionRow(s.fees().collection()), CaseParts.refundRow(s.fees().refund()),
                s.promisedDueOn(), s.statutoryDueOn(), current.map(CaseStep::position).orElse(null),
                current.map(CaseStep::dueOn).orElse(null), current.map(CaseStep::requiredRole).orElse(null),
                s.place().hall(), s.place().level());
    }

    /** The snapshot a case is restored from. */
    default ServiceCaseSnapshot toSnapshot(ServiceCaseRow r, @Context PersonalDataCipher cipher) {
        List<CaseStep> steps = new ArrayList<>();
        for (int i = 0; i < r.steps().size(); i++) {
            steps.add(CaseParts.step(i + 1, r.steps().get(i)));
        }
        return new ServiceCaseSnapshot(caseId(r.id()), caseNumber(r.number()), itemCode(r.itemCode()),
                r.itemVersion(), r.itemName(), departmentCode(r.department()), applicantOf(r, cipher), r.status(),
                r.receivedAt(), r.receivedOn(), r.receivedBy(), windowCode(r.windowCode()), r.submissionRound(),
                r.roundReceivedOn(), r.providedMaterials().stream().map(this::providedMaterial).collect(Collectors.toSet()),
                r.notices().stream().map(this::toDomain).toList(), r.acceptedOn(),
                clockOf(r.statutoryClock(), CaseClockKind.STATUTORY, r), clockOf(r.promisedClock(), CaseClockKind.PROMISED, r),
                r.completedOn(), r.transitionCount(), r.version(), r.channel(), CaseParts.agent(r.agent(), cipher),
                r.preApplicationReference(), r.deemed(), CaseParts.deferred(r.deferredSupply()),
                CaseParts.refusal(r.refusal()), CaseParts.withdrawal(r.withdrawal()), steps,
                r.pauses().stream().map(CaseParts::pause).toList(), CaseParts.extension(r.extension()),
                CaseParts.decision(r.decision()), CaseParts.certificate(r.certificate()),
                CaseParts.delivery(r.delivery()), CaseParts.fees(r.feeLines(), r.feeCollection(), r.feeRefund()),
                r.promisedDueOn(), r.statutoryDueOn(),
                r.hallLevel() == null ? null : new HallScope(r.hallCode(), r.hallLevel()));
    }

    OneTimeNoticeRow toRow(OneTimeNotice notice);

    OneTimeNotice toDomain(OneTimeNoticeRow row);

    @Mapping(target = "materialCode", source = "code")
    @Mapping(target = "materialName", source = "name")
    NoticeItemRow toRow(MissingMaterial material);

    @Mapping(target = "code", source = "materialCode")
    @Mapping(target = "name", source = "materialName")
    MissingMaterial toDomain(NoticeItemRow row);

    /**
     * PostgreSQL keeps microseconds; cutting them here makes the case that {@code save} returns
     * equal to the case read back later.
     */
    default Instant toMicros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    default ProvidedMaterialRow providedMaterialRow(String materialCode) {
        return new ProvidedMaterialRow(materialCode);
    }

    default String providedMaterial(ProvidedMaterialRow row) {
        return row.materialCode();
    }

    default UUID uuid(ServiceCaseId id) {
        return id.value();
    }

    default ServiceCaseId caseId(UUID value) {
        return new ServiceCaseId(value);
    }

    default String text(CaseNumber number) {
        return number.value();
    }

    default CaseNumber caseNumber(String value) {
        return new CaseNumber(value);
    }

    default String text(ApprovalItemCode code) {
        return code.value();
    }

    default ApprovalItemCode itemCode(String value) {
        return new ApprovalItemCode(value);
    }

    default String text(WindowCode window) {
        return window == null ? null : window.value();
    }

    default WindowCode windowCode(String value) {
        return value == null ? null : new WindowCode(value);
    }

    default String text(DepartmentCode department) {
        return department.value();
    }

    default DepartmentCode departmentCode(String value) {
        return new DepartmentCode(value);
    }

    default String text(PersonName name) {
        return name.value();
    }

    default String text(ResidentIdNumber idNumber) {
        return idNumber.value();
    }

    default String text(PhoneNumber phone) {
        return phone.value();
    }

    default Applicant applicantOf(ServiceCaseRow row, @Context PersonalDataCipher cipher) {
        return new Applicant(new PersonName(row.applicantName()),
                new ResidentIdNumber(cipher.open(row.applicantIdNumber())), new PhoneNumber(cipher.open(row.applicantPhone())));
    }

    default CaseClockRow clockRow(CaseClock clock) {
        return clock == null ? null
                : new CaseClockRow(clock.day0(), clock.limit().amount(), clock.limit().unit());
    }

    default List<ClockPauseRow> pauseRows(ServiceCaseSnapshot snapshot) {
        List<ClockPauseRow> rows = new ArrayList<>();
        addPauses(rows, CaseClockKind.STATUTORY, snapshot.statutoryClock());
        addPauses(rows, CaseClockKind.PROMISED, snapshot.promisedClock());
        return rows;
    }

    private static void addPauses(List<ClockPauseRow> rows, CaseClockKind kind, CaseClock clock) {
        if (clock != null) {
            clock.pauses().forEach(p -> rows.add(new ClockPauseRow(kind, p.from(), p.to(), p.kind(), p.legalBasis())));
        }
    }

    default List<ClockExtensionRow> extensionRows(ServiceCaseSnapshot snapshot) {
        List<ClockExtensionRow> rows = new ArrayList<>();
        addExtensions(rows, CaseClockKind.STATUTORY, snapshot.statutoryClock());
        addExtensions(rows, CaseClockKind.PROMISED, snapshot.promisedClock());
        return rows;
    }

    private static void addExtensions(List<ClockExtensionRow> rows, CaseClockKind kind, CaseClock clock) {
        if (clock != null) {
            clock.extensions().forEach(e -> rows.add(
                    new ClockExtensionRow(kind, e.workingDays(), e.approvedBy(), e.reason(), e.approvedOn())));
        }
    }

    /**
     * Rebuilds a clock from its start, limit and the pauses and extensions stored for it. The
     * extension cap was checked when each extension was granted; restoring must not judge it again
     * under whatever cap applies today.
     */
    default CaseClock clockOf(CaseClockRow start, CaseClockKind kind, ServiceCaseRow row) {
        if (start == null) {
            return null;
        }
        CaseClock clock = CaseClock.start(start.day0(), new TimeLimit(start.limitAmount(), start.limitUnit()));
        for (ClockPauseRow p : row.clockPauses()) {
            if (p.clock() == kind) {
                clock = clock.withPause(new Pause(p.fromDay(), p.toDay(), p.kind(), p.legalBasis()));
            }
        }
        for (ClockExtensionRow e : row.clockExtensions()) {
            if (e.clock() == kind) {
                clock = clock.withExtension(new Extension(e.workingDays(), e.approvedBy(), e.reason(), e.approvedOn()),
                        Integer.MAX_VALUE);
            }
        }
        return clock;
    }
}
