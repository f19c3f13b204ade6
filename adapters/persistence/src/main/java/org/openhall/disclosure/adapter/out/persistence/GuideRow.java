package org.openhall.disclosure.adapter.out.persistence;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** The current disclosure guide; its id is always {@code current}. */
@Table("disclosure_guide")
record GuideRow(@Id String id, String agencyName, String office, String address, String officeHours, String phone,
        String fax, String email, String website,
        @MappedCollection(idColumn = "guide_id", keyColumn = "position") List<GuideCategoryRow> categories,
        String applicationNotes, LocalDate updatedOn) {
}
