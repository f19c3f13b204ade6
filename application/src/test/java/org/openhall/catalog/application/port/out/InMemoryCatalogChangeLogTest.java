package org.openhall.catalog.application.port.out;

class InMemoryCatalogChangeLogTest extends CatalogChangeLogContract {

    @Override
    protected CatalogChangeLog emptyLog() {
        return new InMemoryCatalogChangeLog();
    }
}
