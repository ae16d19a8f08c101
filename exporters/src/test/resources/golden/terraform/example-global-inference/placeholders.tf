# Parts of the design that could not be mapped to Terraform resources.
#
# PLACEHOLDER connection replicates-to "c4" from "models" to "models-gcp"
#   not generated because it crosses providers (aws to gcp); use a transfer service such as Storage Transfer Service or DataSync.
