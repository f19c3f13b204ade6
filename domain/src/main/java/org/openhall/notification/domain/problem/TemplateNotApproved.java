package org.openhall.notification.domain.problem;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * A template the carrier has not approved (未报备模板) was asked to render: carriers block unapproved
 * wording, and a centre must not send it, so it never becomes a message.
 */
public final class TemplateNotApproved extends DomainProblem {

    public TemplateNotApproved(String templateKey) {
        super("sms.template-not-approved", ProblemKind.UNPROCESSABLE,
                "SMS template " + templateKey + " is not approved", Map.of("template", templateKey));
    }
}
