# Parts of the design that could not be mapped to Terraform resources.
#
# PLACEHOLDER connection replicates-to "c4" from "models" to "models-gcp"
#   not generated because it crosses providers (aws to gcp); use a transfer service such as Storage Transfer Service or DataSync.
# PLACEHOLDER federates entra -> azure: federate azure
#   not generated in this version; write azurerm_federated_identity_credential with the identity provider's issuer URL as a variable, no secrets in code.
# PLACEHOLDER federates entra -> aws: federate aws
#   not generated in this version; write aws_iam_openid_connect_provider (or IAM Identity Center) with the identity provider's issuer URL as a variable, no secrets in code.
# PLACEHOLDER ships-telemetry azure -> azure-monitor: export audit logs of azure
#   not generated in this version; write azurerm_monitor_diagnostic_setting and forward it to the sink's endpoint (a variable), no secrets in code.
# PLACEHOLDER ships-telemetry aws -> azure-monitor: export audit logs of aws
#   not generated in this version; write aws_cloudtrail to a bucket and forward it to the sink's endpoint (a variable), no secrets in code.
# PLACEHOLDER ships-telemetry gcp -> azure-monitor: export audit logs of gcp
#   not generated in this version; write google_logging_project_sink and forward it to the sink's endpoint (a variable), no secrets in code.
# PLACEHOLDER ships-telemetry eu-inference -> azure-monitor: outside any provider, the workload ships its own telemetry
#   not generated in this version; write the provider's or the workload's own log export and forward it to the sink's endpoint (a variable), no secrets in code.
# PLACEHOLDER ships-telemetry global-inference -> azure-monitor: outside any provider, the workload ships its own telemetry
#   not generated in this version; write the provider's or the workload's own log export and forward it to the sink's endpoint (a variable), no secrets in code.
# PLACEHOLDER ships-telemetry personalisation -> azure-monitor: outside any provider, the workload ships its own telemetry
#   not generated in this version; write the provider's or the workload's own log export and forward it to the sink's endpoint (a variable), no secrets in code.
# PLACEHOLDER ships-telemetry apac-inference -> azure-monitor: outside any provider, the workload ships its own telemetry
#   not generated in this version; write the provider's or the workload's own log export and forward it to the sink's endpoint (a variable), no secrets in code.
