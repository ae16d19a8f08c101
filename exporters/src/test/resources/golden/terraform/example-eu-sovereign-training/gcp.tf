# Resources for gcp generated from design "EU sovereign training".
# Network for the GPU resources in region "Netherlands" (id "gcp-ams")
resource "google_compute_network" "gcp_ams" {
  name                    = "gcp-ams-04e313"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "gcp_ams" {
  name          = "gcp-ams-gpu-cb8ccc"
  region        = "europe-west4"
  network       = google_compute_network.gcp_ams.id
  ip_cidr_range = "10.0.0.0/20"
}

resource "google_compute_firewall" "gcp_ams_internal" {
  name          = "gcp-ams-internal-ebab41"
  network       = google_compute_network.gcp_ams.name
  source_ranges = ["10.0.0.0/20"]

  allow {
    protocol = "all"
  }
}

# Design component: gpu-pool "Evaluation" (id "eval-pool"): 1 x a3-highgpu-8g
resource "google_compute_instance_template" "eval_pool" {
  name_prefix  = "eval-pool-ed0ce8-"
  machine_type = "a3-highgpu-8g"

  disk {
    source_image = var.gcp_gpu_image
    disk_size_gb = 200
    boot         = true
    auto_delete  = true
  }

  network_interface {
    subnetwork = google_compute_subnetwork.gcp_ams.id
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

resource "google_compute_region_instance_group_manager" "eval_pool" {
  name               = "eval-pool-ed0ce8"
  region             = "europe-west4"
  base_instance_name = "eval-pool-ed0ce8"
  target_size        = 1

  version {
    instance_template = google_compute_instance_template.eval_pool.self_link_unique
  }
}

# Design component: storage "Evaluation results" (id "eval-results")
resource "google_storage_bucket" "eval_results" {
  name                        = "eu-sovereign-training-eval-results-09b316b2"
  location                    = "EUROPE-WEST4"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }
}
