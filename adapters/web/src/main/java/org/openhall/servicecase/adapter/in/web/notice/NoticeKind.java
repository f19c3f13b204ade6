package org.openhall.servicecase.adapter.in.web.notice;

import java.util.Arrays;
import java.util.Optional;

/**
 * The six printed notices (书面凭证) a case can give its applicant, each with the title it is
 * printed under and the path segment staff fetch it by.
 */
public enum NoticeKind {

    /** 受理通知书: the written, dated receipt of acceptance (Administrative Licensing Law Art. 32 para. 2). */
    ACCEPTANCE("acceptance", "受理通知书"),
    /** 一次性告知书: everything missing or defective, at once (Art. 32 para. 1 item 4). */
    ONE_TIME_NOTICE("one-time-notice", "一次性告知书"),
    /** 不予受理决定书: the written, dated refusal to accept, with the remedies (Art. 32). */
    REFUSAL("refusal", "不予受理决定书"),
    /** 特别程序告知书: time for hearings, testing, expert review etc. is not counted (Art. 45). */
    SPECIAL_PROCEDURE("special-procedure", "特别程序告知书"),
    /** 延期告知书: the limit is extended with the head's approval, and the applicant told why (Art. 42). */
    EXTENSION("extension", "延期告知书"),
    /** 办结通知书: the case is completed (办结). */
    COMPLETION("completion", "办结通知书");

    private final String slug;
    private final String title;

    NoticeKind(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    /** The path segment, e.g. {@code one-time-notice}. */
    public String slug() {
        return slug;
    }

    /** The title printed on the notice. */
    public String title() {
        return title;
    }

    public static Optional<NoticeKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
