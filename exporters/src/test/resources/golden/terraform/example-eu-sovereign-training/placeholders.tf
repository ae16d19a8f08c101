# Parts of the design that could not be mapped to Terraform resources.
#
# PLACEHOLDER federates keycloak -> aws: federate aws
#   not generated in this version; write aws_iam_openid_connect_provider (or IAM Identity Center) with the identity provider's issuer URL as a variable, no secrets in code.
# PLACEHOLDER federates keycloak -> gcp: federate gcp
#   not generated in this version; write google_iam_workload_identity_pool and google_iam_workload_identity_pool_provider with the identity provider's issuer URL as a variable, no secrets in code.
# PLACEHOLDER ships-telemetry aws-fra -> audit-logs: export audit logs of aws
#   not generated in this version; write aws_cloudtrail to a bucket and forward it to the sink's endpoint (a variable), no secrets in code.
# PLACEHOLDER ships-telemetry aws-dub -> audit-logs: export audit logs of aws
#   not generated in this version; write aws_cloudtrail to a bucket and forward it to the sink's endpoint (a variable), no secrets in code.
# PLACEHOLDER ships-telemetry gcp-ams -> audit-logs: export audit logs of gcp
#   not generated in this version; write google_logging_project_sink and forward it to the sink's endpoint (a variable), no secrets in code.
# PLACEHOLDER ships-telemetry training -> audit-logs: outside any provider, the workload ships its own telemetry
#   not generated in this version; write the provider's or the workload's own log export and forward it to the sink's endpoint (a variable), no secrets in code.
# PLACEHOLDER ships-telemetry evaluation -> audit-logs: outside any provider, the workload ships its own telemetry
#   not generated in this version; write the provider's or the workload's own log export and forward it to the sink's endpoint (a variable), no secrets in code.
