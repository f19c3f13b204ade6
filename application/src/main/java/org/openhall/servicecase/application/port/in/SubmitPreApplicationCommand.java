package org.openhall.servicecase.application.port.in;

import java.util.Set;

import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.servicecase.domain.Applicant;

/**
 * 网上预申请: a citizen, without signing in, declares the item, who they are and the materials
 * they will bring (material codes of the item), with an optional note.
 */
public record SubmitPreApplicationCommand(ApprovalItemCode itemCode, Applicant applicant, Set<String> materials,
        String note) {

    public SubmitPreApplicationCommand {
        materials = Set.copyOf(materials);
    }
}
