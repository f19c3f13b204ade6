package org.openhall.servicecase.application.port.in;

import java.util.Set;

import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.network.domain.WindowCode;
import org.openhall.servicecase.domain.Applicant;
import org.openhall.shared.domain.access.Actor;

/**
 * 收件: a clerk receives an application for an item with the materials handed in, at a window
 * ({@code null} when the centre does not say which).
 */
public record SubmitApplicationCommand(Actor actor, ApprovalItemCode itemCode, Applicant applicant,
        Set<String> materials, WindowCode window) {

    public SubmitApplicationCommand {
        materials = Set.copyOf(materials);
    }

    public SubmitApplicationCommand(Actor actor, ApprovalItemCode itemCode, Applicant applicant,
            Set<String> materials) {
        this(actor, itemCode, applicant, materials, null);
    }
}
