package org.openhall.disclosure.domain.catalog;

import java.util.List;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The entry as the public sees it, made at publication: every text with personal data masked.
 * Every public channel — page, search, feed, API, downloads — reads this copy and nothing else;
 * the originals stay with authorised staff.
 *
 * @param attachmentTexts the masked text of each text attachment, by attachment number − 1;
 *        {@code null} where the attachment has no checkable text
 */
@ValueObject
public record PublicCopy(String title, String summary, String body, List<String> attachmentTexts) {

    public PublicCopy {
        attachmentTexts = attachmentTexts == null ? List.of() : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(attachmentTexts));
    }

    static PublicCopy of(EntryContent content, List<Attachment> attachments) {
        List<String> names = content.personalNames();
        return new PublicCopy(PersonalDataRedactor.redact(content.title(), names),
                PersonalDataRedactor.redact(content.summary(), names), PersonalDataRedactor.redact(content.body(), names),
                attachments.stream().map(a -> PersonalDataRedactor.redact(a.text(), names)).toList());
    }
}
