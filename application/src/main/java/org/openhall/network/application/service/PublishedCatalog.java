package org.openhall.network.application.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.openhall.catalog.application.port.in.ApprovalItemQuery;
import org.openhall.catalog.application.port.in.ApprovalItemView;
import org.openhall.catalog.domain.ItemKind;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;

/**
 * The catalog as published today, read once through the catalog's public query, page by page: the
 * names of the items the network shows, and each department's approval items for the rates.
 * Codes and departments are compared by their text, which is what the catalog publishes.
 */
final class PublishedCatalog {

    /** The kinds that count as approval items (审批事项) in the "three concentrations" figure. */
    static final Set<ItemKind> APPROVAL_KINDS = Set.of(ItemKind.ADMINISTRATIVE_LICENCE, ItemKind.NON_LICENCE_APPROVAL);

    private final Map<String, ApprovalItemView> items;

    private PublishedCatalog(Map<String, ApprovalItemView> items) {
        this.items = items;
    }

    static PublishedCatalog read(ApprovalItemQuery catalog) {
        Map<String, ApprovalItemView> items = new LinkedHashMap<>();
        int page = 0;
        while (true) {
            Page<ApprovalItemView> found = catalog.list(new PageRequest(page, PageRequest.MAX_SIZE));
            found.content().forEach(item -> items.put(codeOf(item), item));
            page++;
            if (found.content().isEmpty() || page >= found.totalPages()) {
                return new PublishedCatalog(items);
            }
        }
    }

    /** The item with this code, if the catalog offers it today. */
    Optional<ApprovalItemView> item(String code) {
        return Optional.ofNullable(items.get(code));
    }

    /** The published name of the item with this code, or {@code null} if the catalog does not offer it. */
    String nameOf(String code) {
        ApprovalItemView item = items.get(code);
        return item == null ? null : item.name();
    }

    List<ApprovalItemView> items() {
        return List.copyOf(items.values());
    }

    static String codeOf(ApprovalItemView item) {
        return String.valueOf(item.code());
    }

    static String departmentOf(ApprovalItemView item) {
        return String.valueOf(item.department());
    }

    static boolean isApproval(ApprovalItemView item) {
        return APPROVAL_KINDS.contains(item.kind());
    }
}
