package io.meridian.compliance.pii;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Precision and recall of all recognizers together on the labelled corpus ({@link PiiCorpus}). */
class PiiAccuracyTest {

    /** Counts of one scoring run. */
    record Score(int positives, int negatives, int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            return truePositives / (double) (truePositives + falsePositives);
        }

        double recall() {
            return truePositives / (double) (truePositives + falseNegatives);
        }
    }

    static Score score(PiiScanner scanner, List<PiiCorpus.Sample> corpus, Map<EntityType, int[]> perType) {
        int positives = 0, negatives = 0, tp = 0, fp = 0, fn = 0;
        for (PiiCorpus.Sample sample : corpus) {
            List<PiiMatch> matches = scanner.scan(sample.text());
            if (sample.type() == null) {
                negatives++;
                fp += matches.size();
                matches.forEach(match -> System.out.println("  false positive: " + match.type() + " in " + sample.text()));
                continue;
            }
            positives++;
            boolean found = false;
            for (PiiMatch match : matches) {
                if (!found && match.type() == sample.type() && match.text(sample.text()).equals(sample.value())) {
                    found = true;
                } else {
                    fp++;
                }
            }
            int[] counts = perType.computeIfAbsent(sample.type(), type -> new int[2]);
            counts[0]++;
            if (found) {
                tp++;
                counts[1]++;
            } else {
                fn++;
                System.out.println("  missed: " + sample.type() + " in " + sample.text());
            }
        }
        return new Score(positives, negatives, tp, fp, fn);
    }

    @Test
    void precisionAndRecallAreBothAtLeast95PercentOnTheCorpus() {
        List<PiiCorpus.Sample> corpus = PiiCorpus.build();
        Map<EntityType, int[]> perType = new EnumMap<>(EntityType.class);
        Score score = score(PiiScanner.all(), corpus, perType);
        System.out.printf("PII corpus: %d positives, %d look-alikes; precision %.4f, recall %.4f (TP %d, FP %d, FN %d)%n",
                score.positives(), score.negatives(), score.precision(), score.recall(),
                score.truePositives(), score.falsePositives(), score.falseNegatives());
        perType.forEach((type, counts) -> System.out.printf("  %-15s recall %d/%d%n", type, counts[1], counts[0]));

        assertThat(score.positives()).isGreaterThanOrEqualTo(300);
        assertThat(score.negatives()).isGreaterThanOrEqualTo(300);
        assertThat(perType.keySet()).containsExactlyInAnyOrder(EntityType.values());
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.95);
    }
}
