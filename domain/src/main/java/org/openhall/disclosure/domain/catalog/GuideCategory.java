package org.openhall.disclosure.domain.catalog;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * A category of proactively disclosed information in the disclosure guide (公开指南 — 主动公开
 * 的内容分类), e.g. {@code ZCWJ} 政策文件; catalog entries are filed under one.
 */
@ValueObject
public record GuideCategory(String code, String name, String description) {

    public GuideCategory {
        if (code == null || !code.matches("[A-Za-z0-9_]{1,16}")) {
            throw new InvalidValue("category.code", "must be 1 to 16 letters, digits or underscores");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidValue("category.name", "must not be blank");
        }
        name = name.strip();
        description = description == null || description.isBlank() ? null : description.strip();
    }
}
