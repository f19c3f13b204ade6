package org.openhall.notification.application.service;

import java.time.LocalTime;

import org.openhall.notification.domain.RetryPolicy;

/**
 * How the centre runs its notices (not county law, so not in the pack): the retry policy, and the
 * local time from which deferred notices go out on their day (nobody is texted at midnight).
 */
public record NotificationSettings(RetryPolicy retry, LocalTime dayStartsAt) {
}
