package org.openhall.participation.application.port.in;

import java.util.List;

import org.openhall.participation.domain.HearingId;
import org.openhall.participation.domain.RegistrationId;
import org.openhall.shared.domain.access.Actor;

/** 遴选听证代表: the registrations chosen as representatives, at most as many as the seats announced. */
public record SelectRepresentativesCommand(Actor actor, HearingId hearingId, List<RegistrationId> registrations) {

    public SelectRepresentativesCommand {
        registrations = List.copyOf(registrations);
    }
}
