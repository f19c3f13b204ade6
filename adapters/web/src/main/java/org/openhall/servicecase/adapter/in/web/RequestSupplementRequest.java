package org.openhall.servicecase.adapter.in.web;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * 一次告知: the materials handed in that are defective, each with what is wrong with it. What is
 * missing altogether is worked out from the item, so {@code defects} may be empty.
 *
 * @param defects material code → what is wrong, e.g. {@code "ID_CARD": "复印件不清晰"}
 */
public record RequestSupplementRequest(@Size(max = 100) Map<@NotBlank String, @NotBlank @Size(max = 500) String> defects) {

    public RequestSupplementRequest {
        defects = defects == null ? Map.of() : defects;
    }
}
