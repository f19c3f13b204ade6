package org.openhall.notification.domain;

/** A template filled in, signature included: exactly what the phone shows, and its segment count. */
public record RenderedSms(String text, int segments) {

    public int length() {
        return text.length();
    }
}
