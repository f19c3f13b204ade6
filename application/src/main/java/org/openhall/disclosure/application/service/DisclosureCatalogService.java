package org.openhall.disclosure.application.service;

import static org.openhall.disclosure.application.service.DisclosureRequestService.requireOfficer;
import static org.openhall.disclosure.application.service.DisclosureRequestService.requireReader;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.disclosure.application.port.in.AttachmentInput;
import org.openhall.disclosure.application.port.in.CatalogQuery;
import org.openhall.disclosure.application.port.in.EntryView;
import org.openhall.disclosure.application.port.in.ManageCatalogUseCase;
import org.openhall.disclosure.application.port.in.PublicDisclosureQuery;
import org.openhall.disclosure.application.port.in.PublicEntryView;
import org.openhall.disclosure.application.port.out.CatalogEntryRepository;
import org.openhall.disclosure.application.port.out.DisclosureGuideRepository;
import org.openhall.disclosure.application.port.out.DisclosureRequestRepository;
import org.openhall.disclosure.application.port.out.DisclosureSequence;
import org.openhall.disclosure.domain.AuditRecord;
import org.openhall.disclosure.domain.catalog.Attachment;
import org.openhall.disclosure.domain.catalog.CatalogEntry;
import org.openhall.disclosure.domain.catalog.CatalogEntryId;
import org.openhall.disclosure.domain.catalog.CatalogEntrySnapshot;
import org.openhall.disclosure.domain.catalog.DisclosureGuide;
import org.openhall.disclosure.domain.catalog.EntryContent;
import org.openhall.disclosure.domain.catalog.GuideCategory;
import org.openhall.disclosure.domain.catalog.IndexNumber;
import org.openhall.disclosure.domain.catalog.IndexNumberScheme;
import org.openhall.disclosure.domain.catalog.PublicCopy;
import org.openhall.disclosure.domain.problem.IncompleteRecord;
import org.openhall.disclosure.domain.report.AnnualReport;
import org.openhall.disclosure.domain.request.DisclosureRequest;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.port.in.WorkingDayCalendarQuery;
import org.openhall.shared.application.port.out.DomainEventPublisher;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog of proactively disclosed information, the disclosure guide, and everything the
 * public reads: published entries as their masked copies, the guide and the annual reports.
 */
@Application
public class DisclosureCatalogService implements ManageCatalogUseCase, CatalogQuery, PublicDisclosureQuery {

    /** Most entries the feed carries. */
    public static final int FEED_SIZE_LIMIT = 50;

    private final CatalogEntryRepository entries;
    private final DisclosureRequestRepository requests;
    private final DisclosureGuideRepository guides;
    private final DisclosureSequence sequence;
    private final IndexNumberScheme indexScheme;
    private final WorkingDayCalendarQuery calendars;
    private final DomainEventPublisher events;
    private final CentreProfile centre;
    private final Clock clock;

    public DisclosureCatalogService(CatalogEntryRepository entries, DisclosureRequestRepository requests,
            DisclosureGuideRepository guides, DisclosureSequence sequence, IndexNumberScheme indexScheme,
            WorkingDayCalendarQuery calendars, DomainEventPublisher events, CentreProfile centre, Clock clock) {
        this.entries = entries;
        this.requests = requests;
        this.guides = guides;
        this.sequence = sequence;
        this.indexScheme = indexScheme;
        this.calendars = calendars;
        this.events = events;
        this.centre = centre;
        this.clock = clock.withZone(centre.zone());
    }

    @Override
    @Transactional
    public EntryView record(Actor actor, EntryContent content, List<AttachmentInput> attachments) {
        requireOfficer(actor, "record a catalog entry");
        requireCategory(content.category());
        int year = content.madeOn().getYear();
        IndexNumber index = indexScheme.render(content.category(), year,
                sequence.next("index:" + indexScheme.sequenceKey(content.category(), year)));
        CatalogEntry entry = CatalogEntry.record(new CatalogEntryId(UUID.randomUUID()), index, content,
                attachmentsOf(attachments), actor, calendar(), clock);
        return store(entry);
    }

