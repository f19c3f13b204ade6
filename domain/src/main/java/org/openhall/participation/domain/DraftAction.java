package org.openhall.participation.domain;

/** What the drafting department (决策承办单位) or the public does to a draft; refusals name it. */
public enum DraftAction {
    /** 提出意见: a member of the public comments. */
    SUBMIT_COMMENT,
    /** 审核意见: a comment is published or rejected. */
    MODERATE_COMMENT,
    /** 答复意见: a comment is answered adopted, partly adopted or not adopted. */
    ANSWER_COMMENT,
    /** 公布意见采纳情况: the adoption report is published. */
    PUBLISH_ADOPTION_REPORT,
    /** 公布决策: the decision is published. */
    PUBLISH_DECISION,
    /** 举行听证: a hearing on the draft is announced. */
    ANNOUNCE_HEARING
}
