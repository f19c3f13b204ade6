package org.openhall.disclosure.application.port.in;

/**
 * An attachment as handed in with a catalog entry.
 *
 * @param text the document's text for a {@code text/*} attachment; {@code null} otherwise
 */
public record AttachmentInput(String fileName, String mediaType, long sizeBytes, String text) {
}
