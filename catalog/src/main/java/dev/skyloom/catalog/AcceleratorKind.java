package dev.skyloom.catalog;

/** A general-purpose GPU, or a provider's own accelerator (Trainium, Inferentia, TPU, ...). */
public enum AcceleratorKind {
    GPU,
    PROPRIETARY
}
