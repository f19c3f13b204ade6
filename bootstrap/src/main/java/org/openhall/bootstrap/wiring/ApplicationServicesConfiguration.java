package org.openhall.bootstrap.wiring;

import java.time.Clock;
import java.time.Duration;

import org.openhall.catalog.application.port.in.ApprovalItemLookup;
import org.openhall.catalog.application.port.in.ApprovalItemQuery;
import org.openhall.catalog.application.port.out.ApprovalItemRepository;
import org.openhall.catalog.application.port.out.CatalogChangeLog;
import org.openhall.catalog.application.port.out.ItemDraftRepository;
import org.openhall.catalog.application.service.CatalogImportService;
import org.openhall.catalog.application.service.CatalogMaintenanceService;
import org.openhall.catalog.application.service.CatalogService;
import org.openhall.catalog.application.service.PublishedVersionCache;
import org.openhall.network.application.port.in.HallScopeQuery;
import org.openhall.network.application.port.in.WindowDutyQuery;
import org.openhall.network.application.port.out.AbsenceRepository;
import org.openhall.network.application.port.out.DepartmentRepository;
import org.openhall.network.application.port.out.NetworkChangeLog;
import org.openhall.network.application.port.out.ServiceHallRepository;
import org.openhall.network.application.port.out.ServiceWindowRepository;
import org.openhall.network.application.port.out.StaffAccountRepository;
import org.openhall.network.application.service.DepartmentRatesService;
import org.openhall.network.application.service.NetworkApplyService;
import org.openhall.network.application.service.HallScopeService;
import org.openhall.network.application.service.ServiceNetworkService;
import org.openhall.network.application.service.StaffService;
import org.openhall.network.application.service.WindowDutyService;
import org.openhall.servicecase.application.port.out.CaseNumberSequence;
import org.openhall.servicecase.application.port.out.ServiceCaseRepository;
import org.openhall.servicecase.application.service.ApplicantRevealService;
import org.openhall.servicecase.application.service.CaseLifecycleService;
import org.openhall.servicecase.application.service.ServiceCaseService;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.port.in.CountyParameters;
import org.openhall.shared.application.port.in.WorkingDayCalendarQuery;
import org.openhall.shared.application.port.out.CalendarYearRepository;
import org.openhall.shared.application.port.out.CountyParameterRepository;
import org.openhall.shared.application.port.out.DomainEventPublisher;
import org.openhall.shared.application.service.CalendarService;
import org.openhall.shared.application.service.CountyParameterService;
import org.openhall.shared.domain.calendar.CalendarSettings;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the application services: they are plain classes without Spring annotations (the
 * application layer knows no container), so the composition root creates them here.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationServicesConfiguration {

    /**
     * The one place where OpenHall reads the wall clock; everything else receives this bean.
     * Tests add a {@code @Primary} clock they can set.
     */
    @Bean
    Clock clock(CentreProfile centre) {
        return Clock.system(centre.zone());
    }

    @Bean
    CalendarService calendarService(CalendarYearRepository years, CalendarSettings settings) {
        return new CalendarService(years, settings);
    }

    @Bean
    CountyParameterService countyParameterService(CountyParameterRepository parameters, Clock clock,
            @Value("${openhall.county-parameters.max-age:PT30S}") Duration maxAge) {
        // Changes made by this process are seen at once; those of a pack import run elsewhere within maxAge.
        return new CountyParameterService(parameters, clock, maxAge);
    }

    /**
     * The published versions every case step reads, in memory. The catalog's services all go through
     * this one instance, so that a change of the catalog drops what it changed; other injection points
     * of the repository still get the persistence adapter itself.
     */
    @Bean(defaultCandidate = false)
    PublishedVersionCache publishedVersionCache(ApprovalItemRepository items, Clock clock) {
        return new PublishedVersionCache(items, clock);
    }

    @Bean
    CatalogService catalogService(@Qualifier("publishedVersionCache") ApprovalItemRepository items,
            CentreProfile centre, Clock clock) {
        return new CatalogService(items, centre, clock);
    }

    @Bean
    CatalogMaintenanceService catalogMaintenanceService(
            @Qualifier("publishedVersionCache") ApprovalItemRepository items, ItemDraftRepository drafts,
            CatalogChangeLog changeLog, CentreProfile centre, Clock clock) {
        return new CatalogMaintenanceService(items, drafts, changeLog, centre, clock);
    }

    @Bean
    CatalogImportService catalogImportService(@Qualifier("publishedVersionCache") ApprovalItemRepository items,
            CatalogChangeLog changeLog, CentreProfile centre, Clock clock) {
        return new CatalogImportService(items, changeLog, centre, clock);
    }

    @Bean
    StaffService staffService(StaffAccountRepository accounts) {
        return new StaffService(accounts);
    }

    @Bean
    HallScopeService hallScopeService(StaffAccountRepository accounts, ServiceWindowRepository windows,
            ServiceHallRepository halls) {
        return new HallScopeService(accounts, windows, halls);
    }

    @Bean
    ServiceNetworkService serviceNetworkService(ServiceHallRepository halls, DepartmentRepository departments,
            ServiceWindowRepository windows, ApprovalItemQuery catalog) {
        return new ServiceNetworkService(halls, departments, windows, catalog);
    }

    @Bean
    NetworkApplyService networkApplyService(ServiceHallRepository halls, DepartmentRepository departments,
            ServiceWindowRepository windows, StaffAccountRepository staff, NetworkChangeLog changes,
            ApprovalItemQuery catalog, Clock clock) {
        return new NetworkApplyService(halls, departments, windows, staff, changes, catalog, clock);
    }

    @Bean
    WindowDutyService windowDutyService(ServiceWindowRepository windows, AbsenceRepository absences,
            StaffAccountRepository staff, NetworkChangeLog changes, Clock clock) {
        return new WindowDutyService(windows, absences, staff, changes, clock);
    }

    @Bean
    DepartmentRatesService departmentRatesService(DepartmentRepository departments, ServiceHallRepository halls,
            ServiceWindowRepository windows, ApprovalItemQuery catalog) {
        return new DepartmentRatesService(departments, halls, windows, catalog);
    }

    @Bean
    ApplicantRevealService applicantRevealService(ServiceCaseRepository cases) {
        return new ApplicantRevealService(cases);
    }

    @Bean
    ServiceCaseService serviceCaseService(ServiceCaseRepository cases, CaseNumberSequence numbers,
            ApprovalItemLookup catalog, WorkingDayCalendarQuery calendars, DomainEventPublisher events,
            WindowDutyQuery duties, CentreProfile centre, CountyParameters parameters, HallScopeQuery halls,
            Clock clock) {
        return new ServiceCaseService(cases, numbers, catalog, calendars, events, duties, centre, parameters, halls,
                clock);
    }

    @Bean
    CaseLifecycleService caseLifecycleService(ServiceCaseRepository cases, ApprovalItemLookup catalog,
            WorkingDayCalendarQuery calendars, DomainEventPublisher events, WindowDutyQuery duties,
            CentreProfile centre, Clock clock) {
        return new CaseLifecycleService(cases, catalog, calendars, events, duties, centre, clock);
    }
}
