package org.openhall.participation.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.openhall.participation.domain.DraftStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A stored draft decision: its content and period in plain columns (lists filter and sort on the
 * period), the adoption report and the decision embedded under prefixes, empty until published.
 */
@Table("participation_draft")
record DraftRow(
        @Id UUID id,
        String department,
        String title,
        String summary,
        String fullText,
        String explanation,
        LocalDate opensOn,
        int periodDays,
        String shorterPeriodReason,
        LocalDate closesOn,
        DraftStatus status,
        Instant publishedAt,
        String publishedBy,
        @Embedded.Nullable(prefix = "report_") AdoptionReportRow adoptionReport,
        @Embedded.Nullable(prefix = "decision_") DecisionRow decision,
        @Version long version) {
}
