package org.openhall.participation.adapter.in.web;

import java.time.LocalDate;
import java.util.List;

import org.openhall.participation.domain.HearingStage;

/**
 * A hearing (听证会) as anyone sees it: the announcement with how representatives are selected, the
 * notice periods it keeps (calendar days before the hearing), the representatives once selected
 * (names masked), the materials once sent, and the minutes once recorded.
 *
 * @param registrationOpen        whether a registration sent today is taken
 * @param announcementDays        the announcement came at least this many days before the hearing
 * @param registrationClosingDays registration closes at least this many days before the hearing
 * @param materialsDays           the materials reach the participants at least this many days before
 */
public record HearingResponse(String id, String draftId, String department, String subject, LocalDate heldOn,
        String place, int seats, String selectionMethod, LocalDate announcedOn, LocalDate registrationClosesOn,
        boolean registrationOpen, int announcementDays, int registrationClosingDays, int materialsDays,
        HearingStage stage, List<String> representatives, List<MaterialResponse> materials,
        LocalDate materialsProvidedOn, String minutes, LocalDate minutesRecordedOn, long version) {

    /** One document sent to the participants (听证材料). */
    public record MaterialResponse(String title, String content) {
    }
}
