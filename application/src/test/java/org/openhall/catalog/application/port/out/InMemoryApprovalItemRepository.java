package org.openhall.catalog.application.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;

/** An {@link ApprovalItemRepository} in memory, for tests of the use cases. */
public class InMemoryApprovalItemRepository implements ApprovalItemRepository {

    private final Map<String, ApprovalItem> items = new ConcurrentSkipListMap<>();

    @Override
    public Optional<ApprovalItem> findByCode(ApprovalItemCode code) {
        return Optional.ofNullable(items.get(code.value()));
    }

    @Override
    public boolean exists(ApprovalItemCode code) {
        return items.containsKey(code.value());
    }

    @Override
    public Page<ApprovalItem> findAll(PageRequest page) {
        List<ApprovalItem> all = List.copyOf(items.values());
        return Page.of(all.stream().skip(page.offset()).limit(page.size()).toList(), page, all.size());
    }

    @Override
    public void save(ApprovalItem item) {
        items.put(item.code().value(), item);
    }
}
