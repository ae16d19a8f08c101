output "lake_bucket" {
  description = "S3 bucket of storage lake."
  value       = aws_s3_bucket.lake.bucket
}

output "lake_dr_bucket" {
  description = "S3 bucket of storage lake-dr."
  value       = aws_s3_bucket.lake_dr.bucket
}

output "train_autoscaling_group" {
  description = "Auto Scaling group of GPU pool train."
  value       = aws_autoscaling_group.train.name
}

output "train_dr_autoscaling_group" {
  description = "Auto Scaling group of GPU pool train-dr."
  value       = aws_autoscaling_group.train_dr.name
}
