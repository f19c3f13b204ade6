package org.openhall.servicecase.adapter.in.web.notice;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a refusal to accept (不予受理) says beyond the case: the day, the provision it rests on and
 * the reason, e.g. that the matter needs no licence or belongs to another agency (Administrative
 * Licensing Law Art. 32 para. 1 items 1–2).
 *
 * @param legalBasis the provision cited, e.g. 《中华人民共和国行政许可法》第三十二条第一款第（二）项
 * @param reason     why, in words the applicant understands; names the competent agency when known
 */
public record RefusalNoticeContent(LocalDate refusedOn, String legalBasis, String reason) {

    public RefusalNoticeContent {
        Objects.requireNonNull(refusedOn, "refusedOn");
        requireText(legalBasis, "legalBasis");
        // Art. 38 para. 2 and Art. 32: a refusal without reasons is unlawful; supervision flags it too.
        requireText(reason, "reason");
    }

    private static void requireText(String text, String name) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
