variable "aws_use1_ami_id" {
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

variable "idp_aws_client_ids" {
  type        = list(string)
  description = "Client IDs (audiences) that AWS accepts from identity provider \"Okta \"prod\" $${var.x} %%{if} \\ \"."
  default     = ["sts.amazonaws.com"]
}

variable "idp_aws_thumbprints" {
  type        = list(string)
  description = "SHA-1 thumbprints of the issuer's certificate chain; empty lets AWS use its trusted CAs."
  default     = []
}

variable "idp_azure_audience" {
  type        = string
  description = "Audience (aud claim) Azure expects in those tokens; api://AzureADTokenExchange is Entra ID's recommended value."
  default     = "api://AzureADTokenExchange"
}

variable "idp_azure_subject" {
  type        = string
  description = "Subject (sub claim) of the tokens from identity provider \"Okta \"prod\" $${var.x} %%{if} \\ \" that Azure accepts for the user-assigned identity (one subject per credential)."
}

variable "idp_issuer_url" {
  type        = string
  description = "OIDC issuer URL (https://...) of identity provider \"Okta \"prod\" $${var.x} %%{if} \\ \"; it must match the iss claim of its tokens."
}

variable "idp_jwks_url" {
  type        = string
  description = "JWKS URL (public signing keys) of identity provider \"Okta \"prod\" $${var.x} %%{if} \\ \"."
}

variable "idp_oci_oauth_clients" {
  type        = list(string)
  description = "Client IDs of the identity-domain OAuth applications allowed to exchange tokens of \"Okta \"prod\" $${var.x} %%{if} \\ \" (IDs only; their secrets stay with the workloads)."
}

variable "oci_compartment_ocid" {
  type        = string
  description = "OCID of the compartment that holds the OCI resources."
}

variable "oci_fra_image_ocid" {
  type        = string
  description = "OCID of the GPU node image in OCI eu-frankfurt-1."
}

variable "oci_identity_domain_url" {
  type        = string
  description = "URL of the OCI identity domain that trusts the external identity providers (Domain URL in the console)."
}

variable "oci_tenancy_ocid" {
  type        = string
  description = "OCID of the tenancy (used to list availability domains)."
}

variable "r1_replication_role_arn" {
  type        = string
  description = "IAM role that S3 assumes to replicate lake to lake-dr (trusts s3.amazonaws.com; create it separately)."
}

variable "sink_azure_eventhub_authorization_rule_id" {
  type        = string
  description = "Resource ID of the Event Hub namespace authorization rule Azure Monitor sends the activity log with, to the namespace telemetry sink \"Logs \"eu\" $${x}\" reads; an ID, not a key."
}

variable "sink_azure_eventhub_name" {
  type        = string
  description = "Event Hub in that namespace for the activity log of telemetry sink \"Logs \"eu\" $${x}\"."
}

variable "sink_cloudtrail_bucket" {
  type        = string
  description = "Existing S3 bucket (with the CloudTrail bucket policy) that telemetry sink \"Logs \"eu\" $${x}\" reads audit logs from."
}

variable "sink_gcp_log_destination" {
  type        = string
  description = "Log sink destination for telemetry sink \"Logs \"eu\" $${x}\" (a Pub/Sub topic, bucket or BigQuery dataset URI)."
}

variable "sink_oci_audit_bucket" {
  type        = string
  description = "Existing Object Storage bucket in OCI eu-frankfurt-1 (with a policy letting Connector Hub write to it) that telemetry sink \"Logs \"eu\" $${x}\" reads audit logs from."
}

variable "sink_oci_audit_bucket_eu_amsterdam_1" {
  type        = string
  description = "Existing Object Storage bucket in OCI eu-amsterdam-1 (with a policy letting Connector Hub write to it) that telemetry sink \"Logs \"eu\" $${x}\" reads audit logs from."
}
