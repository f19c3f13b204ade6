package org.openhall.shared.domain.identity;

import java.util.Set;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * A natural person's name as on the identity document (姓名), e.g. 张三, 欧阳娜娜 or a name in
 * a minority script's transliteration with a middle dot, 阿依古丽·买买提.
 *
 * <p>Invariants: not blank, surrounding space removed, no control characters, and at most
 * 64 characters: room for the longest transliterated names, while a pasted paragraph is
 * refused.
 *
 * <p>Masking keeps the surname and stars every other character: 张三 → 张*, 欧阳娜娜 → 欧阳**.
 * The surname is the first character, or the first two when they form one of the common
 * two-character surnames (复姓) and something is left to star.
 */
@ValueObject
public record PersonName(String value) {

    private static final int MAX_LENGTH = 64;
    private static final String FIELD = "personName";

    /** The two-character surnames (复姓) of the Hundred Family Surnames that are still common. */
    private static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
            "宇文", "司徒", "夏侯", "令狐", "端木", "轩辕", "独孤", "南宫", "西门", "呼延",
            "司空", "钟离", "宗政", "澹台", "公冶", "申屠", "万俟", "闻人", "赫连", "拓跋");

    public PersonName {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(FIELD, "must not be blank");
        }
        value = value.strip();
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidValue(FIELD, "must not be longer than " + MAX_LENGTH + " characters");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidValue(FIELD, "must not contain control characters");
        }
    }

    /** The surname kept, every other character starred: 张*, 欧阳**; a one-character name is fully starred. */
    public String masked() {
        int[] characters = value.codePoints().toArray();
        if (characters.length == 1) {
            return "*";
        }
        int kept = characters.length > 2 && COMPOUND_SURNAMES.contains(new String(characters, 0, 2)) ? 2 : 1;
        return new String(characters, 0, kept) + "*".repeat(characters.length - kept);
    }

    /** Masked, so that the name never lands in a log by accident. */
    @Override
    public String toString() {
        return masked();
    }
}
