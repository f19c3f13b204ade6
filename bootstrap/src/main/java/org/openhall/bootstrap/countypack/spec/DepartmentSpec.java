package org.openhall.bootstrap.countypack.spec;

import org.openhall.bootstrap.countypack.Where;

/**
 * A department of the county (部门) and whether it is stationed in the centre (进驻).
 */
public record DepartmentSpec(Where where, String code, String name, Boolean stationed) {
}
