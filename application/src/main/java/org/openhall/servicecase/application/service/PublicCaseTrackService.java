package org.openhall.servicecase.application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.network.application.port.in.DepartmentView;
import org.openhall.network.application.port.in.ServiceNetworkQuery;
import org.openhall.servicecase.application.port.in.CaseTrackNotFound;
import org.openhall.servicecase.application.port.in.PublicCaseTrackQuery;
import org.openhall.servicecase.application.port.in.PublicCaseTrackView;
import org.openhall.servicecase.application.port.out.CaseNumberLookupPort;
import org.openhall.servicecase.application.port.out.ServiceCaseRepository;
import org.openhall.servicecase.domain.Applicant;
import org.openhall.servicecase.domain.CaseNumber;
import org.openhall.servicecase.domain.ServiceCase;
import org.openhall.servicecase.domain.ServiceCaseSnapshot;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.port.in.WorkingDayCalendarQuery;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.time.Deadline;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers public case tracking (办件进度查询) from the stored case and its audit trail. The second
 * factor is compared in constant time, and every way of not matching — malformed number, unknown
 * number, malformed or wrong check — ends in the same {@link CaseTrackNotFound}. Throttling repeated
 * failures is the job of the channel that knows the caller (the web adapter knows the address).
 */
@Application
public class PublicCaseTrackService implements PublicCaseTrackQuery {

    private final CaseNumberLookupPort numbers;
    private final ServiceCaseRepository cases;
    private final WorkingDayCalendarQuery calendars;
    private final ServiceNetworkQuery network;
    private final CentreProfile centre;

    public PublicCaseTrackService(CaseNumberLookupPort numbers, ServiceCaseRepository cases,
            WorkingDayCalendarQuery calendars, ServiceNetworkQuery network, CentreProfile centre) {
        this.numbers = numbers;
        this.cases = cases;
        this.calendars = calendars;
        this.network = network;
        this.centre = centre;
    }

    @Override
    @Transactional(readOnly = true)
    public PublicCaseTrackView track(String caseNumber, String check) {
        ServiceCase serviceCase = parse(caseNumber).flatMap(numbers::caseNumbered).flatMap(cases::findById)
                .orElseThrow(CaseTrackNotFound::new);
        ServiceCaseSnapshot s = serviceCase.snapshot();
        if (!matches(s.applicant(), check)) {
            throw new CaseTrackNotFound();
        }
        WorkingDayCalendar calendar = calendars.calendarOf(centre.jurisdiction());
        Deadline promised = serviceCase.promisedClock().map(c -> c.deadline(calendar)).orElse(null);
        Deadline statutory = serviceCase.statutoryClock().map(c -> c.deadline(calendar)).orElse(null);
        boolean provisional = (promised != null && promised.provisional())
                || (statutory != null && statutory.provisional());
        Map<String, String> departments = network.departments().stream()
                .collect(Collectors.toMap(DepartmentView::code, DepartmentView::name, (a, b) -> a));
        Function<String, String> nameOf = code -> code == null ? null : departments.getOrDefault(code, code);
        List<PublicCaseTrackView.Step> steps = cases.history(serviceCase.getId()).stream()
                .map(t -> new PublicCaseTrackView.Step(t.sequence(), t.action(),
                        LocalDate.ofInstant(t.at(), centre.zone()), nameOf.apply(t.actorDepartment())))
                .toList();
        return new PublicCaseTrackView(s.number().value(), s.itemName(), nameOf.apply(s.department().value()),
                s.status(), s.applicant().name().masked(), s.applicant().phone().masked(), s.receivedOn(),
                s.acceptedOn(), dueDate(promised), dueDate(statutory), provisional, s.completedOn(), steps);
    }

    private static Optional<CaseNumber> parse(String caseNumber) {
        try {
            return Optional.of(new CaseNumber(caseNumber == null ? null : caseNumber.strip()));
        } catch (InvalidValue malformed) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code check} is the last four characters of the identity number (an {@code x} counts
     * as {@code X}) or the last four digits of the phone number.
     */
    static boolean matches(Applicant applicant, String check) {
        if (check == null || !check.strip().matches("\\d{3}[\\dXx]")) {
            return false;
        }
        byte[] given = check.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        String phoneDigits = applicant.phone().value().replaceAll("\\D", "");
        byte[] id = applicant.idNumber().lastFour().getBytes(StandardCharsets.US_ASCII);
        byte[] phone = phoneDigits.substring(phoneDigits.length() - 4).getBytes(StandardCharsets.US_ASCII);
        // Both are compared, each in constant time, so that the time taken tells nothing either.
        boolean idMatches = MessageDigest.isEqual(given, id);
        boolean phoneMatches = MessageDigest.isEqual(given, phone);
        return idMatches | phoneMatches;
    }

    private static LocalDate dueDate(Deadline deadline) {
        return deadline == null ? null : deadline.dueDate();
    }
}
