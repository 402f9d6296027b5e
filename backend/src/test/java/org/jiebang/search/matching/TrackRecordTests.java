package org.jiebang.search.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrackRecordTests {

    @Test
    void noHistoryScoresZero() {
        assertThat(TrackRecord.none().score()).isZero();
        assertThat(new TrackRecord(2, 0, 0, 1.0).score()).isZero();
    }

    @Test
    void moreDeliveriesWithTheSameRateScoreHigher() {
        assertThat(new TrackRecord(10, 10, 0, 1.0).score()).isGreaterThan(new TrackRecord(1, 1, 0, 1.0).score());
    }

    @Test
    void failuresAndLatenessLowerTheScore() {
        TrackRecord good = new TrackRecord(5, 5, 0, 1.0);
        assertThat(new TrackRecord(5, 3, 2, 1.0).score()).isLessThan(good.score());
        assertThat(new TrackRecord(5, 5, 0, 0.2).score()).isLessThan(good.score());
        assertThat(good.score()).isLessThan(1.0);
    }

    @Test
    void onTimeRatioIsClampedAndCountsMustNotBeNegative() {
        assertThat(new TrackRecord(1, 1, 0, 7.0).onTimeRatio()).isEqualTo(1.0);
        assertThat(new TrackRecord(1, 1, 0, Double.NaN).onTimeRatio()).isZero();
        assertThatThrownBy(() -> new TrackRecord(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
