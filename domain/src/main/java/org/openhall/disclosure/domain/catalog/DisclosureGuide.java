package org.openhall.disclosure.domain.catalog;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * The disclosure guide (政府信息公开指南), Art. 26 ¶2 with Art. 27: what the agency publishes
 * (its categories), and how to ask for the rest — the office, where and when it receives
 * requests, how to reach it. Data, maintained by the disclosure office and shown publicly.
 *
 * @param applicationNotes how to apply, in the agency's words (申请方式、受理渠道)
 * @param updatedOn the day this version was issued
 */
@ValueObject
public record DisclosureGuide(String agencyName, String office, String address, String officeHours, String phone,
        String fax, String email, String website, List<GuideCategory> categories, String applicationNotes,
        LocalDate updatedOn) {

    public DisclosureGuide {
        if (agencyName == null || agencyName.isBlank()) {
            throw new InvalidValue("agencyName", "must not be blank");
        }
        if (office == null || office.isBlank()) {
            throw new InvalidValue("office", "must name the office that handles requests");
        }
        if (categories == null || categories.isEmpty()) {
            throw new InvalidValue("categories", "the guide lists at least one category");
        }
        Set<String> codes = new HashSet<>();
        for (GuideCategory category : categories) {
            if (!codes.add(category.code())) {
                throw new InvalidValue("categories", "category " + category.code() + " is listed twice");
            }
        }
        if (updatedOn == null) {
            throw new InvalidValue("updatedOn", "must be given");
        }
        categories = List.copyOf(categories);
    }

    public Optional<GuideCategory> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
