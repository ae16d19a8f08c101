# Parts of the design that could not be mapped to Terraform resources.
#
# PLACEHOLDER ships-telemetry training -> audit-logs: outside any provider, the workload ships its own telemetry
#   not generated because its source is not inside a provider; write the provider's or the workload's own log export and forward it to the sink's endpoint (a variable), no secrets in code.
# PLACEHOLDER ships-telemetry evaluation -> audit-logs: outside any provider, the workload ships its own telemetry
#   not generated because its source is not inside a provider; write the provider's or the workload's own log export and forward it to the sink's endpoint (a variable), no secrets in code.
