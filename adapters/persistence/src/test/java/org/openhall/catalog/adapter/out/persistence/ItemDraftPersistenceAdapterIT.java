package org.openhall.catalog.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openhall.catalog.application.port.out.ItemDraftRepository;
import org.openhall.catalog.application.port.out.ItemDraftRepositoryContract;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ItemContentBuilder;
import org.openhall.catalog.domain.ItemDraft;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceAdapterTest
class ItemDraftPersistenceAdapterIT extends ItemDraftRepositoryContract {

    @Autowired
    ItemDraftRepository adapter;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected ItemDraftRepository emptyRepository() {
        CatalogTables.truncate(jdbc);
        return adapter;
    }

    @Test
    void theDatabaseHoldsAtMostOneDraftPerItem() {
        drafts().save(ItemDraft.start(new ApprovalItemCode("SCJG-001"),
                ItemContentBuilder.food().build()));

        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO approval_item_version (code, status, name, kind, applicant_types, department,
                    implementing_body, level, conditions, approval_standards, result_documents,
                    statutory_limit_working_days, promised_limit_working_days, delivery_methods, decided_at_window,
                    steps_returned_to_department, max_visits, online_available, keywords)
                VALUES ('SCJG-001', 'DRAFT', '食品经营许可', 'ADMINISTRATIVE_LICENCE', '{LEGAL_PERSON}', 'SCJG', '市场监管局',
                    'CITY', '{}', '{}', '{}', 20, 10, '{PICKUP}', true, '{}', 1, false, '{}')
                """).update()).isInstanceOf(DataIntegrityViolationException.class);
    }
}