    @Override
    @Transactional
    public EntryView change(Actor actor, CatalogEntryId id, EntryContent content, List<AttachmentInput> attachments) {
        requireCategory(content.category());
        return change(actor, id, "change a catalog entry",
                e -> e.change(content, attachmentsOf(attachments), actor, calendar(), clock));
    }

    @Override
    @Transactional
    public EntryView releaseAttachment(Actor actor, CatalogEntryId id, int attachment) {
        return change(actor, id, "release an attachment", e -> e.releaseAttachment(attachment, actor, clock));
    }

    @Override
    @Transactional
    public EntryView publish(Actor actor, CatalogEntryId id) {
        return change(actor, id, "publish a catalog entry", e -> e.publish(actor, calendar(), clock));
    }

    @Override
    @Transactional
    public EntryView withdraw(Actor actor, CatalogEntryId id, String reason) {
        return change(actor, id, "withdraw a catalog entry", e -> e.withdraw(reason, actor, clock));
    }

    @Override
    @Transactional
    public int reportOverduePublications(Actor actor) {
        requireReader(actor);
        WorkingDayCalendar calendar = calendar();
        int reported = 0;
        for (CatalogEntry entry : entries.findAwaitingPublication()) {
            if (entry.reportIfPublicationOverdue(calendar, clock)) {
                var pending = entry.pullEvents();
                entries.save(entry);
                events.publish(pending);
                reported++;
            }
        }
        return reported;
    }

    @Override
    @Transactional
    public DisclosureGuide setGuide(Actor actor, DisclosureGuide guide) {
        requireOfficer(actor, "issue the disclosure guide");
        guides.replace(guide);
        return guide;
    }

    @Override
    @Transactional(readOnly = true)
    public EntryView entry(Actor actor, CatalogEntryId id) {
        requireReader(actor);
        return viewOf(load(id), calendar(), today());
    }

