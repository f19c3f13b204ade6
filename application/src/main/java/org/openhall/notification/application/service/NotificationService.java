package org.openhall.notification.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.notification.application.port.in.ManageSuppressionUseCase;
import org.openhall.notification.application.port.in.NoticeFilter;
import org.openhall.notification.application.port.in.NoticeQuery;
import org.openhall.notification.application.port.in.NoticeView;
import org.openhall.notification.application.port.in.NotifyApplicantCommand;
import org.openhall.notification.application.port.in.NotifyApplicantUseCase;
import org.openhall.notification.application.port.in.RecordDeliveryReportCommand;
import org.openhall.notification.application.port.in.RecordDeliveryReportUseCase;
import org.openhall.notification.application.port.out.NoticeRepository;
import org.openhall.notification.application.port.out.SmsSuppressionRepository;
import org.openhall.notification.domain.CaseReference;
import org.openhall.notification.domain.Notice;
import org.openhall.notification.domain.NoticeId;
import org.openhall.notification.domain.NoticeSnapshot;
import org.openhall.notification.domain.RenderedSms;
import org.openhall.notification.domain.SmsTemplate;
import org.openhall.servicecase.application.port.in.ApplicantContactQuery;
import org.openhall.servicecase.application.port.in.ApplicantContactView;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes notices from case events (a template that cannot be rendered makes none and is logged), records delivery reports, lists notices and keeps the suppression
 * list. One transaction per use case.
 */
