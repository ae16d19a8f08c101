variable "aws_iad_ami_id" {
  type        = string
  description = "AMI for the GPU nodes in AWS us-east-1 (e.g. an AWS Deep Learning Base GPU AMI)."
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

variable "azure_monitor_azure_log_analytics_workspace_id" {
  type        = string
  description = "Resource ID of the Log Analytics workspace of telemetry sink \"Azure Monitor\"."
}

variable "azure_monitor_cloudtrail_bucket" {
  type        = string
  description = "Existing S3 bucket (with the CloudTrail bucket policy) that telemetry sink \"Azure Monitor\" reads audit logs from."
}

variable "azure_monitor_gcp_log_destination" {
  type        = string
  description = "Log sink destination for telemetry sink \"Azure Monitor\" (a Pub/Sub topic, bucket or BigQuery dataset URI)."
}

variable "entra_aws_client_ids" {
  type        = list(string)
  description = "Client IDs (audiences) that AWS accepts from identity provider \"Entra ID\"."
  default     = ["sts.amazonaws.com"]
}

variable "entra_aws_thumbprints" {
  type        = list(string)
  description = "SHA-1 thumbprints of the issuer's certificate chain; empty lets AWS use its trusted CAs."
  default     = []
}

variable "entra_azure_audience" {
  type        = string
  description = "Audience (aud claim) Azure expects in those tokens; api://AzureADTokenExchange is Entra ID's recommended value."
  default     = "api://AzureADTokenExchange"
}

variable "entra_azure_subject" {
  type        = string
  description = "Subject (sub claim) of the tokens from identity provider \"Entra ID\" that Azure accepts for the user-assigned identity (one subject per credential)."
}

variable "entra_issuer_url" {
  type        = string
  description = "OIDC issuer URL (https://...) of identity provider \"Entra ID\"; it must match the iss claim of its tokens."
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
