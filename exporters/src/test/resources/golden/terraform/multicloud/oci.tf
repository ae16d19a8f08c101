# Resources for oci generated from design "Multi-cloud \"training\" estate".
# Network for the GPU resources in region "oci-fra" (id "oci-fra")
resource "oci_core_vcn" "oci_fra" {
  compartment_id = var.oci_compartment_ocid
  cidr_blocks    = ["10.0.0.0/16"]
  display_name   = "oci-fra-355cfb"
  freeform_tags  = local.common_tags
}

resource "oci_core_subnet" "oci_fra" {
  compartment_id             = var.oci_compartment_ocid
  vcn_id                     = oci_core_vcn.oci_fra.id
  cidr_block                 = "10.0.0.0/24"
  display_name               = "gpu"
  prohibit_public_ip_on_vnic = true
  freeform_tags              = local.common_tags
}

data "oci_identity_availability_domains" "oci_fra" {
  compartment_id = var.oci_tenancy_ocid
}

# Design component: gpu-pool "BM pool" (id "bm"): 2 x BM.GPU.H100.8
resource "oci_core_instance_configuration" "bm" {
  compartment_id = var.oci_compartment_ocid
  display_name   = "bm-319877"
  freeform_tags  = local.common_tags

  instance_details {
    instance_type = "compute"

    launch_details {
      compartment_id = var.oci_compartment_ocid
      shape          = "BM.GPU.H100.8"

      create_vnic_details {
        subnet_id = oci_core_subnet.oci_fra.id
      }

      source_details {
        source_type = "image"
        image_id    = var.oci_fra_image_ocid
      }
    }
  }
}

resource "oci_core_instance_pool" "bm" {
  compartment_id            = var.oci_compartment_ocid
  instance_configuration_id = oci_core_instance_configuration.bm.id
  size                      = 2
  display_name              = "bm-319877"
  freeform_tags             = local.common_tags

  placement_configurations {
    availability_domain = data.oci_identity_availability_domains.oci_fra.availability_domains[0].name

    primary_vnic_subnets {
      subnet_id = oci_core_subnet.oci_fra.id
    }
  }
}

data "oci_objectstorage_namespace" "this" {
  compartment_id = var.oci_compartment_ocid
}

# Design component: storage "Checkpoints" (id "ckpt")
resource "oci_objectstorage_bucket" "ckpt" {
  compartment_id = var.oci_compartment_ocid
  name           = "ckpt-a09aa4"
  namespace      = data.oci_objectstorage_namespace.this.namespace
  access_type    = "NoPublicAccess"
  versioning     = "Enabled"
  freeform_tags  = local.common_tags
}

# Design component: storage "Checkpoints DR" (id "ckpt-dr")
resource "oci_objectstorage_bucket" "ckpt_dr" {
  provider = oci.eu_amsterdam_1

  compartment_id = var.oci_compartment_ocid
  name           = "ckpt-dr-b1ae1a"
  namespace      = data.oci_objectstorage_namespace.this.namespace
  access_type    = "NoPublicAccess"
  versioning     = "Enabled"
  freeform_tags  = local.common_tags
}

# Design connection: replicates-to "r3"
resource "oci_objectstorage_replication_policy" "r3" {
  bucket                  = oci_objectstorage_bucket.ckpt.name
  destination_bucket_name = oci_objectstorage_bucket.ckpt_dr.name
  destination_region_name = "eu-amsterdam-1"
  name                    = "r3-dcbb22"
  namespace               = data.oci_objectstorage_namespace.this.namespace
}
