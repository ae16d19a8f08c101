# Resources for gcp generated from design "Multi-cloud \"training\" estate".
# Network for the GPU resources in region "gcp-euw4" (id "gcp-euw4")
resource "google_compute_network" "gcp_euw4" {
  name                    = "gcp-euw4-34ea09"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "gcp_euw4" {
  name          = "gcp-euw4-gpu-d5901a"
  region        = "europe-west4"
  network       = google_compute_network.gcp_euw4.id
  ip_cidr_range = "10.0.0.0/20"
}

resource "google_compute_firewall" "gcp_euw4_internal" {
  name          = "gcp-euw4-internal-b5493f"
  network       = google_compute_network.gcp_euw4.name
  source_ranges = ["10.0.0.0/20"]

  allow {
    protocol = "all"
  }
}

# Design component: gpu-pool "A3 pool" (id "a3"): 4 x a3-highgpu-8g
resource "google_compute_instance_template" "a3" {
  name_prefix  = "a3-a09f04-"
  machine_type = "a3-highgpu-8g"

  disk {
    source_image = var.gcp_gpu_image
    disk_size_gb = 200
    boot         = true
    auto_delete  = true
  }

  network_interface {
    subnetwork = google_compute_subnetwork.gcp_euw4.id
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

resource "google_compute_region_instance_group_manager" "a3" {
  name               = "a3-a09f04"
  region             = "europe-west4"
  base_instance_name = "a3-a09f04"
  target_size        = 4

  version {
    instance_template = google_compute_instance_template.a3.self_link_unique
  }
}

# Design component: gpu-pool "T4 pool" (id "t4"): 3 x T4 x2
resource "google_compute_instance_template" "t4" {
  name_prefix = "t4-d9d841-"
  # Choose the N1 machine type that hosts the attached GPUs.
  machine_type = "n1-standard-8"

  disk {
    source_image = var.gcp_gpu_image
    disk_size_gb = 200
    boot         = true
    auto_delete  = true
  }

  network_interface {
    subnetwork = google_compute_subnetwork.gcp_euw4.id
  }

  guest_accelerator {
    type  = "nvidia-tesla-t4"
    count = 2
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

resource "google_compute_region_instance_group_manager" "t4" {
  name               = "t4-d9d841"
  region             = "europe-west4"
  base_instance_name = "t4-d9d841"
  target_size        = 3

  version {
    instance_template = google_compute_instance_template.t4.self_link_unique
  }
}

# Design component: storage "Feature store" (id "features")
resource "google_storage_bucket" "features" {
  name                        = "multi-cloud-training-estate-features-46fb1771"
  location                    = "EUROPE-WEST4"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }
}

data "google_compute_zones" "gcp_euw4" {
  region = "europe-west4"
}

# Design component: storage "Shared FS" (id "shared-fs")
resource "google_filestore_instance" "shared_fs" {
  name     = "shared-fs-084b74"
  location = data.google_compute_zones.gcp_euw4.names[0]
  tier     = "BASIC_SSD"

  file_shares {
    name        = "data"
    capacity_gb = 3000
  }

  networks {
    network = google_compute_network.gcp_euw4.name
    modes   = ["MODE_IPV4"]
  }
}
