package org.openhall.participation.application.port.in;

import java.util.List;

import org.openhall.participation.domain.HearingId;
import org.openhall.participation.domain.HearingMaterial;
import org.openhall.shared.domain.access.Actor;

/** 送达听证材料: the documents sent to the selected participants today. */
public record ProvideHearingMaterialsCommand(Actor actor, HearingId hearingId, List<HearingMaterial> materials) {

    public ProvideHearingMaterialsCommand {
        materials = List.copyOf(materials);
    }
}
