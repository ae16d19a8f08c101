# Resources for azure generated from design "Generated 80".
resource "azurerm_resource_group" "t1_uksouth_0" {
  name     = "rg-t1-uksouth-0-30aa7d"
  location = "uksouth"
  tags     = local.common_tags
}

# Network for the GPU resources in region "uksouth" (id "t1-uksouth-0")
resource "azurerm_virtual_network" "t1_uksouth_0" {
  resource_group_name = azurerm_resource_group.t1_uksouth_0.name
  location            = azurerm_resource_group.t1_uksouth_0.location
  name                = "vnet-t1-uksouth-0-30aa7d"
  address_space       = ["10.0.0.0/16"]
  tags                = local.common_tags
}

resource "azurerm_subnet" "t1_uksouth_0" {
  name                 = "snet-gpu"
  resource_group_name  = azurerm_resource_group.t1_uksouth_0.name
  virtual_network_name = azurerm_virtual_network.t1_uksouth_0.name
  address_prefixes     = ["10.0.0.0/24"]
}

# Design component: gpu-pool "t1-pool-0-0" (id "t1-pool-0-0"): 13 x Standard_NC24ads_A100_v4
resource "azurerm_linux_virtual_machine_scale_set" "t1_pool_0_0" {
  resource_group_name = azurerm_resource_group.t1_uksouth_0.name
  location            = azurerm_resource_group.t1_uksouth_0.location
  name                = "t1-pool-0-0-e6c8a7"
  sku                 = "Standard_NC24ads_A100_v4"
  instances           = 13
  admin_username      = var.azure_admin_username
  overprovision       = false
  # One placement group keeps the VMs on one InfiniBand fabric (at most 100 VMs).
  single_placement_group = true
  tags = merge(local.common_tags, {
    skyloom_component = "t1-pool-0-0"
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
      subnet_id = azurerm_subnet.t1_uksouth_0.id
    }
  }
}

# Design component: storage "t1-store-0-1" (id "t1-store-0-1")
resource "azurerm_storage_account" "t1_store_0_1" {
  resource_group_name             = azurerm_resource_group.t1_uksouth_0.name
  location                        = azurerm_resource_group.t1_uksouth_0.location
  name                            = "stgenerated80t1s1b73c263"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  tags = merge(local.common_tags, {
    skyloom_component = "t1-store-0-1"
  })

  blob_properties {
    versioning_enabled  = true
    change_feed_enabled = true
  }
}

resource "azurerm_storage_container" "t1_store_0_1" {
  name                  = "data"
  storage_account_id    = azurerm_storage_account.t1_store_0_1.id
  container_access_type = "private"
}

# Design component: gpu-pool "t1-pool-0-2" (id "t1-pool-0-2"): 9 x Standard_ND96isr_H100_v5
resource "azurerm_linux_virtual_machine_scale_set" "t1_pool_0_2" {
  resource_group_name = azurerm_resource_group.t1_uksouth_0.name
  location            = azurerm_resource_group.t1_uksouth_0.location
  name                = "t1-pool-0-2-e401cd"
  sku                 = "Standard_ND96isr_H100_v5"
  instances           = 9
  admin_username      = var.azure_admin_username
  overprovision       = false
  # One placement group keeps the VMs on one InfiniBand fabric (at most 100 VMs).
  single_placement_group = true
  tags = merge(local.common_tags, {
    skyloom_component = "t1-pool-0-2"
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
      subnet_id = azurerm_subnet.t1_uksouth_0.id
    }
  }
}

# Design component: storage "t1-store-0-3" (id "t1-store-0-3")
resource "azurerm_storage_account" "t1_store_0_3" {
  resource_group_name             = azurerm_resource_group.t1_uksouth_0.name
  location                        = azurerm_resource_group.t1_uksouth_0.location
  name                            = "stgenerated80t1sf4f234b8"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  tags = merge(local.common_tags, {
    skyloom_component = "t1-store-0-3"
  })

  blob_properties {
    versioning_enabled  = true
    change_feed_enabled = true
  }
}

resource "azurerm_storage_container" "t1_store_0_3" {
  name                  = "data"
  storage_account_id    = azurerm_storage_account.t1_store_0_3.id
  container_access_type = "private"
}

