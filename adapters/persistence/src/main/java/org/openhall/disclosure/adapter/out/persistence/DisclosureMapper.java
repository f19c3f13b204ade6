package org.openhall.disclosure.adapter.out.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.openhall.disclosure.domain.catalog.Attachment;
import org.openhall.disclosure.domain.catalog.CatalogEntryId;
import org.openhall.disclosure.domain.catalog.CatalogEntrySnapshot;
import org.openhall.disclosure.domain.catalog.DisclosureGuide;
import org.openhall.disclosure.domain.catalog.EntryContent;
import org.openhall.disclosure.domain.catalog.EntryStatus;
import org.openhall.disclosure.domain.catalog.GuideCategory;
import org.openhall.disclosure.domain.catalog.IndexNumber;
import org.openhall.disclosure.domain.catalog.PublicCopy;
import org.openhall.disclosure.domain.request.Challenge;
import org.openhall.disclosure.domain.request.Consultation;
import org.openhall.disclosure.domain.request.CorrectionNotice;
import org.openhall.disclosure.domain.request.DisclosureRequestId;
import org.openhall.disclosure.domain.request.DisclosureRequestSnapshot;
import org.openhall.disclosure.domain.request.FeeAssessment;
import org.openhall.disclosure.domain.request.FeeScale;
import org.openhall.disclosure.domain.request.IntakeChannel;
import org.openhall.disclosure.domain.request.ReplyContent;
import org.openhall.disclosure.domain.request.RequestNumber;
import org.openhall.disclosure.domain.request.RequestStatus;
import org.openhall.disclosure.domain.request.Requester;
import org.openhall.disclosure.domain.request.RequesterKind;
import org.openhall.disclosure.domain.request.Withdrawal;
import org.openhall.shared.adapter.out.persistence.PersistenceMapperConfig;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataCipher;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataKind;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.identity.ResidentIdNumber;
import org.openhall.shared.domain.identity.UnifiedSocialCreditCode;
import org.openhall.shared.domain.money.Money;
import org.openhall.shared.domain.time.CaseClock;
import org.openhall.shared.domain.time.Extension;
import org.openhall.shared.domain.time.Pause;
import org.openhall.shared.domain.time.TimeLimit;

/**
 * Maps the snapshots of requests, entries and the guide to their rows and back. The value parts
 * (replies, consultations, challenges, attachments, categories) are generated; the aggregates are
 * assembled by hand because their rows flatten nested values into prefixed columns. Aggregates are
 * only ever rebuilt from what this produces, through their {@code restore}.
 */
@Mapper(config = PersistenceMapperConfig.class)
interface DisclosureMapper {

    ReplyRow toRow(ReplyContent reply);

    ReplyContent toDomain(ReplyRow row);

    ConsultationRow toRow(Consultation consultation);

    Consultation toDomain(ConsultationRow row);

    ChallengeRow toRow(Challenge challenge);

    Challenge toDomain(ChallengeRow row);

    AttachmentRow toRow(Attachment attachment);

    Attachment toDomain(AttachmentRow row);

    GuideCategoryRow toRow(GuideCategory category);

    GuideCategory toDomain(GuideCategoryRow row);

    /** PostgreSQL keeps microseconds: cutting them here makes what save returns equal what is read back. */
    default Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    default DisclosureRequestRow toRow(DisclosureRequestSnapshot s, @Context PersonalDataCipher cipher) {
        Requester r = s.requester();
        CorrectionNotice correction = s.correction();
        CaseClock clock = s.replyClock();
        Extension extension = clock == null || clock.extensions().isEmpty() ? null : clock.extensions().getFirst();
        FeeAssessment fee = s.fee();
        return new DisclosureRequestRow(s.id().value(), s.number().value(), r.kind().name(), r.name(),
                r.idNumber() == null ? null : cipher.seal(r.idNumber().value()),
                r.creditCode() == null ? null : r.creditCode().value(),
                r.creditCode() != null && r.creditCode().checksumWaived(),
                cipher.blindIndex(PersonalDataKind.ID_NUMBER, r.identifier()),
                r.phone() == null ? null : cipher.seal(r.phone().value()), r.address(), s.description(), s.channel().name(),
                micros(s.submittedAt()), s.submittedOn(), s.receivedOn(), s.status().name(),
                correction == null ? null : correction.issuedOn(), correction == null ? null : correction.dueOn(),
                correction == null ? null : correction.issuedBy(),
                correction == null ? List.of() : correction.points().stream().map(CorrectionPointRow::new).toList(),
                s.correctedOn(), clock == null ? null : clock.day0(), clock == null ? null : clock.limit().amount(),
                clock == null ? List.of() : clock.pauses().stream()
                        .map(p -> new RequestPauseRow(p.from(), p.to(), p.kind(), p.legalBasis())).toList(),
                extension == null ? null : extension.workingDays(), extension == null ? null : extension.approvedBy(),
                extension == null ? null : extension.reason(), extension == null ? null : extension.approvedOn(),
                s.extensionNotifiedOn(), s.consultations().stream().map(this::toRow).toList(),
                fee == null ? null : fee.scale().name(), fee == null ? null : fee.basis(),
                fee == null ? null : fee.amount().yuan(), fee == null ? null : fee.assessedOn(),
                s.deferral() == null ? null : toRow(s.deferral()), s.deferredOn(),
                s.reply() == null ? null : toRow(s.reply()), s.repliedOn(), s.repliedBy(), s.repliedLate(),
                s.withdrawal() == null ? null : s.withdrawal().name(), s.withdrawnOn(), s.withdrawalReason(),
                s.challenges().stream().map(this::toRow).toList(), s.auditCount(), s.version());
    }

