# Resources for gcp generated from design "Generated 80".
# Network for the GPU resources in region "europe-west4" (id "t2-europe-west4-0")
resource "google_compute_network" "t2_europe_west4_0" {
  name                    = "t2-europe-west4-0-99f83f"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "t2_europe_west4_0" {
  name          = "t2-europe-west4-0-gpu-5ca396"
  region        = "europe-west4"
  network       = google_compute_network.t2_europe_west4_0.id
  ip_cidr_range = "10.0.0.0/20"
}

resource "google_compute_firewall" "t2_europe_west4_0_internal" {
  name          = "t2-europe-west4-0-internal-70e32a"
  network       = google_compute_network.t2_europe_west4_0.name
  source_ranges = ["10.0.0.0/20"]

  allow {
    protocol = "all"
  }
}

# Design component: gpu-pool "t2-pool-0-0" (id "t2-pool-0-0"): 2 x a3-highgpu-8g
resource "google_compute_instance_template" "t2_pool_0_0" {
  name_prefix  = "t2-pool-0-0-3c735f-"
  machine_type = "a3-highgpu-8g"

  disk {
    source_image = var.gcp_gpu_image
    disk_size_gb = 200
    boot         = true
    auto_delete  = true
  }

  network_interface {
    subnetwork = google_compute_subnetwork.t2_europe_west4_0.id
  }

  # GPU VMs cannot live-migrate.
  scheduling {
    on_host_maintenance = "TERMINATE"
    automatic_restart   = true
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "google_compute_region_instance_group_manager" "t2_pool_0_0" {
  name               = "t2-pool-0-0-3c735f"
  region             = "europe-west4"
  base_instance_name = "t2-pool-0-0-3c735f"
  target_size        = 2

  version {
    instance_template = google_compute_instance_template.t2_pool_0_0.self_link_unique
  }
}

# Design component: storage "t2-store-0-1" (id "t2-store-0-1")
resource "google_storage_bucket" "t2_store_0_1" {
  name                        = "generated-80-t2-store-0-1-265a739f"
  location                    = "EUROPE-WEST4"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }
}

# Design component: gpu-pool "t2-pool-0-2" (id "t2-pool-0-2"): 12 x a3-highgpu-8g
resource "google_compute_instance_template" "t2_pool_0_2" {
  name_prefix  = "t2-pool-0-2-8d84fc-"
  machine_type = "a3-highgpu-8g"

  disk {
    source_image = var.gcp_gpu_image
    disk_size_gb = 200
    boot         = true
    auto_delete  = true
  }

  network_interface {
    subnetwork = google_compute_subnetwork.t2_europe_west4_0.id
  }

  # GPU VMs cannot live-migrate.
  scheduling {
    on_host_maintenance = "TERMINATE"
    automatic_restart   = true
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "google_compute_region_instance_group_manager" "t2_pool_0_2" {
  name               = "t2-pool-0-2-8d84fc"
  region             = "europe-west4"
  base_instance_name = "t2-pool-0-2-8d84fc"
  target_size        = 12

  version {
    instance_template = google_compute_instance_template.t2_pool_0_2.self_link_unique
  }
}

# Design component: storage "t2-store-0-3" (id "t2-store-0-3")
resource "google_storage_bucket" "t2_store_0_3" {
  name                        = "generated-80-t2-store-0-3-6b3a10ee"
  location                    = "EUROPE-WEST4"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }
}

# Design component: gpu-pool "t2-pool-0-4" (id "t2-pool-0-4"): 14 x a2-highgpu-1g
resource "google_compute_instance_template" "t2_pool_0_4" {
  name_prefix  = "t2-pool-0-4-0dae04-"
  machine_type = "a2-highgpu-1g"

  disk {
    source_image = var.gcp_gpu_image
    disk_size_gb = 200
    boot         = true
    auto_delete  = true
  }

  network_interface {
    subnetwork = google_compute_subnetwork.t2_europe_west4_0.id
  }

  # GPU VMs cannot live-migrate.
  scheduling {
    on_host_maintenance = "TERMINATE"
    automatic_restart   = true
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "google_compute_region_instance_group_manager" "t2_pool_0_4" {
  name               = "t2-pool-0-4-0dae04"
  region             = "europe-west4"
  base_instance_name = "t2-pool-0-4-0dae04"
  target_size        = 14

  version {
    instance_template = google_compute_instance_template.t2_pool_0_4.self_link_unique
  }
}

# Design component: storage "t2-store-0-5" (id "t2-store-0-5")
resource "google_storage_bucket" "t2_store_0_5" {
  name                        = "generated-80-t2-store-0-5-b5eb57c4"
  location                    = "EUROPE-WEST4"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }
}

# Network for the GPU resources in region "europe-west3" (id "t2-europe-west3-1")
resource "google_compute_network" "t2_europe_west3_1" {
  name                    = "t2-europe-west3-1-3892b3"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "t2_europe_west3_1" {
  name          = "t2-europe-west3-1-gpu-738510"
  region        = "europe-west3"
  network       = google_compute_network.t2_europe_west3_1.id
  ip_cidr_range = "10.1.0.0/20"
}

resource "google_compute_firewall" "t2_europe_west3_1_internal" {
  name          = "t2-europe-west3-1-internal-32d852"
  network       = google_compute_network.t2_europe_west3_1.name
  source_ranges = ["10.1.0.0/20"]

  allow {
    protocol = "all"
  }
}

# Design component: gpu-pool "t2-pool-1-0" (id "t2-pool-1-0"): 3 x g2-standard-4
resource "google_compute_instance_template" "t2_pool_1_0" {
  name_prefix  = "t2-pool-1-0-fce95b-"
  machine_type = "g2-standard-4"

  disk {
    source_image = var.gcp_gpu_image
    disk_size_gb = 200
    boot         = true
    auto_delete  = true
  }

  network_interface {
    subnetwork = google_compute_subnetwork.t2_europe_west3_1.id
  }

  # GPU VMs cannot live-migrate.
  scheduling {
    on_host_maintenance = "TERMINATE"
    automatic_restart   = true
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "google_compute_region_instance_group_manager" "t2_pool_1_0" {
  name               = "t2-pool-1-0-fce95b"
  region             = "europe-west3"
  base_instance_name = "t2-pool-1-0-fce95b"
  target_size        = 3

  version {
    instance_template = google_compute_instance_template.t2_pool_1_0.self_link_unique
  }
}

# Design component: storage "t2-store-1-1" (id "t2-store-1-1")
resource "google_storage_bucket" "t2_store_1_1" {
  name                        = "generated-80-t2-store-1-1-0b95c348"
  location                    = "EUROPE-WEST3"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }
}

# Design component: gpu-pool "t2-pool-1-2" (id "t2-pool-1-2"): 5 x g2-standard-4
resource "google_compute_instance_template" "t2_pool_1_2" {
  name_prefix  = "t2-pool-1-2-d5df76-"
  machine_type = "g2-standard-4"

  disk {
    source_image = var.gcp_gpu_image
    disk_size_gb = 200
    boot         = true
    auto_delete  = true
  }

  network_interface {
    subnetwork = google_compute_subnetwork.t2_europe_west3_1.id
  }

  # GPU VMs cannot live-migrate.
  scheduling {
    on_host_maintenance = "TERMINATE"
    automatic_restart   = true
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "google_compute_region_instance_group_manager" "t2_pool_1_2" {
  name               = "t2-pool-1-2-d5df76"
  region             = "europe-west3"
  base_instance_name = "t2-pool-1-2-d5df76"
  target_size        = 5

  version {
    instance_template = google_compute_instance_template.t2_pool_1_2.self_link_unique
  }
}

# Design component: storage "t2-store-1-3" (id "t2-store-1-3")
resource "google_storage_bucket" "t2_store_1_3" {
  name                        = "generated-80-t2-store-1-3-f0ebecbb"
  location                    = "EUROPE-WEST3"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }
}

# Design component: gpu-pool "t2-pool-1-4" (id "t2-pool-1-4"): 1 x a3-highgpu-8g
resource "google_compute_instance_template" "t2_pool_1_4" {
  name_prefix  = "t2-pool-1-4-c1f443-"
  machine_type = "a3-highgpu-8g"

  disk {
    source_image = var.gcp_gpu_image
    disk_size_gb = 200
    boot         = true
    auto_delete  = true
  }

  network_interface {
    subnetwork = google_compute_subnetwork.t2_europe_west3_1.id
  }

  # GPU VMs cannot live-migrate.
  scheduling {
    on_host_maintenance = "TERMINATE"
    automatic_restart   = true
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "google_compute_region_instance_group_manager" "t2_pool_1_4" {
  name               = "t2-pool-1-4-c1f443"
  region             = "europe-west3"
  base_instance_name = "t2-pool-1-4-c1f443"
  target_size        = 1

  version {
    instance_template = google_compute_instance_template.t2_pool_1_4.self_link_unique
  }
}

# Design component: storage "t2-store-1-5" (id "t2-store-1-5")
resource "google_storage_bucket" "t2_store_1_5" {
  name                        = "generated-80-t2-store-1-5-0f69941d"
  location                    = "EUROPE-WEST3"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }
}

# Design connection: replicates-to "k45" (event-driven bucket-to-bucket replication).
resource "google_storage_transfer_job" "k45" {
  description = "Skyloom replication k45"

  replication_spec {
    gcs_data_source {
      bucket_name = google_storage_bucket.t2_store_0_1.name
    }

    gcs_data_sink {
      bucket_name = google_storage_bucket.t2_store_1_1.name
    }
  }
}

# Design connection: replicates-to "k46" (event-driven bucket-to-bucket replication).
resource "google_storage_transfer_job" "k46" {
  description = "Skyloom replication k46"

  replication_spec {
    gcs_data_source {
      bucket_name = google_storage_bucket.t2_store_0_3.name
    }

    gcs_data_sink {
      bucket_name = google_storage_bucket.t2_store_1_3.name
    }
  }
}

# Design connection: replicates-to "k47" (event-driven bucket-to-bucket replication).
resource "google_storage_transfer_job" "k47" {
  description = "Skyloom replication k47"

  replication_spec {
    gcs_data_source {
      bucket_name = google_storage_bucket.t2_store_0_1.name
    }

    gcs_data_sink {
      bucket_name = google_storage_bucket.t2_store_1_5.name
    }
  }
}
