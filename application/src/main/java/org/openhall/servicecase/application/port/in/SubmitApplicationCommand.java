package org.openhall.servicecase.application.port.in;

import java.util.Set;

import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.network.domain.WindowCode;
import org.openhall.servicecase.domain.Agent;
import org.openhall.servicecase.domain.Applicant;
import org.openhall.servicecase.domain.SubmissionChannel;
import org.openhall.shared.domain.access.Actor;

/**
 * 收件: a clerk receives an application for an item with the materials handed in, at a window
 * ({@code null} when the centre does not say which), through {@code channel}: at the window, from
 * a village agent (代办, {@code agent} required) or from an online pre-application
 * ({@code preApplicationReference} optional).
 */
public record SubmitApplicationCommand(Actor actor, ApprovalItemCode itemCode, Applicant applicant,
        Set<String> materials, WindowCode window, SubmissionChannel channel, Agent agent,
        String preApplicationReference) {

    public SubmitApplicationCommand {
        materials = Set.copyOf(materials);
        channel = channel == null ? SubmissionChannel.WINDOW : channel;
    }

    /** An application handed in at {@code window}. */
    public SubmitApplicationCommand(Actor actor, ApprovalItemCode itemCode, Applicant applicant,
            Set<String> materials, WindowCode window) {
        this(actor, itemCode, applicant, materials, window, SubmissionChannel.WINDOW, null, null);
    }

    public SubmitApplicationCommand(Actor actor, ApprovalItemCode itemCode, Applicant applicant,
            Set<String> materials) {
        this(actor, itemCode, applicant, materials, null);
    }
}
