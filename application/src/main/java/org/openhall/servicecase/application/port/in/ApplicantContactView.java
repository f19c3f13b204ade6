package org.openhall.servicecase.application.port.in;

/**
 * The applicant's contact for one case: the phone number in full (to send to), the name masked
 * (张*), and what the case is about (the approval item's name).
 *
 * @param mobile true when {@code phone} is a mobile number (texts cannot reach a landline)
 */
public record ApplicantContactView(String caseId, String caseNumber, String department, String phone,
        boolean mobile, String maskedName, String itemName) {

    /** Masked, so that the number never lands in a log by accident. */
    @Override
    public String toString() {
        return "ApplicantContactView[" + caseNumber + ", " + maskedName + "]";
    }
}
