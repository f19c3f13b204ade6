package org.openhall.disclosure.domain.request;

import java.time.LocalDate;
import java.util.Optional;

import org.openhall.shared.domain.InvalidValue;

/**
 * How a request for information reached the agency; it decides the day of receipt (收到申请之日),
 * Art. 31 of the Regulations on Open Government Information.
 */
public enum IntakeChannel {

    /** 当面提交: received on the day it is handed in. */
    IN_PERSON,

    /** 邮寄 (挂号、快递等需签收的邮件): received on the day the agency signs for it. */
    REGISTERED_POST,

    /**
     * 平常信函 (no signature on delivery): received on the day the agency confirms receipt with the
     * applicant; until then no reply period runs.
     */
    ORDINARY_LETTER,

    /** 互联网渠道: received on the day both sides confirm it. */
    ONLINE,

    /** 传真: received on the day both sides confirm it. */
    FAX;

    /**
     * The day of receipt as far as the channel alone decides it: today in person, the day signed for
     * by registered post; empty for the channels whose day is confirmed later.
     *
     * @param signedForOn the day the agency signed for a registered letter; required for that channel
     */
    public Optional<LocalDate> receivedOn(LocalDate signedForOn, LocalDate today) {
        return switch (this) {
            case IN_PERSON -> Optional.of(today);
            case REGISTERED_POST -> {
                if (signedForOn == null) {
                    throw new InvalidValue("signedForOn", "a request by post is received on the day it was signed for");
                }
                if (signedForOn.isAfter(today)) {
                    throw new InvalidValue("signedForOn", "must not lie in the future");
                }
                yield Optional.of(signedForOn);
            }
            case ORDINARY_LETTER, ONLINE, FAX -> Optional.empty();
        };
    }

    /** Whether the day of receipt is only known once the agency and the applicant have confirmed it. */
    public boolean needsConfirmation() {
        return this == ORDINARY_LETTER || this == ONLINE || this == FAX;
    }
}
