package org.openhall.catalog.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.catalog.domain.ItemContentBuilder.item;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhall.catalog.application.port.out.ApprovalItemRepository;
import org.openhall.catalog.application.port.out.ApprovalItemRepositoryContract;
import org.openhall.catalog.application.port.out.ItemDraftRepository;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ItemDraft;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.openhall.shared.application.paging.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceAdapterTest
class ApprovalItemPersistenceAdapterIT extends ApprovalItemRepositoryContract {

    @Autowired
    ApprovalItemRepository adapter;

    @Autowired
    ItemDraftRepository drafts;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected ApprovalItemRepository emptyRepository() {
        CatalogTables.truncate(jdbc);
        return adapter;
    }

    @Test
    void aDraftIsNeitherAVersionNorInAnyDaysCatalogNorFoundBySearch() {
        drafts.save(ItemDraft.start(new ApprovalItemCode("SCJG-001"), item("食品经营许可", "SCJG", "市场监管局")));

        assertThat(items().findVersions(new ApprovalItemCode("SCJG-001"))).isEmpty();
        assertThat(items().findLatestVersions()).isEmpty();
        assertThat(items().findPublishedOn(MAR_2)).isEmpty();
        assertThat(items().searchPublishedOn(MAR_2, List.of("食品"), new PageRequest(0, 10)).content()).isEmpty();
    }
}
