package org.openhall.network.application.port.in;

import org.openhall.catalog.domain.ApprovalItemCode;

/**
 * An item a window handles and whether the window decides it on the spot (窗口办结) or returns it
 * to the department.
 */
public record WindowItem(ApprovalItemCode item, boolean decidedAtWindow) {
}
