package io.meridian.training.trainers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IcuWordFeaturesTest {

    @Test
    void segmentsChineseAndJapaneseIntoWords() {
        assertThat(IcuWordFeatures.words("我喜欢吃苹果。")).contains("苹果").doesNotContain("。");
        assertThat(IcuWordFeatures.words("東京の天気は晴れです")).contains("東京", "天気");
    }

    @Test
    void foldsCaseAndWidthAndDropsPunctuation() {
        assertThat(IcuWordFeatures.words("Die STRASSE, bitte!")).containsExactly("die", "strasse", "bitte");
        assertThat(IcuWordFeatures.words("ＡＢＣ straße")).containsExactly("abc", "strasse");
    }

    @Test
    void countsWordsAndBigrams() {
        assertThat(IcuWordFeatures.of("the cat and the hat", true))
                .containsEntry("w=the", 2.0).containsEntry("w=cat", 1.0).containsEntry("b=the cat", 1.0)
                .doesNotContainKey("b=hat the");
        assertThat(IcuWordFeatures.of("the cat", false)).doesNotContainKey("b=the cat");
    }
}
