package org.openhall.disclosure.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.disclosure.domain.DisclosureSamples.HESHAN;
import static org.openhall.disclosure.domain.DisclosureSamples.OFFICER;
import static org.openhall.disclosure.domain.DisclosureSamples.clockOn;
import static org.openhall.disclosure.domain.DisclosureSamples.recorded;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.disclosure.domain.AuditRecord;
import org.openhall.disclosure.domain.catalog.Attachment;
import org.openhall.disclosure.domain.catalog.CatalogEntry;
import org.openhall.disclosure.domain.catalog.DisclosureGuide;
import org.openhall.disclosure.domain.catalog.GuideCategory;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.openhall.shared.domain.time.SettableClock;

/** What every store of catalog entries, the guide and the sequences must do. */
public abstract class CatalogEntryRepositoryContract {

    private final SettableClock clock = clockOn("2026-09-24");
    private CatalogEntryRepository entries;
    private DisclosureGuideRepository guides;
    private DisclosureSequence sequence;

    protected abstract CatalogEntryRepository emptyEntries();

    protected abstract DisclosureGuideRepository emptyGuides();

    protected abstract DisclosureSequence emptySequence();

    @BeforeEach
    void createRepositories() {
        entries = emptyEntries();
        guides = emptyGuides();
        sequence = emptySequence();
    }

    private CatalogEntry reload(CatalogEntry entry) {
        return entries.findById(entry.getId()).orElseThrow();
    }

    @Test
    public void everyStepOfAnEntrySurvivesStoringAndLoading() {
        CatalogEntry entry = entries.save(recorded("2026-09-24", clock,
                Attachment.received(1, "名单.txt", "text/plain", 40, "张三 13912345678"),
                Attachment.received(2, "照片.jpg", "image/jpeg", 1000, null)));
        assertThat(reload(entry).snapshot()).isEqualTo(entry.snapshot());

        entry = reload(entry);
        entry.releaseAttachment(2, OFFICER, clock);
        clock.setDate("2026-09-28");
        entry.publish(OFFICER, HESHAN, clock);
        entry = entries.save(entry);
        assertThat(reload(entry).snapshot()).isEqualTo(entry.snapshot());
        assertThat(reload(entry).publicCopy().orElseThrow().attachmentTexts()).containsExactly("张* 139****5678", null);

        entry = reload(entry);
        clock.setDate("2026-10-30");
        entry.change(entry.content(), List.of(), OFFICER, HESHAN, clock);
        entry.withdraw("公示期满", OFFICER, clock);
        entry = entries.save(entry);
        assertThat(reload(entry).snapshot()).isEqualTo(entry.snapshot());
        assertThat(entries.history(entry.getId())).extracting(AuditRecord::action)
                .containsExactly("RECORD", "RELEASE_ATTACHMENT", "PUBLISH", "CHANGE", "WITHDRAW");
    }

    @Test
    public void aStaleEntryIsAConcurrentUpdate() {
        CatalogEntry stored = entries.save(recorded("2026-09-24", clock));
        CatalogEntry first = reload(stored);
        CatalogEntry second = reload(stored);
        first.publish(OFFICER, HESHAN, clock);
        entries.save(first);
        second.publish(OFFICER, HESHAN, clock);

        assertThatThrownBy(() -> entries.save(second)).isInstanceOf(ConcurrentUpdate.class);
    }

    @Test
    public void searchLooksAtTheMaskedCopiesOfPublishedEntriesOnly() {
        CatalogEntry published = recorded("2026-09-24", clock);
        published.publish(OFFICER, HESHAN, clock);
        entries.save(published);
        entries.save(recorded("2026-09-25", clock));

        PageRequest page = new PageRequest(0, 10);
        assertThat(entries.searchPublished("危房", null, page).content()).extracting(CatalogEntry::getId)
                .containsExactly(published.getId());
        assertThat(entries.searchPublished("", null, page).totalElements()).as("drafts are not public").isEqualTo(1);
        assertThat(entries.searchPublished("张三", null, page).content()).as("the name is masked").isEmpty();
        assertThat(entries.searchPublished("11010519491231002X", null, page).content()).isEmpty();
        assertThat(entries.searchPublished("张*", "ZCWJ", page).content()).hasSize(1);
        assertThat(entries.searchPublished("", "RSXX", page).content()).isEmpty();
    }

    @Test
    public void entriesAwaitingPublicationAreDraftsAndPendingChanges() {
        CatalogEntry draft = entries.save(recorded("2026-09-24", clock));
        CatalogEntry published = recorded("2026-09-24", clock);
        published.publish(OFFICER, HESHAN, clock);
        entries.save(published);

        assertThat(entries.findAwaitingPublication()).extracting(CatalogEntry::getId).containsExactly(draft.getId());
        assertThat(entries.findMadeUpTo(LocalDate.parse("2026-09-23"))).isEmpty();
        assertThat(entries.findMadeUpTo(LocalDate.parse("2026-12-31"))).hasSize(2);
    }

    @Test
    public void theGuideIsReplacedAsAWhole() {
        assertThat(guides.current()).isEmpty();
        DisclosureGuide first = guide("2026-01-05", new GuideCategory("ZCWJ", "政策文件", "规范性文件"));
        DisclosureGuide second = guide("2026-06-01", new GuideCategory("RSXX", "人事信息", null),
                new GuideCategory("CZZJ", "财政资金", null));

        guides.replace(first);
        guides.replace(second);

        assertThat(guides.current()).contains(second);
    }

    @Test
    public void sequencesCountPerKeyFromOne() {
        assertThat(sequence.next("a")).isEqualTo(1);
        assertThat(sequence.next("a")).isEqualTo(2);
        assertThat(sequence.next("b")).isEqualTo(1);
    }

    static DisclosureGuide guide(String updatedOn, GuideCategory... categories) {
        return new DisclosureGuide("合山市人民政府办公室", "合山市人民政府办公室政务公开科", "合山市人民路1号", "工作日 8:00-12:00",
                "0772-8912345", null, null, "http://www.heshan.gov.cn", List.of(categories), "当面、邮寄、网络或传真提交申请",
                LocalDate.parse(updatedOn));
    }
}
