output "audit_logs_log_writer_identity" {
  description = "Service account to grant write access on the destination of log sink audit-logs."
  value       = google_logging_project_sink.audit_logs.writer_identity
}

output "checkpoints_bucket" {
  description = "S3 bucket of storage checkpoints."
  value       = aws_s3_bucket.checkpoints.bucket
}

output "checkpoints_dr_bucket" {
  description = "S3 bucket of storage checkpoints-dr."
  value       = aws_s3_bucket.checkpoints_dr.bucket
}

output "eval_pool_instance_group" {
  description = "Managed instance group of GPU pool eval-pool."
  value       = google_compute_region_instance_group_manager.eval_pool.instance_group
}

output "eval_results_bucket" {
  description = "Cloud Storage bucket of storage eval-results."
  value       = google_storage_bucket.eval_results.name
}

output "lake_bucket" {
  description = "S3 bucket of storage lake."
  value       = aws_s3_bucket.lake.bucket
}

output "lake_dr_bucket" {
  description = "S3 bucket of storage lake-dr."
  value       = aws_s3_bucket.lake_dr.bucket
}

output "train_dub_autoscaling_group" {
  description = "Auto Scaling group of GPU pool train-dub."
  value       = aws_autoscaling_group.train_dub.name
}

output "train_fra_autoscaling_group" {
  description = "Auto Scaling group of GPU pool train-fra."
  value       = aws_autoscaling_group.train_fra.name
}
