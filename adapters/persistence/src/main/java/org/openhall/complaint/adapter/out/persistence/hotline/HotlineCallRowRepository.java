package org.openhall.complaint.adapter.out.persistence.hotline;

import org.springframework.data.repository.ListCrudRepository;

/** Spring Data access to hotline call rows; only the adapter beside it uses it. */
interface HotlineCallRowRepository extends ListCrudRepository<HotlineCallRow, String> {
}
