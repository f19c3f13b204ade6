package org.openhall.bootstrap.countypack.spec;

import org.openhall.bootstrap.countypack.Where;

/** A fee of an item (收费项目): its name, the amount in yuan as written, and the basis for charging it. */
public record FeeSpec(Where where, String name, String amount, String basis) {
}
