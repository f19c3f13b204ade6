package org.openhall.servicecase.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One line of a one-time notice (一次性告知书): a material that is missing or defective, and what
 * the applicant has to do about it.
 *
 * @param code   the material's code in the item
 * @param name   the material's name as the catalog publishes it
 * @param defect {@code null} when missing altogether, else what is wrong with what was handed in
 */
@ValueObject
public record MissingMaterial(String code, String name, String defect) {

    public boolean isDefective() {
        return defect != null && !defect.isBlank();
    }
}
