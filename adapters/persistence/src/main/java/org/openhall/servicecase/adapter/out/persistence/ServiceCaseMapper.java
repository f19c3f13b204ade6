package org.openhall.servicecase.adapter.out.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.network.domain.WindowCode;
import org.openhall.servicecase.domain.Applicant;
import org.openhall.servicecase.domain.CaseNumber;
import org.openhall.servicecase.domain.MissingMaterial;
import org.openhall.servicecase.domain.OneTimeNotice;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.servicecase.domain.ServiceCaseSnapshot;
import org.openhall.shared.adapter.out.persistence.PersistenceMapperConfig;
import org.openhall.shared.domain.access.DepartmentCode;
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

    @Mapping(target = "applicantName", source = "applicant.name")
    @Mapping(target = "applicantIdNumber", source = "applicant.idNumber")
    @Mapping(target = "applicantPhone", source = "applicant.phone")
    @Mapping(target = "clockPauses", expression = "java(pauseRows(snapshot))")
    @Mapping(target = "clockExtensions", expression = "java(extensionRows(snapshot))")
    @Mapping(target = "windowCode", source = "window")
    ServiceCaseRow toRow(ServiceCaseSnapshot snapshot);

    @Mapping(target = "applicant", expression = "java(applicantOf(row))")
    @Mapping(target = "statutoryClock",
            expression = "java(clockOf(row.statutoryClock(), CaseClockKind.STATUTORY, row))")
    @Mapping(target = "promisedClock",
            expression = "java(clockOf(row.promisedClock(), CaseClockKind.PROMISED, row))")
    @Mapping(target = "window", source = "windowCode")
    ServiceCaseSnapshot toSnapshot(ServiceCaseRow row);

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

    default Applicant applicantOf(ServiceCaseRow row) {
        return new Applicant(new PersonName(row.applicantName()), new ResidentIdNumber(row.applicantIdNumber()),
                new PhoneNumber(row.applicantPhone()));
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
