output "t0_pool_0_0_autoscaling_group" {
  description = "Auto Scaling group of GPU pool t0-pool-0-0."
  value       = aws_autoscaling_group.t0_pool_0_0.name
}

output "t0_pool_0_2_autoscaling_group" {
  description = "Auto Scaling group of GPU pool t0-pool-0-2."
  value       = aws_autoscaling_group.t0_pool_0_2.name
}

output "t0_pool_0_4_autoscaling_group" {
  description = "Auto Scaling group of GPU pool t0-pool-0-4."
  value       = aws_autoscaling_group.t0_pool_0_4.name
}

output "t0_pool_1_0_autoscaling_group" {
  description = "Auto Scaling group of GPU pool t0-pool-1-0."
  value       = aws_autoscaling_group.t0_pool_1_0.name
}

output "t0_pool_1_2_autoscaling_group" {
  description = "Auto Scaling group of GPU pool t0-pool-1-2."
  value       = aws_autoscaling_group.t0_pool_1_2.name
}

output "t0_pool_1_4_autoscaling_group" {
  description = "Auto Scaling group of GPU pool t0-pool-1-4."
  value       = aws_autoscaling_group.t0_pool_1_4.name
}

output "t0_pool_2_0_autoscaling_group" {
  description = "Auto Scaling group of GPU pool t0-pool-2-0."
  value       = aws_autoscaling_group.t0_pool_2_0.name
}

output "t0_pool_2_2_autoscaling_group" {
  description = "Auto Scaling group of GPU pool t0-pool-2-2."
  value       = aws_autoscaling_group.t0_pool_2_2.name
}

output "t0_pool_2_4_autoscaling_group" {
  description = "Auto Scaling group of GPU pool t0-pool-2-4."
  value       = aws_autoscaling_group.t0_pool_2_4.name
}

output "t0_store_0_1_bucket" {
  description = "S3 bucket of storage t0-store-0-1."
  value       = aws_s3_bucket.t0_store_0_1.bucket
}

output "t0_store_0_3_bucket" {
  description = "S3 bucket of storage t0-store-0-3."
  value       = aws_s3_bucket.t0_store_0_3.bucket
}

output "t0_store_0_5_bucket" {
  description = "S3 bucket of storage t0-store-0-5."
  value       = aws_s3_bucket.t0_store_0_5.bucket
}

output "t0_store_1_1_bucket" {
  description = "S3 bucket of storage t0-store-1-1."
  value       = aws_s3_bucket.t0_store_1_1.bucket
}

output "t0_store_1_3_bucket" {
  description = "S3 bucket of storage t0-store-1-3."
  value       = aws_s3_bucket.t0_store_1_3.bucket
}

output "t0_store_1_5_bucket" {
  description = "S3 bucket of storage t0-store-1-5."
  value       = aws_s3_bucket.t0_store_1_5.bucket
}

output "t0_store_2_1_bucket" {
  description = "S3 bucket of storage t0-store-2-1."
  value       = aws_s3_bucket.t0_store_2_1.bucket
}

output "t0_store_2_3_bucket" {
  description = "S3 bucket of storage t0-store-2-3."
  value       = aws_s3_bucket.t0_store_2_3.bucket
}

output "t0_store_2_5_bucket" {
  description = "S3 bucket of storage t0-store-2-5."
  value       = aws_s3_bucket.t0_store_2_5.bucket
}

output "t1_pool_0_0_scale_set_id" {
  description = "VM scale set of GPU pool t1-pool-0-0."
  value       = azurerm_linux_virtual_machine_scale_set.t1_pool_0_0.id
}

output "t1_pool_0_2_scale_set_id" {
  description = "VM scale set of GPU pool t1-pool-0-2."
  value       = azurerm_linux_virtual_machine_scale_set.t1_pool_0_2.id
}

output "t1_pool_0_4_scale_set_id" {
  description = "VM scale set of GPU pool t1-pool-0-4."
  value       = azurerm_linux_virtual_machine_scale_set.t1_pool_0_4.id
}

output "t1_pool_0_6_scale_set_id" {
  description = "VM scale set of GPU pool t1-pool-0-6."
  value       = azurerm_linux_virtual_machine_scale_set.t1_pool_0_6.id
}

output "t1_pool_1_0_scale_set_id" {
  description = "VM scale set of GPU pool t1-pool-1-0."
  value       = azurerm_linux_virtual_machine_scale_set.t1_pool_1_0.id
}

output "t1_pool_1_2_scale_set_id" {
  description = "VM scale set of GPU pool t1-pool-1-2."
  value       = azurerm_linux_virtual_machine_scale_set.t1_pool_1_2.id
}

output "t1_pool_1_4_scale_set_id" {
  description = "VM scale set of GPU pool t1-pool-1-4."
  value       = azurerm_linux_virtual_machine_scale_set.t1_pool_1_4.id
}

