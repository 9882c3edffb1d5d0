package io.meridian.training.datasets;
public record IdxSummary(int images, int rows, int cols, java.util.SortedMap<Integer, Long> labelCounts) {}
