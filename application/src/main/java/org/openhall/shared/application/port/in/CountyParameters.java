package org.openhall.shared.application.port.in;

import java.util.Map;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.shared.application.ChangeOutcome;

/**
 * The rule parameters of the county (县域规则参数) that contexts read instead of hard-coding them:
 * supervision thresholds, rating deadlines, hotline ticket classes and their limits, the SMS
 * signature and templates. They come from the county pack; another county changes them there.
 *
 * <p>A key is dotted lower-case kebab words, e.g. {@code supervision.warning.working-days-before},
 * {@code hotline.class.complaint.working-days}, {@code sms.template.case-accepted}. Values are
 * kept as text; the reader parses what it expects (a number of working days, a template).
 */
@PrimaryPort
public interface CountyParameters {

    /** The value of {@code key}, or empty when the county sets none. */
    Optional<String> get(String key);

    /** Every parameter, ordered by key. */
    Map<String, String> all();

    /**
     * Sets {@code key} to {@code value}: {@link ChangeOutcome#ADDED} when it was not set,
     * {@link ChangeOutcome#CHANGED} when it had another value, {@link ChangeOutcome#UNCHANGED}
     * (nothing written) when it already had this one.
     *
     * @throws org.openhall.shared.domain.InvalidValue when the key is not a dotted key or the
     *         value is blank or longer than {@value CountyParameterRules#MAX_VALUE_LENGTH} characters
     */
    ChangeOutcome put(String key, String value);

    /**
     * Removes {@code key}: {@link ChangeOutcome#REMOVED}, or {@link ChangeOutcome#UNCHANGED} when
     * it was not set. A county pack that no longer lists a parameter removes it this way.
     */
    ChangeOutcome remove(String key);
}
