package org.openhall.catalog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ItemContent;
import org.openhall.catalog.domain.ItemContentBuilder;
import org.openhall.catalog.domain.ItemDraft;
import org.openhall.shared.application.paging.PageRequest;

/** What every {@link ItemDraftRepository} must do; a subclass hands in an empty one before each test. */
public abstract class ItemDraftRepositoryContract {

    private static final ApprovalItemCode FOOD = new ApprovalItemCode("SCJG-001");

    private ItemDraftRepository drafts;

    protected abstract ItemDraftRepository emptyRepository();

    @BeforeEach
    void createRepository() {
        drafts = emptyRepository();
    }

    protected ItemDraftRepository drafts() {
        return drafts;
    }

    @Test
    public void aDraftIsReadBackWithItsWholeContent() {
        ItemContent content = ItemContentBuilder.food().build();

        drafts.save(ItemDraft.start(FOOD, content));

        assertThat(drafts.findByCode(FOOD)).hasValueSatisfying(d -> assertThat(d.content()).isEqualTo(content));
        assertThat(drafts.findByCode(new ApprovalItemCode("SCJG-002"))).isEmpty();
    }

    @Test
    public void savingARevisedDraftReplacesItsContent() {
        ItemDraft draft = ItemDraft.start(FOOD, ItemContentBuilder.food().build());
        drafts.save(draft);
        ItemContent revised = ItemContentBuilder.food().promisedWorkingDays(5).build();

        draft.revise(revised);
        drafts.save(draft);

        assertThat(drafts.findByCode(FOOD).orElseThrow().content()).isEqualTo(revised);
        assertThat(drafts.findAll(new PageRequest(0, 10)).totalElements())
                .isEqualTo(1);
    }

    @Test
    public void aDeletedDraftIsGoneAndDraftsAreListedByCode() {
        for (String code : new String[] { "ZJJ-001", "SCJG-001", "WSJK-001" }) {
            drafts.save(ItemDraft.start(new ApprovalItemCode(code), ItemContentBuilder.food().build()));
        }

        drafts.delete(new ApprovalItemCode("WSJK-001"));

        assertThat(drafts.findAll(new PageRequest(0, 10)).content())
                .extracting(d -> d.code().value()).containsExactly("SCJG-001", "ZJJ-001");
        assertThat(drafts.findByCode(new ApprovalItemCode("WSJK-001"))).isEmpty();
    }
}