@Application
public class NotificationService
        implements NotifyApplicantUseCase, RecordDeliveryReportUseCase, NoticeQuery, ManageSuppressionUseCase {

    /** How far ahead a notice over the daily limit looks for a day with room. */
    static final int MAX_DAYS_DEFERRED = 31;

    private static final System.Logger LOG = System.getLogger(NotificationService.class.getName());

    private final NoticeRepository notices;
    private final SmsSuppressionRepository suppressions;
    private final ApplicantContactQuery contacts;
    private final SmsTemplateCatalog templates;
    private final CentreProfile centre;
    private final NotificationSettings settings;
    private final Clock clock;

    public NotificationService(NoticeRepository notices, SmsSuppressionRepository suppressions,
            ApplicantContactQuery contacts, SmsTemplateCatalog templates, CentreProfile centre,
            NotificationSettings settings, Clock clock) {
        this.notices = notices;
        this.suppressions = suppressions;
        this.contacts = contacts;
        this.templates = templates;
        this.centre = centre;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<NoticeId> notify(NotifyApplicantCommand command) {
        NoticeId id = NoticeId.forCaseEvent(command.caseId(), command.sequence(), command.templateKey());
        notices.holdCreation(id);
        if (notices.findById(id).isPresent()) {
            return Optional.of(id); // a redelivered event: its notice exists
        }
        Optional<SmsTemplate> template = templates.template(command.templateKey());
        if (template.isEmpty()) {
            LOG.log(System.Logger.Level.DEBUG, "No SMS template {0} in the county pack", command.templateKey());
            return Optional.empty();
        }
        Optional<ApplicantContactView> contact = contacts.contactOf(command.caseId());
        if (contact.isEmpty() || !contact.get().mobile()) {
            return Optional.empty(); // a landline cannot take a text message
        }
        ApplicantContactView applicant = contact.get();
        Map<String, String> variables = new HashMap<>();
        variables.put("itemName", applicant.itemName());
        variables.put("caseNumber", applicant.caseNumber());
        variables.put("applicantName", applicant.maskedName());
        variables.put("hallName", centre.name());
        variables.putAll(command.variables());
        variables.keySet().retainAll(template.get().variables());
        RenderedSms rendered;
        try {
            rendered = template.get().render(variables, templates.budget());
        } catch (DomainProblem refused) {
            // Not approved, too long or a forbidden value: retrying the event cannot change that.
            LOG.log(System.Logger.Level.WARNING, "No SMS {0} for case {1}: {2}", command.templateKey(),
                    applicant.caseNumber(), refused.getMessage());
            return Optional.empty();
        }

        PhoneNumber phone = new PhoneNumber(applicant.phone());
        boolean suppressed = suppressions.isSuppressed(phone.value());
        Instant sendFrom = suppressed ? clock.instant() : firstFreeSlot(phone, template.get(), command.sendFrom());
        Notice notice = Notice.create(id, new CaseReference(applicant.caseId(), applicant.caseNumber(),
                applicant.department()), template.get(), variables, rendered, phone, suppressed, sendFrom, clock);
        // false when another delivery of the same event made it concurrently: still exactly one notice
        notices.insert(notice);
        return Optional.of(id);
    }

    /**
     * The first moment from {@code notBefore} on a day where the number still has room for this
     * template: today (now), or the start of a later day (DEFERRED) — never dropped.
     */
    private Instant firstFreeSlot(PhoneNumber phone, SmsTemplate template, Instant notBefore) {
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        Instant from = notBefore == null || notBefore.isBefore(now) ? now : notBefore;
        LocalDate day = LocalDate.ofInstant(from, zone);
        int limit = templates.dailyLimitPerNumber();
        for (int i = 0; i < MAX_DAYS_DEFERRED; i++, day = day.plusDays(1)) {
            if (notices.takeDailySlot(phone.value(), template.key(), day, limit)) {
                if (i == 0) {
                    return from;
                }
                return day.atTime(settings.dayStartsAt()).atZone(zone).toInstant();
            }
        }
        return day.atTime(settings.dayStartsAt()).atZone(zone).toInstant();
    }

    @Override
    @Transactional
    public boolean record(RecordDeliveryReportCommand report) {
        Optional<Notice> found = report.messageId() == null ? Optional.empty()
                : notices.findByGatewayMessageId(report.messageId());
        if (found.isEmpty() && report.idempotencyKey() != null) {
            try {
                found = notices.findById(NoticeId.parse(report.idempotencyKey()));
            } catch (IllegalArgumentException notOurs) {
                found = Optional.empty();
            }
        }
        if (found.isEmpty()) {
            return false;
        }
        Notice notice = found.get();
        notice.reported(report.delivered(), report.messageId(), report.status(), clock);
        notices.update(notice);
        return true;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<NoticeView> notices(Actor actor, NoticeFilter filter, PageRequest page) {
        boolean everyDepartment = actor.has(Role.SUPERVISOR) || actor.has(Role.ADMINISTRATOR);
        NoticeFilter scoped = everyDepartment || actor.department() == null ? filter
                : filter.withDepartment(actor.department().value());
        return notices.findAll(scoped, page).map(NotificationService::view);
    }

    @Override
    @Transactional
    public void suppress(Actor actor, String phone, String reason) {
        PhoneNumber number = new PhoneNumber(phone);
        suppressions.add(number.value(), reason == null || reason.isBlank() ? "opted out" : reason.strip(),
                clock.instant());
        LOG.log(System.Logger.Level.INFO, "{0} put {1} on the SMS suppression list", actor.username(), number);
    }

    @Override
    @Transactional
    public void lift(Actor actor, String phone) {
        PhoneNumber number = new PhoneNumber(phone);
        suppressions.remove(number.value());
        LOG.log(System.Logger.Level.INFO, "{0} took {1} off the SMS suppression list", actor.username(), number);
    }

    static NoticeView view(Notice notice) {
        NoticeSnapshot s = notice.snapshot();
        return new NoticeView(s.id().toString(), s.caseId(), s.caseNumber(), s.department(), s.templateKey(),
                s.kind(), s.phone().masked(), s.text(), s.segments(), s.state(), s.attempts(), s.createdAt(),
                s.dueAt(), s.sentAt(), s.reportedAt(), s.lastError());
    }
}
