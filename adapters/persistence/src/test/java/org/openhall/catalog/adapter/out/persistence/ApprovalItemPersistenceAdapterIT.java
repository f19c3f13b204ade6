package org.openhall.catalog.adapter.out.persistence;

import org.openhall.catalog.application.port.out.ApprovalItemRepository;
import org.openhall.catalog.application.port.out.ApprovalItemRepositoryContract;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceAdapterTest
class ApprovalItemPersistenceAdapterIT extends ApprovalItemRepositoryContract {

    @Autowired
    ApprovalItemRepository adapter;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected ApprovalItemRepository emptyRepository() {
        jdbc.sql("TRUNCATE approval_item, approval_item_material").update();
        return adapter;
    }
}
