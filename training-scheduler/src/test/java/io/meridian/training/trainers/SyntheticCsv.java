package io.meridian.training.trainers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Generated CSV datasets with a known structure, so a test knows what a model should learn. */
public final class SyntheticCsv {

    private SyntheticCsv() {
    }

    /**
     * Two Gaussian blobs, label {@code a} around (-1.5, -1.5) and {@code b} around (1.5, 1.5) (σ = 1),
     * plus a category column {@code color} that says nothing, and a free-text column a tabular model must skip.
     */
    public static Path blobs(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(List.of("x,y,color,note,label"));
        String[] colors = {"red", "green", "blue"};
        for (int i = 0; i < rows; i++) {
            boolean b = i % 2 == 1;
            double center = b ? 1.5 : -1.5;
            lines.add(String.format(Locale.ROOT, "%.4f,%.4f,%s,note number %d,%s", center + random.nextGaussian(),
                    center * 10 + random.nextGaussian() * 10, colors[random.nextInt(3)], i, b ? "b" : "a"));
        }
        return Files.write(file, lines);
    }

    /** Label {@code inside} when the point lies within radius 1 of the origin, else {@code outside}: no line separates them. */
    public static Path rings(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(List.of("x,y,label"));
        for (int i = 0; i < rows; i++) {
            boolean inside = i % 2 == 0;
            double radius = inside ? random.nextDouble() * 0.8 : 1.2 + random.nextDouble() * 0.8;
            double angle = random.nextDouble() * 2 * Math.PI;
            lines.add(String.format(Locale.ROOT, "%.4f,%.4f,%s", radius * Math.cos(angle), radius * Math.sin(angle),
                    inside ? "inside" : "outside"));
        }
        return Files.write(file, lines);
    }

    /** The label is {@code yes} when exactly one of x, y is positive (XOR), with a category column {@code shop}. */
    public static Path xor(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(List.of("x,y,shop,label"));
        for (int i = 0; i < rows; i++) {
            double x = random.nextDouble() * 2 - 1;
            double y = random.nextDouble() * 2 - 1;
            lines.add(String.format(Locale.ROOT, "%.4f,%.4f,%s,%s", x, y, random.nextBoolean() ? "north" : "south",
                    (x > 0) != (y > 0) ? "yes" : "no"));
        }
        return Files.write(file, lines);
    }

    /** price = 50 + 3·area − 2·age + 10 if premium, noise σ = 1. */
    public static Path prices(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(List.of("area,age,premium,segment,price"));
        for (int i = 0; i < rows; i++) {
            double area = 20 + random.nextDouble() * 80;
            int age = random.nextInt(40);
            boolean premium = random.nextBoolean();
            String segment = random.nextBoolean() ? "city" : "rural";
            double price = 50 + 3 * area - 2 * age + (premium ? 10 : 0) + random.nextGaussian();
            lines.add(String.format(Locale.ROOT, "%.2f,%d,%s,%s,%.3f", area, age, premium, segment, price));
        }
        return Files.write(file, lines);
    }
}
