package dev.skyloom.catalog;

/** What a GPU price covers: the whole VM, a sum computed from VM and accelerator rows, or the accelerator alone. */
public enum PriceBasis {
    INSTANCE,
    INSTANCE_COMPUTED,
    ACCELERATOR_ONLY
}
