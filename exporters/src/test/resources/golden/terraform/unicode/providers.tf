# Credentials are never configured here: each provider reads them from its
# standard environment or CLI credential chain (see README.md).
provider "aws" {
  region = "eu-west-3"

  default_tags {
    tags = local.common_tags
  }
}
