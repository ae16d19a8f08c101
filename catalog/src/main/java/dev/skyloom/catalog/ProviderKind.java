package dev.skyloom.catalog;

/** What sort of provider a catalog entry is; drives defaults such as "no Terraform provider". */
public enum ProviderKind {
    HYPERSCALER,
    GPU_CLOUD,
    REGIONAL,
    ON_PREM
}