# Design component: gpu-pool "t1-pool-0-4" (id "t1-pool-0-4"): 6 x Standard_NC24ads_A100_v4
resource "azurerm_linux_virtual_machine_scale_set" "t1_pool_0_4" {
  resource_group_name = azurerm_resource_group.t1_uksouth_0.name
  location            = azurerm_resource_group.t1_uksouth_0.location
  name                = "t1-pool-0-4-3e94a3"
  sku                 = "Standard_NC24ads_A100_v4"
  instances           = 6
  admin_username      = var.azure_admin_username
  overprovision       = false
  # One placement group keeps the VMs on one InfiniBand fabric (at most 100 VMs).
  single_placement_group = true
  tags = merge(local.common_tags, {
    skyloom_component = "t1-pool-0-4"
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
      subnet_id = azurerm_subnet.t1_uksouth_0.id
    }
  }
}

# Design component: storage "t1-store-0-5" (id "t1-store-0-5")
resource "azurerm_storage_account" "t1_store_0_5" {
  resource_group_name             = azurerm_resource_group.t1_uksouth_0.name
  location                        = azurerm_resource_group.t1_uksouth_0.location
  name                            = "stgenerated80t1s999ac845"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  tags = merge(local.common_tags, {
    skyloom_component = "t1-store-0-5"
  })

  blob_properties {
    versioning_enabled  = true
    change_feed_enabled = true
  }
}

resource "azurerm_storage_container" "t1_store_0_5" {
  name                  = "data"
  storage_account_id    = azurerm_storage_account.t1_store_0_5.id
  container_access_type = "private"
}

# Design component: gpu-pool "t1-pool-0-6" (id "t1-pool-0-6"): 8 x Standard_NC24ads_A100_v4
resource "azurerm_linux_virtual_machine_scale_set" "t1_pool_0_6" {
  resource_group_name = azurerm_resource_group.t1_uksouth_0.name
  location            = azurerm_resource_group.t1_uksouth_0.location
  name                = "t1-pool-0-6-b9e1c5"
  sku                 = "Standard_NC24ads_A100_v4"
  instances           = 8
  admin_username      = var.azure_admin_username
  overprovision       = false
  # One placement group keeps the VMs on one InfiniBand fabric (at most 100 VMs).
  single_placement_group = true
  tags = merge(local.common_tags, {
    skyloom_component = "t1-pool-0-6"
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
      subnet_id = azurerm_subnet.t1_uksouth_0.id
    }
  }
}

resource "azurerm_resource_group" "t1_westeurope_1" {
  name     = "rg-t1-westeurope-1-ac1d21"
  location = "westeurope"
  tags     = local.common_tags
}

# Network for the GPU resources in region "westeurope" (id "t1-westeurope-1")
resource "azurerm_virtual_network" "t1_westeurope_1" {
  resource_group_name = azurerm_resource_group.t1_westeurope_1.name
  location            = azurerm_resource_group.t1_westeurope_1.location
  name                = "vnet-t1-westeurope-1-ac1d21"
  address_space       = ["10.1.0.0/16"]
  tags                = local.common_tags
}

resource "azurerm_subnet" "t1_westeurope_1" {
  name                 = "snet-gpu"
  resource_group_name  = azurerm_resource_group.t1_westeurope_1.name
  virtual_network_name = azurerm_virtual_network.t1_westeurope_1.name
  address_prefixes     = ["10.1.0.0/24"]
}

# Design component: gpu-pool "t1-pool-1-0" (id "t1-pool-1-0"): 4 x Standard_ND96isr_H100_v5
resource "azurerm_linux_virtual_machine_scale_set" "t1_pool_1_0" {
  resource_group_name = azurerm_resource_group.t1_westeurope_1.name
  location            = azurerm_resource_group.t1_westeurope_1.location
  name                = "t1-pool-1-0-83e243"
  sku                 = "Standard_ND96isr_H100_v5"
  instances           = 4
  admin_username      = var.azure_admin_username
  overprovision       = false
  # One placement group keeps the VMs on one InfiniBand fabric (at most 100 VMs).
  single_placement_group = true
  tags = merge(local.common_tags, {
    skyloom_component = "t1-pool-1-0"
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
      subnet_id = azurerm_subnet.t1_westeurope_1.id
    }
  }
}

# Design component: storage "t1-store-1-1" (id "t1-store-1-1")
resource "azurerm_storage_account" "t1_store_1_1" {
  resource_group_name             = azurerm_resource_group.t1_westeurope_1.name
  location                        = azurerm_resource_group.t1_westeurope_1.location
  name                            = "stgenerated80t1s8016d436"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  tags = merge(local.common_tags, {
    skyloom_component = "t1-store-1-1"
  })

  blob_properties {
    versioning_enabled = true
  }
}

resource "azurerm_storage_container" "t1_store_1_1" {
  name                  = "data"
  storage_account_id    = azurerm_storage_account.t1_store_1_1.id
  container_access_type = "private"
}

