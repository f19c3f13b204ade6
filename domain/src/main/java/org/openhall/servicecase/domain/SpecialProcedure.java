package org.openhall.servicecase.domain;

import org.openhall.shared.domain.time.PauseKind;

/**
 * The special procedures (特别程序) whose time is not counted in the licensing limits:
 * Administrative Licensing Law Art. 45 names hearings, tenders, auctions, inspection, testing,
 * quarantine, appraisal and expert review; public notice (公示) where the special law excludes it.
 * The applicant must be told in writing, so a pause always records that notice.
 */
public enum SpecialProcedure {
    /** 听证. */
    HEARING(PauseKind.HEARING),
    /** 专家评审. */
    EXPERT_REVIEW(PauseKind.EXPERT_REVIEW),
    /** 现场核查 / 检查. */
    INSPECTION(PauseKind.SITE_INSPECTION),
    /** 检验、检测. */
    TESTING(PauseKind.TESTING),
    /** 检疫. */
    QUARANTINE(PauseKind.QUARANTINE),
    /** 鉴定. */
    APPRAISAL(PauseKind.APPRAISAL),
    /** 招标. */
    TENDER(PauseKind.TENDER_OR_AUCTION),
    /** 拍卖. */
    AUCTION(PauseKind.TENDER_OR_AUCTION),
    /** 公示. */
    PUBLIC_NOTICE(PauseKind.PUBLIC_NOTICE);

    /** The rule every pause of a licensing case names. */
    public static final String LEGAL_BASIS = "《中华人民共和国行政许可法》第四十五条";

    private final PauseKind pauseKind;

    SpecialProcedure(PauseKind pauseKind) {
        this.pauseKind = pauseKind;
    }

    /** The kind of pause the case clocks record for it. */
    public PauseKind pauseKind() {
        return pauseKind;
    }
}
