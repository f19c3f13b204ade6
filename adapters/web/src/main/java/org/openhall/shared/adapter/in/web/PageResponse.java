package org.openhall.shared.adapter.in.web;

import java.util.List;
import java.util.function.Function;

import org.openhall.shared.application.paging.Page;

/**
 * One page of a list as the API returns it: zero-based {@code page}, the {@code size} asked for,
 * and the totals a client needs to page through the rest.
 */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <V, R> PageResponse<R> of(Page<V> page, Function<? super V, ? extends R> mapper) {
        return new PageResponse<>(page.content().stream().<R>map(mapper).toList(), page.page(), page.size(),
                page.totalElements(), page.totalPages());
    }
}
