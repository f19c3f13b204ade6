package org.openhall.notification.domain.problem;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * A variable value looks like a link, an identity number or a full phone number. Carriers refuse
 * links in variables (the portal address is fixed template text), and a text message is no place
 * for personal data (names masked, 张*). The value itself is not carried: it may be personal data.
 */
public final class VariableValueNotAllowed extends DomainProblem {

    public VariableValueNotAllowed(String templateKey, String variable, String looksLike) {
        super("sms.variable-not-allowed", ProblemKind.UNPROCESSABLE,
                "SMS variable " + variable + " of template " + templateKey + " looks like " + looksLike,
                Map.of("template", templateKey, "variable", variable, "looksLike", looksLike));
    }
}
