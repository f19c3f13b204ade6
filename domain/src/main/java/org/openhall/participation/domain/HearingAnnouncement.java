package org.openhall.participation.domain;

import java.time.LocalDate;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * What a hearing's announcement (听证公告) tells the public: the matter, when and where, how many
 * representatives will be heard, how they are selected (遴选办法), and until when people may register.
 *
 * @param seats                the number of representatives (听证代表) to be selected
 * @param selectionMethod      how representatives are chosen among those who register, published with the announcement
 * @param registrationClosesOn the last day registrations are taken
 */
@ValueObject
public record HearingAnnouncement(String subject, LocalDate heldOn, String place, int seats, String selectionMethod,
        LocalDate registrationClosesOn) {

    /** An upper bound only to catch typing errors. */
    public static final int MAXIMUM_SEATS = 500;

    public HearingAnnouncement {
        subject = Texts.required("subject", subject, DraftContent.TITLE_MAX);
        if (heldOn == null) {
            throw new InvalidValue("heldOn", "must be given");
        }
        place = Texts.required("place", place, 500);
        if (seats < 1 || seats > MAXIMUM_SEATS) {
            throw new InvalidValue("seats", "must be between 1 and " + MAXIMUM_SEATS);
        }
        selectionMethod = Texts.required("selectionMethod", selectionMethod, 5_000);
        if (registrationClosesOn == null) {
            throw new InvalidValue("registrationClosesOn", "must be given");
        }
        if (!registrationClosesOn.isBefore(heldOn)) {
            throw new InvalidValue("registrationClosesOn", "must be before the hearing day");
        }
    }
}
