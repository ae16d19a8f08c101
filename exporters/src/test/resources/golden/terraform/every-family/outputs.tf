output "aws_archive_bucket" {
  description = "S3 bucket of storage aws-archive."
  value       = aws_s3_bucket.aws_archive.bucket
}

output "aws_object_bucket" {
  description = "S3 bucket of storage aws-object."
  value       = aws_s3_bucket.aws_object.bucket
}

output "aws_object_copy_bucket" {
  description = "S3 bucket of storage aws-object-copy."
  value       = aws_s3_bucket.aws_object_copy.bucket
}

output "aws_pool_autoscaling_group" {
  description = "Auto Scaling group of GPU pool aws-pool."
  value       = aws_autoscaling_group.aws_pool.name
}

output "azure_archive_storage_account" {
  description = "Storage account of storage azure-archive."
  value       = azurerm_storage_account.azure_archive.name
}

output "azure_file_storage_account" {
  description = "Storage account of storage azure-file."
  value       = azurerm_storage_account.azure_file.name
}

output "azure_object_copy_storage_account" {
  description = "Storage account of storage azure-object-copy."
  value       = azurerm_storage_account.azure_object_copy.name
}

output "azure_object_storage_account" {
  description = "Storage account of storage azure-object."
  value       = azurerm_storage_account.azure_object.name
}

output "azure_pool_scale_set_id" {
  description = "VM scale set of GPU pool azure-pool."
  value       = azurerm_linux_virtual_machine_scale_set.azure_pool.id
}

output "gcp_archive_bucket" {
  description = "Cloud Storage bucket of storage gcp-archive."
  value       = google_storage_bucket.gcp_archive.name
}

output "gcp_object_bucket" {
  description = "Cloud Storage bucket of storage gcp-object."
  value       = google_storage_bucket.gcp_object.name
}

output "gcp_object_copy_bucket" {
  description = "Cloud Storage bucket of storage gcp-object-copy."
  value       = google_storage_bucket.gcp_object_copy.name
}

output "gcp_pool_instance_group" {
  description = "Managed instance group of GPU pool gcp-pool."
  value       = google_compute_region_instance_group_manager.gcp_pool.instance_group
}

output "gcp_t4_instance_group" {
  description = "Managed instance group of GPU pool gcp-t4."
  value       = google_compute_region_instance_group_manager.gcp_t4.instance_group
}

output "oci_archive_bucket" {
  description = "Object Storage bucket of storage oci-archive."
  value       = oci_objectstorage_bucket.oci_archive.name
}

output "oci_object_bucket" {
  description = "Object Storage bucket of storage oci-object."
  value       = oci_objectstorage_bucket.oci_object.name
}

output "oci_object_copy_bucket" {
  description = "Object Storage bucket of storage oci-object-copy."
  value       = oci_objectstorage_bucket.oci_object_copy.name
}

output "oci_pool_instance_pool_id" {
  description = "Instance pool of GPU pool oci-pool."
  value       = oci_core_instance_pool.oci_pool.id
}
