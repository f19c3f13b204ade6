package org.openhall.disclosure.adapter.out.persistence;

import org.openhall.disclosure.application.port.out.CatalogEntryRepository;
import org.openhall.disclosure.application.port.out.CatalogEntryRepositoryContract;
import org.openhall.disclosure.application.port.out.DisclosureGuideRepository;
import org.openhall.disclosure.application.port.out.DisclosureSequence;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceAdapterTest
class CatalogEntryPersistenceAdapterIT extends CatalogEntryRepositoryContract {

    @Autowired
    CatalogEntryRepository entries;

    @Autowired
    DisclosureGuideRepository guides;

    @Autowired
    DisclosureSequence sequence;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected CatalogEntryRepository emptyEntries() {
        DisclosureTables.truncate(jdbc);
        return entries;
    }

    @Override
    protected DisclosureGuideRepository emptyGuides() {
        return guides;
    }

    @Override
    protected DisclosureSequence emptySequence() {
        return sequence;
    }
}
