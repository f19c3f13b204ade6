package org.openhall.servicecase.application.port.in;

import java.util.Set;

import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.servicecase.domain.Applicant;
import org.openhall.shared.domain.access.Actor;

/** 收件: a clerk receives an application for an item with the materials handed in. */
public record SubmitApplicationCommand(Actor actor, ApprovalItemCode itemCode, Applicant applicant,
        Set<String> materials) {

    public SubmitApplicationCommand {
        materials = Set.copyOf(materials);
    }
}
