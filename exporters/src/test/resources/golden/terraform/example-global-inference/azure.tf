# Resources for azure generated from design "Global inference on three clouds".
resource "azurerm_resource_group" "az_weu" {
  name     = "rg-az-weu-390d43"
  location = "westeurope"
  tags     = local.common_tags
}

# Design component: storage "EU user sessions" (id "eu-sessions")
resource "azurerm_storage_account" "eu_sessions" {
  resource_group_name             = azurerm_resource_group.az_weu.name
  location                        = azurerm_resource_group.az_weu.location
  name                            = "stglobalinferenc8fbfca89"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  tags = merge(local.common_tags, {
    skyloom_component = "eu-sessions"
  })

  blob_properties {
    versioning_enabled  = true
    change_feed_enabled = true
  }
}

resource "azurerm_storage_container" "eu_sessions" {
  name                  = "data"
  storage_account_id    = azurerm_storage_account.eu_sessions.id
  container_access_type = "private"
}

resource "azurerm_resource_group" "az_swe" {
  name     = "rg-az-swe-6ba292"
  location = "swedencentral"
  tags     = local.common_tags
}

# Design component: storage "Sessions replica" (id "eu-sessions-se")
resource "azurerm_storage_account" "eu_sessions_se" {
  resource_group_name             = azurerm_resource_group.az_swe.name
  location                        = azurerm_resource_group.az_swe.location
  name                            = "stglobalinferenca2749740"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  tags = merge(local.common_tags, {
    skyloom_component = "eu-sessions-se"
  })

  blob_properties {
    versioning_enabled = true
  }
}

resource "azurerm_storage_container" "eu_sessions_se" {
  name                  = "data"
  storage_account_id    = azurerm_storage_account.eu_sessions_se.id
  container_access_type = "private"
}

# Network for the GPU resources in region "West Europe" (id "az-weu")
resource "azurerm_virtual_network" "az_weu" {
  resource_group_name = azurerm_resource_group.az_weu.name
  location            = azurerm_resource_group.az_weu.location
  name                = "vnet-az-weu-390d43"
  address_space       = ["10.0.0.0/16"]
  tags                = local.common_tags
}

resource "azurerm_subnet" "az_weu" {
  name                 = "snet-gpu"
  resource_group_name  = azurerm_resource_group.az_weu.name
  virtual_network_name = azurerm_virtual_network.az_weu.name
  address_prefixes     = ["10.0.0.0/24"]
}

# Design component: gpu-pool "EU serving" (id "eu-serve-pool"): 6 x Standard_NC24ads_A100_v4
resource "azurerm_linux_virtual_machine_scale_set" "eu_serve_pool" {
  resource_group_name = azurerm_resource_group.az_weu.name
  location            = azurerm_resource_group.az_weu.location
  name                = "eu-serve-pool-0b2903"
  sku                 = "Standard_NC24ads_A100_v4"
  instances           = 6
  admin_username      = var.azure_admin_username
  overprovision       = false
  # One placement group keeps the VMs on one InfiniBand fabric (at most 100 VMs).
  single_placement_group = true
  tags = merge(local.common_tags, {
    skyloom_component = "eu-serve-pool"
  })

  admin_ssh_key {
    username   = var.azure_admin_username
    public_key = var.azure_admin_ssh_public_key
  }

  # Azure HPC image (GPU and InfiniBand drivers); check with az vm image list.
  source_image_reference {
    publisher = "microsoft-dsvm"
    offer     = "ubuntu-hpc"
    sku       = "2204"
    version   = "latest"
  }

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  network_interface {
    name    = "nic-gpu"
    primary = true

    ip_configuration {
      name      = "internal"
      primary   = true
      subnet_id = azurerm_subnet.az_weu.id
    }
  }
}

# Design connection: replicates-to "c1" (object replication needs versioning and the change feed on the source).
resource "azurerm_storage_object_replication" "c1" {
  source_storage_account_id      = azurerm_storage_account.eu_sessions.id
  destination_storage_account_id = azurerm_storage_account.eu_sessions_se.id

  rules {
    source_container_name      = azurerm_storage_container.eu_sessions.name
    destination_container_name = azurerm_storage_container.eu_sessions_se.name
    copy_blobs_created_after   = "Everything"
  }
}

# Design connection: federates "entra-federates-azure": Azure trusts identity "Entra ID" (id "entra") (no secret: the issuer signs tokens with its own keys).
resource "azurerm_user_assigned_identity" "entra" {
  name                = "id-entra-147a1d"
  resource_group_name = azurerm_resource_group.az_weu.name
  location            = azurerm_resource_group.az_weu.location
  tags                = local.common_tags
}

resource "azurerm_federated_identity_credential" "entra" {
  name                      = "entra-federates-azure-06cc56"
  user_assigned_identity_id = azurerm_user_assigned_identity.entra.id
  issuer                    = var.entra_issuer_url
  subject                   = var.entra_azure_subject
  audience                  = [var.entra_azure_audience]
}

data "azurerm_subscription" "this" {}

# Design connection: ships-telemetry "azure-ships-azure-monitor": Azure activity log (audit) for telemetry "Azure Monitor" (id "azure-monitor").
resource "azurerm_monitor_diagnostic_setting" "azure_monitor" {
  name                       = "azure-monitor-00f3ec"
  target_resource_id         = data.azurerm_subscription.this.id
  log_analytics_workspace_id = var.azure_monitor_azure_log_analytics_workspace_id

  enabled_log {
    category = "Administrative"
  }

  enabled_log {
    category = "Security"
  }

  enabled_log {
    category = "Policy"
  }
}
