variable "environment" {
  type        = string
  description = "Deployment environment, used in tags and labels."
  default     = "dev"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,30}$", var.environment))
    error_message = "environment must be lower-case letters, digits and hyphens, starting with a letter."
  }
}