output "t1_pool_1_6_scale_set_id" {
  description = "VM scale set of GPU pool t1-pool-1-6."
  value       = azurerm_linux_virtual_machine_scale_set.t1_pool_1_6.id
}

output "t1_pool_2_0_scale_set_id" {
  description = "VM scale set of GPU pool t1-pool-2-0."
  value       = azurerm_linux_virtual_machine_scale_set.t1_pool_2_0.id
}

output "t1_pool_2_2_scale_set_id" {
  description = "VM scale set of GPU pool t1-pool-2-2."
  value       = azurerm_linux_virtual_machine_scale_set.t1_pool_2_2.id
}

output "t1_pool_2_4_scale_set_id" {
  description = "VM scale set of GPU pool t1-pool-2-4."
  value       = azurerm_linux_virtual_machine_scale_set.t1_pool_2_4.id
}

output "t1_pool_2_6_scale_set_id" {
  description = "VM scale set of GPU pool t1-pool-2-6."
  value       = azurerm_linux_virtual_machine_scale_set.t1_pool_2_6.id
}

output "t1_store_0_1_storage_account" {
  description = "Storage account of storage t1-store-0-1."
  value       = azurerm_storage_account.t1_store_0_1.name
}

output "t1_store_0_3_storage_account" {
  description = "Storage account of storage t1-store-0-3."
  value       = azurerm_storage_account.t1_store_0_3.name
}

output "t1_store_0_5_storage_account" {
  description = "Storage account of storage t1-store-0-5."
  value       = azurerm_storage_account.t1_store_0_5.name
}

output "t1_store_1_1_storage_account" {
  description = "Storage account of storage t1-store-1-1."
  value       = azurerm_storage_account.t1_store_1_1.name
}

output "t1_store_1_3_storage_account" {
  description = "Storage account of storage t1-store-1-3."
  value       = azurerm_storage_account.t1_store_1_3.name
}

output "t1_store_1_5_storage_account" {
  description = "Storage account of storage t1-store-1-5."
  value       = azurerm_storage_account.t1_store_1_5.name
}

output "t1_store_2_1_storage_account" {
  description = "Storage account of storage t1-store-2-1."
  value       = azurerm_storage_account.t1_store_2_1.name
}

output "t1_store_2_3_storage_account" {
  description = "Storage account of storage t1-store-2-3."
  value       = azurerm_storage_account.t1_store_2_3.name
}

output "t1_store_2_5_storage_account" {
  description = "Storage account of storage t1-store-2-5."
  value       = azurerm_storage_account.t1_store_2_5.name
}

output "t2_pool_0_0_instance_group" {
  description = "Managed instance group of GPU pool t2-pool-0-0."
  value       = google_compute_region_instance_group_manager.t2_pool_0_0.instance_group
}

output "t2_pool_0_2_instance_group" {
  description = "Managed instance group of GPU pool t2-pool-0-2."
  value       = google_compute_region_instance_group_manager.t2_pool_0_2.instance_group
}

output "t2_pool_0_4_instance_group" {
  description = "Managed instance group of GPU pool t2-pool-0-4."
  value       = google_compute_region_instance_group_manager.t2_pool_0_4.instance_group
}

output "t2_pool_1_0_instance_group" {
  description = "Managed instance group of GPU pool t2-pool-1-0."
  value       = google_compute_region_instance_group_manager.t2_pool_1_0.instance_group
}

output "t2_pool_1_2_instance_group" {
  description = "Managed instance group of GPU pool t2-pool-1-2."
  value       = google_compute_region_instance_group_manager.t2_pool_1_2.instance_group
}

output "t2_pool_1_4_instance_group" {
  description = "Managed instance group of GPU pool t2-pool-1-4."
  value       = google_compute_region_instance_group_manager.t2_pool_1_4.instance_group
}

output "t2_store_0_1_bucket" {
  description = "Cloud Storage bucket of storage t2-store-0-1."
  value       = google_storage_bucket.t2_store_0_1.name
}

output "t2_store_0_3_bucket" {
  description = "Cloud Storage bucket of storage t2-store-0-3."
  value       = google_storage_bucket.t2_store_0_3.name
}

output "t2_store_0_5_bucket" {
  description = "Cloud Storage bucket of storage t2-store-0-5."
  value       = google_storage_bucket.t2_store_0_5.name
}

output "t2_store_1_1_bucket" {
  description = "Cloud Storage bucket of storage t2-store-1-1."
  value       = google_storage_bucket.t2_store_1_1.name
}

output "t2_store_1_3_bucket" {
  description = "Cloud Storage bucket of storage t2-store-1-3."
  value       = google_storage_bucket.t2_store_1_3.name
}

output "t2_store_1_5_bucket" {
  description = "Cloud Storage bucket of storage t2-store-1-5."
  value       = google_storage_bucket.t2_store_1_5.name
}
