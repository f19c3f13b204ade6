package org.openhall.disclosure.application.port.in;

import java.time.LocalDate;
import java.util.List;

/**
 * A published catalog entry as the public sees it on every channel: the masked copy made at
 * publication, never the original.
 */
public record PublicEntryView(String id, String indexNumber, String title, String summary, String body,
        String category, String categoryName, String department, LocalDate madeOn, LocalDate publishedOn,
        List<PublicAttachmentView> attachments) {

    /**
     * An attachment as published.
     *
     * @param downloadable whether its masked text can be downloaded
     */
    public record PublicAttachmentView(int number, String fileName, String mediaType, long sizeBytes,
            boolean downloadable) {
    }
}
