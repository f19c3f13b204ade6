package org.openhall.disclosure.domain.catalog;

import java.time.LocalDate;
import java.util.List;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.identity.PersonName;

/**
 * What a catalog entry says (Art. 26: 索引、名称、内容概述、生成日期): title, summary, full text,
 * the guide category it is filed under, the department that publishes it, the day the
 * information was made, and the names of persons it mentions, which are masked wherever it is
 * shown to the public.
 *
 * @param personalNames names of natural persons in the text, to be masked on publication
 */
@ValueObject
public record EntryContent(String title, String summary, String body, String category, DepartmentCode department,
        LocalDate madeOn, List<String> personalNames) {

    public EntryContent {
        if (title == null || title.isBlank() || title.length() > 300) {
            throw new InvalidValue("title", "must be 1 to 300 characters");
        }
        if (summary == null || summary.isBlank()) {
            throw new InvalidValue("summary", "must not be blank (Art. 26: 内容概述)");
        }
        if (category == null || category.isBlank()) {
            throw new InvalidValue("category", "must name a category of the disclosure guide");
        }
        if (department == null) {
            throw new InvalidValue("department", "must name the publishing department");
        }
        if (madeOn == null) {
            throw new InvalidValue("madeOn", "must be given (Art. 26: 生成日期)");
        }
        personalNames = personalNames == null ? List.of()
                : personalNames.stream().map(name -> new PersonName(name).value()).distinct().toList();
        title = title.strip();
        summary = summary.strip();
        body = body == null || body.isBlank() ? null : body.strip();
        category = category.strip();
    }
}
