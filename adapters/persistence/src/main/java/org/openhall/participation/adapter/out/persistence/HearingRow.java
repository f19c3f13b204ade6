package org.openhall.participation.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.openhall.participation.domain.HearingStage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A stored hearing: the announcement and the notice periods it was announced under in plain columns,
 * representatives and materials in ordered child rows, the minutes embedded, empty until recorded.
 */
@Table("participation_hearing")
record HearingRow(
        @Id UUID id,
        UUID draftId,
        String department,
        String subject,
        LocalDate heldOn,
        String place,
        int seats,
        String selectionMethod,
        LocalDate registrationClosesOn,
        int periodAnnouncementDays,
        int periodRegistrationClosingDays,
        int periodMaterialsDays,
        LocalDate announcedOn,
        Instant announcedAt,
        String announcedBy,
        HearingStage stage,
        @MappedCollection(idColumn = "hearing_id", keyColumn = "position") List<RepresentativeRow> representatives,
        LocalDate representativesSelectedOn,
        @MappedCollection(idColumn = "hearing_id", keyColumn = "position") List<MaterialRow> materials,
        LocalDate materialsProvidedOn,
        @Embedded.Nullable(prefix = "minutes_") MinutesRow minutes,
        @Version long version) {
}
