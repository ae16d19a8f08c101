package dev.skyloom.catalog;

/** Kinds of data transfer the catalog prices. */
public enum TransferType {
    INTERNET_EGRESS,
    INTER_REGION,
    INTER_ZONE,
    INGRESS,
    /** Egress from object storage where the provider bills it apart from VM egress (Nebius). */
    OBJECT_STORAGE_EGRESS
}
