package org.openhall.catalog.application.port.out;

import java.util.ArrayList;
import java.util.List;

import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.CatalogChange;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;

/** A {@link CatalogChangeLog} in memory, for tests of the use cases. */
public class InMemoryCatalogChangeLog implements CatalogChangeLog {

    private final List<CatalogChange> changes = new ArrayList<>();

    @Override
    public synchronized void append(CatalogChange change) {
        changes.add(change);
    }

    @Override
    public synchronized Page<CatalogChange> find(ApprovalItemCode code, PageRequest page) {
        List<CatalogChange> newestFirst = changes.reversed().stream()
                .filter(c -> code == null || c.code().equals(code)).toList();
        return Page.of(newestFirst.stream().skip(page.offset()).limit(page.size()).toList(), page,
                newestFirst.size());
    }

    /** Everything appended, oldest first. */
    public synchronized List<CatalogChange> all() {
        return List.copyOf(changes);
    }
}
