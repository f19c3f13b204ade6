package org.openhall.bootstrap.countypack.spec;

import org.openhall.bootstrap.countypack.Where;

/**
 * A procedure step of an item (办理环节): who handles it, its time limit, and whether it is a
 * special step (特别程序) whose time does not count against the limit.
 */
public record StepSpec(Where where, String name, String role, Integer workingDays, Boolean special) {
}
