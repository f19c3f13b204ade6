package org.openhall.disclosure.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.disclosure.domain.DisclosureSamples.HESHAN;
import static org.openhall.disclosure.domain.DisclosureSamples.OFFICER;
import static org.openhall.disclosure.domain.DisclosureSamples.clockOn;
import static org.openhall.disclosure.domain.DisclosureSamples.content;
import static org.openhall.disclosure.domain.DisclosureSamples.recorded;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhall.disclosure.domain.AuditRecord;
import org.openhall.disclosure.domain.event.CatalogEntryPublicationOverdue;
import org.openhall.disclosure.domain.event.CatalogEntryPublished;
import org.openhall.disclosure.domain.event.CatalogEntryRecorded;
import org.openhall.disclosure.domain.event.CatalogEntryWithdrawn;
import org.openhall.disclosure.domain.problem.DisclosureConflict;
import org.openhall.shared.domain.time.SettableClock;

/** Art. 26 publication within 20 working days, masking on publication, manual review, audited withdrawal. */
class CatalogEntryTest {

    private final SettableClock clock = clockOn("2026-09-24");

    @Test
    void informationMadeBeforeNationalDayIsDueForPublication20WorkingDaysLater() {
        CatalogEntry entry = recorded("2026-09-24", clock);

        // Thu 09-24 is day 0; 09-25..27 off; 09-28..30 (1–3); 10-01..07 off; 10-08 (4), 10-09 (5),
        // Sat 10-10 make-up (6), 10-12..16 (7–11), 10-19..23 (12–16), 10-26..29 (17–20).
        assertThat(entry.publicationDeadline(HESHAN)).contains(LocalDate.parse("2026-10-29"));
        assertThat(entry.isPublicationOverdue(LocalDate.parse("2026-10-29"), HESHAN)).isFalse();
        assertThat(entry.isPublicationOverdue(LocalDate.parse("2026-10-30"), HESHAN)).isTrue();
        assertThat(entry.pullEvents()).singleElement().isInstanceOfSatisfying(CatalogEntryRecorded.class,
                e -> assertThat(e.publicationDueOn()).isEqualTo(LocalDate.parse("2026-10-29")));
    }

    @Test
    void informationMadeBeforeTheSpringFestivalIsDueOnTheTwentiethWorkingDay() {
        CatalogEntry entry = recorded("2026-02-13", clock);

        // Fri 02-13 is day 0: Sat 02-14 (1); 02-15..23 off; 02-24..27 (2–5), Sat 02-28 (6),
        // 03-02..06 (7–11), 03-09..13 (12–16), 03-16..19 (17–20).
        assertThat(entry.publicationDeadline(HESHAN)).contains(LocalDate.parse("2026-03-19"));
    }

    @Test
    void anOverduePublicationIsReportedOncePerRevision() {
        CatalogEntry entry = recorded("2026-09-24", clock);
        entry.pullEvents();
        clock.setDate("2026-10-30");

        assertThat(entry.reportIfPublicationOverdue(HESHAN, clock)).isTrue();
        assertThat(entry.reportIfPublicationOverdue(HESHAN, clock)).isFalse();
        assertThat(entry.pullEvents()).singleElement().isInstanceOf(CatalogEntryPublicationOverdue.class);

        entry.change(content("2026-09-24"), List.of(), OFFICER, HESHAN, clock);
        assertThat(entry.reportIfPublicationOverdue(HESHAN, clock)).as("a change starts a new period").isFalse();
    }

    @Test
    void publicationMasksPersonalDataWhileTheOriginalStays() {
        CatalogEntry entry = recorded("2026-09-24", clock, Attachment.received(1, "名单.txt", "text/plain", 40,
                "张三 451381198001011234 13912345678"));
        clock.setDate("2026-09-28");

        entry.publish(OFFICER, HESHAN, clock);

        PublicCopy copy = entry.publicCopy().orElseThrow();
        assertThat(copy.title()).isEqualTo("关于张*等人农村危房改造补助的公示");
        assertThat(copy.summary()).isEqualTo("张*（身份证号 1101**********002X，电话 138****8000）获补助 2 万元");
        assertThat(copy.body()).isEqualTo("经审核，张*、欧阳**符合补助条件。联系电话 0772-***2345。");
        assertThat(copy.attachmentTexts()).containsExactly("张* 4513**********1234 139****5678");
        assertThat(entry.content().summary()).contains("11010519491231002X");
        assertThat(entry.pullEvents()).last().isInstanceOfSatisfying(CatalogEntryPublished.class,
                e -> assertThat(e.late()).isFalse());
    }

