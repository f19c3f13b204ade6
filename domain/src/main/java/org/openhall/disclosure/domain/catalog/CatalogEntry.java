package org.openhall.disclosure.domain.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.event.types.DomainEvent;
import org.openhall.disclosure.domain.AuditJournal;
import org.openhall.disclosure.domain.AuditRecord;
import org.openhall.disclosure.domain.event.CatalogEntryPublicationOverdue;
import org.openhall.disclosure.domain.event.CatalogEntryPublished;
import org.openhall.disclosure.domain.event.CatalogEntryRecorded;
import org.openhall.disclosure.domain.event.CatalogEntryWithdrawn;
import org.openhall.disclosure.domain.problem.DisclosureConflict;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.time.CaseClock;
import org.openhall.shared.domain.time.TimeLimit;

/**
 * An entry of the catalog of proactively disclosed information (主动公开目录条目), Art. 26 of the
 * Regulations on Open Government Information.
 *
 * <p>Rules: information made or changed is published within 20 working days (Art. 26), counted
 * from the day it was made or changed (day 0); the entry knows that day and whether it passed.
 * Publication masks personal data into a {@link PublicCopy} that every public channel shows,
 * while the original stays for authorised staff; an attachment whose text cannot be checked waits
 * for a person's release first. A withdrawal takes the entry off the public channels and records
 * who withdrew it and why.
 */
public final class CatalogEntry implements AggregateRoot<CatalogEntry, CatalogEntryId> {

    /** Art. 26: published within 20 working days of being made or changed. */
    public static final TimeLimit PUBLICATION_PERIOD = TimeLimit.workingDays(20);

    private final CatalogEntryId id;
    private final IndexNumber indexNumber;
    private final Instant recordedAt;
    private final String recordedBy;
    private final long version;

    private EntryContent content;
    private final List<Attachment> attachments;
    private EntryStatus status;
    private LocalDate changedOn;
    private int revision;
    private boolean pendingChange;
    private LocalDate firstPublishedOn;
    private LocalDate publishedOn;
    private PublicCopy publicCopy;
    private LocalDate withdrawnOn;
    private String withdrawnBy;
    private String withdrawalReason;
    private int overdueReportedRevision;

    private final AuditJournal journal;

    private CatalogEntry(CatalogEntrySnapshot s) {
        this.id = s.id();
        this.indexNumber = s.indexNumber();
        this.content = s.content();
        this.attachments = new ArrayList<>(s.attachments());
        this.status = s.status();
        this.recordedAt = s.recordedAt();
        this.recordedBy = s.recordedBy();
        this.changedOn = s.changedOn();
        this.revision = s.revision();
        this.pendingChange = s.pendingChange();
        this.firstPublishedOn = s.firstPublishedOn();
        this.publishedOn = s.publishedOn();
        this.publicCopy = s.publicCopy();
        this.withdrawnOn = s.withdrawnOn();
        this.withdrawnBy = s.withdrawnBy();
        this.withdrawalReason = s.withdrawalReason();
        this.overdueReportedRevision = s.overdueReportedRevision();
        this.journal = new AuditJournal(s.id().toString(), s.auditCount());
        this.version = s.version();
    }

    /** Rebuilds a stored entry; records no event and no audit. */
    public static CatalogEntry restore(CatalogEntrySnapshot snapshot) {
        return new CatalogEntry(snapshot);
    }

