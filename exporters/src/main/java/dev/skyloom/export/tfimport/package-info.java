/**
 * Import of an estate a client already runs, from Terraform: the JSON of {@code terraform show -json}
 * (plan or state), a raw state file, or a folder of {@code .tf} files, read into {@link
 * dev.skyloom.export.tfimport.TfEstate} and mapped per cloud ({@link dev.skyloom.export.tfimport.CloudImports})
 * to Skyloom components. Nothing is silently dropped: what is not mapped, not resolved or assumed is in
 * the {@link dev.skyloom.export.tfimport.ImportReport}.
 */
package dev.skyloom.export.tfimport;
