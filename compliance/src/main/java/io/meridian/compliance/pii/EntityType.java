package io.meridian.compliance.pii;

/** The kinds of personal data the recognizers find. */
public enum EntityType {
    EMAIL,
    PHONE,
    CREDIT_CARD,
    IBAN,
    IP_ADDRESS,
    US_SSN,
    UK_NINO,
    CN_RESIDENT_ID,
    SG_NRIC,
    DE_TAX_ID
}
