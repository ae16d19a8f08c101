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
