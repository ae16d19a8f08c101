variable "audit_logs_cloudtrail_bucket" {
  type        = string
  description = "Existing S3 bucket (with the CloudTrail bucket policy) that telemetry sink \"Audit and ops logs\" reads audit logs from."
}

variable "audit_logs_gcp_log_destination" {
  type        = string
  description = "Log sink destination for telemetry sink \"Audit and ops logs\" (a Pub/Sub topic, bucket or BigQuery dataset URI)."
}

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

variable "keycloak_aws_client_ids" {
  type        = list(string)
  description = "Client IDs (audiences) that AWS accepts from identity provider \"Keycloak\"."
  default     = ["sts.amazonaws.com"]
}

variable "keycloak_aws_thumbprints" {
  type        = list(string)
  description = "SHA-1 thumbprints of the issuer's certificate chain; empty lets AWS use its trusted CAs."
  default     = []
}

variable "keycloak_issuer_url" {
  type        = string
  description = "OIDC issuer URL (https://...) of identity provider \"Keycloak\"; it must match the iss claim of its tokens."
}
