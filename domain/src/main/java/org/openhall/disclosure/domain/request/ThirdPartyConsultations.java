package org.openhall.disclosure.domain.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openhall.disclosure.domain.problem.DisclosureConflict;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.time.CaseClock;
import org.openhall.shared.domain.time.Extension;
import org.openhall.shared.domain.time.Pause;
import org.openhall.shared.domain.time.PauseKind;
import org.openhall.shared.domain.time.TimeLimit;

/**
 * The third-party consultations of one request (征求第三方意见, Art. 32) and what they do to its
 * reply clock: while one is open the clock stands still (Art. 33 ¶2). At most one is open at a
 * time. Part of the {@link DisclosureRequest} aggregate; it changes only through it.
 */
final class ThirdPartyConsultations {

    /** Art. 32: the third party has 15 working days for its opinion. */
    static final TimeLimit THIRD_PARTY_PERIOD = TimeLimit.workingDays(15);

    /** The rule that takes the consultation of a third party out of the reply period. */
    static final String CONSULTATION_BASIS = "《政府信息公开条例》第三十二条、第三十三条第二款";

    private final List<Consultation> consultations;

    ThirdPartyConsultations(List<Consultation> consultations) {
        this.consultations = new ArrayList<>(consultations);
    }

    /**
     * Sends a consultation to {@code thirdParty} today and returns the reply clock paused from today
     * (from the day after receipt when sent on the day of receipt: day 0 is never counted anyway).
     */
    CaseClock open(String thirdParty, LocalDate today, CaseClock replyClock, WorkingDayCalendar calendar) {
        requireNoneOpen();
        LocalDate dueOn = CaseClock.start(today, THIRD_PARTY_PERIOD).deadline(calendar).dueDate();
        consultations.add(new Consultation(thirdParty, today, dueOn, null, null));
        LocalDate pauseFrom = today.isAfter(replyClock.day0()) ? today : replyClock.day0().plusDays(1);
        return replyClock.withPause(Pause.open(pauseFrom, PauseKind.THIRD_PARTY_CONSULTATION, CONSULTATION_BASIS));
    }

    /** The consultation sent last. */
    Consultation latest() {
        return consultations.getLast();
    }

    /**
     * Ends the open consultation on {@code endedOn} with {@code opinion} and returns the reply clock
     * running again from the next day.
     *
     * @throws DisclosureConflict {@code disclosure.no-open-consultation} when none is open
     */
    CaseClock end(LocalDate endedOn, ThirdPartyOpinion opinion, CaseClock replyClock, int extensionCap) {
        Consultation open = openOne().orElseThrow(DisclosureConflict::noOpenConsultation);
        consultations.set(consultations.indexOf(open), open.endedOn(endedOn, opinion));
        Pause pause = replyClock.openPause().orElseThrow();
        if (!endedOn.isBefore(pause.from())) {
            return replyClock.closeOpenPause(endedOn);
        }
        // Answered on the day of receipt itself: nothing was paused after all.
        CaseClock rebuilt = CaseClock.start(replyClock.day0(), replyClock.limit());
        for (Pause earlier : replyClock.pauses()) {
            if (!earlier.isOpen()) {
                rebuilt = rebuilt.withPause(earlier);
            }
        }
        for (Extension extension : replyClock.extensions()) {
            rebuilt = rebuilt.withExtension(extension, extensionCap);
        }
        return rebuilt;
    }

    /** The consultation still waiting for its opinion, if any. */
    Optional<Consultation> openOne() {
        return consultations.stream().filter(Consultation::isOpen).findFirst();
    }

    /** @throws DisclosureConflict {@code disclosure.consultation-open} while a third party is consulted */
    void requireNoneOpen() {
        Optional<Consultation> open = openOne();
        if (open.isPresent()) {
            throw DisclosureConflict.consultationOpen(open.get().thirdParty());
        }
    }

    List<Consultation> all() {
        return List.copyOf(consultations);
    }
}
