package org.openhall.bootstrap.countypack.spec;

import org.openhall.bootstrap.countypack.Where;

/** A legal basis of an item (设立依据): the law or regulation, and the article when known. */
public record LegalBasisSpec(Where where, String law, String article) {
}