# Design component: gpu-pool "t1-pool-1-2" (id "t1-pool-1-2"): 6 x Standard_ND96isr_H100_v5
resource "azurerm_linux_virtual_machine_scale_set" "t1_pool_1_2" {
  resource_group_name = azurerm_resource_group.t1_westeurope_1.name
  location            = azurerm_resource_group.t1_westeurope_1.location
  name                = "t1-pool-1-2-197919"
  sku                 = "Standard_ND96isr_H100_v5"
  instances           = 6
  admin_username      = var.azure_admin_username
  overprovision       = false
  # One placement group keeps the VMs on one InfiniBand fabric (at most 100 VMs).
  single_placement_group = true
  tags = merge(local.common_tags, {
    skyloom_component = "t1-pool-1-2"
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
      subnet_id = azurerm_subnet.t1_westeurope_1.id
    }
  }
}

# Design component: storage "t1-store-1-3" (id "t1-store-1-3")
resource "azurerm_storage_account" "t1_store_1_3" {
  resource_group_name             = azurerm_resource_group.t1_westeurope_1.name
  location                        = azurerm_resource_group.t1_westeurope_1.location
  name                            = "stgenerated80t1s82f8c5a2"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  tags = merge(local.common_tags, {
    skyloom_component = "t1-store-1-3"
  })

  blob_properties {
    versioning_enabled = true
  }
}

resource "azurerm_storage_container" "t1_store_1_3" {
  name                  = "data"
  storage_account_id    = azurerm_storage_account.t1_store_1_3.id
  container_access_type = "private"
}

# Design component: gpu-pool "t1-pool-1-4" (id "t1-pool-1-4"): 16 x Standard_ND96isr_H100_v5
resource "azurerm_linux_virtual_machine_scale_set" "t1_pool_1_4" {
  resource_group_name = azurerm_resource_group.t1_westeurope_1.name
  location            = azurerm_resource_group.t1_westeurope_1.location
  name                = "t1-pool-1-4-667c0e"
  sku                 = "Standard_ND96isr_H100_v5"
  instances           = 16
  admin_username      = var.azure_admin_username
  overprovision       = false
  # One placement group keeps the VMs on one InfiniBand fabric (at most 100 VMs).
  single_placement_group = true
  tags = merge(local.common_tags, {
    skyloom_component = "t1-pool-1-4"
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
      subnet_id = azurerm_subnet.t1_westeurope_1.id
    }
  }
}

# Design component: storage "t1-store-1-5" (id "t1-store-1-5")
resource "azurerm_storage_account" "t1_store_1_5" {
  resource_group_name             = azurerm_resource_group.t1_westeurope_1.name
  location                        = azurerm_resource_group.t1_westeurope_1.location
  name                            = "stgenerated80t1s57959ab3"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  tags = merge(local.common_tags, {
    skyloom_component = "t1-store-1-5"
  })

  blob_properties {
    versioning_enabled = true
  }
}

resource "azurerm_storage_container" "t1_store_1_5" {
  name                  = "data"
  storage_account_id    = azurerm_storage_account.t1_store_1_5.id
  container_access_type = "private"
}

# Design component: gpu-pool "t1-pool-1-6" (id "t1-pool-1-6"): 14 x Standard_NC24ads_A100_v4
resource "azurerm_linux_virtual_machine_scale_set" "t1_pool_1_6" {
  resource_group_name = azurerm_resource_group.t1_westeurope_1.name
  location            = azurerm_resource_group.t1_westeurope_1.location
  name                = "t1-pool-1-6-9aae3a"
  sku                 = "Standard_NC24ads_A100_v4"
  instances           = 14
  admin_username      = var.azure_admin_username
  overprovision       = false
  # One placement group keeps the VMs on one InfiniBand fabric (at most 100 VMs).
  single_placement_group = true
  tags = merge(local.common_tags, {
    skyloom_component = "t1-pool-1-6"
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
      subnet_id = azurerm_subnet.t1_westeurope_1.id
    }
  }
}

resource "azurerm_resource_group" "t1_swedencentral_2" {
  name     = "rg-t1-swedencentral-2-5aca69"
  location = "swedencentral"
  tags     = local.common_tags
}

# Network for the GPU resources in region "swedencentral" (id "t1-swedencentral-2")
resource "azurerm_virtual_network" "t1_swedencentral_2" {
  resource_group_name = azurerm_resource_group.t1_swedencentral_2.name
  location            = azurerm_resource_group.t1_swedencentral_2.location
  name                = "vnet-t1-swedencentral-2-5aca69"
  address_space       = ["10.2.0.0/16"]
  tags                = local.common_tags
}

