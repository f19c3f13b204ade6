package org.openhall.servicecase.domain;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.network.domain.WindowCode;
import org.openhall.shared.domain.InvalidValue;

/**
 * How a case came in: its channel, the window, the village agent (channel AGENT only) and the
 * online pre-application (channel ONLINE only).
 */
@ValueObject
public record Submission(SubmissionChannel channel, WindowCode window, Agent agent, String preApplicationReference) {

    public Submission {
        channel = channel == null ? SubmissionChannel.WINDOW : channel;
        if ((channel == SubmissionChannel.AGENT) != (agent != null)) {
            throw new InvalidValue("agent", "is recorded exactly for an application handed in by an agent");
        }
        preApplicationReference = Texts.optional("preApplicationReference", preApplicationReference);
        if (preApplicationReference != null && channel != SubmissionChannel.ONLINE) {
            throw new InvalidValue("preApplicationReference", "belongs to an online application only");
        }
    }
}
