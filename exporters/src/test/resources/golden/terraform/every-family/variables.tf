variable "aws_a_ami_id" {
  type        = string
  description = "AMI for the GPU nodes in AWS us-east-1 (e.g. an AWS Deep Learning Base GPU AMI)."
}

variable "aws_rep_replication_role_arn" {
  type        = string
  description = "IAM role that S3 assumes to replicate aws-object to aws-object-copy (trusts s3.amazonaws.com; create it separately)."
}

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

variable "oci_a_image_ocid" {
  type        = string
  description = "OCID of the GPU node image in OCI eu-frankfurt-1."
}

variable "oci_compartment_ocid" {
  type        = string
  description = "OCID of the compartment that holds the OCI resources."
}

variable "oci_tenancy_ocid" {
  type        = string
  description = "OCID of the tenancy (used to list availability domains)."
}