resource "azurerm_subnet" "t1_swedencentral_2" {
  name                 = "snet-gpu"
  resource_group_name  = azurerm_resource_group.t1_swedencentral_2.name
  virtual_network_name = azurerm_virtual_network.t1_swedencentral_2.name
  address_prefixes     = ["10.2.0.0/24"]
}

# Design component: gpu-pool "t1-pool-2-0" (id "t1-pool-2-0"): 6 x Standard_NC24ads_A100_v4
resource "azurerm_linux_virtual_machine_scale_set" "t1_pool_2_0" {
  resource_group_name = azurerm_resource_group.t1_swedencentral_2.name
  location            = azurerm_resource_group.t1_swedencentral_2.location
  name                = "t1-pool-2-0-ca6bfc"
  sku                 = "Standard_NC24ads_A100_v4"
  instances           = 6
  admin_username      = var.azure_admin_username
  overprovision       = false
  # One placement group keeps the VMs on one InfiniBand fabric (at most 100 VMs).
  single_placement_group = true
  tags = merge(local.common_tags, {
    skyloom_component = "t1-pool-2-0"
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
      subnet_id = azurerm_subnet.t1_swedencentral_2.id
    }
  }
}

# Design component: storage "t1-store-2-1" (id "t1-store-2-1")
resource "azurerm_storage_account" "t1_store_2_1" {
  resource_group_name             = azurerm_resource_group.t1_swedencentral_2.name
  location                        = azurerm_resource_group.t1_swedencentral_2.location
  name                            = "stgenerated80t1s338f671e"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  tags = merge(local.common_tags, {
    skyloom_component = "t1-store-2-1"
  })

  blob_properties {
    versioning_enabled = true
  }
}

resource "azurerm_storage_container" "t1_store_2_1" {
  name                  = "data"
  storage_account_id    = azurerm_storage_account.t1_store_2_1.id
  container_access_type = "private"
}

# Design component: gpu-pool "t1-pool-2-2" (id "t1-pool-2-2"): 5 x Standard_NC24ads_A100_v4
resource "azurerm_linux_virtual_machine_scale_set" "t1_pool_2_2" {
  resource_group_name = azurerm_resource_group.t1_swedencentral_2.name
  location            = azurerm_resource_group.t1_swedencentral_2.location
  name                = "t1-pool-2-2-0b74a7"
  sku                 = "Standard_NC24ads_A100_v4"
  instances           = 5
  admin_username      = var.azure_admin_username
  overprovision       = false
  # One placement group keeps the VMs on one InfiniBand fabric (at most 100 VMs).
  single_placement_group = true
  tags = merge(local.common_tags, {
    skyloom_component = "t1-pool-2-2"
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
      subnet_id = azurerm_subnet.t1_swedencentral_2.id
    }
  }
}

# Design component: storage "t1-store-2-3" (id "t1-store-2-3")
resource "azurerm_storage_account" "t1_store_2_3" {
  resource_group_name             = azurerm_resource_group.t1_swedencentral_2.name
  location                        = azurerm_resource_group.t1_swedencentral_2.location
  name                            = "stgenerated80t1s77127907"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  tags = merge(local.common_tags, {
    skyloom_component = "t1-store-2-3"
  })

  blob_properties {
    versioning_enabled = true
  }
}

resource "azurerm_storage_container" "t1_store_2_3" {
  name                  = "data"
  storage_account_id    = azurerm_storage_account.t1_store_2_3.id
  container_access_type = "private"
}

# Design component: gpu-pool "t1-pool-2-4" (id "t1-pool-2-4"): 7 x Standard_NC24ads_A100_v4
resource "azurerm_linux_virtual_machine_scale_set" "t1_pool_2_4" {
  resource_group_name = azurerm_resource_group.t1_swedencentral_2.name
  location            = azurerm_resource_group.t1_swedencentral_2.location
  name                = "t1-pool-2-4-243d51"
  sku                 = "Standard_NC24ads_A100_v4"
  instances           = 7
  admin_username      = var.azure_admin_username
  overprovision       = false
  # One placement group keeps the VMs on one InfiniBand fabric (at most 100 VMs).
  single_placement_group = true
  tags = merge(local.common_tags, {
    skyloom_component = "t1-pool-2-4"
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
      subnet_id = azurerm_subnet.t1_swedencentral_2.id
    }
  }
}

