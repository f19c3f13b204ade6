package org.openhall.servicecase.application.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jmolecules.event.types.DomainEvent;
import org.openhall.catalog.application.port.out.InMemoryApprovalItemRepository;
import org.openhall.catalog.application.service.CatalogService;
import org.openhall.catalog.domain.ApprovalItems;
import org.openhall.servicecase.application.port.out.InMemoryCaseNumberSequence;
import org.openhall.servicecase.application.port.out.InMemoryConsultationRepository;
import org.openhall.servicecase.application.port.out.InMemoryPreApplicationRepository;
import org.openhall.servicecase.application.port.out.InMemoryServiceCaseRepository;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.port.out.InMemoryCalendarYearRepository;
import org.openhall.shared.application.port.out.InMemoryCountyParameterRepository;
import org.openhall.shared.application.service.CalendarService;
import org.openhall.shared.application.service.CountyParameterService;
import org.openhall.shared.domain.calendar.CalendarSettings;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.time.SettableClock;

/** The intake services wired to in-memory repositories and the real case service, Heshan's 2026 calendar. */
final class IntakeWiring {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    final List<DomainEvent> published = new ArrayList<>();
    final SettableClock clock = new SettableClock(CHINA, LocalDate.parse("2026-09-29").atTime(10, 0));
    final InMemoryServiceCaseRepository cases = new InMemoryServiceCaseRepository();
    final InMemoryConsultationRepository consultationRepository = new InMemoryConsultationRepository();
    final InMemoryPreApplicationRepository preApplicationRepository = new InMemoryPreApplicationRepository();
    final ScriptedDuties duties = new ScriptedDuties();
    final CountyParameterService parameters = new CountyParameterService(new InMemoryCountyParameterRepository());
    final ConsultationService consultations;
    final PreApplicationService preApplications;

    IntakeWiring() {
        InMemoryApprovalItemRepository items = new InMemoryApprovalItemRepository();
        items.add(ApprovalItems.foodBusinessLicence());
        CalendarService calendars = new CalendarService(new InMemoryCalendarYearRepository(), CalendarSettings.defaults());
        calendars.importYear(NationalCalendars.heshan2025());
        calendars.importYear(NationalCalendars.heshan2026());
        CentreProfile centre = new CentreProfile("合山市政务服务中心", NationalCalendars.HESHAN, "451381", CHINA);
        CatalogService catalog = new CatalogService(items, centre, clock);
        ServiceCaseService caseService = new ServiceCaseService(cases, new InMemoryCaseNumberSequence(), catalog,
                calendars, published::addAll, duties, centre, clock);
        duties.window("HS-CITY-W04", "clerk.scjg", "clerk.scjg.b");
        consultations = new ConsultationService(consultationRepository, caseService, published::addAll, centre, clock);
        preApplications = new PreApplicationService(preApplicationRepository, catalog, caseService, calendars,
                parameters, published::addAll, centre, clock);
    }

    void today(String isoDateTime) {
        clock.set(java.time.LocalDateTime.parse(isoDateTime));
    }
}
