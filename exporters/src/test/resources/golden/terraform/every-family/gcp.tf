# Resources for gcp generated from design "Every family".
# Network for the GPU resources in region "gcp-a" (id "gcp-a")
resource "google_compute_network" "gcp_a" {
  name                    = "gcp-a-759b60"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "gcp_a" {
  name          = "gcp-a-gpu-dd805b"
  region        = "europe-west4"
  network       = google_compute_network.gcp_a.id
  ip_cidr_range = "10.0.0.0/20"
}

resource "google_compute_firewall" "gcp_a_internal" {
  name          = "gcp-a-internal-6b632b"
  network       = google_compute_network.gcp_a.name
  source_ranges = ["10.0.0.0/20"]

  allow {
    protocol = "all"
  }
}

# Design component: gpu-pool "gcp pool" (id "gcp-pool"): 2 x a3-highgpu-8g
resource "google_compute_instance_template" "gcp_pool" {
  name_prefix  = "gcp-pool-137106-"
  machine_type = "a3-highgpu-8g"

  disk {
    source_image = var.gcp_gpu_image
    disk_size_gb = 200
    boot         = true
    auto_delete  = true
  }

  network_interface {
    subnetwork = google_compute_subnetwork.gcp_a.id
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

resource "google_compute_region_instance_group_manager" "gcp_pool" {
  name               = "gcp-pool-137106"
  region             = "europe-west4"
  base_instance_name = "gcp-pool-137106"
  target_size        = 2

  version {
    instance_template = google_compute_instance_template.gcp_pool.self_link_unique
  }
}

# Design component: storage "gcp object" (id "gcp-object")
resource "google_storage_bucket" "gcp_object" {
  name                        = "every-family-gcp-object-563369d6"
  location                    = "EUROPE-WEST4"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }
}

data "google_compute_zones" "gcp_a" {
  region = "europe-west4"
}

# Design component: storage "gcp block" (id "gcp-block")
resource "google_compute_disk" "gcp_block" {
  name = "gcp-block-ad5936"
  zone = data.google_compute_zones.gcp_a.names[0]
  type = "pd-balanced"
  size = 30000
}

# Design component: storage "gcp file" (id "gcp-file")
resource "google_filestore_instance" "gcp_file" {
  name     = "gcp-file-2246cc"
  location = data.google_compute_zones.gcp_a.names[0]
  tier     = "BASIC_SSD"

  file_shares {
    name        = "data"
    capacity_gb = 30000
  }

  networks {
    network = google_compute_network.gcp_a.name
    modes   = ["MODE_IPV4"]
  }
}

# Design component: storage "gcp archive" (id "gcp-archive")
resource "google_storage_bucket" "gcp_archive" {
  name                        = "every-family-gcp-archive-a13ec775"
  location                    = "EUROPE-WEST4"
  storage_class               = "ARCHIVE"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }
}

# Design component: storage "gcp copy" (id "gcp-object-copy")
resource "google_storage_bucket" "gcp_object_copy" {
  name                        = "every-family-gcp-object-copy-02e97619"
  location                    = "EUROPE-WEST1"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }
}

# Design component: gpu-pool "T4 pool" (id "gcp-t4"): 3 x T4 x2
resource "google_compute_instance_template" "gcp_t4" {
  name_prefix = "gcp-t4-e38d55-"
  # Choose the N1 machine type that hosts the attached GPUs.
  machine_type = "n1-standard-8"

  disk {
    source_image = var.gcp_gpu_image
    disk_size_gb = 200
    boot         = true
    auto_delete  = true
  }

  network_interface {
    subnetwork = google_compute_subnetwork.gcp_a.id
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

resource "google_compute_region_instance_group_manager" "gcp_t4" {
  name               = "gcp-t4-e38d55"
  region             = "europe-west4"
  base_instance_name = "gcp-t4-e38d55"
  target_size        = 3

  version {
    instance_template = google_compute_instance_template.gcp_t4.self_link_unique
  }
}

# Design connection: replicates-to "gcp-rep" (event-driven bucket-to-bucket replication).
resource "google_storage_transfer_job" "gcp_rep" {
  description = "Skyloom replication gcp-rep"

  replication_spec {
    gcs_data_source {
      bucket_name = google_storage_bucket.gcp_object.name
    }

    gcs_data_sink {
      bucket_name = google_storage_bucket.gcp_object_copy.name
    }
  }
}
