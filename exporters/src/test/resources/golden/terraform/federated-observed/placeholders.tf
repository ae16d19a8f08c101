# Parts of the design that could not be mapped to Terraform resources.
#
# PLACEHOLDER gpu-pool "Lambda H100" (id "lambda-pool"): 2 x gpu_8x_h100_sxm5
#   not generated because provider \"lambda\" has no Terraform mapping in Skyloom; provision it by hand or with the provider's own tooling.
# PLACEHOLDER storage "Tape archive" (id "tape"): archive, 500 TB
#   not generated because it sits in a custom site (DE), which has no cloud provider to target; provision it by hand or with the provider's own tooling.
# PLACEHOLDER connection replicates-to "r4" from "lake" to "features"
#   not generated because it crosses providers (aws to gcp); use a transfer service such as Storage Transfer Service or DataSync.
