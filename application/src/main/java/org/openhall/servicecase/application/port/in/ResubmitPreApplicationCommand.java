package org.openhall.servicecase.application.port.in;

import java.util.Set;

import org.openhall.servicecase.domain.preapplication.PreApplicationReference;

/**
 * 补正提交: the citizen, proving who they are with the reference and the last four digits of their
 * phone, resubmits after corrections with the materials now declared.
 *
 * @param note {@code null} keeps the earlier note
 */
public record ResubmitPreApplicationCommand(PreApplicationReference reference, String phoneLastFour,
        Set<String> materials, String note) {

    public ResubmitPreApplicationCommand {
        materials = Set.copyOf(materials);
    }
}
