package io.meridian.training.datasets;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What an IDX image dataset holds, as the platform shows it on import.
 *
 * @param images      number of images (and labels)
 * @param rows        height of each image in pixels
 * @param cols        width of each image in pixels
 * @param labelCounts each distinct label value (0–255) with how many images carry it
 */
public record IdxSummary(int images, int rows, int cols, SortedMap<Integer, Long> labelCounts) {

    public IdxSummary {
        labelCounts = Collections.unmodifiableSortedMap(new TreeMap<>(labelCounts));
    }
}
