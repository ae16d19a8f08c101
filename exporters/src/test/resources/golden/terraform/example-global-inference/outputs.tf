output "apac_pool_instance_group" {
  description = "Managed instance group of GPU pool apac-pool."
  value       = google_compute_region_instance_group_manager.apac_pool.instance_group
}

output "azure_monitor_log_writer_identity" {
  description = "Service account to grant write access on the destination of log sink azure-monitor."
  value       = google_logging_project_sink.azure_monitor.writer_identity
}

output "entra_azure_client_id" {
  description = "Client ID of the user-assigned identity that tokens of entra are exchanged for."
  value       = azurerm_user_assigned_identity.entra.client_id
}

output "eu_serve_pool_scale_set_id" {
  description = "VM scale set of GPU pool eu-serve-pool."
  value       = azurerm_linux_virtual_machine_scale_set.eu_serve_pool.id
}

output "eu_sessions_se_storage_account" {
  description = "Storage account of storage eu-sessions-se."
  value       = azurerm_storage_account.eu_sessions_se.name
}

output "eu_sessions_storage_account" {
  description = "Storage account of storage eu-sessions."
  value       = azurerm_storage_account.eu_sessions.name
}

output "gcp_serve_pool_instance_group" {
  description = "Managed instance group of GPU pool gcp-serve-pool."
  value       = google_compute_region_instance_group_manager.gcp_serve_pool.instance_group
}

output "models_bucket" {
  description = "S3 bucket of storage models."
  value       = aws_s3_bucket.models.bucket
}

output "models_gcp_bucket" {
  description = "Cloud Storage bucket of storage models-gcp."
  value       = google_storage_bucket.models_gcp.name
}

output "us_serve_pool_autoscaling_group" {
  description = "Auto Scaling group of GPU pool us-serve-pool."
  value       = aws_autoscaling_group.us_serve_pool.name
}
