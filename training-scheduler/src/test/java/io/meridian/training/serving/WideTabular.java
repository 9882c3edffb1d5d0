package io.meridian.training.serving;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A tabular dataset of ten inputs, the size the serving targets speak of: eight numbers {@code f0}–{@code f7}
 * (different scales), a boolean {@code member} and a category {@code region} (north, south, east); label
 * {@code low}, {@code mid} or {@code high} by a linear score.
 */
public final class WideTabular {

    private static final String[] REGIONS = {"north", "south", "east"};

    private WideTabular() {
    }

    public static Path write(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(List.of("f0,f1,f2,f3,f4,f5,f6,f7,member,region,label"));
        for (int i = 0; i < rows; i++) {
            Map<String, Object> row = row(random);
            StringBuilder line = new StringBuilder();
            for (int f = 0; f < 8; f++) {
                line.append(String.format(Locale.ROOT, "%.4f,", (double) row.get("f" + f)));
            }
            line.append(row.get("member")).append(',').append(row.get("region")).append(',').append(label(row));
            lines.add(line.toString());
        }
        return Files.write(file, lines);
    }

    /** One row as a JSON request would hold it. */
    public static Map<String, Object> row(Random random) {
        Map<String, Object> row = new HashMap<>();
        for (int f = 0; f < 8; f++) {
            row.put("f" + f, random.nextGaussian() * (f + 1) + f * 10);
        }
        row.put("member", random.nextBoolean());
        row.put("region", REGIONS[random.nextInt(REGIONS.length)]);
        return row;
    }

    static String label(Map<String, Object> row) {
        double score = 0;
        for (int f = 0; f < 8; f++) {
            score += ((double) row.get("f" + f) - f * 10) / (f + 1) * (f % 2 == 0 ? 1 : -1);
        }
        score += (boolean) row.get("member") ? 1 : 0;
        return score < -1.5 ? "low" : score > 1.5 ? "high" : "mid";
    }

    /** {@code rows} generated rows as a column batch. */
    public static ColumnBatch batch(int rows, long seed) {
        Random random = new Random(seed);
        double[][] numbers = new double[9][rows];
        String[] regions = new String[rows];
        for (int r = 0; r < rows; r++) {
            Map<String, Object> row = row(random);
            for (int f = 0; f < 8; f++) {
                numbers[f][r] = (double) row.get("f" + f);
            }
            numbers[8][r] = (boolean) row.get("member") ? 1 : 0;
            regions[r] = (String) row.get("region");
        }
        ColumnBatch.Builder batch = ColumnBatch.builder(rows);
        for (int f = 0; f < 8; f++) {
            batch.numbers("f" + f, numbers[f]);
        }
        return batch.numbers("member", numbers[8]).strings("region", regions).build();
    }
}
