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
# PLACEHOLDER federates keycloak -> onprem: federate onprem
#   not generated because provider \"onprem\" has no Terraform mapping in Skyloom; write the provider's own federation settings with the identity provider's issuer URL as a variable, no secrets in code.
# PLACEHOLDER federates keycloak -> lambda: federate lambda
#   not generated because provider \"lambda\" has no Terraform mapping in Skyloom; write the provider's own federation settings with the identity provider's issuer URL as a variable, no secrets in code.
# PLACEHOLDER ships-telemetry dc-munich -> grafana: export audit logs of onprem
#   not generated because provider \"onprem\" has no Terraform mapping in Skyloom; write the provider's or the workload's own log export and forward it to the sink's endpoint (a variable), no secrets in code.
# PLACEHOLDER ships-telemetry lambda-use -> grafana: export audit logs of lambda
#   not generated because provider \"lambda\" has no Terraform mapping in Skyloom; write the provider's or the workload's own log export and forward it to the sink's endpoint (a variable), no secrets in code.
# PLACEHOLDER ships-telemetry finetune -> grafana: outside any provider, the workload ships its own telemetry
#   not generated because its source is not inside a provider; write the provider's or the workload's own log export and forward it to the sink's endpoint (a variable), no secrets in code.
