package org.openhall.participation.domain;

import java.time.LocalDate;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * The minutes of a hearing (听证笔录): what was presented, said, asked and answered, as the
 * participants confirmed it.
 */
@ValueObject
public record HearingMinutes(String text, LocalDate recordedOn, String recordedBy) {

    public HearingMinutes {
        text = Texts.required("minutes", text, DraftContent.TEXT_MAX);
        if (recordedOn == null) {
            throw new InvalidValue("recordedOn", "must be given");
        }
        recordedBy = Texts.required("recordedBy", recordedBy, 64);
    }
}
