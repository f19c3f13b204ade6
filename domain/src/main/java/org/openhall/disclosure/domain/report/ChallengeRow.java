package org.openhall.disclosure.domain.report;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One block of the annual report's table of reconsiderations and lawsuits (行政复议、行政诉讼情况):
 * 结果维持, 结果纠正, 其他结果, 尚未审结, 总计.
 *
 * @param label e.g. 行政复议, 未经复议直接起诉, 复议后起诉
 */
@ValueObject
public record ChallengeRow(String key, String label, long upheld, long corrected, long other, long pending) {

    public long total() {
        return upheld + corrected + other + pending;
    }
}
