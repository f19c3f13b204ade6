package org.openhall.catalog.adapter.out.persistence;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

/** Spring Data access to approval-item rows; only the adapter beside it uses it. */
interface ApprovalItemRowRepository extends ListCrudRepository<ApprovalItemRow, String>,
        ListPagingAndSortingRepository<ApprovalItemRow, String> {
}
