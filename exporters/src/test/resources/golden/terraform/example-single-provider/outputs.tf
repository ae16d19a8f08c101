output "corpus_bucket" {
  description = "S3 bucket of storage corpus."
  value       = aws_s3_bucket.corpus.bucket
}

output "models_bucket" {
  description = "S3 bucket of storage models."
  value       = aws_s3_bucket.models.bucket
}

output "models_pdx_bucket" {
  description = "S3 bucket of storage models-pdx."
  value       = aws_s3_bucket.models_pdx.bucket
}

output "serve_iad_autoscaling_group" {
  description = "Auto Scaling group of GPU pool serve-iad."
  value       = aws_autoscaling_group.serve_iad.name
}

output "serve_pdx_autoscaling_group" {
  description = "Auto Scaling group of GPU pool serve-pdx."
  value       = aws_autoscaling_group.serve_pdx.name
}

output "trn_pool_autoscaling_group" {
  description = "Auto Scaling group of GPU pool trn-pool."
  value       = aws_autoscaling_group.trn_pool.name
}
