package org.openhall.catalog.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Spring Data access to version and draft rows; only the adapters beside it use it. */
interface ApprovalItemVersionRowRepository extends ListCrudRepository<ApprovalItemVersionRow, Long> {

    Optional<ApprovalItemVersionRow> findByCodeAndVersion(String code, Integer version);

    List<ApprovalItemVersionRow> findByCodeAndVersionNotNullOrderByVersion(String code);

    Optional<ApprovalItemVersionRow> findByCodeAndStatus(String code, String status);

    @Query("SELECT id FROM approval_item_version WHERE code = :code AND status = 'DRAFT'")
    Optional<Long> draftIdOf(String code);
}
