# Credentials are never configured here: each provider reads them from its
# standard environment or CLI credential chain (see README.md).
provider "aws" {
  region = "us-east-1"

  default_tags {
    tags = local.common_tags
  }
}

provider "azurerm" {
  # Register only what this configuration needs (azurerm 5 registers nothing by default).
  resource_provider_registrations = "none"
  resource_providers_to_register  = ["Microsoft.Compute", "Microsoft.Insights", "Microsoft.ManagedIdentity", "Microsoft.Network", "Microsoft.Storage"]

  features {}
}

provider "google" {
  project = var.gcp_project_id
  region  = "us-central1"

  default_labels = local.common_labels
}
