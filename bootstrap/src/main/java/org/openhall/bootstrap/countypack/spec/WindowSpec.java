package org.openhall.bootstrap.countypack.spec;

import java.util.List;

import org.openhall.bootstrap.countypack.Where;

/**
 * A window (窗口) of a hall: a department's window or a general window (综合窗口), its items, and
 * its A post (A岗) and B post (B岗).
 *
 * @param kind {@code DEPARTMENT} or {@code GENERAL}
 * @param department the department of a department window; none for a general window
 */
public record WindowSpec(Where where, String code, String hall, String name, String kind, String department,
        List<WindowItemSpec> items, String postA, String postB) {
}
