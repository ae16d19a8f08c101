# Credentials are never configured here: each provider reads them from its
# standard environment or CLI credential chain (see README.md).
provider "aws" {
  region = "eu-central-1"

  default_tags {
    tags = local.common_tags
  }
}

provider "aws" {
  alias  = "eu_west_1"
  region = "eu-west-1"

  default_tags {
    tags = local.common_tags
  }
}

provider "google" {
  project = var.gcp_project_id
  region  = "europe-west4"

  default_labels = local.common_labels
}