    @Override
    @Transactional(readOnly = true)
    public List<EntryView> awaitingPublication(Actor actor, boolean overdueOnly) {
        requireReader(actor);
        WorkingDayCalendar calendar = calendar();
        LocalDate today = today();
        return entries.findAwaitingPublication().stream()
                .filter(e -> !overdueOnly || e.isPublicationOverdue(today, calendar))
                .map(e -> viewOf(e, calendar, today))
                .sorted(Comparator.comparing(EntryView::publicationDueOn)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditRecord> history(Actor actor, CatalogEntryId id) {
        requireReader(actor);
        load(id);
        return entries.history(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<PublicEntryView> search(String text, Optional<String> category, PageRequest page) {
        List<GuideCategory> categories = categories();
        return entries.searchPublished(text == null ? "" : text.strip(), category.orElse(null), page)
                .map(e -> publicViewOf(e, categories));
    }

    @Override
    @Transactional(readOnly = true)
    public PublicEntryView entry(CatalogEntryId id) {
        return publicViewOf(loadPublic(id), categories());
    }

    @Override
    @Transactional(readOnly = true)
    public String attachmentText(CatalogEntryId id, int attachment) {
        PublicCopy copy = loadPublic(id).publicCopy().orElseThrow();
        if (attachment < 1 || attachment > copy.attachmentTexts().size() || copy.attachmentTexts().get(attachment - 1) == null) {
            throw new ResourceNotFound("disclosure-attachment", id + "/" + attachment);
        }
        return copy.attachmentTexts().get(attachment - 1);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicEntryView> latest(int count) {
        if (count < 1 || count > FEED_SIZE_LIMIT) {
            throw new InvalidValue("count", "must be between 1 and " + FEED_SIZE_LIMIT);
        }
        return search("", Optional.empty(), new PageRequest(0, count)).content();
    }

    @Override
    @Transactional(readOnly = true)
    public DisclosureGuide guide() {
        return guides.current().orElseThrow(() -> new ResourceNotFound("disclosure-guide", "current"));
    }

    @Override
    @Transactional(readOnly = true)
    public AnnualReport annualReport(int year) {
        if (year < 2008 || year > today().getYear()) {
            throw new InvalidValue("year", "must lie between 2008 and this year");
        }
        LocalDate last = LocalDate.of(year, 12, 31);
        return AnnualReport.compile(year, categories(),
                entries.findMadeUpTo(last).stream().map(CatalogEntry::snapshot).toList(),
                requests.findArrivedUpTo(last).stream().map(DisclosureRequest::snapshot).toList());
    }

    private EntryView change(Actor actor, CatalogEntryId id, String action, Consumer<CatalogEntry> step) {
        requireOfficer(actor, action);
        CatalogEntry entry = load(id);
        step.accept(entry);
        return store(entry);
    }

    private EntryView store(CatalogEntry entry) {
        var pending = entry.pullEvents();
        CatalogEntry stored = entries.save(entry);
        events.publish(pending);
        return viewOf(stored, calendar(), today());
    }

    private CatalogEntry load(CatalogEntryId id) {
        return entries.findById(id).orElseThrow(() -> new ResourceNotFound("disclosure-entry", id.toString()));
    }

    private CatalogEntry loadPublic(CatalogEntryId id) {
        return entries.findById(id).filter(CatalogEntry::isPublic)
                .orElseThrow(() -> new ResourceNotFound("disclosure-entry", id.toString()));
    }

    private void requireCategory(String category) {
        if (categories().stream().noneMatch(c -> c.code().equals(category))) {
            throw IncompleteRecord.unknownCategory(category);
        }
    }

    private List<GuideCategory> categories() {
        return guides.current().map(DisclosureGuide::categories).orElse(List.of());
    }

    private static List<Attachment> attachmentsOf(List<AttachmentInput> inputs) {
        List<Attachment> attachments = new ArrayList<>();
        for (AttachmentInput input : inputs == null ? List.<AttachmentInput>of() : inputs) {
            attachments.add(Attachment.received(attachments.size() + 1, input.fileName(), input.mediaType(),
                    input.sizeBytes(), input.text()));
        }
        return attachments;
    }

    private static EntryView viewOf(CatalogEntry entry, WorkingDayCalendar calendar, LocalDate today) {
        CatalogEntrySnapshot s = entry.snapshot();
        return new EntryView(s.id().toString(), s.indexNumber().value(), s.content().title(), s.content().summary(),
                s.content().body(), s.content().category(), s.content().department().value(), s.content().madeOn(),
                s.changedOn(), s.revision(), s.status(), s.pendingChange(),
                entry.publicationDeadline(calendar).orElse(null), entry.isPublicationOverdue(today, calendar),
                s.publishedOn(), s.content().personalNames(),
                s.attachments().stream().map(a -> new EntryView.AttachmentView(a.number(), a.fileName(), a.mediaType(),
                        a.sizeBytes(), a.review(), a.reviewedBy(), a.reviewedOn())).toList(),
                s.withdrawnOn(), s.withdrawalReason(), s.version());
    }

    private static PublicEntryView publicViewOf(CatalogEntry entry, List<GuideCategory> categories) {
        CatalogEntrySnapshot s = entry.snapshot();
        PublicCopy copy = s.publicCopy();
        String category = s.content().category();
        String categoryName = categories.stream().filter(c -> c.code().equals(category)).map(GuideCategory::name)
                .findFirst().orElse(category);
        return new PublicEntryView(s.id().toString(), s.indexNumber().value(), copy.title(), copy.summary(),
                copy.body(), category, categoryName, s.content().department().value(), s.content().madeOn(),
                s.publishedOn(),
                s.attachments().stream().map(a -> new PublicEntryView.PublicAttachmentView(a.number(), a.fileName(),
                        a.mediaType(), a.sizeBytes(), a.number() <= copy.attachmentTexts().size()
                                && copy.attachmentTexts().get(a.number() - 1) != null)).toList());
    }

    private WorkingDayCalendar calendar() {
        return calendars.calendarOf(centre.jurisdiction());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

}
