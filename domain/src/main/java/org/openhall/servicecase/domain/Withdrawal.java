package org.openhall.servicecase.domain;

import java.time.LocalDate;

import org.jmolecules.ddd.annotation.ValueObject;

/** 撤回申请: the applicant withdrew the application before the decision, for the reason recorded. */
@ValueObject
public record Withdrawal(LocalDate withdrawnOn, String reason, String recordedBy) {

    public Withdrawal {
        Texts.given("withdrawnOn", withdrawnOn);
        reason = Texts.required("reason", reason);
    }
}
