package org.openhall.network.domain;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.shared.domain.InvalidValue;

/**
 * An item a window handles, with the window's authority over it (窗口授权): whether the window
 * decides it on the spot ({@code decidedAtWindow}, 窗口办结) or only receives it and returns the
 * decision to the department's back office.
 */
@ValueObject
public record HandledItem(ApprovalItemCode item, boolean decidedAtWindow) {

    public HandledItem {
        if (item == null) {
            throw new InvalidValue("window.items", "an item code is required");
        }
    }
}
