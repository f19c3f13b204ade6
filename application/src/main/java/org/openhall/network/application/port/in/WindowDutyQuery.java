package org.openhall.network.application.port.in;

import java.time.LocalDate;
import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.network.domain.StaffUsername;
import org.openhall.network.domain.WindowCode;

/**
 * Who serves which window on a day, under the A/B post system (AB岗工作制).
 *
 * <p>The rule, exactly: a post holder is <em>present</em> on a day unless an absence of theirs
 * covers that day (its first and last day included) or their account is disabled or gone. If the
 * A post is present, A serves ({@code A_PRESENT}). Otherwise, if the window has a B post and B is
 * present, B serves acting for A with A's full authority ({@code B_ACTING_FOR_A}). Otherwise the
 * window is {@code UNATTENDED}. So a window never shows unattended while its B post is present.
 *
 * <p>The answer is about people, not opening days: asked for a Sunday or a holiday it still says
 * who would serve. Absences recorded later change later answers; nothing is cached.
 */
@PrimaryPort
public interface WindowDutyQuery {

    /**
     * Who serves {@code window} on {@code day}.
     *
     * @throws org.openhall.shared.application.problem.ResourceNotFound {@code window.not-found}
     */
    WindowDuty dutyOf(WindowCode window, LocalDate day);

    /** Every window nobody serves on {@code day}, by window code: what the supervisor must see (空岗). */
    List<WindowDuty> unattendedWindows(LocalDate day);

    /**
     * The duty of every window where {@code staff} holds the A or the B post, by window code: tells
     * whether somebody acting at a window on {@code day} does so for themselves or for the A post.
     */
    List<WindowDuty> dutiesOf(StaffUsername staff, LocalDate day);
}
