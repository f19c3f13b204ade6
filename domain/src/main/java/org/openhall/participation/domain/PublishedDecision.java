package org.openhall.participation.domain;

import java.time.LocalDate;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * The decision as published (决策公布) after the consultation: its final text.
 *
 * @param text        the decision as made
 * @param publishedOn the day it was published
 * @param publishedBy the user name of who published it
 */
@ValueObject
public record PublishedDecision(String text, LocalDate publishedOn, String publishedBy) {

    public PublishedDecision {
        text = Texts.required("decisionText", text, DraftContent.TEXT_MAX);
        if (publishedOn == null) {
            throw new InvalidValue("publishedOn", "must be given");
        }
        publishedBy = Texts.required("publishedBy", publishedBy, 64);
    }
}
