package dev.skyloom.catalog;

/** Kinds of data transfer the catalog prices. */
public enum TransferType {
    INTERNET_EGRESS,
    INTER_REGION,
    INTER_ZONE,
    INGRESS
}
