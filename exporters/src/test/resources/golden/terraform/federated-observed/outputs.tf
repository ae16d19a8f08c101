output "a3_instance_group" {
  description = "Managed instance group of GPU pool a3."
  value       = google_compute_region_instance_group_manager.a3.instance_group
}

output "bm_instance_pool_id" {
  description = "Instance pool of GPU pool bm."
  value       = oci_core_instance_pool.bm.id
}

output "ckpt_bucket" {
  description = "Object Storage bucket of storage ckpt."
  value       = oci_objectstorage_bucket.ckpt.name
}

output "ckpt_dr_bucket" {
  description = "Object Storage bucket of storage ckpt-dr."
  value       = oci_objectstorage_bucket.ckpt_dr.name
}

output "eu_data_copy_storage_account" {
  description = "Storage account of storage eu-data-copy."
  value       = azurerm_storage_account.eu_data_copy.name
}

output "eu_data_storage_account" {
  description = "Storage account of storage eu-data."
  value       = azurerm_storage_account.eu_data.name
}

output "features_bucket" {
  description = "Cloud Storage bucket of storage features."
  value       = google_storage_bucket.features.name
}

output "idp_azure_client_id" {
  description = "Client ID of the user-assigned identity that tokens of idp are exchanged for."
  value       = azurerm_user_assigned_identity.idp.client_id
}

output "lake_bucket" {
  description = "S3 bucket of storage lake."
  value       = aws_s3_bucket.lake.bucket
}

output "lake_dr_bucket" {
  description = "S3 bucket of storage lake-dr."
  value       = aws_s3_bucket.lake_dr.bucket
}

output "nd_pool_scale_set_id" {
  description = "VM scale set of GPU pool nd-pool."
  value       = azurerm_linux_virtual_machine_scale_set.nd_pool.id
}

output "sink_log_writer_identity" {
  description = "Service account to grant write access on the destination of log sink sink."
  value       = google_logging_project_sink.sink.writer_identity
}

output "t4_instance_group" {
  description = "Managed instance group of GPU pool t4."
  value       = google_compute_region_instance_group_manager.t4.instance_group
}

output "train_autoscaling_group" {
  description = "Auto Scaling group of GPU pool train."
  value       = aws_autoscaling_group.train.name
}
