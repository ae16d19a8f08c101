variable "aws_dub_ami_id" {
  type        = string
  description = "AMI for the GPU nodes in AWS eu-west-1 (e.g. an AWS Deep Learning Base GPU AMI)."
}

variable "aws_fra_ami_id" {
  type        = string
  description = "AMI for the GPU nodes in AWS eu-central-1 (e.g. an AWS Deep Learning Base GPU AMI)."
}

variable "c1_replication_role_arn" {
  type        = string
  description = "IAM role that S3 assumes to replicate lake to lake-dr (trusts s3.amazonaws.com; create it separately)."
}

variable "c2_replication_role_arn" {
  type        = string
  description = "IAM role that S3 assumes to replicate checkpoints to checkpoints-dr (trusts s3.amazonaws.com; create it separately)."
}

variable "environment" {
  type        = string
  description = "Deployment environment, used in tags and labels."
  default     = "dev"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,30}$", var.environment))
    error_message = "environment must be lower-case letters, digits and hyphens, starting with a letter."
  }
}

variable "gcp_gpu_image" {
  type        = string
  description = "Boot image for the GCP GPU nodes (e.g. a Deep Learning VM image family self link)."
}

variable "gcp_project_id" {
  type        = string
  description = "GCP project that hosts the GCP resources."
}
