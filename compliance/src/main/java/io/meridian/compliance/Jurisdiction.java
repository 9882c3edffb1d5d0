package io.meridian.compliance;

/** The body of data-protection law a region's data falls under. */
public enum Jurisdiction {
    EU_GDPR,
    US,
    SG_PDPA,
    CN_PIPL
}
