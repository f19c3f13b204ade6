package org.openhall.notification.application.port.in;

/** What one dispatch round did. */
public record DispatchReport(int sent, int retryLater, int failed, int uncertain, int reconciled, int toReview) {

    public int handled() {
        return sent + retryLater + failed + uncertain + reconciled + toReview;
    }
}
