package org.openhall.participation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.DepartmentCode;

/**
 * Everything a {@link Hearing} is made of, for storage and for rebuilding it through
 * {@link Hearing#restore(HearingSnapshot)}.
 *
 * <p>Invariants: what a stage produced is there from that stage on and not before — the
 * representatives from {@link HearingStage#REPRESENTATIVES_SELECTED}, the materials from
 * {@link HearingStage#MATERIALS_PROVIDED}, the minutes at {@link HearingStage#MINUTES_RECORDED}.
 *
 * @param periods  the notice periods the hearing was announced under
 * @param version  optimistic-lock version; 0 for a hearing never stored
 */
public record HearingSnapshot(HearingId id, DraftDecisionId draftId, DepartmentCode department,
        HearingAnnouncement announcement, HearingNoticePeriods periods, LocalDate announcedOn, Instant announcedAt,
        String announcedBy, HearingStage stage, List<RegistrationId> representatives,
        LocalDate representativesSelectedOn, List<HearingMaterial> materials, LocalDate materialsProvidedOn,
        HearingMinutes minutes, long version) {

    public HearingSnapshot {
        if (id == null || draftId == null || department == null || announcement == null || periods == null
                || announcedOn == null || announcedAt == null || announcedBy == null || stage == null) {
            throw new InvalidValue("hearing", "id, draft, department, announcement, periods and stage must be given");
        }
        representatives = representatives == null ? List.of() : List.copyOf(representatives);
        materials = materials == null ? List.of() : List.copyOf(materials);
        boolean selected = stage.compareTo(HearingStage.REPRESENTATIVES_SELECTED) >= 0;
        boolean provided = stage.compareTo(HearingStage.MATERIALS_PROVIDED) >= 0;
        boolean recorded = stage == HearingStage.MINUTES_RECORDED;
        if (representatives.isEmpty() == selected || (representativesSelectedOn != null) != selected
                || materials.isEmpty() == provided || (materialsProvidedOn != null) != provided
                || (minutes != null) != recorded) {
            throw new InvalidValue("hearing", "representatives, materials and minutes must agree with stage " + stage);
        }
    }
}
