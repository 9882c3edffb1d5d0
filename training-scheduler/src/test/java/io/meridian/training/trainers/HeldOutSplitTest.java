package io.meridian.training.trainers;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class HeldOutSplitTest {

    @Test
    void holdsOutTheFractionTheSameWayForTheSameSeed() {
        HeldOutSplit split = HeldOutSplit.of(100, 0.2, 7);

        assertThat(split.test()).hasSize(20).isSorted();
        assertThat(split.train()).hasSize(80);
        assertThat(IntStream.concat(Arrays.stream(split.train()), Arrays.stream(split.test())).sorted().toArray())
                .isEqualTo(IntStream.range(0, 100).toArray());
        assertThat(HeldOutSplit.of(100, 0.2, 7).test()).isEqualTo(split.test());
        assertThat(HeldOutSplit.of(100, 0.2, 8).test()).isNotEqualTo(split.test());
    }

    @Test
    void keepsAtLeastOneRowOnEachSide() {
        assertThat(HeldOutSplit.of(2, 0.01, 1).test()).hasSize(1);
        assertThat(HeldOutSplit.of(3, 0.5, 1).train()).hasSize(1);
    }
}
