package org.openhall.shared.application.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total so that clients can page through it. */
public record Page<T>(List<T> content, int page, int size, long totalElements) {

    public Page {
        content = List.copyOf(content);
    }

    public static <T> Page<T> of(List<T> content, PageRequest request, long total) {
        return new Page<>(content, request.page(), request.size(), total);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(content.stream().<R>map(mapper).toList(), page, size, totalElements);
    }
}
