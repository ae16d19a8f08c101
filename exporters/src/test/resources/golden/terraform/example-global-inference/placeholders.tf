# Parts of the design that could not be mapped to Terraform resources.
#
# PLACEHOLDER connection replicates-to "c4" from "models" to "models-gcp"
#   not generated because it crosses providers (aws to gcp); use a transfer service such as Storage Transfer Service or DataSync.
# PLACEHOLDER ships-telemetry eu-inference -> azure-monitor: outside any provider, the workload ships its own telemetry
#   not generated because its source is not inside a provider; write the provider's or the workload's own log export and forward it to the sink's endpoint (a variable), no secrets in code.
# PLACEHOLDER ships-telemetry global-inference -> azure-monitor: outside any provider, the workload ships its own telemetry
#   not generated because its source is not inside a provider; write the provider's or the workload's own log export and forward it to the sink's endpoint (a variable), no secrets in code.
# PLACEHOLDER ships-telemetry personalisation -> azure-monitor: outside any provider, the workload ships its own telemetry
#   not generated because its source is not inside a provider; write the provider's or the workload's own log export and forward it to the sink's endpoint (a variable), no secrets in code.
# PLACEHOLDER ships-telemetry apac-inference -> azure-monitor: outside any provider, the workload ships its own telemetry
#   not generated because its source is not inside a provider; write the provider's or the workload's own log export and forward it to the sink's endpoint (a variable), no secrets in code.
