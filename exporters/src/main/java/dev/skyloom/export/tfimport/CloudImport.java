package dev.skyloom.export.tfimport;

/**
 * The resources of one cloud that Skyloom understands. {@link #map} looks at one resource and either records
 * what it is ({@link ImportContext#add}), marks it as part of another one ({@link ImportContext#partOf}), or
 * returns false: the resource is then reported as seen and not mapped.
 */
interface CloudImport {
    /** The Terraform provider name: {@code aws}, {@code azurerm}, {@code google}, {@code oci}. */
    String terraformProvider();

    /** The catalog provider id: {@code aws}, {@code azure}, {@code gcp}, {@code oci}. */
    String provider();

    boolean map(TfResource resource, ImportContext context);
}