    /**
     * 编目: records information made on {@code content.madeOn()}; it is due for publication on the
     * 20th working day after that day.
     *
     * @param attachments new attachments, numbered from 1 in this order
     */
    public static CatalogEntry record(CatalogEntryId id, IndexNumber indexNumber, EntryContent content,
            List<Attachment> attachments, Actor officer, WorkingDayCalendar calendar, Clock clock) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        if (content.madeOn().isAfter(today)) {
            throw new InvalidValue("madeOn", "must not lie in the future");
        }
        CatalogEntry entry = new CatalogEntry(new CatalogEntrySnapshot(id, indexNumber, content, attachments,
                EntryStatus.DRAFT, now, officer.username(), content.madeOn(), 1, false, null, null, null, null, null,
                null, 0, 0, 0));
        entry.audit("RECORD", officer, now, "made " + content.madeOn());
        entry.announceDue(calendar, now);
        return entry;
    }

    /**
     * 变更: replaces what the entry says; the change is to be published within 20 working days of
     * today. A published entry stays public as last published until then.
     */
    public void change(EntryContent newContent, List<Attachment> newAttachments, Actor officer,
            WorkingDayCalendar calendar, Clock clock) {
        if (status == EntryStatus.WITHDRAWN) {
            throw DisclosureConflict.invalidState("CHANGE", status.name());
        }
        Instant now = clock.instant();
        content = newContent;
        attachments.clear();
        attachments.addAll(newAttachments);
        changedOn = LocalDate.ofInstant(now, clock.getZone());
        revision++;
        pendingChange = status == EntryStatus.PUBLISHED;
        audit("CHANGE", officer, now, "revision " + revision);
        announceDue(calendar, now);
    }

    /** 人工审核: a person checked attachment {@code number} for personal data and releases it. */
    public void releaseAttachment(int number, Actor reviewer, Clock clock) {
        if (number < 1 || number > attachments.size()) {
            throw DisclosureConflict.attachmentNotFound(number);
        }
        Attachment attachment = attachments.get(number - 1);
        if (!attachment.awaitsReview()) {
            throw DisclosureConflict.invalidState("RELEASE_ATTACHMENT", attachment.review().name());
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        attachments.set(number - 1, attachment.released(reviewer.username(), today));
        audit("RELEASE_ATTACHMENT", reviewer, clock.instant(), attachment.fileName());
    }

    /**
     * 发布: publishes the entry, or its pending change, with personal data masked.
     *
     * @throws DisclosureConflict {@code disclosure.attachment-review-pending} while an attachment waits
     *         for a person
     */
    public void publish(Actor officer, WorkingDayCalendar calendar, Clock clock) {
        if (!awaitsPublication()) {
            throw DisclosureConflict.invalidState("PUBLISH", status.name());
        }
        List<String> waiting = attachments.stream().filter(Attachment::awaitsReview).map(Attachment::fileName).toList();
        if (!waiting.isEmpty()) {
            throw DisclosureConflict.attachmentReviewPending(waiting);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        boolean late = isPublicationOverdue(today, calendar);
        publicCopy = PublicCopy.of(content, attachments);
        publishedOn = today;
        if (firstPublishedOn == null) {
            firstPublishedOn = today;
        }
        status = EntryStatus.PUBLISHED;
        pendingChange = false;
        audit("PUBLISH", officer, now, "revision " + revision + (late ? " (late)" : ""));
        journal.publish(new CatalogEntryPublished(id.toString(), indexNumber.value(), content.department().value(),
                revision, today, late, now));
    }

    /** 撤回: takes a published entry off every public channel; the reason is recorded and audited. */
    public void withdraw(String reason, Actor officer, Clock clock) {
        if (status != EntryStatus.PUBLISHED) {
            throw DisclosureConflict.invalidState("WITHDRAW", status.name());
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidValue("reason", "a withdrawal of published information states why");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        status = EntryStatus.WITHDRAWN;
        withdrawnOn = today;
        withdrawnBy = officer.username();
        withdrawalReason = reason.strip();
        pendingChange = false;
        audit("WITHDRAW", officer, now, withdrawalReason);
        journal.publish(new CatalogEntryWithdrawn(id.toString(), indexNumber.value(), content.department().value(),
                today, withdrawalReason, now));
    }

    /**
     * Raises {@link CatalogEntryPublicationOverdue} if the publication is overdue on today and was not
     * reported for this revision yet: each revision is reported once, however often this is asked.
     *
     * @return whether it reported
     */
    public boolean reportIfPublicationOverdue(WorkingDayCalendar calendar, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        if (!isPublicationOverdue(today, calendar) || overdueReportedRevision == revision) {
            return false;
        }
        overdueReportedRevision = revision;
        journal.publish(new CatalogEntryPublicationOverdue(id.toString(), indexNumber.value(),
                content.department().value(), revision, publicationDeadline(calendar).orElseThrow(), clock.instant()));
        return true;
    }

    /** Whether the entry, or a change of it, waits to be published. */
    public boolean awaitsPublication() {
        return status == EntryStatus.DRAFT || status == EntryStatus.PUBLISHED && pendingChange;
    }

    /** The last day of the 20 working days for the waiting publication; empty when nothing waits. */
    public Optional<LocalDate> publicationDeadline(WorkingDayCalendar calendar) {
        return awaitsPublication()
                ? Optional.of(CaseClock.start(changedOn, PUBLICATION_PERIOD).deadline(calendar).dueDate())
                : Optional.empty();
    }

    /** Whether the waiting publication is overdue on {@code today}: from the day after its last day. */
    public boolean isPublicationOverdue(LocalDate today, WorkingDayCalendar calendar) {
        return publicationDeadline(calendar).map(today::isAfter).orElse(false);
    }

    /** Whether the public sees the entry. */
    public boolean isPublic() {
        return status == EntryStatus.PUBLISHED;
    }

    private void announceDue(WorkingDayCalendar calendar, Instant now) {
        journal.publish(new CatalogEntryRecorded(id.toString(), indexNumber.value(), content.department().value(),
                revision, changedOn, publicationDeadline(calendar).orElseThrow(), now));
    }

    private void audit(String action, Actor actor, Instant at, String note) {
        journal.audit(action, actor, at, note);
    }

    /** Hands out the events recorded since the entry was loaded and forgets them. */
    public List<DomainEvent> pullEvents() {
        return journal.pullEvents();
    }

    /** Hands out the audit records written since the entry was loaded and forgets them. */
    public List<AuditRecord> pullAudit() {
        return journal.pullAudit();
    }

    public CatalogEntrySnapshot snapshot() {
        return new CatalogEntrySnapshot(id, indexNumber, content, attachments, status, recordedAt, recordedBy, changedOn,
                revision, pendingChange, firstPublishedOn, publishedOn, publicCopy, withdrawnOn, withdrawnBy,
                withdrawalReason, overdueReportedRevision, journal.count(), version);
    }

    @Override
    public CatalogEntryId getId() {
        return id;
    }

    public IndexNumber indexNumber() {
        return indexNumber;
    }

    public EntryContent content() {
        return content;
    }

    public List<Attachment> attachments() {
        return List.copyOf(attachments);
    }

    public EntryStatus status() {
        return status;
    }

    public Optional<PublicCopy> publicCopy() {
        return Optional.ofNullable(publicCopy);
    }

    public long version() {
        return version;
    }
}
