package org.openhall.servicecase.domain;

import java.time.LocalDate;
import java.util.List;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * 容缺受理: secondary materials the case was accepted without, against the applicant's signed
 * commitment (承诺书) to supply them by {@code supplyBy}, which is never later than the promised
 * due date [local rule of the county's 容缺受理 scheme].
 *
 * @param materials  the codes of the materials still owed; only those the item marks
 *                   {@code supplyLaterAllowed}
 * @param commitment the commitment's text or the reference of the signed form
 * @param suppliedOn when the last of them was handed in; {@code null} while any is owed
 */
@ValueObject
public record DeferredSupply(List<String> materials, String commitment, LocalDate supplyBy, LocalDate suppliedOn) {

    public DeferredSupply {
        if (materials == null || materials.isEmpty()) {
            throw new InvalidValue("deferredMaterials", "must name at least one material");
        }
        materials = List.copyOf(materials);
        commitment = Texts.required("commitment", commitment);
        Texts.given("supplyBy", supplyBy);
    }

    public boolean outstanding() {
        return suppliedOn == null;
    }

    DeferredSupply suppliedOn(LocalDate day) {
        return new DeferredSupply(materials, commitment, supplyBy, day);
    }
}
