package org.openhall.planted.modulith.catalog.domain;

/** Published: part of the catalog's domain. */
public record ItemNumber(String value) {
}
