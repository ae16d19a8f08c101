# Resources for azure generated from design "Multi-cloud \"training\" estate".
resource "azurerm_resource_group" "az_weu" {
  name     = "rg-az-weu-3b2a8a"
  location = "westeurope"
  tags     = local.common_tags
}

# Network for the GPU resources in region "az-weu" (id "az-weu")
resource "azurerm_virtual_network" "az_weu" {
  resource_group_name = azurerm_resource_group.az_weu.name
  location            = azurerm_resource_group.az_weu.location
  name                = "vnet-az-weu-3b2a8a"
  address_space       = ["10.0.0.0/16"]
  tags                = local.common_tags
}

resource "azurerm_subnet" "az_weu" {
  name                 = "snet-gpu"
  resource_group_name  = azurerm_resource_group.az_weu.name
  virtual_network_name = azurerm_virtual_network.az_weu.name
  address_prefixes     = ["10.0.0.0/24"]
}

# Design component: gpu-pool "ND H100" (id "nd-pool"): 8 x Standard_ND96isr_H100_v5
resource "azurerm_linux_virtual_machine_scale_set" "nd_pool" {
  resource_group_name = azurerm_resource_group.az_weu.name
  location            = azurerm_resource_group.az_weu.location
  name                = "nd-pool-b57fa0"
  sku                 = "Standard_ND96isr_H100_v5"
  instances           = 8
  admin_username      = var.azure_admin_username
  overprovision       = false
  # One placement group keeps the VMs on one InfiniBand fabric (at most 100 VMs).
  single_placement_group = true
  tags = merge(local.common_tags, {
    skyloom_component = "nd-pool"
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

# Design component: storage "EU datasets" (id "eu-data")
resource "azurerm_storage_account" "eu_data" {
  resource_group_name             = azurerm_resource_group.az_weu.name
  location                        = azurerm_resource_group.az_weu.location
  name                            = "stmulticloudtrai5983ff95"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  tags = merge(local.common_tags, {
    skyloom_component = "eu-data"
  })

  blob_properties {
    versioning_enabled  = true
    change_feed_enabled = true
  }
}

resource "azurerm_storage_container" "eu_data" {
  name                  = "data"
  storage_account_id    = azurerm_storage_account.eu_data.id
  container_access_type = "private"
}

resource "azurerm_resource_group" "az_neu" {
  name     = "rg-az-neu-225198"
  location = "northeurope"
  tags     = local.common_tags
}

# Design component: storage "EU datasets copy" (id "eu-data-copy")
resource "azurerm_storage_account" "eu_data_copy" {
  resource_group_name             = azurerm_resource_group.az_neu.name
  location                        = azurerm_resource_group.az_neu.location
  name                            = "stmulticloudtrai34b252e1"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  tags = merge(local.common_tags, {
    skyloom_component = "eu-data-copy"
  })

  blob_properties {
    versioning_enabled = true
  }
}

resource "azurerm_storage_container" "eu_data_copy" {
  name                  = "data"
  storage_account_id    = azurerm_storage_account.eu_data_copy.id
  container_access_type = "private"
}

# Design connection: replicates-to "r2" (object replication needs versioning and the change feed on the source).
resource "azurerm_storage_object_replication" "r2" {
  source_storage_account_id      = azurerm_storage_account.eu_data.id
  destination_storage_account_id = azurerm_storage_account.eu_data_copy.id

  rules {
    source_container_name      = azurerm_storage_container.eu_data.name
    destination_container_name = azurerm_storage_container.eu_data_copy.name
    copy_blobs_created_after   = "Everything"
  }
}

# Design connection: federates "fed-azure": Azure trusts identity "Okta \"prod\" $${var.x} %%{if} \\ \u0007" (id "idp") (no secret: the issuer signs tokens with its own keys).
resource "azurerm_user_assigned_identity" "idp" {
  name                = "id-idp-2a9e3a"
  resource_group_name = azurerm_resource_group.az_weu.name
  location            = azurerm_resource_group.az_weu.location
  tags                = local.common_tags
}

resource "azurerm_federated_identity_credential" "idp" {
  name                      = "fed-azure-e56d6f"
  user_assigned_identity_id = azurerm_user_assigned_identity.idp.id
  issuer                    = var.idp_issuer_url
  subject                   = var.idp_azure_subject
  audience                  = [var.idp_azure_audience]
}

data "azurerm_subscription" "this" {}

# Design connection: ships-telemetry "log-azure": Azure activity log (audit) for telemetry "Logs \"eu\" $${x}" (id "sink").
resource "azurerm_monitor_diagnostic_setting" "sink" {
  name                           = "sink-776265"
  target_resource_id             = data.azurerm_subscription.this.id
  eventhub_authorization_rule_id = var.sink_azure_eventhub_authorization_rule_id
  eventhub_name                  = var.sink_azure_eventhub_name

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
