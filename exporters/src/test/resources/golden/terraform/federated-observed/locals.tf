locals {
  # Tags for AWS, Azure and OCI resources (values at most 256 characters).
  common_tags = {
    environment    = var.environment
    managed_by     = "terraform"
    generated_by   = "skyloom"
    skyloom_design = "Multi-cloud \"training\" estate"
  }

  # GCP labels: lower-case letters, digits, _ and -, at most 63 characters.
  common_labels = {
    environment    = var.environment
    managed_by     = "terraform"
    generated_by   = "skyloom"
    skyloom_design = "multi-cloud__training__estate"
  }
}
