package org.openhall.servicecase.domain.preapplication;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * One point of a pre-review's request for corrections (预审补正意见): which material and what to
 * correct in it.
 */
@ValueObject
public record Correction(String materialCode, String what) {

    /** Long enough for a clear instruction, short enough to be read on a phone. */
    public static final int MAX_WHAT = 500;

    public Correction {
        if (materialCode == null || materialCode.isBlank()) {
            throw new InvalidValue("corrections.materialCode", "must not be blank");
        }
        if (what == null || what.isBlank()) {
            throw new InvalidValue("corrections.what", "must say what to correct");
        }
        materialCode = materialCode.strip();
        what = what.strip();
        if (what.length() > MAX_WHAT) {
            throw new InvalidValue("corrections.what", "must be at most " + MAX_WHAT + " characters");
        }
    }
}
