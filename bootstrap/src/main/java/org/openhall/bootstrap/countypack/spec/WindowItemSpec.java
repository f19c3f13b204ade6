package org.openhall.bootstrap.countypack.spec;

import org.openhall.bootstrap.countypack.Where;

/**
 * An item a window handles, and whether the window decides it on the spot (窗口办结) or returns
 * steps to the department.
 */
public record WindowItemSpec(Where where, String item, Boolean decidedAtWindow) {
}
