package org.openhall.servicecase.domain;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.identity.ResidentIdNumber;

/**
 * The agent (代办员) who handed an application in at a village service station (村级代办点) on the
 * applicant's behalf; recorded beside the applicant, never instead of them. Public views mask it.
 *
 * @param stationCode the code of the village station where the application was handed in
 */
@ValueObject
public record Agent(PersonName name, ResidentIdNumber idNumber, PhoneNumber phone, String stationCode) {

    public Agent {
        if (name == null) {
            throw new InvalidValue("agent.name", "must not be blank");
        }
        if (idNumber == null) {
            throw new InvalidValue("agent.idNumber", "must not be blank");
        }
        if (phone == null) {
            throw new InvalidValue("agent.phone", "must not be blank");
        }
        if (stationCode == null || stationCode.isBlank()) {
            throw new InvalidValue("agent.stationCode", "must name the village station");
        }
        stationCode = stationCode.strip();
    }
}
