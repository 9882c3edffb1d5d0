package io.meridian.registry;

/** How a version's artifact is serialized, so that serving knows which runtime loads it. */
public enum ArtifactFormat {
    /** A Tribuo model in its protobuf serialization. */
    TRIBUO,
    /** A DJL model directory (zipped) for the PyTorch engine. */
    DJL_PYTORCH,
    ONNX
}
