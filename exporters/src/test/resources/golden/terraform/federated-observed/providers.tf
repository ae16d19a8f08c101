# Credentials are never configured here: each provider reads them from its
# standard environment or CLI credential chain (see README.md).
provider "aws" {
  region = "us-east-1"

  default_tags {
    tags = local.common_tags
  }
}

provider "aws" {
  alias  = "us_west_2"
  region = "us-west-2"

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
  region  = "europe-west4"

  default_labels = local.common_labels
}

provider "oci" {
  region = "eu-frankfurt-1"
}

provider "oci" {
  alias  = "eu_amsterdam_1"
  region = "eu-amsterdam-1"
}
