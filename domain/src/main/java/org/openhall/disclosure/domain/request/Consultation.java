package org.openhall.disclosure.domain.request;

import java.time.LocalDate;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * A consultation of a third party (征求第三方意见), Art. 32: the third party has 15 working days
 * from the request for its opinion; the time it takes does not count against the reply period
 * (Art. 33 ¶2), so the reply clock is paused from {@code sentOn} to the day it ends.
 *
 * @param thirdParty who is consulted (an organisation or a person whose rights are concerned)
 * @param sentOn the day the request for opinion was sent (day 0 of the third party's period)
 * @param dueOn the last of the third party's 15 working days
 * @param endedOn the day the opinion came, or {@code dueOn} when none came; {@code null} while open
 * @param opinion what the third party said; {@code null} while open
 */
@ValueObject
public record Consultation(String thirdParty, LocalDate sentOn, LocalDate dueOn, LocalDate endedOn,
        ThirdPartyOpinion opinion) {

    public Consultation {
        if (thirdParty == null || thirdParty.isBlank()) {
            throw new InvalidValue("thirdParty", "must not be blank");
        }
        if (sentOn == null || dueOn == null || dueOn.isBefore(sentOn)) {
            throw new InvalidValue("consultation", "the day sent and the third party's due day must be given, in order");
        }
        if ((endedOn == null) != (opinion == null)) {
            throw new InvalidValue("consultation", "an ended consultation has both its end and its opinion");
        }
        thirdParty = thirdParty.strip();
    }

    public boolean isOpen() {
        return endedOn == null;
    }

    Consultation endedOn(LocalDate day, ThirdPartyOpinion said) {
        return new Consultation(thirdParty, sentOn, dueOn, day, said);
    }
}
