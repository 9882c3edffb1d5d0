package io.meridian.training.trainers;

import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.transform.Transformation;
import org.tribuo.transform.TransformationMap;
import org.tribuo.transform.transformations.MeanStdDevTransformation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Wraps examples into a Tribuo dataset whose provenance names the stored dataset (for lineage). */
final class TribuoDatasets {

    private TribuoDatasets() {
    }

    static <T extends Output<T>> MutableDataset<T> of(String description, OutputFactory<T> factory, List<Example<T>> examples) {
        MutableDataset<T> dataset = new MutableDataset<>(
                new SimpleDataSourceProvenance(description, OffsetDateTime.now(), factory), factory);
        dataset.addAll(examples);
        return dataset;
    }

    /** Standardizes the numeric columns inside the model; null when there are none. */
    static TransformationMap standardizing(TabularEncoder encoder) {
        Map<String, List<Transformation>> standardized = new TreeMap<>();
        encoder.columns().stream().filter(TabularEncoder.EncodedColumn::numeric)
                .forEach(column -> standardized.put(column.name(), List.of(new MeanStdDevTransformation())));
        return standardized.isEmpty() ? null : new TransformationMap(standardized);
    }

    static String describe(TrainingData data, String part) {
        return part + " of " + data.format() + " dataset sha256:" + data.sha256();
    }
}
