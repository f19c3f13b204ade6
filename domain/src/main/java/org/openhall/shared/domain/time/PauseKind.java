package org.openhall.shared.domain.time;

/**
 * Why a case clock stands still (不计入期限的情形).
 *
 * <p>Administrative Licensing Law Art. 45: the time needed for a hearing, tender, auction,
 * inspection, testing, quarantine, appraisal or expert review is not counted in the limits
 * of that section. The Regulations on Open Government Information exclude the time spent
 * consulting a third party (Art. 32, with Art. 33 ¶2). The other kinds exist because
 * special laws and local rules exclude further steps; a pause always names its legal
 * basis, so that such a kind never stands without its rule.
 */
public enum PauseKind {

    /** 听证 (Art. 45; hearings under Art. 46–48). */
    HEARING,

    /** 专家评审 (Art. 45). */
    EXPERT_REVIEW,

    /** 现场核查 / 实地核查, where the special law excludes it from the limit. */
    SITE_INSPECTION,

    /** 检验、检测 (Art. 45). */
    TESTING,

    /** 检疫 (Art. 45). */
    QUARANTINE,

    /** 鉴定 (Art. 45). */
    APPRAISAL,

    /** 招标、拍卖 (Art. 45). */
    TENDER_OR_AUCTION,

    /** 公示 / 公告, where the special law excludes it from the limit. */
    PUBLIC_NOTICE,

    /** 补正: the applicant completing the materials, where the applicable rule stops the clock for it. */
    SUPPLEMENT,

    /** 征求第三方意见 (Regulations on Open Government Information Art. 32, Art. 33 ¶2). */
    THIRD_PARTY_CONSULTATION,

    /** Any other step a law or regulation excludes; the pause's legal basis names it. */
    OTHER
}
