# Resources for gcp generated from design "Global inference on three clouds".
# Design component: storage "Model registry replica" (id "models-gcp")
resource "google_storage_bucket" "models_gcp" {
  name                        = "global-inference-on-three-clouds-models-gcp-fd76f5f0"
  location                    = "US-CENTRAL1"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }
}

# Network for the GPU resources in region "Iowa" (id "gcp-usc")
resource "google_compute_network" "gcp_usc" {
  name                    = "gcp-usc-766b7f"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "gcp_usc" {
  name          = "gcp-usc-gpu-e1204b"
  region        = "us-central1"
  network       = google_compute_network.gcp_usc.id
  ip_cidr_range = "10.0.0.0/20"
}

resource "google_compute_firewall" "gcp_usc_internal" {
  name          = "gcp-usc-internal-a7e262"
  network       = google_compute_network.gcp_usc.name
  source_ranges = ["10.0.0.0/20"]

  allow {
    protocol = "all"
  }
}

# Design component: gpu-pool "US serving (GCP)" (id "gcp-serve-pool"): 2 x a3-highgpu-8g
resource "google_compute_instance_template" "gcp_serve_pool" {
  name_prefix  = "gcp-serve-pool-e80161-"
  machine_type = "a3-highgpu-8g"

  disk {
    source_image = var.gcp_gpu_image
    disk_size_gb = 200
    boot         = true
    auto_delete  = true
  }

  network_interface {
    subnetwork = google_compute_subnetwork.gcp_usc.id
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

resource "google_compute_region_instance_group_manager" "gcp_serve_pool" {
  name               = "gcp-serve-pool-e80161"
  region             = "us-central1"
  base_instance_name = "gcp-serve-pool-e80161"
  target_size        = 2

  version {
    instance_template = google_compute_instance_template.gcp_serve_pool.self_link_unique
  }
}

# Network for the GPU resources in region "Tokyo" (id "gcp-tyo")
resource "google_compute_network" "gcp_tyo" {
  name                    = "gcp-tyo-101007"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "gcp_tyo" {
  name          = "gcp-tyo-gpu-5c0cc2"
  region        = "asia-northeast1"
  network       = google_compute_network.gcp_tyo.id
  ip_cidr_range = "10.1.0.0/20"
}

resource "google_compute_firewall" "gcp_tyo_internal" {
  name          = "gcp-tyo-internal-37877d"
  network       = google_compute_network.gcp_tyo.name
  source_ranges = ["10.1.0.0/20"]

  allow {
    protocol = "all"
  }
}

# Design component: gpu-pool "APAC serving" (id "apac-pool"): 8 x a2-highgpu-1g
resource "google_compute_instance_template" "apac_pool" {
  name_prefix  = "apac-pool-66fe59-"
  machine_type = "a2-highgpu-1g"

  disk {
    source_image = var.gcp_gpu_image
    disk_size_gb = 200
    boot         = true
    auto_delete  = true
  }

  network_interface {
    subnetwork = google_compute_subnetwork.gcp_tyo.id
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

resource "google_compute_region_instance_group_manager" "apac_pool" {
  name               = "apac-pool-66fe59"
  region             = "asia-northeast1"
  base_instance_name = "apac-pool-66fe59"
  target_size        = 8

  version {
    instance_template = google_compute_instance_template.apac_pool.self_link_unique
  }
}

# Design connection: ships-telemetry "gcp-ships-azure-monitor": GCP audit logs for telemetry "Azure Monitor" (id "azure-monitor").
resource "google_logging_project_sink" "azure_monitor" {
  name                   = "azure-monitor-00f3ec"
  destination            = var.azure_monitor_gcp_log_destination
  filter                 = "logName:\"cloudaudit.googleapis.com\""
  unique_writer_identity = true
}
