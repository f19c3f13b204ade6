package org.openhall.participation.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What is published of a draft decision (决策草案及其说明): 《重大行政决策程序暂行条例》 Art. 15 asks
 * for the draft and its explanation.
 *
 * @param title       e.g. 《合山市城区停车收费管理办法（征求意见稿）》
 * @param summary     a few lines for lists and feeds
 * @param fullText    the draft itself (决策草案)
 * @param explanation why and how it was drafted (起草说明)
 */
@ValueObject
public record DraftContent(String title, String summary, String fullText, String explanation) {

    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 2_000;
    static final int TEXT_MAX = 200_000;

    public DraftContent {
        title = Texts.required("title", title, TITLE_MAX);
        summary = Texts.required("summary", summary, SUMMARY_MAX);
        fullText = Texts.required("fullText", fullText, TEXT_MAX);
        explanation = Texts.required("explanation", explanation, TEXT_MAX);
    }
}
