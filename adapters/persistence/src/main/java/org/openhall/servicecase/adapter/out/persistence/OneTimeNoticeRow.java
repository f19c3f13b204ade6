package org.openhall.servicecase.adapter.out.persistence;

import java.time.LocalDate;
import java.util.List;

/** A stored one-time notice (一次性告知书) with its lines in the order they were issued. */
record OneTimeNoticeRow(int submissionRound, LocalDate issuedOn, String issuedBy,
        List<NoticeItemRow> items) {
}
