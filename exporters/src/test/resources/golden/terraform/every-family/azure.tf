# Resources for azure generated from design "Every family".
resource "azurerm_resource_group" "azure_a" {
  name     = "rg-azure-a-068a50"
  location = "westeurope"
  tags     = local.common_tags
}

# Network for the GPU resources in region "azure-a" (id "azure-a")
resource "azurerm_virtual_network" "azure_a" {
  resource_group_name = azurerm_resource_group.azure_a.name
  location            = azurerm_resource_group.azure_a.location
  name                = "vnet-azure-a-068a50"
  address_space       = ["10.0.0.0/16"]
  tags                = local.common_tags
}

resource "azurerm_subnet" "azure_a" {
  name                 = "snet-gpu"
  resource_group_name  = azurerm_resource_group.azure_a.name
  virtual_network_name = azurerm_virtual_network.azure_a.name
  address_prefixes     = ["10.0.0.0/24"]
}

# Design component: gpu-pool "azure pool" (id "azure-pool"): 2 x Standard_ND96isr_H100_v5
resource "azurerm_linux_virtual_machine_scale_set" "azure_pool" {
  resource_group_name = azurerm_resource_group.azure_a.name
  location            = azurerm_resource_group.azure_a.location
  name                = "azure-pool-8cb841"
  sku                 = "Standard_ND96isr_H100_v5"
  instances           = 2
  admin_username      = var.azure_admin_username
  overprovision       = false
  # One placement group keeps the VMs on one InfiniBand fabric (at most 100 VMs).
  single_placement_group = true
  tags = merge(local.common_tags, {
    skyloom_component = "azure-pool"
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
      subnet_id = azurerm_subnet.azure_a.id
    }
  }
}

# Design component: storage "azure object" (id "azure-object")
resource "azurerm_storage_account" "azure_object" {
  resource_group_name             = azurerm_resource_group.azure_a.name
  location                        = azurerm_resource_group.azure_a.location
  name                            = "steveryfamilyazu10368dc1"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  tags = merge(local.common_tags, {
    skyloom_component = "azure-object"
  })

  blob_properties {
    versioning_enabled  = true
    change_feed_enabled = true
  }
}

resource "azurerm_storage_container" "azure_object" {
  name                  = "data"
  storage_account_id    = azurerm_storage_account.azure_object.id
  container_access_type = "private"
}

# Design component: storage "azure block" (id "azure-block")
resource "azurerm_managed_disk" "azure_block" {
  resource_group_name  = azurerm_resource_group.azure_a.name
  location             = azurerm_resource_group.azure_a.location
  name                 = "azure-block-811b76"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 30000
  tags = merge(local.common_tags, {
    skyloom_component = "azure-block"
  })
}

# Design component: storage "azure file" (id "azure-file")
resource "azurerm_storage_account" "azure_file" {
  resource_group_name             = azurerm_resource_group.azure_a.name
  location                        = azurerm_resource_group.azure_a.location
  name                            = "steveryfamilyazua94e753c"
  account_kind                    = "FileStorage"
  account_tier                    = "Premium"
  account_replication_type        = "LRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  tags = merge(local.common_tags, {
    skyloom_component = "azure-file"
  })
}

resource "azurerm_storage_share" "azure_file" {
  name               = "data"
  storage_account_id = azurerm_storage_account.azure_file.id
  quota              = 30000
}

# Design component: storage "azure archive" (id "azure-archive")
resource "azurerm_storage_account" "azure_archive" {
  resource_group_name             = azurerm_resource_group.azure_a.name
  location                        = azurerm_resource_group.azure_a.location
  name                            = "steveryfamilyazuec3464c3"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  tags = merge(local.common_tags, {
    skyloom_component = "azure-archive"
  })

  blob_properties {
    versioning_enabled = true
  }
}

resource "azurerm_storage_container" "azure_archive" {
  name                  = "data"
  storage_account_id    = azurerm_storage_account.azure_archive.id
  container_access_type = "private"
}

resource "azurerm_resource_group" "azure_b" {
  name     = "rg-azure-b-65a318"
  location = "northeurope"
  tags     = local.common_tags
}

# Design component: storage "azure copy" (id "azure-object-copy")
resource "azurerm_storage_account" "azure_object_copy" {
  resource_group_name             = azurerm_resource_group.azure_b.name
  location                        = azurerm_resource_group.azure_b.location
  name                            = "steveryfamilyazu373a7061"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  tags = merge(local.common_tags, {
    skyloom_component = "azure-object-copy"
  })

  blob_properties {
    versioning_enabled = true
  }
}

resource "azurerm_storage_container" "azure_object_copy" {
  name                  = "data"
  storage_account_id    = azurerm_storage_account.azure_object_copy.id
  container_access_type = "private"
}

# Design connection: replicates-to "azure-rep" (object replication needs versioning and the change feed on the source).
resource "azurerm_storage_object_replication" "azure_rep" {
  source_storage_account_id      = azurerm_storage_account.azure_object.id
  destination_storage_account_id = azurerm_storage_account.azure_object_copy.id

  rules {
    source_container_name      = azurerm_storage_container.azure_object.name
    destination_container_name = azurerm_storage_container.azure_object_copy.name
    copy_blobs_created_after   = "Everything"
  }
}
