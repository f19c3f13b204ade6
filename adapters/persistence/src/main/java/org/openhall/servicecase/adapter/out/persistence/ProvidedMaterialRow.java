package org.openhall.servicecase.adapter.out.persistence;

/** A material counted as handed in for a case, by the item's material code. */
record ProvidedMaterialRow(String materialCode) {
}
