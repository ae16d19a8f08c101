variable "azure_admin_ssh_public_key" {
  type        = string
  description = "SSH public key (ssh-ed25519 or ssh-rsa >= 2048 bit) of the admin user on the Azure GPU nodes."
}

variable "azure_admin_username" {
  type        = string
  description = "Admin user name on the Azure GPU nodes."
  default     = "azureuser"
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

variable "k0_replication_role_arn" {
  type        = string
  description = "IAM role that S3 assumes to replicate t0-store-0-1 to t0-store-1-1 (trusts s3.amazonaws.com; create it separately)."
}

variable "k1_replication_role_arn" {
  type        = string
  description = "IAM role that S3 assumes to replicate t0-store-0-5 to t0-store-1-3 (trusts s3.amazonaws.com; create it separately)."
}

variable "k2_replication_role_arn" {
  type        = string
  description = "IAM role that S3 assumes to replicate t0-store-0-5 to t0-store-1-5 (trusts s3.amazonaws.com; create it separately)."
}

variable "k3_replication_role_arn" {
  type        = string
  description = "IAM role that S3 assumes to replicate t0-store-0-1 to t0-store-2-1 (trusts s3.amazonaws.com; create it separately)."
}

variable "k4_replication_role_arn" {
  type        = string
  description = "IAM role that S3 assumes to replicate t0-store-0-5 to t0-store-2-3 (trusts s3.amazonaws.com; create it separately)."
}

variable "k5_replication_role_arn" {
  type        = string
  description = "IAM role that S3 assumes to replicate t0-store-0-3 to t0-store-2-5 (trusts s3.amazonaws.com; create it separately)."
}

variable "t0_eu_north_1_0_ami_id" {
  type        = string
  description = "AMI for the GPU nodes in AWS eu-north-1 (e.g. an AWS Deep Learning Base GPU AMI)."
}

variable "t0_us_east_1_1_ami_id" {
  type        = string
  description = "AMI for the GPU nodes in AWS us-east-1 (e.g. an AWS Deep Learning Base GPU AMI)."
}

variable "t0_us_west_2_2_ami_id" {
  type        = string
  description = "AMI for the GPU nodes in AWS us-west-2 (e.g. an AWS Deep Learning Base GPU AMI)."
}
