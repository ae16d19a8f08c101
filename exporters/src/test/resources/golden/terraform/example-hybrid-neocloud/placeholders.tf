# Parts of the design that could not be mapped to Terraform resources.
#
# PLACEHOLDER storage "Patient records" (id "records"): object, 80 TB
#   not generated because it sits in a custom site (DE), which has no cloud provider to target; provision it by hand or with the provider's own tooling.
# PLACEHOLDER storage "Anonymised export" (id "anon-export"): object, 10 TB
#   not generated because it sits in a custom site (DE), which has no cloud provider to target; provision it by hand or with the provider's own tooling.
# PLACEHOLDER gpu-pool "DGX H100 (owned)" (id "dgx"): 2 x dgx-h100
#   not generated because it sits in a custom site (DE), which has no cloud provider to target; provision it by hand or with the provider's own tooling.
# PLACEHOLDER gpu-pool "Fine-tuning burst" (id "burst"): 4 x gpu_8x_h100_sxm5
#   not generated because provider \"lambda\" has no Terraform mapping in Skyloom; provision it by hand or with the provider's own tooling.
