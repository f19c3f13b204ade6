package org.openhall.participation.application.port.in;

import java.time.LocalDate;
import java.util.List;

import org.openhall.participation.domain.HearingStage;

/**
 * A hearing as the public sees it: the announcement, the periods it keeps, the representatives once
 * selected (names masked), the materials once sent, and the minutes once recorded.
 *
 * @param registrationOpen whether a registration handed in today is taken
 * @param representatives  the selected representatives' masked names, in the order selected
 * @param minutes          {@code null} until recorded
 */
public record HearingView(String id, String draftId, String department, String subject, LocalDate heldOn,
        String place, int seats, String selectionMethod, LocalDate announcedOn, LocalDate registrationClosesOn,
        boolean registrationOpen, int announcementDays, int registrationClosingDays, int materialsDays,
        HearingStage stage, List<String> representatives, List<Material> materials, LocalDate materialsProvidedOn,
        String minutes, LocalDate minutesRecordedOn, long version) {

    public HearingView {
        representatives = List.copyOf(representatives);
        materials = List.copyOf(materials);
    }

    /** One document sent to the participants. */
    public record Material(String title, String content) {
    }
}