# Design component: storage "t1-store-2-5" (id "t1-store-2-5")
resource "azurerm_storage_account" "t1_store_2_5" {
  resource_group_name             = azurerm_resource_group.t1_swedencentral_2.name
  location                        = azurerm_resource_group.t1_swedencentral_2.location
  name                            = "stgenerated80t1se6d92a5d"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  tags = merge(local.common_tags, {
    skyloom_component = "t1-store-2-5"
  })

  blob_properties {
    versioning_enabled = true
  }
}

resource "azurerm_storage_container" "t1_store_2_5" {
  name                  = "data"
  storage_account_id    = azurerm_storage_account.t1_store_2_5.id
  container_access_type = "private"
}

# Design component: gpu-pool "t1-pool-2-6" (id "t1-pool-2-6"): 6 x Standard_ND96isr_H100_v5
resource "azurerm_linux_virtual_machine_scale_set" "t1_pool_2_6" {
  resource_group_name = azurerm_resource_group.t1_swedencentral_2.name
  location            = azurerm_resource_group.t1_swedencentral_2.location
  name                = "t1-pool-2-6-acddf5"
  sku                 = "Standard_ND96isr_H100_v5"
  instances           = 6
  admin_username      = var.azure_admin_username
  overprovision       = false
  # One placement group keeps the VMs on one InfiniBand fabric (at most 100 VMs).
  single_placement_group = true
  tags = merge(local.common_tags, {
    skyloom_component = "t1-pool-2-6"
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
      subnet_id = azurerm_subnet.t1_swedencentral_2.id
    }
  }
}

# Design connection: replicates-to "k16" (object replication needs versioning and the change feed on the source).
resource "azurerm_storage_object_replication" "k16" {
  source_storage_account_id      = azurerm_storage_account.t1_store_0_5.id
  destination_storage_account_id = azurerm_storage_account.t1_store_1_1.id

  rules {
    source_container_name      = azurerm_storage_container.t1_store_0_5.name
    destination_container_name = azurerm_storage_container.t1_store_1_1.name
    copy_blobs_created_after   = "Everything"
  }
}

# Design connection: replicates-to "k17" (object replication needs versioning and the change feed on the source).
resource "azurerm_storage_object_replication" "k17" {
  source_storage_account_id      = azurerm_storage_account.t1_store_0_3.id
  destination_storage_account_id = azurerm_storage_account.t1_store_1_3.id

  rules {
    source_container_name      = azurerm_storage_container.t1_store_0_3.name
    destination_container_name = azurerm_storage_container.t1_store_1_3.name
    copy_blobs_created_after   = "Everything"
  }
}

# Design connection: replicates-to "k18" (object replication needs versioning and the change feed on the source).
resource "azurerm_storage_object_replication" "k18" {
  source_storage_account_id      = azurerm_storage_account.t1_store_0_3.id
  destination_storage_account_id = azurerm_storage_account.t1_store_1_5.id

  rules {
    source_container_name      = azurerm_storage_container.t1_store_0_3.name
    destination_container_name = azurerm_storage_container.t1_store_1_5.name
    copy_blobs_created_after   = "Everything"
  }
}

# Design connection: replicates-to "k19" (object replication needs versioning and the change feed on the source).
resource "azurerm_storage_object_replication" "k19" {
  source_storage_account_id      = azurerm_storage_account.t1_store_0_1.id
  destination_storage_account_id = azurerm_storage_account.t1_store_2_1.id

  rules {
    source_container_name      = azurerm_storage_container.t1_store_0_1.name
    destination_container_name = azurerm_storage_container.t1_store_2_1.name
    copy_blobs_created_after   = "Everything"
  }
}

# Design connection: replicates-to "k20" (object replication needs versioning and the change feed on the source).
resource "azurerm_storage_object_replication" "k20" {
  source_storage_account_id      = azurerm_storage_account.t1_store_0_3.id
  destination_storage_account_id = azurerm_storage_account.t1_store_2_3.id

  rules {
    source_container_name      = azurerm_storage_container.t1_store_0_3.name
    destination_container_name = azurerm_storage_container.t1_store_2_3.name
    copy_blobs_created_after   = "Everything"
  }
}

# Design connection: replicates-to "k21" (object replication needs versioning and the change feed on the source).
resource "azurerm_storage_object_replication" "k21" {
  source_storage_account_id      = azurerm_storage_account.t1_store_0_3.id
  destination_storage_account_id = azurerm_storage_account.t1_store_2_5.id

  rules {
    source_container_name      = azurerm_storage_container.t1_store_0_3.name
    destination_container_name = azurerm_storage_container.t1_store_2_5.name
    copy_blobs_created_after   = "Everything"
  }
}
