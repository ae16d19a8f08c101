output "r_3e98b56d_bucket" {
  description = "S3 bucket of storage 湖."
  value       = aws_s3_bucket.r_3e98b56d.bucket
}
