package org.openhall.catalog.domain;

import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * One material an applicant must or may submit for an item (申请材料). The whole list, with sample
 * forms, is what the Administrative Licensing Law (Art. 30) requires a centre to publish.
 *
 * @param code               stable key of the material within the item, used by clerks to tick it off
 * @param name               the name shown in the service guide and in notices
 * @param original           whether the original (原件) must be shown, rather than a copy (复印件)
 * @param copies             how many copies are required (份数), at least 1
 * @param requirement        whether it is always needed, optional, or needed in a named situation
 * @param condition          the situation in which a {@link MaterialRequirement#CONDITIONAL} material is
 *                           needed (e.g. 委托办理时); present exactly for conditional materials
 * @param form               paper, electronic or either
 * @param supplyLaterAllowed whether the case may be accepted without it and the material handed in
 *                           afterwards (容缺受理); only for materials that are needed at all
 * @param sampleFormRef      where the blank form or a filled-in sample (示范文本) can be found, or {@code null}
 */
@ValueObject
public record RequiredMaterial(String code, String name, boolean original, int copies,
        MaterialRequirement requirement, String condition, MaterialForm form, boolean supplyLaterAllowed,
        String sampleFormRef) {

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
        if (requirement == null) {
            throw new InvalidValue("material.requirement", "must say whether the material is required");
        }
        if (form == null) {
            throw new InvalidValue("material.form", "must say in which form the material is accepted");
        }
        condition = blankToNull(condition);
        if ((requirement == MaterialRequirement.CONDITIONAL) != (condition != null)) {
            throw new InvalidValue("material.condition", "names the situation of a conditional material, and only"
                    + " of a conditional one");
        }
        if (supplyLaterAllowed && requirement == MaterialRequirement.OPTIONAL) {
            throw new InvalidValue("material.supplyLaterAllowed", "an optional material is never missing, so it"
                    + " cannot be supplied later");
        }
        name = name.strip();
        sampleFormRef = blankToNull(sampleFormRef);
    }

    /**
     * A paper material that is either required or optional, never supplied later: the common case
     * of a short catalog entry.
     */
    public RequiredMaterial(String code, String name, boolean original, int copies, boolean mandatory) {
        this(code, name, original, copies, mandatory ? MaterialRequirement.REQUIRED : MaterialRequirement.OPTIONAL,
                null, MaterialForm.PAPER, false, null);
    }

    /**
     * Whether every application is incomplete without it. Conditional materials are not: whether
     * their situation applies is for the clerk to judge, so they never count as missing by themselves.
     */
    public boolean mandatory() {
        return requirement == MaterialRequirement.REQUIRED;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
