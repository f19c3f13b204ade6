package org.openhall.network.application.port.in;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.network.domain.HallCode;
import org.openhall.shared.domain.access.AdministrativeLevel;

/**
 * A hall as a county pack or an export describes it.
 *
 * @param parent {@code null} only for the city centre
 * @param address where it is; optional
 * @param openingHours when it is open, as published (办公时间); optional
 * @param items the items citizens can bring there; order does not matter
 */
public record HallDefinition(HallCode code, String name, AdministrativeLevel level, HallCode parent, String address,
        String openingHours, List<ApprovalItemCode> items) {

    public HallDefinition {
        items = items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }
}
