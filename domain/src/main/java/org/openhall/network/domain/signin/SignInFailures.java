package org.openhall.network.domain.signin;

import java.time.Instant;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The failed sign-ins counted against one account, or against one (account, source address)
 * pair (登录失败次数): how many, and when the last one was.
 *
 * @param count failures since the count was last cleared
 * @param lastFailureAt when the last failure was; {@code null} when there was none
 */
@ValueObject
public record SignInFailures(int count, Instant lastFailureAt) {

    public static final SignInFailures NONE = new SignInFailures(0, null);

    public SignInFailures {
        if (count < 0 || (count > 0 && lastFailureAt == null)) {
            throw new IllegalArgumentException("a count of at least 0, with the time of the last failure");
        }
    }
}
