package org.openhall.servicecase.application.port.in;

/**
 * A case's applicant, and agent if any, unmasked: only ever the answer to an explicit reveal.
 *
 * @param agent {@code null} unless a village agent (代办员) submitted the case
 */
public record RevealedApplicantView(String caseId, String caseNumber, Person applicant, Person agent) {

    /** A person's name, resident ID number (公民身份号码) and phone, in full. */
    public record Person(String name, String idNumber, String phone) {

        /** Never prints the values: a view that reaches a log must not carry them there. */
        @Override
        public String toString() {
            return "Person[…]";
        }
    }
}
