package org.openhall.catalog.application.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ItemDraft;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;

/** An {@link ItemDraftRepository} in memory, for tests of the use cases. */
public class InMemoryItemDraftRepository implements ItemDraftRepository {

    private final Map<String, ItemDraft> drafts = new ConcurrentSkipListMap<>();

    @Override
    public Optional<ItemDraft> findByCode(ApprovalItemCode code) {
        return Optional.ofNullable(drafts.get(code.value()));
    }

    @Override
    public Page<ItemDraft> findAll(PageRequest page) {
        List<ItemDraft> all = List.copyOf(drafts.values());
        return Page.of(all.stream().skip(page.offset()).limit(page.size()).toList(), page, all.size());
    }

    @Override
    public void save(ItemDraft draft) {
        drafts.put(draft.code().value(), draft);
    }

    @Override
    public void delete(ApprovalItemCode code) {
        drafts.remove(code.value());
    }
}
