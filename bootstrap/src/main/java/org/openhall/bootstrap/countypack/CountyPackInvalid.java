package org.openhall.bootstrap.countypack;

/** A county pack that cannot be read; says which file and what is wrong. */
public final class CountyPackInvalid extends RuntimeException {

    public CountyPackInvalid(String file, String problem) {
        super("County pack file " + file + ": " + problem);
    }
}
