package org.openhall.bootstrap.countypack.spec;

import org.openhall.bootstrap.countypack.Where;

/**
 * A material of an item (申请材料).
 *
 * @param requirement {@code REQUIRED}, {@code OPTIONAL} or {@code CONDITIONAL}
 * @param condition when a {@code CONDITIONAL} material is needed (适用情形)
 * @param form {@code PAPER}, {@code ELECTRONIC} or {@code PAPER_OR_ELECTRONIC}
 * @param supplyLaterAllowed whether it may be supplied after acceptance (容缺受理)
 * @param sampleForm a reference to the sample form (示范文本), if any
 */
public record MaterialSpec(Where where, String code, String name, Boolean original, Integer copies,
        String requirement, String condition, String form, Boolean supplyLaterAllowed, String sampleForm) {
}
