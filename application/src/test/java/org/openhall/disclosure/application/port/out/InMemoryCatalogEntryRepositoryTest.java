package org.openhall.disclosure.application.port.out;

class InMemoryCatalogEntryRepositoryTest extends CatalogEntryRepositoryContract {

    @Override
    protected CatalogEntryRepository emptyEntries() {
        return new InMemoryCatalogEntryRepository();
    }

    @Override
    protected DisclosureGuideRepository emptyGuides() {
        return new InMemoryDisclosureGuideRepository();
    }

    @Override
    protected DisclosureSequence emptySequence() {
        return new InMemoryDisclosureSequence();
    }
}
