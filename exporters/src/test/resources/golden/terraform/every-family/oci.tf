# Resources for oci generated from design "Every family".
# Network for the GPU resources in region "oci-a" (id "oci-a")
resource "oci_core_vcn" "oci_a" {
  compartment_id = var.oci_compartment_ocid
  cidr_blocks    = ["10.0.0.0/16"]
  display_name   = "oci-a-2b0fcc"
  freeform_tags  = local.common_tags
}

resource "oci_core_subnet" "oci_a" {
  compartment_id             = var.oci_compartment_ocid
  vcn_id                     = oci_core_vcn.oci_a.id
  cidr_block                 = "10.0.0.0/24"
  display_name               = "gpu"
  prohibit_public_ip_on_vnic = true
  freeform_tags              = local.common_tags
}

data "oci_identity_availability_domains" "oci_a" {
  compartment_id = var.oci_tenancy_ocid
}

# Design component: gpu-pool "oci pool" (id "oci-pool"): 2 x BM.GPU.H100.8
resource "oci_core_instance_configuration" "oci_pool" {
  compartment_id = var.oci_compartment_ocid
  display_name   = "oci-pool-6cc952"
  freeform_tags  = local.common_tags

  instance_details {
    instance_type = "compute"

    launch_details {
      compartment_id = var.oci_compartment_ocid
      shape          = "BM.GPU.H100.8"

      create_vnic_details {
        subnet_id = oci_core_subnet.oci_a.id
      }

      source_details {
        source_type = "image"
        image_id    = var.oci_a_image_ocid
      }
    }
  }
}

resource "oci_core_instance_pool" "oci_pool" {
  compartment_id            = var.oci_compartment_ocid
  instance_configuration_id = oci_core_instance_configuration.oci_pool.id
  size                      = 2
  display_name              = "oci-pool-6cc952"
  freeform_tags             = local.common_tags

  placement_configurations {
    availability_domain = data.oci_identity_availability_domains.oci_a.availability_domains[0].name

    primary_vnic_subnets {
      subnet_id = oci_core_subnet.oci_a.id
    }
  }
}

data "oci_objectstorage_namespace" "this" {
  compartment_id = var.oci_compartment_ocid
}

# Design component: storage "oci object" (id "oci-object")
resource "oci_objectstorage_bucket" "oci_object" {
  compartment_id = var.oci_compartment_ocid
  name           = "oci-object-506b7c"
  namespace      = data.oci_objectstorage_namespace.this.namespace
  access_type    = "NoPublicAccess"
  versioning     = "Enabled"
  freeform_tags  = local.common_tags
}

# Design component: storage "oci block" (id "oci-block")
resource "oci_core_volume" "oci_block" {
  compartment_id      = var.oci_compartment_ocid
  availability_domain = data.oci_identity_availability_domains.oci_a.availability_domains[0].name
  display_name        = "oci-block-30b811"
  size_in_gbs         = 30000
  freeform_tags       = local.common_tags
}

# Design component: storage "oci file" (id "oci-file")
resource "oci_file_storage_file_system" "oci_file" {
  compartment_id      = var.oci_compartment_ocid
  availability_domain = data.oci_identity_availability_domains.oci_a.availability_domains[0].name
  display_name        = "oci-file-7f84eb"
  freeform_tags       = local.common_tags
}

# Design component: storage "oci archive" (id "oci-archive")
resource "oci_objectstorage_bucket" "oci_archive" {
  compartment_id = var.oci_compartment_ocid
  name           = "oci-archive-d61c5e"
  namespace      = data.oci_objectstorage_namespace.this.namespace
  access_type    = "NoPublicAccess"
  versioning     = "Enabled"
  storage_tier   = "Archive"
  freeform_tags  = local.common_tags
}

# Design component: storage "oci copy" (id "oci-object-copy")
resource "oci_objectstorage_bucket" "oci_object_copy" {
  provider = oci.eu_amsterdam_1

  compartment_id = var.oci_compartment_ocid
  name           = "oci-object-copy-a6c20f"
  namespace      = data.oci_objectstorage_namespace.this.namespace
  access_type    = "NoPublicAccess"
  versioning     = "Enabled"
  freeform_tags  = local.common_tags
}

# Design connection: replicates-to "oci-rep"
resource "oci_objectstorage_replication_policy" "oci_rep" {
  bucket                  = oci_objectstorage_bucket.oci_object.name
  destination_bucket_name = oci_objectstorage_bucket.oci_object_copy.name
  destination_region_name = "eu-amsterdam-1"
  name                    = "oci-rep-b3f213"
  namespace               = data.oci_objectstorage_namespace.this.namespace
}
