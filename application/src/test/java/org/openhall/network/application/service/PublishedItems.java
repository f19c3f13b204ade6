package org.openhall.network.application.service;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.openhall.catalog.application.port.in.ApprovalItemQuery;
import org.openhall.catalog.application.port.in.ApprovalItemView;
import org.openhall.catalog.domain.ItemKind;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;

/**
 * The published catalog as the network's tests need it: items with a code, kind and department,
 * served page by page through the catalog's public query — the one operation the network uses;
 * any other is refused, so a test never depends on more of the catalog than the network does.
 */
final class PublishedItems {

    private final List<ApprovalItemView> items = new ArrayList<>();

    PublishedItems publish(String code, ItemKind kind, String department) {
        items.add(new ApprovalItemView(code, 1, "事项 " + code, kind, department, "《示例法》第一条", 20, 10,
                List.of()));
        return this;
    }

    ApprovalItemQuery query() {
        return (ApprovalItemQuery) Proxy.newProxyInstance(ApprovalItemQuery.class.getClassLoader(),
                new Class<?>[] { ApprovalItemQuery.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "list" -> page((PageRequest) args[0]);
                    case "toString" -> "published catalog of " + items.size() + " items";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private Page<ApprovalItemView> page(PageRequest request) {
        int from = (int) Math.min(request.offset(), items.size());
        int to = Math.min(from + request.size(), items.size());
        return Page.of(List.copyOf(items.subList(from, to)), request, items.size());
    }
}
