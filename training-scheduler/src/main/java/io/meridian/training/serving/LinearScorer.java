package io.meridian.training.serving;

import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.common.sgd.AbstractLinearSGDModel;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.util.ExpNormalizer;
import org.tribuo.transform.TransformedModel;
import org.tribuo.transform.Transformer;
import org.tribuo.transform.TransformerMap;

import java.util.List;
import java.util.Optional;

/**
 * A Tribuo linear model (logistic or linear regression, possibly inside the standardizing
 * {@link TransformedModel} of the trainers) scored straight from its weight matrix over dense
 * rows: Tribuo's own path builds an example, a transformed copy and a sparse vector per row,
 * which caps batch scoring far below what the arithmetic costs. The same arithmetic as Tribuo's
 * (the model's transformers, weights, bias, softmax for probabilities), so the same answers up to
 * rounding; {@code LinearScorerTest} holds it to 1e-6.
 */
final class LinearScorer {

    private final int dimensions;
    private final int outputs;
    /** dimension-major: the weights of dimension d for outputs 0..K-1 at d·K. */
    private final double[] weights;
    private final double[] bias;
    private final boolean[] known;
    private final boolean[] zeroIsAbsent;
    private final List<Transformer>[] transformers;
    private final boolean softmax;

    private LinearScorer(int dimensions, int outputs, double[] weights, double[] bias, boolean[] known, boolean[] zeroIsAbsent,
                         List<Transformer>[] transformers, boolean softmax) {
        this.dimensions = dimensions;
        this.outputs = outputs;
        this.weights = weights;
        this.bias = bias;
        this.known = known;
        this.zeroIsAbsent = zeroIsAbsent;
        this.transformers = transformers;
        this.softmax = softmax;
    }

    /**
     * The scorer of {@code model} over {@code input}'s dimensions, its outputs in {@code ranking}'s
     * label order (a classifier) or the one value (a regression, {@code ranking} null); empty when the
     * model is not a linear SGD model whose outputs this knows how to finish.
     */
    @SuppressWarnings("unchecked")
    static Optional<LinearScorer> of(Model<?> model, DenseInput input, LabelRanking ranking) {
        TransformerMap transformerMap = null;
        Model<?> inner = model;
        if (model instanceof TransformedModel<?> transformed) {
            if (transformed.getDensify()) {
                return Optional.empty();
            }
            transformerMap = transformed.getTransformerMap();
            inner = transformed.getInnerModel();
        }
        boolean classifier = inner instanceof org.tribuo.classification.sgd.linear.LinearSGDModel;
        boolean regression = inner instanceof org.tribuo.regression.sgd.linear.LinearSGDModel;
        // a probabilistic linear classifier of Tribuo's is a log-loss one, finished by a softmax (ExpNormalizer)
        if (!(classifier && inner.generatesProbabilities() && ranking != null)
                && !(regression && ranking == null && inner.getOutputIDInfo().size() == 1)) {
            return Optional.empty();
        }
        DenseMatrix matrix = ((AbstractLinearSGDModel<?>) inner).getWeightsCopy();
        ImmutableFeatureMap featureIds = inner.getFeatureIDMap();
        int outputs = matrix.getDimension1Size();
        int[] outputPosition = new int[outputs];
        ImmutableOutputInfo<?> outputInfo = inner.getOutputIDInfo();
        for (int k = 0; k < outputs; k++) {
            outputPosition[k] = classifier ? ranking.index(((Label) outputInfo.getOutput(k)).getLabel()) : 0;
        }
        if (classifier && outputs != ranking.size()) {
            throw new IllegalStateException("the model has " + outputs + " labels, its signature " + ranking.size());
        }
        List<String> names = input.dimensionNames();
        int dimensions = names.size();
        double[] weights = new double[dimensions * outputs];
        boolean[] known = new boolean[dimensions];
        boolean[] zeroIsAbsent = new boolean[dimensions];
        List<Transformer>[] transformers = new List[dimensions];
        for (int d = 0; d < dimensions; d++) {
            int id = featureIds.getID(names.get(d));
            known[d] = id >= 0;
            zeroIsAbsent[d] = input.zeroIsAbsent(d);
            transformers[d] = transformerMap == null ? null : transformerMap.get(names.get(d));
            for (int k = 0; known[d] && k < outputs; k++) {
                weights[d * outputs + outputPosition[k]] = matrix.get(k, id);
            }
        }
        double[] bias = new double[outputs];
        // the bias is the column after the last feature (Tribuo's addBias)
        for (int k = 0; k < outputs; k++) {
            bias[outputPosition[k]] = matrix.get(k, featureIds.size());
        }
        return Optional.of(new LinearScorer(dimensions, outputs, weights, bias, known, zeroIsAbsent, transformers, classifier));
    }

    int outputs() {
        return outputs;
    }

    /**
     * Scores one dense row ({@link DenseInput}: NaN where the example has no feature) into
     * {@code out[offset..offset+outputs)}; false, leaving {@code out} unspecified, when the row has
     * no feature the model knows (Tribuo refuses such an example).
     */
    boolean score(double[] row, double[] out, int offset) {
        System.arraycopy(bias, 0, out, offset, outputs);
        boolean any = false;
        for (int d = 0; d < dimensions; d++) {
            double value = row[d];
            if (Double.isNaN(value) || !known[d] || (value == 0 && zeroIsAbsent[d])) {
                continue;
            }
            any = true;
            if (transformers[d] != null) {
                value = TransformerMap.applyTransformerList(value, transformers[d]);
            }
            int base = d * outputs;
            for (int k = 0; k < outputs; k++) {
                out[offset + k] += weights[base + k] * value;
            }
        }
        if (softmax && any) {
            softmax(out, offset);
        }
        return any;
    }

    /** Tribuo's {@link ExpNormalizer}, on a slice. */
    private void softmax(double[] out, int offset) {
        double max = -Double.MAX_VALUE;
        for (int k = 0; k < outputs; k++) {
            max = Math.max(max, out[offset + k]);
        }
        double sum = 0;
        for (int k = 0; k < outputs; k++) {
            out[offset + k] = Math.exp(out[offset + k] - max);
            sum += out[offset + k];
        }
        for (int k = 0; k < outputs; k++) {
            out[offset + k] /= sum;
        }
    }
}
