package org.openhall.bootstrap.countypack.spec;

import org.openhall.bootstrap.countypack.Where;

/** A rule parameter of {@code parameters.yaml}: a dotted key and its value as text. */
public record ParameterSpec(Where where, String key, String value) {
}
