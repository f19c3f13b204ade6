package org.openhall.servicecase.adapter.in.web;

/**
 * A case's applicant and agent unmasked, for the staff member who asked.
 *
 * @param agent {@code null} unless a village agent (代办员) submitted the case
 */
public record RevealedApplicantResponse(String caseId, String caseNumber, Person applicant, Person agent) {

    /** A person in full. */
    public record Person(String name, String idNumber, String phone) {

        @Override
        public String toString() {
            return "Person[…]";
        }
    }
}
