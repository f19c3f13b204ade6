package org.openhall.catalog.domain;

import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * One material an applicant must or may submit for an item (申报材料).
 *
 * @param code      stable key of the material within the item, used by clerks to tick it off
 * @param name      the name shown in the service guide and in notices
 * @param original  whether the original (原件) must be shown, rather than a copy (复印件)
 * @param copies    how many copies are required (份数), at least 1
 * @param mandatory whether the application is incomplete without it; optional materials never
 *                  block acceptance
 */
@ValueObject
public record RequiredMaterial(String code, String name, boolean original, int copies, boolean mandatory) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    public RequiredMaterial {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidValue("material.code", "must be 1–32 letters, digits, '_' or '-'");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidValue("material.name", "must not be blank");
        }
        if (copies < 1) {
            throw new InvalidValue("material.copies", "must be at least 1");
        }
    }
}
