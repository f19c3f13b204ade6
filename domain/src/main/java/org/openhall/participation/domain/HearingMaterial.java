package org.openhall.participation.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One document sent to the hearing participants (听证材料), e.g. the draft, its explanation, a
 * cost study.
 *
 * @param content the text, or where to find it (a link or a file reference)
 */
@ValueObject
public record HearingMaterial(String title, String content) {

    public HearingMaterial {
        title = Texts.required("material.title", title, DraftContent.TITLE_MAX);
        content = Texts.required("material.content", content, DraftContent.TEXT_MAX);
    }
}
