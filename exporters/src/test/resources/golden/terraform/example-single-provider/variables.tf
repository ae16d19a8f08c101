variable "aws_iad_ami_id" {
  type        = string
  description = "AMI for the GPU nodes in AWS us-east-1 (e.g. an AWS Deep Learning Base GPU AMI)."
}

variable "aws_pdx_ami_id" {
  type        = string
  description = "AMI for the GPU nodes in AWS us-west-2 (e.g. an AWS Deep Learning Base GPU AMI)."
}

variable "c4_replication_role_arn" {
  type        = string
  description = "IAM role that S3 assumes to replicate models to models-pdx (trusts s3.amazonaws.com; create it separately)."
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
