package org.openhall.complaint.domain.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.InvalidValue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RatingLevelTest {

    @Test
    void fiveLevelsFromVerySatisfiedFiveToVeryDissatisfiedOne() {
        assertThat(RatingLevel.values()).extracting(RatingLevel::score).containsExactly(5, 4, 3, 2, 1);
        assertThat(RatingLevel.values()).extracting(RatingLevel::chineseName)
                .containsExactly("非常满意", "满意", "基本满意", "不满意", "非常不满意");
    }

    @Test
    void onlyDissatisfiedAndVeryDissatisfiedAreBad() {
        assertThat(RatingLevel.values()).filteredOn(RatingLevel::bad)
                .containsExactly(RatingLevel.DISSATISFIED, RatingLevel.VERY_DISSATISFIED);
    }

    @Property
    void everyScoreFromOneToFiveIsItsLevel(@ForAll @IntRange(min = 1, max = 5) int score) {
        assertThat(RatingLevel.ofScore(score).score()).isEqualTo(score);
    }

    @Property
    void noOtherScoreIsALevel(@ForAll int score) {
        if (score < 1 || score > 5) {
            assertThatThrownBy(() -> RatingLevel.ofScore(score)).isInstanceOf(InvalidValue.class);
        }
    }
}
