package org.openhall.notification.domain.problem;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** The template names a variable that was not supplied: a half-filled message is never sent. */
public final class TemplateVariableMissing extends DomainProblem {

    public TemplateVariableMissing(String templateKey, String variable) {
        super("sms.template-variable-missing", ProblemKind.UNPROCESSABLE,
                "SMS template " + templateKey + " needs variable " + variable,
                Map.of("template", templateKey, "variable", variable));
    }
}