    default DisclosureRequestSnapshot toSnapshot(DisclosureRequestRow row, @Context PersonalDataCipher cipher) {
        RequesterKind kind = RequesterKind.valueOf(row.requesterKind());
        Requester requester = new Requester(kind, row.requesterName(),
                row.requesterIdNumber() == null ? null : new ResidentIdNumber(cipher.open(row.requesterIdNumber())),
                row.requesterCreditCode() == null ? null
                        : new UnifiedSocialCreditCode(row.requesterCreditCode(), row.requesterCreditCodeWaived()),
                row.requesterPhone() == null ? null : new PhoneNumber(cipher.open(row.requesterPhone())), row.requesterAddress());
        CorrectionNotice correction = row.correctionIssuedOn() == null ? null
                : new CorrectionNotice(row.correctionPoints().stream().map(CorrectionPointRow::text).toList(),
                        row.correctionIssuedOn(), row.correctionDueOn(), row.correctionIssuedBy());
        CaseClock clock = null;
        if (row.clockDay0() != null) {
            clock = CaseClock.start(row.clockDay0(), TimeLimit.workingDays(row.clockLimitAmount()));
            for (RequestPauseRow p : row.pauses()) {
                clock = clock.withPause(new Pause(p.fromDay(), p.toDay(), p.kind(), p.legalBasis()));
            }
            if (row.extensionDays() != null) {
                // The cap was checked when the extension was granted; restoring does not judge it again.
                clock = clock.withExtension(new Extension(row.extensionDays(), row.extensionApprovedBy(),
                        row.extensionReason(), row.extensionApprovedOn()), Integer.MAX_VALUE);
            }
        }
        FeeAssessment fee = row.feeScale() == null ? null : new FeeAssessment(FeeScale.valueOf(row.feeScale()),
                row.feeBasis(), new Money(row.feeAmount()), row.feeAssessedOn());
        return new DisclosureRequestSnapshot(new DisclosureRequestId(row.id()), new RequestNumber(row.number()),
                requester, row.description(), IntakeChannel.valueOf(row.channel()), row.submittedAt(),
                row.submittedOn(), row.receivedOn(), RequestStatus.valueOf(row.status()), correction,
                row.correctedOn(), clock, row.extensionNotifiedOn(),
                row.consultations().stream().map(this::toDomain).toList(), fee,
                row.deferral() == null ? null : toDomain(row.deferral()), row.deferredOn(),
                row.reply() == null ? null : toDomain(row.reply()), row.repliedOn(), row.repliedBy(),
                row.repliedLate(), row.withdrawal() == null ? null : Withdrawal.valueOf(row.withdrawal()),
                row.withdrawnOn(), row.withdrawalReason(), row.challenges().stream().map(this::toDomain).toList(),
                row.auditCount(), row.version());
    }

    default CatalogEntryRow toRow(CatalogEntrySnapshot s) {
        EntryContent c = s.content();
        PublicCopy copy = s.publicCopy();
        return new CatalogEntryRow(s.id().value(), s.indexNumber().value(), c.title(), c.summary(), c.body(),
                c.category(), c.department().value(), c.madeOn(),
                c.personalNames().stream().map(EntryNameRow::new).toList(),
                s.attachments().stream().map(this::toRow).toList(), s.status().name(), micros(s.recordedAt()),
                s.recordedBy(), s.changedOn(), s.revision(), s.pendingChange(), s.firstPublishedOn(), s.publishedOn(),
                copy == null ? null : copy.title(), copy == null ? null : copy.summary(),
                copy == null ? null : copy.body(),
                copy == null ? List.of() : copy.attachmentTexts().stream().map(PublicTextRow::new).toList(),
                s.withdrawnOn(), s.withdrawnBy(), s.withdrawalReason(), s.overdueReportedRevision(), s.auditCount(),
                s.version());
    }

    default CatalogEntrySnapshot toSnapshot(CatalogEntryRow row) {
        EntryContent content = new EntryContent(row.title(), row.summary(), row.body(), row.category(),
                new DepartmentCode(row.department()), row.madeOn(),
                row.personalNames().stream().map(EntryNameRow::name).toList());
        PublicCopy copy = row.publicTitle() == null ? null : new PublicCopy(row.publicTitle(), row.publicSummary(),
                row.publicBody(), row.publicTexts().stream().map(PublicTextRow::text).toList());
        return new CatalogEntrySnapshot(new CatalogEntryId(row.id()), new IndexNumber(row.indexNumber()), content,
                row.attachments().stream().map(this::toDomain).toList(), EntryStatus.valueOf(row.status()),
                row.recordedAt(), row.recordedBy(), row.changedOn(), row.revision(), row.pendingChange(),
                row.firstPublishedOn(), row.publishedOn(), copy, row.withdrawnOn(), row.withdrawnBy(),
                row.withdrawalReason(), row.overdueReportedRevision(), row.auditCount(), row.version());
    }

    default GuideRow toRow(DisclosureGuide guide) {
        return new GuideRow(GuidePersistenceAdapter.CURRENT, guide.agencyName(), guide.office(), guide.address(),
                guide.officeHours(), guide.phone(), guide.fax(), guide.email(), guide.website(),
                guide.categories().stream().map(this::toRow).toList(), guide.applicationNotes(), guide.updatedOn());
    }

    default DisclosureGuide toDomain(GuideRow row) {
        return new DisclosureGuide(row.agencyName(), row.office(), row.address(), row.officeHours(), row.phone(),
                row.fax(), row.email(), row.website(), row.categories().stream().map(this::toDomain).toList(),
                row.applicationNotes(), row.updatedOn());
    }
}
