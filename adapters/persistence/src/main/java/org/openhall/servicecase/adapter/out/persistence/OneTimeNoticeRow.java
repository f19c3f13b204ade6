package org.openhall.servicecase.adapter.out.persistence;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A stored one-time notice (一次性告知书) with its lines in the order they were issued. */
@Table("one_time_notice")
record OneTimeNoticeRow(int submissionRound, LocalDate issuedOn, String issuedBy,
        @MappedCollection(idColumn = "case_id", keyColumn = "item_position") List<NoticeItemRow> items) {
}