    @Test
    void anImageWaitsForAPersonBeforeTheEntryCanBePublished() {
        CatalogEntry entry = recorded("2026-09-24", clock, Attachment.received(1, "公示照片.jpg", "image/jpeg", 200_000, null));

        assertThatThrownBy(() -> entry.publish(OFFICER, HESHAN, clock))
                .isInstanceOfSatisfying(DisclosureConflict.class, p -> {
                    assertThat(p.code()).isEqualTo("disclosure.attachment-review-pending");
                    assertThat(p.details()).containsEntry("attachments", List.of("公示照片.jpg"));
                });
        entry.releaseAttachment(1, OFFICER, clock);
        entry.publish(OFFICER, HESHAN, clock);

        assertThat(entry.isPublic()).isTrue();
        assertThat(entry.attachments().getFirst().review()).isEqualTo(ReviewState.APPROVED);
    }

    @Test
    void aChangeOfAPublishedEntryKeepsTheLastPublishedCopyUntilItIsPublished() {
        CatalogEntry entry = recorded("2026-09-24", clock);
        entry.publish(OFFICER, HESHAN, clock);
        clock.setDate("2026-10-09");
        EntryContent changed = new EntryContent("更正后的公示", "补助金额更正为 3 万元", null, "ZCWJ",
                entry.content().department(), LocalDate.parse("2026-09-24"), List.of());

        entry.change(changed, List.of(), OFFICER, HESHAN, clock);

        assertThat(entry.publicCopy().orElseThrow().title()).isEqualTo("关于张*等人农村危房改造补助的公示");
        // Changed Fri 10-09 (day 0): Sat 10-10 (1), 10-12..16 (2–6), 10-19..23 (7–11), 10-26..30 (12–16),
        // 11-02..05 (17–20).
        assertThat(entry.publicationDeadline(HESHAN)).contains(LocalDate.parse("2026-11-05"));
        entry.publish(OFFICER, HESHAN, clock);
        assertThat(entry.publicCopy().orElseThrow().title()).isEqualTo("更正后的公示");
        assertThat(entry.awaitsPublication()).isFalse();
    }

    @Test
    void aWithdrawalStatesItsReasonAndIsAudited() {
        CatalogEntry entry = recorded("2026-09-24", clock);
        entry.publish(OFFICER, HESHAN, clock);
        entry.pullAudit();

        assertThatThrownBy(() -> entry.withdraw(" ", OFFICER, clock)).isInstanceOf(
                org.openhall.shared.domain.InvalidValue.class);
        entry.withdraw("公示期满", OFFICER, clock);

        assertThat(entry.isPublic()).isFalse();
        assertThat(entry.pullAudit()).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo("WITHDRAW");
            assertThat(a.actor()).isEqualTo(OFFICER.username());
            assertThat(a.note()).isEqualTo("公示期满");
        });
        assertThat(entry.pullEvents()).last().isInstanceOf(CatalogEntryWithdrawn.class);
        assertThatThrownBy(() -> entry.withdraw("again", OFFICER, clock))
                .isInstanceOfSatisfying(DisclosureConflict.class, p -> assertThat(p.code()).isEqualTo("disclosure.invalid-state"));
    }

    @Test
    void theAuditTrailNumbersEveryStep() {
        CatalogEntry entry = recorded("2026-09-24", clock);
        entry.publish(OFFICER, HESHAN, clock);

        assertThat(entry.pullAudit()).extracting(AuditRecord::sequence).containsExactly(1, 2);
    }
}
