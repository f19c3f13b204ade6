package org.openhall.disclosure.domain.request;

import java.time.LocalDate;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.disclosure.domain.problem.IncompleteRecord;

/**
 * What a reply to a request says (答复内容): its type from the closed set of Arts. 35–37 and the
 * fields that type requires. A field another type does not use stays {@code null}.
 *
 * <p>Required per type (a missing one is refused with {@code disclosure.reply-incomplete},
 * naming it):
 * <ul>
 * <li>{@code ALREADY_PUBLIC}: {@code whereToFind} (Art. 36(1): 告知获取的方式和途径).</li>
 * <li>{@code DISCLOSED}: {@code delivery}; {@code arrangement} when by arrangement (Art. 36(2)).</li>
 * <li>{@code PARTIALLY_DISCLOSED}: {@code delivery} (and {@code arrangement}), {@code withholdingGround}
 *     and {@code reasons} for the part withheld (Art. 37: 对不予公开的内容说明理由).</li>
 * <li>{@code NOT_DISCLOSED}: {@code withholdingGround} and {@code reasons} (Art. 36(3): 说明理由).</li>
 * <li>{@code DOES_NOT_EXIST}: nothing more; {@code reasons} may describe the search.</li>
 * <li>{@code NOT_THIS_AGENCY}: nothing when the competent agency is not known; its
 *     {@code competentAgency} whenever a {@code competentAgencyContact} is given (Art. 36(5)).</li>
 * <li>{@code REPEAT_REQUEST}: {@code earlierReply}, the number of the request already answered (Art. 36(6)).</li>
 * <li>{@code SPECIAL_PROCEDURE}: {@code specialProcedure}, the law and the way it sets (Art. 36(7)).</li>
 * <li>{@code EXCESSIVE}: {@code excessiveHandling} and {@code reasons}; {@code deferredUntil} when
 *     deferred (Art. 35).</li>
 * </ul>
 *
 * @param legalBasis the articles the reply rests on, e.g. 《政府信息公开条例》第十四条; optional
 */
@ValueObject
public record ReplyContent(ReplyType type, String whereToFind, DeliveryMode delivery, String arrangement,
        WithholdingGround withholdingGround, String reasons, String legalBasis, String competentAgency,
        String competentAgencyContact, String earlierReply, String specialProcedure,
        ExcessiveHandling excessiveHandling, LocalDate deferredUntil) {

    public ReplyContent {
        if (type == null) {
            throw IncompleteRecord.reply("?", "type");
        }
        whereToFind = trimmed(whereToFind);
        arrangement = trimmed(arrangement);
        reasons = trimmed(reasons);
        legalBasis = trimmed(legalBasis);
        competentAgency = trimmed(competentAgency);
        competentAgencyContact = trimmed(competentAgencyContact);
        earlierReply = trimmed(earlierReply);
        specialProcedure = trimmed(specialProcedure);
        switch (type) {
            case ALREADY_PUBLIC -> require(type, "whereToFind", whereToFind);
            case DISCLOSED -> requireDelivery(type, delivery, arrangement);
            case PARTIALLY_DISCLOSED -> {
                requireDelivery(type, delivery, arrangement);
                require(type, "withholdingGround", withholdingGround);
                require(type, "reasons", reasons);
            }
            case NOT_DISCLOSED -> {
                require(type, "withholdingGround", withholdingGround);
                require(type, "reasons", reasons);
            }
            case DOES_NOT_EXIST -> {
                // The search may be described in the reasons; nothing else is required.
            }
            case NOT_THIS_AGENCY -> {
                if (competentAgencyContact != null) {
                    require(type, "competentAgency", competentAgency);
                }
            }
            case REPEAT_REQUEST -> require(type, "earlierReply", earlierReply);
            case SPECIAL_PROCEDURE -> require(type, "specialProcedure", specialProcedure);
            case EXCESSIVE -> {
                require(type, "excessiveHandling", excessiveHandling);
                require(type, "reasons", reasons);
                if (excessiveHandling == ExcessiveHandling.DEFERRED) {
                    require(type, "deferredUntil", deferredUntil);
                }
            }
        }
    }

    /** Whether this reply defers the answer instead of closing the request (Art. 35). */
    public boolean isDeferral() {
        return type == ReplyType.EXCESSIVE && excessiveHandling == ExcessiveHandling.DEFERRED;
    }

    private static void requireDelivery(ReplyType type, DeliveryMode delivery, String arrangement) {
        require(type, "delivery", delivery);
        if (delivery == DeliveryMode.BY_ARRANGEMENT) {
            require(type, "arrangement", arrangement);
        }
    }

    private static void require(ReplyType type, String field, Object value) {
        if (value == null) {
            throw IncompleteRecord.reply(type.name(), field);
        }
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
