package org.openhall.network.adapter.in.web;

import java.util.List;

import org.openhall.shared.domain.access.AdministrativeLevel;

/**
 * One hall as the public sees it: where and when, what can be brought there, and its windows.
 *
 * @param parent the hall it belongs to; {@code null} for the city centre
 * @param address {@code null} when not published
 * @param openingHours {@code null} when not published
 */
public record HallDetailResponse(String code, String name, AdministrativeLevel level, String parent, String address,
        String openingHours, List<ItemResponse> items, List<WindowResponse> windows) {
}
