package org.openhall.servicecase.application.port.in;

import java.util.List;

import org.openhall.servicecase.domain.preapplication.Correction;
import org.openhall.servicecase.domain.preapplication.PreApplicationId;
import org.openhall.shared.domain.access.Actor;

/** 预审补正: pre-review asks for every correction at once. */
public record RequestCorrectionsCommand(Actor actor, PreApplicationId preApplicationId, List<Correction> corrections) {

    public RequestCorrectionsCommand {
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }
}
