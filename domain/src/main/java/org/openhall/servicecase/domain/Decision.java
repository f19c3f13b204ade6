package org.openhall.servicecase.domain;

import java.time.LocalDate;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * 办结 / 审批决定: the decision on an accepted case. A denial states its legal basis and reason
 * (Administrative Licensing Law Art. 38 ¶2); an approval may carry a note.
 *
 * @param certificateDueDate the last day to issue and serve the certificate: 10 working days
 *        after the decision (Art. 44); {@code null} for a denial
 */
@ValueObject
public record Decision(DecisionOutcome outcome, String legalBasis, String reason, LocalDate decidedOn,
        String decidedBy, LocalDate certificateDueDate) {

    public Decision {
        Texts.given("outcome", outcome);
        Texts.given("decidedOn", decidedOn);
        if (outcome == DecisionOutcome.DENIED) {
            legalBasis = Texts.required("legalBasis", legalBasis);
            reason = Texts.required("reason", reason);
            if (certificateDueDate != null) {
                throw new InvalidValue("certificateDueDate", "a denial issues no certificate");
            }
        } else {
            legalBasis = Texts.optional("legalBasis", legalBasis);
            reason = Texts.optional("reason", reason);
        }
    }

    public boolean approved() {
        return outcome == DecisionOutcome.APPROVED;
    }
}
